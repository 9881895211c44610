"""The fact kinds (kg/kinds): each built-in kind is declared once, and a new relation added
here, in the test suite, as a third party would add it (one FactKind and one extractor),
flows through resolution to RDF, SPARQL queries, networkx and the evaluation units."""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg import kinds
from kg.evaluate import score, units
from kg.matching import aliases
from kg.model import (ACTIONS, FACT_TYPES, STATUSES, AgreementAction, Article, Entity, Evidence,
                      HoldsPost, Meeting, Statement, Topic)
from kg.ontology import KGO

# --- a toy relation: "Norway funds Kenya" -------------------------------------------------

TOY = Namespace("https://example.org/toy#")


@dataclass(frozen=True)
class Funds:
    """`funder` pays for programmes of `recipient`."""

    funder: Entity
    recipient: Entity
    evidence: Evidence
    type: str = field(default="funds", init=False)

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type, "funder": self.funder.name,
                "recipient": self.recipient.name, **self.evidence.to_record()}


def _triples(node: URIRef, fact: Funds, article: URIRef) -> Iterator[tuple]:
    from kg.rdf import entity_iri

    funder, recipient = entity_iri(fact.funder), entity_iri(fact.recipient)
    yield node, RDF.type, TOY.Funding
    yield node, TOY.funder, funder
    yield node, TOY.recipient, recipient
    yield funder, TOY.funds, recipient


def _edges(graph: Graph, node: URIRef, article: URIRef) -> Iterator[kinds.Edge]:
    yield graph.value(node, TOY.funder), "funds", graph.value(node, TOY.recipient), {}


def _view_edges(row: dict[str, Any]) -> Iterator[kinds.Edge]:
    yield row["funder"], "funds", row["recipient"], {}


def _units(record: Mapping[str, Any]) -> Iterator[kinds.Unit]:
    yield "funds.pair", (aliases(record["funder"]), aliases(record["recipient"])), None


TOY_KIND = kinds.FactKind(
    name="funds", fact=Funds,
    entities=lambda fact: [fact.funder, fact.recipient],
    rebuild=lambda fact, mapping: replace(fact, funder=mapping(fact.funder),
                                          recipient=mapping(fact.recipient)),
    rdf_class=TOY.Funding, triples=_triples, roles=(TOY.funder, TOY.recipient),
    edges=_edges, relations=("funds",),
    view_query="""
        SELECT ?fact ?article ?text ?confidence ?funder ?recipient WHERE {
          ?fact a <https://example.org/toy#Funding> ;
                <https://example.org/toy#funder> ?funder ;
                <https://example.org/toy#recipient> ?recipient .
          %s
        }""" % kinds.EVIDENCE,
    view_edges=_view_edges, units=_units,
    shapes="""
        @prefix toy: <https://example.org/toy#> .
        kgs:FundingShape a sh:NodeShape ; sh:targetClass toy:Funding ;
            sh:node kgs:EvidenceShape ;
            sh:property [ sh:path toy:funder ; sh:minCount 1 ; sh:maxCount 1 ;
                          sh:class kgo:Country ] ;
            sh:property [ sh:path toy:recipient ; sh:minCount 1 ; sh:maxCount 1 ;
                          sh:class kgo:Country ] .""")

FUNDS = re.compile(r"\b([A-Z][a-z]+) funds ([A-Z][a-z]+)\b")


def toy_extractor(doc, *, doc_id: str) -> Iterator[Funds]:
    """"Norway funds Kenya": two capitalised words around "funds", both taken for countries."""
    for sentence in doc.sents:
        for match in FUNDS.finditer(sentence.text):
            yield Funds(Entity(match[1], "country"), Entity(match[2], "country"),
                        Evidence(doc_id, sentence.text, sentence.start_char,
                                 sentence.end_char, "toy.funds", 0.9))


@pytest.fixture
def toy_relation():
    """The toy kind and its extractor registered for one test, and taken out afterwards."""
    from kg.extract import EXTRACTORS, register

    kinds.register(TOY_KIND)
    register("toy_funds")(toy_extractor)
    try:
        yield TOY_KIND
    finally:
        EXTRACTORS.pop("toy_funds", None)
        kinds.unregister("funds")


NORWAY = "https://w3id.org/policy-kg/id/country/no"
KENYA = "https://w3id.org/policy-kg/id/country/ke"
TEXT = ("Norway Expands Aid\n\nNorway funds Kenya through a new programme, the ministry said "
        "on Monday.\n")


