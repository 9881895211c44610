"""Title phrases: "U.S. Secretary of State", "the State Department's acting deputy assistant
secretary on western hemisphere affairs", "Director of the Office of Space Affairs at the U.S.
Department of State" -> the post as stated, its organisation, country and status.

`parse_title` reads a list of tokens that `mentions` found around a name (before it, in
apposition, in a career list); the title lexicon (`kg.gazetteer.title`) says which
organisation a standard title implies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.names import HONORIFICS, bare_name

#: Words that can sit inside a title phrase between capitalised words.
CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the", "to", "-", "at", "in"})
#: Lower-case words an organisation's name may hold ("Bureau of Democracy, Human Rights, and
#: Labor", "Organization for Economic Co-operation and Development").
ORG_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "&", "de", "la",
                            "del", "des", "du", "y", "et", "da", "do", "dos", "di", "-", "’s",
                            "'s", "al", "el", "upon", "against", "with"})
#: Modifiers that make a title without being its head ("Deputy Assistant Secretary").
TITLE_MODIFIERS = frozenset({
    "deputy", "assistant", "principal", "senior", "executive", "vice", "under", "chief",
    "general", "special", "associate", "first", "second", "policy", "press", "managing",
    "permanent", "lead", "adjunct", "regional", "acting", "interim", "co", "foreign", "prime",
    "attorney", "solicitor", "surgeon", "national", "security", "homeland", "career", "high",
    "supreme", "defense", "defence", "finance", "trade", "interior", "chargé", "charge",
    "extraordinary", "plenipotentiary", "economic", "political", "legal", "military", "domestic",
    "brigadier", "lieutenant", "rear", "crown", "ranking", "magistrate", "circuit", "district",
})
#: Words that open a sentence or clause and never an organisation's name ("Since Justice X",
#: "As President X", "When Judge X").
CLAUSE_STARTS = frozenset({
    "since", "as", "while", "after", "before", "when", "during", "in", "on", "at", "for", "with",
    "from", "by", "under", "dear", "so", "but", "and", "or", "although", "though", "because",
    "if", "then", "also", "how", "why", "where", "today", "yesterday", "here", "there", "now",
    "thank", "thanks", "welcome", "congratulations", "please", "and", "with", "today",
})
#: Words before a title that belong neither to it nor to an owner: honorifics and the words of
#: headlines ("Remarks By | President", "Meeting Between | President", "Madam | Speaker").
#: (Not the honorifics that are ranks or titles themselves: "Admiral", "Amb.", "Sheikh".)
NOT_TITLE_WORDS = HONORIFICS - {"sheikh", "sheikha", "shaikh", "admiral", "amb", "amb."} \
    | frozenset({
    "madame", "highness", "royal", "honorable", "honourable", "meeting", "remarks",
    "readout", "statement", "between", "by", "of", "call", "visit", "joint", "fact", "sheet",
    "letter", "message", "press", "release", "announces", "nominates",
})
#: Words that open a run of capitalised words before a name without being part of its title:
#: "Blinken | With | Costa Rican Foreign Minister X" (a headline), "| our | Secretary of Energy".
LEADING_NOT_TITLE = (CLAUSE_STARTS - {"under", "then", "now"} - set(gazetteer.STATUS_MODIFIERS)) \
    | {"our", "my", "your", "their", "its"}
#: Words of a sentence or headline that open a run of capitalised words before a title and are
#: never part of it: auxiliaries of questions ("Did | President Biden get ..."), quantifiers
#: ("Both | Secretary Blinken and ..."), events a headline names ("Passing of | Prime Minister
#: Abe", "Resignation of | Lebanese Prime Minister", "Trilateral Meeting of | Prime Minister").
NOT_TITLE_OPENERS = frozenset({
    "did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "has", "have",
    "had", "is", "are", "was", "were", "both", "all", "watch", "passing", "death", "resignation",
    "election", "reelection", "re-election", "inauguration", "swearing", "nomination",
    "confirmation", "appointment", "trilateral", "bilateral", "meeting", "visit", "retirement",
    "departure", "farewell",
    # words of a question or a comparison: "What | President Trump will say", "Like | President
    # Biden said", "the same | President who ...", "one | President, Joe Biden", "Not | Senator"
    "what", "like", "same", "one", "not", "his", "her", "q",
})
#: Words of praise or description a speaker puts before a title, never part of it: "our
#: extraordinary | ambassador to Mexico", "this great | Secretary", "your longtime | leader", "the
#: new | General President of the Teamsters". Dropped only when written in lower case (a
#: capital makes them a title's or a name's: "Distinguished Professor", "New Jersey").
EPITHETS = frozenset({
    "great", "extraordinary", "outstanding", "distinguished", "wonderful", "incredible",
    "terrific", "fantastic", "dear", "good", "brilliant", "remarkable", "longtime", "long-time",
    "esteemed", "tireless", "talented", "amazing", "beloved", "new", "able", "fine", "fearless",
    "extraordinarily", "wise", "courageous", "dedicated", "exceptional",
    "passionate", "trusted", "respected", "renowned", "recognized", "noted", "leading",
    "female", "male", "own",
})
#: Heads of organisation names: "X of <the> Y Council" names an organisation, not a title.
ORG_HEADS = frozenset({
    "council", "center", "centre", "bank", "university", "department", "ministry", "office",
    "agency", "commission", "committee", "institute", "foundation", "association",
    "corporation", "inc", "inc.", "company", "bureau", "fund", "organization", "organisation",
    "union", "board", "service", "administration", "academy", "embassy", "consulate",
    "mission", "school", "college", "court", "senate", "house", "parliament", "assembly",
    "knesset", "congress", "government", "secretariat", "staff", "group", "program",
    "programme", "force", "forces", "command", "authority", "party", "alliance", "league",
    "federation", "llc", "ltd", "network", "coalition", "society", "branch", "fraternity",
    "sorority",
})


#: "(Principal) (Deputy) Assistant Secretary (of State) for X": the post heads or serves in the
#: State Department's Bureau of X.
STATE_BUREAU = re.compile(r"^(?:Acting\s+)?(?:Principal\s+)?(?:Deputy\s+)?Assistant\s+Secretary"
                          r"(?:\s+of\s+State)?\s+(?:for|on)\s+(?:the\s+)?(?:Bureau\s+of\s+)?(.+)$",
                          re.I)  # ("... for the Bureau of South and Central Asian Affairs": once)


@dataclass(frozen=True)
class Title:
    """A parsed title phrase: the post as stated, and what it says of organisation and country.

    Names are mentions, not identities: `org` and `parent` as the article wrote them (or the
    title lexicon's name), `country` as written ("U.S.", "Mexican") or, where only the lexicon
    or the reference data implies it, its ISO alpha-2 code ("US"). `kg.resolve` turns them into
    the graph's canonical entities; compare countries with `gazetteer.country_code`.
    """

    post: str | None
    org: str | None
    country: str | None
    status: str
    start: int  # character offsets of the whole phrase in the article
    end: int
    implied: bool = False  # the organisation is only the title lexicon's default
    parent: str | None = None  # the organisation `org` is part of ("Department of State")


#: Titles whose head is a title only after a given word, with the organisation and country
#: they imply: "First Lady Jill Biden".
PAIRED_TITLES = {("first", "lady"): ("White House", "US"),
                 ("second", "gentleman"): ("White House", "US")}
PAIRED_HEADS = {head: first for first, head in PAIRED_TITLES}


def is_title_head(token: Token) -> bool:
    lower = token.lower_
    if lower in PAIRED_HEADS:
        return token.i > 0 and token.doc[token.i - 1].lower_ == PAIRED_HEADS[lower] \
            and token.text[:1].isupper()
    return lower in gazetteer.TITLE_HEADS


def is_title_word(token: Token) -> bool:
    lower = token.lower_
    return is_title_head(token) or lower in TITLE_MODIFIERS \
        or lower in gazetteer.STATUS_MODIFIERS


@dataclass
class _Parse:
    """The state the passes of `parse_title` share: the tokens still to be read and what is
    known so far."""

    doc: Doc
    tokens: list[Token]
    status: str = "current"
    org: str | None = None
    country: str | None = None
    place: str | None = None
    post: str | None = None
    known: gazetteer.TitleInfo | None = None
    implied: bool = False
    parent: str | None = None

    def text(self, tokens: list[Token] | None = None) -> str:
        return span_text(self.doc, self.tokens if tokens is None else tokens)


def parse_title(doc: Doc, tokens: list[Token]) -> Title | None:
    """Split a title phrase into status, country, organisation and post.

    The phrase is read by passes, in this order, each taking what it recognises off the tokens
    (see each pass's docstring): edges, status words, nominee, possessive owner, leading
    country, trailing place, trailing country, leading organisation, the post itself (lexicon,
    else head and complement), and what the lexicon implies.
    """
    tokens = _trim_edges(list(tokens))
    if not tokens or not any(is_title_head(t) or t.lower_ == "nominee" for t in tokens):
        return None
    start_char, end_char = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    state = _Parse(doc, tokens)
    _take_status(state)
    _take_nominee(state)
    _take_possessive_owner(state)
    _take_leading_country(state)
    if not state.tokens:
        return None
    state.tokens, state.place = _without_place(state.tokens)
    _take_trailing_country(state)
    _take_leading_org(state)
    if not _read_post(state):
        return None
    _apply_lexicon(state)
    post = (state.post or "").strip("-–—:;, ") or None  # "-Secretary of State" in some feeds
    if post and post.endswith(".") and state.known is not None:
        post = state.known.title  # an abbreviation written out: "Rep." -> Representative
        if state.implied and state.org in NATIONAL_LEGISLATURES \
                and not _member_of_congress_after(tokens, state.known.title):
            state.org, state.implied = None, False  # "Rep. Joanna McClinton", "Sen. Katie Muth"
            # of a state's legislature as often as of Congress: no chamber where the reference
            # data does not know the name as a member of Congress
    bureau = STATE_BUREAU.match(post or "")
    if bureau and state.org \
            and getattr(gazetteer.organization(state.org), "name", None) == "Department of State":
        # the State Department's (Deputy) Assistant Secretaries for X serve in its Bureau of X
        state.org, state.parent, state.implied = (f"Bureau of {bureau.group(1)}", state.org,
                                                  False)
    return Title(post=post, org=state.org, country=state.country, status=state.status,
                 start=start_char, end=end_char, implied=state.implied, parent=state.parent)


def _opening_gerund(token: Token) -> bool:
    """A sentence's or headline's opening verb in -ing ("Following | President Biden's
    proclamation", "Joining | President Biden were ..."), not a title's ("Managing Director")."""
    return token.is_sent_start and token.lower_.endswith("ing") and token.tag_ == "VBG" and \
        not is_title_word(token)  # not "Wyoming | Governor Mark Gordon"


def _trim_edges(tokens: list[Token]) -> list[Token]:
    """Connectors, articles, punctuation and ordinals at the edges: "the 22nd | Director of"."""
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].lower_ in ("a", "an")
                      or tokens[0].lower_ in LEADING_NOT_TITLE and len(tokens) > 1
                      or tokens[0].lower_ in NOT_TITLE_OPENERS and len(tokens) > 1
                      or tokens[0].text in EPITHETS and len(tokens) > 1
                      or _opening_gerund(tokens[0]) and len(tokens) > 1
                      or tokens[0].is_punct or tokens[0].ent_type_ == "ORDINAL"
                      and not (len(tokens) > 1 and is_title_head(tokens[1])
                               and tokens[1].lower_ in PAIRED_HEADS)
                      or re.fullmatch(r"\d+(st|nd|rd|th)", tokens[0].lower_)
                      or _office_of_holder(tokens)):
        tokens.pop(0)
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct):
        tokens.pop()
    if tokens and tokens[0].lower_ in PAIRED_HEADS and is_title_head(tokens[0]):
        tokens.insert(0, tokens[0].doc[tokens[0].i - 1])  # "First | Lady": an ordinal read apart
    return tokens


