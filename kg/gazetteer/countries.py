"""Countries: ISO codes, names, demonyms and capitals (pycountry plus `countries.tsv`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer.files import _rows, _split, cached
from kg.gazetteer.text import _case_ok, bare_name, fold

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
        key = fold(form, bare=True)
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
    surface = bare_name(text)
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


GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:governments?|people)\s+of\s+(?:the\s+)?(.+)$|"
                           r"^(?:the\s+)?(.+?)\s+government$", re.I)


def governed_country(text: str) -> Country | None:
    """The country a government is named by: "the Government of Costa Rica", "the Ghanaian
    Government", "the Government of the Republic of Korea" (by name or demonym, not capital).

    >>> governed_country("the Government of Costa Rica").name, governed_country("Government")
    ('Costa Rica', None)
    """
    match = GOVERNMENT_OF.match(text.strip())
    if match is None:
        return None
    return country(match.group(1) or match.group(2), capitals=False)


def country_by_code(alpha2: str) -> Country | None:
    """The country with ISO 3166 alpha-2 code `alpha2` ("XK" for Kosovo)."""
    return _countries().by_code.get(alpha2.upper())


def country_code(ref: str | None) -> str | None:
    """The alpha-2 code of the country `ref` stands for: a name, alias, demonym or capital as
    an article wrote it, or an alpha-2 code as the reference data gives it. For extractors
    that compare countries; `kg.resolve` chooses the name that goes in the graph.

    >>> country_code("the U.S."), country_code("Mexican"), country_code("AU"), country_code("Au")
    ('US', 'MX', 'AU', None)
    """
    if not ref:
        return None
    found = country(ref)
    if found is None and re.fullmatch(r"[A-Z]{2}", ref):
        found = country_by_code(ref)
    return found.alpha2 if found else None


def is_demonym(text: str) -> bool:
    """Whether `text` is a nationality word ("French", "Israelis")."""
    match = lookup_country(text)
    return match is not None and match.via == "demonym"


def is_capital(text: str) -> bool:
    """Whether `text` is a capital or seat of government ("Washington", "Beijing")."""
    match = lookup_country(text)
    return match is not None and match.via == "capital"


@cached
def _us_states() -> dict[str, str]:
    return {fold(name): code for name, code in _rows("us_states.tsv", 2)}


def us_state(text: str) -> str | None:
    """The USPS code of a US state or territory written in full ("Illinois", "New Mexico"),
    else None; a name must start with a capital.

    >>> us_state("South Dakota"), us_state("illinois"), us_state("Paris")
    ('SD', None, None)
    """
    if not text[:1].isupper():
        return None
    return _us_states().get(fold(text))
