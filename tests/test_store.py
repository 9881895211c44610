"""kg.store: articles as named graphs, kept across re-opens, replaced without duplicates."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS

from kg.errors import QueryError, StoreError
from kg.store import EXPORT_FORMATS, MEMORY, inject_values, open_store
from kg.rdf import DESCRIPTIONS, split_descriptions

# rdflib's own parsers use its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

KGO = Namespace("https://w3id.org/policy-kg/ontology#")
ID = Namespace("https://w3id.org/policy-kg/id/")
A1, A2 = ID["article/a1"], ID["article/a2"]


def article(iri: URIRef, *people: str) -> Graph:
    """An article graph: the article, the people it mentions and one fact per person."""
    g = Graph()
    g.add((iri, RDF.type, KGO.Article))
    for n, name in enumerate(people):
        person = ID[f"person/{name.lower().replace(' ', '-')}"]
        fact = ID[f"fact/{iri.rsplit('/', 1)[1]}-{n}"]
        g.add((person, RDF.type, FOAF.Person))
        g.add((person, RDFS.label, Literal(name)))
        g.add((iri, KGO.mentions, person))
        g.add((fact, RDF.type, KGO.PostHolding))
        g.add((fact, KGO.person, person))
        g.add((fact, KGO.evidenceText, Literal(f"{name} said \"yes\"\nand left.")))
        g.add((fact, PROV.wasDerivedFrom, iri))
    return g


def own(graph: Graph) -> int:
    """How many quads the article's own named graph holds: its own triples and the ledger of
    the descriptions it gave."""
    mine, described = split_descriptions(graph)
    return len(mine) + bool(described)


def names(store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?n WHERE { ?p a foaf:Person ; rdfs:label ?n } ORDER BY ?n")
    return [n for (n,) in rows.tuples()]


def test_persists_across_reopen(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
    with open_store(tmp_path / "store") as store:
        assert store.articles() == [str(A1)]
        assert names(store) == ["Ana Lopez"]


def test_default_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    with open_store() as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
    assert (tmp_path / "env-store").is_dir()


def test_replace_article_twice_does_not_duplicate():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez", "Ben Ode"))
        quads = store.stats()["quads"]
        store.replace_article(A1, article(A1, "Ana Lopez", "Ben Ode"))
        assert store.stats()["quads"] == quads
        store.replace_article(A1, article(A1, "Ana Lopez"))  # a fact fewer this time
        assert names(store) == ["Ana Lopez"]


def test_union_of_articles_and_removal():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        store.replace_article(A2, article(A2, "Ana Lopez", "Ben Ode"))
        assert names(store) == ["Ana Lopez", "Ben Ode"]  # the union: Ana once
        store.remove_article(A2)
        assert store.articles() == [str(A1)]
        assert names(store) == ["Ana Lopez"]


def test_failed_write_keeps_old_data(tmp_path):
    bad = article(A1, "Ben Ode")
    bad.add((ID["person/ben-ode"], RDFS.seeAlso, URIRef("not an iri> } ; DROP ALL ; {")))
    with open_store(tmp_path / "store") as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        with pytest.raises(StoreError, match="nothing written"):
            store.replace_article(A1, bad)
        with pytest.raises(StoreError, match="not a valid IRI"):
            store.replace_article(URIRef("http://x/> } ; DROP ALL ; {"), article(A1))
        assert names(store) == ["Ana Lopez"]
    with open_store(tmp_path / "store") as store:
        assert names(store) == ["Ana Lopez"]


def test_bindings_are_values_not_text():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        query = "SELECT ?p ?name WHERE { ?p rdfs:label ?name }"
        assert len(store.query(query, {"name": "Ana Lopez"})) == 1
        assert len(store.query(query, {"name": 'x" } ; DROP ALL ; {'})) == 0
        assert store.articles() == [str(A1)]
        with pytest.raises(QueryError, match="cannot bind name"):
            store.query("SELECT ?p WHERE { ?p rdfs:label ?name }", {"name": "Ana Lopez"})


def test_descriptions_are_stored_once():
    """Two articles naming Ana: her label is one triple of the shared descriptions graph, while
    each article keeps its own facts about her."""
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        store.replace_article(A2, article(A2, "Ana Lopez"))
        assert len(store.query("SELECT ?n WHERE { ?p rdfs:label ?n }")) == 1
        assert len(store.query("SELECT ?f WHERE { ?f a kgo:PostHolding }")) == 2
        store.remove_article(A1)
        assert names(store) == ["Ana Lopez"]  # still named by the other article
        store.remove_article(A2)
        assert names(store) == []
        assert store.stats()["quads"] == 0


def test_query_result_shapes():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        assert store.query("ASK { ?p a foaf:Person }").boolean is True
        graph = store.query("CONSTRUCT WHERE { ?p a foaf:Person }").graph
        assert len(graph) == 1
        result = store.query("SELECT ?p ?missing WHERE { ?p a foaf:Person }")
        assert result.columns == ("p", "missing")
        assert result.rows == [{"p": ID["person/ana-lopez"]}]
        assert result.tuples() == [(str(ID["person/ana-lopez"]), None)]
        with pytest.raises(QueryError, match="malformed"):
            store.query("SELECT WHERE {")


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_reparses(fmt):
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        store.replace_article(A2, article(A2, "Ana Lopez", "Ben Ode"))
        data = store.export(fmt)
    union = set(article(A1, "Ana Lopez")) | set(article(A2, "Ana Lopez", "Ben Ode"))
    keeps_graphs = EXPORT_FORMATS[fmt][1]
    rdflib_format = {"jsonld": "json-ld", "ntriples": "nt"}.get(fmt, fmt)
    if keeps_graphs:
        parsed = Dataset()
        parsed.parse(data=data, format=rdflib_format)
        graphs = {str(g.identifier) for g in parsed.graphs() if len(g)}
        assert graphs == {str(A1), str(A2), str(DESCRIPTIONS)}
        assert len(parsed.graph(A2)) == own(article(A2, "Ana Lopez", "Ben Ode"))
        extra = set().union(*(set(g) for g in parsed.graphs())) - union
        assert {(s, p) for s, p, _ in extra} == {(A1, KGO.descriptions), (A2, KGO.descriptions)}
    else:
        parsed = Graph()
        parsed.parse(data=data, format=rdflib_format)
        assert set(parsed) == union  # the store's ledgers stay out of a merged export


def test_export_unknown_format():
    with open_store(MEMORY) as store, pytest.raises(StoreError, match="turtle"):
        store.export("yaml")


def test_stats():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        store.replace_article(A2, article(A2, "Ana Lopez", "Ben Ode"))
        g = Graph()
        g.add((ID["organization/dhs"], RDF.type, ORG.Organization))
        g.add((ID["country/mexico"], RDF.type, KGO.Country))
        store.replace_article(ID["article/a3"], g)
        stats = store.stats()
    assert stats["articles"] == 3  # the third graph: descriptions only, and their ledger
    _, described_one = split_descriptions(article(A1, "Ana Lopez"))
    _, described_two = split_descriptions(article(A2, "Ana Lopez", "Ben Ode"))
    assert stats["quads"] == (own(article(A1, "Ana Lopez")) + own(article(A2, "Ana Lopez", "Ben Ode"))
                              + len(set(described_one) | set(described_two)) + 2 + 1)
    assert stats["persons"] == 2
    assert stats["organizations"] == 1
    assert stats["countries"] == 1
    assert stats["agreements"] == 0
    assert stats["facts"] == {"PostHolding": 3}
    assert stats["triples"] <= stats["quads"]


def test_dataset_view():
    with open_store(MEMORY) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        ds = store.dataset
        assert (ID["person/ana-lopez"], RDFS.label, Literal("Ana Lopez")) in ds
        assert len(ds.graph(A1)) == own(article(A1, "Ana Lopez"))


def test_locked_by_another_process(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        code = ("import sys; from kg.store import open_store; from kg.errors import StoreError\n"
                "try:\n    open_store(sys.argv[1])\nexcept StoreError as e:\n    print(e)\n"
                "try:\n    s = open_store(sys.argv[1], read_only=True)\n"
                "    print(s.articles())\nexcept StoreError as e:\n    print('ro', e)\n")
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                             text=True, check=True).stdout
        assert "in use by another process" in out
        assert str(A1) in out  # a read-only opening still works while the writer holds it


def test_reopen_after_close_in_same_process(tmp_path):
    store = open_store(tmp_path / "store")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.articles()
    with open_store(tmp_path / "store") as again:
        assert again.articles() == []


def test_unusable_paths(tmp_path):
    file = tmp_path / "file"
    file.write_text("not a store")
    with pytest.raises(StoreError, match="not a store directory"):
        open_store(file)
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing", read_only=True)


def test_read_only_refuses_writes(tmp_path):
    open_store(tmp_path / "store").close()
    with open_store(tmp_path / "store", read_only=True) as store, \
            pytest.raises(StoreError, match="read-only"):
        store.replace_article(A1, article(A1, "Ana Lopez"))


@pytest.mark.parametrize("query, expected", [
    ("SELECT * WHERE { ?s ?p ?n }", "SELECT * WHERE { VALUES (?n) { (\"x\") }  ?s ?p ?n }"),
    ("# where {\nselect * { ?s ?p ?n }", "# where {\nselect * { VALUES (?n) { (\"x\") }  ?s ?p ?n }"),
    ('SELECT (CONCAT("{", ?n) AS ?c) WHERE { ?s <http://x/{> ?n }',
     'SELECT (CONCAT("{", ?n) AS ?c) WHERE { VALUES (?n) { ("x") }  ?s <http://x/{> ?n }'),
    ("CONSTRUCT { ?s ?p ?n } WHERE { ?s ?p ?n }",
     "CONSTRUCT { ?s ?p ?n } WHERE { VALUES (?n) { (\"x\") }  ?s ?p ?n }"),
    ("CONSTRUCT WHERE { ?s ?p ?n }", "CONSTRUCT WHERE { VALUES (?n) { (\"x\") }  ?s ?p ?n }"),
])
def test_inject_values_opens_the_where_group(query, expected):
    assert inject_values(query, {"n": Literal("x")}) == expected


def _oxigraph_server() -> str | None:
    import shutil
    from pathlib import Path

    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _serve(location, *options: str):
    """Start `oxigraph serve` on a free port; (process, url) once it answers."""
    import socket
    import time
    import urllib.request

    server = _oxigraph_server()
    if server is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([server, "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}", *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    return proc, url


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One `oxigraph serve` instance with the union as default graph, for the module."""
    proc, url = _serve(tmp_path_factory.mktemp("server"), "--union-default-graph")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def endpoint(server):
    """The module's server, emptied for each test."""
    with open_store(endpoint=server) as store:
        store.clear()
    return server


