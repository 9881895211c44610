"""Direct quotations with a speech verb and a speaker next to them, an interrupted quotation
being one statement, and a quote's byline."""
from __future__ import annotations

from collections.abc import Iterator

from kg import gazetteer
from kg.extract.bylines import byline_of_line
from kg.extract.evidence import span_evidence
from kg.extract.guards import plausible_person
from kg.model import PERSON, Entity, Statement
from kg.names import clean_person_name
from kg.extract.statements.base import (CONFIDENCE, INTERRUPTION_RE, NOT_BYLINE_STARTS, QUOTE_RE,
                                        RESOLUTION, _Context, _inside_quote, speech_verbs)
from kg.extract.statements.reported import _subject, _supposed
from kg.extract.statements.speakers import _resolve, _titled_person


def _direct_quotes(context: _Context, doc_id: str) -> Iterator[Statement]:
    text = context.text
    last: tuple[list[Entity], str] = ([], "")
    for start, end, quote in _quotations(text):
        if len(quote.split()) < 3:
            continue
        if _named_not_said(context, start, end):
            continue
        found = _speakers_near(context, start, end)
        speakers, how = last if found == "previous" else found or ([], "")
        if not speakers:
            last = ([], "")  # a quotation of nobody we know ends the run: "You said, “We've been
            continue  # in touch ...” “We've been in touch…”" is not the last speaker's again
        last = (speakers, how)
        for speaker in speakers:
            yield Statement(speaker=speaker, quote=quote, direct=True,
                            evidence=span_evidence(doc_id, text[start:end], start,
                                                   "statements.direct",
                                                   CONFIDENCE["direct"] * RESOLUTION[how]))


def _named_not_said(context: _Context, start: int, end: int) -> bool:
    """A quotation without a verb that a verb other than one of speech takes as its object, or
    that stands inside a noun phrase: a name or a phrase in quotation marks, not words said
    ("agree to hold “the 3rd U.S.-ROK Civil Space Dialogue”", "claimed to be, quote, “the
    reliable source of energy” for the world", "“last one mile support” programs")."""
    inside = context.doc.char_span(start, end, alignment_mode="expand")
    if inside is None or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False
    head = inside.root.head
    if not inside.start <= head.i < inside.end and head.pos_ in ("NOUN", "PROPN"):
        return True  # "“last one mile support” programs", "E.O. 14017 “America’s Supply
        # Chains,”": a quotation inside a noun phrase names it
    if inside.start <= head.i < inside.end or inside.root.dep_ not in ("dobj", "pobj", "attr", "appos"):
        return False
    while head.dep_ == "prep":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_ not in speech_verbs()


def _quotations(text: str) -> Iterator[tuple[int, int, str]]:
    """Quotations as (start, end, words): an interrupted one ("“X,” he said, “Y.”") is one,
    its halves joined, its span running over the interruption."""
    matches = list(QUOTE_RE.finditer(text))
    k = 0
    while k < len(matches):
        first = matches[k]
        parts = [(first.group(1) or first.group(2)).strip()]
        end = first.end()
        while k + 1 < len(matches):
            between = text[end:matches[k + 1].start()]
            if "\n" in between or not INTERRUPTION_RE.match(between) \
                    or not parts[-1].endswith(","):
                break
            k += 1
            parts.append((matches[k].group(1) or matches[k].group(2)).strip())
            end = matches[k].end()
        quote = " ".join([p.rstrip(",") for p in parts[:-1]] + parts[-1:])
        yield first.start() + 1, end - 1, quote
        k += 1


