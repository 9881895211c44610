"""kg.queries: every saved query parses and is documented; parameters are bound, never pasted;
the queries answer the questions they are named after on a small hand-made graph."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from kg.errors import QueryError
from kg.model import search_key
from kg.queries import (SavedQuery, get_query, load_queries, name_pattern, prepare, query_results,
                        run_query)
from kg.store import MEMORY, open_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

KGO = Namespace("https://w3id.org/policy-kg/ontology#")
ID = Namespace("https://w3id.org/policy-kg/id/")
# Not rdflib's XSD namespace: doctest collection trips over it.
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")

QUERIES = load_queries()
REQUIRED = ["officials", "officials-of-agency", "posts-of-person", "agreements",
            "negotiating-partners", "meetings-of-person", "statements-by",
            "statements-on-topic", "articles-mentioning", "evidence-for", "topics"]


class Article:
    """Writes one article's graph the way kg.rdf does: entities, n-ary facts with evidence,
    direct triples beside them."""

    def __init__(self, slug: str, title: str, date: str) -> None:
        self.iri = ID[f"article/{slug}"]
        self.g = Graph()
        self.facts = 0
        self.g.add((self.iri, RDF.type, KGO.Article))
        self.g.add((self.iri, DCTERMS.title, Literal(title)))
        self.g.add((self.iri, DCTERMS.date, Literal(date, datatype=XSD_DATE)))

    def entity(self, key: str, label: str) -> URIRef:
        kind = key.split("/")[0]
        iri = ID[key]
        rdf_type = {"person": FOAF.Person, "organization": ORG.Organization,
                    "country": KGO.Country, "agreement": KGO.Agreement}[kind]
        self.g.add((iri, RDF.type, rdf_type))
        self.g.add((iri, RDFS.label, Literal(label)))
        self.g.add((iri, SKOS.hiddenLabel, Literal(search_key(label))))
        self.g.add((self.iri, KGO.mentions, iri))
        return iri

    def alias(self, iri: URIRef, alias: str) -> None:
        """Another name, and the search key queries match (as kg.rdf writes them)."""
        self.g.add((iri, SKOS.altLabel, Literal(alias)))
        self.g.add((iri, SKOS.hiddenLabel, Literal(search_key(alias))))

    def fact(self, cls: URIRef, sentence: str, start: int, **roles) -> URIRef:
        self.facts += 1
        fact = ID[f"fact/{self.iri.rsplit('/', 1)[1]}/{self.facts}"]
        g = self.g
        g.add((fact, RDF.type, cls))
        g.add((fact, RDF.type, KGO.Fact))
        g.add((fact, KGO.evidenceText, Literal(sentence)))
        g.add((fact, KGO.startOffset, Literal(start)))
        g.add((fact, KGO.endOffset, Literal(start + len(sentence))))
        g.add((fact, KGO.extractor, Literal("test")))
        g.add((fact, KGO.confidence, Literal("0.9", datatype=XSD_DECIMAL)))
        g.add((fact, PROV.wasDerivedFrom, self.iri))
        for role, values in roles.items():
            for value in values if isinstance(values, (list, tuple)) else [values]:
                g.add((fact, KGO[role], value))
        return fact

    def holds(self, person, post_label, org, status="current", sentence="", start=0):
        post = ID[f"post/{person.rsplit('/', 1)[1]}-{org.rsplit('/', 1)[1]}"]
        self.g.add((post, RDF.type, ORG.Post))
        self.g.add((post, RDFS.label, Literal(post_label)))
        self.g.add((post, ORG.postIn, org))
        if status in ("current", "acting"):
            self.g.add((person, ORG.holds, post))
        self.fact(KGO.PostHolding, sentence, start, person=person, post=post,
                  organization=org, status=KGO[status])

    def acts(self, parties, agreement, action, sentence, start=0, negated=False, hedged=False):
        verb = {"negotiate": KGO.negotiates, "sign": KGO.signs, "discuss": KGO.discusses}
        if not negated:
            for party in parties:
                self.g.add((party, verb[action], agreement))
        self.fact(KGO.AgreementAction, sentence, start, party=list(parties),
                  agreement=agreement, action=KGO[action], negated=Literal(negated),
                  hedged=Literal(hedged))

    def topic(self, slug: str, label: str):
        topic = ID[f"topic/{slug}"]
        self.g.add((topic, RDF.type, SKOS.Concept))
        self.g.add((topic, SKOS.prefLabel, Literal(label, lang="en")))
        self.g.add((topic, SKOS.hiddenLabel, Literal(search_key(label))))
        self.g.add((self.iri, KGO.topic, topic))
        self.fact(KGO.TopicAssignment, "", 0, topic=topic)


def sample_articles() -> list[Article]:
    a1 = Article("a1", "Mexico and US negotiate migration deal", "2019-06-07")
    pompeo = a1.entity("person/mike-pompeo", "Mike Pompeo")
    ebrard = a1.entity("person/marcelo-ebrard", "Marcelo Ebrard")
    state = a1.entity("organization/us-department-of-state", "U.S. Department of State")
    sre = a1.entity("organization/sre", "Secretariat of Foreign Affairs")
    mexico = a1.entity("country/mexico", "Mexico")
    us = a1.entity("country/united-states", "United States")
    deal = a1.entity("agreement/safe-third-country-agreement", "safe third country agreement")
    a1.holds(pompeo, "Secretary of State", state, sentence="Secretary of State Mike Pompeo ...",
             start=40)
    a1.holds(ebrard, "Foreign Minister", sre, sentence="Foreign Minister Marcelo Ebrard ...",
             start=90)
    a1.acts([mexico, us], deal, "negotiate",
            "Mexico and the United States are negotiating a safe third country agreement.", 140)
    a1.fact(KGO.Meeting, "Pompeo met Ebrard in Washington.", 220, participant=[pompeo, ebrard],
            negated=Literal(False))
    a1.g.add((pompeo, KGO.metWith, ebrard))
    a1.g.add((ebrard, KGO.metWith, pompeo))
    a1.fact(KGO.Statement, '"We have a deal," Ebrard said.', 260, speaker=ebrard,
            quote=Literal("We have a deal"), direct=Literal(True))
    a1.topic("immigration", "immigration")

    a2 = Article("a2", "Guatemala will not sign, says minister", "2019-07-15")
    guatemala = a2.entity("country/guatemala", "Guatemala")
    us2 = a2.entity("country/united-states", "United States")
    deal2 = a2.entity("agreement/safe-third-country-agreement", "safe third country agreement")
    pompeo2 = a2.entity("person/mike-pompeo", "Mike Pompeo")
    a2.acts([guatemala, us2], deal2, "sign", "Guatemala did not sign the agreement.", 50,
            negated=True)
    a2.acts([guatemala, us2], deal2, "discuss", "The two are said to be discussing it.", 100,
            hedged=True)
    a2.holds(pompeo2, "Secretary of State", a2.entity("organization/us-department-of-state",
             "U.S. Department of State"), status="current", sentence="Pompeo, the secretary",
             start=10)
    a2.fact(KGO.Statement, "Pompeo said trade would suffer.", 150, speaker=pompeo2,
            quote=Literal("trade would suffer"), direct=Literal(False))
    a2.topic("foreign-trade", "foreign trade")
    a2.topic("immigration", "immigration")
    return [a1, a2]


@pytest.fixture(scope="module")
def store():
    with open_store(MEMORY) as store:
        for article in sample_articles():
            store.replace_article(article.iri, article.g)
        yield store


def run(store, name, **params) -> list[dict]:
    columns, rows = run_query(store, name, params)
    return [dict(zip(columns, row)) for row in rows]


# Every saved query: present, documented, parses, declares the variables it binds.

def test_required_queries_exist():
    assert set(REQUIRED) <= set(QUERIES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_saved_query_is_documented_and_parses(name):
    query = QUERIES[name]
    assert query.title and query.description, f"{name}.rq needs # title: and # description:"
    prepared = prepare(query)
    variables = {str(v) for v in prepared.algebra["PV"]}
    for param in query.parameters:
        assert param.description, f"{name}: parameter {param.name} needs a description"
        assert param.name in variables, f"{name}: parameter {param.name} must be projected"


def test_header_parsing():
    query = SavedQuery.from_text("q", "# title: T\n# description: one\n# description: two\n"
                                      "# param: a  First\n# param: b=x  Second\n"
                                      "SELECT ?a ?b WHERE { }\n# title: not header\n")
    assert (query.title, query.description) == ("T", "one two")
    assert [tuple(p) for p in query.parameters] == [("a", "First", None), ("b", "Second", "x")]
    assert query.bindings({"a": " 1 "}) == {"a": name_pattern("1"), "b": name_pattern("x")}


def test_unknown_query_lists_known_names():
    with pytest.raises(QueryError, match="known queries: .*officials"):
        get_query("oficials")


def test_unknown_and_missing_parameters_are_named(store):
    with pytest.raises(QueryError, match="no parameter agncy.*takes: agency"):
        run_query(store, "officials-of-agency", {"agncy": "state"})
    with pytest.raises(QueryError, match="needs a value for agency"):
        run_query(store, "officials-of-agency", {})


def test_load_from_directory(tmp_path):
    (tmp_path / "mine.rq").write_text("# title: Mine\n# description: d\nSELECT * WHERE { }\n")
    assert list(load_queries(tmp_path)) == ["mine"]
    with pytest.raises(QueryError, match="no saved query"):
        get_query("officials", tmp_path)


@pytest.mark.parametrize("value", ['x" } ; DROP ALL ; {', "x' } ; DROP ALL ; {",
                                   'state")) || true || ((?agency', "<http://x> } DROP ALL {"])
def test_injection_is_a_literal_value(store, value):
    assert run(store, "officials-of-agency", agency=value) == []
    assert len(store.articles()) == 2


# What the queries answer.

def test_officials(store):
    rows = run(store, "officials")
    assert {(r["name"], r["post"], r["organization"], r["status"], r["articles"]) for r in rows} \
        == {("Mike Pompeo", "Secretary of State", "U.S. Department of State", "current", 2),
            ("Marcelo Ebrard", "Foreign Minister", "Secretariat of Foreign Affairs", "current", 1)}


def test_officials_of_agency_is_forgiving(store):
    rows = run(store, "officials-of-agency", agency="  department of STATE ")
    assert [(r["name"], r["post"], r["articles"]) for r in rows] == [
        ("Mike Pompeo", "Secretary of State", 2)]
    assert "agency" not in rows[0]
    by_iri = run(store, "officials-of-agency", agency=str(ID["organization/sre"]))
    assert [r["name"] for r in by_iri] == ["Marcelo Ebrard"]


def test_posts_of_person(store):
    rows = run(store, "posts-of-person", person="pompeo")
    assert [(r["post"], r["articles"], r["first"], r["last"]) for r in rows] == [
        ("Secretary of State", 2, "2019-06-07", "2019-07-15")]


def test_agreements_flags(store):
    rows = run(store, "agreements")
    got = {(r["action"], "; ".join(sorted(r["parties"].split("; "))), r["negated"], r["hedged"])
           for r in rows}
    assert got == {("negotiate", "Mexico; United States", False, False),
                   ("sign", "Guatemala; United States", True, False),
                   ("discuss", "Guatemala; United States", False, True)}


def test_negotiating_partners(store):
    rows = run(store, "negotiating-partners", country="united states")
    got = {(r["name"], r["actions"], r["hedged"]) for r in rows}
    # Guatemala's denied signing is not a partnership; its hedged talks are, marked so.
    assert got == {("Mexico", "negotiate", False), ("Guatemala", "discuss", True)}


def test_meetings_of_person(store):
    rows = run(store, "meetings-of-person", person="Ebrard")
    assert [(r["metWith"], r["date"], r["negated"]) for r in rows] == [
        ("Mike Pompeo", "2019-06-07", False)]
    assert rows[0]["evidence"] == "Pompeo met Ebrard in Washington."


def test_statements_by(store):
    rows = run(store, "statements-by", speaker="pompeo")
    assert [(r["quote"], r["direct"]) for r in rows] == [("trade would suffer", False)]


def test_statements_on_topic(store):
    rows = run(store, "statements-on-topic", topic="Immigration")
    assert {r["quote"] for r in rows} == {"We have a deal", "trade would suffer"}
    rows = run(store, "statements-on-topic", topic="trade")
    assert {r["quote"] for r in rows} == {"trade would suffer"}


def test_articles_mentioning(store):
    rows = run(store, "articles-mentioning", entity="guatemala")
    assert [(r["title"], r["date"]) for r in rows] == [
        ("Guatemala will not sign, says minister", "2019-07-15")]
    rows = run(store, "articles-mentioning", entity="safe third country")
    assert [r["date"] for r in rows] == ["2019-07-15", "2019-06-07"]  # newest first


def test_evidence_for(store):
    rows = run(store, "evidence-for", entity="Guatemala")
    assert [(r["kind"], r["role"], r["evidence"], r["start"], r["end"]) for r in rows] == [
        ("AgreementAction", "party", "Guatemala did not sign the agreement.", 50, 87),
        ("AgreementAction", "party", "The two are said to be discussing it.", 100, 137)]
    assert all(r["article"] == str(ID["article/a2"]) for r in rows)
    assert rows[0]["extractor"] == "test" and rows[0]["confidence"] == 0.9


def test_topics(store):
    rows = run(store, "topics")
    assert [(r["name"], r["articles"]) for r in rows] == [("immigration", 2), ("foreign trade", 1)]


# The same answers from a SPARQL endpoint, where parameters travel as a VALUES block.
from test_store import endpoint, server  # noqa: E402,F401  (fixtures: an `oxigraph serve` instance)

EXAMPLE_PARAMS = {"agency": "state", "person": "pompeo", "country": "united states",
                  "speaker": "ebrard", "topic": "immigration", "entity": "guatemala"}


def test_endpoint_answers_like_the_local_store(store, endpoint):
    with open_store(endpoint=endpoint) as remote:
        for article in sample_articles():
            remote.replace_article(article.iri, article.g)
        for name, query in QUERIES.items():
            params = {p.name: EXAMPLE_PARAMS[p.name] for p in query.parameters}
            local = run_query(store, name, params)
            assert local[1], f"{name} finds nothing in the sample"
            remote_answer = run_query(remote, name, params)
            assert normal(remote_answer) == normal(local), name


def test_endpoint_results_documents_are_the_local_stores(store, endpoint):
    """One path for both: the JSON results document the store writes or the server sends,
    then Oxigraph's serialisers."""
    with open_store(endpoint=endpoint) as remote:
        for article in sample_articles():
            remote.replace_article(article.iri, article.g)
        for name in ("officials", "posts-of-person", "evidence-for"):
            params = {p.name: EXAMPLE_PARAMS[p.name] for p in QUERIES[name].parameters}
            for fmt in ("csv", "tsv", "json", "xml"):
                local = query_results(store, name, params, fmt=fmt)
                assert local.count(b"\n") >= 2 or fmt in ("json", "xml"), (name, fmt)
                assert sorted(query_results(remote, name, params, fmt=fmt).splitlines()) == \
                    sorted(local.splitlines()) or fmt in ("json", "xml"), (name, fmt)
            assert solutions(query_results(remote, name, params)) == \
                solutions(query_results(store, name, params)), name


