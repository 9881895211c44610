"""The typed values that flow between stages: articles in, facts with evidence out.

Extractors yield these facts; `resolve` rewrites their entities to canonical ones; `rdf` turns
them into triples. What each stage does with a kind of fact is declared in `kg.kinds`.
Nothing here imports spaCy or rdflib.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from kg.names import search_key, slug  # noqa: F401 (IRI segments and query keys of names)

#: Entity kinds. A country is also a government (a party, an organisation of posts).
PERSON, ORGANIZATION, COUNTRY, AGREEMENT = "person", "organization", "country", "agreement"
ENTITY_KINDS = (PERSON, ORGANIZATION, COUNTRY, AGREEMENT)

#: Status of a post holding (FORMAT.md).
STATUSES = ("current", "elect", "acting", "former", "nominee")
#: What a party does with an agreement (FORMAT.md).
ACTIONS = ("propose", "negotiate", "discuss", "sign", "join", "implement", "ratify", "withdraw")


@dataclass(frozen=True)
class Article:
    """One input article. `text` is the whole article: the title line, a blank line, the body;
    evidence offsets index into it (for a .txt file, into the file itself)."""

    id: str
    title: str
    text: str
    published: str | None = None  # ISO 8601 date or datetime where known
    source: str = ""  # path of the file (plus `:line` for JSONL records)
    link: str | None = None

    @classmethod
    def from_parts(cls, id: str, title: str, body: str, **kwargs) -> Article:
        title = " ".join(title.split())
        return cls(id=id, title=title, text=f"{title}\n\n{body}" if title else body, **kwargs)

    @property
    def body_start(self) -> int:
        """Offset of the first body character (after the title and the blank line)."""
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True)
class Entity:
    """A person, organisation, country or agreement as the facts refer to it.

    `name` is the fullest name known in the article; `key` is the resolved identity
    (kind-prefixed, stable across articles, the IRI's local part); `wikidata` links it where
    the gazetteers know it.
    """

    name: str
    kind: str
    key: str = ""
    wikidata: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the country it belongs to, where known
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # the organisation it is part of (a name; a key once resolved)

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {self.kind!r}")
        if not self.key:
            object.__setattr__(self, "key", f"{self.kind}/{slug(self.name)}")

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence, its character span in the article, who found it."""

    doc: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float

    def to_record(self) -> dict:
        return {"evidence": self.sentence, "start": self.start, "end": self.end,
                "extractor": self.extractor, "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class HoldsPost:
    """`person` holds (held, will hold) `post` in `org`: W3C ORG's org:holds / org:postIn."""

    person: Entity
    post: str | None
    org: Entity | None
    country: Entity | None
    status: str
    evidence: Evidence
    type: str = field(default="holds_post", init=False)
    #: The post's canonical title within its organisation ("Treasury Secretary" ->
    #: "Secretary of the Treasury"), set by `resolve`; "" until then (the post as stated).
    canonical_post: str = ""

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type, "person": self.person.name,
                "post": self.post, "org": _name(self.org), "country": _name(self.country),
                "status": self.status, **self.evidence.to_record()}


@dataclass(frozen=True)
class AgreementAction:
    """`parties` do `action` (sign, negotiate, ...) with `agreement`.

    `negated` marks "did not sign"; `hedged` marks "are said to be discussing".
    """

    parties: tuple[Entity, ...]
    agreement: Entity
    action: str
    evidence: Evidence
    negated: bool = False
    hedged: bool = False
    type: str = field(default="agreement", init=False)

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type,
                "parties": [p.name for p in self.parties], "agreement": self.agreement.name,
                "action": self.action, "negated": self.negated, "hedged": self.hedged,
                **self.evidence.to_record()}


@dataclass(frozen=True)
class Meeting:
    """The `participants` met (persons; a country or organisation where no person is named)."""

    participants: tuple[Entity, ...]
    evidence: Evidence
    negated: bool = False
    type: str = field(default="meeting", init=False)

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type,
                "participants": [p.name for p in self.participants], "negated": self.negated,
                **self.evidence.to_record()}


@dataclass(frozen=True)
class Statement:
    """`speaker` said `quote` (the words as in the article), directly quoted or reported."""

    speaker: Entity
    quote: str
    direct: bool
    evidence: Evidence
    type: str = field(default="statement", init=False)

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type, "speaker": self.speaker.name,
                "quote": self.quote, "direct": self.direct, **self.evidence.to_record()}


@dataclass(frozen=True)
class Topic:
    """The article is about `topic`, a Comparative Agendas Project major topic (lower case)."""

    topic: str
    evidence: Evidence
    type: str = field(default="topic", init=False)

    def to_record(self) -> dict:
        return {"doc": self.evidence.doc, "type": self.type, "topic": self.topic,
                **self.evidence.to_record()}


Fact = Union[HoldsPost, AgreementAction, Meeting, Statement, Topic]
FACT_TYPES = {cls.__dataclass_fields__["type"].default: cls
              for cls in (HoldsPost, AgreementAction, Meeting, Statement, Topic)}


def _name(entity: Entity | None) -> str | None:
    return entity.name if entity is not None else None

