"""Checking what kg wrote against its SHACL shapes (`ontology/shapes.ttl`): every article, fact
(with its evidence), post, topic and entity, in a store or in an RDF file. Beside `store`;
`kg validate` prints the report.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import FOAF, RDF
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/policy-kg/id/person/ana"), RDF.type, FOAF.Person))
    >>> report = validate_graph(g)
    >>> report.conforms, [v.path for v in report.violations]
    (False, ['rdfs:label', 'skos:hiddenLabel'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.util import guess_format

from kg.errors import KgError
from kg.ontology import PREFIXES

if TYPE_CHECKING:
    from kg.store import Store


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, the offending value, why, which shape."""

    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value is not None and self.value != self.focus else ""
        return f"{self.focus}{where}{value}: {self.message} ({self.shape})"


@dataclass
class Report:
    """What `validate_graph` found: violations fail, warnings do not."""

    triples: int
    violations: list[Violation] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations


def shapes() -> Graph:
    """The shipped shapes (`ontology/shapes.ttl`) as an rdflib Graph."""
    graph = Graph()
    graph += _shapes()
    return graph


def _shapes() -> Graph:
    from kg import kinds

    return _shapes_of(tuple((kind.rdf_class, kind.shapes) for kind in kinds.all_kinds()))


@cache
def _shapes_of(fact_kinds: tuple[tuple[URIRef, str], ...]) -> Graph:
    """The shipped shapes, with the fact classes of every registered kind allowed on a fact
    node (`kgs:EvidenceShape`) and the kinds' own shapes (`kg.kinds.FactKind.shapes`)."""
    graph = Graph()
    with as_file(files("kg.ontology_files") / "shapes.ttl") as path:
        graph.parse(path, format="turtle")
    evidence = URIRef(_KGS + "EvidenceShape")
    for prop in graph.objects(evidence, SH.property):
        if graph.value(prop, SH.path) != RDF.type:
            continue
        head = graph.value(prop, SH["in"]) or graph.value(
            graph.value(prop, SH.qualifiedValueShape), SH["in"])
        if head is not None:
            classes = Collection(graph, head)
            for cls, _ in fact_kinds:
                if cls not in classes:
                    classes.append(cls)
    prefixes = "".join(f"@prefix {prefix}: <{iri}> .\n"
                       for iri, prefix in _NAMES.items())
    for _, turtle in fact_kinds:
        if turtle:
            graph.parse(data=prefixes + turtle, format="turtle")
    return graph


def validate_graph(graph: Graph) -> Report:
    """Validate `graph` (one graph: the union of an article's or a store's graphs)."""
    try:
        from pyshacl import validate
    except ImportError:
        raise KgError("validating needs pyshacl: pip install pyshacl") from None
    shapes_graph = _shapes()  # read once: pyshacl does not change it
    _, results, _ = validate(graph, shacl_graph=shapes_graph, inference="none",
                             allow_warnings=True, allow_infos=True)
    report = Report(triples=len(graph))
    for result in _results(results, results.objects(None, SH.result)):
        severity = _short(results.value(result, SH.resultSeverity))
        violation = Violation(
            focus=_short(results.value(result, SH.focusNode)),
            path=_path(results, results.value(result, SH.resultPath)),
            value=_short(results.value(result, SH.value)),
            message=_message(results, result),
            shape=_shape(shapes_graph, results.value(result, SH.sourceShape)),
            severity=severity or "")
        (report.violations if severity == "sh:Violation" else report.warnings).append(violation)
    report.violations[:] = sorted(set(report.violations), key=str)
    report.warnings[:] = sorted(set(report.warnings), key=str)
    return report


def _results(results: Graph, nodes) -> list:
    """The results to show: a result that failed because nested shapes did (sh:node, sh:or)
    about the same node is shown as the nested results that say why."""
    shown = []
    for node in nodes:
        focus = results.value(node, SH.focusNode)
        details = [d for d in results.objects(node, SH.detail)
                   if results.value(d, SH.focusNode) == focus]
        shown += _results(results, details) if details else [node]
    return shown


