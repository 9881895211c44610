"""statement: who said what, quoted directly or reported.

Three sources: quotation marks with a speech verb and a speaker next to them ("“...,” said
Pompeo"); reported speech and readout verbs with a named subject ("Murray told VOA any such
deal must ...", "Deputy Secretary Sherman reiterated the strength of ..."); and the
attribution line of State Department readouts ("The below is attributable to Spokesperson Ned
Price:"), which makes the readout the spokesperson's statement. Pronouns ("he added", "She
encouraged", "They noted") and bare titles ("The Secretary affirmed") resolve to the person
meant; unnamed generic speakers ("critics", "officials") are not speakers.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract import register
from kg.extract.evidence import sentence_evidence, span_evidence, text_of
from kg.extract.mentions import Analysis, analyse
from kg.extract.titles import bare_name
from kg.model import ORGANIZATION, PERSON, Entity, Statement

#: Verbs that report speech and take a clause ("said that ...").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "note", "warn", "explain", "argue", "stress", "insist",
    "announce", "declare", "claim", "write", "continue", "assert", "acknowledge", "remark",
    "affirm", "reaffirm", "emphasize", "emphasise", "underscore", "reiterate", "observe",
    "predict", "caution", "suggest", "confirm", "conclude",
})
#: Readout verbs whose object is what was said ("reiterated the strength of ...").
READOUT_VERBS = frozenset({
    "reiterate", "emphasize", "emphasise", "underscore", "stress", "express", "offer",
    "encourage", "highlight", "welcome", "urge", "convey", "raise", "condemn", "reaffirm",
    "affirm", "note", "commend", "praise", "thank", "applaud", "call", "voice",
    "share", "outline", "pledge", "propose", "recognize", "recognise", "acknowledge",
})
#: Subjects that are never speakers: unnamed, generic groups.
GENERIC_SPEAKERS = frozenset({"critics", "officials", "experts", "analysts", "observers",
                              "some", "others", "many", "people", "sources", "residents",
                              "advocates", "lawmakers", "who", "which", "that", "it"})
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "we"})
QUOTE_RE = re.compile(r"“([^“”]{3,}?)”|\"([^\"]{3,}?)\"")
ATTRIBUTION_RE = re.compile(r"(?:below|following) is attributable to ([^:\n]+):\s*\n", re.I)
CONFIDENCE = {"direct": 0.9, "reported": 0.75, "readout": 0.7, "attribution": 0.85,
              "transcript": 0.85}


@register("statement")
def statements(doc: Doc, *, doc_id: str) -> Iterator[Statement]:
    analysis = analyse(doc)
    tracker = _SpeakerTracker(doc, analysis)
    found: list[Statement] = []
    found += _attributed_readouts(doc, doc_id, analysis)
    found += _transcript_turns(doc, doc_id, analysis)
    direct = list(_direct_quotes(doc, doc_id, analysis, tracker))
    reported = list(_reported(doc, doc_id, analysis, tracker))
    # a direct quotation inside a reported clause of the same speaker is part of that statement
    for quote in direct:
        if not any(r.speaker == quote.speaker and start <= quote.evidence.start < end
                   for r, (start, end) in reported):
            found.append(quote)
    found += [r for r, _ in reported]
    seen = set()
    for statement in found:
        key = (statement.speaker.name, statement.quote)
        if key not in seen:
            seen.add(key)
            yield statement


class _SpeakerTracker:
    """Resolves pronouns and bare titles to the people they stand for, reading in order."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.doc = doc
        self.analysis = analysis

    def resolve(self, subject: Token) -> list[Entity]:
        """The speakers a subject token stands for (empty when it names nobody)."""
        lower = subject.lower_
        mention = self.analysis.person_at(subject)
        if mention is None:  # "the State Department's ... secretary, Kenneth Merten, told"
            apposed = next((c for c in subject.children if c.dep_ == "appos"
                            and self.analysis.person_at(c)), None)
            mention = self.analysis.person_at(apposed) if apposed is not None else None
        if mention is None and subject.lower_ in gazetteer.TITLE_HEADS:
            # "said Assistant Secretary of State for ... Eliot Kang": the name inside the title
            mention = next((m for t in subject.subtree if (m := self.analysis.person_at(t))
                            and t.i > subject.i), None)
        if mention is not None:
            people = [self.analysis.canonical(mention.name)]
            for conj in subject.conjuncts:
                other = self.analysis.person_at(conj)
                if other is not None:
                    people.append(self.analysis.canonical(other.name))
            inside = list(subject.subtree)
            if any(t.lower_ == "and" for t in inside):  # "Sherman and Defense Minister Kishi"
                people = [self.analysis.canonical(m.name) for t in inside
                          if (m := self.analysis.person_at(t)) is not None and t.i == m.start
                          ] + people
            return [Entity(p, PERSON) for p in dict.fromkeys(people)]
        if lower in PERSON_PRONOUNS:
            person = self.analysis.named_before(subject)
            return [Entity(person, PERSON)] if person else []
        if lower in GROUP_PRONOUNS:
            return [Entity(p, PERSON) for p in self._last_group(subject)]
        if lower in GENERIC_SPEAKERS:
            return []
        if subject.lower_ in gazetteer.TITLE_HEADS or any(
                c.lower_ in gazetteer.TITLE_HEADS for c in subject.children if c.dep_ == "compound"):
            person = self._by_title(subject)
            return [Entity(person, PERSON)] if person else []
        span = _entity_span(subject)
        if span is not None:
            return [_speaker_entity(span)]
        return []

    def _by_title(self, subject: Token) -> str | None:
        """"The Vice President" -> the last person before it whose title has those words."""
        wanted = {t.lower_ for t in subject.subtree if t.dep_ in ("compound", "amod")
                  or t is subject}
        for mention in reversed(self.analysis.people):
            if mention.end > subject.i:
                continue
            if any(t.post and wanted <= set(t.post.lower().split())
                   and _post_head(t.post) == subject.lower_ for t in mention.titles):
                return self.analysis.canonical(mention.name)
        return None

    def _last_group(self, token: Token) -> list[str]:
        """"They": the people of the nearest sentence before that names two or more, not
        counting those inside its subordinate clauses and possessives ("to discuss President
        Putin's war")."""
        for sent in reversed(list(self.doc.sents)):
            if sent.start >= token.sent.start:
                continue
            people = []
            for t in sent:
                mention = self.analysis.person_at(t)
                if mention is not None and t.i == mention.start and not _subordinate(t, sent):
                    people.append(self.analysis.canonical(mention.name))
            people = list(dict.fromkeys(people))
            if len(people) >= 2:
                return people
            if people:
                return []
        return []


