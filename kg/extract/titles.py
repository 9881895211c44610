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

#: Words that can sit inside a title phrase between capitalised words.
CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the", "to", "-", "at", "in"})
#: Modifiers that make a title without being its head ("Deputy Assistant Secretary").
TITLE_MODIFIERS = frozenset({
    "deputy", "assistant", "principal", "senior", "executive", "vice", "under", "chief",
    "general", "special", "associate", "first", "second", "policy", "press", "managing",
    "permanent", "lead", "adjunct", "regional", "acting", "interim", "co", "foreign", "prime",
    "attorney", "solicitor", "surgeon", "national", "security", "homeland", "career", "high",
    "supreme", "defense", "defence", "finance", "trade", "interior", "chargé", "charge",
    "extraordinary", "plenipotentiary", "economic", "political", "legal", "military",
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
    "federation", "llc", "ltd", "network", "coalition", "society", "branch",
})


#: "(Principal) (Deputy) Assistant Secretary (of State) for X": the post heads or serves in the
#: State Department's Bureau of X.
STATE_BUREAU = re.compile(r"^(?:Acting\s+)?(?:Principal\s+)?(?:Deputy\s+)?Assistant\s+Secretary"
                          r"(?:\s+of\s+State)?\s+(?:for|on)\s+(?:the\s+)?(.+)$", re.I)


@dataclass(frozen=True)
class Title:
    """A parsed title phrase: the post as stated, and what it says of organisation and country."""

    post: str | None
    org: str | None
    country: str | None
    status: str
    start: int  # character offsets of the whole phrase in the article
    end: int
    implied: bool = False  # the organisation is only the title lexicon's default
    parent: str | None = None  # the organisation `org` is part of ("Department of State")


def is_title_head(token: Token) -> bool:
    return token.lower_ in gazetteer.TITLE_HEADS


def is_title_word(token: Token) -> bool:
    lower = token.lower_
    return lower in gazetteer.TITLE_HEADS or lower in TITLE_MODIFIERS \
        or lower in gazetteer.STATUS_MODIFIERS


