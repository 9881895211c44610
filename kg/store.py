"""The store: each article's triples kept as the named graph of the article's IRI, queried as
the union of all of them. Comes after `rdf` (which makes the graphs) and before `queries`.
What entities, posts and topics are (types, labels, aliases) is kept once, in a shared graph
(`kg.rdf.DESCRIPTIONS`), not once per article: on 4,348 articles a query joining labels went
from minutes to a second.

Oxigraph on disk (pyoxigraph, RocksDB) is the default: measured against rdflib's in-memory
Dataset saved to N-Quads and against rdflib over Oxigraph (oxrdflib) on ~200k quads, it opens
in milliseconds instead of seconds and answers aggregate queries ten times faster than rdflib's
engine (see `benchmarks/bench_store.py`). For larger collections, `open_store(endpoint=...)`
talks to a SPARQL server (`oxigraph serve --location DIR --union-default-graph`) over HTTP.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import RDFS
    >>> art = URIRef("https://w3id.org/policy-kg/id/article/a1")
    >>> ana = URIRef("https://w3id.org/policy-kg/id/person/ana")
    >>> g = Graph()
    >>> _ = g.add((art, URIRef("https://w3id.org/policy-kg/ontology#mentions"), ana))
    >>> _ = g.add((ana, RDFS.label, Literal("Ana")))
    >>> with open_store(":memory:") as store:
    ...     store.replace_article(art, g)
    ...     store.replace_article(art, g)  # building again replaces, never duplicates
    ...     result = store.query("SELECT ?name WHERE { ?p rdfs:label ?name }")
    ...     (store.articles(), result.tuples())
    (['https://w3id.org/policy-kg/id/article/a1'], [('Ana',)])
"""
from __future__ import annotations

import ast
import json
import os
import re
import urllib.error
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.ontology import DESCRIPTIONS, ENTITY_CLASSES, PREFIXES, split_descriptions

if TYPE_CHECKING:
    from rdflib import Dataset

#: Where the store lives unless told otherwise: $KG_STORE, else ./.kg/store.
DEFAULT_PATH = Path(".kg") / "store"
#: `path` value for a store kept in memory only (tests, one-off analyses).
MEMORY = ":memory:"

# Plain strings: rdflib's closed namespaces confuse doctest collection.
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LEDGER = PREFIXES["kgo"] + "descriptions"

#: Export format name -> (Oxigraph format, keeps named graphs).
EXPORT_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}

#: Results format name -> Oxigraph's writer of that W3C SPARQL 1.1 format (SELECT and ASK
#: answers: `Store.results`, `serialize_results`).
RESULTS_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}

#: stats() key -> the class counted.
STATS_CLASSES = {"persons": ENTITY_CLASSES["person"],
                 "organizations": ENTITY_CLASSES["organization"],
                 "countries": ENTITY_CLASSES["country"],
                 "agreements": ENTITY_CLASSES["agreement"]}

_STATS_TYPES = """
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type
"""
# A fact is whatever carries evidence; its kind is its class (kgo:PostHolding ...).
_STATS_FACTS = """
SELECT ?type (COUNT(DISTINCT ?fact) AS ?n)
WHERE { ?fact kgo:evidenceText ?text ; a ?type . FILTER(?type != kgo:Fact) }
GROUP BY ?type
"""
_COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_COUNT_TRIPLES = ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o "
                  f"FILTER(?p != <{_LEDGER}>) }} }}")
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
# A merged export is for loading elsewhere: the store's ledgers (kgo:descriptions) stay out.
_UNION = ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o "
          f"FILTER(?p != <{_LEDGER}>) }} }}")


