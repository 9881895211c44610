"""The article's policy topics: Comparative Agendas Project (CAP) major topics, from a lexicon.

An extractor over a whole spaCy `Doc` (title line, blank line, body). It finds the cues of the
lexicon (`kg/data/cap_topics.tsv`) and weighs each by where it stands and how it is used: the
title weighs most, the lead paragraph next, bylines and datelines not at all; the literal word of
a name ("the Ocean Shipping Reform Act", "the Minerals Security Partnership", "Secretary of
Transportation Buttigieg") and one item of a list ("climate, energy, education, and health")
count little. The top topic is the article's when it has enough weight for the article's
length and shows in the title, the lead or more than one sentence; a second or third needs a
share of all the evidence (international affairs, the frame of an article on another country, a
smaller one). At most `max_topics` are yielded, the strongest first, each with the sentence that
shows it best and a confidence for the rule that kept it.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import gazetteer
from kg.errors import KgError
from kg.extract import register
from kg.extract.evidence import text_of
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

#: A cue in the title counts this many times: the title names what the article is about...
TITLE_WEIGHT = 3.0
#: ...and one in the lead paragraph (the first paragraph after bylines and datelines) this many.
LEAD_WEIGHT = 2.0
#: A cue whose words are the literal words of a longer capitalised name counts this much: the
#: "Ocean Shipping Reform Act" is not about oceans, nor "Secretary of Energy Granholm's" visit
#: to Japan about energy. Acronyms (NATO, COVID-19) and cues that are the whole name count fully.
NAME_WEIGHT = 0.25
#: A cue that is one item of a list of three or more counts this much: "they discussed climate,
#: energy, education, and COVID-19" names subjects in passing.
LIST_WEIGHT = 0.5
#: How far up a cue's heads the list may be ("the [COVID-19] pandemic" -> "combatting"), through
#: these dependencies.
LIST_DEPTH = 3
LIST_ITEM_DEPS = frozenset({"compound", "amod", "nmod", "poss", "pobj", "dobj", "prep"})
#: Before the lead: a paragraph ending in a colon, of fewer words than this without a full stop,
#: or of fewer than `BYLINE_MIN_WORDS`, is a byline, dateline, place or time, and weighs nothing.
LEAD_MIN_WORDS = 12
BYLINE_MIN_WORDS = 5
#: Paragraphs after the title looked at for the lead.
LEAD_SEARCH = 6
#: Documents shorter than this many words are scored as if this long, so that one stray term
#: in a three-line readout does not make a topic.
MIN_LENGTH = 120
#: Per-100-words density a topic needs.
MIN_SCORE = 0.8
#: The top topic is the article's; a second or third needs this share of all topics' weight:
#: most others are the passing subjects of a readout ("they also discussed COVID-19").
MIN_SHARE = 0.3
#: International affairs is the frame rather than the subject of an article on another country's
#: defense, health or trade: it needs a smaller share to go with the subject.
INTERNATIONAL_SHARE = 0.15
#: A top topic with a runner-up this close (score ratio) and absent from the title is in doubt.
CLOSE_CONTEST = 0.75
#: A topic needs this much raw weight, so that one weak word never makes a topic.
MIN_WEIGHT = 2.0
#: A topic absent from the title and the lead needs cues in this many sentences: one sentence
#: ("attendees will need to be vaccinated") is a passing mention.
MIN_SENTENCES = 2
#: Each mention of a foreign country or its people ("Panama", "Israeli") weighs this much for
#: international affairs: press releases about other governments are international affairs
#: whatever their subject, though the lexicon may have no word for it.
FOREIGN_WEIGHT = 0.5
INTERNATIONAL = "international affairs"

#: Words that may stand between the capitalised words of one name ("Department of the
#: Interior", "Economic Growth, Energy, and the Environment", "Indo-Pacific").
NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&", "-", "–", ",",
                          "'s", "’s", "de", "del", "la"})

#: The last words of the names of days, weeks and months of observance, whose words are their
#: subject ("Equal Pay Day", "National Maritime Day", "Mental Health Awareness Month").
OBSERVANCES = frozenset({"Day", "Week", "Month"})

TITLE, LEAD, BODY, BYLINE = "title", "lead", "body", "byline"
ZONE_WEIGHT = {TITLE: TITLE_WEIGHT, LEAD: LEAD_WEIGHT, BODY: 1.0, BYLINE: 0.0}


@dataclass(frozen=True)
class _Term:
    topic: str
    term: str
    weight: float
    pos: frozenset[str] = frozenset()  # parts of speech a one-word cue must have, if any


@dataclass(frozen=True)
class _Cue:
    """One piece of evidence for a topic: a term (or a foreign country) where it stands."""
    topic: str
    weight: float  # the term's weight times its zone's, name's and list's factors
    zone: str
    sent_start: int  # token index of its sentence, for the spread and the evidence
    start_char: int


@lru_cache(maxsize=1)
def lexicon() -> tuple[_Term, ...]:
    """The lexicon as shipped: (topic, term, weight, pos) rows, topics checked against
    `CAP_TOPICS`; `pos` (optional, `|`-separated) restricts a one-word cue to parts of speech."""
    text = files("kg.data").joinpath(LEXICON).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    terms = []
    for number, row in enumerate(rows, 2):
        topic, term = row["topic"].strip(), " ".join(row["term"].lower().split())
        if topic not in CAP_TOPICS:
            raise KgError(f"{LEXICON}: row {number}: {topic!r} is not a CAP major topic")
        pos = frozenset(p.strip() for p in (row.get("pos") or "").split("|") if p.strip())
        terms.append(_Term(topic, term, float(row["weight"]), pos))
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


@dataclass(frozen=True)
class _Entry:
    weights: dict[str, float]  # topic -> weight
    pos: frozenset[str]


@lru_cache(maxsize=4)
def _matchers(vocab) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, _Entry]]:
    """Two phrase matchers for a vocab, one on lemmas and one on lower-case forms; each match id
    names a term, mapped to its {topic: weight} and parts of speech. Built once per vocab."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    by_lemma = PhraseMatcher(vocab, attr="LEMMA")
    by_lower = PhraseMatcher(vocab, attr="LOWER")
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    pos: dict[str, frozenset[str]] = defaultdict(frozenset)
    for entry in lexicon():
        words = [token.text for token in tokenizer(entry.term)]
        key = " ".join(words)
        weights[key][entry.topic] = max(entry.weight, weights[key].get(entry.topic, 0.0))
        pos[key] |= entry.pos
    for key in weights:
        # the corpus writes "women’s rights" with a typographic apostrophe as often as not
        spellings = [key.split(" ")] + ([key.replace("'", "’").split(" ")] if "'" in key else [])
        by_lemma.add(key, [Doc(vocab, words=words, lemmas=words) for words in spellings])
        by_lower.add(key, [Doc(vocab, words=list(form))
                           for words in spellings for form in _surface_forms(words)])
    return by_lemma, by_lower, {key: _Entry(weights[key], pos[key]) for key in weights}


