"""kg.resolve: one entity per real thing, on names and passages from real State Department and
White House releases (corpus/govpr items outside the development set)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import COUNTRY, ORGANIZATION, PERSON, Entity, HoldsPost, Meeting, Statement
from kg.resolve import Resolver, country_entity, organization_entity


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


@pytest.mark.parametrize("name, key", [
    ("U.S.", "country/us"),  # "the U.S. and Albania signed an MOU"
    ("Washington", "country/us"),
    ("United States of America", "country/us"),
    ("America", "country/us"),
    ("Republic of Korea", "country/kr"),  # "Republic of Korea Foreign Minister Park Jin"
    ("ROK", "country/kr"),
    ("Kingdom of Saudi Arabia", "country/sa"),
    ("People’s Republic of China", "country/cn"),
    ("PRC", "country/cn"),
    ("Burma", "country/mm"),
    ("Republic of the Philippines", "country/ph"),
    ("Kingdom of Bahrain", "country/bh"),
])
def test_country_names(name, key):
    assert country_entity(Entity(name, COUNTRY)).key == key


@pytest.mark.parametrize("names", [
    ("State Department", "Department of State", "U.S. Department of State"),
    ("NASA", "National Aeronautics and Space Administration"),
    ("NATO", "North Atlantic Treaty Organization"),
])
def test_agency_aliases_are_one_organisation(names):
    keys = {organization_entity(Entity(name, ORGANIZATION)).key for name in names}
    assert len(keys) == 1, keys


PASSAGES = [
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens "
        "Stoltenberg. Secretary Blinken and Secretary General Stoltenberg discussed next month’s "
        "NATO Summit.",
        "holds_post", {"Antony J. Blinken", "Jens Stoltenberg"}, id="surnames-to-full-names"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with UN Special Envoy for Yemen Hans "
        "Grundberg. Secretary Blinken stressed the urgent need for de-escalation and for all "
        "parties to abide by their obligations under international humanitarian law.",
        "statement", {"Antony J. Blinken"}, id="statement-speaker-surname"),
    pytest.param(  # sd-335512, judged in the sixth blind check (partly: 'Cortizo' alone)
        "Secretary Blinken’s Meeting with Panamanian President Cortizo and Foreign Minister "
        "Mouynes\n\nSecretary of State Antony J. Blinken met today with Panamanian President "
        "Laurentino Cortizo Cohen and Foreign Minister Erika Mouynes in Panama City.",
        "meeting", {"Laurentino Cortizo Cohen", "Erika Mouynes"}, id="first-of-two-surnames"),
]


def test_a_leaders_surname_is_not_anothers_middle_name(facts_of):
    # sd-361128: the President is not his sister, whose middle name is Biden
    facts = facts_of(
        "Valerie Biden Owens welcomed the ambassadors. Whether traveling the same railroad tracks "
        "President Biden took up and back every day on the Amtrak train as a Senator, ambassadors "
        "will witness a state committed to solving our toughest problems.", "holds_post")
    assert "Valerie Biden Owens" not in {f.person.name for f in facts}
    assert "Biden" in {f.person.name for f in facts}


def _people(fact) -> set[str]:
    if isinstance(fact, Meeting):
        return {p.name for p in fact.participants}
    if isinstance(fact, Statement):
        return {fact.speaker.name} if fact.speaker.kind == PERSON else set()
    if isinstance(fact, HoldsPost):
        return {fact.person.name}
    return set()


@pytest.mark.parametrize("text, relation, must_include", PASSAGES)
def test_surnames_resolve_to_the_full_name_in_the_article(facts_of, text, relation, must_include):
    facts = facts_of(text, relation)
    people = set().union(*map(_people, facts)) if facts else set()
    assert must_include <= people, people
    surnames = {n for n in people if len(n.split()) == 1}
    assert not surnames, f"surname left alone: {surnames}"


@pytest.mark.parametrize("text, person, wikidata", [
    ("Secretary of State Antony J. Blinken met with Indian Prime Minister Narendra Modi in New "
     "Delhi today.", "Narendra Modi", "Q1058"),
    ("Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol "
     "Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the "
     "region.", "Nikol Pashinyan", "Q7035479"),
    ("Participants in the call included Prime Minister Justin Trudeau of Canada, President "
     "Emmanuel Macron of France, Chancellor Olaf Scholz of Germany.", "Olaf Scholz", "Q61053"),
    pytest.param(
        "Secretary of State Antony J. Blinken met with Indian Prime Minister Narendra Modi in New "
        "Delhi today.", "Antony J. Blinken", "Q7182084", id="us-secretary-of-state",
        marks=xfail("the reference data links foreign leaders, not the US Secretary of State")),
])
def test_leaders_link_to_wikidata(facts_of, text, person, wikidata):
    found = {f.person.name: f.person.wikidata for f in facts_of(text, "holds_post")}
    assert found.get(person) == wikidata, found


def test_posts_in_us_agencies_resolve_to_one_organisation(facts_of):
    text = ("Deputy Secretary of State Wendy Sherman met with Canadian Deputy Foreign Minister "
            "Marta Morgan in Washington, D.C.")
    orgs = {f.person.name: f.org for f in facts_of(text, "holds_post")}
    assert orgs["Wendy Sherman"].key == "organization/department-of-state"
    assert orgs["Wendy Sherman"].wikidata == "Q789915"


def test_a_foreign_ministry_is_scoped_to_its_country(facts_of):
    text = ("Secretary of State Antony J. Blinken spoke today with Israeli Defense Minister Benny "
            "Gantz to discuss a range of shared security challenges.")
    gantz = next(f for f in facts_of(text, "holds_post") if f.person.name == "Benny Gantz")
    assert gantz.org.key == "organization/il/ministry-of-defense"


def test_a_surname_in_a_later_article_joins_the_one_person_seen_before(nlp):
    from kg.extract import extract

    resolver = Resolver()
    first = resolver.article(extract(nlp(
        "Secretary of State Antony J. Blinken met with Jamaican Prime Minister Andrew Holness "
        "Friday in Washington, D.C."), doc_id="a", only=["holds_post"]))
    resolver.remember(first)  # as storing it would
    second = resolver.article(extract(nlp(
        "Secretary Blinken underscored the importance of supporting Ukraine against Russia’s "
        "premeditated and unprovoked invasion."), doc_id="b", only=["statement"]))
    blinken = next(f.person for f in first if f.person.name == "Antony J. Blinken")
    keys = {f.speaker.key for f in second if f.speaker.name.endswith("Blinken")}
    assert keys == {blinken.key}


@pytest.mark.parametrize("name, kind, key, label", [
    ("YE", "country", "country/ye", "Yemen"),  # extractors may name a country by its code
    ("YE", "organization", "country/ye", "Yemen"),  # never an organisation labelled "YE"
    ("TN", "organization", "country/tn", "Tunisia"),
])
def test_country_codes_resolve_to_countries(name, kind, key, label):
    entity = Resolver().entity(Entity(name, kind))
    assert (entity.key, entity.name, entity.kind) == (key, label, "country")


def test_known_organisations_carry_their_aliases():
    state = Resolver().entity(Entity("the State Department", "organization"))
    assert state.name == "Department of State"
    assert {"State Department", "DOS"} <= set(state.aliases)


def test_mentions_keep_people_countries_and_known_organisations():
    resolver = Resolver()
    resolver.article([])
    named = [Entity("Mike Pompeo", "person"), Entity("Pompeo", "person"),
             Entity("Nobody", "person"), Entity("Ukrainian", "country"),
             Entity("the United States", "country"), Entity("Kyiv", "country"),
             Entity("Texas", "country"), Entity("State Department", "organization"),
             Entity("Acme Widgets", "organization"), Entity("Yemen", "organization")]
    assert [e.key for e in resolver.mentions(named)] == [
        "person/mike-pompeo", "country/ua", "country/us", "organization/department-of-state",
        "country/ye"]


IDENTITY = Path(__file__).parent / "fixtures" / "identity"
FULL, SURNAME = IDENTITY / "sd-347769.txt", IDENTITY / "sd-257533.txt"  # corpus readouts


def _stored_quads(store) -> set[str]:
    return set(store.export("nquads").decode().splitlines())


def _stored_people(store) -> set[str]:
    return {str(row["p"]) for row in store.query("SELECT DISTINCT ?p WHERE { ?p a foaf:Person }")}


def test_cross_article_identity_comes_from_the_store_not_from_one_command(nlp, tmp_path):
    """"Secretary Blinken" in one readout joins "Antony J. Blinken" of another whether both
    are built in one command or one after the other; alone, it keeps its own name."""
    from kg import pipeline
    from kg.store import open_store

    with open_store(tmp_path / "one") as one:
        pipeline.build([FULL, SURNAME], one)
        together = _stored_quads(one)
    with open_store(tmp_path / "two") as two:
        pipeline.build([FULL], two)
    with open_store(tmp_path / "two") as two:  # a second command, a new process's memory
        pipeline.build([SURNAME], two)
        apart = _stored_quads(two)
    assert together == apart
    full = "https://w3id.org/policy-kg/id/person/antony-blinken"
    assert any(f"<{full}>" in q and "article/sd-257533" in q for q in together)
    with open_store(tmp_path / "alone") as alone:
        pipeline.build([SURNAME], alone)
        assert "https://w3id.org/policy-kg/id/person/blinken" in _stored_people(alone)
        assert full not in _stored_people(alone)


def test_rebuilding_an_article_does_not_join_its_own_former_names(nlp, tmp_path):
    """An article's earlier version in the store is no evidence for its new version."""
    from kg import pipeline
    from kg.store import open_store

    edited = tmp_path / "src" / "sd-257533.txt"
    edited.parent.mkdir()
    edited.write_text(FULL.read_text().replace("Secretary of State Antony J. Blinken met",
                                               "Secretary of State Antony J. Blinken met"))
    with open_store(tmp_path / "s") as store:
        pipeline.build([edited], store)  # this version names Antony J. Blinken
        edited.write_text(SURNAME.read_text())  # the new one only "Secretary Blinken"
        pipeline.build([edited], store)
        rebuilt = _stored_quads(store)
    with open_store(tmp_path / "fresh") as store:
        pipeline.build([edited], store)
        fresh = _stored_quads(store)
    # the article's own graph (descriptions are the store's business: tests/test_store.py)
    assert {q for q in rebuilt if "graph/descriptions" not in q} == {
        q for q in fresh if "graph/descriptions" not in q}
    assert any("person/blinken>" in q for q in fresh)


