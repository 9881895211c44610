"""How names are written down and compared: the one home of kg's text normalisers.

Every stage that compares or stores a name goes through these functions, so "the U.S." and
"U.S.", "Peña" and "Pena", "Joseph R. Biden, Jr." and "JOSEPH R. BIDEN" meet the same way in
the gazetteer, the extractors, the resolver and the IRIs. Pure Python, no spaCy.

- `fold`: the matching key of any name (accents, case, dots and hyphens ignored);
- `name_key`: a person's name folded further, to letters, digits and spaces;
- `slug`, `search_key`: a name as an IRI segment and as query parameters match it;
- `strip_article`, `strip_possessive`, `bare_name`: a name as written, without "the" and "'s";
- `clean_person_name`, `without_suffix`: a person's name without "Jr." and transcript capitals;
- the word lists names are cleaned with: `HONORIFICS` (`is_honorific`), `SUFFIXES`, `PARTICLES`.

The keys differ on purpose. `fold` keeps apostrophes and letters outside ASCII and reads "&" as
"and", so gazetteer forms match as listed; `name_key` keeps only letters, digits and spaces, so
a person's name matches however it is punctuated; `slug` is ASCII and drops "'s ", and is
frozen: every IRI in a stored graph is made with it.
"""
from __future__ import annotations

import re
import unicodedata

#: Words that precede a name without being part of it ("Mr.", "H.E.", "Sheikh").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "hon", "sir", "dame", "madam", "his", "her",
                        "excellency", "h.e", "mr.", "mrs.", "ms.", "dr.", "hon.", "amb", "amb.",
                        "sheikh", "sheikha", "shaikh", "admiral", "majesty", "highness", "royal",
                        # abbreviated military ranks, with their dot ("Sr. Lt. Gen. Hoang Xuan Chien")
                        "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "sgt.", "brig.", "cmdr.",
                        "cdr.", "lt.-gen.", "maj.-gen."})