def validate_store(store: Store, articles: Iterable[str] | None = None) -> Report:
    """Validate the union of the store's graphs, or of the graphs of `articles` (IRIs) and
    the shared descriptions."""
    graph = Graph()
    if articles is None:
        graph.parse(data=store.export("ntriples"), format="nt")
    else:
        from kg.ontology import DESCRIPTIONS

        names = " ".join(f"<{URIRef(iri)}>" for iri in [*articles, DESCRIPTIONS])
        result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {names} }} "
                             "GRAPH ?g { ?s ?p ?o } }")
        graph = result.graph if result.graph is not None else graph
    return validate_graph(graph)


def validate_file(path: str | Path) -> Report:
    """Validate an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML; the format
    from its suffix); the named graphs of a quad format are validated as their union."""
    from rdflib import Dataset

    path = Path(path)
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads", "json-ld"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for quad in dataset.quads((None, None, None, None)):
                graph.add(quad[:3])
        else:
            graph = Graph()
            graph.parse(path, format=fmt)
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except Exception as error:  # rdflib's parsers raise many types
        raise KgError(f"{path}: cannot read it as {fmt}: {error}") from error
    return validate_graph(graph)


_KGS = "https://w3id.org/policy-kg/shapes#"
_NAMES = {iri: prefix for prefix, iri in PREFIXES.items()} | {
    "http://www.w3.org/ns/shacl#": "sh", _KGS: "kgs"}


def _short(term) -> str | None:
    """An IRI as prefix:name where kg has a prefix for it, a literal as its text."""
    if term is None:
        return None
    if not isinstance(term, URIRef):
        return str(term)
    text = str(term)
    for iri, prefix in sorted(_NAMES.items(), key=lambda item: -len(item[0])):
        if text.startswith(iri) and (prefix == "kgid" or "/" not in text[len(iri):]):
            return f"{prefix}:{text[len(iri):]}"
    return text


#: Constraint component -> what its failure means, in words.
_MEANING = {"MinCountConstraintComponent": "missing", "MaxCountConstraintComponent": "more than one",
            "DatatypeConstraintComponent": "wrong datatype", "ClassConstraintComponent":
            "not of the expected class", "InConstraintComponent": "not an allowed value",
            "ClosedConstraintComponent": "a property this kind of node does not have",
            "PatternConstraintComponent": "IRI or text not of the expected form",
            "NodeKindConstraintComponent": "not an IRI", "OrConstraintComponent":
            "none of the allowed kinds", "MinExclusiveConstraintComponent": "too small",
            "MinInclusiveConstraintComponent": "too small", "MaxInclusiveConstraintComponent":
            "too large", "LessThanOrEqualsConstraintComponent": "start after end",
            "MinLengthConstraintComponent": "empty",
            "NodeConstraintComponent": "not a valid node of its kind",
            "QualifiedMinCountConstraintComponent": "no class of fact",
            "QualifiedMaxCountConstraintComponent": "more than one class of fact"}


def _message(results: Graph, result) -> str:
    own = results.value(result, SH.resultMessage)
    component = str(results.value(result, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1]
    meaning = _MEANING.get(component)
    value = results.value(result, SH.value)
    why = sorted({f"{_path(results, results.value(d, SH.resultPath)) or ''} "
                  f"{_message(results, d)}".strip()
                  for d in results.objects(result, SH.detail)
                  if results.value(d, SH.focusNode) == value})
    if why:  # the value failed a nested shape: say how
        return f"{meaning or 'does not conform'}: {_short(value)} {'; '.join(why)}"
    if meaning is None or (own is not None and not str(own).startswith(
            ("Less than", "More than", "Value", "Node", "Closed", "Focus"))):
        return str(own or component or "does not conform")  # the shape's own sh:message
    return meaning


def _shape(shapes_graph: Graph, shape) -> str:
    """The named shape a (possibly blank) property shape belongs to."""
    while isinstance(shape, BNode):
        shape = shapes_graph.value(None, SH.property, shape) or \
            shapes_graph.value(None, SH.node, shape) or shape.n3()
    return _short(shape) or ""


def _path(results: Graph, path) -> str | None:
    if path is None or isinstance(path, URIRef):
        return _short(path)
    return "(a property path)"


__all__ = ["Report", "Violation", "shapes", "validate_file", "validate_graph", "validate_store"]