@dataclass
class QueryResult:
    """What `Store.query` returns.

    SELECT: `columns` (variable names, in the query's order) and `rows`, one dict per solution
    mapping each bound variable to an rdflib term (`URIRef`, `Literal`, `BNode`); unbound
    variables are absent. `tuples()` gives plain Python values for printing or JSON.
    ASK: `boolean`. CONSTRUCT / DESCRIBE: `graph`, an rdflib Graph.
    """

    columns: tuple[str, ...] = ()
    rows: list[dict[str, Node]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[dict[str, Node]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def tuples(self) -> list[tuple[Any, ...]]:
        """Rows as tuples in column order: IRIs and literals as `str`, except numbers and
        booleans as `int`, `float`, `bool`; unbound as None."""
        return [tuple(plain(row.get(c)) for c in self.columns) for row in self.rows]


def plain(term: Node | None) -> Any:
    """A term as a plain Python value (see `QueryResult.tuples`)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float)):
            return value
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def open_store(path: str | Path | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None, read_only: bool = False) -> Store:
    """Open (creating if needed) the store at `path`, or connect to a SPARQL `endpoint`.

    `path` defaults to $KG_STORE, else `./.kg/store`; ":memory:" keeps the store in memory.
    `read_only` opens an existing store for queries while another process (a running
    `kg build`) holds it for writing. `endpoint` is a SPARQL query URL, or the base URL of an
    `oxigraph serve` instance (`http://localhost:7878`, for which `/query` and `/update` are
    used); `update_endpoint` when updates go elsewhere. The server must treat the default
    graph as the union of the named graphs (`oxigraph serve --union-default-graph`).
    """
    if endpoint is not None:
        return EndpointStore(endpoint, update_endpoint)
    if path is None:
        path = os.environ.get("KG_STORE") or DEFAULT_PATH
    if str(path) == MEMORY:
        return Store(ox.Store(), MEMORY)
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open the store at {path}: it is a file, not a store directory")
    if read_only and not (path.exists() and any(path.iterdir())):
        raise StoreError(f"there is no store at {path}: build one first (kg build)")
    if path.is_dir() and not _is_store(path) and any(path.iterdir()):
        raise StoreError(f"{path} is not a kg store: it is a folder of other files. Give the "
                         "folder of a store, or a new or empty folder to make one in")
    try:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        inner = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreError(
                f"the store at {path} is in use by another process (a running kg build?): "
                "wait for it to finish, open it read-only to query, or use another store path"
            ) from error
        raise StoreError(f"cannot open the store at {path}: {error}") from error
    return Store(inner, str(path), read_only=read_only)


def _is_store(path: Path) -> bool:
    """Whether `path` holds an Oxigraph store (RocksDB keeps its CURRENT and MANIFEST files)."""
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


class Store:
    """kg's graph: one named graph per article; queries see the union of them all.

    Use it as a context manager, or call `close()` to release the store for other processes.
    """

    def __init__(self, inner: ox.Store, location: str, *, read_only: bool = False) -> None:
        self._inner: ox.Store | None = inner
        self.location = location
        self.read_only = read_only
        self._dataset: Dataset | None = None
        self._ledger_counts: Counter[str] | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Writing

    def replace_article(self, article_iri: URIRef, graph: Graph) -> None:
        """Make `graph` the article's named graph, dropping what it held before.

        The descriptions in `graph` (types, labels, aliases of what it names) go into the
        shared descriptions graph; those only the article's old version gave are dropped, so
        the store holds what a fresh build of the same articles would hold. One SPARQL update,
        so one transaction: a failure leaves the old graph as it was.
        """
        name = _iri(article_iri)
        own, shared = split_descriptions(graph)
        # N-Triples is a subset of INSERT DATA's syntax, and Oxigraph writes it (escaping
        # included) from terms it has validated, so the data cannot become update syntax.
        try:
            lines = _lines(shared)
            if lines:  # the ledger: what this article said about the things it names
                own.append((article_iri, URIRef(_LEDGER), Literal("".join(lines))))
            body = ox.serialize((_triple(t) for t in own), format=ox.RdfFormat.N_TRIPLES)
        except (ValueError, TypeError) as error:
            raise StoreError(f"article {article_iri}: invalid triple, nothing written: {error}") \
                from error
        described = "".join(lines)
        forget, counts = self._forget(article_iri, lines)
        self._update(f"DROP SILENT GRAPH {name} ;\n"
                     f"INSERT DATA {{ GRAPH {name} {{\n{body.decode()}}}\n"
                     f"GRAPH {_iri(DESCRIPTIONS)} {{\n{described}}} }}" + forget)
        self._counted(counts)

    def remove_article(self, article_iri: URIRef) -> None:
        """Drop the article's named graph and the descriptions only it gave (nothing happens
        if there is none)."""
        forget, counts = self._forget(article_iri, [])
        self._update(f"DROP SILENT GRAPH {_iri(article_iri)}" + forget)
        self._counted(counts)

    def _forget(self, article_iri: URIRef, lines: list[str]) -> tuple[str, dict[str, int]]:
        """An update (to run after the article's graph is replaced or dropped, in the same
        transaction) deleting the descriptions the article's old version gave that neither
        its new version (`lines`, N-Triples) nor any other article gives; and the ledger
        counts once it has run."""
        name = _iri(article_iri)
        ledger = self.query(f"SELECT ?l WHERE {{ GRAPH {name} {{ {name} <{_LEDGER}> ?l }} }}")
        old = set(_ledger_lines(ledger.rows[0]["l"])) if ledger.rows else set()
        new = set(lines)
        if not ledger.rows and self._ledger_counts is None:
            # an article stored before ledgers were kept, or a new one
            return self._prune(article_iri), {}
        if old - new and self._ledger_counts is None:
            self._ledger_counts = self._count_ledgers()
        if self._ledger_counts is None:
            return "", {}
        counts = {line: self._ledger_counts.get(line, 0) for line in old | new}
        for line in old:
            counts[line] -= 1
        for line in new:
            counts[line] += 1
        gone = sorted(line for line in old - new if counts[line] <= 0)
        delete = (f" ;\nDELETE DATA {{ GRAPH {_iri(DESCRIPTIONS)} {{\n{''.join(gone)}}} }}"
                  if gone else "")
        return delete + ("" if ledger.rows else self._prune(article_iri)), counts

    def _count_ledgers(self) -> Counter[str]:
        """How many articles' ledgers hold each description line. Read once per opened store,
        when a rebuild or removal first drops a line, then kept up to date by this writer:
        checking each dropped line against every other ledger in SPARQL took 0.14 s per
        article on 100 articles, and grows with the store."""
        counts: Counter[str] = Counter()
        for row in self.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ ?a <{_LEDGER}> ?l }} }}"):
            counts.update(set(_ledger_lines(row["l"])))
        return counts

    def _counted(self, counts: dict[str, int]) -> None:
        if self._ledger_counts is not None:
            for line, count in counts.items():
                if count > 0:
                    self._ledger_counts[line] = count
                else:
                    self._ledger_counts.pop(line, None)

    def _prune(self, article_iri: URIRef) -> str:
        """For a graph without a ledger: an update dropping the descriptions of what only the
        article's old version named."""
        before = self.query(f"SELECT DISTINCT ?x WHERE {{ GRAPH {_iri(article_iri)} "
                            f"{{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} }} FILTER(isIRI(?x)) }}")
        names = " ".join(_iri(row["x"]) for row in before.rows)
        if not names:
            return ""
        graph = _iri(DESCRIPTIONS)
        return (f" ;\nDELETE {{ GRAPH {graph} {{ ?x ?p ?o }} }} WHERE {{ VALUES ?x {{ {names} }} "
                f"GRAPH {graph} {{ ?x ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?q ?x }} FILTER(?g != {graph}) }} "
                f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?x ?r ?y }} FILTER(?h != {graph}) }} }}")

    def clear(self) -> None:
        """Remove every graph."""
        self._update("CLEAR ALL")

    # Reading

    def articles(self) -> list[str]:
        """The IRIs of the article graphs, sorted."""
        return sorted(str(g) for g in self._graph_names() if str(g) != str(DESCRIPTIONS))

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of the article graphs.

        `bindings` maps variable names (without `?`) to values: rdflib terms as they are,
        `str` and other Python values as literals. They are bound to the variables (Oxigraph
        substitutions, SEP-0007), never written into the query text; Oxigraph binds only
        variables the SELECT projects (and, in an aggregate query, groups by). The prefixes of
        `PREFIXES` need not be declared. Raises QueryError for malformed SPARQL.

        The union is a bag: a triple stated by three articles matches three times, so
        aggregate with COUNT(DISTINCT ...) or use SELECT DISTINCT.
        """
        return self._query(sparql, {k: _term(v) for k, v in (bindings or {}).items()})

    def results(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> bytes:
        """The answer of a SELECT or ASK query as a W3C SPARQL 1.1 Query Results JSON
        document, as an endpoint sends it (written by Oxigraph here, by the server for an
        endpoint), for `serialize_results`; `bindings` as for `query`. QueryError for a
        CONSTRUCT or DESCRIBE query, whose answer is a graph.

        >>> with open_store(MEMORY) as store:
        ...     store.results('SELECT ?x WHERE { BIND("a" AS ?x) }')
        b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"a"}}]}}'
        """
        return self._results(sparql, {k: _term(v) for k, v in (bindings or {}).items()})

    def export(self, fmt: str) -> bytes:
        """The store serialised as turtle, ntriples (the union of the graphs, merged), trig,
        nquads or jsonld (every named graph kept)."""
        try:
            ox_format, keeps_graphs = EXPORT_FORMATS[fmt]
        except KeyError:
            raise StoreError(f"unknown export format {fmt!r}; choose one of "
                             f"{', '.join(EXPORT_FORMATS)}") from None
        return _dump(self._require(), ox_format, keeps_graphs)

    def stats(self) -> dict[str, Any]:
        """Counts: articles, quads, distinct triples of the union (as a merged export holds
        them, without the ledgers), entities by kind (persons,
        organizations, countries, agreements) and facts by class (`facts`, e.g.
        {"PostHolding": 12})."""
        types = {row["type"]: int(row["n"]) for row in self.query(_STATS_TYPES)}
        facts = {_local_name(row["type"]): int(row["n"]) for row in self.query(_STATS_FACTS)}
        return {
            "articles": len(self.articles()),
            "quads": int(self.query(_COUNT_QUADS).rows[0]["n"]),
            "triples": int(self.query(_COUNT_TRIPLES).rows[0]["n"]),
            **{key: types.get(cls, 0) for key, cls in STATS_CLASSES.items()},
            "facts": dict(sorted(facts.items())),
        }

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over the same data (default graph = union), for analyses that
        want rdflib's API. Reads and writes go straight to the store; close it with the store."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore
            from rdflib import Dataset

            self._dataset = Dataset(store=OxigraphStore(store=self._require()),
                                    default_union=True)
        return self._dataset

    def close(self) -> None:
        """Flush and release the store (its lock) for other processes. Idempotent."""
        if self._inner is not None and not self.read_only:
            try:
                self._inner.flush()
            except OSError as error:
                raise StoreError(f"cannot write the store at {self.location}: {error}") from error
        # The RocksDB lock goes with the last reference to the Oxigraph store.
        self._inner = None
        self._dataset = None

    # Backend: Oxigraph in process

    def _require(self) -> ox.Store:
        if self._inner is None:
            raise StoreError(f"the store at {self.location} is closed")
        return self._inner

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        try:
            self._require().update(update)
        except SyntaxError as error:
            raise StoreError(f"invalid update, nothing written: {error}") from error
        except OSError as error:
            raise StoreError(f"cannot write the store at {self.location}, nothing written: "
                             f"{error}") from error

    def _query(self, sparql: str, bindings: dict[str, Node]) -> QueryResult:
        return _result(self._run(sparql, bindings))

    def _results(self, sparql: str, bindings: dict[str, Node]) -> bytes:
        result = self._run(sparql, bindings)
        if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            raise QueryError(_GRAPH_ANSWER)
        try:
            return result.serialize(format=ox.QueryResultsFormat.JSON)
        except OSError as error:
            raise StoreError(f"cannot read the store at {self.location}: {error}") from error

    def _run(self, sparql: str, bindings: dict[str, Node]) -> Any:
        try:
            return self._require().query(
                sparql, prefixes=PREFIXES, use_default_graph_as_union=True,
                substitutions={ox.Variable(k): _to_ox(v) for k, v in bindings.items()})
        except SyntaxError as error:
            raise _syntax_error(sparql, error) from error
        except RuntimeError as error:  # a bound variable the query does not project
            raise QueryError(f"cannot bind {', '.join(bindings)}: {error}") from error
        except OSError as error:
            raise StoreError(f"cannot read the store at {self.location}: {error}") from error

    def _graph_names(self) -> list[Node]:
        return [_from_ox(g) for g in self._require().named_graphs()]


#: HTTP statuses worth another try: the server is busy, restarting or behind a flaky proxy.
_TRANSIENT = frozenset({429, 502, 503, 504})
_NOT_UNION = (
    "the SPARQL endpoint {url} does not show its named graphs in its default graph, where kg's "
    "queries look, so every query would find nothing: start it as `oxigraph serve --location "
    "DIR --union-default-graph` (Fuseki: tdb2:unionDefaultGraph true; GraphDB, Virtuoso: see "
    "their union default graph setting)")


class EndpointStore(Store):
    """The same API over the SPARQL 1.1 protocol (HTTP). Queries see the server's default
    graph, which must be the union of the named graphs (checked once the server holds data);
    updates are one request each, which Oxigraph (and most servers) run as one transaction.

    Requests go through SPARQLWrapper (POST, URL-encoded; each one given up after `timeout`
    seconds). Credentials come from the URL (`http://user:password@host:7878`) or from
    $KG_ENDPOINT_USER and $KG_ENDPOINT_PASSWORD, and are sent as HTTP basic authentication
    (a user without a password sends none: SPARQLWrapper's rule); they never appear in
    `location` or in messages. A request that fails on the way (the
    server unreachable, or 429/502/503/504) is tried `retries` more times, waiting `backoff`
    seconds, then twice as long each time: kg's updates are idempotent (drop and insert), so a
    repeated one does no harm. A refusal names the endpoint, the HTTP status and what the
    server said. `dataset` is rdflib's SPARQLUpdateStore over the same URLs, for rdflib's API.
    """

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *,
                 retries: int = 3, backoff: float = 0.25, timeout: float = 300) -> None:
        endpoint, user, password = _credentials(endpoint)
        if update_endpoint is not None:
            update_endpoint, _, _ = _credentials(update_endpoint)
        self.query_url, self.update_url = _endpoint_urls(endpoint, update_endpoint)
        super().__init__(None, self.query_url)  # type: ignore[arg-type]
        self._auth = (user, password) if user is not None else None
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self._closed = False
        self._union_checked = False

    def close(self) -> None:
        self._closed = True
        self._dataset = None

    def export(self, fmt: str) -> bytes:
        if fmt not in EXPORT_FORMATS:
            return super().export(fmt)  # raises the unknown-format error
        # Copy into an in-memory Oxigraph store; collections served this way still fit in
        # memory once, and the dump code stays the same.
        copy = ox.Store()
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        copy.extend(ox.Quad(*(_to_ox(row[v]) for v in "spog")) for row in rows)
        return _dump(copy, *EXPORT_FORMATS[fmt])

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            from rdflib import Dataset
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            self._check_open()
            self._dataset = Dataset(store=SPARQLUpdateStore(self.query_url, self.update_url,
                                                            auth=self._auth),
                                    default_union=True)
        return self._dataset

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store at {self.location} is closed")

    def _check_union(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs (once it
        holds a quad to test with: an empty server cannot tell)."""
        if self._union_checked:
            return
        found = self._select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")
        if not found.rows:
            return
        row = found.rows[0]
        triple = " ".join(_to_ox(row[v]).__str__() for v in "spo")
        if not self._select(f"ASK {{ {triple} }}").boolean:
            raise StoreError(_NOT_UNION.format(url=self.query_url))
        self._union_checked = True

    def _update(self, update: str) -> None:
        self._check_open()
        self._post(self.update_url, "update", update, "*/*")
        self._check_union()

    def _query(self, sparql: str, bindings: dict[str, Node]) -> QueryResult:
        return self._answer(self._send(sparql, bindings))

    def _results(self, sparql: str, bindings: dict[str, Node]) -> bytes:
        body = self._send(sparql, bindings)
        if not _is_results_json(body):
            raise QueryError(_GRAPH_ANSWER)
        return body

    def _send(self, sparql: str, bindings: dict[str, Node]) -> bytes:
        """The server's answer to the user's query: SPARQL results JSON, or N-Triples."""
        self._check_open()
        # Oxigraph parses the query as the user wrote it first: a malformed one fails here,
        # with positions in the user's text.
        try:
            ox.Store().query(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise _syntax_error(sparql, error) from error
        self._check_union()
        declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):", sparql)}
        # one line, so the server's line numbers are the user's too
        prologue = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()
                            if p.lower() not in declared)
        return self._ask_server(prologue + " " + (inject_values(sparql, bindings) if bindings
                                                  else sparql))

    def _select(self, text: str) -> QueryResult:
        return self._answer(self._ask_server(text))

    def _ask_server(self, text: str) -> bytes:
        return self._post(self.query_url, "query", text,
                          "application/sparql-results+json, application/n-triples;q=0.9")

    @staticmethod
    def _answer(body: bytes) -> QueryResult:
        if _is_results_json(body):
            return read_results(body)
        graph = Graph()
        graph.parse(data=body.decode(), format="nt")
        return QueryResult(graph=graph)

    def _graph_names(self) -> list[Node]:
        return [row["g"] for row in self.query(_GRAPHS)]

    def _post(self, url: str, key: str, text: str, accept: str) -> bytes:
        """POST `text` as the form field `key` ("query" or "update") to `url` through
        SPARQLWrapper, retrying what may pass; the body of the answer."""
        import time

        from SPARQLWrapper import INSERT, POST, SELECT, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        client = SPARQLWrapper(url, updateEndpoint=url)
        client.setMethod(POST)  # URL-encoded form, as the SPARQL 1.1 protocol allows for both
        client.setOnlyConneg(True)  # the format is asked in the Accept header only
        client.setTimeout(self.timeout)
        # kg knows which it sends: set the documented queryString and queryType, where
        # setQuery would guess the type with regular expressions over the whole text
        # (17 ms for an article's 60 kB update)
        client.queryString = text
        client.queryType = INSERT if key == "update" else SELECT
        client.addCustomHttpHeader("Accept", accept)
        if self._auth is not None:
            client.setCredentials(*self._auth)
        for attempt in range(self.retries + 1):
            try:
                with client.query().response as response:
                    return response.read()
            except (SPARQLWrapperException, urllib.error.HTTPError) as error:
                status = _status(error)
                if status in _TRANSIENT and attempt < self.retries:
                    time.sleep(self.backoff * 2 ** attempt)
                    continue
                if status in (401, 403):
                    raise StoreError(
                        f"{url} refused the {key} ({status}): give credentials as "
                        "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (or user:password@ in the "
                        "URL)") from None
                raise StoreError(f"{url} refused the {key} ({status}): "
                                 f"{_server_words(error)}") from None
            except OSError as error:  # unreachable, refused, timed out
                if attempt < self.retries:
                    time.sleep(self.backoff * 2 ** attempt)
                    continue
                reason = getattr(error, "reason", error)
                raise StoreError(f"cannot reach the SPARQL endpoint {url} "
                                 f"({attempt + 1} attempts): {reason}") from None
        raise AssertionError("unreachable")


