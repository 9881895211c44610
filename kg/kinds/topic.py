"""Topics: the article is about a Comparative Agendas Project major topic.

The n-ary kgo:TopicAssignment node and the direct `article kgo:topic concept` triple; the topic
is a SKOS concept of kgo:capMajorTopics. Its networkx edge runs from the article node (topic),
drawn only when article relations are asked for.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.kinds import Edge, FactKind, Unit, register
from kg.matching import aliases
from kg.model import Entity, Topic, search_key
from kg.ontology import KGO
from kg.iris import topic_iri


def entities(fact: Topic) -> list[Entity]:
    return []


def rebuild(fact: Topic, mapping: Callable[[Entity], Entity]) -> Topic:
    return fact


def triples(node: URIRef, fact: Topic, article: URIRef) -> Iterator[tuple]:
    topic = topic_iri(fact.topic)
    yield node, RDF.type, KGO.TopicAssignment
    yield node, KGO.topic, topic
    yield article, KGO.topic, topic
    yield topic, RDF.type, SKOS.Concept
    yield topic, SKOS.prefLabel, Literal(fact.topic)
    yield topic, SKOS.hiddenLabel, Literal(search_key(fact.topic))
    yield topic, SKOS.inScheme, KGO.capMajorTopics


def edges(graph: Graph, node: URIRef, article: URIRef) -> Iterator[Edge]:
    topic = graph.value(node, KGO.topic)
    if topic is not None:
        yield article, "topic", topic, {}


def units(record: Mapping[str, Any]) -> Iterator[Unit]:
    if record.get("topic"):
        yield "topic", (aliases(record["topic"]),), None


KIND = register(FactKind(
    name="topic", fact=Topic, entities=entities, rebuild=rebuild,
    rdf_class=KGO.TopicAssignment, triples=triples, edges=edges, article_relations=("topic",),
    units=units))
