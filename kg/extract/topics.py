"""The article's policy topics: Comparative Agendas Project (CAP) major topics, from a lexicon.

An extractor over a whole spaCy `Doc` (title line, blank line, body): it counts the lexicon's terms
(`kg/data/cap_topics.tsv`), weights the title's more, and yields the one to `max_topics` topics
that stand out, each with the sentence that shows it best as evidence.
"""
from __future__ import annotations

import csv
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import gazetteer
from kg.extract.evidence import text_of
from kg.errors import KgError
from kg.extract import register
from kg.model import Evidence, Topic

#: The CAP master codebook's major topics, lower case, in codebook order (1-21, 23).
CAP_TOPICS = (
    "macroeconomics", "civil rights", "health", "agriculture", "labor", "education",
    "environment", "energy", "immigration", "transportation", "law and crime", "social welfare",
    "housing", "domestic commerce", "defense", "technology", "foreign trade",
    "international affairs", "government operations", "public lands", "culture",
)

EXTRACTOR = "topics.lexicon"
LEXICON = "cap_topics.tsv"

#: A term in the title counts this many times: the title names what the article is about.
TITLE_WEIGHT = 3.0
#: Documents shorter than this many words are scored as if this long, so that one stray term
#: in a three-line readout does not make a topic.
MIN_LENGTH = 120
#: Per-100-words density a topic needs...
MIN_SCORE = 0.8
#: ...and the share of the top topic's score a second or third topic needs.
MIN_RELATIVE = 0.3
#: A topic needs this much raw weight, so that one weak word never makes a topic.
MIN_WEIGHT = 2.0
#: Each mention of a foreign country or its people ("Panama", "Israeli") weighs this much for
#: international affairs: press releases about other governments are international affairs
#: whatever their subject, though the lexicon may have no word for it.
FOREIGN_WEIGHT = 0.5
INTERNATIONAL = "international affairs"
@dataclass(frozen=True)
class _Term:
    topic: str
    term: str
    weight: float


@lru_cache(maxsize=1)
def lexicon() -> tuple[_Term, ...]:
    """The lexicon as shipped: (topic, term, weight) rows, topics checked against `CAP_TOPICS`."""
    text = files("kg.data").joinpath(LEXICON).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    terms = []
    for number, row in enumerate(rows, 2):
        topic, term = row["topic"].strip(), " ".join(row["term"].lower().split())
        if topic not in CAP_TOPICS:
            raise KgError(f"{LEXICON}: row {number}: {topic!r} is not a CAP major topic")
        terms.append(_Term(topic, term, float(row["weight"])))
    return tuple(terms)


def _surface_forms(words: list[str]) -> set[tuple[str, ...]]:
    """The term as written plus regular inflections of its last word, for the LOWER matcher:
    title-case words are tagged PROPN and keep their form as lemma ("Refugees", "Supply Chains")."""
    *head, last = words
    forms = {last}
    if last.isalpha() and len(last) > 2:
        if last.endswith("y") and last[-2] not in "aeiou":
            forms |= {last[:-1] + "ies", last[:-1] + "ied"}
        elif last.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(last + "es")
        else:
            forms.add(last + "s")
        if last.endswith("e"):
            forms |= {last + "d", last[:-1] + "ing"}
        elif not last.endswith("y"):
            forms |= {last + "ed", last + "ing"}
    return {(*head, form) for form in forms}