@dataclass(frozen=True)
class TopicScore:
    """The evidence for one topic in one article."""
    topic: str
    weight: float  # its cues' weights, each times its zone's, name's and list's factors
    score: float  # weight per 100 words (of at least `MIN_LENGTH`)
    share: float  # its weight's share of all topics' weight
    title: float  # the weight of its cues in the title (before the title's factor)...
    lead: float  # ...and in the lead paragraph (before the lead's factor)
    sentences: int  # body and lead sentences that hold its cues

    @property
    def prominent(self) -> bool:
        return self.title > 0 or self.lead > 0


def topic_scores(doc: Doc) -> tuple[list[TopicScore], list[_Cue], _Zones]:
    """Every topic with evidence in the article, the strongest first, with the cues behind them."""
    zones = _Zones.of(text_of(doc))
    cues = [cue for cue in _cues(doc, zones) if cue.weight > 0]
    raw: dict[str, float] = defaultdict(float)
    by_zone: dict[tuple[str, str], float] = defaultdict(float)
    sentences: dict[str, set[int]] = defaultdict(set)
    for cue in cues:
        raw[cue.topic] += cue.weight
        by_zone[cue.topic, cue.zone] += cue.weight / ZONE_WEIGHT[cue.zone]
        if cue.zone != TITLE:
            sentences[cue.topic].add(cue.sent_start)
    words = sum(1 for token in doc if not (token.is_punct or token.is_space))
    per_100 = 100.0 / max(words, MIN_LENGTH)
    total = sum(raw.values())
    scores = [TopicScore(topic, weight, weight * per_100, weight / total, by_zone[topic, TITLE],
                         by_zone[topic, LEAD], len(sentences[topic]))
              for topic, weight in raw.items()]
    scores.sort(key=lambda s: (-s.score, CAP_TOPICS.index(s.topic)))
    return scores, cues, zones