def solutions(document: bytes) -> tuple[list[str], list[str]]:
    """A JSON results document's variables, and its solutions in a stable order."""
    data = json.loads(document)
    return data["head"]["vars"], sorted(json.dumps(s, sort_keys=True)
                                        for s in data["results"]["bindings"])


def test_results_documents_leave_the_parameters_out_and_keep_the_rows(store):
    for name, query in QUERIES.items():
        params = {p.name: EXAMPLE_PARAMS[p.name] for p in query.parameters}
        columns, rows = run_query(store, name, params)
        variables, found = solutions(query_results(store, name, params))
        assert variables == columns and len(found) == len(rows), name
        csv_lines = query_results(store, name, params, fmt="csv").decode().split("\r\n")
        assert csv_lines[0] == ",".join(columns) and len(csv_lines) >= len(rows) + 2, name


def normal(answer):
    """Columns and rows, with rows and GROUP_CONCAT lists in a stable order."""
    columns, rows = answer
    cells = (tuple("; ".join(sorted(c.split("; "))) if isinstance(c, str) else c for c in row)
             for row in rows)
    return columns, sorted(map(repr, cells))


def test_aliases_match(store):
    with open_store(MEMORY) as one:
        a = Article("a9", "t", "2020-01-01")
        sre = a.entity("organization/sre", "Secretariat of Foreign Affairs")
        a.alias(sre, "SRE")
        a.holds(a.entity("person/marcelo-ebrard", "Marcelo Ebrard"), "Foreign Minister", sre)
        one.replace_article(a.iri, a.g)
        rows = run(one, "officials-of-agency", agency="sre")
        assert [(r["name"], r["organization"]) for r in rows] == [
            ("Marcelo Ebrard", "Secretariat of Foreign Affairs")]


