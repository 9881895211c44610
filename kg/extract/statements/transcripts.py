"""Transcripts: each paragraph of a labelled speaker ("THE PRESIDENT:", "SECRETARY BLINKEN:")
until the next label; reporters' turns and unnamed speakers are never attributed."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator

from kg import gazetteer
from kg.extract.evidence import span_evidence
from kg.errors import KgError
from kg.model import PERSON, Entity, Statement
from kg.extract.statements.base import (CONFIDENCE, END_RE, LABEL_RE, LABEL_TITLE_WORDS,
                                        MIN_TURN_WORDS, POST_LABELS, REPORTER_LABELS, REPORTER_RE,
                                        STAGE_RE, UNNAMED_LABEL_WORDS, _CAPS, _Context, _Turn)
from kg.extract.statements.document import _holder, _paragraphs


def _turns(context: _Context) -> list[_Turn]:
    """The speakers' turns of a transcript, paragraph by paragraph: a label opens a turn, the
    paragraphs after it without a label continue it, "END" or a time closes it."""
    paragraphs = _paragraphs(context.text, context.body_start)
    labelled = [(offset, p) for offset, p in paragraphs if _label(p) is not None]
    if not any(_label(p)[0] not in REPORTER_LABELS for _, p in labelled):
        return []
    turns: list[_Turn] = []
    current: _Turn | None = None
    for offset, paragraph in paragraphs:
        label = _label(paragraph)
        if label is not None:
            name, length = label
            speaker, role, rule = _label_speaker(context, name)
            current = _Turn(offset + length, offset + len(paragraph), role, speaker, rule)
            turns.append(current)
        elif END_RE.match(paragraph):
            current = None
        elif current is not None:
            current.end = offset + len(paragraph)
    return turns if any(t.role in ("named", "reporter") for t in turns) else []


def _label(paragraph: str) -> tuple[str, int] | None:
    """The speaker label opening a paragraph and its length, or None."""
    match = REPORTER_RE.match(paragraph)
    if match:
        return "Q", match.end()
    match = LABEL_RE.match(paragraph)
    if match:
        label = " ".join(match.group("label").replace(".", ". ").split()).replace(" .", ".")
        letters = re.sub(rf"[^{_CAPS}]", "", label)
        if len(letters) >= 2:
            return label.rstrip("."), match.end()
    return None


def _label_speaker(context: _Context, label: str) -> tuple[Entity | None, str, str]:
    """Who a label names, the turn's role and the rule that named them."""
    words = [w.strip(".") for w in label.split()]
    if label in REPORTER_LABELS or words[0] in REPORTER_LABELS:
        return None, "reporter", ""
    if any(w in UNNAMED_LABEL_WORDS for w in words):
        return None, "unnamed", ""
    post = POST_LABELS.get(" ".join(words))
    if post is not None:
        person = _holder(context, post)
        return (Entity(person, PERSON), "named", "transcript.post") if person else \
            (None, "unnamed", "")
    titled = 0
    while titled < len(words) - 1 and words[titled] in LABEL_TITLE_WORDS:
        titled += 1
    surname = " ".join(words[titled:]).title()
    if not surname or not re.search(r"[A-Za-z]{2}", surname):
        return None, "unnamed", ""
    for name, _ in context.headline:  # "FIRST LADY BIDEN": the Biden of the headline
        if gazetteer.fold(name).split()[-1:] == gazetteer.fold(surname).split()[-1:] and (
                titled or len(surname.split()) > 1):
            return Entity(name, PERSON), "named", "transcript.named"
    person = context.analysis.canonical(surname)
    if person == surname:  # "ANTONY J. BLINKEN": the name as the article writes it
        person = next((context.analysis.canonical(m.name) for m in context.analysis.people
                       if gazetteer.fold(m.name) == gazetteer.fold(surname)), surname)
    if titled or person != surname:
        return Entity(person, PERSON), "named", "transcript.named"
    return None, "unnamed", ""


#: At most this many paragraphs of each speaker of a transcript become statements: the most
#: substantive ones (the longest, greetings and thanks aside), as an analyst would note them.
#: `$KG_TRANSCRIPT_TURNS` overrides it; 0 keeps every paragraph.
MAX_TURN_STATEMENTS = 5
TURNS_ENV = "KG_TRANSCRIPT_TURNS"


def max_turn_statements() -> int | None:
    """How many paragraphs of each transcript speaker to keep (None: all of them)."""
    value = os.environ.get(TURNS_ENV, "").strip()
    if not value:
        return MAX_TURN_STATEMENTS
    try:
        limit = int(value)
    except ValueError:
        raise KgError(f"{TURNS_ENV}={value!r}: give a whole number (0 for every paragraph)") \
            from None
    return None if limit <= 0 else limit
#: Paragraphs that are courtesies rather than statements.
COURTESY_RE = re.compile(r"^(?:thank|thanks|good (?:morning|afternoon|evening)|hello|hi\b|well,? "
                         r"thank|okay|all right|great|please)", re.I)


def _transcript_statements(context: _Context, doc_id: str) -> Iterator[Statement]:
    """The paragraphs of named speakers' turns ("THE PRESIDENT: Today, ..."), the most
    substantive MAX_TURN_STATEMENTS of each speaker, in the order of the text."""
    text = context.text
    by_speaker: dict[str, list[tuple[int, str, str, Entity]]] = {}
    for turn in context.turns:
        if turn.role != "named" or turn.speaker is None:
            continue
        first = True
        for offset, paragraph in _paragraphs(text[:turn.end], turn.start):
            if END_RE.match(paragraph):
                break
            stage = STAGE_RE.match(paragraph)
            while stage:  # "(As interpreted.) Thank you ...": the words after the note
                offset += stage.end()
                paragraph = paragraph[stage.end():]
                stage = STAGE_RE.match(paragraph)
            if len(paragraph.split()) >= MIN_TURN_WORDS:
                rule = turn.rule if first else "transcript.continued"
                by_speaker.setdefault(turn.speaker.name, []).append(
                    (offset, paragraph, rule, turn.speaker))
            first = False
    chosen = []
    limit = max_turn_statements()
    for paragraphs in by_speaker.values():
        ranked = sorted(paragraphs, key=lambda p: (bool(COURTESY_RE.match(p[1])),
                                                   -len(p[1].split()), p[0]))
        chosen += ranked[:limit]
    for offset, paragraph, rule, speaker in sorted(chosen, key=lambda p: p[0]):
        yield Statement(speaker=speaker, quote=paragraph, direct=True,
                        evidence=span_evidence(doc_id, paragraph, offset,
                                               "statements.transcript", CONFIDENCE[rule]))
