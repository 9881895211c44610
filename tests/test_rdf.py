"""Facts to triples: hand-made facts from real sentences of seeds/000_ddbc0b487b12ab17.txt."""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS

from kg.model import (
    AgreementAction, Article, Entity, Evidence, HoldsPost, Meeting, Statement, Topic,
)
from kg.ontology import DATA, KGO, load_ontology
from kg.rdf import (
    article_graph, article_iri, entity_iri, fact_iri, post_iri, topic_iri,
)

SEED = Path(__file__).parents[1] / "seeds" / "000_ddbc0b487b12ab17.txt"
TEXT = SEED.read_text(encoding="utf-8")
ARTICLE = Article(id=SEED.stem, title=TEXT.split("\n", 1)[0], text=TEXT, published="2018-07-13",
                  source="seeds/000_ddbc0b487b12ab17.txt",
                  link="https://www.voanews.com/a/kushner-pompeo-mexico/4480000.html")

POMPEO = Entity("Mike Pompeo", "person", wikidata="Q473239", country="US", aliases=("Pompeo",))
MNUCHIN = Entity("Steven Mnuchin", "person")
KUSHNER = Entity("Jared Kushner", "person")
AMLO = Entity("Andres Manuel Lopez Obrador", "person", aliases=("Obrador",))
STATE = Entity("Department of State", "organization", country="US")
TREASURY = Entity("Department of the Treasury", "organization")
US = Entity("United States", "country", key="country/us", wikidata="Q30")
MEXICO = Entity("Mexico", "country", key="country/mx", wikidata="Q96")
SAFE_THIRD = Entity("safe third country agreement", "agreement")

SAID_POMPEO = ("“We will talk up there,” said U.S. Secretary of State Mike Pompeo, when asked by "
               "traveling press what his message was to Obrador, before boarding the plane.")
ELECT = ("In an effort to mend frayed relations and re-set bilateral ties between two neighboring "
         "countries, senior officials from U.S. President Donald Trump’s administration arrived "
         "Mexico City Friday, holding the first talks with Mexico President-elect Andres Manuel "
         "Lopez Obrador and his team, days after the leftist won a landslide election to a "
         "six-year team.")
MNUCHIN_SENTENCE = ("Pompeo joined Trump’s son-in-law and adviser, Jared Kushner, Treasury "
                    "Secretary Steven Mnuchin and Homeland Security Secretary Kirstjen Nielsen "
                    "for talks with senior officials in Mexico City.")
KUSHNER_JOINS = ("Kushner, who developed a back channel and close working relations with "
                 "Videgaray Caso, joins Pompeo for the meeting at Mexico’s Ministry of Foreign "
                 "Affairs before the U.S. and Mexico hold a joint press availability.")
DISCUSSING = ("To curb the influx of migrants — mostly from Central America — the two countries "
              "are said to be discussing a proposed “safe third country” agreement that could "
              "significantly reduce the flow of asylum seekers who journey through Mexico and "
              "cross illegally into the U.S.")


def evidence(sentence: str, extractor: str = "test", confidence: float = 0.9) -> Evidence:
    """Evidence for a sentence of the seed article, with its offsets in the file."""
    start = TEXT.index(sentence)
    return Evidence(ARTICLE.id, sentence, start, start + len(sentence), extractor, confidence)


POMPEO_HOLDS = HoldsPost(POMPEO, "Secretary of State", STATE, US, "current", evidence(SAID_POMPEO))
AMLO_ELECT = HoldsPost(AMLO, "President", None, MEXICO, "elect", evidence(ELECT))
MNUCHIN_HOLDS = HoldsPost(MNUCHIN, "Treasury Secretary", TREASURY, US, "current",
                          evidence(MNUCHIN_SENTENCE))
POMPEO_SAID = Statement(POMPEO, "We will talk up there", True, evidence(SAID_POMPEO))
KUSHNER_MET_POMPEO = Meeting((KUSHNER, POMPEO), evidence(KUSHNER_JOINS))
DISCUSS = AgreementAction((US, MEXICO), SAFE_THIRD, "discuss", evidence(DISCUSSING), hedged=True)
IMMIGRATION = Topic("immigration", evidence(DISCUSSING, extractor="topics", confidence=0.75))
FACTS = [POMPEO_HOLDS, AMLO_ELECT, MNUCHIN_HOLDS, POMPEO_SAID, KUSHNER_MET_POMPEO, DISCUSS,
         IMMIGRATION]