@register("topic")
def topics(doc: Doc, *, doc_id: str, min_score: float = MIN_SCORE, min_share: float = MIN_SHARE,
           max_topics: int = 3) -> Iterator[Topic]:
    """Yield the CAP major topics of the article in `doc`, the strongest first.

    A topic's score is the weight of its cues per 100 words (see the module's constants for how
    a cue is weighed). The top topic is kept when its score reaches `min_score` (or the title
    shows it: a long transcript's title still names its topic); a second and
    third when they also have `min_share` of all topics' weight (international affairs
    `INTERNATIONAL_SHARE`). Every topic needs `MIN_WEIGHT` and must show in the title, the lead
    or `MIN_SENTENCES` sentences. The evidence is the title when the topic shows there, else the
    sentence where its cues weigh most.
    """
    scores, cues, zones = topic_scores(doc)
    kept: list[TopicScore] = []
    for found in scores[:max_topics]:
        if found.score < min_score and (kept or found.title < TITLE_EVIDENCE):
            break  # a long transcript's title still names its topic
        if found.weight < MIN_WEIGHT or not (found.prominent or found.sentences >= MIN_SENTENCES):
            continue
        if kept and found.share < (INTERNATIONAL_SHARE if found.topic == INTERNATIONAL
                                   else min_share):
            continue
        if kept and found.topic == INTERNATIONAL and not _abroad(doc):
            continue  # "democracy" and "human rights" at home are no frame of foreign affairs
        kept.append(found)
        runner_up = scores[1].score / found.score if found is scores[0] and len(scores) > 1 else 0
        yield Topic(found.topic, _evidence(doc, doc_id, zones, found, cues,
                                           _confidence(found, len(kept) == 1, runner_up,
                                                       min_score)))


#: How often a topic kept by each rule was a main topic of the article on a reading of 120
#: corpus articles and of 186 topics of other articles, all outside the gold (and the development
#: gold as a check): the top topic shown in the title (0.94 of 72 read)...
CONFIDENCE_TITLE = 0.95
#: ...shown only in the lead and body, ahead of the runner-up (0.87 of 61)...
CONFIDENCE_AHEAD = 0.85
#: ...in a close contest, or named by the title alone (0.69 of 16)...
CONFIDENCE_CLOSE = 0.65
#: ...international affairs as the frame of another topic (0.95 of 20; 0.79 of 19 in the 120)...
CONFIDENCE_FRAME = 0.85
#: ...and a second subject (0.61 of 18; 0.44 of 9 in the 120).
CONFIDENCE_SECOND = 0.55
#: The weight of its title cues that shows a topic in the title (the literal word of a name,
#: "Ocean Shipping Reform Act", does not).
TITLE_EVIDENCE = 1.0


def _confidence(found: TopicScore, first: bool, runner_up: float, min_score: float) -> float:
    if first and found.score < min_score:
        return CONFIDENCE_CLOSE  # the title names it, the body hardly bears it out
    if first and found.title >= TITLE_EVIDENCE:
        return CONFIDENCE_TITLE
    if first:
        return CONFIDENCE_AHEAD if runner_up < CLOSE_CONTEST else CONFIDENCE_CLOSE
    if found.topic == INTERNATIONAL:
        return CONFIDENCE_FRAME
    return CONFIDENCE_SECOND