def _signing(doc: str, agreement: str) -> "AgreementAction":
    from kg.model import AGREEMENT, AgreementAction, Evidence
    return AgreementAction(parties=(Entity("United States", COUNTRY),), action="sign",
                           agreement=Entity(agreement, AGREEMENT),
                           evidence=Evidence(doc, "", 0, 0, "test", 0.8))


def test_a_generic_instrument_is_its_articles_own_but_a_named_one_is_shared():
    # "The United States has signed a Memorandum of Understanding with the Republic of Palau"
    # (sd-*) and "the U.S. and Albania signed an MOU" are two instruments; the Paris Agreement
    # of two articles is one
    resolver = Resolver()
    keys = {}
    for doc in ("sd-1", "sd-2"):
        for name in ("Memorandum of Understanding", "MOU on secure digital networks",
                     "Paris Agreement"):
            [fact] = resolver.article([_signing(doc, name)], article_id=doc)
            keys[doc, name] = fact.agreement.key
    assert keys["sd-1", "Memorandum of Understanding"] != keys["sd-2", "Memorandum of Understanding"]
    assert keys["sd-1", "MOU on secure digital networks"] != \
        keys["sd-2", "MOU on secure digital networks"]
    assert keys["sd-1", "Paris Agreement"] == keys["sd-2", "Paris Agreement"] == \
        "agreement/paris-agreement"


def test_a_surname_that_is_a_given_name_joins_only_its_own_article(nlp):
    """round 12 (wh-56902 then wh-21823): "Rick Scott" of one article is not "Mayor Scott" of
    the next; "Scott" is also a given name, so only a full name of the same article joins it."""
    from kg.extract import extract

    resolver = Resolver()
    first = resolver.article(extract(nlp(
        "Well, they have a guy who is the — Rick Scott from Florida, who heads up the Republican "
        "Campaign Committee. But Rick Scott is not alone."), doc_id="a", only=["statement"]),
        article_id="a")
    resolver.remember(first, article_id="a", mentions=[Entity("Rick Scott", PERSON)])
    second = resolver.article(extract(nlp(
        "Mayor Scott says that 80 percent of the guns in Baltimore were acquired outside the "
        "city — outside the city."), doc_id="b", only=["statement"]), article_id="b")
    speakers = {f.speaker.name for f in second}
    assert speakers == {"Scott"}, speakers
