"""Lookups the extractors and the resolver share: countries, organisations, titles, officials.

Pure Python over the TSV files in `kg/data/` (see its README for sources and dates), loaded
lazily once. The data is dated and incomplete, so a user may extend or override it: set
`KG_GAZETTEER_DIR` to a folder holding any of `countries.tsv`, `organizations.tsv`,
`titles.tsv`, `officials.tsv` in the same columns as ours. Their rows are read after ours and
win: a country row replaces ours with the same alpha-2, an organisation or title row ours with
the same canonical name, an official row ours with the same name and country. Call
`clear_cache()` after changing the variable or the files.

Matching is on folded text (accents, case, dots and hyphens ignored) but guarded by case so
ordinary words do not match: a name must start with a capital ("Turkey", not "turkey") and an
acronym must be written in capitals ("US", not "Us"). Forms that are also common person,
US state or city names ("Chad", "Jordan", "Georgia", "Washington", "Victoria") still match,
flagged `ambiguous` in `lookup_country`; `country(..., ambiguous=False)` refuses them.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterator

__all__ = [
    "Country", "CountryMatch", "Org", "TitleInfo", "OfficialInfo", "GOVERNMENT",
    "TITLE_HEADS", "STATUS_MODIFIERS", "country", "lookup_country", "country_by_code",
    "is_demonym", "is_capital", "organization", "ministry", "title", "split_status",
    "is_title_word", "official", "officials", "clear_cache", "fold",
]

_DATA = Path(__file__).parent / "data"
#: Environment variable naming a folder of user TSVs that extend or override ours.
ENV_DIR = "KG_GAZETTEER_DIR"
#: Marker for `TitleInfo.org`: the post is in the government of `TitleInfo.country` itself.
GOVERNMENT = "GOVERNMENT"
_DIPLOMATIC, _MINISTRY = "DIPLOMATIC", "MINISTRY:"

#: Head nouns of titles ("Deputy Assistant *Secretary*", "Special *Envoy*").
TITLE_HEADS = frozenset("""
    secretary minister ambassador director administrator president chair chairman chairwoman
    chairperson spokesperson spokesman spokeswoman adviser advisor official representative envoy
    deputy chief commissioner governor senator counselor counsellor coordinator premier chancellor
    king queen prince emir amir sultan leader speaker mayor attorney general consul chargé charge
    lawmaker legislator congressman congresswoman justice judge head officer undersecretary
    secretary-general director-general delegate negotiator attaché attache monarch sheikh
    member ceo cfo coo cto founder co-founder dean fellow consultant professor trustee
    vice-chancellor co-chair treasurer comptroller inspector manager economist
""".split())
#: Words that set a post's status (model.STATUSES); "ex-", "then-", "-elect" are split off first.
STATUS_MODIFIERS = {
    "acting": "acting", "interim": "acting", "caretaker": "acting",
    "former": "former", "ex": "former", "then": "former", "late": "former", "previous": "former",
    "elect": "elect", "incoming": "elect", "president-elect": "elect",
    "designate": "nominee", "nominee": "nominee", "nominated": "nominee",
    "outgoing": "current", "current": "current", "sitting": "current",
}
#: Words that qualify a title head without changing the organisation.
_RANKS = ("principal deputy assistant", "deputy assistant", "deputy under", "principal deputy",
          "senior deputy", "first deputy", "deputy", "assistant", "under", "vice", "senior", "special",
          "associate", "chief", "executive", "acting")
_ACRONYM_RE = re.compile(r"^[A-Z0-9&]{2,8}$")


# --------------------------------------------------------------------------- normalisation

def fold(text: str) -> str:
    """The matching key of `text`: no accents, lower case, no dots, hyphens as spaces.

    >>> fold("  the U.S. Secretary-General's  ")
    "the us secretary general's"
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    text = text.replace("&", " and ").replace(".", "")
    text = re.sub(r"[-\u2010-\u2015]", " ", text)
    return " ".join(text.lower().split())


