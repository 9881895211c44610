"""The knowledge graph as networkx graphs, for network questions SPARQL answers badly: who is
central, which groups form, how two entities are linked, who met whom, how partners change.

The views (one graph per question, read from the store with SPARQL) live in `kg.graphviews`
and are imported here; the analyses below take a view (or the store) and return plain Python
or pandas DataFrames. `to_networkx` is the older reading of an rdflib graph, kept for code that
uses it. networkx and pandas are imported lazily.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from .graphviews import (VIEWS, Filters, agreements_graph, comentions_graph, example_store,
                         full_graph, meetings_graph, negotiations_graph, posts_graph,
                         topics_graph, view)
from . import kinds
from .ontology import KGO

if TYPE_CHECKING:
    import networkx
    import pandas
    from rdflib import Dataset

    from .store import Store

__all__ = ["VIEWS", "Filters", "view", "full_graph", "posts_graph", "agreements_graph",
           "negotiations_graph", "meetings_graph", "topics_graph", "comentions_graph",
           "example_store", "to_networkx", "people_graph", "centrality", "find_node",
           "most_central", "communities", "ego_network", "shortest_path",
           "partners_over_time", "post_history"]

#: Node kinds by RDF class; a country is also an organisation, so it is looked up first.
KINDS = ((KGO.Country, "country"), (FOAF.Person, "person"), (ORG.Organization, "organization"),
         (KGO.Agreement, "agreement"), (ORG.Post, "post"), (SKOS.Concept, "topic"),
         (KGO.Article, "article"))

#: Relations from article nodes besides those the kinds declare, only when asked for: they
#: would swamp centrality.
_ARTICLE_RELATIONS = ("mentions",)


def entity_relations() -> tuple[str, ...]:
    """The relations between entities, as the registered fact kinds name them (`kg.kinds`):
    the default of `to_networkx`."""
    return tuple(relation for kind in kinds.all_kinds() for relation in kind.relations)


def article_relations() -> tuple[str, ...]:
    """The relations from article nodes: mentions, and those the fact kinds declare."""
    return _ARTICLE_RELATIONS + tuple(relation for kind in kinds.all_kinds()
                                      for relation in kind.article_relations)


def __getattr__(name: str):
    # ENTITY_RELATIONS, ARTICLE_RELATIONS and RELATIONS follow the registry of fact kinds
    if name == "ENTITY_RELATIONS":
        return entity_relations()
    if name == "ARTICLE_RELATIONS":
        return article_relations()
    if name == "RELATIONS":
        return entity_relations() + article_relations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def to_networkx(graph: Graph | Dataset, *,
                relations: Iterable[str] | None = None) -> networkx.MultiDiGraph:
    """The entities of `graph` (a Graph, or a Dataset whose named graphs are read as one) and
    the relations between them, one edge per relation and pair.

    Nodes are IRIs (strings) with `label` and `kind` (person, organization, country, agreement,
    post, topic, article). Edges are keyed by relation name, as the fact kinds (`kg.kinds`)
    name them (see `RELATIONS`; by default `ENTITY_RELATIONS`), and carry `articles` (sorted
    article ids), `evidence` (the sentences) and, for `holds` and `member_of`, the holdings'
    `status`. Negated facts give no edge.

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
        return frozenset(entity_relations())
    wanted = frozenset(relations)
    known = entity_relations() + article_relations()
    unknown = wanted.difference(known)
    if unknown:
        raise ValueError(f"unknown relation(s) {', '.join(sorted(unknown))}: expected some of "
                         f"{', '.join(known)}")
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
    """(source, relation, target, attributes) for the edges one fact node gives, as its kind
    (known by the node's class) declares them."""
    classes = set(graph.objects(fact, RDF.type))
    for kind in kinds.all_kinds():
        if kind.rdf_class in classes and kind.edges is not None:
            yield from kind.edges(graph, fact, article)


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


# Analyses of the views


def find_node(G: networkx.Graph, name: str) -> str:
    """The node `name` means: its IRI, a label equal to it (case-insensitive), else the
    best-connected node whose label contains it. Raises KeyError if none does.

    Parameters
    ----------
    G : networkx.Graph
        A view (nodes with `label`).
    name : str
        An IRI, a label, or part of a label.

    Returns
    -------
    str
        The node.

    Examples
    --------
    >>> G = meetings_graph(example_store())
    >>> find_node(G, "pompeo")
    'https://w3id.org/policy-kg/id/person/mike-pompeo'
    """
    if name in G:
        return name
    wanted = name.strip().lower()
    labels = {node: str(data.get("label", node)).lower() for node, data in G.nodes(data=True)}
    exact = sorted(node for node, label in labels.items() if label == wanted)
    if exact:
        return exact[0]
    partial = [node for node, label in labels.items() if wanted in label]
    if not partial:
        raise KeyError(f"no node named {name!r} in the graph")
    return min(partial, key=lambda node: (-G.degree(node), labels[node], node))


