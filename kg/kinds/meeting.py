"""Meetings: the participants met (persons; a country or organisation where no person is named).

The n-ary kgo:Meeting node lists its participants; beside a meeting that is not negated go the
direct kgo:metWith triples, and its networkx edges are met_with: both are every ordered pair
of distinct participants (`pairs`), so the store and the graphs agree on who met whom.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.kinds import EVIDENCE, Edge, FactKind, Unit, register, unique
from kg.matching import aliases
from kg.model import Entity, Meeting
from kg.ontology import KGO
from kg.iris import entity_iri

T = TypeVar("T")

#: Each pair of participants of a meeting, not negated, once (the smaller IRI first), as the
#: views read them from a store.
QUERY = """
SELECT ?fact ?article ?text ?confidence ?one ?other WHERE {
  ?fact a kgo:Meeting ; kgo:participant ?one, ?other .
  FILTER(STR(?one) < STR(?other))
  FILTER NOT EXISTS { ?fact kgo:negated true }
  %s
}""" % EVIDENCE


def pairs(participants: Iterable[T]) -> Iterator[tuple[T, T]]:
    """Who met whom: every ordered pair of distinct participants."""
    return itertools.permutations(dict.fromkeys(participants), 2)


def entities(fact: Meeting) -> list[Entity]:
    return list(fact.participants)


def rebuild(fact: Meeting, mapping: Callable[[Entity], Entity]) -> Meeting:
    return replace(fact, participants=unique(mapping(p) for p in fact.participants))


def triples(node: URIRef, fact: Meeting, article: URIRef) -> Iterator[tuple]:
    participants = [entity_iri(p) for p in fact.participants]
    yield node, RDF.type, KGO.Meeting
    yield node, KGO.negated, Literal(fact.negated)
    for participant in participants:
        yield node, KGO.participant, participant
    if not fact.negated:
        for one, other in pairs(participants):
            yield one, KGO.metWith, other


def edges(graph: Graph, node: URIRef, article: URIRef) -> Iterator[Edge]:
    for one, other in pairs(sorted(graph.objects(node, KGO.participant))):
        yield one, "met_with", other, {}


def view_edges(row: dict[str, Any]) -> Iterator[Edge]:
    yield row["one"], "met_with", row["other"], {}


def units(record: Mapping[str, Any]) -> Iterator[Unit]:
    people = [aliases(p) for p in record.get("participants") or []]
    for a, b in itertools.combinations(people, 2):
        yield "meeting.pair", (a, b), None


KIND = register(FactKind(
    name="meeting", fact=Meeting, entities=entities, rebuild=rebuild, rdf_class=KGO.Meeting,
    triples=triples, roles=(KGO.participant,), edges=edges, relations=("met_with",),
    view_query=QUERY, view_edges=view_edges, units=units))