def _speakers_near(context: _Context, start: int, end: int):
    """Speakers of the quotation at text[start:end] and how they were found: by the speech
    verb governing it, the one right after it (", said X"), or right before it ("X said:
    “..."); "previous" for a paragraph that is all quotation (it continues the last one)."""
    doc = context.doc
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None:
        return None
    sent = inside[0].sent
    last = inside[-1].sent
    verbs = speech_verbs()
    candidates = [t for t in inside.root.ancestors if not inside.start <= t.i < inside.end]
    for part in dict.fromkeys((sent, last)):
        candidates += [part.root, *(c for c in part.root.children if c.dep_ == "conj")]
    # the interruption of a joined quotation: "“X,” he said, “Y.”"
    candidates += [t for t in inside if t.pos_ == "VERB" and t.lemma_ in verbs
                   and not _inside_quote(context, t.idx)]
    candidates = [t for t in candidates if not inside.start <= t.i < inside.end
                  or not _inside_quote(context, t.idx)]
    for token in candidates:
        verb = verbs.get(token.lemma_)
        if verb is None or "clause" not in verb.frames or token.pos_ not in ("VERB", "AUX"):
            continue
        if _supposed(token):
            return None  # "President Putin might have said, “...”": nobody said it
        subject = _subject(token, ("nsubj", "nsubjpass"))
        if subject is not None and not _inside_quote(context, subject.idx):
            speakers, how = _resolve(context, subject)
            return (speakers, how) if speakers else ([], "")
        if subject is None and token.i >= inside.end:
            # "..., said Under Secretary ... Bonnie Jenkins": the parse lost the subject
            after = next((m for m in context.analysis.people
                          if token.i < m.start < token.sent.end), None)
            if after is not None:
                return [Entity(_titled_person(context.analysis, after), PERSON)], "name"
    if context.text[:start - 1].rstrip().endswith(":") and inside.end >= last.end - 2 \
            and sent.start < inside.start - 1:
        # "Bob Moses summed up the effort with a question: “What kind of society ...?”"
        root = doc[inside.start - 2].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < inside.start and root.pos_ == "VERB" \
                and not _inside_quote(context, subject.idx):
            speakers, how = _resolve(context, subject)
            if speakers and all(s.kind == PERSON for s in speakers) and how != "group":
                return speakers, "colon"
    byline = _byline_speaker(context, start)
    if byline is not None:
        return [byline], "colon"
    if inside.start <= sent.start + 1 and inside.end >= sent.end - 2:
        return "previous"
    return None


#: The most words a quote's byline holds before its colon: more make a sentence.
BYLINE_MAX_WORDS = 14


def _byline_speaker(context: _Context, start: int) -> Entity | None:
    """The person a paragraph's byline (`bylines`) names before the quotation opening it
    ("Miriam Calderón, Chief Policy Officer, ZERO TO THREE: “...”", the White House's
    collections of statements), where the paragraph begins with the person's name."""
    byline = byline_of_line(context.doc, start)
    if byline is None or byline.quote != start - 1:
        return None
    words = byline.text.split()
    if not words or len(words) > BYLINE_MAX_WORDS or words[0].isupper():
        return None  # (a sentence before a colon; a transcript's "MS. PSAKI:" label)
    begin = byline.start
    mention = next((m for m in context.analysis.people  # (after an honorific: "Dr. ")
                    if begin <= m.span(context.doc).start_char <= begin + 5), None)
    if mention is not None:
        words = _titled_person(context.analysis, mention).split()
        titled = [k for k, w in enumerate(words) if _title_word(w)]
        words = words[titled[-1] + 1:] if titled else words  # "Austin Mayor | Steve Adler"
        return Entity(" ".join(words), PERSON) if len(words) >= 2 else None
    name = clean_person_name(byline.name)
    words = name.split()  # a name the model did not tag: "Miriam Calderón, ..., ZERO TO THREE:"
    parts = byline.parts
    if 2 <= len(words) <= 4 and len(parts) >= 2 and any(_title_word(w) for w in parts[1].split()) \
            and words[0].lower() not in NOT_BYLINE_STARTS \
            and all(w[:1].isupper() and not w.isupper() for w in words) \
            and not any(_title_word(w) for w in words) and plausible_person(name, context.doc):
        # (a post after the name's comma: not "Voto Latino: “", not "In Warsaw, ...:")
        return Entity(name, PERSON)
    return None


def _title_word(word: str) -> bool:
    """A title word, abbreviations with their dot included ("Mayor", "Rep.")."""
    return gazetteer.is_title_word(word) or word.lower() in gazetteer.TITLE_HEADS