def _strip(text: str) -> str:
    """Surface text without a leading article or a trailing possessive."""
    text = " ".join(text.replace("\u2019", "'").split()).strip(" ,;:")
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    return re.sub(r"'s?$", "", text) if re.search(r"\w's$|s'$", text) else text


def _is_acronym(form: str) -> bool:
    return bool(_ACRONYM_RE.match(form.replace(".", "").replace("-", "")))


def _case_ok(surface: str, form: str) -> bool:
    """Whether `surface` is written so that it may stand for the lexicon entry `form`."""
    if _is_acronym(form):
        return _is_acronym(surface)
    first = next((c for c in surface if c.isalpha()), "")
    return first.isupper()


# --------------------------------------------------------------------------- data files

def _data_dirs() -> list[Path]:
    dirs = [_DATA]
    user = os.environ.get(ENV_DIR)
    if user:
        dirs.append(Path(user))
    return dirs


def _rows(filename: str, width: int) -> Iterator[list[str]]:
    """The rows of `filename` from our data and then the user's, padded to `width` cells."""
    for folder in _data_dirs():
        path = folder / filename
        if not path.is_file():
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for cells in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if not cells or not cells[0].strip() or cells[0].startswith("#"):
                    continue
                cells = [c.strip() for c in cells] + [""] * width
                yield cells[:width]


#: The rows of a TSV data file (ours, then the user's), for loaders outside this module.
data_rows = _rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


_CACHES: list = []


def cached(function):
    """`functools.cache`, registered so that `clear_cache` forgets it too. Every loader of
    data files (here or in an extractor's lexicon) uses it."""
    wrapped = cache(function)
    _CACHES.append(wrapped)
    return wrapped


def clear_cache() -> None:
    """Forget all loaded data (after changing `KG_GAZETTEER_DIR` or its files)."""
    for function in _CACHES:
        function.cache_clear()


# --------------------------------------------------------------------------- countries

@dataclass(frozen=True)
class Country:
    """A country (or territory) by its common English short name."""

    name: str
    alpha2: str
    wikidata: str | None = None


@dataclass(frozen=True)
class CountryMatch:
    """How a surface form named a country: via "name", "alias", "demonym" or "capital"."""

    country: Country
    via: str
    ambiguous: bool = False


@dataclass(frozen=True)
class _CountryIndex:
    by_code: dict[str, Country]
    forms: dict[str, tuple[str, str, str]]  # key -> (alpha2, via, the form as listed)
    ambiguous: frozenset[tuple[str, str]]  # (alpha2, key)


@cached
def _countries() -> _CountryIndex:
    import pycountry

    rows: dict[str, list[str]] = {}
    for cells in _rows("countries.tsv", 7):
        rows[cells[0].upper()] = cells
    by_code: dict[str, Country] = {}
    forms: dict[str, tuple[str, str, str]] = {}
    ambiguous: set[tuple[str, str]] = set()

    def add(form: str, a2: str, via: str) -> None:
        key = fold(_strip(form))
        if key and key not in forms:
            forms[key] = (a2, via, form)

    for a2, (_, name, aliases, _, _, wikidata, amb) in rows.items():
        by_code[a2] = Country(name=name, alpha2=a2, wikidata=wikidata or None)
        ambiguous.update((a2, fold(x)) for x in _split(amb))
    # Ranked so that a form listed in two ways goes to the stronger reading ("Congo": DR Congo
    # by our alias before the Republic of the Congo by its ISO name).
    for a2, cells in rows.items():
        add(cells[1], a2, "name")
    for a2, cells in rows.items():
        for alias in _split(cells[2]):
            add(alias, a2, "alias")
    for record in pycountry.countries:
        a2 = record.alpha_2
        if a2 not in by_code:
            by_code[a2] = Country(getattr(record, "common_name", None) or record.name, a2)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                add(value, a2, "alias")
                if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
                    head, _, tail = value.partition(", ")
                    add(f"{tail} {head}", a2, "alias")
    for a2, cells in rows.items():
        for demonym in _split(cells[3]):
            add(demonym, a2, "demonym")
    for a2, cells in rows.items():
        for capital in _split(cells[4]):
            add(capital, a2, "capital")
    return _CountryIndex(by_code, forms, frozenset(ambiguous))


