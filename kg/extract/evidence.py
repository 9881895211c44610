"""Evidence for a fact: the sentence (or span) it was read from, with character offsets."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.model import Evidence


def sentence_evidence(doc_id: str, where: Span | Token, extractor: str,
                      confidence: float) -> Evidence:
    """Evidence pointing at the sentence that holds `where`."""
    sent = where.sent
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    return Evidence(doc=doc_id, sentence=text, start=start, end=start + len(text),
                    extractor=extractor, confidence=confidence)


def span_evidence(doc_id: str, text: str, start: int, extractor: str,
                  confidence: float) -> Evidence:
    """Evidence for an arbitrary stretch of the article (a multi-sentence quotation)."""
    return Evidence(doc=doc_id, sentence=text, start=start, end=start + len(text),
                    extractor=extractor, confidence=confidence)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy joins every token each time `doc.text` is read."""
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.user_data["kg.text"] = doc.text
    return text


#: A transcript paragraph a reporter opens: "Q ...", "Q: ...", "QUESTION: ...", "AUDIENCE
#: QUESTION: ...".
QUESTION_OPENING = re.compile(r"\s*(?:Q(?:[ :.]|UESTION\b)|[A-Z .]*QUESTION:)")


def in_question(doc: Doc, index: int) -> bool:
    """Whether the character at `index` is in a paragraph a reporter's question opens."""
    text = text_of(doc)
    start = text.rfind("\n", 0, index) + 1
    return bool(QUESTION_OPENING.match(text, start, start + 12))