def parse_title(doc: Doc, tokens: list[Token]) -> Title | None:
    """Split a title phrase into status, country, organisation and post."""
    tokens = list(tokens)
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].lower_ in ("a", "an")
                      or tokens[0].is_punct or tokens[0].ent_type_ == "ORDINAL"
                      or re.fullmatch(r"\d+(st|nd|rd|th)", tokens[0].lower_)):
        tokens.pop(0)  # "the 22nd Director of ..."
    while tokens and (tokens[-1].lower_ in CONNECTORS or tokens[-1].is_punct):
        tokens.pop()
    if not tokens or not any(is_title_head(t) or t.lower_ == "nominee" for t in tokens):
        return None
    start_char, end_char = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    status = "current"
    kept = []
    for t in tokens:
        mapped = gazetteer.STATUS_MODIFIERS.get(t.lower_) or (
            "acting" if t.lower_ in ("a.i.", "a.i") else None)  # chargé d'affaires ad interim
        if mapped and not (t.lower_ == "former" and kept and kept[-1].lower_ == "a"):
            status = mapped
            continue
        kept.append(t)
    # "-elect": drop the hyphen that joined it
    kept = [t for k, t in enumerate(kept)
            if not (t.text in ("-", "–") and (k == len(kept) - 1 or not is_title_word(kept[k + 1])
                                              and kept[k + 1].text[:1].islower()))]
    tokens = kept
    if status == "nominee":  # "Nominee for X": the post is X
        while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].is_punct):
            tokens = tokens[1:]
    if tokens and tokens[0].lower_ == "nominee":
        status = "nominee"
        tokens = tokens[2:] if len(tokens) > 2 and tokens[1].lower_ in ("for", "to") else tokens[1:]
    org = country = None
    # a possessive ends the organisation or country part: "the State Department's", "Panama's"
    for k, t in enumerate(tokens):
        if t.lower_ in ("of", "for"):
            break  # "Director of the Secretary's Staff": the possessive is inside the title
        if t.text in ("’s", "'s") and k > 0:
            owner = span_text(doc, tokens[:k])
            if not is_title_head(tokens[k - 1]):  # "the President's nominee": no organisation
                org, country = _owner(owner)
            tokens = tokens[k + 1:]
            break
    # a leading country or demonym: "U.S.", "Mexican", "Mexico"
    for k in range(min(len(tokens), 4), 0, -1):
        if is_title_head(tokens[k - 1]):
            continue
        found = gazetteer.country(span_text(doc, tokens[:k]))
        if found and k < len(tokens) and not is_title_word(tokens[k]):
            break  # "American Immigration Council ...": the country word names an organisation
        if found:
            country = country or found.name
            tokens = tokens[k:]
            break
    if not tokens:
        return None
    tokens, place = _without_place(tokens)
    # a trailing country: "Secretary of State | of the United States of America"
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].lower_ == "of":
            rest = [t for t in tokens[k + 1:] if t.lower_ != "the"]
            found = gazetteer.country(span_text(doc, rest)) if rest else None
            if found is not None and gazetteer.title(span_text(doc, tokens[:k])) is not None:
                country = country or found.name
                tokens = tokens[:k]
                break
    whole = gazetteer.title(span_text(doc, tokens))
    for k in range(1, len(tokens)):
        named = gazetteer.organization(span_text(doc, tokens[:k]))
        rest = gazetteer.title(span_text(doc, tokens[k:])) if named is not None else None
        # "NATO | Secretary General", but "Treasury Secretary" is one title
        if rest is not None and not is_title_word(tokens[k - 1]) \
                and (whole is None or whole.title == rest.title):
            org = org or named.name
            country = country or country_name(named.country)
            tokens = tokens[k:]
            break
    text = span_text(doc, tokens)
    known = gazetteer.title(text, country_hint=country)
    post = text
    if place and known and known.org == "Department of State" and org is None:
        org = f"U.S. Embassy in {place}"  # a US diplomat posted "in New Delhi"
    if not known:
        # a known title and its place: "Deputy Chief of Mission | at the U.S. Embassy in ..."
        for k in range(len(tokens) - 2, 0, -1):
            rest = tokens[k:]
            if rest[0].lower_ not in ("at", "of", "in", "with", "for") or not _names_org(rest[1:]):
                continue
            prefix = gazetteer.title(span_text(doc, tokens[:k]), country_hint=country)
            if prefix is not None:
                known, post = prefix, span_text(doc, tokens[:k])
                org = org or span_text(doc, [t for t in rest[1:] if t.lower_ != "the"][:12])
                break
    if not known:
        head_k = next((k for k, t in enumerate(tokens) if is_title_head(t)), None)
        if head_k is None:
            return None
        first = head_k
        while first > 0 and (is_title_word(tokens[first - 1]) or (
                tokens[first - 1].text[:1].islower() and tokens[first - 1].lower_ not in CONNECTORS)):
            first -= 1
        if first > 0:  # "American Immigration Council Policy Director"
            owner = span_text(doc, tokens[:first])
            org_found, country_found = _owner(owner)
            if tokens[first - 1].lower_ in CONNECTORS:  # "Readout of | Vice President"
                org_found = country_found = None
            org = org or org_found
            country = country or country_found
            tokens = tokens[first:]
            head_k -= first
        # "Director of the Office of Space Affairs", "President of CNES": the complement is the
        # organisation unless the whole is a title we know
        post_tokens, org_tokens = _split_complement(tokens, head_k)
        if org_tokens:
            org = org or span_text(doc, org_tokens)
        post = span_text(doc, post_tokens)
        known = gazetteer.title(post, country_hint=country)
    implied = False
    if known:
        if org is None and known.org and known.org != "GOVERNMENT":
            org, implied = known.org, True
        if country is None and known.country:
            country = country_name(known.country)
        if org is None and known.org == "GOVERNMENT" and country:
            org = country
    if org and country is None:
        found_org = gazetteer.organization(org)
        if found_org and found_org.country:
            country = country_name(found_org.country)
        elif gazetteer.country(org):
            country = gazetteer.country(org).name
    post = (post or "").strip("-–—:;, ") or None  # "-Secretary of State" in some feeds
    parent = None
    bureau = STATE_BUREAU.match(post or "")
    if bureau and org and getattr(gazetteer.organization(org), "name", None) == "Department of State":
        # the State Department's (Deputy) Assistant Secretaries for X serve in its Bureau of X
        org, parent, implied = f"Bureau of {bureau.group(1)}", "Department of State", False
    return Title(post=post, org=org, country=country, status=status,
                 start=start_char, end=end_char, implied=implied, parent=parent)


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
                # one organisation: "Office of Space Affairs | at the U.S. Department of State",
                # but "U.S. Embassy in Buenos Aires" is one
                place = any(t.lower_ in ("embassy", "consulate", "mission") for t in rest)
                stop = next((j for j, t in enumerate(rest) if j and (
                    t.lower_ in ("at", "from", "with", "and", ",")
                    or t.lower_ == "in" and not place)), len(rest))
                return tokens[:k], rest[:stop]
            if word in ("of", "at"):
                return tokens, []
    return tokens, []


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


def bare_name(text: str) -> str:
    """A name as an entity's: without a leading article or a trailing possessive, on one line
    ("the State Department’s" -> "State Department")."""
    text = re.sub(r"^(?:the|The)\s+", "", " ".join(text.split()))
    return re.sub(r"[’']s$", "", text)


def _owner(text: str) -> tuple[str | None, str | None]:
    """An owner phrase as (organisation, country): "Mexico" -> (Mexico, Mexico)."""
    text = bare_name(text)
    found = gazetteer.country(text)
    if found:
        return found.name, found.name
    org = gazetteer.organization(text)
    if org:
        return text, country_name(org.country) if org.country else None
    return (text or None), None


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    found = gazetteer.country(code)
    return found.name if found else code


def span_text(doc: Doc, tokens: list[Token]) -> str:
    """The text of `tokens` as written, with one space where the tokens are not contiguous."""
    parts = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return " ".join("".join(parts).split())
