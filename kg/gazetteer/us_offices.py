"""US offices dated: the terms of every US president and vice president (`us_terms.tsv`), the
heads and deputy heads of the executive departments since 2021 and the Justices of the Supreme
Court (`us_officers.tsv`), so that a title and a surname in an article of a given date name an
office held then ("President Truman" in 2022 is a former holder, "Secretary Austin" in 2022
heads the Department of Defense); and the Secretaries-General of international organisations
(`org_heads.tsv`: "Secretary General Stoltenberg" is NATO's, not the United Nations')."""
from __future__ import annotations

from dataclasses import dataclass

from kg.gazetteer.files import _rows, cached
from kg.gazetteer.officials import _NOT_NAME_WORDS
from kg.gazetteer.text import fold
from kg.names import name_key


@dataclass(frozen=True)
class Term:
    """One term of a US president or vice president (`us_terms.tsv`): ISO dates, end excluded."""

    name: str
    title: str
    start: str
    end: str


@cached
def _us_terms() -> dict[str, list[Term]]:
    by_surname: dict[str, list[Term]] = {}
    for name, surname, office, start, end in _rows("us_terms.tsv", 5):
        by_surname.setdefault(name_key(surname), []).append(Term(name, office, start, end))
    return by_surname


def us_terms(name: str, office: str) -> list[Term]:
    """The terms in which a US president or vice president of this name ("Truman", "Barack
    Obama", "George W. Bush") held `office` ("President", "Vice President"); by the surname,
    and by the first name too where one is given. Empty when no holder of the office bore it."""
    words = [w for w in name_key(name).split() if w not in _NOT_NAME_WORDS]
    if not words:
        return []
    terms = [t for t in _us_terms().get(words[-1], []) if fold(t.title) == fold(office)]
    if len(words) > 1:
        first = [t for t in terms if name_key(t.name).split()[0] == words[0]]
        terms = first or terms  # "Teddy Roosevelt": no first name of the data, still a Roosevelt
    return terms


@dataclass(frozen=True)
class Officer:
    """A head or deputy head of a US executive department, or a Justice (`us_officers.tsv`)."""

    name: str
    office: str
    department: str
    start: str
    end: str  # "" while in office


@cached
def _us_officers() -> dict[str, list[Officer]]:
    by_surname: dict[str, list[Officer]] = {}
    for name, office, department, start, end in _rows("us_officers.tsv", 5):
        words = [w for w in name_key(name).split() if w not in _NOT_NAME_WORDS]
        if words:
            by_surname.setdefault(words[-1], []).append(
                Officer(name, office, department, start, end))
    return by_surname


def _in_office(officer: Officer, date: str | None) -> bool:
    """Whether the officer held the office at `date` (ever, when None)."""
    return date is None or officer.start <= date and (not officer.end or date < officer.end)


def us_officer(name: str, rank: str, date: str | None = None) -> Officer | None:
    """The one department head (rank "Secretary"), deputy ("Deputy Secretary") or Justice
    ("Justice", "Chief Justice") of this name ("Austin", "Lloyd Austin") in office at `date` (any
    date when None); None when none or several."""
    words = [w for w in name_key(name).split() if w not in _NOT_NAME_WORDS]
    if not words:
        return None
    wanted = fold(rank)
    found = [p for p in _us_officers().get(words[-1], [])
             if fold(p.office).startswith(wanted + " ")  # "secretary of ...", "deputy secretary of ..."
             and (len(words) == 1 or name_key(p.name).split()[0] == words[0])
             and _in_office(p, date)]
    return found[0] if len({p.name for p in found}) == 1 else None


@cached
def _org_heads() -> list[Officer]:
    """The Secretaries-General of international organisations (`org_heads.tsv`); `department`
    is the organisation."""
    return [Officer(name, office, org, start, end)
            for name, office, org, start, end in _rows("org_heads.tsv", 5)]


def org_head(name: str, office: str, date: str | None = None) -> Officer | None:
    """The one head of an international organisation (`office` "Secretary-General") of this
    name ("Stoltenberg", "Jens Stoltenberg", "Ban") in office at `date` (any date when None);
    every word of the name is one of the holder's ("Ban Ki-moon" is found by "Ban")."""
    words = {w for w in name_key(name).split() if w not in _NOT_NAME_WORDS}
    if not words:
        return None
    found = [p for p in _org_heads() if fold(p.office) == fold(office) and _in_office(p, date)
             and words <= set(name_key(p.name).split())]
    return found[0] if len({p.name for p in found}) == 1 else None


def org_holders(org: str, office: str, date: str | None = None) -> list[Officer]:
    """Who held `office` of the organisation `org` (its canonical name) at `date` (ever, when
    None)."""
    return [p for p in _org_heads() if fold(p.office) == fold(office) and p.department == org
            and _in_office(p, date)]
