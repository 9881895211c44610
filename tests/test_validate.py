"""kg.validate and `kg validate`: the SHACL shapes hold every kind of node kg writes, and each
kind of defect is caught and reported readably."""
from __future__ import annotations

from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from kg import rdf
from kg.cli import cli
from kg.model import (AgreementAction, Article, Entity, Evidence, HoldsPost, Meeting, Statement,
                      Topic)
from kg.ontology import KGO
from kg.store import MEMORY, open_store
from kg.validate import shapes, validate_file, validate_graph, validate_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

DOC = Article.from_parts("d1", "Pompeo in Mexico", "Body.", published="2019-06-07",
                         link="https://example.org/a b")
EV = Evidence("d1", "Secretary of State Mike Pompeo met Foreign Minister Ebrard.", 18, 77,
              "test", 0.9)
POMPEO = Entity("Mike Pompeo", "person", key="person/mike-pompeo", wikidata="Q473239",
                country="US", aliases=("Pompeo",))
EBRARD = Entity("Marcelo Ebrard", "person")
STATE = Entity("Department of State", "organization", country="US",
               aliases=("State Department",))
BUREAU = Entity("Bureau of Consular Affairs", "organization",
                parent="organization/department-of-state")
MEXICO = Entity("Mexico", "country", key="country/mx", country="MX")
US = Entity("United States", "country", key="country/us", country="US")
DEAL = Entity("safe third country agreement", "agreement")
FACTS = [HoldsPost(POMPEO, "Secretary of State", STATE, US, "current", EV),
         HoldsPost(Entity("Carl Risch", "person"), "Assistant Secretary", BUREAU, None, "acting",
                   EV),
         HoldsPost(EBRARD, "Foreign Minister", MEXICO, MEXICO, "former", EV),
         AgreementAction((MEXICO, US), DEAL, "negotiate", EV, hedged=True),
         AgreementAction((MEXICO,), DEAL, "sign", EV, negated=True),
         Meeting((POMPEO, EBRARD), EV),
         Statement(POMPEO, "We have a deal", True, EV),
         Topic("immigration", EV)]


def article_graph() -> Graph:
    graph = rdf.article_graph(DOC, FACTS, [Entity("Ukraine", "country", key="country/ua")])
    graph.add((rdf.country_iri("UA"), RDFS.label, Literal("Ukraine")))
    return graph


def test_every_kind_of_node_kg_writes_conforms():
    report = validate_graph(article_graph())
    assert report.violations == []
    assert report.conforms


def test_the_shapes_cover_every_class_kg_writes():
    targets = set(shapes().objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    written = set(article_graph().objects(None, RDF.type))
    assert written - targets == set()


def _fact(graph: Graph, cls: URIRef) -> URIRef:
    return next(s for s in graph.subjects(RDF.type, cls))


def _drop(predicate):
    def change(g: Graph) -> None:
        g.remove((None, predicate, None))
    return change


def _drop_class(cls):
    def change(g: Graph) -> None:
        g.remove((_fact(g, cls), RDF.type, cls))
    return change


def _set(cls, predicate, value):
    def change(g: Graph) -> None:
        node = _fact(g, cls)
        g.remove((node, predicate, None))
        g.add((node, predicate, value))
    return change


def _one_participant(g: Graph) -> None:
    meeting = _fact(g, KGO.Meeting)
    g.remove((meeting, KGO.participant, rdf.entity_iri(EBRARD)))


@pytest.mark.parametrize("change, focus, path", [
    (_drop(KGO.evidenceText), "kgid:fact/", None),
    (_set(KGO.Statement, KGO.confidence, Literal(Decimal("1.5"))), "kgid:fact/",
     "kgo:confidence"),
    (_set(KGO.Statement, KGO.startOffset, Literal(999)), "kgid:fact/", "kgo:startOffset"),
    (_set(KGO.PostHolding, KGO.status, KGO.sign), "kgid:fact/", "kgo:status"),
    (_set(KGO.AgreementAction, KGO.action, KGO.current), "kgid:fact/", "kgo:action"),
    (_set(KGO.Statement, KGO.speaker, URIRef("https://example.org/x")), "kgid:fact/",
     "kgo:speaker"),
    (_one_participant, "kgid:fact/", "kgo:participant"),
    (_drop(RDFS.label), "kgid:", "rdfs:label"),
    (_drop(KGO.negated), "kgid:fact/", "kgo:negated"),
    (_drop_class(KGO.Meeting), "kgid:fact/", "rdf:type"),
])
def test_each_defect_is_a_violation(change, focus, path):
    graph = article_graph()
    change(graph)
    report = validate_graph(graph)
    assert not report.conforms
    assert any(v.focus.startswith(focus) and (path is None or v.path == path)
               for v in report.violations), [str(v) for v in report.violations]


def test_a_stray_property_on_a_fact_is_a_violation():
    graph = article_graph()
    graph.add((_fact(graph, KGO.Statement), URIRef(str(KGO._NS) + "sings"), Literal("x")))
    messages = [str(v) for v in validate_graph(graph).violations]
    assert any("kgo:sings" in m for m in messages), messages


def test_a_country_without_a_label_is_a_warning_only():
    graph = article_graph()
    graph.remove((rdf.country_iri("UA"), RDFS.label, None))
    report = validate_graph(graph)
    assert report.conforms
    assert [w.focus for w in report.warnings] == ["kgid:country/ua"]


def test_validate_a_store_and_a_file(tmp_path):
    with open_store(MEMORY) as store:
        store.replace_article(rdf.article_iri(DOC.id), article_graph())
        assert validate_store(store).conforms
        (tmp_path / "graph.trig").write_bytes(store.export("trig"))
    assert validate_file(tmp_path / "graph.trig").conforms


def test_cli_validate(tmp_path):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    good.write_text(article_graph().serialize(format="turtle"))
    graph = article_graph()
    graph.add((URIRef(str(rdf.DATA) + "person/nameless"), RDF.type, FOAF.Person))
    bad.write_text(graph.serialize(format="turtle"))
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", str(good)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: ")
    result = runner.invoke(cli, ["validate", str(bad)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "kgid:person/nameless rdfs:label: " in result.output
    assert "2 violations" in result.output  # no label, no search key
    store = tmp_path / "store"
    with open_store(store) as one:
        one.replace_article(rdf.article_iri(DOC.id), article_graph())
    result = runner.invoke(cli, ["validate", "--store", str(store)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["validate", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 1 and "no such file" in result.output