#: Titles of a person who owns what a title before them is "of", written with no article:
#: "the Director of Mayor | Sylvester Turner’s Office", "Special Envoy of President | Xi
#: Jinping" (not "Envoy of the Secretary-General X", which may be X's own), "the Office of
#: Former U.S. Senator | Bob Corker".
OWNER_TITLES = frozenset({"president", "mayor", "governor", "senator", "king", "queen",
                          "premier", "congressman", "congresswoman", "representative"})


def _office_of_holder(tokens: list[Token]) -> bool:
    """"the Office of | Former U.S. Senator Bob Corker", "the Office of | New Mexico Governor
    Michelle Lujan Grisham": the office is the holder's staff, not the title's organisation
    (but "Office of Monetary Affairs Director X" directs an office)."""
    return len(tokens) > 2 and tokens[0].lower_ == "office" and tokens[1].lower_ == "of" \
        and tokens[-1].lower_ in OWNER_TITLES


#: Words that make the title head right after them a past one ("a past president of", "the
#: immediate past Chair of"), though they are no status word before a name ("over the past
#: year President X"); "immediate" before them goes with them.
PAST_BEFORE_HEAD = frozenset({"past"})


def _past_before_head(tokens: list[Token], k: int) -> bool:
    t = tokens[k]
    if t.lower_ == "immediate":
        return k + 1 < len(tokens) and _past_before_head(tokens, k + 1)
    return t.lower_ in PAST_BEFORE_HEAD and k + 1 < len(tokens) and is_title_head(tokens[k + 1])