def test_endpoint_store(endpoint):
    with open_store(endpoint=endpoint) as store:
        store.replace_article(A1, article(A1, "Ana Lopez"))
        store.replace_article(A2, article(A2, "Ana Lopez", "Ben Ode"))
        store.replace_article(A2, article(A2, "Ana Lopez", "Ben Ode"))
        assert store.articles() == [str(A1), str(A2)]
        assert names(store) == ["Ana Lopez", "Ben Ode"]
        # Bound values reach FILTERs (a VALUES block opens the WHERE group).
        query = ("SELECT DISTINCT ?p WHERE { ?p rdfs:label ?l "
                 "FILTER(CONTAINS(LCASE(?l), LCASE(?name))) }")
        assert len(store.query(query, {"name": "BEN"})) == 1
        assert len(store.query(query, {"name": 'x" } ; DROP ALL ; {'})) == 0
        stats = store.stats()
        assert (stats["articles"], stats["persons"], stats["facts"]) == (2, 2, {"PostHolding": 3})
        parsed = Dataset()
        parsed.parse(data=store.export("nquads"), format="nquads")
        assert len(parsed.graph(A2)) == own(article(A2, "Ana Lopez", "Ben Ode"))
        store.remove_article(A2)
        assert store.articles() == [str(A1)]
        with pytest.raises(QueryError, match="malformed"):
            store.query("SELECT WHERE {")


