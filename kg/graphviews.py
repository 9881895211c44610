"""Views of the store as networkx graphs, read with SPARQL: one graph per question an analyst
asks (who holds posts where, who negotiates with whom, who met whom, who speaks on what).

Comes after `store` and before `analysis` (which asks questions of these graphs) and
`graphdraw` (which writes them as GraphML, GEXF, JSON, HTML or pictures). Every view has the
same shape, so that the writers and analyses need not know which view they got:

- nodes are IRIs (str) with `label`, `kind` (person, organization, country, agreement, post,
  topic) and `iri`;
- edges carry `relation`, `weight` (the number of articles), `first` and `last` (the earliest
  and latest article date, ISO "YYYY-MM-DD", "" when no article has a date), one `evidence`
  sentence (that of the most confident fact, earliest article first), its `article` id and
  its `confidence`.

Attribute values are only str, int, float or bool, never lists or None: GraphML and GEXF
cannot store those. Negated facts ("Mexico did not sign ...") give no edge. networkx is
imported when a view is built, not when this module is.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg import kinds
from kg.kinds import holds_post, meeting, statement
from kg.kinds.agreement import ACTION_RELATIONS, PARTNER_ACTIONS
from kg.kinds.agreement import QUERY as _ACTIONS

if TYPE_CHECKING:
    import networkx

    from kg.store import Store

#: Node kinds by RDF class, most specific first: a country is also an organisation.
KIND_CLASSES = (
    ("https://w3id.org/policy-kg/ontology#Country", "country"),
    ("http://xmlns.com/foaf/0.1/Person", "person"),
    ("http://www.w3.org/ns/org#Organization", "organization"),
    ("https://w3id.org/policy-kg/ontology#Agreement", "agreement"),
    ("http://www.w3.org/ns/org#Post", "post"),
    ("http://www.w3.org/2004/02/skos/core#Concept", "topic"),
)

_ARTICLES = """
SELECT ?article ?id ?title ?date WHERE {
  ?article a kgo:Article .
  OPTIONAL { ?article dcterms:identifier ?id }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
}"""
_ARTICLE_TOPICS = """
SELECT DISTINCT ?article ?topic ?label WHERE {
  ?article kgo:topic ?topic . OPTIONAL { ?topic skos:prefLabel ?label }
}"""
# what entities, posts and topics are is kept once, in the descriptions graph (kg.rdf)
_NODES = """
SELECT ?node ?type ?label WHERE { GRAPH <https://w3id.org/policy-kg/id/graph/descriptions> {
  { ?node a ?type } UNION { ?node rdfs:label|skos:prefLabel ?label } } }"""
# Every fact query gives ?fact ?article ?text ?confidence and the fact's own variables; each
# kind's query lives with its kind (kg.kinds), the entities named in any fact are followed
# through the roles the kinds declare.
_MENTIONS = """
SELECT DISTINCT ?fact ?article ?text ?confidence ?entity WHERE {
  VALUES ?role { %s }
  ?fact ?role ?entity .
  FILTER NOT EXISTS { ?fact kgo:negated true }
  %s
}"""

@dataclass(frozen=True)
class Filters:
    """Which facts a view keeps: articles dated `start` to `end` (inclusive, ISO dates; an
    undated article is left out once either is given), about `topic` (a topic name, matched
    case-insensitively as a substring of its label, or its IRI), with confidence at least
    `min_confidence`.

    Examples
    --------
    >>> Filters(start="2018-07-01").keeps_date("2018-07-13")
    True
    >>> Filters(end="2018-06-30").keeps_date("")
    False
    """

    start: str | None = None
    end: str | None = None
    topic: str | None = None
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _iso_date(value, name))

    def keeps_date(self, date: str) -> bool:
        if self.start is None and self.end is None:
            return True
        if not date:
            return False
        return (self.start is None or date >= self.start) and \
            (self.end is None or date <= self.end)


@dataclass
class _Article:
    id: str
    title: str
    date: str
    topics: set[str] = field(default_factory=set)


@dataclass
class _Edge:
    articles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    best: tuple = ()
    extra: dict[str, set[str]] = field(default_factory=dict)


class _Reader:
    """The rows of fact queries, with their articles, filtered; and the edges they give."""

    def __init__(self, store: Store, filters: Filters) -> None:
        self.store = store
        self.filters = filters
        self.articles: dict[str, _Article] = {}
        for row in store.query(_ARTICLES).rows:
            iri = str(row["article"])
            self.articles[iri] = _Article(
                str(row.get("id") or iri.rsplit("/", 1)[-1]), str(row.get("title") or ""),
                _date(row.get("date")))
        if filters.topic is not None:
            wanted = filters.topic.lower()
            for row in store.query(_ARTICLE_TOPICS).rows:
                label = str(row.get("label") or "")
                if wanted in label.lower() or wanted == str(row["topic"]).lower():
                    if str(row["article"]) in self.articles:
                        self.articles[str(row["article"])].topics.add(label)
        self.edges: dict[tuple[str, str, str], _Edge] = {}

    def rows(self, sparql: str) -> Iterable[dict[str, Any]]:
        """The rows of a fact query whose article and confidence pass the filters, as plain
        strings (and `confidence` as float, `article` as an `_Article`)."""
        from kg.store import plain

        for row in self.store.query(sparql).rows:
            article = self.articles.get(str(row["article"]))
            if article is None or not self.filters.keeps_date(article.date):
                continue
            if self.filters.topic is not None and not article.topics:
                continue
            confidence = plain(row.get("confidence"))
            confidence = 1.0 if confidence is None else float(confidence)
            if confidence < self.filters.min_confidence:
                continue
            values = {name: plain(value) for name, value in row.items()}
            values.update(article=article, confidence=confidence)
            yield values

    def add(self, source: str, relation: str, target: str, row: dict[str, Any],
            **extra: str) -> None:
        """One fact's support for the edge (source, target, relation)."""
        edge = self.edges.setdefault((source, target, relation), _Edge())
        article: _Article = row["article"]
        edge.articles.add(article.id)
        if article.date:
            edge.dates.add(article.date)
        # the most confident evidence; among equals the earliest article, then the text
        candidate = (-row["confidence"], article.date or "9999", article.id, str(row["text"]))
        if not edge.best or candidate < edge.best:
            edge.best = candidate
        for name, value in extra.items():
            if value:
                edge.extra.setdefault(name, set()).add(value)

    def graph(self, *, directed: bool = False, multi: bool = False) -> networkx.Graph:
        """The graph of the edges added so far, with node attributes read from the store."""
        import networkx as nx

        G = (nx.MultiDiGraph if multi else nx.DiGraph if directed else nx.Graph)()
        nodes = sorted({n for source, target, _ in self.edges for n in (source, target)})
        described = _describe(self.store, nodes)
        for node in nodes:
            G.add_node(node, **described[node])
        for (source, target, relation), edge in sorted(self.edges.items()):
            confidence, _, article, evidence = edge.best
            attributes = {
                "relation": relation, "weight": len(edge.articles),
                "first": min(edge.dates, default=""), "last": max(edge.dates, default=""),
                "evidence": evidence, "article": article, "confidence": -confidence,
                **{name: "; ".join(sorted(values)) for name, values in edge.extra.items()}}
            if multi:
                G.add_edge(source, target, key=relation, **attributes)
            elif G.has_edge(source, target):  # two relations between one pair: keep both names
                data = G.edges[source, target]
                data["relation"] = "; ".join(sorted({*data["relation"].split("; "), relation}))
                data["weight"] = max(data["weight"], attributes["weight"])
            else:
                G.add_edge(source, target, **attributes)
        return G