def lookup_country(text: str) -> CountryMatch | None:
    """The country `text` names, with how it named it.

    >>> lookup_country("Moscow")
    CountryMatch(country=Country(name='Russia', alpha2='RU', wikidata='Q159'), via='capital', ambiguous=False)
    """
    surface = _strip(text)
    if not surface:
        return None
    index = _countries()
    key = fold(surface)
    hit = index.forms.get(key)
    if hit is None and key.endswith("s"):  # plural demonyms: "Israelis", "Mexicans"
        singular = index.forms.get(key[:-1])
        if singular and singular[1] == "demonym":
            hit = singular
    if hit is None:
        return None
    a2, via, form = hit
    if not _case_ok(surface, form):
        return None
    return CountryMatch(index.by_code[a2], via, (a2, key) in index.ambiguous
                        or (a2, key[:-1]) in index.ambiguous and via == "demonym")


def country(text: str, *, demonyms: bool = True, capitals: bool = True,
            ambiguous: bool = True) -> Country | None:
    """The country `text` names by name, alias, demonym or capital, or None.

    >>> country("the U.S.").name, country("Mexican").name, country("Kyiv").name
    ('United States', 'Mexico', 'Ukraine')
    >>> country("Secretary") is None and country("turkey") is None
    True
    """
    match = lookup_country(text)
    if (match is None or (match.via == "demonym" and not demonyms)
            or (match.via == "capital" and not capitals) or (match.ambiguous and not ambiguous)):
        return None
    return match.country


def country_by_code(alpha2: str) -> Country | None:
    """The country with ISO 3166 alpha-2 code `alpha2` ("XK" for Kosovo)."""
    return _countries().by_code.get(alpha2.upper())


def is_demonym(text: str) -> bool:
    """Whether `text` is a nationality word ("French", "Israelis")."""
    match = lookup_country(text)
    return match is not None and match.via == "demonym"


def is_capital(text: str) -> bool:
    """Whether `text` is a capital or seat of government ("Washington", "Beijing")."""
    match = lookup_country(text)
    return match is not None and match.via == "capital"


# --------------------------------------------------------------------------- organisations

@dataclass(frozen=True)
class Org:
    """An organisation by its canonical name; `country` is None for international bodies."""

    name: str
    acronym: str | None = None
    country: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class _OrgIndex:
    by_name: dict[str, Org]
    forms: dict[str, tuple[str, str]]  # key -> (canonical name, form as listed)


@cached
def _organizations() -> _OrgIndex:
    rows: dict[str, list[str]] = {}
    for cells in _rows("organizations.tsv", 5):
        rows[cells[0]] = cells
    by_name: dict[str, Org] = {}
    forms: dict[str, tuple[str, str]] = {}
    for name, aliases, acronyms, country_code, wikidata in rows.values():
        acronym_list = _split(acronyms)
        by_name[name] = Org(name, acronym_list[0] if acronym_list else None,
                            country_code.upper() or None, wikidata or None)
        for form in [name, *_split(aliases), *acronym_list]:
            key = fold(_strip(form))
            # A user row overrides ours: its forms win.
            if key and (key not in forms or forms[key][0] == name or name in _user_names("organizations.tsv")):
                forms[key] = (name, form)
    return _OrgIndex(by_name, forms)


@cached
def _user_names(filename: str) -> frozenset[str]:
    user = os.environ.get(ENV_DIR)
    path = Path(user) / filename if user else None
    if not path or not path.is_file():
        return frozenset()
    with open(path, encoding="utf-8") as f:
        return frozenset(line.split("\t")[0].strip() for line in f if line.strip() and not line.startswith("#"))