def _take_status(state: _Parse) -> None:
    """Status words anywhere in the phrase: "former", "acting", "-elect", "a.i.", "past"
    before a head."""
    kept: list[Token] = []
    for k, t in enumerate(state.tokens):
        mapped = gazetteer.STATUS_MODIFIERS.get(t.lower_) or (
            "acting" if t.lower_ in ("a.i.", "a.i") else None) or (  # chargé d'affaires ad interim
            "former" if _past_before_head(state.tokens, k) else None)
        if mapped and not (t.lower_ == "former" and kept and kept[-1].lower_ == "a"):
            state.status = mapped
            if t.lower_ == "interim" and kept and kept[-1].lower_ == "ad":
                kept.pop()  # "Chargé d’Affaires ad interim"
            continue
        kept.append(t)
    # "-elect": drop the hyphen that joined it
    state.tokens = [t for k, t in enumerate(kept)
                    if not (t.text in ("-", "–") and (k == len(kept) - 1
                                                       or not is_title_word(kept[k + 1])
                                                       and kept[k + 1].text[:1].islower()))]


def _take_nominee(state: _Parse) -> None:
    """"Nominee for X": the post is X."""
    tokens = state.tokens
    if state.status == "nominee":
        while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct):
            tokens = tokens[1:]
    if tokens and tokens[0].lower_ == "nominee":
        state.status = "nominee"
        tokens = tokens[2:] if len(tokens) > 2 and tokens[1].lower_ in ("for", "to") else tokens[1:]
    state.tokens = tokens


