"""The ontology file and the closed namespace in kg/ontology.py say the same thing."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.model import ACTIONS, STATUSES
from kg.ontology import KGO, load_ontology, ontology_path

KGO_NS = str(KGO._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def declared_kgo_terms(ontology: Graph) -> set:
    return {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(KGO_NS)}


def test_the_turtle_file_is_shipped_and_parses(ontology):
    assert ontology_path().name == "kg.ttl"
    assert (None, RDF.type, OWL.Ontology) in ontology
    assert len(ontology) > 100


def test_the_namespace_holds_every_declared_term(ontology):
    assert declared_kgo_terms(ontology) - set(dir(KGO)) == set()


def test_every_namespace_term_is_declared(ontology):
    assert set(dir(KGO)) - declared_kgo_terms(ontology) == set()


def test_no_kgo_term_is_used_without_declaration(ontology):
    used = {term for triple in ontology for term in triple if str(term).startswith(KGO_NS)}
    assert used - set(dir(KGO)) == set()


@pytest.mark.parametrize("term", sorted(dir(KGO)), ids=lambda term: term.split("#")[-1])
def test_every_term_has_an_english_label_and_comment(ontology, term):
    for predicate in (RDFS.label, RDFS.comment):
        values = list(ontology.objects(term, predicate))
        assert values, f"{term} has no {predicate}"
        assert all(isinstance(v, Literal) and v.language == "en" for v in values)


def test_a_misspelt_term_is_an_error():
    with pytest.raises(AttributeError, match="not in namespace"):
        KGO.sings  # noqa: B018


@pytest.mark.parametrize(("scheme", "values"), [(KGO.statuses, STATUSES), (KGO.actions, ACTIONS)])
def test_model_values_are_concepts_of_their_scheme(ontology, scheme, values):
    in_scheme = set(ontology.subjects(SKOS.inScheme, scheme))
    assert in_scheme == {KGO[value] for value in values}
    for value in values:
        assert (KGO[value], RDF.type, SKOS.Concept) in ontology
        assert (KGO[value], SKOS.notation, Literal(value)) in ontology


def test_imported_terms_say_where_they_are_defined(ontology):
    header = next(ontology.subjects(RDF.type, OWL.Ontology))
    imported = {s for s in ontology.subjects(RDF.type, None)
                if not str(s).startswith(KGO_NS) and s != header}
    assert imported
    for term in imported:
        assert ontology.value(term, RDFS.isDefinedBy) is not None, term