def organization_aliases(name: str) -> tuple[str, ...]:
    """The other names and acronyms listed for the organisation of canonical name `name`.

    >>> organization_aliases("Department of State")[:2]
    ('State Department', 'United States Department of State')
    """
    return _org_aliases().get(name, ())


@cached
def _org_aliases() -> dict[str, tuple[str, ...]]:
    aliases: dict[str, list[str]] = {}
    for canonical, form in _organizations().forms.values():
        forms = aliases.setdefault(canonical, [])
        if form != canonical and form not in forms:
            forms.append(form)
    return {name: tuple(forms) for name, forms in aliases.items()}


_US_PREFIX = re.compile(r"^(?:U\.?S\.?|US|United States|American)\s+(?=\S)")
_MINISTRY_SUBJECTS = {
    "foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs", "external affairs": "Foreign Affairs",
    "foreign affairs and international cooperation": "Foreign Affairs",
    "defence": "Defense", "defense": "Defense", "national defense": "Defense", "national defence": "Defense",
    "interior": "Interior", "home": "Interior", "home affairs": "Interior", "internal affairs": "Interior",
    "finance": "Finance", "economy and finance": "Finance", "trade": "Trade", "health": "Health", "public health": "Health",
    "economy": "Economy", "economic affairs": "Economy", "justice": "Justice", "energy": "Energy",
}


#: Words naming ministerial portfolios ("Minister of Economy, Trade, and Industry").
PORTFOLIOS = frozenset("""
    affairs agriculture commerce communications cooperation culture defense defence development
    economy education energy environment finance fisheries health housing immigration industry
    infrastructure innovation integration interior justice labor labour mines petroleum planning
    relations resources science security sports technology tourism trade transport
    transportation water welfare youth
""".split())


def ministry(subject: str) -> str:
    """The canonical ministry name for a portfolio: 'Foreign' -> 'Ministry of Foreign Affairs'."""
    subject = re.sub(r"^(the|The)\s+", "", subject.strip())
    canonical = _MINISTRY_SUBJECTS.get(fold(subject))
    if canonical is None:
        canonical = " ".join(w if w.lower() in ("and", "of", "for", "the") or w.isupper() else w[:1].upper() + w[1:]
                             for w in subject.split())
    return f"Ministry of {canonical}"


_MINISTRY_RE = re.compile(r"^(?:(?P<pre>.+?)\s+)?(?:Ministry|Ministry of|Ministry for)\s*(?P<post>.*)$", re.I)


def organization(text: str) -> Org | None:
    """The organisation `text` names, by canonical name, alias or acronym.

    Foreign ministries come out as "Ministry of X" with the country named beside them:

    >>> organization("the U.S. Department of State").name
    'Department of State'
    >>> organization("French Foreign Ministry")
    Org(name='Ministry of Foreign Affairs', acronym=None, country='FR', wikidata=None)
    """
    surface = _strip(text)
    if not surface:
        return None
    index = _organizations()
    candidates = [surface]
    bare = _US_PREFIX.sub("", surface)
    if bare != surface:
        candidates.append(bare)
    for i, candidate in enumerate(candidates):
        hit = index.forms.get(fold(candidate))
        if hit and _case_ok(candidate, hit[1]):
            org = index.by_name[hit[0]]
            if i and org.country not in (None, "US"):  # "U.S. Kremlin" is no Kremlin
                continue
            return org
    return _ministry_org(surface)


def _ministry_org(surface: str) -> Org | None:
    """"French Foreign Ministry", "Mexico's Ministry of Foreign Affairs", "Ministry of Defense of Japan"."""
    owner: str | None = None
    m = re.match(r"^(?:(?P<owner>.+?)\s+)?Ministry (?:of|for) (?P<subject>.+?)(?: of (?P<owner2>[A-Z].*))?$", surface)
    if m:
        subject, owner = m.group("subject"), m.group("owner") or m.group("owner2")
        if owner and owner.endswith("'s"):
            owner = owner[:-2]
    elif surface.endswith(" Ministry"):
        words = surface.split()[:-1]
        subject = " ".join(words)
        for i in range(len(words) - 1, 0, -1):
            prefix = re.sub(r"'s?$", "", " ".join(words[:i]))
            if _country_code(prefix):
                owner, subject = prefix, " ".join(words[i:])
                break
    else:
        return None
    if not subject or not subject[:1].isupper():
        return None
    code = _country_code(owner) if owner else None
    if owner and code is None:
        return None
    return Org(ministry(subject), None, code, None)