def most_central(G: networkx.Graph, kind: str | None = None, top: int = 10
                 ) -> pandas.DataFrame:
    """The `top` most central nodes (of `kind`: "person", "country", ...), best first: one
    row each with `label`, `kind`, `degree` (distinct neighbours), `articles` (the sum of
    the edges' weights), `degree_centrality` and `betweenness` (on the graph taken as simple
    and undirected; estimated from 500 sources on graphs of more than 1,000 nodes) and `iri`.
    Ranked by degree, then articles, then betweenness.

    Parameters
    ----------
    G : networkx.Graph
        A view (`full_graph`, `meetings_graph`, ...).
    kind : str, optional
        Only nodes of this kind: "person" for officials, "country", "organization", ...
    top : int, default 10
        How many rows.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> table = most_central(full_graph(example_store()), kind="person", top=2)
    >>> table[["label", "degree", "articles"]].to_records(index=False).tolist()
    [('Mike Pompeo', 4, 8), ('Luis Videgaray Caso', 4, 6)]
    """
    import networkx as nx
    import pandas as pd

    simple = _simple(G)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    # exact betweenness is O(nodes x edges): estimated from 500 seeded sources past 1,000 nodes
    sample = {"k": 500, "seed": 0} if len(simple) > 1000 else {}
    betweenness = nx.betweenness_centrality(simple, **sample)
    rows = [{"label": data.get("label", node), "kind": data.get("kind"),
             "degree": simple.degree(node), "articles": simple.degree(node, weight="weight"),
             "degree_centrality": round(degree[node], 4),
             "betweenness": round(betweenness[node], 4), "iri": data.get("iri", node)}
            for node, data in G.nodes(data=True) if kind is None or data.get("kind") == kind]
    rows.sort(key=lambda row: (-row["degree"], -row["articles"], -row["betweenness"],
                               row["label"]))
    columns = ["label", "kind", "degree", "articles", "degree_centrality", "betweenness", "iri"]
    return pd.DataFrame(rows[:top], columns=columns)


def communities(G: networkx.Graph, *, seed: int = 0, resolution: float = 1.0
                ) -> pandas.DataFrame:
    """Groups of nodes more linked among themselves than to the rest (networkx's Louvain on
    the graph taken as simple and undirected, edges weighted by articles; seeded, so the same
    graph gives the same groups). One row per node: `community` (0 the largest), `size`,
    `label`, `kind`, `degree`, `iri`; within a community the best connected first.

    Parameters
    ----------
    G : networkx.Graph
        A view.
    seed : int, default 0
        Seed of Louvain's random order.
    resolution : float, default 1.0
        Above 1, smaller communities; below 1, larger ones.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> table = communities(full_graph(example_store()))
    >>> table.groupby("community")["label"].apply(sorted).tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['American Immigration Council', 'Policy Director', 'Royce Murray', 'immigration'],
     ['Foreign Minister', 'Jared Kushner', 'Luis Videgaray Caso', 'Ministry of Foreign Affairs'],
     ['Mexico', 'United States', 'safe third country agreement'],
     ['Department of State', 'Mike Pompeo', 'Secretary of State']]
    """
    import networkx as nx
    import pandas as pd

    simple = _simple(G)
    groups = nx.community.louvain_communities(simple, weight="weight", seed=seed,
                                              resolution=resolution) if len(simple) else []
    groups = sorted((sorted(group, key=str) for group in groups),
                    key=lambda group: (-len(group), str(group[0])))
    rows = []
    for number, group in enumerate(groups):
        for node in group:
            data = G.nodes[node]
            rows.append({"community": number, "size": len(group),
                         "label": data.get("label", node), "kind": data.get("kind"),
                         "degree": simple.degree(node), "iri": data.get("iri", node)})
    rows.sort(key=lambda row: (row["community"], -row["degree"], row["label"]))
    return pd.DataFrame(rows, columns=["community", "size", "label", "kind", "degree", "iri"])


