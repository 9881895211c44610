"""Post holdings: a person holds (held, will hold) a post in an organisation or government.

W3C ORG's terms: the n-ary kgo:PostHolding node with its status, and beside it org:holds,
org:heldBy and org:memberOf for those who hold the post now; networkx edges holds (person ->
post), post_in (post -> organisation or country) and member_of (person -> organisation).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS

from kg.kinds import EVIDENCE, Edge, FactKind, Unit, concept, local, register
from kg.matching import aliases
from kg.model import STATUSES, Entity, HoldsPost
from kg.ontology import KGO
from kg.iris import entity_iri, post_iri

#: Status -> its concept in the scheme kgo:statuses.
STATUS_CONCEPTS = {status: KGO[status] for status in STATUSES}
STATUS_NAMES = {iri: status for status, iri in STATUS_CONCEPTS.items()}
#: Only these holdings get the direct org:holds / org:heldBy / org:memberOf triples: a former
#: secretary or a president-elect does not hold the post, though the n-ary node records them.
HOLDING_STATUSES = ("current", "acting")

#: The holdings as the views read them from a store.
QUERY = """
SELECT ?fact ?article ?text ?confidence ?person ?post ?org ?country ?status WHERE {
  ?fact a kgo:PostHolding ; kgo:person ?person .
  OPTIONAL { ?fact kgo:post ?post }
  OPTIONAL { ?fact kgo:organization ?org }
  OPTIONAL { ?fact kgo:country ?country }
  OPTIONAL { ?fact kgo:status ?status }
  %s
}""" % EVIDENCE


def entities(fact: HoldsPost) -> list[Entity]:
    return [e for e in (fact.person, fact.org, fact.country) if e is not None]


def rebuild(fact: HoldsPost, mapping: Callable[[Entity], Entity]) -> HoldsPost:
    return replace(fact, person=mapping(fact.person),
                   org=mapping(fact.org) if fact.org else None,
                   country=mapping(fact.country) if fact.country else None)


def triples(node: URIRef, fact: HoldsPost, article: URIRef) -> Iterator[tuple]:
    person = entity_iri(fact.person)
    within = fact.org or fact.country  # a country is the government its posts sit in
    yield node, RDF.type, KGO.PostHolding
    yield node, KGO.person, person
    yield node, KGO.status, concept(STATUS_CONCEPTS, fact.status, "status")
    if fact.org is not None:
        yield node, KGO.organization, entity_iri(fact.org)
    if fact.country is not None:
        yield node, KGO.country, entity_iri(fact.country)
    holding = fact.status in HOLDING_STATUSES
    if fact.post:
        post = post_iri(fact.canonical_post or fact.post, within)
        yield node, KGO.post, post
        yield post, RDF.type, ORG.Post
        yield post, RDFS.label, Literal(fact.post)
        if within is not None:
            yield post, ORG.postIn, entity_iri(within)
        if holding:
            yield person, ORG.holds, post
            yield post, ORG.heldBy, person
    if holding and within is not None:
        yield person, ORG.memberOf, entity_iri(within)


def _edges(person: Any, post: Any, within: Any, status: str | None) -> Iterator[Edge]:
    attributes = {"status": status} if status else {}
    if post is not None:
        yield person, "holds", post, attributes
        if within is not None:
            yield post, "post_in", within, {}
    if within is not None:
        yield person, "member_of", within, attributes


def edges(graph: Graph, node: URIRef, article: URIRef) -> Iterator[Edge]:
    within = graph.value(node, KGO.organization) or graph.value(node, KGO.country)
    yield from _edges(graph.value(node, KGO.person), graph.value(node, KGO.post), within,
                      STATUS_NAMES.get(graph.value(node, KGO.status)))


def view_edges(row: dict[str, Any]) -> Iterator[Edge]:
    status = local(row.get("status") or "")
    yield from _edges(row["person"], row.get("post"), row.get("org") or row.get("country"),
                      status)


def units(record: Mapping[str, Any]) -> Iterator[Unit]:
    person = aliases(record.get("person"))
    if not person:
        return
    if record.get("org"):
        yield "post.person-org", (person, aliases(record["org"])), None
    if record.get("post"):
        yield "post.person-title", (person, aliases(record["post"])), None


KIND = register(FactKind(
    name="holds_post", fact=HoldsPost, entities=entities, rebuild=rebuild,
    rdf_class=KGO.PostHolding, triples=triples,
    roles=(KGO.person, KGO.organization, KGO.country),
    edges=edges, relations=("holds", "post_in", "member_of"),
    view_query=QUERY, view_edges=view_edges, units=units))