def _status(error: Exception) -> int | None:
    """The HTTP status of a failed request: SPARQLWrapper raises its own exception for 400,
    401, 404, 414 and 500, from urllib's HTTPError (kept as the exception's context), and
    passes the others on as they are."""
    for cause in (error, error.__context__):
        if isinstance(cause, urllib.error.HTTPError):
            return cause.code
    return None


def _server_words(error: Exception, limit: int = 500) -> str:
    """What the server said about a refused request (its response body), cut at `limit`."""
    if isinstance(error, urllib.error.HTTPError):
        body = error.read()
    else:  # SPARQLWrapper put the body, as a bytes literal, at the end of its message
        text = str(error).partition("Response:\n")[2]
        try:
            body = ast.literal_eval(text) if text else b""
        except (ValueError, SyntaxError):
            body = text.encode()
    if not isinstance(body, bytes):
        body = str(body).encode()
    return body.decode(errors="replace").strip()[:limit] or str(error)[:limit]


_GRAPH_ANSWER = ("a CONSTRUCT or DESCRIBE query answers with a graph, not with results: "
                 "serialise its graph (QueryResult.graph) instead")


def _is_results_json(body: bytes) -> bool:
    return body.lstrip().startswith(b"{")


def read_results(document: bytes) -> QueryResult:
    """A SPARQL 1.1 Query Results JSON document (`Store.results`) as a `QueryResult`."""
    try:
        return _result(ox.parse_query_results(document, ox.QueryResultsFormat.JSON))
    except SyntaxError as error:
        raise QueryError(f"unreadable query results: {error}") from error