def _take_possessive_owner(state: _Parse) -> None:
    """A possessive ends the organisation or country part: "the State Department's", "Panama's"
    (but "Director of the Secretary's Staff": the possessive is inside the title)."""
    tokens = state.tokens
    for k, t in enumerate(tokens):
        if t.lower_ in ("of", "for"):
            break
        if t.text in ("’s", "'s") and k > 0:
            if not is_title_head(tokens[k - 1]):  # "the President's nominee": no organisation
                state.org, state.country = _owner(state.text(tokens[:k]))
            state.tokens = tokens[k + 1:]
            return


def _take_leading_country(state: _Parse) -> None:
    """A leading country or demonym: "U.S.", "Mexican", "Mexico" (not "American Immigration
    Council ...", where the country word names an organisation)."""
    tokens = state.tokens
    for k in range(min(len(tokens), 4), 0, -1):
        if is_title_head(tokens[k - 1]):
            continue
        found = gazetteer.country(state.text(tokens[:k]))
        if found and k < len(tokens) and not is_title_word(tokens[k]):
            return
        if found:
            state.country = state.country or state.text(tokens[:k])
            state.tokens = tokens[k:]
            return


def _take_trailing_country(state: _Parse) -> None:
    """A trailing country: "Secretary of State | of the United States of America"."""
    tokens = state.tokens
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].lower_ == "of":
            rest = [t for t in tokens[k + 1:] if t.lower_ != "the"]
            found = gazetteer.country(state.text(rest)) if rest else None
            if found is not None and gazetteer.title(state.text(tokens[:k])) is not None \
                    and not _country_of_form(state, tokens, k):  # "Ambassador to the Republic |
                # of The Gambia": the whole is the destination
                state.country = state.country or state.text(rest)
                state.tokens = tokens[:k]
                return


def _take_leading_org(state: _Parse) -> None:
    """A known organisation before a known title: "NATO | Secretary General" (but "Treasury
    Secretary" is one title)."""
    tokens = state.tokens
    whole = gazetteer.title(state.text())
    for k in range(1, len(tokens)):
        named = gazetteer.organization(state.text(tokens[:k]))
        rest = gazetteer.title(state.text(tokens[k:])) if named is not None else None
        if rest is not None and not is_title_word(tokens[k - 1]) \
                and (whole is None or whole.title == rest.title):
            state.org = state.org or bare_name(state.text(tokens[:k]))  # "the State Department's"
            state.country = state.country or named.country
            state.tokens = tokens[k:]
            return


