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
`run_query` leaves those columns out.

    >>> sorted(load_queries())[:3]
    ['agreements', 'articles-mentioning', 'evidence-for']
    >>> get_query("officials-of-agency").parameters[0].name
    'agency'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from rdflib import Literal

from kg.errors import QueryError
from kg.model import search_key
from kg.store import PREFIXES, Store

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


def run_query(store: Store, name: str | SavedQuery, params: Mapping[str, Any] | None = None
              ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run a saved query with `params` bound: `(columns, rows)`, each row a tuple of plain
    values in column order (IRIs and text as str, numbers and booleans as such, unbound as
    None; see `kg.store.QueryResult.tuples`)."""
    query = name if isinstance(name, SavedQuery) else get_query(name)
    result = store.query(query.text, query.bindings(params))
    if not result.rows and query.parameters and _without_search_keys(store):
        raise QueryError("this store was built by an older kg, without the search keys "
                         "(skos:hiddenLabel) that parameters match: build its articles again")
    # Parameters are projected only so that Oxigraph binds them: their columns are the
    # values the caller gave, not answers.
    keep = [i for i, c in enumerate(result.columns)
            if c not in {p.name for p in query.parameters}]
    return ([result.columns[i] for i in keep],
            [tuple(row[i] for i in keep) for row in result.tuples()])


def _without_search_keys(store: Store) -> bool:
    return bool(store.query("ASK { ?a a kgo:Article }").boolean) and \
        not store.query("ASK { ?x skos:hiddenLabel ?key }").boolean


__all__ = ["Parameter", "SavedQuery", "get_query", "load_queries", "prepare", "run_query"]
