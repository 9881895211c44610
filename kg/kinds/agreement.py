"""Agreement actions: parties propose, negotiate, discuss, sign, join, implement, ratify or
withdraw from an agreement.

The n-ary kgo:AgreementAction node carries the action (a concept of kgo:actions), `negated`
and `hedged`; beside a fact that is not negated goes one direct triple per party, its
action's property (kgo:signs), whose name is also the networkx edge's ("signs",
"withdraws_from").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.kinds import EVIDENCE, Edge, FactKind, Unit, concept, local, register, unique
from kg.matching import aliases
from kg.model import ACTIONS, AgreementAction, Entity
from kg.ontology import KGO
from kg.iris import entity_iri

#: Action -> its concept in the scheme kgo:actions.
ACTION_CONCEPTS = {action: KGO[action] for action in ACTIONS}
#: Action -> the direct triple written beside a (not negated) agreement action: the one map
#: of actions to properties; the networkx relation is the property's name in snake case.
ACTION_PROPERTIES = {"propose": KGO.proposes, "negotiate": KGO.negotiates,
                     "discuss": KGO.discusses, "sign": KGO.signs, "join": KGO.joins,
                     "implement": KGO.implements, "ratify": KGO.ratifies,
                     "withdraw": KGO.withdrawsFrom}
#: Action -> the relation of its networkx edges: "sign" -> "signs", "withdraw" -> "withdraws_from".
ACTION_RELATIONS = {action: re.sub(r"(?<!^)([A-Z])", r"_\1", local(prop)).lower()
                    for action, prop in ACTION_PROPERTIES.items()}
#: Actions that make two parties of one fact partners in the negotiation network.
PARTNER_ACTIONS = frozenset(ACTIONS) - {"withdraw"}

#: The actions, not negated, as the views read them from a store.
QUERY = """
SELECT ?fact ?article ?text ?confidence ?party ?agreement ?action ?hedged WHERE {
  ?fact a kgo:AgreementAction ; kgo:party ?party ; kgo:agreement ?agreement ;
        kgo:action ?action .
  FILTER NOT EXISTS { ?fact kgo:negated true }
  OPTIONAL { ?fact kgo:hedged ?hedged }
  %s
}""" % EVIDENCE


def entities(fact: AgreementAction) -> list[Entity]:
    return [*fact.parties, fact.agreement]


def rebuild(fact: AgreementAction, mapping: Callable[[Entity], Entity]) -> AgreementAction:
    return replace(fact, parties=unique(mapping(p) for p in fact.parties),
                   agreement=mapping(fact.agreement))


def triples(node: URIRef, fact: AgreementAction, article: URIRef) -> Iterator[tuple]:
    agreement = entity_iri(fact.agreement)
    yield node, RDF.type, KGO.AgreementAction
    yield node, KGO.agreement, agreement
    yield node, KGO.action, concept(ACTION_CONCEPTS, fact.action, "action")
    yield node, KGO.negated, Literal(fact.negated)
    yield node, KGO.hedged, Literal(fact.hedged)
    for party in fact.parties:
        yield node, KGO.party, entity_iri(party)
        if not fact.negated:
            yield entity_iri(party), ACTION_PROPERTIES[fact.action], agreement


def edges(graph: Graph, node: URIRef, article: URIRef) -> Iterator[Edge]:
    action = graph.value(node, KGO.action)
    relation = ACTION_RELATIONS.get(local(action)) if action is not None else None
    agreement = graph.value(node, KGO.agreement)
    if relation is not None and agreement is not None:
        for party in sorted(graph.objects(node, KGO.party)):
            yield party, relation, agreement, {}


def view_edges(row: dict[str, Any]) -> Iterator[Edge]:
    relation = ACTION_RELATIONS.get(local(row["action"]))
    if relation is not None:
        yield row["party"], relation, row["agreement"], {}


def units(record: Mapping[str, Any]) -> Iterator[Unit]:
    name = aliases(record.get("agreement"))
    for party in record.get("parties") or []:
        if name:
            yield "agreement.party", (aliases(party), name), record.get("action")


KIND = register(FactKind(
    name="agreement", fact=AgreementAction, entities=entities, rebuild=rebuild,
    rdf_class=KGO.AgreementAction, triples=triples, roles=(KGO.party, KGO.agreement),
    edges=edges, relations=tuple(ACTION_RELATIONS.values()),
    view_query=QUERY, view_edges=view_edges, units=units))