def _read_post(state: _Parse) -> bool:
    """The post: a title the lexicon knows, else one ending at a known title before its place
    ("Deputy Chief of Mission | at the U.S. Embassy in ..."), else the head noun with its
    modifiers, any owner before them and any organisation in its complement. False when the
    phrase has no title head left."""
    tokens = state.tokens
    sending = SENDING_COUNTRY.search(state.text())
    if sending and state.country is None and gazetteer.country(sending.group(1)):
        state.country = sending.group(1)
    country = gazetteer.country_code(state.country)
    known = gazetteer.title(_formula_free(state.text()), country_hint=country)
    state.post = state.text()
    if state.place and known and known.org == "Department of State" and state.org is None:
        state.org = f"U.S. Embassy in {state.place}"  # a US diplomat posted "in New Delhi"
    if not known:
        for k in range(len(tokens) - 2, 0, -1):
            rest = tokens[k:]
            if rest[0].lower_ not in ("at", "of", "in", "with", "for") or not _names_org(rest[1:]) \
                    or rest[0].lower_ == "of" and _field_before_org(rest[1:]):
                continue  # (a title's field: "Director of | Government Relations for PVA")
            prefix = gazetteer.title(state.text(tokens[:k]), country_hint=country)
            if prefix is not None:
                known, state.post = prefix, state.text(tokens[:k])
                state.org = state.org or state.text([t for t in rest[1:] if t.lower_ != "the"][:12])
                break
    if not known:
        head_k = next((k for k, t in enumerate(tokens) if is_title_head(t)), None)
        if head_k is None:
            return False
        head_k = _take_owner_before_head(state, head_k)
        # "Director of the Office of Space Affairs", "President of CNES": the complement is the
        # organisation unless the whole is a title we know
        post_tokens, org_tokens = _split_complement(state.tokens, head_k)
        if org_tokens:
            state.org = state.org or state.text(org_tokens)
        state.post = state.text(post_tokens)
        known = gazetteer.title(state.post, country_hint=gazetteer.country_code(state.country))
    state.known = known
    return True


def _country_of_form(state: _Parse, tokens: list[Token], k: int) -> bool:
    """Whether the "of" at k is inside a country's formal name: "the Republic | of The Gambia",
    "the Kingdom | of Morocco" (`gazetteer.country` knows the whole, not the form word)."""
    form = state.text(tokens[k - 1:])
    return gazetteer.country(tokens[k - 1].text) is None and gazetteer.country(form) is not None


#: "Ambassador Extraordinary and Plenipotentiary of the United States of America to X": the
#: country an envoy serves, written between the title and its destination.
SENDING_COUNTRY = re.compile(r"\bof (?:the )?((?:United States|U\.S\.)(?: of America)?)(?= to\b)")
DIPLOMATIC_FORMULA = re.compile(r"\s+Extraordinary and Plenipotentiary\b|\s+of (?:the )?"
                                r"(?:United States|U\.S\.)(?: of America)?(?= to\b)", re.I)


def _formula_free(text: str) -> str:
    """A title without the diplomatic formula, for the lexicon: "Ambassador to X"."""
    return DIPLOMATIC_FORMULA.sub("", text)