def serialize_results(document: bytes, fmt: str, *, drop: Iterable[str] = ()) -> bytes:
    """A SPARQL 1.1 Query Results JSON document (`Store.results`) in the W3C results format
    `fmt` (csv, tsv, json, xml: `RESULTS_FORMATS`), written by Oxigraph, without the
    variables in `drop`.

    >>> doc = (b'{"head":{"vars":["p","name"]},"results":{"bindings":[{"p":{"type":"uri",'
    ...        b'"value":"http://x/ana"},"name":{"type":"literal","value":"Lopez, Ana"}}]}}')
    >>> serialize_results(doc, "csv").decode().splitlines()
    ['p,name', 'http://x/ana,"Lopez, Ana"']
    >>> serialize_results(doc, "tsv", drop=["p"]).decode().splitlines()
    ['?name', '"Lopez, Ana"']
    """
    try:
        writer = RESULTS_FORMATS[fmt]
    except KeyError:
        raise QueryError(f"unknown results format {fmt!r}; choose one of "
                         f"{', '.join(RESULTS_FORMATS)}") from None
    drop = set(drop)
    if drop:
        data = json.loads(document)
        if "head" in data and "results" in data:
            data["head"]["vars"] = [v for v in data["head"].get("vars", []) if v not in drop]
            for solution in data["results"]["bindings"]:
                for name in drop:
                    solution.pop(name, None)
            document = json.dumps(data, ensure_ascii=False).encode()
    try:
        return ox.parse_query_results(document, ox.QueryResultsFormat.JSON).serialize(
            format=writer)
    except SyntaxError as error:
        raise QueryError(f"unreadable query results: {error}") from error


