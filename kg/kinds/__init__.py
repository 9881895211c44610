"""One protocol per fact kind: what each kind of fact is made of, and how every stage after
extraction treats it, declared in one module per kind.

A kind (`FactKind`) names its fact dataclass and declares in one place its entities (and how
to rebuild the fact with resolved ones), its RDF (the class of its n-ary node and the triples
written for it), its networkx edges (read back from the fact node, for `kg.analysis` and the
full view of `kg.graphviews`) and its evaluation units (`kg.evaluate`). `model`, `rdf`,
`resolve`, `analysis`, `graphviews` and `evaluate` dispatch through this registry instead of
asking what type a fact is, so a new relation is one module here plus its extractor:

    from kg import kinds
    from kg.extract import register

    kinds.register(kinds.FactKind(name="my_relation", fact=MyFact, ...))

    @register("my_relation")
    def my_relation(doc, *, doc_id): ...

The built-in kinds (`holds_post`, `agreement`, `meeting`, `statement`, `topic`) register
themselves the same way, on first use.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

    from kg.model import Entity, Fact

#: (source, relation, target, attributes): one networkx edge a fact gives.
Edge = tuple[Any, str, Any, dict[str, str]]
#: (unit kind, key, extra): one scored unit of a fact record (see `kg.evaluate`).
Unit = tuple[str, tuple, Any]

#: What every fact query of a view selects besides the kind's own variables (`kg.graphviews`):
#: ?fact ?article ?text ?confidence.
EVIDENCE = """?fact prov:wasDerivedFrom ?article ; kgo:evidenceText ?text .
  OPTIONAL { ?fact kgo:confidence ?confidence }"""


def _no_units(record: Mapping[str, Any]) -> Iterator[Unit]:
    return iter(())


@dataclass(frozen=True)
class FactKind:
    """A kind of fact and what each stage does with it.

    - `name`: the record's "type" ("holds_post"); `fact`: its dataclass (in `kg.model`, or the
      kind's own module), whose `to_record` gives the record fields.
    - `entities(fact)`: the entities it refers to, in the order it names them;
      `rebuild(fact, mapping)`: the same fact with each entity passed through `mapping`.
    - `rdf_class`: the class of its n-ary node; `roles`: the properties from the node to the
      entities (what co-mention and mention queries follow); `triples(node, fact, article)`:
      the node's own triples and the direct ones beside it (evidence and provenance are
      written by `kg.rdf` for every kind).
    - `edges(graph, node, article)`: the networkx edges the stored fact node gives
      (`kg.analysis.to_networkx`), named among `relations` (between entities) or
      `article_relations` (from the article node); `view_query` and `view_edges(row)`: the same
      edges as the full view reads them from a store with SPARQL (`kg.graphviews`).
    - `units(record)`: its scored units (`kg.evaluate`), names folded by `kg.matching.aliases`.
    - `shapes`: SHACL shapes of its node, in Turtle (kg's prefixes, `sh:` and `kgs:` bound),
      for `kg validate`; `rdf_class` is allowed on fact nodes in any case. The built-in
      kinds' shapes are in `ontology/shapes.ttl`.
    """

    name: str
    fact: type
    entities: Callable[[Any], list[Entity]]
    rebuild: Callable[[Any, Callable[[Entity], Entity]], Any]
    rdf_class: URIRef
    triples: Callable[[URIRef, Any, URIRef], Iterator[tuple]]
    roles: tuple[URIRef, ...] = ()
    edges: Callable[[Graph, URIRef, URIRef], Iterator[Edge]] | None = None
    relations: tuple[str, ...] = ()
    article_relations: tuple[str, ...] = ()
    view_query: str | None = None
    view_edges: Callable[[dict[str, Any]], Iterator[Edge]] | None = None
    units: Callable[[Mapping[str, Any]], Iterator[Unit]] = field(default=_no_units)
    shapes: str = ""


#: The built-in kinds, each a module of this package, in the order of their relations.
BUILTINS = ("holds_post", "agreement", "meeting", "statement", "topic")

_KINDS: dict[str, FactKind] = {}
_BY_CLASS: dict[type, FactKind] = {}
_loaded = False


def register(kind: FactKind) -> FactKind:
    """Add `kind` to the registry (a later kind of the same name replaces it)."""
    _load_builtins()
    old = _KINDS.pop(kind.name, None)
    if old is not None:
        _BY_CLASS.pop(old.fact, None)
    _KINDS[kind.name] = kind
    _BY_CLASS[kind.fact] = kind
    return kind


def unregister(name: str) -> None:
    """Take the kind called `name` out of the registry (a test's toy relation, say)."""
    kind = _KINDS.pop(name, None)
    if kind is not None:
        _BY_CLASS.pop(kind.fact, None)


def all_kinds() -> list[FactKind]:
    """The registered kinds: the built-ins in the order of `BUILTINS`, then the others in the
    order they were registered (the order of relations in graphs and views)."""
    _load_builtins()
    rank = {name: i for i, name in enumerate(BUILTINS)}
    return sorted(_KINDS.values(), key=lambda kind: rank.get(kind.name, len(rank)))


def get(name: str | None) -> FactKind | None:
    """The kind whose records have "type" `name`, if registered."""
    _load_builtins()
    return _KINDS.get(name) if name is not None else None


def of(fact: Fact) -> FactKind:
    """The kind of `fact`; a fact of no registered kind is an error."""
    _load_builtins()
    try:
        return _BY_CLASS[type(fact)]
    except KeyError:
        raise TypeError(f"no fact kind registered for {type(fact).__name__}: "
                        "register one with kg.kinds.register") from None


def entities(fact: Fact) -> list[Entity]:
    """The entities `fact` refers to, in the order the fact names them."""
    return of(fact).entities(fact)


def with_entities(fact: Fact, mapping: Callable[[Entity], Entity]) -> Fact:
    """The same fact with every entity passed through `mapping` (a callable Entity -> Entity)."""
    return of(fact).rebuild(fact, mapping)


def unique(items: Iterable[Entity]) -> tuple[Entity, ...]:
    """`items` without repeats, in order (two names resolved to one entity count once)."""
    return tuple(dict.fromkeys(items))


def concept(concepts: Mapping[str, URIRef], value: str, what: str) -> URIRef:
    """The concept of `value` in a closed vocabulary; an unknown value is an error."""
    try:
        return concepts[value]
    except KeyError:
        expected = ", ".join(concepts)
        raise ValueError(f"unknown {what} {value!r}: expected one of {expected}") from None


def local(iri: str) -> str:
    """The last part of an IRI: kgo:sign -> "sign"."""
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    # importing a kind's module registers it
    from kg.kinds import agreement, holds_post, meeting, statement, topic  # noqa: F401
