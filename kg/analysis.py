"""The knowledge graph as a networkx graph, for network questions SPARQL answers badly:
who is central, who meets whom. Reads the fact nodes `rdf` writes; networkx is imported lazily.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from .model import STATUSES
from .ontology import KGO

if TYPE_CHECKING:
    import networkx
    from rdflib import Dataset

#: Node kinds by RDF class; a country is also an organisation, so it is looked up first.
KINDS = ((KGO.Country, "country"), (FOAF.Person, "person"), (ORG.Organization, "organization"),
         (KGO.Agreement, "agreement"), (ORG.Post, "post"), (SKOS.Concept, "topic"),
         (KGO.Article, "article"))

#: Status of a holding, as the `status` attribute of `holds` and `member_of` edges.
STATUS_NAMES = {KGO[status]: status for status in STATUSES}
#: Edge name of each agreement action.
ACTION_RELATIONS = {KGO.propose: "proposes", KGO.negotiate: "negotiates",
                    KGO.discuss: "discusses", KGO.sign: "signs", KGO.join: "joins",
                    KGO.implement: "implements", KGO.ratify: "ratifies",
                    KGO.withdraw: "withdraws_from"}
#: Relations between entities: the default.
ENTITY_RELATIONS = ("holds", "post_in", "member_of", *ACTION_RELATIONS.values(), "met_with")
#: Relations from article nodes, only when asked for: they would swamp centrality.
ARTICLE_RELATIONS = ("mentions", "topic")
RELATIONS = ENTITY_RELATIONS + ARTICLE_RELATIONS


def to_networkx(graph: Graph | Dataset, *,
                relations: Iterable[str] | None = None) -> networkx.MultiDiGraph:
    """The entities of `graph` (a Graph, or a Dataset whose named graphs are read as one) and
    the relations between them, one edge per relation and pair.

    Nodes are IRIs (strings) with `label` and `kind` (person, organization, country, agreement,
    post, topic, article). Edges are keyed by relation name (see `RELATIONS`; by default
    `ENTITY_RELATIONS`) and carry `articles` (sorted article ids), `evidence` (the sentences)
    and, for `holds` and `member_of`, the holdings' `status`. Negated facts give no edge.

    Examples
    --------
    >>> from kg.model import Article, Entity, Evidence, HoldsPost, Meeting
    >>> from kg.rdf import article_graph
    >>> text = "U.S. officials meet Friday with Foreign Minister Luis Videgaray Caso."
    >>> ev = Evidence("a1", text, 0, len(text), "example", 0.9)
    >>> pompeo = Entity("Mike Pompeo", "person")
    >>> videgaray = Entity("Luis Videgaray Caso", "person")
    >>> sre = Entity("Ministry of Foreign Affairs", "organization")
    >>> facts = [Meeting((pompeo, videgaray), ev),
    ...          HoldsPost(videgaray, "Foreign Minister", sre, None, "current", ev)]
    >>> G = to_networkx(article_graph(Article("a1", "Talks", text), facts))
    >>> G.nodes["https://w3id.org/policy-kg/id/person/mike-pompeo"]
    {'label': 'Mike Pompeo', 'kind': 'person'}
    >>> sorted((G.nodes[u]["label"], key, G.nodes[v]["label"]) for u, v, key in G.edges(keys=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Foreign Minister', 'post_in', 'Ministry of Foreign Affairs'),
     ('Luis Videgaray Caso', 'holds', 'Foreign Minister'),
     ('Luis Videgaray Caso', 'member_of', 'Ministry of Foreign Affairs'),
     ('Luis Videgaray Caso', 'met_with', 'Mike Pompeo'),
     ('Mike Pompeo', 'met_with', 'Luis Videgaray Caso')]
    >>> G.edges["https://w3id.org/policy-kg/id/person/mike-pompeo",
    ...         "https://w3id.org/policy-kg/id/person/luis-videgaray-caso", "met_with"]["articles"]
    ['a1']
    """
    import networkx as nx

    wanted = _relations(relations)
    union = _union(graph)
    article_ids = {article: str(identifier)
                   for article, identifier in union.subject_objects(DCTERMS.identifier)}
    G = nx.MultiDiGraph()

    def add(source: URIRef, relation: str, target: URIRef, article: URIRef,
            evidence: str | None = None, **attributes: str) -> None:
        if relation not in wanted:
            return
        for node in (source, target):
            if str(node) not in G:
                G.add_node(str(node), label=_label(union, node), kind=_kind(union, node))
        edge = (str(source), str(target), relation)
        if not G.has_edge(*edge):
            G.add_edge(*edge, articles=[], evidence=[])
        data = G.edges[edge]
        _append_new(data["articles"], article_ids.get(article, str(article)))
        if evidence:
            _append_new(data["evidence"], evidence)
        for name, value in attributes.items():
            _append_new(data.setdefault(name, []), value)

    for fact, article in sorted(union.subject_objects(PROV.wasDerivedFrom)):
        negated = union.value(fact, KGO.negated)
        if negated is not None and negated.toPython():
            continue
        evidence = union.value(fact, KGO.evidenceText)
        evidence = str(evidence) if evidence is not None else None
        for source, relation, target, attributes in _fact_edges(union, fact, article):
            add(source, relation, target, article, evidence, **attributes)
    for article, entity in sorted(union.subject_objects(KGO.mentions)):
        add(article, "mentions", entity, article)

    for _, _, data in G.edges(data=True):
        for name, values in data.items():
            if name != "evidence":
                values.sort()
    return G


def people_graph(G: networkx.MultiDiGraph) -> networkx.Graph:
    """Who met whom: the persons of `to_networkx`'s graph, joined where they met, with
    `weight` the number of articles reporting it.

    Examples
    --------
    >>> from kg.model import Article, Entity, Evidence, Meeting
    >>> from kg.rdf import article_graph
    >>> kushner, pompeo, amlo = (Entity(name, "person") for name in
    ...     ("Jared Kushner", "Mike Pompeo", "Andres Manuel Lopez Obrador"))
    >>> text = "Kushner joins Pompeo for the meeting with Lopez Obrador."
    >>> ev = Evidence("a1", text, 0, len(text), "example", 0.9)
    >>> meeting = Meeting((kushner, pompeo, amlo), ev)
    >>> G = to_networkx(article_graph(Article("a1", "", text), [meeting]))
    >>> P = people_graph(G)
    >>> sorted(sorted(P.nodes[n]["label"] for n in edge) for edge in P.edges)
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Andres Manuel Lopez Obrador', 'Jared Kushner'],
     ['Andres Manuel Lopez Obrador', 'Mike Pompeo'],
     ['Jared Kushner', 'Mike Pompeo']]
    >>> P.edges["https://w3id.org/policy-kg/id/person/mike-pompeo",
    ...         "https://w3id.org/policy-kg/id/person/jared-kushner"]["weight"]
    1
    """
    import networkx as nx

    people = nx.Graph()
    people.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d.get("kind") == "person")
    for u, v, key, data in G.edges(keys=True, data=True):
        if key != "met_with" or u not in people or v not in people:
            continue
        if people.has_edge(u, v):
            articles = sorted(set(people.edges[u, v]["articles"]) | set(data["articles"]))
        else:
            articles = list(data["articles"])
        people.add_edge(u, v, articles=articles, weight=len(articles))
    return people


def centrality(G: networkx.Graph, kind: str | None = None, top: int = 10, *,
               measure: str = "degree") -> list[tuple[str, float]]:
    """The `top` most central nodes (of `kind`, if given) as (label, score), best first.

    Scores are computed on the whole graph taken as simple and undirected; `measure` is
    "degree" or "betweenness".

    Examples
    --------
    >>> from kg.model import Article, Entity, Evidence, Meeting
    >>> from kg.rdf import article_graph
    >>> kushner, pompeo, videgaray = (Entity(name, "person") for name in
    ...     ("Jared Kushner", "Mike Pompeo", "Luis Videgaray Caso"))
    >>> text = "Kushner joins Pompeo for the meeting. Kushner met Videgaray Caso."
    >>> ev = Evidence("a1", text, 0, len(text), "example", 0.9)
    >>> facts = [Meeting((kushner, pompeo), ev), Meeting((kushner, videgaray), ev)]
    >>> G = to_networkx(article_graph(Article("a1", "", text), facts))
    >>> centrality(G, kind="person", top=2)
    [('Jared Kushner', 1.0), ('Luis Videgaray Caso', 0.5)]
    >>> centrality(G, measure="betweenness", top=1)
    [('Jared Kushner', 1.0)]
    """
    import networkx as nx

    measures = {"degree": nx.degree_centrality, "betweenness": nx.betweenness_centrality}
    if measure not in measures:
        raise ValueError(f"unknown centrality measure {measure!r}: expected one of "
                         f"{', '.join(measures)}")
    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    simple.add_edges_from((u, v) for u, v, *_ in G.edges)
    scores = measures[measure](simple)
    ranked = [(G.nodes[n].get("label", n), score) for n, score in scores.items()
              if kind is None or G.nodes[n].get("kind") == kind]
    ranked.sort(key=lambda pair: (-pair[1], pair[0]))
    return ranked[:top]


def _relations(relations: Iterable[str] | None) -> frozenset[str]:
    if relations is None:
        return frozenset(ENTITY_RELATIONS)
    wanted = frozenset(relations)
    unknown = wanted.difference(RELATIONS)
    if unknown:
        raise ValueError(f"unknown relation(s) {', '.join(sorted(unknown))}: expected some of "
                         f"{', '.join(RELATIONS)}")
    return wanted


def _union(graph: Graph | Dataset) -> Graph:
    """One graph of every triple: a Dataset's named graphs are read together."""
    if not hasattr(graph, "quads"):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _fact_edges(graph: Graph, fact: URIRef, article: URIRef) -> Iterator[tuple]:
    """(source, relation, target, attributes) for the edges one fact node gives."""
    kinds = set(graph.objects(fact, RDF.type))
    if KGO.PostHolding in kinds:
        person = graph.value(fact, KGO.person)
        post = graph.value(fact, KGO.post)
        within = graph.value(fact, KGO.organization) or graph.value(fact, KGO.country)
        status = STATUS_NAMES.get(graph.value(fact, KGO.status))
        status = {"status": status} if status else {}
        if post is not None:
            yield person, "holds", post, status
            if within is not None:
                yield post, "post_in", within, {}
        if within is not None:
            yield person, "member_of", within, status
    elif KGO.AgreementAction in kinds:
        relation = ACTION_RELATIONS.get(graph.value(fact, KGO.action))
        agreement = graph.value(fact, KGO.agreement)
        if relation is not None and agreement is not None:
            for party in sorted(graph.objects(fact, KGO.party)):
                yield party, relation, agreement, {}
    elif KGO.Meeting in kinds:
        participants = sorted(graph.objects(fact, KGO.participant))
        for one in participants:
            for other in participants:
                if one != other:
                    yield one, "met_with", other, {}
    elif KGO.TopicAssignment in kinds:
        topic = graph.value(fact, KGO.topic)
        if topic is not None:
            yield article, "topic", topic, {}


def _label(graph: Graph, node: URIRef) -> str:
    """The fullest label (longest, then first in order); the IRI's last segment if none."""
    labels = {str(label) for predicate in (RDFS.label, SKOS.prefLabel, DCTERMS.title)
              for label in graph.objects(node, predicate)}
    if not labels:
        return str(node).rstrip("/").rsplit("/", 1)[-1]
    return min(labels, key=lambda label: (-len(label), label))


def _kind(graph: Graph, node: URIRef) -> str | None:
    types = set(graph.objects(node, RDF.type))
    return next((kind for cls, kind in KINDS if cls in types), None)


def _append_new(values: list, value) -> None:
    if value not in values:
        values.append(value)
