"""kg's command line, through click's CliRunner: exact output and exit codes."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import cli
from kg.queries import load_queries
from kg.rdf import DESCRIPTIONS, article_iri

# rdflib's own parsers use its deprecated ConjunctiveGraph.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ddbc0b487b12ab17.txt"
SEED_IRI = str(article_iri("000_ddbc0b487b12ab17"))
BUILT = re.compile(r"built (\d+) articles, (\d+) facts \((\d+) articles in the store\)\n")


def kg(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store built from the seed article (once for the module)."""
    path = tmp_path_factory.mktemp("cli") / "store"
    result = kg("build", SEED, "--store", path)
    assert result.exit_code == 0, result.output
    assert BUILT.fullmatch(result.stdout).group(1, 3) == ("1", "1")
    assert result.stderr == ""
    return path


def commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from commands(command, prefix + (name,))


ALL_COMMANDS = list(commands())


# Help

def test_help_lists_every_command():
    result = kg("--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: cli [OPTIONS] COMMAND [ARGS]...") or \
        result.stdout.startswith("Usage: kg [OPTIONS] COMMAND [ARGS]...")
    listed = re.findall(r"^  (\S+)  ", result.stdout.split("Commands:")[1], re.M)
    assert listed == sorted(cli.commands) == [
        "build", "eval", "export", "extract", "graph", "query", "sparql", "stats", "validate"]


def test_the_commands_are_the_documented_ones():
    assert ALL_COMMANDS == [
        ("build",), ("eval",), ("export",), ("extract",), ("graph",), ("query",), ("query", "list"),
        ("query", "run"), ("query", "show"), ("sparql",), ("stats",), ("validate",)]


@pytest.mark.parametrize("command", [(), *ALL_COMMANDS], ids=lambda c: " ".join(c) or "kg")
def test_every_command_has_help_with_an_example(command):
    result = kg(*command, "--help")
    assert result.exit_code == 0
    assert "Example:\n  kg " in result.stdout.replace("  Example:\n    kg ", "Example:\n  kg ")


def test_version():
    from kg import __version__

    assert kg("--version").stdout == f"kg, version {__version__}\n"


def test_python_dash_m_kg():
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: kg [OPTIONS] COMMAND [ARGS]...")
    assert re.search(r"^  query +Saved SPARQL queries", result.stdout, re.M)


