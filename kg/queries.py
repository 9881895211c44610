"""Saved queries: the questions analysts ask, kept as `.rq` files with their metadata in header
comments (like datasette's stored queries), run against the `store` with bound parameters.

A saved query's header:

    # title: Officials of an agency
    # description: People holding a post in an organisation whose name matches.
    # param: agency  Organisation name or label (substring, case-insensitive)
    # param: status=current  A parameter with a default value

Parameters are SPARQL variables of the same name, bound when the query runs (Oxigraph
substitutions, or a VALUES block for endpoints); a value is never written into the text.
Oxigraph binds only projected variables, so a query selects (and groups by) its parameters;
`run_query` (rows of plain values) and `query_results` (a W3C SPARQL results document: CSV,
TSV, JSON or XML) leave those columns out.

    >>> sorted(load_queries())[:3]
    ['agreements', 'articles-mentioning', 'evidence-for']
    >>> get_query("officials-of-agency").parameters[0].name
    'agency'
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from rdflib import XSD, Literal

from kg.errors import QueryError
from kg.model import search_key
from kg.ontology import DATA
from kg.store import PREFIXES, Store, inject_values, serialize_results

_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
_PARAM = re.compile(r"(\w+)(?:=(\S*))?(?:\s+(.*))?")


class Parameter(NamedTuple):
    """A query parameter: the SPARQL variable it binds, what to give, its default (None:
    required)."""

    name: str
    description: str = ""
    default: str | None = None


@dataclass(frozen=True)
class SavedQuery:
    """A `.rq` file and what its header says about it."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    path: str

    @classmethod
    def from_text(cls, name: str, text: str, path: str = "") -> SavedQuery:
        """Read the header comments (title, description, one `param` line per parameter);
        description lines continue with further `# description:` lines."""
        fields: dict[str, list[str]] = {"title": [], "description": []}
        parameters = []
        for line in text.splitlines():
            line = line.strip()
            if not line.startswith("#"):
                if line:
                    break  # the header ends at the first line of SPARQL
                continue
            match = _HEADER.match(line)
            if not match:
                continue
            key, value = match.groups()
            if key == "param":
                param = _PARAM.fullmatch(value.strip())
                if not param:
                    raise QueryError(f"{path or name}: cannot read parameter line {line!r}")
                pname, default, description = param.groups()
                parameters.append(Parameter(pname, description or "", default))
            else:
                fields[key].append(value.strip())
        return cls(name=name, title=" ".join(fields["title"]),
                   description=" ".join(fields["description"]),
                   parameters=tuple(parameters), text=text, path=path)

    def bindings(self, params: Mapping[str, Any] | None = None) -> dict[str, Literal]:
        """The values to bind: `params` checked against the declared parameters, defaults
        filled in, each a literal (surrounding whitespace trimmed)."""
        params = dict(params or {})
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            accepted = ", ".join(declared) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)} "
                             f"(it takes: {accepted})")
        missing = [p.name for p in self.parameters if p.name not in params and p.default is None]
        if missing:
            raise QueryError(f"query {self.name!r} needs a value for {', '.join(missing)}: "
                             + "; ".join(f"{p.name}: {p.description}" for p in self.parameters
                                         if p.name in missing))
        values = {name: params.get(name, p.default) for name, p in declared.items()}
        return {name: name_pattern(value, name) for name, value in values.items()}


# What a parameter may name: an IRI (matched exactly) or words (matched as whole words).
_IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


def name_pattern(value: Any, name: str = "value") -> Literal:
    """The literal a parameter binds: an IRI as it is (the queries compare it with STR(?x)),
    anything else as its words folded and padded, " pena nieto ", which the queries look for
    in the padded search keys (skos:hiddenLabel) of labels and aliases: whole words, in any
    case, with or without accents ("Pena Nieto" and "Peña Nieto" both find "Enrique Peña
    Nieto"; "State" finds "Department of State", not "United States").

    >>> name_pattern(" Peña  NIETO "), name_pattern("https://w3id.org/policy-kg/id/country/mx")
    (rdflib.term.Literal(' pena nieto '), rdflib.term.Literal('https://w3id.org/policy-kg/id/country/mx'))
    """
    text = " ".join(str(value).split())
    if not text:
        raise QueryError(f"parameter {name} needs a value: a name (or some of its words) or an IRI")
    if _IRI_LIKE.fullmatch(text):
        return Literal(text)
    key = search_key(text)
    if not key:
        raise QueryError(f"parameter {name} needs letters or digits to match, not {text!r}")
    return Literal(f" {key} ")


def load_queries(directory: str | Path | None = None) -> dict[str, SavedQuery]:
    """Every `*.rq` in `directory` (default: the queries shipped with kg), by file stem."""
    if directory is None:
        return dict(_shipped())
    return _read_all(Path(directory))


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[str, SavedQuery], ...]:
    return tuple(_read_all(files("kg.query_files")).items())


def _read_all(directory: Any) -> dict[str, SavedQuery]:
    queries = {}
    try:
        entries = sorted(directory.iterdir(), key=lambda e: e.name)
    except OSError as error:
        raise QueryError(f"cannot read saved queries from {directory}: {error}") from error
    for entry in entries:
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            queries[name] = SavedQuery.from_text(name, entry.read_text(encoding="utf-8"),
                                                 str(entry))
    return queries


