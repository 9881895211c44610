"""Statements: a speaker said something, quoted directly or reported.

The n-ary kgo:Statement node carries the speaker, the quote and whether it is direct. It gives
no edge between entities in `kg.analysis.to_networkx`; the full view joins its speaker to the
topics of its article (speaks_on).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.kinds import EVIDENCE, Edge, FactKind, Unit, register
from kg.matching import aliases
from kg.model import Entity, Statement
from kg.ontology import KGO
from kg.iris import entity_iri

#: Each statement with a topic of its article, as the views read them from a store.
QUERY = """
SELECT ?fact ?article ?text ?confidence ?speaker ?topic WHERE {
  ?fact a kgo:Statement ; kgo:speaker ?speaker .
  ?article kgo:topic ?topic .
  %s
}""" % EVIDENCE


def entities(fact: Statement) -> list[Entity]:
    return [fact.speaker]


def rebuild(fact: Statement, mapping: Callable[[Entity], Entity]) -> Statement:
    return replace(fact, speaker=mapping(fact.speaker))


def triples(node: URIRef, fact: Statement, article: URIRef) -> Iterator[tuple]:
    yield node, RDF.type, KGO.Statement
    yield node, KGO.speaker, entity_iri(fact.speaker)
    yield node, KGO.quote, Literal(fact.quote)
    yield node, KGO.direct, Literal(fact.direct)


def view_edges(row: dict[str, Any]) -> Iterator[Edge]:
    yield row["speaker"], "speaks_on", row["topic"], {}


def units(record: Mapping[str, Any]) -> Iterator[Unit]:
    if record.get("speaker") and record.get("quote"):
        yield "statement", (aliases(record["speaker"]), record["quote"]), None


KIND = register(FactKind(
    name="statement", fact=Statement, entities=entities, rebuild=rebuild,
    rdf_class=KGO.Statement, triples=triples, roles=(KGO.speaker,),
    view_query=QUERY, view_edges=view_edges, units=units))