@pytest.mark.parametrize("value", ["", "   ", "--", "\"\""])
def test_empty_parameter_values_are_refused(store, value):
    with pytest.raises(QueryError, match="parameter agency needs"):
        run(store, "officials-of-agency", agency=value)


@pytest.fixture(scope="module")
def names_store():
    """Labels and aliases that a substring match would confuse."""
    with open_store(MEMORY) as one:
        a = Article("n1", "t", "2018-07-01")
        state = a.entity("organization/department-of-state", "Department of State")
        a.alias(state, "State Department")
        us = a.entity("country/us", "United States")
        pena = a.entity("person/enrique-pena-nieto", "Enrique Peña Nieto")
        a.holds(a.entity("person/mike-pompeo", "Mike Pompeo"), "Secretary of State", state)
        a.holds(pena, "President", a.entity("country/mx", "Mexico"))
        a.holds(a.entity("person/donald-trump", "Donald Trump"), "President", us)
        a.holds(a.entity("person/carl-risch", "Carl Risch"), "Assistant Secretary",
                a.entity("organization/bureau-of-consular-affairs", "Bureau of Consular Affairs"))
        a.g.add((ID["organization/bureau-of-consular-affairs"], ORG.subOrganizationOf, state))
        one.replace_article(a.iri, a.g)
        yield one