def get_query(name: str, directory: str | Path | None = None) -> SavedQuery:
    """The saved query `name`; QueryError listing the known names if there is none."""
    queries = load_queries(directory)
    try:
        return queries[name]
    except KeyError:
        raise QueryError(f"no saved query {name!r}; known queries: "
                         f"{', '.join(sorted(queries)) or 'none'}") from None


def prepare(query: SavedQuery) -> Any:
    """The query compiled by rdflib's `prepareQuery` (with kg's prefixes): checks that it
    parses and names the variables it uses. Raises QueryError if it does not parse."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        return prepareQuery(query.text, initNs=PREFIXES)
    except Exception as error:  # pyparsing raises its own exception types
        raise QueryError(f"saved query {query.name!r} ({query.path}) is malformed: {error}") \
            from error


def run_query(store: Store, name: str | SavedQuery, params: Mapping[str, Any] | None = None,
              *, min_confidence: float = 0.0) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run a saved query with `params` bound: `(columns, rows)`, each row a tuple of plain
    values in column order (IRIs and text as str, numbers and booleans as such, unbound as
    None; see `kg.store.QueryResult.tuples`).

    Queries over facts read only facts of at least `min_confidence`: they compare each fact's
    `kgo:confidence` with `?minConfidence`, bound here in a VALUES block (a number, written
    by rdflib as a typed literal). A query that reads no facts' confidence refuses a
    `min_confidence` above 0."""
    query, text, bindings = _prepared(name, params, min_confidence)
    result = store.query(text, bindings)
    _check_search_keys(store, query, bool(result.rows))
    # Parameters are projected only so that Oxigraph binds them: their columns are the
    # values the caller gave, not answers.
    keep = [i for i, c in enumerate(result.columns)
            if c not in {p.name for p in query.parameters}]
    return ([result.columns[i] for i in keep],
            [tuple(row[i] for i in keep) for row in result.tuples()])


def query_results(store: Store, name: str | SavedQuery,
                  params: Mapping[str, Any] | None = None, *, min_confidence: float = 0.0,
                  fmt: str = "json", iris: bool = True) -> bytes:
    """Run a saved query as `run_query` does; its answer as a W3C SPARQL 1.1 results document:
    `fmt` csv, tsv, json (Query Results JSON) or xml, written by Oxigraph's serialisers
    (`kg.store.serialize_results`) from the JSON document the store or the endpoint answers.
    The parameters' columns are left out; without `iris`, also the columns holding only kg
    IRIs (`iri_columns`)."""
    query, text, bindings = _prepared(name, params, min_confidence)
    document = store.results(text, bindings)
    data = json.loads(document)
    _check_search_keys(store, query, "boolean" in data or bool(data["results"]["bindings"]))
    drop = {p.name for p in query.parameters}
    if not iris:
        drop.update(iri_columns(data))
    return serialize_results(document, fmt, drop=drop)


def iri_columns(data: Mapping[str, Any]) -> list[str]:
    """The variables of a parsed SPARQL results JSON document whose values are all kg IRIs
    (`kg.ontology.DATA`): a table for reading shows the names beside them instead.

    >>> iri_columns({"head": {"vars": ["p", "name"]}, "results": {"bindings": [
    ...     {"p": {"type": "uri", "value": "https://w3id.org/policy-kg/id/person/ana"},
    ...      "name": {"type": "literal", "value": "Ana"}}]}})
    ['p']
    """
    solutions = data.get("results", {}).get("bindings", [])

    def only_iris(name: str) -> bool:
        values = [s[name] for s in solutions if name in s]
        return bool(values) and all(v["type"] == "uri" and v["value"].startswith(str(DATA))
                                    for v in values)

    return [name for name in data.get("head", {}).get("vars", []) if only_iris(name)]


def _prepared(name: str | SavedQuery, params: Mapping[str, Any] | None,
              min_confidence: float) -> tuple[SavedQuery, str, dict[str, Literal]]:
    """The saved query, its text with the confidence threshold bound, and its bindings."""
    query = name if isinstance(name, SavedQuery) else get_query(name)
    text = query.text
    if _MIN_CONFIDENCE in text:
        text = inject_values(text, {_MIN_CONFIDENCE[1:]: Literal(
            Decimal(str(float(min_confidence))), datatype=XSD.decimal)})
    elif min_confidence > 0:
        raise QueryError(f"query {query.name!r} reads no facts, so it has no confidence to "
                         "filter on")
    return query, text, query.bindings(params)


def _check_search_keys(store: Store, query: SavedQuery, answered: bool) -> None:
    if not answered and query.parameters and _without_search_keys(store):
        raise QueryError("this store was built by an older kg, without the search keys "
                         "(skos:hiddenLabel) that parameters match: build its articles again")


_MIN_CONFIDENCE = "?minConfidence"


def _without_search_keys(store: Store) -> bool:
    return bool(store.query("ASK { ?a a kgo:Article }").boolean) and \
        not store.query("ASK { ?x skos:hiddenLabel ?key }").boolean


__all__ = ["Parameter", "SavedQuery", "get_query", "iri_columns", "load_queries", "prepare",
           "query_results", "run_query"]