def _country_code(text: str | None) -> str | None:
    if not text:
        return None
    found = country(text, capitals=False)
    return found.alpha2 if found else None


# --------------------------------------------------------------------------- titles

@dataclass(frozen=True)
class TitleInfo:
    """A title read from text: the canonical post, the organisation it implies (a canonical
    organisation name, `GOVERNMENT` for the country's government, or None), the country
    (alpha-2, from the text, the title itself or the caller's hint) and the status."""

    title: str
    org: str | None
    country: str | None
    status: str = "current"


@cached
def _titles() -> dict[str, tuple[str, str, str]]:
    """key -> (canonical title, org or marker, country rule)."""
    rows: dict[str, list[str]] = {}
    for cells in _rows("titles.tsv", 4):
        rows[cells[0]] = cells
    forms: dict[str, tuple[str, str, str]] = {}
    user = _user_names("titles.tsv")
    for name, aliases, org, rule in rows.values():
        for form in [name, *_split(aliases)]:
            key = fold(form)
            if key not in forms or name in user:
                forms[key] = (name, org, rule)
    return forms


@cached
def vocabulary() -> frozenset[str]:
    """Every (folded) word of the titles and organisation names we know: the words that end a
    title rather than begin a name ("Secretary of State | Mike Pompeo")."""
    words: set[str] = set(PORTFOLIOS)
    for key in (*_titles(), *_organizations().forms, *_MINISTRY_SUBJECTS):
        words.update(key.split())
    return frozenset(w for w in words if len(w) > 2)


def split_status(text: str) -> tuple[str, str]:
    """The status words of a title and the rest: "former U.S. Ambassador" -> ("former", "U.S. Ambassador").

    >>> split_status("then-Secretary of State")
    ('former', 'Secretary of State')
    >>> split_status("President-elect")
    ('elect', 'President')
    """
    status = "current"
    rest = " ".join(text.split())
    while True:
        m = re.match(r"^(acting|interim|caretaker|former|ex|then|late|previous|incoming|outgoing|"
                     r"current|sitting|nominee for|nominee|nominated)(?:-|\s+)", rest, re.I)
        if not m:
            break
        word = m.group(1).lower().split()[0]
        status = STATUS_MODIFIERS[word] if STATUS_MODIFIERS[word] != "current" else status
        rest = rest[m.end():]
    m = re.search(r"(?:-|\s+)(elect|designate|nominee)$", rest, re.I)
    if m:
        status = STATUS_MODIFIERS[m.group(1).lower()]
        rest = rest[:m.start()]
    return status, rest.strip(" ,")


def is_title_word(token_text: str) -> bool:
    """Whether a token may be part of a title: a head noun, a rank word or a status word."""
    word = fold(token_text)
    return (word in TITLE_HEADS or word in STATUS_MODIFIERS
            or any(word == r for r in ("deputy", "assistant", "under", "vice", "senior", "special",
                                       "principal", "acting", "associate", "executive", "first")))


