"""Resolution is one stage: the extractors hand `kg.resolve` countries and agencies as the
article wrote them ("Republic of Korea", "Japanese", "U.S. Department of Commerce") or, where
only the title lexicon or the reference data implies a country, by its ISO code; the resolver
alone chooses the canonical entity. Passages from State Department and White House releases
outside the development gold (dev600 sample of corpus/govpr)."""
from __future__ import annotations

import pytest

from kg.model import COUNTRY, ORGANIZATION, Entity
from kg.resolve import Resolver


@pytest.mark.parametrize("mention, name, key", [
    (Entity("the U.S.", COUNTRY), "United States", "country/us"),
    (Entity("Republic of Korea", COUNTRY), "South Korea", "country/kr"),
    (Entity("Japanese", COUNTRY), "Japan", "country/jp"),
    (Entity("America", COUNTRY), "United States", "country/us"),
    # a code the title lexicon or the reference data gave: "AU" is Australia, not the AU
    (Entity("AU", COUNTRY, country="AU"), "Australia", "country/au"),
    (Entity("KR", COUNTRY, country="KR"), "South Korea", "country/kr"),
    (Entity("State Department", ORGANIZATION), "Department of State",
     "organization/department-of-state"),
    (Entity("U.S. Department of Commerce", ORGANIZATION), "Department of Commerce",
     "organization/department-of-commerce"),
    (Entity("NSC", ORGANIZATION), "National Security Council",
     "organization/national-security-council"),
    # a government written as its country's adjective ("Mexican President")
    (Entity("Mexican", ORGANIZATION), "Mexico", "country/mx"),
    # one country's ministry, not every country's (seed: "Mexico’s Ministry of Foreign Affairs")
    (Entity("Mexico’s Ministry of Foreign Affairs", ORGANIZATION), "Ministry of Foreign Affairs",
     "organization/mx/ministry-of-foreign-affairs"),
    (Entity("UAE Ministry of Foreign Affairs and International Cooperation", ORGANIZATION),
     "Ministry of Foreign Affairs", "organization/ae/ministry-of-foreign-affairs"),
])
def test_resolve_names_a_mention(mention, name, key):
    resolved = Resolver().entity(mention)
    assert (resolved.name, resolved.key) == (name, key)


@pytest.mark.parametrize("mention, aliases", [
    (Entity("Republic of Korea", COUNTRY), ("Republic of Korea",)),  # as the article wrote it
    (Entity("KR", COUNTRY, country="KR"), ()),  # a code from the reference data is no name
    (Entity("Abu Dhabi", COUNTRY), ()),  # a capital names a city, not the country
])
def test_written_names_become_aliases(mention, aliases):
    assert Resolver().entity(mention).aliases == aliases


def test_a_parent_written_as_the_article_has_it_is_resolved():
    bureau = Resolver().entity(Entity("Bureau of Consular Affairs", ORGANIZATION,
                                      parent="State Department"))
    assert bureau.parent == "organization/department-of-state"


PASSAGES = [
    # (corpus id, passage, person, (org, country) as written, (org, country) resolved)
    ("sd-251551", "Secretary of State Antony J. Blinken met with Republic of Korea Foreign "
     "Minister Chung Eui-yong in Cornwall today.", "Chung Eui-yong",
     ("Ministry of Foreign Affairs", "Republic of Korea"),
     ("Ministry of Foreign Affairs", "South Korea")),
    ("sd-260683", "Deputy Secretary of State Wendy R. Sherman met with Japanese Vice Foreign "
     "Minister Mori Takeo today in Tokyo.", "Mori Takeo",
     ("Ministry of Foreign Affairs", "Japanese"), ("Ministry of Foreign Affairs", "Japan")),
    ("sd-331162", "U.S. Department of Commerce Under Secretary Marisa Lago will visit Ankara "
     "April 5-6 to advance the economic and trade cooperation goals of the Strategic "
     "Mechanism.", "Marisa Lago",
     ("U.S. Department of Commerce", "US"), ("Department of Commerce", "United States")),
    ("sd-362588", "She will lead a delegation that will include U.S. Ambassador to Australia "
     "Caroline Kennedy.", "Caroline Kennedy",
     ("Department of State", "U.S."), ("Department of State", "United States")),
    ("sd-357862", "Building on the President’s June 29 trilateral meeting with President Yoon "
     "Suk Yeol of the Republic of Korea and Prime Minister Fumio Kishida of Japan, Secretary "
     "Blinken and the Foreign Ministers discussed efforts to enhance trilateral cooperation.",
     "Yoon Suk Yeol", ("Republic of Korea", "Republic of Korea"), ("South Korea", "South Korea")),
]


@pytest.mark.parametrize("item, text, person, written, resolved", PASSAGES,
                         ids=[p[0] for p in PASSAGES])
def test_extractors_pass_mentions_resolve_names_them(nlp, item, text, person, written,
                                                     resolved):
    from kg.extract import extract

    raw = [f for f in extract(nlp(text), doc_id=item, only=["holds_post"])
           if f.person.name == person]
    assert raw, f"no post of {person}"

    def names(fact):
        return (fact.org.name if fact.org else None,
                fact.country.name if fact.country else None)

    assert names(raw[0]) == written
    assert names(Resolver().article(raw)[0]) == resolved


def test_agreement_parties_reach_resolve_as_codes(nlp, facts_of):
    # sd-340209: the extractor knows which countries sign; resolve names them
    text = ("The United States of America and the Republic of Armenia Sign a Memorandum of "
            "Understanding Concerning Strategic Civil Nuclear Cooperation\n\nOffice of the "
            "Spokesperson\n\nToday, the United States and Armenia signed a Memorandum of "
            "Understanding Concerning Strategic Civil Nuclear Cooperation (NCMOU).")
    from kg.extract.agreements import agreements
    raw = list(agreements(nlp(text), doc_id="sd-340209"))
    assert raw and all(p.name in ("US", "AM") for f in raw for p in f.parties)
    resolved = [f for f in facts_of(text, "agreement")]
    assert {p.name for f in resolved for p in f.parties} == {"United States", "Armenia"}