def ego_network(G: networkx.Graph, entity: str, radius: int = 1) -> networkx.Graph:
    """The entity (an IRI or a name, see `find_node`), the nodes within `radius` links of it
    and the edges among them, with their attributes (a copy of that part of `G`).

    Parameters
    ----------
    G : networkx.Graph
        A view.
    entity : str
        An IRI or a name.
    radius : int, default 1
        How many links away.

    Returns
    -------
    networkx.Graph
        Of the same type as `G`.

    Examples
    --------
    >>> ego = ego_network(full_graph(example_store()), "Royce Murray")
    >>> sorted(ego.nodes[n]["label"] for n in ego)
    ['American Immigration Council', 'Policy Director', 'Royce Murray', 'immigration']
    """
    import networkx as nx

    center = find_node(G, entity)
    undirected = G.to_undirected(as_view=True) if G.is_directed() else G
    near = nx.single_source_shortest_path_length(undirected, center, cutoff=radius)
    return G.subgraph(near).copy()


def shortest_path(G: networkx.Graph, source: str, target: str) -> pandas.DataFrame:
    """How two entities (IRIs or names, see `find_node`) are linked: the steps of a shortest
    path (edges taken in either direction), one row per edge with `source`, `relation`,
    `target`, the `evidence` sentence, its `article`, the edge's `weight` and dates. Where
    two nodes are linked by several relations, the one in most articles is shown. Raises
    networkx.NetworkXNoPath when they are not linked.

    Parameters
    ----------
    G : networkx.Graph
        A view.
    source, target : str
        IRIs or names.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> path = shortest_path(full_graph(example_store()), "Kushner", "Department of State")
    >>> path[["source", "relation", "target"]].to_records(index=False).tolist()
    [('Jared Kushner', 'met_with', 'Mike Pompeo'), ('Mike Pompeo', 'member_of', 'Department of State')]
    >>> path["evidence"].iloc[1]
    '“We will talk up there,” said U.S. Secretary of State Mike Pompeo.'
    """
    import networkx as nx
    import pandas as pd

    start, end = find_node(G, source), find_node(G, target)
    nodes = nx.shortest_path(_simple(G), start, end)
    rows = []
    for one, other in zip(nodes, nodes[1:]):
        u, v, data = _best_edge(G, one, other)
        rows.append({"source": G.nodes[u].get("label", u), "relation": data.get("relation", ""),
                     "target": G.nodes[v].get("label", v), "evidence": data.get("evidence", ""),
                     "article": data.get("article", ""), "weight": data.get("weight", 1),
                     "first": data.get("first", ""), "last": data.get("last", "")})
    columns = ["source", "relation", "target", "evidence", "article", "weight", "first", "last"]
    return pd.DataFrame(rows, columns=columns)


def partners_over_time(store: Store, country: str, *, by: str = "year",
                       **filters) -> pandas.DataFrame:
    """Whom a country (a name or IRI) acts with on agreements or meets, per period of the
    articles' dates (`by`: "year", "month" or "day"; undated articles are left out). One row
    per period, partner and way (`via`: "agreement" or "meeting"), with the number of
    `articles` and what they are about (`agreements`); newest period last.

    Parameters
    ----------
    store : kg.store.Store
        An open store.
    country : str
        A country's name (part of it) or IRI.
    by : {"year", "month", "day"}, default "year"
        The length of a period.
    **filters
        start, end, topic, min_confidence, as for the views.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> partners_over_time(example_store(), "Mexico").to_records(index=False).tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [('2018', 'United States', 'agreement', 1, 'safe third country agreement'),
     ('2021', 'United States', 'agreement', 1, 'safe third country agreement')]
    """
    import pandas as pd

    from .graphviews import _describe, _local, _Reader
    from .kinds.agreement import PARTNER_ACTIONS
    from .kinds.agreement import QUERY as _ACTIONS
    from .kinds.meeting import QUERY as _MEETINGS

    cut = {"year": 4, "month": 7, "day": 10}
    if by not in cut:
        raise ValueError(f"unknown period {by!r}: expected one of {', '.join(cut)}")
    reader = _Reader(store, Filters(**filters))
    # (fact, way) -> the rows of its parties or participants
    together: dict[tuple[str, str], list[dict]] = {}
    for row in reader.rows(_ACTIONS):
        if _local(row["action"]) in PARTNER_ACTIONS:
            together.setdefault((row["fact"], "agreement"), []).append(
                dict(row, entity=row["party"], about=row["agreement"]))
    for row in reader.rows(_MEETINGS):
        for entity in (row["one"], row["other"]):
            together.setdefault((row["fact"], "meeting"), []).append(
                dict(row, entity=entity, about=""))
    entities = sorted({row["entity"] for rows in together.values() for row in rows} |
                      {row["about"] for rows in together.values() for row in rows
                       if row["about"]})
    described = _describe(store, entities)
    wanted = country.strip().lower()
    chosen = {node for node, data in described.items()
              if node == country or (data["kind"] == "country" and
                                     wanted in data["label"].lower())}
    counts: dict[tuple[str, str, str], tuple[set, set]] = {}
    for (_, way), rows in together.items():
        if not chosen & {row["entity"] for row in rows}:
            continue
        for row in rows:
            date = row["article"].date
            if row["entity"] in chosen or not date:
                continue
            articles, about = counts.setdefault(
                (date[:cut[by]], described[row["entity"]]["label"], way), (set(), set()))
            articles.add(row["article"].id)
            if row["about"]:
                about.add(described[row["about"]]["label"])
    rows = [{"period": period, "partner": partner, "via": way, "articles": len(articles),
             "agreements": "; ".join(sorted(about))}
            for (period, partner, way), (articles, about) in sorted(counts.items())]
    return pd.DataFrame(rows, columns=["period", "partner", "via", "articles", "agreements"])