def title(text: str, country_hint: str | None = None) -> TitleInfo | None:
    """Read a title: its canonical post, implied organisation, country and status.

    `country_hint` (alpha-2) is the country the context suggests (the article's source, the
    person's known country); a country named in the title itself wins over it.

    >>> title("Secretary of State")
    TitleInfo(title='Secretary of State', org='Department of State', country='US', status='current')
    >>> title("former French Foreign Minister")
    TitleInfo(title='Minister of Foreign Affairs', org='Ministry of Foreign Affairs', country='FR', status='former')
    """
    status, rest = split_status(text)
    rest = _strip(rest) if rest else rest
    if not rest:
        return None
    # a code ("US") or a name ("United States") as the callers have it
    hint = (_country_code(country_hint) or country_hint.upper()) if country_hint else None
    explicit, org_named, rest = _qualifiers(rest)
    found = _title_core(rest)
    if found is None:
        return None
    canonical, org, rule = found
    if org_named is not None:  # "NATO Secretary-General", "President of the World Bank"
        return TitleInfo(canonical, org_named.name, org_named.country or explicit or hint, status)
    if rule == "US":
        code = explicit or "US"
        if code != "US" and not org.startswith(_MINISTRY) and org not in (GOVERNMENT, _DIPLOMATIC):
            return TitleInfo(canonical, None, code, status)
    elif rule == "US?":
        code = explicit or hint or "US"
        if code != "US" and org not in (GOVERNMENT, _DIPLOMATIC) and not org.startswith(_MINISTRY):
            org = ""
    elif rule:
        code = rule
    else:
        code = explicit or hint
    return TitleInfo(canonical, _resolve_org(org, code), code, status)


def _resolve_org(org: str, code: str | None) -> str | None:
    if not org:
        return None
    if org == _DIPLOMATIC:
        if code == "US":
            return "Department of State"
        # a foreign diplomat serves their government (abroad, not in the ministry at home)
        return GOVERNMENT if code else None
    if org.startswith(_MINISTRY):
        return ministry(org[len(_MINISTRY):])
    return org


def _qualifiers(rest: str) -> tuple[str | None, Org | None, str]:
    """Take a country or organisation off a title: "U.S. Ambassador to Mexico", "Prime Minister of
    Japan", "NATO Secretary-General", "Mexico's Foreign Minister"."""
    explicit: str | None = None
    org_named: Org | None = None
    # Trailing "to <country>" (where an envoy is posted): not the post's country.
    rest = re.sub(r"\s+to\s+(?:the\s+)?(?!the United Nations|the UN\b|the U\.N\.|United Nations|UN\b|U\.N\.)"
                  r"[A-Z][\w .'-]*$", "", rest) if re.search(r"(?i)ambassador|envoy|charg|consul|representative|commissioner", rest) else rest
    m = re.match(r"^(?P<head>.+?)\s+(?:of|for)\s+(?:the\s+)?(?P<tail>[A-Z][\w .'&-]*)$", rest)
    if m and not _title_core(rest):
        code = _country_code(m.group("tail"))
        org = organization(m.group("tail")) if code is None else None
        if code:
            explicit, rest = code, m.group("head")
        elif org and _title_core(m.group("head")):
            org_named, rest = org, m.group("head")
    words = rest.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        prefix, remainder = " ".join(words[:n]), " ".join(words[n:])
        code = _country_code(prefix)
        if code and not _title_core(rest) or code and _title_core(remainder):
            explicit = explicit or code
            rest = remainder
            break
        org = organization(prefix)
        if org and org.name not in ("White House",) and _title_core(remainder) and not _title_core(rest):
            org_named, rest = org, remainder
            break
    return explicit, org_named, rest