def _credentials(url: str) -> tuple[str, str | None, str | None]:
    """The URL without its user:password@, and the user and password (from the URL, else
    from $KG_ENDPOINT_USER and $KG_ENDPOINT_PASSWORD)."""
    parts = urllib.parse.urlsplit(url)
    user, password = parts.username, parts.password
    if user is not None:
        netloc = parts.hostname or ""
        if ":" in netloc:  # an IPv6 address
            netloc = f"[{netloc}]"
        if parts.port is not None:
            netloc += f":{parts.port}"
        url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        user, password = urllib.parse.unquote(user), urllib.parse.unquote(password or "")
    else:
        user = os.environ.get("KG_ENDPOINT_USER") or None
        password = os.environ.get("KG_ENDPOINT_PASSWORD", "") if user else None
    return url, user, password


#: The update operations of SPARQL 1.1 Update, after any prologue.
_UPDATE = re.compile(r"(?is)^\s*(?:(?:#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


def _syntax_error(sparql: str, error: Exception) -> QueryError:
    """A malformed query's error, in plain words: an update is refused as one, a long list of
    expected tokens is cut short."""
    if _UPDATE.match(sparql):
        return QueryError("updates are not allowed: kg runs queries (SELECT, ASK, CONSTRUCT, "
                          "DESCRIBE); build, or remove articles, through kg itself")
    text = str(error)
    if len(text) > 160:
        text = text[:157].rstrip() + "..."
    return QueryError(f"malformed SPARQL: {text}")


def _endpoint_urls(endpoint: str, update_endpoint: str | None) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https"):
        raise StoreError(f"not an HTTP(S) SPARQL endpoint: {endpoint!r}")
    base = endpoint.rstrip("/")
    if parts.path in ("", "/"):  # an `oxigraph serve` base URL
        return f"{base}/query", update_endpoint or f"{base}/update"
    if update_endpoint is None and base.endswith("/query"):
        return endpoint, base[: -len("/query")] + "/update"
    return endpoint, update_endpoint or endpoint


# Binding values for endpoints: a VALUES block as the first element of the WHERE group, so
# FILTERs in the group see the values (rdflib's SPARQLStore appends VALUES after the query,
# where a FILTER(CONTAINS(?label, ?name)) would see ?name unbound).

# Tokens that may contain braces or '#' without meaning them: strings, IRIs, comments.
_SKIP = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*''')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


#: A sub-SELECT's WHERE group: bindings are injected there too, since a subquery does not see
#: the values of the group around it.
_SUBSELECT = re.compile(r"\{\s*SELECT\b[^{}]*?\bWHERE\s*\{", re.I)


def inject_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """`sparql` with `VALUES (?a ?b) { (value value) }` opening its WHERE group (and the
    WHERE group of each sub-SELECT).

    The values are written as N-Triples terms by rdflib (escaped), inside a block the
    SPARQL grammar reads as data only.

    >>> inject_values('SELECT ?x WHERE { ?x ?p ?name }', {"name": Literal('a"} DROP ALL {')})
    'SELECT ?x WHERE { VALUES (?name) { ("a\\\\"} DROP ALL {") }  ?x ?p ?name }'
    """
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(_term(v).n3() for v in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    position, depth, form, skip_template = 0, 0, None, False
    while position < len(sparql):
        skipped = _SKIP.match(sparql, position)
        if skipped:
            position = skipped.end()
            continue
        char = sparql[position]
        word = _WORD.match(sparql, position) if form is None or form == "CONSTRUCT" else None
        if word and (position == 0 or not sparql[position - 1].isalnum()):
            upper = word.group().upper()
            if form is None and upper in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = upper
                skip_template = upper == "CONSTRUCT"
            elif form == "CONSTRUCT" and upper == "WHERE" and depth == 0:
                skip_template = False
            position = word.end()
            continue
        if char == "{":
            if form is not None and depth == 0 and not skip_template:
                rest = _SUBSELECT.sub(lambda m: m.group() + block, sparql[position + 1:])
                return sparql[: position + 1] + block + rest
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0 and skip_template:
                skip_template = False
        position += 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


# Terms between rdflib and Oxigraph

_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')


def _iri(iri: URIRef | str) -> str:
    """`<iri>` after checking it cannot close the brackets."""
    if not _IRI.fullmatch(str(iri)):
        raise StoreError(f"not a valid IRI: {str(iri)!r}")
    return f"<{iri}>"


def _term(value: Any) -> Node:
    if isinstance(value, (URIRef, Literal, BNode)):
        return value
    return Literal(value)


def _to_ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r} ({type(term).__name__})")


def _triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    return ox.Triple(*(_to_ox(t) for t in triple))


def _ledger_lines(ledger: Node) -> list[str]:
    return [line + "\n" for line in str(ledger).splitlines() if line]


def _lines(triples) -> list[str]:
    """The triples as sorted, distinct N-Triples lines (each ending with a newline)."""
    text = ox.serialize((_triple(t) for t in triples), format=ox.RdfFormat.N_TRIPLES).decode()
    return sorted({line + "\n" for line in text.splitlines() if line})


def _from_ox(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return Literal(str(term))  # RDF-star triple terms: shown, not interpreted


def _result(result: Any) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        variables = list(zip(columns, result.variables))
        rows = []
        for solution in result:
            row = {}
            for name, variable in variables:
                value = solution[variable]
                if value is not None:
                    row[name] = _from_ox(value)
            rows.append(row)
        return QueryResult(columns=columns, rows=rows)
    graph = Graph()
    for triple in result:
        graph.add((_from_ox(triple.subject), _from_ox(triple.predicate), _from_ox(triple.object)))
    return QueryResult(graph=graph)


def _dump(inner: ox.Store, ox_format: ox.RdfFormat, keeps_graphs: bool) -> bytes:
    prefixes = {p: iri for p, iri in PREFIXES.items() if ox_format != ox.RdfFormat.JSON_LD}
    try:
        if keeps_graphs:
            return inner.dump(format=ox_format, prefixes=prefixes or None)
        union = inner.query(_UNION, use_default_graph_as_union=True)
        return ox.serialize(union, format=ox_format, prefixes=prefixes or None)
    except OSError as error:
        raise StoreError(f"cannot read the store: {error}") from error


def _local_name(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1] or text


__all__ = ["DEFAULT_PATH", "EXPORT_FORMATS", "MEMORY", "PREFIXES", "RESULTS_FORMATS",
           "EndpointStore", "QueryResult", "Store", "inject_values", "open_store", "plain",
           "read_results", "serialize_results"]