# Views


def full_graph(store: Store, **filters: Any) -> networkx.MultiDiGraph:
    """The typed graph of every relation between entities, one edge per relation and pair
    (keyed by relation): holds (person -> post), post_in (post -> organisation or country),
    member_of (person -> organisation or country), the agreement actions (party ->
    agreement: proposes, negotiates, discusses, signs, joins, implements, ratifies,
    withdraws_from), met_with (one edge per pair, from the smaller IRI) and speaks_on
    (speaker -> topic of an article the speaker is quoted in): the edges each fact kind reads
    from the store (`kg.kinds`), those of any kind registered besides the built-ins too.

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.MultiDiGraph
        Edges keyed by relation.

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = full_graph(example_store())
    >>> G.number_of_nodes(), G.number_of_edges()
    (14, 17)
    >>> sorted({relation for *_, relation in G.edges(keys=True)})
    ... # doctest: +NORMALIZE_WHITESPACE
    ['discusses', 'holds', 'member_of', 'met_with', 'negotiates', 'post_in', 'speaks_on']
    >>> G.nodes["https://w3id.org/policy-kg/id/person/mike-pompeo"]["kind"]
    'person'
    """
    reader = _Reader(store, Filters(**filters))
    for kind in kinds.all_kinds():
        _add_edges(reader, kind)
    return reader.graph(multi=True)