def _title_core(rest: str) -> tuple[str, str, str] | None:
    """(canonical, org or marker, country rule) for a title without country qualifiers."""
    table = _titles()
    key = fold(rest)
    if key in table:
        return table[key]
    # Ministers: "Minister of Tourism", "Tourism Minister".
    m = (re.match(r"^(?P<rank>(?:deputy|vice|first deputy)\s+)?minister\s+(?:of|for)\s+(?P<subject>.+)$", rest, re.I)
         or re.match(r"^(?P<rank>(?:deputy|vice)\s+)?(?!(?:deputy|vice|prime|first)\b)"
                     r"(?P<subject>[A-Z][\w &,'-]*?)\s+minister$", rest, re.I))
    if m and m.group("subject")[:1].isupper():
        subject = ministry(m.group("subject"))[len("Ministry of "):]
        rank = (m.group("rank") or "").strip().title()
        return (f"{rank + ' ' if rank else ''}Minister of {subject}", _MINISTRY + subject, "")
    # "Assistant Secretary of State for East Asian and Pacific Affairs": the office named after "for".
    m = re.match(r"^(?P<base>.+?)\s+(?:for|on)\s+(?P<brief>.+)$", rest)
    if m:
        base = _title_core(m.group("base"))
        if base:
            return (f"{base[0]} for {m.group('brief')}", base[1], base[2])
    # US department secretaries: "Secretary of Commerce", "Commerce Secretary".
    m = (re.match(r"^secretary\s+of\s+(?:the\s+)?(?P<subject>.+)$", rest, re.I)
         or re.match(r"^(?P<subject>[A-Z][\w &'-]*?)\s+secretary$", rest, re.I))
    if m:
        org = organization(f"Department of {m.group('subject')}") or organization(m.group("subject"))
        if org and org.country == "US" and org.name.startswith("Department of"):
            return (f"Secretary of {org.name[len('Department of '):]}", org.name, "US")
    # Ranks: "Deputy Secretary of Defense", "Principal Deputy Assistant Secretary of State".
    for rank in _RANKS:
        m = re.match(rf"^{rank}\s+(?P<base>.+)$", rest, re.I)
        if m:
            base = _title_core(m.group("base"))
            if base:
                return (f"{rank.title()} {base[0]}", base[1], base[2])
    return None


# --------------------------------------------------------------------------- agreements

@cached
def _agreements() -> dict[str, str]:
    """Alias as written -> canonical name (aliases keep their case: "ATT" is not "att")."""
    forms: dict[str, str] = {}
    for cells in _rows("agreements.tsv", 2):
        name, aliases = cells[0], cells[1]
        for form in [name, *_split(aliases)]:
            forms[form] = name
    return forms


def agreement(text: str) -> str | None:
    """The canonical name of a well-known agreement: "JCPOA" -> "Joint Comprehensive Plan of
    Action"; None for one we do not know.

    >>> agreement("the JCPOA")
    'Joint Comprehensive Plan of Action'
    """
    surface = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)
    return _agreements().get(surface)


def agreement_names() -> tuple[str, ...]:
    """Every name and alias of the known agreements, longest first (for finding them in text)."""
    return tuple(sorted(_agreements(), key=len, reverse=True))


# --------------------------------------------------------------------------- officials

@dataclass(frozen=True)
class OfficialInfo:
    """A person the reference data knows: name, Wikidata id, country (alpha-2), the titles the
    source listed (as of its snapshot), party (US), sources and years."""

    name: str
    wikidata: str | None
    country: str | None
    titles: tuple[str, ...] = ()
    party: str | None = None
    source: tuple[str, ...] = ()
    years: str | None = None


@dataclass(frozen=True)
class _OfficialIndex:
    people: list[OfficialInfo]
    exact: dict[str, list[int]]
    loose: dict[str, list[int]]  # sorted tokens and first+last


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "dr", "mr", "mrs", "ms", "sir", "sheikh", "gen", "judge"}


def _name_keys(name: str) -> tuple[str, list[str]]:
    key = re.sub(r"[^a-z0-9' ]+", " ", fold(name)).replace("'", "")
    key = " ".join(key.split())
    tokens = [t for t in key.split() if t not in _SUFFIXES]
    loose = [" ".join(sorted(tokens))]
    if len(tokens) > 2:
        loose.append(f"{tokens[0]} {tokens[-1]}")
        loose.append(" ".join(sorted((tokens[0], tokens[-1]))))
    return key, loose


@cached
def _officials() -> _OfficialIndex:
    rows: dict[tuple[str, str], list[str]] = {}
    for cells in _rows("officials.tsv", 9):
        rows[(fold(cells[0]), cells[3].upper())] = cells
    people: list[OfficialInfo] = []
    exact: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for name, aliases, wikidata, code, titles, party, _bioguide, source, years in rows.values():
        i = len(people)
        people.append(OfficialInfo(name, wikidata or None, code.upper() or None, tuple(_split(titles)),
                                   party or None, tuple(_split(source)), years or None))
        for form in [name, *_split(aliases)]:
            key, loose_keys = _name_keys(form)
            exact.setdefault(key, []).append(i)
            for lk in loose_keys:
                if i not in loose.setdefault(lk, []):
                    loose[lk].append(i)
    return _OfficialIndex(people, exact, loose)