def _take_owner_before_head(state: _Parse, head_k: int) -> int:
    """"American Immigration Council | Policy Director": words before the head's modifiers name
    its owner when they name an organisation or country; one or two other capitalised words
    are part of the title ("Program Officer", "Watch Officer"); a clause's first word is not
    part of either ("Since | Justice"). Returns the head's new index."""
    tokens = state.tokens
    first = head_k
    while first > 0 and (is_title_word(tokens[first - 1]) or _joining_hyphen(tokens, first - 1)
                         or (tokens[first - 1].text[:1].islower()
                             and tokens[first - 1].lower_ not in CONNECTORS)):
        first -= 1
    if first == 0:
        return head_k
    owner = tokens[:first]
    if tokens[first - 1].lower_ in CONNECTORS:
        if tokens[first - 1].lower_ in ("to", "the") and any(is_title_word(t) for t in owner):
            return head_k  # "Special Assistant to the President": one title
        state.tokens = tokens[first:]  # "Readout of | Vice President"
        return head_k - first
    while owner and (owner[0].lower_ in CLAUSE_STARTS or owner[0].lower_ in NOT_TITLE_WORDS):
        owner = owner[1:]  # "Since | Justice X", "the Honorable | President X"
    if len(owner) >= 2 and owner[-1].lower_ in TITLE_SCOPES and owner[-1].text[:1].isupper() \
            and not (len(owner) == 2 and re.fullmatch(r"[A-Z]{2}", owner[0].text)) \
            and not gazetteer.country(state.text(owner[:-1])):
        owner, first = owner[:-1], first - 1  # "USDA | State Director" (but "NC State": a US
        # state's code, which the country codes would read as New Caledonia; "U.S. State
        # Secretary": the Department of State's)
    known = gazetteer.title(state.text(tokens[first:]))
    if owner and gazetteer.us_state(state.text(owner)):
        legislature = known is not None and known.org in NATIONAL_LEGISLATURES
        if legislature and _member_of_congress_after(tokens):
            state.tokens = tokens[first:]  # "Illinois | Senator Tammy Duckworth": a seat's state
            return head_k - first
        if not legislature:  # "Illinois | Governor JB Pritzker", "Illinois | State Representative"
            state.org = state.org or state.text(owner)
            state.tokens = tokens[first:]
            return head_k - first
    if owner and all(t.ent_type_ == "GPE" for t in owner) and known is not None \
            and known.org in NATIONAL_LEGISLATURES and not gazetteer.country(state.text(owner)):
        state.tokens = tokens[first:]  # "Maryland | Senator": a seat's state, not its chamber
        return head_k - first
    if len(owner) == 1 and _bare_code(owner[0].text):
        state.tokens = tokens[first:]  # "PA | President Abbas", "LA | Mayor Eric Garcetti"
        return head_k - first
    if owner and tokens[head_k].lower_ in PLACE_HEADS and len(owner) <= 3 \
            and all(t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in owner) \
            and not any(t.lower_ in NOT_TITLE_WORDS or is_title_word(t) for t in owner):
        # (not "Incident Commander | Mayor X": two titles)
        state.org = state.org or state.text(owner)  # "Akron | Mayor Dan Horrigan": a city's
        state.tokens = tokens[first:]
        return head_k - first
    if owner and _names_owner(owner):
        org_found, country_found = _owner(state.text(owner))
        state.org = state.org or org_found
        state.country = state.country or country_found
    elif owner and len(owner) <= 2 and all(t.text[:1].isupper() for t in owner) \
            and not any(t.ent_type_ == "PERSON" or t.lower_ in NOT_TITLE_WORDS or t.is_punct
                        for t in owner):
        first -= len(owner)  # "Program | Officer": one title
    state.tokens = tokens[first:]
    return head_k - first


#: Titles whose owner is a place: capitalised words before them name it ("Boca Raton | Mayor").
PLACE_HEADS = frozenset({"mayor"})


def _member_of_congress_after(tokens: list[Token], title: str | None = None) -> bool:
    """The name right after a title is a member of Congress the reference data knows ("Illinois
    Senator | Tammy Duckworth"; not "South Dakota Senator | Reynold Nesiba", a state senator);
    a surname alone where one member of that title bore it ("Sen. | Booker")."""
    doc = tokens[-1].doc
    end = tokens[-1].i + 1
    while end < len(doc) and end - tokens[-1].i <= 5 and (
            doc[end].text[:1].isupper() and not doc[end].is_punct
            or doc[end].text in HYPHENS and not doc[end].whitespace_ and not doc[end - 1].whitespace_):
        end += 1
    name = doc[tokens[-1].i + 1:end].text
    if not name:
        return False
    found = gazetteer.official(name, "US")
    if found is None and title and len(name.split()) == 1:
        found = gazetteer.official_by_surname(name, title)
    return found is not None and "congress" in found.source


def _joining_hyphen(tokens: list[Token], k: int) -> bool:
    """A hyphen written without spaces between a title word and the word before it: "Co | - |
    Chair", "co | - | founder" (a prefix of the title, not a dash before it)."""
    return 0 < k and tokens[k].text in HYPHENS and not tokens[k].whitespace_ \
        and not tokens[k - 1].whitespace_ and tokens[k - 1].is_alpha


HYPHENS = ("-", "‐")


def hyphen_prefix(token: Token) -> list[Token]:
    """The tokens a hyphen joins before a word, which the parser may leave out of its phrase:
    "[Co -] Chair", "[co -] founder"."""
    doc, i = token.doc, token.i
    if i >= 1 and token.text in HYPHENS and not token.whitespace_ \
            and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha:
        i -= 1  # the hyphen itself: "Co | -"
    while i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        i -= 2
    return list(doc[i:token.i])


#: Words that, last before a title's head, say its scope and belong to it, not to the owner
#: before them: "USDA | State Director", "New York | State Senator", "World Bank | Country
#: Director".
TITLE_SCOPES = frozenset({"state", "country"})


#: Chambers whose members are named with their state before the title ("Ohio Senator X").
NATIONAL_LEGISLATURES = frozenset({"United States Senate", "United States House of Representatives"})


#: Two-letter country codes written in running text as the country's own abbreviation.
CODES_IN_TEXT = frozenset({"UK", "US"})