def posts_graph(store: Store, **filters: Any) -> networkx.Graph:
    """Officials and the agencies they serve in: person -- organisation (or the country whose
    government a post sits in, e.g. a President), relation "holds_post", with the `post`
    titles and holding `status` (current, former, acting, elect, nominee) joined by "; ".

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph
        Edge attributes `post` and `status` besides the shared ones.

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = posts_graph(example_store())
    >>> edge = G.edges["https://w3id.org/policy-kg/id/person/mike-pompeo",
    ...                "https://w3id.org/policy-kg/id/organization/department-of-state"]
    >>> edge["post"], edge["status"], edge["weight"], edge["first"], edge["last"]
    ('Secretary of State', 'current; former', 2, '2018-07-13', '2021-01-20')
    """
    reader = _Reader(store, Filters(**filters))
    rows = list(reader.rows(holds_post.QUERY))
    titles = _describe(reader.store, sorted({row["post"] for row in rows if row.get("post")}))
    for row in rows:
        within = row.get("org") or row.get("country")
        if within is not None:
            post = row.get("post")
            reader.add(row["person"], "holds_post", within, row,
                       post=titles[post]["label"] if post else "",
                       status=_local(row.get("status") or ""))
    return reader.graph()


def agreements_graph(store: Store, **filters: Any) -> networkx.Graph:
    """Countries (and organisations) and the agreements they act on: a bipartite graph
    (node attribute `bipartite`: 0 for parties, 1 for agreements), relation the actions
    ("discusses; signs"), `hedged` True when every supporting fact is reported with reserve.

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph
        Node attribute `bipartite`, edge attribute `hedged`.

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = agreements_graph(example_store())
    >>> sorted((G.nodes[n]["label"], G.nodes[n]["bipartite"]) for n in G)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Mexico', 0), ('United States', 0), ('safe third country agreement', 1)]
    >>> edge = G.edges["https://w3id.org/policy-kg/id/country/mx",
    ...                "https://w3id.org/policy-kg/id/agreement/safe-third-country-agreement"]
    >>> edge["relation"], edge["weight"], edge["hedged"]
    ('discusses; negotiates', 2, False)
    """
    reader = _Reader(store, Filters(**filters))
    hedged: dict[tuple[str, str], bool] = {}
    for row in reader.rows(_ACTIONS):
        relation = ACTION_RELATIONS.get(_local(row["action"]))
        if relation is None:
            continue
        pair = (row["party"], row["agreement"])
        reader.add(row["party"], "acts_on", row["agreement"], row, action=relation)
        hedged[pair] = hedged.get(pair, True) and bool(row.get("hedged"))
    G = reader.graph()
    for source, target, data in G.edges(data=True):
        pair = (source, target) if (source, target) in hedged else (target, source)
        data["relation"] = data.pop("action")
        data["hedged"] = hedged[pair]
    for node, data in G.nodes(data=True):
        data["bipartite"] = int(data["kind"] == "agreement")
    return G


def negotiations_graph(store: Store, **filters: Any) -> networkx.Graph:
    """The countries (and organisations) that act on an agreement together, as parties of
    the same fact (propose, negotiate, discuss, sign, join, ratify, implement): relation
    "partners", with the `agreements` named joined by "; ".

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph
        Edge attribute `agreements`.

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = negotiations_graph(example_store())
    >>> [(G.nodes[u]["label"], G.nodes[v]["label"], d["agreements"], d["weight"])
    ...  for u, v, d in G.edges(data=True)]
    [('Mexico', 'United States', 'safe third country agreement', 2)]
    """
    reader = _Reader(store, Filters(**filters))
    parties: dict[tuple[str, str], list] = {}
    for row in reader.rows(_ACTIONS):
        if _local(row["action"]) in PARTNER_ACTIONS:
            parties.setdefault((row["fact"], row["agreement"]), []).append(row)
    labels = _describe(store, sorted({agreement for _, agreement in parties}))
    for (_, agreement), rows in sorted(parties.items()):
        names = sorted({row["party"] for row in rows})
        for k, one in enumerate(names):
            for other in names[k + 1:]:
                reader.add(one, "partners", other, rows[0],
                           agreements=labels[agreement]["label"])
    return reader.graph()


def meetings_graph(store: Store, **filters: Any) -> networkx.Graph:
    """Who met whom: participants of the same meeting (persons, and the countries or
    organisations named as meeting), relation "met_with".

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = meetings_graph(example_store())
    >>> sorted(sorted(G.nodes[n]["label"] for n in edge) for edge in G.edges)
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Jared Kushner', 'Luis Videgaray Caso'], ['Jared Kushner', 'Mike Pompeo'],
     ['Luis Videgaray Caso', 'Mike Pompeo']]
    >>> G.edges["https://w3id.org/policy-kg/id/person/mike-pompeo",
    ...         "https://w3id.org/policy-kg/id/person/luis-videgaray-caso"]["weight"]
    2
    """
    reader = _Reader(store, Filters(**filters))
    _add_edges(reader, meeting.KIND)
    return reader.graph()


