"""Titles: all title vocabulary in one home. Heads, ranks and status words, and the titles
that imply an organisation (`titles.tsv`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer.countries import country
from kg.gazetteer.files import _rows, _split, cached
from kg.gazetteer.organizations import (
    Org, PORTFOLIOS, _MINISTRY_SUBJECTS, _country_code, _organizations, _user_names,
    ministry, organization)
from kg.gazetteer.text import bare_name, fold

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
    vice-chancellor co-chair treasurer comptroller inspector manager economist vp counsel
    sheriff rep. sen. gov.
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
    rest = bare_name(rest) if rest else rest
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
                     r"(?P<subject>[A-Z][\w &,'-]*?)(?<!\bPrime)\s+minister$", rest, re.I))
    if m and m.re.pattern.endswith("minister$") and re.search(r"\b(?!and\b)[a-z]", m.group("subject")):
        m = None  # "Official Previewing the Visit of | Prime Minister", "National Security
        # Advisor to the Latvian Prime | Minister": a phrase, not a portfolio
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