def test_help_and_query_run_do_not_import_spacy(store):
    # In a fresh interpreter: this one has long imported spaCy for the store fixture.
    code = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        from kg.cli import cli
        runner = CliRunner()
        result = runner.invoke(cli, ["--help"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "spacy" not in sys.modules, "kg --help imported spaCy"
        result = runner.invoke(cli, ["query", "run", "officials", "--store", {str(store)!r}],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "Mike Pompeo" in result.stdout
        assert "spacy" not in sys.modules, "kg query run imported spaCy"
        print("ok")
        """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr


# Saved queries

def rows_of(output: str) -> list[str]:
    return output.splitlines()[2:-1]


def test_query_run_officials(store):
    result = kg("query", "run", "officials", "--store", store)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["name", "post", "organization"]  # IRI columns left out
    assert set(lines[1]) == {"-", " "}
    assert re.fullmatch(r"\((\d+) rows\)", lines[-1])
    [pompeo] = [line for line in rows_of(result.stdout) if "Mike Pompeo" in line]
    assert "Secretary of State" in pompeo and "Department of State" in pompeo
    assert "United States" in pompeo and "current" in pompeo


def test_query_run_with_a_parameter(store):
    result = kg("query", "run", "negotiating-partners", "-p", "country", "Mexico",
                "--store", store)
    assert result.exit_code == 0
    [row] = [line for line in rows_of(result.stdout) if "safe third country" in line]
    assert "United States" in row


def solutions(document: str) -> list[dict[str, str]]:
    """The values of a W3C SPARQL 1.1 Query Results JSON document, one dict per solution."""
    data = json.loads(document)
    assert set(data) == {"head", "results"}
    return [{name: term["value"] for name, term in solution.items()}
            for solution in data["results"]["bindings"]]


def test_query_run_json_is_sparql_query_results_json(store):
    result = kg("query", "run", "posts-of-person", "-p", "person", "Pompeo", "--format", "json",
                "--store", store)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["head"]["vars"][:3] == ["who", "name", "post"]
    assert "person" not in data["head"]["vars"]  # the bound parameter is not a column
    [pompeo] = data["results"]["bindings"]
    assert pompeo["who"] == {"type": "uri",
                             "value": "https://w3id.org/policy-kg/id/person/mike-pompeo"}
    assert pompeo["post"] == {"type": "literal", "value": "Secretary of State"}
    assert pompeo["articles"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert "first" not in pompeo  # unbound: absent, as the format says


def test_query_run_csv_has_the_json_columns_as_header(store):
    args = ["query", "run", "posts-of-person", "-p", "person", "Pompeo", "--store", store]
    document = json.loads(kg(*args, "--format", "json").stdout)
    result = kg(*args, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout_bytes.endswith(b"\r\n")  # W3C SPARQL 1.1 CSV: CRLF line ends
    header, *lines = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert header == document["head"]["vars"]
    assert len(lines) == len(document["results"]["bindings"])
    assert lines[0][:3] == ["https://w3id.org/policy-kg/id/person/mike-pompeo", "Mike Pompeo",
                            "Secretary of State"]


@pytest.mark.parametrize("fmt, first_lines", [
    ("tsv", ["?who\t?name", '<https://w3id.org/policy-kg/id/person/mike-pompeo>\t"Mike Pompeo"']),
    ("xml", ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
             '<head><variable name="who"/><variable name="name"/>']),
])
def test_query_run_tsv_and_xml(store, fmt, first_lines):
    result = kg("query", "run", "posts-of-person", "-p", "person", "Pompeo", "--format", fmt,
                "--store", store)
    assert result.exit_code == 0
    if fmt == "tsv":
        assert ["\t".join(line.split("\t")[:2]) for line in result.stdout.splitlines()] == \
            first_lines
    else:
        assert result.stdout.startswith(first_lines[0])
        assert "<literal>Mike Pompeo</literal>" in result.stdout


def test_query_run_no_iris_leaves_the_iri_columns_out_of_csv(store):
    args = ["query", "run", "posts-of-person", "-p", "person", "Pompeo", "--store", store,
            "--format", "csv"]
    assert kg(*args).stdout.splitlines()[0].startswith("who,name,")
    assert kg(*args, "--no-iris").stdout.splitlines()[0].startswith("name,post,")


def test_query_list_json_lists_every_saved_query():
    result = kg("query", "list", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    files = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    assert sorted(q["name"] for q in listed) == files
    for query in listed:
        assert query["title"] and query["description"], query["name"]
        assert all(set(p) == {"name", "description", "default"} for p in query["parameters"])
    [posts] = [q for q in listed if q["name"] == "posts-of-person"]
    assert [p["name"] for p in posts["parameters"]] == ["person"]


def test_query_list_table():
    result = kg("query", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "title", "parameters"]
    assert lines[-1] == f"({len(load_queries())} rows)"
    assert [line.split()[0] for line in lines[2:-1]] == list(load_queries())


def test_query_show_prints_the_rq_file():
    result = kg("query", "show", "officials")
    assert result.exit_code == 0
    text = (ROOT / "queries" / "officials.rq").read_text(encoding="utf-8")
    assert result.stdout == text.rstrip() + "\n"
    assert result.stdout.startswith("# title: Officials and their posts\n")


def test_an_unknown_query_is_an_error_listing_the_known_ones(store):
    result = kg("query", "run", "nope", "--store", store)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"Error: no saved query 'nope'; known queries: "
                             f"{', '.join(sorted(load_queries()))}\n")
    assert kg("query", "show", "nope").exit_code == 1


def test_a_missing_parameter_is_a_clear_error(store):
    result = kg("query", "run", "posts-of-person", "--store", store)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: query 'posts-of-person' needs a value for person: person: ")
    result = kg("query", "run", "posts-of-person", "-p", "person", "Pompeo", "-p", "who", "x",
                "--store", store)
    assert result.exit_code == 1
    assert result.stderr == ("Error: query 'posts-of-person' has no parameter who "
                             "(it takes: person)\n")


def test_querying_a_store_that_does_not_exist(tmp_path):
    result = kg("query", "run", "officials", "--store", tmp_path / "none")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: there is no store at {tmp_path / 'none'}: "
                             "build one first (kg build)\n")
    assert not (tmp_path / "none").exists()


# Ad hoc SPARQL

def test_sparql_select(store):
    result = kg("sparql", "SELECT ?name WHERE { <https://w3id.org/policy-kg/id/person/"
                "mike-pompeo> a foaf:Person ; rdfs:label ?name }", "--store", store)
    assert result.exit_code == 0
    assert result.stdout == "name\n-----------\nMike Pompeo\n(1 row)\n"


def test_sparql_from_a_file_as_json(store, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("SELECT ?a WHERE { ?a a kgo:Article }", encoding="utf-8")
    result = kg("sparql", path, "--format", "json", "--store", store)
    assert result.exit_code == 0
    assert solutions(result.stdout) == [{"a": SEED_IRI}]


def test_sparql_ask_and_construct(store):
    assert kg("sparql", "ASK { ?s a foaf:Person }", "--store", store).stdout == "true\n"
    result = kg("sparql", "CONSTRUCT { ?a a kgo:Article } WHERE { ?a a kgo:Article }",
                "--store", store)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert {str(s) for s in graph.subjects()} == {SEED_IRI}


def test_sparql_in_the_results_formats(store):
    ask = kg("sparql", "ASK { ?s a foaf:Person }", "--format", "json", "--store", store)
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    select = kg("sparql", "SELECT ?a WHERE { ?a a kgo:Article }", "--format", "tsv",
                "--store", store)
    assert select.stdout == f"?a\n<{SEED_IRI}>\n"
    construct = kg("sparql", "CONSTRUCT { ?a a kgo:Article } WHERE { ?a a kgo:Article }",
                   "--format", "csv", "--store", store)
    assert Graph().parse(data=construct.stdout, format="turtle")  # a graph stays Turtle
    bad = kg("sparql", "SELEC ?x", "--format", "csv", "--store", store)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: malformed SPARQL: ")


def test_malformed_sparql_is_an_error(store):
    result = kg("sparql", "SELEC ?x", "--store", store)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: malformed SPARQL: ")


# Export and stats

def stats(store) -> dict:
    result = kg("stats", "--format", "json", "--store", store)
    assert result.exit_code == 0
    return json.loads(result.stdout)


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("ntriples", "nt")])
def test_export_merged_formats_reparse(store, fmt, rdflib_format):
    result = kg("export", "--format", fmt, "--store", store)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout_bytes, format=rdflib_format)
    assert len(graph) == stats(store)["triples"]


@pytest.mark.parametrize("fmt, rdflib_format", [
    ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_dataset_formats_keep_one_named_graph_per_article(store, fmt, rdflib_format):
    result = kg("export", "--format", fmt, "--store", store)
    assert result.exit_code == 0
    dataset = Dataset().parse(data=result.stdout_bytes, format=rdflib_format)
    named = {str(g.identifier): len(g) for g in dataset.graphs()
             if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)}
    # one graph per article, plus the shared graph of entity descriptions
    assert set(named) == {SEED_IRI, str(DESCRIPTIONS)}
    assert sum(named.values()) == stats(store)["quads"]
    assert named[SEED_IRI] > 100 and named[str(DESCRIPTIONS)] > 20


def test_export_to_a_file(store, tmp_path):
    out = tmp_path / "graph.nq"
    result = kg("export", "--format", "nquads", "-o", out, "--store", store)
    assert result.exit_code == 0
    assert result.stdout == ""
    data = out.read_bytes()
    assert result.stderr == f"wrote {len(data):,} bytes to {out}\n"
    assert len(data.splitlines()) == stats(store)["quads"]


def test_export_rejects_an_unknown_format(store):
    result = kg("export", "--format", "rdfxml", "--store", store)
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_stats(store):
    numbers = stats(store)
    assert numbers["articles"] == 1
    assert numbers["quads"] > 100 and numbers["persons"] >= 5
    assert set(numbers["facts"]) >= {"PostHolding", "AgreementAction", "Meeting", "Statement",
                                     "TopicAssignment"}
    result = kg("stats", "--store", store)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["what", "count"]
    assert lines[2].split() == ["articles", "1"]
    assert lines[3].split() == ["quads", str(numbers["quads"])]


# Building

def test_building_again_adds_no_quads(store):
    before = stats(store)
    result = kg("build", SEED, "--store", store)
    assert result.exit_code == 0
    assert BUILT.fullmatch(result.stdout).group(1, 3) == ("1", "1")
    assert stats(store) == before


def test_a_bad_file_is_reported_the_good_one_built_and_the_store_kept(tmp_path):
    path = tmp_path / "store"
    first = tmp_path / "earlier.txt"
    first.write_text("Nielsen at the border\n\nHomeland Security Secretary Kirstjen Nielsen "
                     "visited the border on Saturday.\n", encoding="utf-8")
    assert kg("build", first, "--store", path).exit_code == 0

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (folder / "b-good.txt").write_text(
        "Mnuchin in Mexico\n\nTreasury Secretary Steven Mnuchin met Mexican President "
        "Enrique Pena Nieto in Mexico City.\n", encoding="utf-8")
    result = kg("build", folder, "--store", path)
    assert result.exit_code == 1
    assert BUILT.fullmatch(result.stdout).group(1, 3) == ("1", "2")
    assert result.stderr == (f"kg: skipped {folder / 'a-binary.txt'}: a ZIP archive (or a "
                             ".docx/.xlsx/.odt document), not text: unpack it or save the "
                             "document as text\n"
                             "kg: 1 input(s) skipped\n")
    articles = kg("sparql", "SELECT ?a WHERE { ?a a kgo:Article } ORDER BY ?a",
                  "--format", "json", "--store", path)
    assert solutions(articles.stdout) == [{"a": str(article_iri("b-good"))},
                                          {"a": str(article_iri("earlier"))}]


def test_build_needs_a_source():
    result = kg("build")
    assert result.exit_code == 2
    assert "Missing argument 'SOURCES...'" in result.stderr


# Extracting without a store

FACT_FIELDS = {"doc", "type", "evidence", "start", "end", "extractor", "confidence"}


@pytest.fixture(scope="module")
def extracted() -> list[dict]:
    result = kg("extract", SEED, "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == ""
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_jsonl_records_carry_their_evidence(extracted):
    text = SEED.read_text(encoding="utf-8")
    assert extracted
    for record in extracted:
        assert isinstance(record, dict)
        assert set(record) >= FACT_FIELDS, record
        assert record["doc"] == "000_ddbc0b487b12ab17"
        assert text[record["start"]:record["end"]] == record["evidence"], record
    assert {r["type"] for r in extracted} == {"holds_post", "agreement", "meeting",
                                              "statement", "topic"}


def test_extract_json_is_one_list_of_the_same_records(extracted, tmp_path):
    out = tmp_path / "facts.json"
    result = kg("extract", SEED, "--format", "json", "-o", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == extracted


def test_extract_reports_unreadable_input_and_goes_on(tmp_path):
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text("Pompeo\n\nSecretary of State Mike Pompeo met Luis Videgaray Caso.\n",
                    encoding="utf-8")
    result = kg("extract", missing, good)
    assert result.exit_code == 1
    assert result.stderr == (f"kg: skipped {missing}: no such file or folder\n"
                             "kg: 1 input(s) skipped\n")
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} <= {"good"}


SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repository")
def test_kg_eval_reproduces_the_shared_scorer(tmp_path):
    """`kg eval` prints the same table as ../shared/eval/score.py on the same predictions."""
    gold = tmp_path / "gold.jsonl"
    lines = [line for line in (SCORER.parent / "dev.gold.jsonl").read_text().splitlines()
             if '"000_ddbc0b487b12ab17"' in line]
    gold.write_text("\n".join(lines) + "\n")
    seed = ROOT / "seeds"
    pred = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(seed), "-o", str(pred)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    ours = CliRunner().invoke(cli, ["eval", str(gold), str(seed)], catch_exceptions=False)
    theirs = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred)],
                            capture_output=True, text=True, check=True)
    assert ours.output.strip() == theirs.stdout.strip()
    assert "post.person-org" in ours.output


def test_query_run_shows_iris_on_request_and_in_csv(store):
    table = kg("query", "run", "officials", "--iris", "--store", store)
    assert table.stdout.splitlines()[0].split()[:3] == ["person", "name", "post"]
    csv_out = kg("query", "run", "officials", "--format", "csv", "--store", store)
    assert csv_out.stdout.splitlines()[0].startswith("person,name,post")


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repository")
def test_kg_eval_calibration_counts_every_scored_unit(tmp_path):
    """`--calibration extractor` adds one line per extractor and confidence bin; the units
    counted there are the scored predictions (right or wrong), never more."""
    gold = tmp_path / "gold.jsonl"
    lines = [line for line in (SCORER.parent / "dev.gold.jsonl").read_text().splitlines()
             if '"000_ddbc0b487b12ab17"' in line]
    gold.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(gold), str(ROOT / "seeds"),
                                      "--calibration", "extractor"], catch_exceptions=False)
    assert result.exit_code == 0
    table = result.output.split("\n\n")[-1].strip().splitlines()
    assert table[0].split()[:3] == ["group", "confidence", "n"]
    rows = [line.split() for line in table[1:]]
    assert rows and all(row[0].split(".")[0] in {"posts", "agreements", "meetings",
                                                  "statements", "topics"} for row in rows)
    assert all(0 <= int(row[3]) <= int(row[2]) for row in rows)


def test_query_run_min_confidence_on_the_seed(store):
    """On real facts: a threshold leaves out the less likely ones, never a surer one."""
    import csv
    import io

    def rows(*extra):
        result = kg("query", "run", "evidence-for", "-p", "entity", "Mexico", "--format", "csv",
                    "--store", store, *extra)
        assert result.exit_code == 0, result.output
        return list(csv.DictReader(io.StringIO(result.stdout)))

    every = rows()
    confidences = sorted({float(r["confidence"]) for r in every})
    assert len(confidences) >= 2
    threshold = confidences[-1]
    sure = rows("--min-confidence", str(threshold))
    assert 0 < len(sure) < len(every)
    assert all(float(r["confidence"]) >= threshold for r in sure)
    refused = kg("query", "run", "articles-mentioning", "-p", "entity", "Mexico",
                 "--min-confidence", "0.5", "--store", store)
    assert refused.exit_code == 1 and "reads no facts" in refused.output