ARTICLE_IRI = DATA["article/000_ddbc0b487b12ab17"]
SECRETARY_OF_STATE = DATA["post/organization/department-of-state/secretary-of-state"]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return article_graph(ARTICLE, FACTS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def node_of(fact) -> URIRef:
    return fact_iri(ARTICLE.id, fact)


# IRIs


@pytest.mark.parametrize(("iri", "expected"), [
    (article_iri("000_ddbc0b487b12ab17"), "article/000_ddbc0b487b12ab17"),
    (article_iri("feed.jsonl:12 b"), "article/feed.jsonl%3A12%20b"),
    (entity_iri(POMPEO), "person/mike-pompeo"),
    (entity_iri(MEXICO), "country/mx"),
    (entity_iri(SAFE_THIRD), "agreement/safe-third-country-agreement"),
    (topic_iri("foreign trade"), "topic/foreign-trade"),
    (post_iri("Secretary of State", STATE),
     "post/organization/department-of-state/secretary-of-state"),
    (post_iri("President", MEXICO), "post/country/mx/president"),
    (post_iri("Ambassador", None), "post/ambassador"),
])
def test_iris(iri, expected):
    assert iri == DATA[expected]


def test_fact_iris_are_hashes_under_the_article():
    iris = {node_of(fact) for fact in FACTS}
    assert len(iris) == len(FACTS)
    for iri in iris:
        assert re.fullmatch(re.escape(str(DATA)) + r"fact/000_ddbc0b487b12ab17/[0-9a-f]{16}", iri)


def test_same_record_different_entity_keys_are_different_facts():
    other_pompeo = Entity("Mike Pompeo", "person", key="person/mike-pompeo-2")
    other = HoldsPost(other_pompeo, "Secretary of State", STATE, US, "current",
                      POMPEO_HOLDS.evidence)
    assert other.to_record() == POMPEO_HOLDS.to_record()
    assert node_of(other) != node_of(POMPEO_HOLDS)


# One article, one graph, no surprises


def test_the_graph_is_named_after_the_article(graph):
    assert graph.identifier == ARTICLE_IRI


def test_building_twice_gives_the_same_graph(graph):
    again = article_graph(ARTICLE, list(reversed(FACTS)))
    assert set(again) == set(graph)
    assert isomorphic(again, graph)


def test_a_repeated_fact_adds_nothing(graph):
    assert set(article_graph(ARTICLE, FACTS + FACTS)) == set(graph)


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(term, BNode) for term in t)]


def test_every_class_and_property_is_declared_in_the_ontology(graph, ontology):
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    properties = {s for cls in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                  for s in ontology.subjects(RDF.type, cls)}
    # RDF, RDFS and OWL are the ontology language itself: rdf:type, rdfs:label, owl:sameAs.
    builtin = tuple(str(ns) for ns in (RDF, RDFS, OWL))
    used_classes = set(graph.objects(None, RDF.type))
    used_properties = {p for p in graph.predicates() if not str(p).startswith(builtin)}
    assert used_classes - classes == set()
    assert used_properties - properties == set()


def test_every_kgo_term_in_the_data_is_in_the_namespace(graph):
    used = {term for triple in graph for term in triple if str(term).startswith(str(KGO._NS))}
    assert used - set(dir(KGO)) == set()


def test_turtle_round_trip(graph):
    parsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(parsed, graph)
    assert set(parsed) == set(graph)


def test_trig_round_trip_keeps_the_named_graph(graph):
    dataset = Dataset()
    named = dataset.graph(graph.identifier)
    for triple in graph:
        named.add(triple)
    parsed = Dataset().parse(data=dataset.serialize(format="trig"), format="trig")
    assert {g.identifier for g in parsed.graphs() if len(g)} == {ARTICLE_IRI}
    assert set(parsed.graph(ARTICLE_IRI)) == set(graph)


def test_rdf_does_not_import_spacy():
    code = "import sys, kg.rdf; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# The article and its entities


