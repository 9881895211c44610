"""statement: who said what, quoted directly or reported.

Four sources, each with its own confidence:
- transcripts: every paragraph of a labelled speaker ("THE PRESIDENT:", "SECRETARY BLINKEN:",
  "MS. PSAKI:") until the next label; reporters' turns ("Q", "QUESTION:") and unnamed speakers
  ("SENIOR ADMINISTRATION OFFICIAL:", "MODERATOR:") are never attributed, nor is anything
  said inside them;
- quotations with a speech verb and a speaker next to them ("“...,” said Pompeo"), an
  interrupted quotation ("“X,” he said, “Y.”") being one statement;
- reported speech and readout verbs (`kg/data/speech_verbs.tsv`) with their speaker ("Murray
  told VOA any such deal must ...", "The Secretary reiterated the strength of ...");
- the attribution line of State Department readouts ("The below is attributable to
  Spokesperson Ned Price:");
- a speech verb's participle after a clause of speaking or meeting ("discussed ..., noting
  that ..."), and a quotation after a colon closing its person subject's sentence ("Bob Moses
  summed up the effort with a question: “...”").

What is said ends where the speaker's words end: at the speaker's next predicate ("... and
urged mayors to ..."), before the publisher's rebuttal of a disputed claim ("suggested that
..., despite evidence to the contrary").

Speakers are named, never pronouns. A document has a principal, the person it is about or by
(the readout's subject "Secretary Blinken's Meeting with ...", "Remarks by President Biden ...",
a byline): "THE PRESIDENT:" is that president, "The Secretary" that secretary. "He" and "she"
stand for the nearest earlier subject, else the principal, of the same gender as far as the
article (Mr., Ms., a gendered title) or the first name (`kg/data/first_names.tsv`) tells; a
pronoun whose person cannot be told is dropped. "I", "we" and "you" are never speakers.
"They" stands for the people of the last sentence naming two or more, unless a plural
subject naming nobody comes between ("Senior officials met with ... They discussed ..."):
then it stands for that unnamed group, and nobody is the speaker. A speaker's name must read
as a name (no headline verb, no title words only, not cut at an initial).

One module a part: `base` (the words, confidences and the document's context the parts share),
`document` (headline people, principal, genders, a post's holder), `transcripts`, `speakers`
(what a subject, title or pronoun stands for), `quotes` (direct quotations and bylines),
`reported` (speech verbs and what was said), `readouts` (attribution lines); here the context
is built and the parts' statements merged.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract import register
from kg.extract.evidence import text_of
from kg.extract.mentions import analyse
from kg.model import Statement
from kg.extract.statements.base import _Context, _plausible_speaker
from kg.extract.statements.document import _genders, _headline_people, _principal
from kg.extract.statements.quotes import _direct_quotes
from kg.extract.statements.readouts import _attributed_readouts
from kg.extract.statements.reported import _reported
from kg.extract.statements.transcripts import _transcript_statements, _turns


@register("statement")
def statements(doc: Doc, *, doc_id: str) -> Iterator[Statement]:
    context = _context(doc)
    found: list[Statement] = []
    found += _attributed_readouts(context, doc_id)
    found += _transcript_statements(context, doc_id)
    direct = list(_direct_quotes(context, doc_id))
    reported = list(_reported(context, doc_id))
    # a direct quotation inside a reported clause of the same speaker is part of that statement
    for quote in direct:
        if not any(r.speaker == quote.speaker and start <= quote.evidence.start < end
                   for r, (start, end) in reported):
            found.append(quote)
    found += [r for r, _ in reported]
    seen = set()
    for statement in found:
        key = (statement.speaker.name, statement.quote)
        if key not in seen and _plausible_speaker(doc, statement.speaker):
            seen.add(key)
            yield statement



def _context(doc: Doc) -> _Context:
    analysis = analyse(doc)
    text = text_of(doc)
    body = text.find("\n\n")
    context = _Context(doc, analysis, text, body + 2 if body >= 0 else 0)
    context.genders = _genders(doc, analysis)
    context.sentence_starts = [s.start for s in doc.sents]
    span = doc.char_span(context.body_start, len(text), alignment_mode="expand")
    context.body_token = span.start if span is not None else 0
    context.headline = _headline_people(context)
    context.principal, context.principal_posts = _principal(context)
    if context.principal and context.principal not in context.genders:
        first = context.principal.split()[0].lower()
        if len(context.principal.split()) >= 2 and first in gazetteer.first_names():
            context.genders[context.principal] = gazetteer.first_names()[first]
    context.turns = _turns(context)
    return context