@lru_cache(maxsize=4)
def _matchers(vocab) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, dict[str, float]]]:
    """Two phrase matchers for a vocab, one on lemmas and one on lower-case forms; each match id
    names a term, mapped to its {topic: weight}. Built once per vocab."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    by_lemma = PhraseMatcher(vocab, attr="LEMMA")
    by_lower = PhraseMatcher(vocab, attr="LOWER")
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for entry in lexicon():
        words = [token.text for token in tokenizer(entry.term)]
        key = " ".join(words)
        weights[key][entry.topic] = max(entry.weight, weights[key].get(entry.topic, 0.0))
    for key in weights:
        words = key.split(" ")
        by_lemma.add(key, [Doc(vocab, words=words, lemmas=words)])
        by_lower.add(key, [Doc(vocab, words=list(form)) for form in _surface_forms(words)])
    return by_lemma, by_lower, dict(weights)


@register("topic")
def topics(doc: Doc, *, doc_id: str, min_score: float = MIN_SCORE,
           min_relative: float = MIN_RELATIVE, max_topics: int = 3) -> Iterator[Topic]:
    """Yield the CAP major topics of the article in `doc`, the strongest first.

    A topic's score is its terms' weights (a title term counts `TITLE_WEIGHT` times) per 100
    words. A topic is kept when its score reaches `min_score`, its weight `MIN_WEIGHT`, and its
    score `min_relative` of the top topic's. The evidence is the title when the topic shows
    there, else the body sentence where its terms weigh most.
    """
    by_lemma, by_lower, weights = _matchers(doc.vocab)
    title_end = text_of(doc).find("\n\n")
    title_end = title_end if title_end > 0 else 0

    spans = {(start, end): doc.vocab.strings[match_id]
             for matcher in (by_lower, by_lemma) for match_id, start, end in matcher(doc)}
    # the longest term wins: "trade union" is labor, not "trade"
    kept = filter_spans([Span(doc, start, end, label=key) for (start, end), key in spans.items()])

    raw: dict[str, float] = defaultdict(float)
    in_title: dict[str, float] = defaultdict(float)
    by_sentence: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    # a topic's heaviest term in a sentence: (weight, -start), so the first of equals wins
    anchors: dict[tuple[str, int], tuple[float, int]] = {}
    foreign = [(span, {INTERNATIONAL: FOREIGN_WEIGHT}) for span in _foreign_mentions(doc)]
    for span, topic_weights in [(span, weights[span.label_]) for span in kept] + foreign:
        title = span.start_char < title_end
        for topic, weight in topic_weights.items():
            raw[topic] += weight * (TITLE_WEIGHT if title else 1.0)
            if title:
                in_title[topic] += weight
            else:
                by_sentence[topic][span.sent.start] += weight
                key = (topic, span.sent.start)
                anchors[key] = max(anchors.get(key, (0.0, 0)), (weight, -span.start_char))

    words = sum(1 for token in doc if not (token.is_punct or token.is_space))
    per_100 = 100.0 / max(words, MIN_LENGTH)
    scores = {topic: weight * per_100 for topic, weight in raw.items() if weight > 0}
    if not scores:
        return
    top = max(scores.values())
    ranked = sorted(scores.items(), key=lambda item: (-item[1], CAP_TOPICS.index(item[0])))
    for topic, score in ranked[:max_topics]:
        if score < min_score or raw[topic] < MIN_WEIGHT or score < min_relative * top:
            break
        confidence = (score / top) * (1.0 - math.exp(-score / (2 * min_score)))
        yield Topic(topic, _evidence(doc, doc_id, title_end, topic, in_title, by_sentence,
                                     anchors, confidence))


def _foreign_mentions(doc: Doc) -> Iterator[Span]:
    """Entities naming a foreign country (GPE) or its people (NORP), by the shared gazetteer."""
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP"):
            continue
        found = gazetteer.country(ent.text, capitals=False, ambiguous=False)
        if found is not None and found.alpha2 != "US":
            yield ent


def _evidence(doc: Doc, doc_id: str, title_end: int, topic: str, in_title, by_sentence,
              anchors, confidence: float) -> Evidence:
    if in_title.get(topic) or not by_sentence.get(topic):
        start, end = 0, title_end or len(text_of(doc))
    else:
        sentences = by_sentence[topic]
        best = max(sentences, key=lambda i: (sentences[i], -i))
        sentence, anchor = doc[best].sent, -anchors[topic, best][1]
        # the parser may run a byline or the title into a sentence: keep the term's paragraph
        start, end = max(sentence.start_char, title_end), sentence.end_char
        if (gap := text_of(doc).rfind("\n\n", start, anchor)) >= 0:
            start = gap + 2
        if (gap := text_of(doc).find("\n\n", anchor, end)) >= 0:
            end = gap
    text = text_of(doc)[start:end]
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(doc=doc_id, sentence=stripped, start=start, end=start + len(stripped),
                    extractor=EXTRACTOR, confidence=round(min(1.0, max(0.0, confidence)), 3))