def test_article_metadata(graph):
    assert (ARTICLE_IRI, RDF.type, KGO.Article) in graph
    assert graph.value(ARTICLE_IRI, DCTERMS.identifier) == Literal("000_ddbc0b487b12ab17")
    assert graph.value(ARTICLE_IRI, DCTERMS.title) == Literal(
        "Kushner, Pompeo to Tackle Migration, Border Security Amid Strained US-Mexico Relations")
    assert graph.value(ARTICLE_IRI, DCTERMS.date) == Literal(datetime.date(2018, 7, 13))
    assert graph.value(ARTICLE_IRI, DCTERMS.source) == Literal("seeds/000_ddbc0b487b12ab17.txt")
    assert graph.value(ARTICLE_IRI, URIRef("https://schema.org/url")) == URIRef(ARTICLE.link)


def test_article_without_metadata_has_only_what_it_knows():
    bare = article_graph(Article(id="x", title="", text="Body."), [])
    assert set(bare) == {(DATA["article/x"], RDF.type, KGO.Article),
                         (DATA["article/x"], DCTERMS.identifier, Literal("x"))}


def test_the_article_mentions_every_entity_of_its_facts(graph):
    mentioned = set(graph.objects(ARTICLE_IRI, KGO.mentions))
    assert mentioned == {entity_iri(e) for e in (POMPEO, MNUCHIN, KUSHNER, AMLO, STATE, TREASURY,
                                                 US, MEXICO, SAFE_THIRD)}


@pytest.mark.parametrize(("entity", "cls"), [
    (POMPEO, FOAF.Person), (STATE, ORG.Organization), (MEXICO, KGO.Country),
    (SAFE_THIRD, KGO.Agreement),
])
def test_entities_are_typed_and_labelled(graph, entity, cls):
    assert (entity_iri(entity), RDF.type, cls) in graph
    assert graph.value(entity_iri(entity), RDFS.label) == Literal(entity.name)