def test_a_toy_relation_flows_to_rdf_queries_and_networkx(toy_relation, nlp, tmp_path):
    from kg.analysis import to_networkx
    from kg.graphviews import comentions_graph, full_graph
    from kg.pipeline import build
    from kg.store import MEMORY, open_store

    (tmp_path / "norway.txt").write_text(TEXT, encoding="utf-8")
    store = open_store(MEMORY)
    report = build([tmp_path], store)
    assert report.articles == 1 and not report.errors

    # RDF: the n-ary node, its evidence, and the direct triple between the resolved countries
    dataset = store.dataset
    assert (URIRef(NORWAY), TOY.funds, URIRef(KENYA)) in dataset
    node = next(dataset.subjects(RDF.type, TOY.Funding))
    assert str(dataset.value(node, KGO.extractor)) == "toy.funds"

    # a query: the funder and recipient by their labels, the article mentions both
    rows = store.query("""
        SELECT ?funder ?recipient ?text WHERE {
          ?fact a <https://example.org/toy#Funding> ; kgo:evidenceText ?text ;
                <https://example.org/toy#funder>/rdfs:label ?funder ;
                <https://example.org/toy#recipient>/rdfs:label ?recipient .
          ?article kgo:mentions ?kenya . ?kenya rdfs:label "Kenya" .
        }""").rows
    assert [(str(r["funder"]), str(r["recipient"])) for r in rows] == [("Norway", "Kenya")]
    assert str(rows[0]["text"]).startswith("Norway funds Kenya")

    # networkx: to_networkx, the full view and the co-mentions all see it
    G = to_networkx(dataset)
    assert G.has_edge(NORWAY, KENYA, "funds")
    assert G.nodes[NORWAY] == {"label": "Norway", "kind": "country"}
    full = full_graph(store)
    assert full.edges[NORWAY, KENYA, "funds"]["evidence"].startswith("Norway funds Kenya")
    assert comentions_graph(store).has_edge(NORWAY, KENYA)

    # its shapes join kg's: a funding without a recipient does not validate
    from kg.validate import validate_graph

    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert validate_graph(union).conforms
    union.remove((node, TOY.recipient, None))
    assert [(v.path, v.shape) for v in validate_graph(union).violations] == [
        ("https://example.org/toy#recipient", "kgs:FundingShape")]


def test_a_toy_relation_gives_records_and_evaluation_units(toy_relation, nlp):
    from kg.extract import extract
    from kg.resolve import Resolver

    doc = nlp(TEXT)
    facts = Resolver().article(extract(doc, doc_id="t", only=["toy_funds"]))
    assert [(f.funder.key, f.recipient.key) for f in facts] == [("country/no", "country/ke")]
    record = facts[0].to_record()
    assert list(units(record)) == [("funds.pair", (("norway",), ("kenya",)), None)]
    # scored beside the relations the shared scorer knows, and reported apart from them
    scores = score([{"doc": "t", "type": "topic", "topic": "foreign trade"}], [record])
    assert scores["funds.pair"].fp == 1 and scores.micro.fp == 0


def test_the_toy_relation_is_gone_after_its_test():
    from kg.analysis import entity_relations
    from kg.extract import EXTRACTORS

    assert kinds.get("funds") is None and "toy_funds" not in EXTRACTORS
    assert "funds" not in entity_relations()
    assert list(units({"doc": "d", "type": "funds", "funder": "a", "recipient": "b"})) == []


# --- the built-in kinds -------------------------------------------------------------------

EV = Evidence("d", "s", 0, 1, "x", 0.9)
POMPEO, STATE = Entity("Mike Pompeo", "person"), Entity("Department of State", "organization")
US, MX = Entity("United States", "country"), Entity("Mexico", "country")
DEAL = Entity("safe third country agreement", "agreement")
FACTS = [HoldsPost(POMPEO, "Secretary of State", STATE, US, "current", EV),
         AgreementAction((US, MX), DEAL, "discuss", EV), Meeting((POMPEO, MX), EV),
         Statement(POMPEO, "We will talk", True, EV), Topic("immigration", EV)]


def test_every_fact_type_has_one_kind_in_order():
    assert [kind.name for kind in kinds.all_kinds()] == list(FACT_TYPES)
    for name, cls in FACT_TYPES.items():
        assert kinds.get(name).fact is cls


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.type)
def test_a_kind_rebuilds_its_fact_with_every_entity_mapped(fact):
    seen: list[Entity] = []
    rebuilt = kinds.with_entities(fact, lambda e: seen.append(e) or replace(e, key=e.key + "!"))
    assert seen == kinds.entities(fact)
    assert [e.key for e in kinds.entities(rebuilt)] == [e.key + "!" for e in seen]


def test_entities_mapped_to_one_count_once():
    fact = kinds.with_entities(Meeting((POMPEO, Entity("Pompeo", "person")), EV),
                               lambda e: POMPEO)
    assert fact.participants == (POMPEO,)


def test_a_fact_of_no_kind_is_an_error():
    with pytest.raises(TypeError, match="no fact kind registered for Article"):
        kinds.of(Article("a", "", ""))


def test_vocabularies_are_mapped_once_and_completely():
    from kg.analysis import entity_relations
    from kg.kinds.agreement import ACTION_PROPERTIES, ACTION_RELATIONS
    from kg.kinds.holds_post import STATUS_CONCEPTS

    assert list(ACTION_PROPERTIES) == list(ACTIONS) and list(STATUS_CONCEPTS) == list(STATUSES)
    assert ACTION_RELATIONS["withdraw"] == "withdraws_from"
    assert entity_relations() == ("holds", "post_in", "member_of", "proposes", "negotiates",
                                  "discusses", "signs", "joins", "implements", "ratifies",
                                  "withdraws_from", "met_with")


def test_unknown_vocabulary_is_refused():
    from kg.rdf import article_graph

    bad = replace(FACTS[1], action="sue")
    with pytest.raises(ValueError, match="unknown action 'sue': expected one of propose"):
        article_graph(Article("a", "", ""), [bad])