def topics_graph(store: Store, **filters: Any) -> networkx.Graph:
    """Who speaks on which topic: a speaker -- topic edge (relation "speaks_on") for each
    article about the topic that quotes or reports the speaker; the evidence is a statement.

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = topics_graph(example_store())
    >>> [(G.nodes[u]["label"], G.nodes[v]["label"], d["relation"]) for u, v, d in G.edges(data=True)]
    [('Royce Murray', 'immigration', 'speaks_on')]
    """
    reader = _Reader(store, Filters(**filters))
    _add_edges(reader, statement.KIND)
    return reader.graph()


def comentions_graph(store: Store, *, min_weight: int = 1, **filters: Any) -> networkx.Graph:
    """Entities named together in the facts of one article, relation "co_mentioned", with
    `weight` the number of such articles; pairs in fewer than `min_weight` articles are left
    out. The evidence is the article's title (there is no one sentence naming both).

    Parameters
    ----------
    store : kg.store.Store
        An open store (`kg.store.open_store`), or an endpoint store.
    min_weight : int, default 1
        Leave out pairs named together in fewer articles.
    start, end : str or datetime.date, optional
        Only facts of articles dated from `start` to `end` (inclusive, "YYYY-MM-DD").
    topic : str, optional
        Only facts of articles on this topic (part of its name, or its IRI).
    min_confidence : float, default 0.0
        Only facts at least this confident.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> G = comentions_graph(example_store(), min_weight=2)
    >>> sorted(sorted(G.nodes[n]["label"] for n in edge) for edge in G.edges)[:2]
    [['Department of State', 'Jared Kushner'], ['Department of State', 'Luis Videgaray Caso']]
    """
    reader = _Reader(store, Filters(**filters))
    by_article: dict[str, dict[str, dict]] = {}
    roles = sorted({f"<{role}>" for kind in kinds.all_kinds() for role in kind.roles})
    for row in reader.rows(_MENTIONS % (" ".join(roles), kinds.EVIDENCE)):
        entities = by_article.setdefault(row["article"].id, {})
        if row["entity"] not in entities or row["confidence"] > entities[row["entity"]]["confidence"]:
            entities[row["entity"]] = row
    for _, entities in sorted(by_article.items()):
        names = sorted(entities)
        for k, one in enumerate(names):
            for other in names[k + 1:]:
                row = dict(entities[one], text=entities[one]["article"].title)
                row["confidence"] = min(entities[one]["confidence"], entities[other]["confidence"])
                reader.add(one, "co_mentioned", other, row)
    if min_weight > 1:
        reader.edges = {key: edge for key, edge in reader.edges.items()
                        if len(edge.articles) >= min_weight}
    return reader.graph()


#: The views by name, as `kg graph --view NAME` knows them.
VIEWS: dict[str, Callable[..., Any]] = {
    "full": full_graph, "posts": posts_graph, "agreements": agreements_graph,
    "negotiations": negotiations_graph, "meetings": meetings_graph, "topics": topics_graph,
    "comentions": comentions_graph}


def view(store: Store, name: str, **filters: Any) -> networkx.Graph:
    """The view called `name` (a key of `VIEWS`).

    Examples
    --------
    >>> from kg.graphviews import example_store
    >>> len(view(example_store(), "meetings"))
    3
    >>> view(example_store(), "friends")
    Traceback (most recent call last):
    ...
    ValueError: unknown view 'friends': expected one of full, posts, agreements, negotiations, meetings, topics, comentions
    """
    try:
        function = VIEWS[name]
    except KeyError:
        raise ValueError(f"unknown view {name!r}: expected one of {', '.join(VIEWS)}") from None
    return function(store, **filters)


# The relations, as the views share them


def _add_edges(reader: _Reader, kind: kinds.FactKind) -> None:
    """The edges of one kind's facts, as the kind reads them from the store."""
    if kind.view_query is None or kind.view_edges is None:
        return
    for row in reader.rows(kind.view_query):
        for source, relation, target, extra in kind.view_edges(row):
            reader.add(source, relation, target, row, **extra)