@dataclass(frozen=True)
class _Zones:
    """Character offsets of the title's end and of the lead paragraph."""
    title_end: int
    lead_start: int
    lead_end: int

    @classmethod
    def of(cls, text: str) -> _Zones:
        title_end = max(text.find("\n\n"), 0)
        starts = [0] + [match.end() for match in re.finditer(r"\n\s*\n\s*", text)
                        if match.end() > title_end]
        lead = next((k for k, start in enumerate(starts[1:LEAD_SEARCH + 1], 1)
                     if not _is_byline(text[start:_end(starts, k, text)].strip())), None)
        if lead is None:
            return cls(title_end, title_end, title_end)
        return cls(title_end, starts[lead], _end(starts, lead, text))

    def zone(self, char: int) -> str:
        if char < self.title_end:
            return TITLE
        if char < self.lead_start:
            return BYLINE
        return LEAD if char < self.lead_end else BODY


def _end(starts: list[int], k: int, text: str) -> int:
    return starts[k + 1] if k + 1 < len(starts) else len(text)


def _is_byline(paragraph: str) -> bool:
    """"Office of the Spokesperson", "Antony J. Blinken, Secretary of State", "Tokyo, Japan",
    "12:21 P.M. EDT", "The below is attributable to Spokesperson Ned Price:"."""
    words = len(paragraph.split())
    return (paragraph.endswith(":") or words < BYLINE_MIN_WORDS
            or (words < LEAD_MIN_WORDS and not paragraph.endswith((".", "?", "!", "”", '"'))))


def _cues(doc: Doc, zones: _Zones) -> Iterator[_Cue]:
    """Every weighed cue of the article: lexicon terms, then foreign countries and peoples."""
    by_lemma, by_lower, entries = _matchers(doc.vocab)
    found = {(start, end): doc.vocab.strings[match_id]
             for matcher in (by_lower, by_lemma) for match_id, start, end in matcher(doc)}
    # the longest term wins: "trade union" is labor, not "trade"
    spans = filter_spans([Span(doc, start, end, label=key) for (start, end), key in found.items()])
    names = _Names.of(doc, zones)
    for span in spans:
        entry = entries[span.label_]
        if entry.pos and not (len(span) == 1 and span[0].pos_ in entry.pos):
            continue
        zone = zones.zone(span.start_char)
        factor = ZONE_WEIGHT[zone]
        if _in_list(span.root):
            factor *= LIST_WEIGHT
        in_name = names.holds(span)
        for topic, weight in entry.weights.items():
            # a foreign ministry, an embassy, an alliance: names are evidence of foreign affairs
            named = NAME_WEIGHT if in_name and topic != INTERNATIONAL else 1.0
            yield _Cue(topic, weight * factor * named, zone, span.sent.start, span.start_char)
    for ent in _foreign_mentions(doc):
        zone = zones.zone(ent.start_char)
        yield _Cue(INTERNATIONAL, FOREIGN_WEIGHT * ZONE_WEIGHT[zone], zone, ent.sent.start,
                   ent.start_char)