@pytest.mark.parametrize("agency, names", [
    ("State", ["Carl Risch", "Mike Pompeo"]),  # not "United States"
    ("state department", ["Carl Risch", "Mike Pompeo"]),  # through the alias
    ("United States", ["Donald Trump"]),
    ("u.s.", []),
    ("Department of", ["Carl Risch", "Mike Pompeo"]),
    ("Depart", []),  # whole words only
    ("consular", ["Carl Risch"]),
    (str(ID["country/us"]), ["Donald Trump"]),  # an IRI, exactly
    (str(ID["country/u"]), []),
])
def test_parameters_match_whole_words(names_store, agency, names):
    assert sorted(r["name"] for r in run(names_store, "officials-of-agency", agency=agency)) \
        == names


@pytest.mark.parametrize("person", ["Peña Nieto", "Pena Nieto", "PENA NIETO", "peña", "Enrique"])
def test_parameters_ignore_case_and_accents(names_store, person):
    assert [r["name"] for r in run(names_store, "posts-of-person", person=person)] == [
        "Enrique Peña Nieto"]


def test_queries_read_what_kg_rdf_writes():
    """The saved queries against graphs made by kg.rdf from typed facts."""
    from kg import rdf
    from kg.model import AgreementAction, Article as Doc, Entity, Evidence, HoldsPost, Topic

    doc = Doc.from_parts("d1", "Pompeo and Mexico", "Body.", published="2019-06-07")
    ev = Evidence("d1", "Secretary of State Mike Pompeo spoke.", 19, 56, "roles", 0.9)
    pompeo = Entity("Mike Pompeo", "person")
    state = Entity("Department of State", "organization", aliases=("State Department",))
    facts = [HoldsPost(pompeo, "Secretary of State", state, None, "current", ev),
             AgreementAction((Entity("Mexico", "country"), Entity("United States", "country")),
                             Entity("safe third country agreement", "agreement"), "sign", ev,
                             hedged=True),
             Topic("immigration", ev)]
    with open_store(MEMORY) as one:
        one.replace_article(rdf.article_iri(doc.id), rdf.article_graph(doc, facts))
        assert [(r["name"], r["post"], r["status"]) for r in
                run(one, "officials-of-agency", agency="state department")] == [
            ("Mike Pompeo", "Secretary of State", "current")]
        assert [(r["name"], r["actions"], r["hedged"]) for r in
                run(one, "negotiating-partners", country="mexico")] == [
            ("United States", "sign", True)]
        evidence = run(one, "evidence-for", entity="pompeo")
        assert [(r["kind"], r["start"], r["end"], r["confidence"]) for r in evidence] == [
            ("PostHolding", 19, 56, 0.9)]
        assert [(r["name"], r["articles"]) for r in run(one, "topics")] == [("immigration", 1)]
        assert one.stats()["facts"] == {"AgreementAction": 1, "PostHolding": 1,
                                         "TopicAssignment": 1}


