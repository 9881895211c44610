"""Lookups the extractors and the resolver share: countries, organisations, titles, officials.

One module per kind of vocabulary (`text`, `files`, `countries`, `organizations`, `titles`,
`agreements`, `officials`, `us_offices`), re-exported here. Pure Python over the TSV files in `kg/data/`
(see its README for sources and dates), loaded lazily once. The data is dated and incomplete, so a user may extend or override it: set
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

from kg.gazetteer.text import (  # noqa: F401
    fold)
from kg.gazetteer.files import (  # noqa: F401
    ENV_DIR, data_rows, cached, clear_cache)
from kg.gazetteer.countries import (  # noqa: F401
    Country, CountryMatch, lookup_country, country, country_by_code, country_code, is_demonym,
    is_capital, governed_country, us_state)
from kg.gazetteer.organizations import (  # noqa: F401
    Org, organization_aliases, PORTFOLIOS, ministry, organization)
from kg.gazetteer.titles import (  # noqa: F401
    GOVERNMENT, TITLE_HEADS, STATUS_MODIFIERS, TitleInfo, vocabulary, split_status,
    is_title_word, title)
from kg.gazetteer.agreements import (  # noqa: F401
    agreement, agreement_names)
from kg.gazetteer.given_names import first_names  # noqa: F401
from kg.gazetteer.officials import (  # noqa: F401
    OfficialInfo, _name_keys, officials, _by_surname, official_by_surname, LEADER_TITLES,
    official_surname, official, title_covered)
from kg.gazetteer.us_offices import (  # noqa: F401
    Term, us_terms, Officer, us_officer, org_head, org_holders)

__all__ = [
    'fold', 'ENV_DIR', 'data_rows', 'cached', 'clear_cache', 'Country', 'CountryMatch',
    'lookup_country', 'title_covered', 'country', 'governed_country', 'first_names', 'country_by_code', 'country_code', 'is_demonym', 'is_capital', 'us_state', 'Org',
    'organization_aliases', 'PORTFOLIOS', 'ministry', 'organization', 'GOVERNMENT',
    'TITLE_HEADS', 'STATUS_MODIFIERS', 'TitleInfo', 'vocabulary', 'split_status',
    'is_title_word', 'title', 'agreement', 'agreement_names', 'OfficialInfo', 'officials',
    'official_by_surname', 'LEADER_TITLES', 'official_surname', 'official', 'Term', 'us_terms', 'Officer', 'us_officer',
    'org_head', 'org_holders',
]