def _describe(store: Store, nodes: list[str]) -> dict[str, dict[str, str]]:
    """label, kind and iri of each node (the fullest label; the IRI's last part if none)."""
    from kg.store import plain

    labels: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    wanted = set(nodes)
    if wanted:
        for row in store.query(_NODES).rows:
            node = str(row["node"])
            if node not in wanted:
                continue
            if "label" in row:
                labels.setdefault(node, set()).add(plain(row["label"]))
            if "type" in row:
                types.setdefault(node, set()).add(str(row["type"]))
    described = {}
    for node in nodes:
        names = labels.get(node) or {node.rstrip("/").rsplit("/", 1)[-1]}
        kind = next((kind for cls, kind in KIND_CLASSES if cls in types.get(node, ())), "other")
        described[node] = {"label": min(names, key=lambda name: (-len(name), name)),
                           "kind": kind, "iri": node}
    return described


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date(term: Any) -> str:
    """An article's date as "YYYY-MM-DD" ("" if none or not ISO 8601)."""
    if term is None:
        return ""
    text = str(term).strip()[:10]
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def _iso_date(value: Any, name: str) -> str:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    text = _date(value)
    if not text:
        raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), not {value!r}")
    return text


# A tiny store for examples and tests


def example_store() -> Store:
    """An in-memory store of facts from the seed article (VOA, 2018-07-13: Pompeo, Kushner,
    Mnuchin and Nielsen in Mexico City) and of a made-up follow-up (2021-01-20), for trying
    the views and analyses without building anything.

    Examples
    --------
    >>> store = example_store()
    >>> store.stats()["articles"]
    2
    """
    from kg.model import (AgreementAction, Article, Entity, Evidence, HoldsPost, Meeting,
                          Statement, Topic)
    from kg.rdf import article_graph, article_iri
    from kg.store import MEMORY, open_store

    person = {name: Entity(name, "person") for name in (
        "Mike Pompeo", "Jared Kushner", "Luis Videgaray Caso", "Royce Murray")}
    state = Entity("Department of State", "organization")
    sre = Entity("Ministry of Foreign Affairs", "organization")
    council = Entity("American Immigration Council", "organization")
    us = Entity("United States", "country", key="country/us")
    mexico = Entity("Mexico", "country", key="country/mx")
    safe_third = Entity("safe third country agreement", "agreement")

    def ev(doc: str, sentence: str, confidence: float = 0.9) -> Evidence:
        return Evidence(doc, sentence, 0, len(sentence), "example", confidence)

    joins = ("Kushner, who developed a back channel and close working relations with "
             "Videgaray Caso, joins Pompeo for the meeting at Mexico’s Ministry of Foreign "
             "Affairs.")
    said = "“We will talk up there,” said U.S. Secretary of State Mike Pompeo."
    discussing = ("The two countries are said to be discussing a proposed “safe third "
                  "country” agreement.")
    murray = ("American Immigration Council Policy Director Royce Murray told VOA Friday any "
              "such deal must ensure that Mexico can process “a high volume of asylum "
              "seekers …without compromising due process.”")
    seed = (Article("seed", "Kushner, Pompeo to Tackle Migration", "...",
                    published="2018-07-13"), [
        Meeting((person["Jared Kushner"], person["Mike Pompeo"],
                 person["Luis Videgaray Caso"]), ev("seed", joins)),
        HoldsPost(person["Mike Pompeo"], "Secretary of State", state, us, "current",
                  ev("seed", said)),
        HoldsPost(person["Luis Videgaray Caso"], "Foreign Minister", sre, None, "current",
                  ev("seed", joins, 0.8)),
        HoldsPost(person["Royce Murray"], "Policy Director", council, None, "current",
                  ev("seed", murray)),
        AgreementAction((us, mexico), safe_third, "discuss", ev("seed", discussing, 0.7),
                        hedged=True),
        Statement(person["Royce Murray"], "a high volume of asylum seekers", False,
                  ev("seed", murray)),
        Topic("immigration", ev("seed", discussing)),
    ])
    met = "Pompeo met Videgaray Caso and Kushner again in Washington."
    negotiate = "The United States and Mexico negotiate the safe third country agreement."
    former = "Former Secretary of State Mike Pompeo spoke."
    not_signed = "Mexico did not sign the safe third country agreement."
    later = (Article("later", "Pompeo back in Mexico", "...", published="2021-01-20"), [
        Meeting((person["Mike Pompeo"], person["Luis Videgaray Caso"],
                 person["Jared Kushner"]), ev("later", met)),
        AgreementAction((us, mexico), safe_third, "negotiate", ev("later", negotiate)),
        AgreementAction((mexico,), safe_third, "sign", ev("later", not_signed), negated=True),
        HoldsPost(person["Mike Pompeo"], "Secretary of State", state, us, "former",
                  ev("later", former)),
    ])
    store = open_store(MEMORY)
    for article, facts in (seed, later):
        store.replace_article(article_iri(article.id), article_graph(article, facts))
    return store
