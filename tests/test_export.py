"""The exported graph of a real article parses, and every class and property it uses is
declared in ontology/kg.ttl (issue: 'a test checks this')."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from kg import pipeline
from kg.ontology import load_ontology
from kg.store import open_store

SEED = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def exported() -> Graph:
    with open_store(":memory:") as store:
        report = pipeline.build([SEED], store)
        assert report.articles == 1 and not report.errors
        data = store.export("turtle")
    return Graph().parse(data=data, format="turtle")


def test_the_turtle_export_parses_and_is_not_empty(exported):
    assert len(exported) > 100


def test_every_class_and_property_used_is_declared(exported):
    ontology = load_ontology()
    declared = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                               OWL.AnnotationProperty, RDFS.Class, RDF.Property)
                for s in ontology.subjects(RDF.type, kind)}
    builtin = tuple(str(ns) for ns in (RDF, RDFS, OWL))
    used = {p for p in exported.predicates() if not str(p).startswith(builtin)}
    used |= {c for c in exported.objects(None, RDF.type) if not str(c).startswith(builtin)}
    assert used - declared == set()


def test_the_seed_answers_who_holds_which_post(exported):
    rows = {(str(name), str(post), str(org)) for name, post, org in exported.query("""
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?name ?post ?org WHERE {
          ?p org:holds ?x ; rdfs:label ?name . ?x rdfs:label ?post ; org:postIn ?o .
          ?o rdfs:label ?org }""")}
    assert ("Mike Pompeo", "Secretary of State", "Department of State") in rows
    assert ("Steven Mnuchin", "Treasury Secretary", "Department of the Treasury") in rows


def test_a_state_bureau_is_part_of_the_department(exported):
    """"Assistant Secretary of State for Consular Affairs Carl Risch": his post sits in the
    Bureau of Consular Affairs, which the graph places inside the Department of State."""
    rows = {(str(person), str(unit), str(parent)) for person, unit, parent in exported.query("""
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?person ?unit ?parent WHERE {
          ?p org:holds ?post ; rdfs:label ?person . ?post org:postIn ?u .
          ?u rdfs:label ?unit ; org:subOrganizationOf ?d . ?d rdfs:label ?parent }""")}
    assert ("Carl Risch", "Bureau of Consular Affairs", "Department of State") in rows