def test_articles_mentioning_finds_names_outside_facts(tmp_path, nlp):
    """Every person, country and known organisation an article names is linked to it, not only
    those inside its facts (sd-... style release: Ukraine named in passing)."""
    from kg import pipeline

    (tmp_path / "a.txt").write_text(
        "Energy security\n\nThe United States will keep working with partners in Europe. "
        "Officials discussed gas supplies to Ukraine and the Ukrainian grid with the European "
        "Union and the State Department on Tuesday.\n")
    with open_store(MEMORY) as one:
        pipeline.build([tmp_path / "a.txt"], one)
        for entity in ("Ukraine", "european union", "state department", "United States"):
            assert {r["title"] for r in run(one, "articles-mentioning", entity=entity)} == {
                "Energy security"}, entity
        assert run(one, "articles-mentioning", entity="Europe") == []  # a region, not a country


# The command line of queries: plain errors, and help examples that work as printed.

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, nlp):
    from kg import pipeline

    path = tmp_path_factory.mktemp("seed") / "store"
    with open_store(path) as one:
        pipeline.build([SEED_DIR], one)
    return path


def kg(*args):
    from click.testing import CliRunner

    from kg.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


def examples(*command: str) -> list[str]:
    text = kg(*command, "--help").output
    lines = text.split("Example:")[1].splitlines()[1:]
    return [line.strip() for line in lines if line.strip().startswith("kg ")]