def _post_head(post: str) -> str:
    """The head word of a post: "Secretary of State" -> "secretary"."""
    core = re.split(r"\s+(?:of|for|to|on|at)\s+", post.lower())[0].split()
    return core[-1] if core else ""


def _subordinate(token: Token, sent: Span) -> bool:
    """Whether `token` sits in a clause or possessive below the sentence's main clause."""
    node = token
    while node.i != sent.root.i and node.head.i != node.i:
        if node.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp", "poss") and node is not token:
            return True
        if node.dep_ == "poss" and node is token:
            return True
        node = node.head
    return False


def _entity_span(token: Token) -> Span | None:
    if token.ent_type_ in ("ORG", "GPE", "NORP"):
        return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return None


def _speaker_entity(span: Span) -> Entity:
    """An organisation or a government as speaker; the resolver tells countries apart."""
    return Entity(bare_name(span.text), ORGANIZATION)


# --- direct quotations ----------------------------------------------------------------------

def _direct_quotes(doc: Doc, doc_id: str, analysis: Analysis,
                   tracker: _SpeakerTracker) -> Iterator[Statement]:
    last_speaker: list[Entity] = []
    for match in QUOTE_RE.finditer(text_of(doc)):
        text = (match.group(1) or match.group(2)).strip()
        start = match.start() + 1
        if len(text.split()) < 3:
            continue
        speakers = _speakers_near(doc, match.start(), match.end(), tracker)
        if speakers is None:
            continue
        if speakers == "previous":
            speakers = last_speaker
        if not speakers:
            continue
        last_speaker = speakers
        for speaker in speakers:
            yield Statement(speaker=speaker, quote=text, direct=True,
                            evidence=span_evidence(doc_id, text, start, "statements.direct",
                                                   CONFIDENCE["direct"]))