def post_history(store: Store, person: str | None = None, **filters) -> pandas.DataFrame:
    """Who held which post when: one row per holding (person, post, organisation or country,
    status) with the `first` and `last` dates of the articles that report it and their
    number, for everyone or for the persons whose name contains `person`; ordered by person,
    then first date.

    Parameters
    ----------
    store : kg.store.Store
        An open store.
    person : str, optional
        Part of a person's name (or the IRI); everyone if not given.
    **filters
        start, end, topic, min_confidence, as for the views.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> history = post_history(example_store(), "Pompeo")
    >>> history[["post", "status", "first", "last"]].to_records(index=False).tolist()
    [('Secretary of State', 'current', '2018-07-13', '2018-07-13'), ('Secretary of State', 'former', '2021-01-20', '2021-01-20')]
    """
    import pandas as pd

    from .graphviews import _describe, _local, _Reader
    from .kinds.holds_post import QUERY as _HOLDINGS

    reader = _Reader(store, Filters(**filters))
    rows = list(reader.rows(_HOLDINGS))
    described = _describe(store, sorted({row[name] for row in rows
                                         for name in ("person", "post", "org", "country")
                                         if row.get(name)}))
    wanted = person.strip().lower() if person else None
    holdings: dict[tuple[str, str, str, str], list[dict]] = {}
    for row in rows:
        name = described[row["person"]]["label"]
        if wanted and wanted not in name.lower() and wanted != row["person"]:
            continue
        within = row.get("org") or row.get("country")
        key = (name, described[row["post"]]["label"] if row.get("post") else "",
               described[within]["label"] if within else "", _local(row.get("status") or ""))
        holdings.setdefault(key, []).append(row)
    table = []
    for (name, post, organization, status), support in holdings.items():
        dates = [row["article"].date for row in support if row["article"].date]
        table.append({"person": name, "post": post, "organization": organization,
                      "status": status, "first": min(dates, default=""),
                      "last": max(dates, default=""),
                      "articles": len({row["article"].id for row in support})})
    table.sort(key=lambda row: (row["person"], row["first"] or "9999", row["post"],
                                row["status"]))
    return pd.DataFrame(table, columns=["person", "post", "organization", "status", "first",
                                        "last", "articles"])


def _simple(G: networkx.Graph) -> networkx.Graph:
    """`G` as a simple undirected graph; an edge's weight is the largest of its relations'."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        weight = data.get("weight", 1)
        if not isinstance(weight, (int, float)):
            weight = 1
        if not simple.has_edge(u, v) or simple.edges[u, v]["weight"] < weight:
            simple.add_edge(u, v, weight=weight)
    return simple


def _best_edge(G: networkx.Graph, one: str, other: str) -> tuple[str, str, dict]:
    """The edge between two adjacent nodes (either direction) in most articles."""
    candidates = []
    for u, v in ((one, other), (other, one)):
        if not G.has_edge(u, v):
            continue
        datas = G.get_edge_data(u, v)
        datas = datas.values() if G.is_multigraph() else [datas]
        for data in datas:
            candidates.append((-data.get("weight", 1), data.get("relation", ""), u, v, data))
    _, _, u, v, data = min(candidates, key=lambda item: item[:4])
    return u, v, data