def test_endpoint_unreachable():
    from kg.store import EndpointStore

    with EndpointStore("http://127.0.0.1:9", retries=1, backoff=0.01) as store, \
            pytest.raises(StoreError, match=r"cannot reach .*\(2 attempts\)"):
        store.articles()


def test_endpoint_without_union_default_graph_is_refused(tmp_path):
    proc, url = _serve(tmp_path / "plain")
    try:
        with open_store(endpoint=url) as store:
            with pytest.raises(StoreError, match="--union-default-graph"):
                store.replace_article(A1, article(A1, "Ana Lopez"))
        with open_store(endpoint=url) as store, \
                pytest.raises(StoreError, match="does not show its named graphs"):
            store.query("SELECT * WHERE { ?s ?p ?o }")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_errors_point_into_the_users_query(endpoint):
    with open_store(endpoint=endpoint) as store:
        with pytest.raises(QueryError, match=r"error at 2:17"):
            store.query("SELECT ?x WHERE { ?x a foaf:Person .\n  ?x rdfs:label }")
        with pytest.raises(QueryError, match="updates are not allowed"):
            store.query("PREFIX x: <http://x/>\nCLEAR ALL")


class _Flaky:
    """A SPARQL endpoint that fails `failures` times (503) before answering; it records the
    Authorization headers it was sent."""

    def __init__(self, failures: int, status: int = 503, body: bytes = b"",
                 delay: float = 0.0) -> None:
        import threading
        import time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        flaky, refusal = self, body
        self.failures, self.calls, self.auth, self.requests = failures, 0, [], []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                form = self.rfile.read(int(self.headers["Content-Length"]))
                flaky.calls += 1
                flaky.auth.append(self.headers.get("Authorization"))
                flaky.requests.append((self.headers.get("Accept"), form))
                time.sleep(delay)
                if flaky.calls <= flaky.failures:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(refusal)))
                    self.end_headers()
                    self.wfile.write(refusal)
                    return
                body = b'{"head":{},"boolean":true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a client that gave up on a slow answer (the timeout tests): expected

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_transient_failures_are_retried_with_backoff():
    from kg.store import EndpointStore

    with _Flaky(failures=2) as flaky:
        store = EndpointStore(flaky.url, retries=2, backoff=0.01)
        store._union_checked = True
        assert store.query("ASK { ?s ?p ?o }").boolean is True
        assert flaky.calls == 3
    with _Flaky(failures=5) as flaky:
        store = EndpointStore(flaky.url, retries=2, backoff=0.01)
        store._union_checked = True
        with pytest.raises(StoreError, match="refused the query \\(503\\)"):
            store.query("ASK { ?s ?p ?o }")
        assert flaky.calls == 3