#: Generational suffixes after a name (and a comma): "Joseph R. Biden, Jr.".
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
#: Lower-case particles inside names ("Ursula von der Leyen", "Khalid bin Salman").
PARTICLES = frozenset({"al", "al-", "bin", "bint", "ibn", "von", "van", "der", "den", "de", "del",
                       "della", "da", "di", "du", "la", "le", "el", "ben", "dos", "das", "y"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'"})
_SUFFIX_RE = re.compile(r",?\s+(?:Jr|Sr)\.?$")
_GENERATION_RE = re.compile(r",?\s+(?:Jr|Sr)\.?$|,?\s+I{2,3}$")
#: A lone "I" after a name is the pronoun ("Martin I" of "Micheál Martin — I — when I was ..."):
#: no monarch numbered I is named in the corpus.
_PRONOUN_I_RE = re.compile(r"(?<=\w)[\s,—–-]+I$")
_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")


def _without_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str, *, bare: bool = False) -> str:
    """The matching key of `text`: no accents, lower case, no dots, hyphens and dashes as
    spaces, "&" as "and", one kind of apostrophe, single spaces. With `bare`, of the name
    without a leading article or trailing possessive (`bare_name`): how a name is looked up,
    where "the State Department's" is the State Department.

    >>> fold("  the U.S. Secretary-General\u2019s  ")
    "the us secretary general's"
    >>> fold("  the U.S. Secretary-General\u2019s  ", bare=True)
    'us secretary general'
    >>> fold("Peña Nieto") == fold("PENA NIETO")
    True
    """
    if bare:
        text = bare_name(text)
    text = _without_accents(text).translate(_APOSTROPHES)
    text = text.replace("&", " and ").replace(".", "")
    text = re.sub(r"[-\u2010-\u2015]", " ", text)
    return " ".join(text.lower().split())


def name_key(text: str) -> str:
    """A person's name as the name indexes compare it: `fold`ed, apostrophes dropped, any other
    mark a space ("O'Brien" = "OBrien", "Biden, Jr." = "biden jr").

    >>> name_key("Ra\u2019ad Al-Hussein"), name_key("Joseph R. Biden, Jr.")
    ('raad al hussein', 'joseph r biden jr')
    """
    return " ".join(re.sub(r"[^\w' ]+", " ", fold(text)).replace("'", "").replace("_", " ").split())


def slug(text: str) -> str:
    """A readable, deterministic IRI segment.

    >>> slug("Mike Pompeo"), slug("the State Department\u2019s budget"), slug("...")
    ('mike-pompeo', 'the-state-department-budget', 'x')
    """
    text = _without_accents(text).lower()
    text = text.replace("\u2019", "'").replace("'s ", " ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def search_key(text: str) -> str:
    """The words of a name as queries match them: folded like `slug`, spaces between words.
    Stored as skos:hiddenLabel; a query parameter is folded the same way.

    >>> search_key("Enrique Peña-Nieto"), search_key("the U.S."), search_key("--")
    ('enrique pena nieto', 'the u s', '')
    """
    return slug(text).replace("-", " ") if re.search(r"[^\W_]", text) else ""


def strip_article(text: str) -> str:
    """`text` without a leading "the" ("The", "THE").

    >>> strip_article("the State Department"), strip_article("Theresa May")
    ('State Department', 'Theresa May')
    """
    return _ARTICLE_RE.sub("", text)


def strip_possessive(text: str) -> str:
    """`text` without a trailing possessive: "Mexico's", "U.S.\u2019s", "the United States'".

    >>> strip_possessive("U.S.\u2019s"), strip_possessive("United States'"), strip_possessive("Paris")
    ('U.S.', 'United States', 'Paris')
    """
    if re.search(r"\S['\u2019]s$", text):
        return text[:-2]
    if re.search(r"s['\u2019]$", text):
        return text[:-1]
    return text


def bare_name(text: str) -> str:
    """A name as an entity's: on one line, without edge commas or colons, a leading article or
    a trailing possessive; otherwise as written.

    >>> bare_name("the State Department\u2019s"), bare_name(" THE  White House, ")
    ('State Department', 'White House')
    """
    text = " ".join(text.split()).strip(" ,;:")
    return strip_possessive(strip_article(text))


def is_honorific(word: str) -> bool:
    """Whether `word` is an honorific, with or without its dot ("Dr.", "H.E.", "Sheikh").

    >>> is_honorific("Dr."), is_honorific("H.E."), is_honorific("Drew")
    (True, True, False)
    """
    lower = word.lower()
    return lower in HONORIFICS or lower.rstrip(".") in HONORIFICS


def without_suffix(name: str) -> str:
    """A name without its generational suffix: "Joseph R. Biden, Jr." -> "Joseph R. Biden".

    >>> without_suffix("Joseph R. Biden, Jr."), without_suffix("Martin Luther King Sr")
    ('Joseph R. Biden', 'Martin Luther King')
    """
    return _SUFFIX_RE.sub("", name)


def is_regnal(name: str) -> bool:
    """Whether a name is one given name and a regnal number ("Abdullah II", "Mohammed VI").

    >>> is_regnal("Abdullah II"), is_regnal("Lloyd J. Austin III")
    (True, False)
    """
    words = name.split()
    return len(words) == 2 and bool(re.fullmatch(r"[IVX]{1,4}", words[1]))


def clean_person_name(text: str) -> str:
    """A person's name as the facts hold it: no possessive, no generational suffix (nor "II",
    "III" after a full name; a regnal number after one name stays), transcript capitals in title
    case, single spaces.

    >>> clean_person_name("JOSEPH R. BIDEN, JR."), clean_person_name("Blinken\u2019s")
    ('Joseph R. Biden', 'Blinken')
    >>> clean_person_name("Ed IV"), clean_person_name("John Smith III")
    ('Ed IV', 'John Smith')
    >>> clean_person_name("Abdullah II"), clean_person_name("Lloyd J. Austin III")
    ('Abdullah II', 'Lloyd J. Austin')
    >>> clean_person_name("Fritz I"), clean_person_name("Felipe VI")
    ('Fritz', 'Felipe VI')
    """
    text = re.sub(r"[\u2019']s$", "", text.strip())
    if text.isupper() and len(text) > 4:  # transcripts: "SECRETARY BLINKEN", "ANTONY J. BLINKEN"
        text = text.title()
    text = _PRONOUN_I_RE.sub("", text)  # "Fritz, I ...", "Micheál — I —": the speaker's "I"
    stripped = _GENERATION_RE.sub("", text)
    if len(stripped.split()) >= 2 or not re.search(r"\sI{2,3}$", text):
        text = stripped  # "Lloyd J. Austin III", but the regnal "Abdullah II" stays
    return " ".join(text.split())
