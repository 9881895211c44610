"""Organisations: canonical names, aliases, acronyms, country, parent (`organizations.tsv`),
and ministries scoped to their country."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kg.gazetteer.countries import country
from kg.gazetteer.files import ENV_DIR, _rows, _split, cached
from kg.gazetteer.text import _case_ok, bare_name, fold

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
            key = fold(form, bare=True)
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
    surface = bare_name(text)
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