def officials(name: str, country: str | None = None) -> tuple[OfficialInfo, ...]:
    """Every official `name` may be (exact folded name first, then looser first+last matches),
    optionally only those of `country` (alpha-2). Single-word names match nothing."""
    key, loose_keys = _name_keys(name)
    if len(key.split()) < 2:
        return ()
    index = _officials()
    found = index.exact.get(key) or [i for lk in loose_keys[:1] for i in index.loose.get(lk, [])]
    if not found:
        found = [i for lk in loose_keys[1:] for i in index.loose.get(lk, [])]
    people = [index.people[i] for i in dict.fromkeys(found)]
    if country:
        people = [p for p in people if p.country == country.upper()]
    return tuple(people)


@cached
def _by_surname() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, person in enumerate(_officials().people):
        key, _ = _name_keys(person.name)
        tokens = key.split()
        if tokens:
            index.setdefault(tokens[-1], []).append(i)
    return index


def official_by_surname(surname: str, title: str) -> OfficialInfo | None:
    """The one official whose name ends in `surname` (one or more words) and who held `title`
    ("Putin", "President"); None when the reference data knows none or several."""
    key, _ = _name_keys(surname)
    tokens = key.split()
    if not tokens:
        return None
    wanted = fold(title)
    found = []
    for i in _by_surname().get(tokens[-1], []):
        person = _officials().people[i]
        name_key, _ = _name_keys(person.name)
        if name_key.split()[-len(tokens):] != tokens:
            continue
        if any(fold(t) == wanted for t in person.titles):
            found.append(person)
    by_person = {(p.country, p.wikidata or p.name) for p in found}
    countries = {p.country for p in found}
    if len(countries) == 1 and found:
        return next((p for p in found if p.wikidata), found[0]) if len(by_person) <= 2 else None
    return None


#: Titles of leaders the news names by surname alone ("Biden", "Putin").
LEADER_TITLES = frozenset({"president", "vice president", "prime minister", "chancellor",
                           "king", "queen", "emir", "crown prince", "premier"})


def official_surname(surname: str) -> OfficialInfo | None:
    """The one head of state or government the reference data knows by this surname alone
    ("Putin", "Biden"); None when it knows none or several, or only a lesser official
    ("Sullivan" could be many people)."""
    key, _ = _name_keys(surname)
    if not key or len(key.split()) != 1:
        return None
    people = [_officials().people[i] for i in _by_surname().get(key, [])]
    leaders = [p for p in people if LEADER_TITLES & {fold(t) for t in p.titles}]
    if not leaders or len({p.country for p in leaders}) != 1 or len(leaders) < len(people):
        return None
    linked = {p.wikidata for p in leaders if p.wikidata}
    if len(linked) > 1:
        return None
    return next((p for p in leaders if p.wikidata), leaders[0])


def official(name: str, country: str | None = None) -> OfficialInfo | None:
    """The one official `name` denotes, or None when unknown or when several different people
    share the name (pass `country` to narrow; rows with the same Wikidata id count as one).

    >>> official("Rick HOUENIPWELA").country
    'SB'
    """
    people = officials(name, country)
    if not people:
        return None
    identities = {p.wikidata or (fold(p.name), p.country) for p in people}
    if len(identities) == 1:
        return people[0]
    with_id = [p for p in people if p.wikidata]
    if len({p.wikidata for p in with_id}) == 1 and len(identities) == 2 and len(with_id) < len(people):
        # The same person listed by two sources, one without an id (same name and country).
        if all(p.country == with_id[0].country for p in people):
            return with_id[0]
    return None