@pytest.mark.parametrize("command", [("query",), ("query", "run"), ("query", "list"),
                                     ("query", "show"), ("sparql",), ("stats",),
                                     ("validate",)], ids=" ".join)
def test_help_examples_work_as_printed(seed_store, tmp_path, monkeypatch, command):
    import shlex

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_STORE", str(seed_store))
    for example in examples(*command):
        for step in example.split("&&"):
            result = kg(*shlex.split(step)[1:])
            assert result.exit_code == 0, (step, result.output)
            assert "(0 rows)" not in result.output, step


def test_plain_errors(seed_store, tmp_path):
    result = kg("sparql", "CLEAR ALL", "--store", seed_store)
    assert result.exit_code == 1
    assert result.output.startswith("Error: updates are not allowed")
    result = kg("sparql", "SELECT ?x WHERE { ?x a foaf:Person .\n  ?x rdfs:label }",
                "--store", seed_store)
    assert result.output.startswith("Error: malformed SPARQL: error at 2:17")
    result = kg("query", "run", "officials-of-agency", "-p", "agency", " ", "--store", seed_store)
    assert result.exit_code == 1 and "parameter agency needs a value" in result.output
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    for command in (["stats"], ["query", "run", "officials"], ["sparql", "ASK {}"]):
        result = kg(*command, "--store", tmp_path / "mine")
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: {tmp_path / 'mine'} is not a kg store"), command
    long_query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" + " " * 300  # not a file name
    assert kg("sparql", long_query, "--store", seed_store).exit_code == 0


