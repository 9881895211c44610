"""The attribution line of State Department readouts ("The below is attributable to
Spokesperson Ned Price:")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.evidence import span_evidence
from kg.model import PERSON, Entity, Statement
from kg.extract.statements.base import ATTRIBUTION_RE, CONFIDENCE, _Context


def _attributed_readouts(context: _Context, doc_id: str) -> Iterator[Statement]:
    """'The below is attributable to Spokesperson Ned Price:' -> the rest is Price's."""
    text, analysis, doc = context.text, context.analysis, context.doc
    match = ATTRIBUTION_RE.search(text)
    if not match:
        return
    line = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    people = [m for m in analysis.people if line is not None and line.start <= m.start < line.end]
    if not people:
        return
    speaker = Entity(analysis.canonical(people[0].name), PERSON)
    body_start = match.end()
    paragraphs = re.split(r"\n\s*\n", text[body_start:])
    body = paragraphs[0].strip()
    if len(body.split()) >= 5:
        offset = text.index(body, body_start)
        yield Statement(speaker=speaker, quote=body, direct=False,
                        evidence=span_evidence(doc_id, body, offset, "statements.attribution",
                                               CONFIDENCE["attribution"]))