@pytest.mark.parametrize("status, body", [
    (400, b"Parser error: unexpected token at 1:9"),    # SPARQLWrapper's QueryBadFormed
    (404, b"no such dataset"),                           # EndPointNotFound
    (500, b"out of memory"),                             # EndPointInternalError
    (418, b"I'm a teapot"),                              # passed on as urllib's HTTPError
    (500, b""),
])
def test_a_refusal_names_the_endpoint_the_status_and_what_the_server_said(status, body):
    from kg.store import EndpointStore

    with _Flaky(failures=1, status=status, body=body) as flaky:
        store = EndpointStore(flaky.url, retries=2, backoff=0.01)
        store._union_checked = True
        with pytest.raises(StoreError) as refused:
            store.query("ASK { ?s ?p ?o }")
        assert flaky.calls == 1  # not worth another try
    message = str(refused.value)
    assert message.startswith(f"{flaky.url}/query refused the query ({status}): ")
    assert body.decode() in message


def test_requests_are_url_encoded_posts_asking_for_json_results():
    from urllib.parse import parse_qs

    from kg.store import EndpointStore

    with _Flaky(failures=0) as flaky:
        store = EndpointStore(flaky.url)
        store._union_checked = True
        store.query("ASK { ?s ?p ?o }")
        store._post(store.update_url, "update", "CLEAR ALL", "*/*")
    (accept, query), (_, update) = flaky.requests
    assert accept.startswith("application/sparql-results+json")
    assert parse_qs(query.decode())["query"][0].endswith("ASK { ?s ?p ?o }")
    assert parse_qs(update.decode()) == {"update": ["CLEAR ALL"]}


def test_a_slow_endpoint_is_given_up_after_the_timeout():
    from kg.store import EndpointStore

    with _Flaky(failures=0, delay=3) as flaky:
        store = EndpointStore(flaky.url, retries=0, timeout=1)
        store._union_checked = True
        with pytest.raises(StoreError, match=r"cannot reach .*\(1 attempts\): .*timed out"):
            store.query("ASK { ?s ?p ?o }")


def test_credentials_come_from_the_url_or_the_environment_and_are_never_shown(monkeypatch):
    import base64

    from kg.store import EndpointStore

    with _Flaky(failures=0) as flaky:
        url = flaky.url.replace("http://", "http://ana:s%40cret@")
        store = EndpointStore(url)
        store._union_checked = True
        store.query("ASK { ?s ?p ?o }")
        assert flaky.auth[-1] == "Basic " + base64.b64encode(b"ana:s@cret").decode()
        assert "cret" not in store.location and "ana" not in repr(store)
        monkeypatch.setenv("KG_ENDPOINT_USER", "ben")
        monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "hunter2")
        store = EndpointStore(flaky.url)
        store._union_checked = True
        store.query("ASK { ?s ?p ?o }")
        assert flaky.auth[-1] == "Basic " + base64.b64encode(b"ben:hunter2").decode()
    with _Flaky(failures=1, status=401) as flaky:
        store = EndpointStore(flaky.url.replace("http://", "http://ana:s3cret@"), retries=0)
        store._union_checked = True
        with pytest.raises(StoreError) as refused:
            store.query("ASK { ?s ?p ?o }")
        assert "KG_ENDPOINT_PASSWORD" in str(refused.value)
        assert "s3cret" not in str(refused.value)
    with pytest.raises(StoreError) as unreachable:
        EndpointStore("http://ana:s3cret@127.0.0.1:9", retries=0).articles()
    assert "s3cret" not in str(unreachable.value) and "127.0.0.1:9" in str(unreachable.value)