def _bare_code(text: str) -> bool:
    """A two-letter country code other than "UK" or "US": the country codes would read "PA"
    (the Palestinian Authority) as Panama and "LA" (Los Angeles) as Laos."""
    return bool(re.fullmatch(r"[A-Z]{2}", text)) and text not in CODES_IN_TEXT \
        and gazetteer.country_code(text) is not None  # (not "UD", the University of Delaware)


def _names_owner(tokens: list[Token]) -> bool:
    """An owner before a title: a country, a known organisation, an acronym, a name the model
    tags as an organisation or place, or words with an organisation's head."""
    text = bare_name(span_text(tokens[0].doc, tokens))
    if gazetteer.country(text) or gazetteer.organization(text):
        return True
    if any(t.ent_type_ in ("ORG", "GPE", "NORP", "FAC") for t in tokens):
        return True
    return (len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) > 1) \
        or _clearly_org(tokens)


def _apply_lexicon(state: _Parse) -> None:
    """What a known title implies: its organisation ("Secretary of State" -> Department of
    State), its country; a head of government's organisation is the country's government."""
    known = state.known
    paired = PAIRED_TITLES.get(tuple((state.post or "").lower().split()))
    if paired and state.org is None:
        state.org, state.country = paired[0], state.country or paired[1]
    if known:
        if state.org is None and known.org and known.org != "GOVERNMENT" \
                and not _delegate(state.post, known.org):
            state.org, state.implied = known.org, True
        if state.country is None and known.country:
            state.country = known.country
        if state.org is None and known.org == "GOVERNMENT" and state.country:
            state.org = state.country
    if state.org and state.country is None:
        found_org = gazetteer.organization(state.org)
        if found_org and found_org.country:
            state.country = found_org.country
        elif gazetteer.country(state.org):
            state.country = state.org


#: A representative sent to a body or of a country, not a member of a legislature:
#: "Representative of the United States of America to the Organization for Economic
#: Cooperation and Development", "Representative to the International Atomic Energy Agency".
DELEGATE = re.compile(r"\brepresentative\s+(?:to|of\s+the\s+United\s+States)\b", re.I)


def _delegate(post: str | None, org: str) -> bool:
    return org in NATIONAL_LEGISLATURES and bool(DELEGATE.search(post or ""))


