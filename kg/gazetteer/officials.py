"""Officials of the reference data (`officials.tsv`): names, posts, countries, Wikidata ids."""
from __future__ import annotations

from dataclasses import dataclass

from kg.gazetteer.countries import country
from kg.gazetteer.files import _rows, _split, cached
from kg.gazetteer.text import fold
from kg.names import SUFFIXES, name_key
from kg.gazetteer.titles import title

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


#: Words of a name its index leaves out: generational suffixes, honorifics, ranks.
_NOT_NAME_WORDS = {s.rstrip(".") for s in SUFFIXES} | {
    "dr", "mr", "mrs", "ms", "sir", "sheikh", "gen", "judge"}


def _name_keys(name: str) -> tuple[str, list[str]]:
    """A name's exact key (`name_key`) and its loose keys: the words sorted ("Hayashi
    Yoshimasa" = "Yoshimasa Hayashi"), and first+last ("Antony J. Blinken" = "Antony Blinken");
    not both at once ("Sung Kim" is not "Kim Il Sung")."""
    key = name_key(name)
    tokens = [t for t in key.split() if t not in _NOT_NAME_WORDS]
    loose = ["words: " + " ".join(sorted(tokens))]
    if len(tokens) >= 2:
        loose.append(f"ends: {tokens[0]} {tokens[-1]}")
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


@cached
def _titles_held() -> dict[str, frozenset[str]]:
    by_country: dict[str, set[str]] = {}
    for person in _officials().people:
        by_country.setdefault(person.country or "", set()).update(fold(t) for t in person.titles)
    return {code: frozenset(titles) for code, titles in by_country.items()}


def title_covered(title: str, country: str) -> bool:
    """Whether the reference data knows holders of `title` in `country` ("Vice President" in
    the US): then a name it does not know under that title is not its holder."""
    return fold(title) in _titles_held().get(country, frozenset())


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
            if person.country in SURNAME_FIRST and len(tokens) > 1:
                index.setdefault(tokens[0], []).append(i)  # "President Moon": Moon Jae-in
    return index


#: Countries whose names the news writes surname first ("Moon Jae-in", "Xi Jinping", "Lee
#: Hsien Loong"), so that a surname alone finds them: "President Moon" is Moon Jae-in, "Prime
#: Minister Lee" one of two (South Korea's or Singapore's), so none.
SURNAME_FIRST = frozenset({"CN", "KR", "KP", "TW", "VN", "KH", "SG"})


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
        their_key, _ = _name_keys(person.name)
        if their_key.split()[-len(tokens):] != tokens and not (
                person.country in SURNAME_FIRST and their_key.split()[:len(tokens)] == tokens):
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