def _speakers_near(doc: Doc, start: int, end: int, tracker: _SpeakerTracker):
    """Speakers of the quotation at text_of(doc)[start:end]: by the speech verb governing it, the
    one right after it (", said X"), or right before it ("X said: “...")."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None
    sent = inside[0].sent
    last = inside[-1].sent
    # the speech verb the quotation depends on, else the sentence's own speech verb; for a
    # quotation of several sentences, the sentence that closes it ("..., said X")
    candidates = [t for t in inside.root.ancestors if not inside.start <= t.i < inside.end]
    for part in dict.fromkeys((sent, last)):
        candidates += [part.root, *(c for c in part.root.children if c.dep_ == "conj")]
    candidates = [t for t in candidates if not inside.start <= t.i < inside.end]
    for token in candidates:
        if token.lemma_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not (inside.start <= subject.i < inside.end):
                speakers = tracker.resolve(subject)
                if speakers:
                    return speakers
                return []
            if subject is None and token.i >= inside.end:
                # "..., said Under Secretary ... Bonnie Jenkins": the parse lost the subject
                after = next((m for m in tracker.analysis.people
                              if token.i < m.start < token.sent.end), None)
                if after is not None:
                    return [Entity(tracker.analysis.canonical(after.name), PERSON)]
    # a quotation standing alone right after another one: "... ,” he added." handled above;
    # a paragraph that is all quotation continues the previous speaker
    if inside.start <= sent.start + 1 and inside.end >= sent.end - 2:
        return "previous"
    return None


# --- reported speech and readouts -----------------------------------------------------------

def _reported(doc: Doc, doc_id: str, analysis: Analysis,
              tracker: _SpeakerTracker) -> Iterator[tuple[Statement, tuple[int, int]]]:
    """Reported statements, each with the character span of what was said."""
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        lemma = token.lemma_
        if lemma == "make" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "clear":
            # "made clear (that) ...": said
            lemma = "say"
        elif lemma not in SPEECH_VERBS and lemma not in READOUT_VERBS:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        content = _content(token, lemma)
        if content is None or analysis.person_at(content) is not None:
            continue  # "welcomed Chancellor Scholz": a person received, not words said
        tokens = _content_tokens(token, content)
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct
                          or tokens[0].i == token.i + 1 and tokens[0].lower_ == "clear"):
            tokens = tokens[1:]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = text_of(doc)[start:end].strip(" ,")
        if len(text.split()) < 3 or _inside_quote(doc, tokens[0].idx):
            continue
        for speaker in tracker.resolve(subject):
            kind = "reported" if content.dep_ == "ccomp" else "readout"
            yield Statement(speaker=speaker, quote=text, direct=False,
                            evidence=sentence_evidence(doc_id, token, f"statements.{kind}",
                                                       CONFIDENCE[kind])), (start, end)


def _content(verb: Token, lemma: str) -> Token | None:
    """What was said: the clause of a speech verb, else the object of a readout verb."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) or next(
        (g for c in verb.children if c.lower_ == "clear" for g in c.children
         if g.dep_ == "ccomp"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if clause is not None and (clause.i > verb.i or subject is not None and subject.i > verb.i):
        return clause  # "X said that ..." or "..., said X"
    if lemma in READOUT_VERBS:
        return next((c for c in verb.children if c.dep_ in ("dobj",) and c.i > verb.i), None)
    return None


def _content_tokens(verb: Token, content: Token) -> list[Token]:
    """The words said: the clause or object, and for an object the phrases that complete it
    ("conveyed her appreciation | for the close friendship ...")."""
    tokens = list(content.subtree)
    if content.dep_ == "dobj":
        # the object and what completes it, to the end of the clause: the next coordinated
        # verb ("... and offered condolences") or the sentence's end
        stop = min([c.i for c in verb.children if c.dep_ in ("cc", "conj") and c.i > content.i]
                   + [verb.sent.end])
        tokens = [t for t in verb.doc[content.left_edge.i:stop]]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        return tokens
    tokens.sort(key=lambda t: t.i)
    end = next((k for k, t in enumerate(tokens) if k and tokens[k - 1].i + 1 != t.i), len(tokens))
    return tokens[:end]


def _inside_quote(doc: Doc, index: int) -> bool:
    before = text_of(doc)[max(0, index - 400):index]
    return before.count("“") > before.count("”")


# --- attribution lines ----------------------------------------------------------------------

def _attributed_readouts(doc: Doc, doc_id: str, analysis: Analysis) -> Iterator[Statement]:
    """'The below is attributable to Spokesperson Ned Price:' -> the rest is Price's."""
    match = ATTRIBUTION_RE.search(text_of(doc))
    if not match:
        return
    line = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    people = [m for m in analysis.people if line is not None and line.start <= m.start < line.end]
    if not people:
        return
    speaker = Entity(analysis.canonical(people[0].name), PERSON)
    body_start = match.end()
    paragraphs = re.split(r"\n\s*\n", text_of(doc)[body_start:])
    body = paragraphs[0].strip()
    if len(body.split()) >= 5:
        offset = text_of(doc).index(body, body_start)
        yield Statement(speaker=speaker, quote=body, direct=False,
                        evidence=span_evidence(doc_id, body, offset, "statements.attribution",
                                               CONFIDENCE["attribution"]))


# --- transcripts ----------------------------------------------------------------------------

#: "THE PRESIDENT: ...", "MS. PSAKI: ...": a speaker's turn in a transcript of remarks.
TURN_RE = re.compile(r"(?:^|\n\n)((?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]*):\s")
#: Labels of unnamed speakers: their words are not attributed.
UNNAMED_LABELS = frozenset({"Q", "MODERATOR", "AUDIENCE", "AUDIENCE MEMBER", "AUDIENCE MEMBERS",
                            "SUBJECT", "PARTICIPANT", "PARTICIPANTS", "SENIOR ADMINISTRATION "
                            "OFFICIAL", "SENIOR STATE DEPARTMENT OFFICIAL", "OPERATOR",
                            "REPORTER", "STAFF", "INTERPRETER", "CROWD", "NARRATOR"})
#: Transcript labels that name a post, not a person ("THE PRESIDENT").
POST_LABELS = {"THE PRESIDENT": "President", "THE VICE PRESIDENT": "Vice President",
               "THE FIRST LADY": "First Lady", "THE SECRETARY": "Secretary"}
MIN_TURN_WORDS = 8


def _transcript_turns(doc: Doc, doc_id: str, analysis: Analysis) -> Iterator[Statement]:
    """Each paragraph a named speaker says in a transcript ("THE PRESIDENT: Today, ...")."""
    text = text_of(doc)
    matches = list(TURN_RE.finditer(text))
    for k, match in enumerate(matches):
        speaker = _turn_speaker(match.group(1), analysis)
        if speaker is None:
            continue
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        offset = match.end()
        for paragraph in re.split(r"\n\s*\n", text[offset:end]):
            stripped = paragraph.strip()
            if len(stripped.split()) >= MIN_TURN_WORDS and not stripped.startswith("("):
                start = text.index(stripped, offset)
                offset = start + len(stripped)
                yield Statement(speaker=speaker, quote=stripped, direct=True,
                                evidence=span_evidence(doc_id, stripped, start,
                                                       "statements.transcript",
                                                       CONFIDENCE["transcript"]))


LABEL_TITLES = re.compile(
    r"^(?:MR|MS|MRS|DR|AMBASSADOR|SECRETARY|SENATOR|GOVERNOR|MAYOR|ADMIRAL|GENERAL|PRESIDENT|"
    r"VICE PRESIDENT|PRIME MINISTER|ACTING ADMINISTRATOR|ADMINISTRATOR|DEPUTY SECRETARY|"
    r"REPRESENTATIVE|CONGRESSWOMAN|CONGRESSMAN|LEADER|SPEAKER|CHAIRMAN|CHAIRWOMAN|MINISTER|"
    r"FOREIGN MINISTER|CHANCELLOR|KING|QUEEN|PRINCE)\.?\s+")


def _turn_speaker(label: str, analysis: Analysis) -> Entity | None:
    """The person a transcript label names: by post ("THE PRESIDENT" is the article's
    President) or by title and surname ("MS. PSAKI", "SECRETARY CARDONA"). A label that is
    neither ("FACT SHEET") names nobody."""
    label = " ".join(label.split())
    if label in UNNAMED_LABELS:
        return None
    post = POST_LABELS.get(label)
    if post is not None:  # the person the article most often gives that post
        holders = Counter(analysis.canonical(m.name) for m in analysis.people
                          if any(t.post and t.post.lower() == post.lower() for t in m.titles))
        return Entity(holders.most_common(1)[0][0], PERSON) if holders else None
    titled = LABEL_TITLES.match(label)
    surname = label[titled.end():].title() if titled else label.title()
    if not surname:
        return None
    person = analysis.canonical(surname)
    if titled or person != surname:  # a title in the label, or a name the article uses
        return Entity(person, PERSON)
    return None