def test_not_a_kg_store(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(folder, read_only=True)
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(folder)  # never RocksDB files among the user's own
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "empty", read_only=True)
    with open_store(tmp_path / "empty") as store:  # an empty folder becomes a store
        store.replace_article(A1, article(A1, "Ana Lopez"))
    with open_store(tmp_path / "empty", read_only=True) as store:
        assert store.articles() == [str(A1)]


def test_updates_are_refused_in_plain_words():
    with open_store(MEMORY) as store:
        for update in ("CLEAR ALL", "# mine\nPREFIX a: <http://a/>\n DROP GRAPH <http://a/>",
                       "insert data { <http://a/> <http://a/> <http://a/> }"):
            with pytest.raises(QueryError, match="^updates are not allowed"):
                store.query(update)
        with pytest.raises(QueryError, match=r"^malformed SPARQL: error at 2:17.{0,160}$"):
            store.query("SELECT ?x WHERE { ?x a foaf:Person .\n  ?x rdfs:label }")


# Descriptions follow the facts: a rebuild equals a fresh build of the same inputs.

A_TEXT = ("Pompeo in Mexico\n\nU.S. Secretary of State Mike Pompeo met Mexican Foreign Minister "
          "Luis Videgaray Caso in Mexico City on Friday.\n")
B_TEXT = ("Immigration talks\n\nHomeland Security Secretary Kirstjen Nielsen met Mike Pompeo on "
          "Monday. Royce Murray, Policy Director of the American Immigration Council, said the "
          "plan would fail.\n")
B_EDITED = ("Immigration talks\n\nHomeland Security Secretary Kirstjen Nielsen met Secretary of "
            "State Michael R. Pompeo on Monday.\n")


def _quads(store) -> set[str]:
    return set(store.export("nquads").decode().splitlines())


def _build(path, *files):
    from kg import pipeline

    with open_store(path) as store:
        pipeline.build(files, store)


def test_rebuild_after_edit_equals_fresh_build(tmp_path, nlp):
    (tmp_path / "in").mkdir()
    a, b = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    a.write_text(A_TEXT)
    b.write_text(B_TEXT)
    _build(tmp_path / "edited", a, b)
    with open_store(tmp_path / "edited", read_only=True) as store:
        assert "American Immigration Council" in str(_quads(store))
    b.write_text(B_EDITED)  # the council and Murray are gone, Pompeo has another name
    _build(tmp_path / "edited", b)
    _build(tmp_path / "fresh", a, b)
    with open_store(tmp_path / "edited", read_only=True) as edited, \
            open_store(tmp_path / "fresh", read_only=True) as fresh:
        assert _quads(edited) == _quads(fresh)
        assert "American Immigration Council" not in str(_quads(edited))
    # removing b leaves what building a alone gives
    with open_store(tmp_path / "edited") as store:
        store.remove_article(ID["article/b"])
    _build(tmp_path / "a-only", a)
    with open_store(tmp_path / "edited", read_only=True) as edited, \
            open_store(tmp_path / "a-only", read_only=True) as alone:
        assert _quads(edited) == _quads(alone)


def _variant(iri: URIRef, *names: str, alias: str | None = None) -> Graph:
    """An article graph naming people; Ana's label and alias vary between versions."""
    g = article(iri, *names)
    if alias is not None:
        g.add((ID["person/ana-lopez"], SKOS.altLabel, Literal(alias)))
    return g


def test_every_sequence_of_writes_leaves_what_a_fresh_build_holds():
    """Within one opened store (the ledger counts kept in memory) and across re-opens."""
    steps = [(A1, _variant(A1, "Ana Lopez", alias="A. Lopez")),
             (A2, _variant(A2, "Ana Lopez", "Ben Ode", alias="Ana L.")),
             (A1, _variant(A1, "Ana Lopez", alias="Ana L.")),
             (A2, _variant(A2, "Ben Ode")),
             (A1, None),
             (A2, _variant(A2, "Ana Lopez", alias="A. Lopez")),
             (A1, _variant(A1, "Cy Dee")),
             (A2, None)]
    current: dict[URIRef, Graph] = {}
    with open_store(MEMORY) as store:
        for iri, graph in steps:
            if graph is None:
                store.remove_article(iri)
                current.pop(iri, None)
            else:
                store.replace_article(iri, graph)
                current[iri] = graph
            with open_store(MEMORY) as fresh:
                for name, g in current.items():
                    fresh.replace_article(name, g)
                assert _quads(store) == _quads(fresh), (iri, len(current))