def _without_place(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """Take a trailing "in <place>" off a title: "Deputy Chief of Mission | in New Delhi, India"
    (not "U.S. Embassy in Buenos Aires", where the place names the organisation)."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ != "in" or tokens[k + 1].ent_type_ not in ("GPE", "LOC"):
            continue
        if any(t.lower_ in ("embassy", "consulate", "mission", "office") for t in tokens[:k]
               if t.lower_ != "mission" or tokens[k - 1].lower_ != "mission"):
            continue
        place = [t for t in tokens[k + 1:] if t.ent_type_ in ("GPE", "LOC")]
        end = k + 1
        while end < len(tokens) and tokens[end].ent_type_ in ("GPE", "LOC"):
            end += 1
        return tokens[:k], span_text(tokens[0].doc, tokens[k + 1:end]) if place else None
    return tokens, None


def _split_complement(tokens: list[Token], head_k: int) -> tuple[list[Token], list[Token]]:
    for k in range(head_k + 1, len(tokens)):
        word = tokens[k].lower_
        if word == "to":  # "special envoy to the Organization of Islamic Cooperation"
            return tokens, []
        if word in ("of", "at", "for", "with", "in") and k + 1 < len(tokens):
            rest = tokens[k + 1:]
            while rest and rest[0].lower_ == "the":
                rest = rest[1:]
            if word in ("for", "with", "in") and not _clearly_org(rest):
                continue  # "Assistant Secretary for African Affairs": part of the title
            if rest and (_names_org(rest) or word == "of" and rest[0].ent_type_ == "GPE"
                         and tokens[head_k].lower_ in ("mayor", "governor", "president",
                                                       "premier", "king", "queen")):
                field = _field_before_org(rest) if word == "of" else None
                if field:  # "Chief of Police | for the Laurens Police Department"
                    k = tokens.index(rest[field])
                    rest = rest[field + 1:]
                    rest = rest[1:] if rest[0].lower_ == "the" else rest
                # one organisation: "Office of Space Affairs | at the U.S. Department of State",
                # but "U.S. Embassy in Buenos Aires" is one
                place = any(t.lower_ in ("embassy", "consulate", "mission") for t in rest)
                stop = next((j for j, t in enumerate(rest) if j and (
                    t.lower_ in ("at", "from", "with", ",")
                    or t.lower_ == "and" and not _continues_name(rest, j)
                    or t.lower_ == "in" and not place)), len(rest))
                return tokens[:k], rest[:stop]
            if word in ("of", "at"):
                return tokens, []
    return tokens, []


#: The words that tie a title's field to its organisation: "Chief of Police | for | the Laurens
#: Police Department", "Executive Vice President of Global Programs | at | the Obama Foundation".
FIELD_TIES = frozenset({"for", "at"})

#: A field's last word that makes it a field whatever its other words ("Government | Relations",
#: "Board | Operations"), though they head organisations elsewhere.
FIELDS_OF_WORK = frozenset({"relations", "affairs", "operations", "programs", "policy",
                            "communications", "strategy", "development", "engagement"})


def _field_before_org(rest: list[Token]) -> int | None:
    """The index of the tie after a title's own field when the complement of a title's "of" is
    a field of work and then its organisation ("of | Government Relations for PVA", "of | Police
    of the Laurens Police Department"): the field is capitalised words naming no organisation,
    place or title; the organisation follows "for"/"at", or "of the" with an organisation's
    head word (not "District | of | Columbia Court of Appeals", one name)."""
    for j, t in enumerate(rest):
        if t.lower_ in FIELD_TIES or t.lower_ == "of" and j + 1 < len(rest) \
                and rest[j + 1].lower_ == "the":
            field, org = rest[:j], [w for w in rest[j + 1:] if w.lower_ != "the"]
            if not field or not org or not (_clearly_org(org) or _acronym(org)
                                            or gazetteer.organization(span_text(t.doc, org))):
                return None  # (not "member of | Chiefs for Change", one name)
            if any(w.lower_ in ORG_HEADS and field[-1].lower_ not in FIELDS_OF_WORK
                   or w.ent_type_ in ("GPE", "NORP", "PERSON") or is_title_word(w)
                   for w in field) \
                    or gazetteer.organization(span_text(rest[0].doc, field)) \
                    or any(is_title_word(w) for w in org):
                return None
            return j
        if not t.text[:1].isupper() and t.lower_ not in ("and", "&"):
            return None
    return None


def _acronym(tokens: list[Token]) -> bool:
    """One organisation's initials: "PVA" (not a country's: "US", "UK")."""
    return len(tokens) == 1 and bool(re.fullmatch(r"[A-Z]{2,6}", tokens[0].text)) \
        and not gazetteer.country(tokens[0].text)


def _continues_name(tokens: list[Token], k: int) -> bool:
    """"Asset | and | Infrastructure Review Commission": an "and" inside one organisation's
    name, which capitalised words carry on to an organisation's head."""
    rest = tokens[k + 1:]
    words = []
    for t in rest:
        if not t.text[:1].isupper() and t.lower_ not in ("of", "and", "the", "for", "on"):
            break
        words.append(t)
    if words and any(gazetteer.organization(span_text(tokens[0].doc, tokens[:k + 1 + n]))
                     for n in range(1, len(words) + 1)):
        return True  # "Department of Health | and | Human Services": one known organisation
    return bool(words) and words[0].text[:1].isupper() and not is_title_word(words[0]) \
        and any(t.lower_ in ORG_HEADS for t in words)


def _clearly_org(tokens: list[Token]) -> bool:
    """An organisation by its head word or legal form ("Cap Gemini Ernst & Young, LLC")."""
    return any(t.lower_ in ORG_HEADS or t.lower_.rstrip(".") in ("llc", "inc", "ltd", "corp")
               for t in tokens)


def _names_org(tokens: list[Token]) -> bool:
    text = " ".join(t.text for t in tokens)
    if gazetteer.organization(text):
        return True
    if any(t.ent_type_ == "ORG" for t in tokens) and tokens[-1].text[:1].isupper():
        return True
    return any(t.lower_ in ORG_HEADS for t in tokens)


def _owner(text: str) -> tuple[str | None, str | None]:
    """An owner phrase as (organisation, country) mentions: "Mexico" -> (Mexico, Mexico), "the
    State Department's" -> (State Department, US)."""
    text = bare_name(text)
    if gazetteer.country(text):
        return text, text
    org = gazetteer.organization(text)
    if org:
        return text, org.country
    return (text or None), None


def span_text(doc: Doc, tokens: list[Token]) -> str:
    """The text of `tokens` as written, with one space where the tokens are not contiguous."""
    parts = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return " ".join("".join(parts).split())