def test_wikidata_aliases_and_country(graph):
    pompeo = entity_iri(POMPEO)
    assert graph.value(pompeo, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q473239")
    assert graph.value(pompeo, SKOS.altLabel) == Literal("Pompeo")
    assert graph.value(pompeo, KGO.country) == DATA["country/us"]
    assert graph.value(entity_iri(KUSHNER), OWL.sameAs) is None


# The facts


@pytest.mark.parametrize("fact", FACTS, ids=lambda fact: fact.type)
def test_every_fact_carries_its_evidence(graph, fact):
    node = node_of(fact)
    ev = fact.evidence
    assert TEXT[ev.start:ev.end] == ev.sentence
    assert graph.value(node, PROV.wasDerivedFrom) == ARTICLE_IRI
    assert graph.value(node, KGO.evidenceText) == Literal(ev.sentence)
    assert graph.value(node, KGO.startOffset) == Literal(ev.start)
    assert graph.value(node, KGO.endOffset) == Literal(ev.end)
    assert graph.value(node, KGO.extractor) == Literal(ev.extractor)
    assert graph.value(node, KGO.confidence).toPython() == Decimal(str(ev.confidence))


def test_current_post_holding(graph):
    node, pompeo, state = node_of(POMPEO_HOLDS), entity_iri(POMPEO), entity_iri(STATE)
    assert set(graph.predicate_objects(node)) >= {
        (RDF.type, KGO.PostHolding), (KGO.person, pompeo), (KGO.post, SECRETARY_OF_STATE),
        (KGO.organization, state), (KGO.country, entity_iri(US)), (KGO.status, KGO.current)}
    assert set(graph.predicate_objects(SECRETARY_OF_STATE)) == {
        (RDF.type, ORG.Post), (RDFS.label, Literal("Secretary of State")),
        (ORG.postIn, state), (ORG.heldBy, pompeo)}
    assert (pompeo, ORG.holds, SECRETARY_OF_STATE) in graph
    assert (pompeo, ORG.memberOf, state) in graph


def test_elect_holding_is_recorded_but_not_held(graph):
    node, amlo = node_of(AMLO_ELECT), entity_iri(AMLO)
    president = DATA["post/country/mx/president"]
    assert graph.value(node, KGO.status) == KGO.elect
    assert graph.value(node, KGO.organization) is None
    assert graph.value(president, ORG.postIn) == entity_iri(MEXICO)
    assert (amlo, ORG.holds, None) not in graph
    assert (president, ORG.heldBy, None) not in graph
    assert (amlo, ORG.memberOf, None) not in graph


def test_holding_without_a_title_is_membership_only():
    fact = HoldsPost(KUSHNER, None, Entity("White House", "organization"), US, "current",
                     evidence(MNUCHIN_SENTENCE))
    graph = article_graph(ARTICLE, [fact])
    assert graph.value(node_of(fact), KGO.post) is None
    assert (None, RDF.type, ORG.Post) not in graph
    assert (entity_iri(KUSHNER), ORG.memberOf, DATA["organization/white-house"]) in graph


def test_unknown_status_is_an_error():
    fact = HoldsPost(POMPEO, "Secretary of State", STATE, US, "emeritus", evidence(SAID_POMPEO))
    with pytest.raises(ValueError, match="unknown status 'emeritus'"):
        article_graph(ARTICLE, [fact])


def test_agreement_action(graph):
    node, agreement = node_of(DISCUSS), entity_iri(SAFE_THIRD)
    assert set(graph.predicate_objects(node)) >= {
        (RDF.type, KGO.AgreementAction), (KGO.agreement, agreement), (KGO.action, KGO.discuss),
        (KGO.party, entity_iri(US)), (KGO.party, entity_iri(MEXICO)),
        (KGO.hedged, Literal(True)), (KGO.negated, Literal(False))}
    assert set(graph.subjects(KGO.discusses, agreement)) == {entity_iri(US), entity_iri(MEXICO)}


def test_negated_agreement_action_has_no_direct_triple():
    fact = AgreementAction((MEXICO,), SAFE_THIRD, "sign", evidence(DISCUSSING), negated=True)
    graph = article_graph(ARTICLE, [fact])
    assert graph.value(node_of(fact), KGO.negated) == Literal(True)
    assert graph.value(node_of(fact), KGO.action) == KGO.sign
    assert (None, KGO.signs, None) not in graph


def test_meeting_is_symmetric(graph):
    node, kushner, pompeo = node_of(KUSHNER_MET_POMPEO), entity_iri(KUSHNER), entity_iri(POMPEO)
    assert set(graph.objects(node, KGO.participant)) == {kushner, pompeo}
    assert (kushner, KGO.metWith, pompeo) in graph
    assert (pompeo, KGO.metWith, kushner) in graph
    assert (kushner, KGO.metWith, kushner) not in graph


def test_negated_meeting_has_no_direct_triple():
    fact = Meeting((KUSHNER, POMPEO), evidence(KUSHNER_JOINS), negated=True)
    assert (None, KGO.metWith, None) not in article_graph(ARTICLE, [fact])


def test_statement(graph):
    node = node_of(POMPEO_SAID)
    assert set(graph.predicate_objects(node)) >= {
        (RDF.type, KGO.Statement), (KGO.speaker, entity_iri(POMPEO)),
        (KGO.quote, Literal("We will talk up there")), (KGO.direct, Literal(True))}


def test_topic(graph):
    topic = DATA["topic/immigration"]
    assert graph.value(node_of(IMMIGRATION), KGO.topic) == topic
    assert (ARTICLE_IRI, KGO.topic, topic) in graph
    assert set(graph.predicate_objects(topic)) == {
        (RDF.type, SKOS.Concept), (SKOS.prefLabel, Literal("immigration")),
        (SKOS.hiddenLabel, Literal("immigration")), (SKOS.inScheme, KGO.capMajorTopics)}


def test_search_keys_are_the_folded_names_and_aliases():
    """What query parameters match: every name of an entity, folded (skos:hiddenLabel)."""
    graph = article_graph(Article.from_parts("k", "t", "b."), [], [
        Entity("Enrique Peña Nieto", "person", aliases=("Peña Nieto", "Enrique Pena Nieto"))])
    keys = set(graph.objects(DATA["person/enrique-pena-nieto"], SKOS.hiddenLabel))
    assert keys == {Literal("enrique pena nieto"), Literal("pena nieto")}
    assert (ARTICLE_K, KGO.mentions, DATA["person/enrique-pena-nieto"]) in graph


ARTICLE_K = DATA["article/k"]