def _in_list(token: Token) -> bool:
    """Whether `token`, or the phrase it modifies or completes, is an item of a list of three or
    more: "climate" in "on climate, energy, and education"; "pandemic" in "discussed trade,
    energy, and combatting the COVID-19 pandemic"."""
    for _ in range(LIST_DEPTH + 1):
        if len(token.conjuncts) >= 2:
            return True
        if token.dep_ not in LIST_ITEM_DEPS or token.head is token:
            return False
        token = token.head
    return False


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _literal(token: Token) -> bool:
    """A capitalised common word, not an acronym ("Energy", not "NATO" or "COVID-19")."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


@dataclass(frozen=True)
class _Names:
    """Capitalised names of the body (runs of two or more capitalised words, with joiners such
    as "of" and "and" between them), and where the same names stand in the title."""
    runs: tuple[tuple[int, int], ...]  # token spans in the body
    title_spans: tuple[tuple[int, int], ...]  # character spans in the title
    title_end: int

    @classmethod
    def of(cls, doc: Doc, zones: _Zones) -> _Names:
        runs: list[tuple[int, int]] = []
        i = 0
        n = len(doc)
        while i < n:
            if doc[i].idx < zones.title_end or not _capitalised(doc[i]):
                i += 1
                continue
            k, last, capitals = i, i, 0
            while k < n and (_capitalised(doc[k]) or doc[k].lower_ in NAME_JOINERS):
                if _capitalised(doc[k]):
                    last, capitals = k, capitals + 1
                k += 1
            if capitals >= 2 and not _is_heading(doc, i, last + 1) \
                    and doc[last].text not in OBSERVANCES:
                runs.append((i, last + 1))
            i = last + 1
        title = text_of(doc)[:zones.title_end]
        title_spans = set()
        for start, end in runs:
            name = doc[start:end].text
            at = title.find(name)
            while at >= 0:
                title_spans.add((at, at + len(name)))
                at = title.find(name, at + 1)
        return cls(tuple(runs), tuple(sorted(title_spans)), zones.title_end)

    def holds(self, span: Span) -> bool:
        """Whether `span` is literal words inside a longer name."""
        if not any(_literal(token) for token in span):
            return False
        if span.start_char < self.title_end:
            return any(start <= span.start_char and span.end_char <= end
                       and (start, end) != (span.start_char, span.end_char)
                       for start, end in self.title_spans)
        return any(start <= span.start and span.end <= end
                   and any(_capitalised(token) for token in (*span.doc[start:span.start],
                                                              *span.doc[span.end:end]))
                   for start, end in self.runs)


def _is_heading(doc: Doc, start: int, end: int) -> bool:
    """A run that is its whole line is a heading ("Lowering Energy Costs"), not a name."""
    text = text_of(doc)
    before = text.rfind("\n", 0, doc[start].idx)
    after = text.find("\n", doc[end - 1].idx)
    line = text[before + 1: len(text) if after < 0 else after].strip()
    return line == doc[start:end].text.strip()


def _foreign_mentions(doc: Doc) -> Iterator[Span]:
    """Entities naming a foreign country (GPE) or its people (NORP), by the shared gazetteer."""
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP"):
            continue
        found = gazetteer.country(ent.text, capitals=False, ambiguous=False)
        if found is not None and found.alpha2 != "US":
            yield ent


def _abroad(doc: Doc) -> bool:
    """Whether the article names a place or people abroad: a foreign country (Georgia too), its
    people or capital, or a region ("the Caribbean")."""
    for ent in doc.ents:
        if ent.label_ == "LOC":
            return True
        if ent.label_ in ("GPE", "NORP"):
            found = gazetteer.country(ent.text)
            if found is not None and found.alpha2 != "US":
                return True
    return False


def _evidence(doc: Doc, doc_id: str, zones: _Zones, found: TopicScore, cues: list[_Cue],
              confidence: float) -> Evidence:
    text = text_of(doc)
    weights: dict[int, float] = defaultdict(float)
    for cue in cues:
        if cue.topic == found.topic and cue.zone != TITLE:
            weights[cue.sent_start] += cue.weight
    if found.title >= TITLE_EVIDENCE or not weights:
        start, end = 0, zones.title_end or len(text)
    else:
        best = max(weights, key=lambda i: (weights[i], -i))
        # the first of its heaviest cues in that sentence
        anchor = max((cue for cue in cues if cue.topic == found.topic and cue.sent_start == best),
                     key=lambda cue: (cue.weight, -cue.start_char)).start_char
        sentence = doc[best].sent
        # the parser may run a byline or the title into a sentence: keep the term's paragraph
        start, end = max(sentence.start_char, zones.title_end), sentence.end_char
        if (gap := text.rfind("\n\n", start, anchor)) >= 0:
            start = gap + 2
        if (gap := text.find("\n\n", anchor, end)) >= 0:
            end = gap
    passage = text[start:end]
    stripped = passage.strip()
    start += len(passage) - len(passage.lstrip())
    return Evidence(doc=doc_id, sentence=stripped, start=start, end=start + len(stripped),
                    extractor=EXTRACTOR, confidence=round(min(1.0, max(0.0, confidence)), 3))