def test_the_readme_agency_examples_on_the_seed(seed_store):
    """`-p agency State` is the Department of State (and its bureaus), not the United States;
    "State Department" finds it through its alias."""
    with open_store(seed_store, read_only=True) as one:
        state = {r["name"] for r in run(one, "officials-of-agency", agency="State")}
        alias = {r["name"] for r in run(one, "officials-of-agency", agency="State Department")}
        mexico = {r["name"] for r in run(one, "posts-of-person", person="Peña Nieto")}
    assert state == alias == {"Mike Pompeo", "Heather Nauert", "Carl Risch", "Kenneth Merten"}
    assert mexico == {"Enrique Pena Nieto"}


def test_a_store_without_search_keys_says_to_rebuild():
    with open_store(MEMORY) as old:
        a = Article("o1", "t", "2020-01-01")
        pompeo = a.entity("person/mike-pompeo", "Mike Pompeo")
        a.g.remove((pompeo, SKOS.hiddenLabel, None))
        old.replace_article(a.iri, a.g)
        with pytest.raises(QueryError, match="build its articles again"):
            run(old, "articles-mentioning", entity="Pompeo")
        with pytest.raises(QueryError, match="build its articles again"):
            query_results(old, "articles-mentioning", {"entity": "Pompeo"}, fmt="csv")
        assert run(old, "topics") == []  # no parameter: nothing to say



def test_min_confidence_keeps_facts_at_or_above_it(store):
    """The sample's facts are all at 0.9: a threshold of 0.9 keeps every answer, 0.95 none,
    in every saved query over facts; a query over no facts refuses a threshold."""
    for name, query in QUERIES.items():
        params = {p.name: EXAMPLE_PARAMS[p.name] for p in query.parameters}
        if "?minConfidence" not in query.text:
            with pytest.raises(QueryError, match="reads no facts"):
                run_query(store, name, params, min_confidence=0.5)
            continue
        every = run_query(store, name, params)
        assert every[1], name
        assert run_query(store, name, params, min_confidence=0.9) == every, name
        assert run_query(store, name, params, min_confidence=0.95)[1] == [], name


def test_min_confidence_on_an_endpoint(store, endpoint):
    with open_store(endpoint=endpoint) as remote:
        for article in sample_articles():
            remote.replace_article(article.iri, article.g)
        for threshold in (0.9, 0.95):
            assert normal(run_query(remote, "officials", min_confidence=threshold)) == \
                normal(run_query(store, "officials", min_confidence=threshold))
