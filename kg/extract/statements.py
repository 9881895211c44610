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
"""
from __future__ import annotations

import csv
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract import published, register
from kg.extract.bylines import OPENING_QUOTES, byline_of_line
from kg.extract.evidence import sentence_evidence, span_evidence, text_of
from kg.extract.guards import plausible_person
from kg.extract.titles import ORG_CONNECTORS
from kg.extract.mentions import (HEADLINE_VERBS, NOT_NAMES, Analysis, PersonMention, analyse,
                                 titled_holder)
from kg.errors import KgError
from kg.model import ORGANIZATION, PERSON, Entity, Statement
from kg.names import PARTICLES, bare_name, clean_person_name, is_honorific, name_key

_DATA = Path(__file__).resolve().parent.parent / "data"

#: Subjects that are never speakers: unnamed, generic groups, and the speaker's own voice.
GENERIC_SPEAKERS = frozenset({"critics", "officials", "experts", "analysts", "observers",
                              "some", "others", "many", "people", "sources", "residents",
                              "advocates", "lawmakers", "who", "which", "that", "it", "this",
                              "i", "we", "you", "one", "everyone", "everybody", "all",
                              "democrats", "republicans"})  # a party's members at large:
# "Democrats and Republicans agree we can't afford to lose this race" is the speaker's claim
PERSON_PRONOUNS = {"he": "m", "she": "f"}
#: "the two leaders", "both ministers": the people of the last sentence naming two or more.
GROUP_NOUNS = frozenset({"leaders", "ministers", "secretaries", "presidents"})
#: Group nouns for the ministers of a meeting, not the heads of state or government that
#: the text names beside them ("the 2+2 Dialogue was preceded by a meeting between Prime
#: Minister Modi and President Biden ... the Ministers reaffirmed ...").
MINISTER_GROUPS = frozenset({"ministers", "secretaries"})
#: Posts of heads of state or government (matched as `_post_matches` does): the reference
#: data's leaders' titles, a sultan too, not a vice president.
LEADER_POSTS = (gazetteer.LEADER_TITLES - {"vice president"}) | {"sultan"}
#: Auxiliaries of something not (yet) said: "will offer", "would reiterate".
PLANNED = frozenset({"will", "would", "shall", "may", "might", "can", "could", "should", "must",
                     "’ll", "'ll"})
#: Modals of words that were or would be said only in a supposed world: "President Putin might
#: have said, “...”", "he could say “...”" (not "would say", often a habit: "as he would say").
SUPPOSING_MODALS = frozenset({"might", "could", "may", "would", "should"})
POSSIBLE_MODALS = frozenset({"might", "could", "may"})
#: Markers of a clause that supposes its speech: "it's one thing for Congress to say, “...”",
#: "if they say, “...”".
SUPPOSING_MARKS = frozenset({"if", "unless", "for"})
#: Objects that are the person spoken to, not the words: "thanked him", "told them".
OBJECT_PRONOUNS = frozenset({"you", "him", "her", "them", "us", "me", "it", "everyone",
                             "everybody", "all", "this", "that", "one", "himself", "herself"})
QUOTE_RE = re.compile(r"“([^“”]{3,}?)”|\"([^\"]{3,}?)\"")
ATTRIBUTION_RE = re.compile(r"(?:below|following) is attributable to ([^:\n]+):\s*\n", re.I)
#: Between the halves of an interrupted quotation: ', he said, ', ', Blinken added. '.
INTERRUPTION_RE = re.compile(r"^[,.]?\s*(?:[^“”\"\n]{1,60})\s*[,.:]\s*$")
#: Confidence of a statement by how its speaker was found (times the verb's own confidence for
#: reported speech): named in the sentence, the document's principal or a bare title, a
#: pronoun whose gender is known to agree, one whose person's gender is unknown, a group; a
#: person subject of a sentence ending in a colon and a quotation without a speech verb.
RESOLUTION = {"name": 1.0, "principal": 0.95, "title": 0.9, "pronoun": 0.9,
              "pronoun-unsure": 0.75, "group": 0.8, "organization": 0.85, "colon": 0.8}
CONFIDENCE = {"direct": 0.9, "attribution": 0.85, "transcript.named": 0.9,
              "transcript.post": 0.9, "transcript.continued": 0.85}

# --- lexicons ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeechVerb:
    """A verb of speech and how its content is found (see `kg/data/speech_verbs.tsv`)."""

    lemma: str
    frames: frozenset[str]
    confidence: float
    objects: frozenset[str] = frozenset()
    stance: bool = False  # the verb says the position: the statement keeps it


def _tsv(filename: str) -> Iterator[list[str]]:
    with open(_DATA / filename, encoding="utf-8", newline="") as handle:
        for cells in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if cells and cells[0].strip() and not cells[0].startswith("#"):
                yield [c.strip() for c in cells] + [""] * 4


@cache
def speech_verbs() -> dict[str, SpeechVerb]:
    """The speech-verb lexicon, by lemma."""
    verbs = {}
    for lemma, frames, confidence, objects, stance, *_ in _tsv("speech_verbs.tsv"):
        verbs[lemma] = SpeechVerb(lemma, frozenset(frames.split("|")), float(confidence or 0.7),
                                  frozenset(o for o in objects.split("|") if o),
                                  stance == "stance")
    return verbs


#: Words before a name that tell the person's gender.
GENDERED_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "congressman": "m",
    "chairman": "m", "spokesman": "m", "sheikh": "m", "emir": "m", "amir": "m", "duke": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "madam": "f", "madame": "f", "queen": "f",
    "princess": "f", "congresswoman": "f", "chairwoman": "f", "spokeswoman": "f",
    "lady": "f", "duchess": "f", "sheikha": "f", "dame": "f"}

# --- transcripts: labels -------------------------------------------------------------------------

#: "THE PRESIDENT: ...", "MS. PSAKI: ...", "MR PRICE: ...": a speaker's label opening a paragraph.
_CAPS = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_CAPS}][{_CAPS}.'’\-]*"
LABEL_RE = re.compile(rf"^(?P<label>{_WORD}(?:\s+{_WORD}){{0,6}}):\s+(?=\S)")
#: A reporter's turn: "Q Mr. President, ...", "Q:", "QUESTION:", "Question:".
REPORTER_RE = re.compile(r"^(?:Q|QUESTION|Question|REPORTER|Reporter)(?:\s*[:.]\s*|\s+)(?=\S)")
#: Labels of people whose words are not attributed: reporters, unnamed officials, audiences.
REPORTER_LABELS = frozenset({"Q", "QUESTION", "REPORTER", "REPORTERS", "PRESS", "JOURNALIST"})
UNNAMED_LABEL_WORDS = frozenset({
    "OFFICIAL", "OFFICIALS", "MODERATOR", "OPERATOR", "AUDIENCE", "PARTICIPANT", "PARTICIPANTS",
    "STAFF", "STAFFER", "INTERPRETER", "TRANSLATOR", "CROWD", "NARRATOR", "AIDE", "SUBJECT",
    "VESSEL", "UNIDENTIFIED", "STUDENT", "STUDENTS", "ATTENDEE", "MEMBER", "MEMBERS", "VOICE",
    "CHILD", "CHILDREN", "PANELIST", "SPEAKERS", "HOST", "ANNOUNCER", "NOTE", "END"})
#: Transcript labels that name a post, not a person ("THE PRESIDENT").
POST_LABELS = {"THE PRESIDENT": "president", "THE VICE PRESIDENT": "vice president",
               "THE FIRST LADY": "first lady", "THE SECOND GENTLEMAN": "second gentleman",
               "THE SECRETARY": "secretary", "THE DEPUTY SECRETARY": "deputy secretary"}
#: Words of a label before the surname: "SECRETARY", "PRIME MINISTER", "MS.".
LABEL_TITLE_WORDS = frozenset({
    "MR", "MS", "MRS", "DR", "SIR", "DAME", "THE", "HONORABLE", "AMBASSADOR", "ACTING", "DEPUTY",
    "ASSISTANT", "UNDER", "VICE", "PRIME", "FOREIGN", "EXTERNAL", "AFFAIRS", "HIGH", "SPECIAL",
    "SURGEON", "GENERAL", "SECRETARY", "PRESIDENT", "MINISTER", "SENATOR", "GOVERNOR", "MAYOR",
    "ADMIRAL", "REPRESENTATIVE", "CONGRESSWOMAN", "CONGRESSMAN", "LEADER", "SPEAKER", "CHAIR",
    "CHAIRMAN", "CHAIRWOMAN", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "DIRECTOR",
    "ADMINISTRATOR", "ADVISOR", "ADVISER", "ENVOY", "COORDINATOR", "COMMISSIONER", "PREMIER",
    "EMIR", "SHEIKH", "CROWN", "SECRETARY-GENERAL", "DIRECTOR-GENERAL", "ATTORNEY", "COUNSELOR",
    "SPOKESPERSON", "PRINCIPAL", "SENIOR", "CHIEF", "OF", "STATE", "DEFENSE", "FIRST", "LADY",
    "CONGRESS", "REP", "SEN", "GOV", "MAJORITY", "MINORITY", "NATIONAL", "SECURITY", "PRESS",
    "CHARGE", "D’AFFAIRES", "JUSTICE", "JUDGE", "MADAM", "GENTLEMAN", "SECOND", "INTERIOR"})
#: Paragraphs that end a transcript or are not words of the current speaker.
END_RE = re.compile(r"^(?:END\b|\d{1,2}:\d{2}\s*[AP]\.?M\.?|###|\*\s*\*\s*\*)")
STAGE_RE = re.compile(r"^[(\[][^()\[\]]{0,60}[)\]]\s*")  # "(As interpreted.)", "(Laughter.)"
MIN_TURN_WORDS = 8
#: Ranks that make a different post of the same head ("Vice President" is not "President").
RANK_MODIFIERS = frozenset({"vice", "deputy", "assistant", "under", "associate", "principal",
                            "first", "second", "lady", "general"})


@dataclass
class _Turn:
    start: int  # character offsets of the turn's text (after the label)
    end: int
    role: str  # "named", "reporter", "unnamed"
    speaker: Entity | None = None
    rule: str = ""


@dataclass
class _Context:
    """What the extractors share about one document."""

    doc: Doc
    analysis: Analysis
    text: str
    body_start: int
    principal: str | None = None
    principal_posts: tuple[str, ...] = ()
    headline: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    turns: list[_Turn] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    body_token: int = 0

    def turn_at(self, offset: int) -> _Turn | None:
        return next((t for t in self.turns if t.start <= offset < t.end), None)


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


#: Words opening a clause that the model runs into a name at the start of a sentence ("Like Jen
#: said, ...", "If Putin invades ..."): a speaker's name never begins with one.
CLAUSE_OPENERS = frozenset({"if", "when", "while", "unless", "although", "though", "because",
                            "once", "whether", "since", "until", "whereas", "like"})
#: Last words of the name of a document, which provides for things but says nothing.
DOCUMENT_HEADS = frozenset({"act", "order", "bill", "law", "proclamation", "memorandum",
                            "legislation", "plan", "budget", "rule", "report"})
#: Words that open a phrase before a colon, not a byline's name ("In Warsaw, President ...:").
NOT_BYLINE_STARTS = CLAUSE_OPENERS | {"in", "on", "at", "for", "from", "after", "before",
                                      "during", "so", "as", "but", "and", "the", "today"}


def _plausible_speaker(doc: Doc, speaker: Entity) -> bool:
    """Whether a speaker's name reads as a name: no clause's opening word first ("Like Jen
    said"), no lower-case word but a particle ("bin", "von"), no verb of the headline ("Biden
    Honoring"), not title words only ("Ministers", "Co-Chairs of"), a person's not ending in a
    title word ("Democratic Caucus Chair")."""
    words = speaker.name.split()
    if not words or words[0].lower() in CLAUSE_OPENERS:
        return False  # "Like Jen", "If Putin": a clause's opening word run into the name
    joiners = PARTICLES if speaker.kind == PERSON else ORG_CONNECTORS
    if any(w[:1].islower() and w.lower() not in joiners
           and re.split(r"[-‑]", w.lower())[0] not in joiners for w in words) \
            or words[-1][:1].islower() and not re.search(r"[-‑][A-Z]", words[-1]) \
            or re.fullmatch(r"[A-Z]\.", words[-1]):
        return False  # "Antony J.": a name cut short
    if all(gazetteer.is_title_word(w) or gazetteer.is_title_word(w.rstrip("s"))
           or w.lower() in ORG_CONNECTORS for w in re.split(r"[\s-]+", speaker.name) if w):
        return False
    if speaker.kind == PERSON and gazetteer.is_title_word(words[-1]):
        return False  # "Democratic Caucus Chair": a post, no name
    if speaker.kind != PERSON and words[-1].lower() in DOCUMENT_HEADS:
        return False  # "The 2008 Mental Health Parity ... Act called for", "The Order also
        # encourages": what a document provides for, not words said
    if speaker.kind == PERSON and len(words) > 1 and any(
            w.endswith("ing") and len(w) > 5 and _verb_form(doc, w) for w in words[1:]):
        return False
    return True


def _verb_form(doc: Doc, word: str) -> bool:
    """Whether the document uses `word` as a verb form ("honoring", "Marking ...")."""
    lower = word.lower()
    return any(t.lower_ == lower and (t.tag_ == "VBG" or t.text == lower) for t in doc)


# --- the document ------------------------------------------------------------------------------

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


def _genders(doc: Doc, analysis: Analysis) -> dict[str, str]:
    """Each person's gender where the article or the first name tells it; a person with
    contradictory cues is left out."""
    votes: dict[str, set[str]] = {}
    names = gazetteer.first_names()
    for mention in analysis.people:
        name = analysis.canonical(mention.name)
        cues = votes.setdefault(name, set())
        before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
        for word in before[-1:] + (before[:1] if before[-1:] == ["."] else []):
            if word in GENDERED_WORDS:
                cues.add(GENDERED_WORDS[word])
        if before[-2:] in (["first", "lady"], ["second", "gentleman"]):
            cues.add("f" if before[-1] == "lady" else "m")
        first = name.split()[0].lower() if len(name.split()) >= 2 else ""
        if first in names:
            cues.add(names[first])
    return {name: next(iter(cues)) for name, cues in votes.items() if len(cues) == 1}


#: A title naming no person, only the principal's post: "The Deputy Secretary’s Meeting with ...".
POST_TITLE_RE = re.compile(r"^(?:Readout of\s+)?The\s+"
                           r"((?:Deputy\s+|Vice\s+)?(?:Secretary|President))[’']s\b")


#: Title words of headlines beyond the gazetteer's heads and ranks ("First Lady Jill Biden").
HEADLINE_TITLE_WORDS = frozenset({"lady", "gentleman"})
#: Capitalised headline words that end a name ("President Biden And Prime Minister ...").
HEADLINE_STOPS = frozenset({"and", "with", "at", "in", "on", "before", "during", "to", "for",
                            "of", "the", "after", "ahead", "following", "from", "by", "via",
                            "amid", "about", "over", "between", "as", "meeting", "remarks",
                            "aboard", "en", "upon", "near", "inside", "outside", "across", "into",
                            "under"})


def _headline_people(context: _Context) -> list[tuple[str, tuple[str, ...]]]:
    """The titled people of the headline, in order, with the posts it gives them: "Remarks by
    President Biden and Vice President Harris ..." -> Biden (President), Harris (Vice
    President). Read from the words, since title case misleads the model."""
    doc = context.doc
    title_end = context.body_start - 2
    tokens = [t for t in doc if t.idx < title_end]
    people = []
    k = 0
    while k < len(tokens):
        if not _headline_title_word(tokens[k].text):
            k += 1
            continue
        first = k
        while k < len(tokens) and (_headline_title_word(tokens[k].text)
                                   or tokens[k].lower_ in ("of", "for", "state", "security",
                                                           "national", "press", "defense")
                                   and k + 1 < len(tokens)
                                   and tokens[k + 1].text[:1].isupper()):
            k += 1
        if k > first and tokens[k - 1].lower_ in ("of", "for"):
            # "Special Envoy for Yemen Lenderking": the title's complement before the name
            vocabulary = gazetteer.vocabulary()
            while k < len(tokens) and tokens[k].text[:1].isupper() and (
                    gazetteer.country(tokens[k].text) or tokens[k].lower_ in vocabulary):
                k += 1
            k = _complement_end(context, tokens, k)
        post = " ".join(t.text for t in tokens[first:k])
        while k < len(tokens) and is_honorific(tokens[k].text):
            k += 1  # "Foreign Minister Dr. Fuad Hussein"
        name = []
        while k < len(tokens) and (_headline_name_word(tokens[k]) or name and tokens[k].text in (
                "-", "‑") and not name[-1].whitespace_ and k + 1 < len(tokens)
                and _headline_name_word(tokens[k + 1])):
            name.append(tokens[k])
            k += 1
        if name and any(_headline_title_word(w) for w in post.split()):
            person = _headline_name(context, name[:6], post)
            if person:
                people.append((person, (post,)))
    return people


def _complement_end(context: _Context, tokens: list[Token], k: int) -> int:
    """Where the name begins after a title's complement ("Advisor for Cyber and Emerging
    Technology | Anne Neuberger’s Meeting"): before the longest run of two or more capitalised
    words closing the capitalised stretch from `k` that the body uses as written."""
    end = k
    while end < len(tokens) and (tokens[end].text[:1].isupper() and not tokens[end].is_punct
                                 or tokens[end].lower_ in ("and", "&")):
        end += 1
    body = context.text[context.body_start:]
    found = []
    for start in range(k + 1, end - 1):
        words = tokens[start:end]
        if any(t.lower_ in ("and", "&") or _headline_title_word(t.text) for t in words):
            continue
        if re.search(r"\b" + re.escape(" ".join(t.text for t in words)) + r"\b", body):
            found.append(start)
    # the run that opens with a given name ("Anne Neuberger"), else the longest
    return next((start for start in found if tokens[start].lower_ in gazetteer.first_names()),
                found[0] if found else k)


def _headline_title_word(text: str) -> bool:
    return text[:1].isupper() and (gazetteer.is_title_word(text)
                                   or text.lower() in HEADLINE_TITLE_WORDS)


def _headline_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or token.is_punct or text.lower() in HEADLINE_STOPS \
            or text.lower() in HEADLINE_VERBS or text.lower() in NOT_NAMES \
            or _headline_title_word(text) or gazetteer.country(text) \
            or token.ent_type_ not in ("", "PERSON", "NORP") and token.ent_iob_ == "B":
        return False
    return True


def _principal(context: _Context) -> tuple[str | None, tuple[str, ...]]:
    """The person the document is about or by, and the posts the article gives them: the
    first titled person of the headline ("Readout of President Biden's Call with ...",
    "Secretary Blinken's Meeting with ...", "Remarks by Vice President Harris ..."), else the
    person whose post the headline names ("The Deputy Secretary's Meeting with ..."), else the
    byline ("Antony J. Blinken, Secretary of State" on a line of its own)."""
    doc, analysis = context.doc, context.analysis
    if context.headline:
        name, posts = context.headline[0]
        return name, _posts_of(context, name, posts)
    match = POST_TITLE_RE.match(context.text)
    if match:
        wanted = match.group(1).lower()
        for mention in analysis.people:
            if doc[mention.start].idx > context.body_start:
                name = analysis.canonical(mention.name)
                posts = _posts_of(context, name, ())
                if any(_post_matches(p, wanted) for p in posts):
                    return name, posts
    for paragraph_start, paragraph in _paragraphs(context.text, context.body_start)[:3]:
        words = paragraph.split()
        if "," in paragraph and len(words) <= 12 and not LABEL_RE.match(paragraph):
            mention = next((m for m in analysis.people
                            if doc[m.start].idx == paragraph_start), None)
            if mention is not None:
                name = analysis.canonical(mention.name)
                title = paragraph.split(",", 1)[1].strip()
                return name, _posts_of(context, name, (title,))
    return None, ()


def _posts_before(doc: Doc, mention: PersonMention) -> list[str]:
    """The title words right before a mention ("Vice President" in "by Vice President Harris")."""
    words = []
    i = mention.start - 1
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "for")) \
            and not doc[i].is_punct and doc[i].lower_ not in ("by", "and", "with", "from") \
            and doc[i].text not in ("\n", "\n\n"):
        words.insert(0, doc[i].text)
        i -= 1
    while words and not gazetteer.is_title_word(words[0]) and words[0].lower() != "first":
        words.pop(0)
    while words and words[-1].lower() in ("of", "for"):
        words.pop()
    return [" ".join(words)] if words and gazetteer.is_title_word(words[-1]) else []


def _headline_name(context: _Context, words: list[Token], post: str) -> str | None:
    """A headline's name in the form the article uses: the longest beginning of it that the
    body uses ("Biden" -> "Joseph R. Biden, Jr." where the body names him so), else the
    official of that name or surname and post, else the name as written."""
    texts = re.sub(r"\s*([-‑])\s*", r"\1", " ".join(t.text for t in words)).split()
    body = context.text[context.body_start:]
    analysis = context.analysis
    for size in range(len(texts), 1, -1):
        prefix = " ".join(texts[:size])
        if re.search(r"\b" + re.escape(prefix) + r"\b", body):
            full = analysis.canonical(prefix)  # not a shorter form the model cut ("Karine Jean")
            words_of = set(gazetteer.fold(full).split())
            return full if set(gazetteer.fold(prefix).split()) <= words_of else prefix
    for size in range(len(texts) - 1, 1, -1):
        # "Advisor for Cyber Anne Neuberger": the title's complement before the name
        suffix = " ".join(texts[-size:])
        if re.search(r"\b" + re.escape(suffix) + r"\b", body):
            return analysis.canonical(suffix)
    if len(texts) == 1 and re.search(r"\b" + re.escape(texts[0]) + r"\b", body):
        # "Secretary Blinken’s Call": "Antony J. Blinken"; but "Remarks by President Biden"
        # where the body names only "Jill Biden" is the President (`titled_holder`)
        return titled_holder(analysis, texts[0], analysis.canonical(texts[0]), post)
    known = gazetteer.official(" ".join(texts)) if len(texts) > 1 else None
    head = post.split(" of ")[0].split(" for ")[0]
    for word in texts if known is None else ():
        known = gazetteer.official_by_surname(word, head) \
            or gazetteer.official_by_surname(word, post)
        if known is not None:
            break
    if known is not None:
        return known.name
    if len(texts) > 2 and re.search(r"\b" + re.escape(texts[0]) + r"\b", body):
        return analysis.canonical(texts[0])  # "Lenderking Concludes Regional Trip"
    if len(texts) > 2:  # "Jean-Pierre Aboard Air Force One": the words the model calls a name
        texts = [t.text for t in words if t.ent_type_ == "PERSON"] or texts[:2]
        texts = re.sub(r"\s*([-‑])\s*", r"\1", " ".join(texts)).split()
    return " ".join(texts)


def _posts_of(context: _Context, name: str, extra: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Every post the article gives `name` (titles parsed around its mentions, the words right
    before them), and `extra`."""
    posts = list(extra)
    for mention in context.analysis.people:
        if context.analysis.canonical(mention.name) == name or mention.name == name:
            posts += [t.post for t in mention.titles if t.post]
            posts += _posts_before(context.doc, mention)
    return tuple(dict.fromkeys(posts))


def _post_matches(post: str, wanted: str) -> bool:
    """Whether the post `post` is the post `wanted` ("U.S. President" is "president", "Vice
    President" is not)."""
    words, want = gazetteer.fold(post).split(), wanted.split()
    if len(words) < len(want):
        return False
    if " of " in f" {gazetteer.fold(post)} " and words[-len(want):] != want:
        words = gazetteer.fold(post).split(" of ")[0].split()  # "Secretary of State"
    if words[-len(want):] != want:
        return False
    rest = words[:-len(want)]
    return not rest or rest[-1] not in RANK_MODIFIERS


def _holder(context: _Context, wanted: str, before: int | None = None) -> str | None:
    """Who holds the post `wanted` ("president", "secretary") in this document: the principal
    if it is theirs, else the first person of the headline who holds it, else the person the
    article gives it at least twice as often as anyone else (only people named before
    character `before`, if given)."""
    if context.principal and any(_post_matches(p, wanted) for p in context.principal_posts):
        return context.principal
    doc, analysis = context.doc, context.analysis
    counts: Counter[str] = Counter()
    for mention in analysis.people:
        if before is not None and doc[mention.start].idx >= before:
            continue
        posts = [t.post for t in mention.titles if t.post] + _posts_before(doc, mention)
        if any(_post_matches(p, wanted) for p in posts):
            name = analysis.canonical(mention.name)
            if doc[mention.start].idx < context.body_start:
                return name
            counts[name] += 1
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None  # nobody clearly holds it here: "THE PRESIDENT" is not told apart
    return ranked[0][0]


def _paragraphs(text: str, start: int) -> list[tuple[int, str]]:
    """The paragraphs of `text` from `start` on, with their offsets (blank lines part them)."""
    found = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text[start:]):
        stripped = match.group(0).strip()
        if stripped:
            found.append((start + match.start() + match.group(0).index(stripped), stripped))
    return found


# --- transcripts -------------------------------------------------------------------------------

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


# --- speakers ----------------------------------------------------------------------------------

def _resolve(context: _Context, subject: Token) -> tuple[list[Entity], str]:
    """The speakers a subject token stands for (empty when it names nobody), and how they
    were found (a key of RESOLUTION). Inside a transcript only speakers named outright count:
    nothing from a reporter's or an unnamed speaker's turn, and in a named speaker's turn
    their "he" and "the President" are not resolved."""
    analysis = context.analysis
    lower = subject.lower_
    turn = context.turn_at(subject.idx)
    if lower in GENERIC_SPEAKERS or turn is not None and turn.role != "named":
        return [], ""
    named_only = turn is not None
    members = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
    if len(members) > 1:  # "The Vice President and Secretary Walsh reaffirmed ..."
        found = [_resolve_member(context, m, set().union(*({t.i for t in o.subtree}
                                                           for o in members if o is not m)),
                                 named_only) for m in members]
        people = [p for speakers, _ in found for p in speakers]
        if people:
            return list(dict.fromkeys(people)), min((how for _, how in found if how),
                                                    key=lambda h: RESOLUTION[h])
        return [], ""
    return _resolve_member(context, subject, set(), named_only)


def _resolve_member(context: _Context, subject: Token, excluded: set[int],
                    named_only: bool) -> tuple[list[Entity], str]:
    """`_resolve` for one member of a coordinated subject (the others' tokens `excluded`)."""
    analysis = context.analysis
    lower = subject.lower_
    if lower in GENERIC_SPEAKERS or _a_nations_people(subject):
        return [], ""
    mention = analysis.person_at(subject)
    if mention is None:  # "the State Department's ... secretary, Kenneth Merten, told"
        apposed = next((c for c in subject.children if c.dep_ == "appos"
                        and analysis.person_at(c)), None)
        mention = analysis.person_at(apposed) if apposed is not None else None
    if mention is None and lower in gazetteer.TITLE_HEADS:
        # "said Assistant Secretary of State for ... Eliot Kang": the name inside the title
        mention = next((m for t in subject.subtree if (m := analysis.person_at(t))
                        and t.i > subject.i and t.i not in excluded), None)
    if mention is not None:
        people = [_titled_person(analysis, mention)]
        inside = [t for t in subject.subtree if t.i not in excluded]
        if any(t.lower_ == "and" for t in inside):  # the parse: "[Sherman and Minister] Kishi"
            people = [analysis.canonical(m.name) for t in inside
                      if (m := analysis.person_at(t)) is not None and t.i == m.start] + people
        return [Entity(p, PERSON) for p in dict.fromkeys(people)], "name"
    span = _entity_span(subject)
    known = analysis.full_names.get(name_key(span.text)) \
        if span is not None and span.label_ in ("ORG", "NORP") else None
    if known is not None and len(known.split()) >= 2:
        return [Entity(known, PERSON)], "name"  # "as Josep said" (the model's organisation)
        # where the article names Josep Borrell
    if span is None and subject.pos_ == "PROPN" and not named_only:
        # "Neuberger reinforced ...": the principal's surname, which the model left unnamed
        span = subject.doc[subject.i:subject.i + 1]
        entity, how = _principal_or_entity(context, span)
        if how == "principal":
            return [entity], how
        span = None
    if span is not None and span.text.lower() in ("administration", "the administration") \
            and (named := _presidents_administration(context, subject)) is not None:
        return [Entity(named, ORGANIZATION)], "organization"  # "the Administration" of an
        # article that names it "the Biden-Harris Administration"
    if named_only:
        return ([_speaker_entity(span)], "organization") if span is not None else ([], "")
    if lower in PERSON_PRONOUNS:
        person, how = _antecedent(context, subject, PERSON_PRONOUNS[lower])
        return ([Entity(person, PERSON)], how) if person else ([], "")
    if lower == "they" or lower in GROUP_NOUNS and any(
            c.lower_ in ("the", "both", "two") for c in subject.children):
        return [Entity(p, PERSON) for p in _last_group(context, subject)], "group"
    if lower in gazetteer.TITLE_HEADS or any(
            c.lower_ in gazetteer.TITLE_HEADS for c in subject.children if c.dep_ == "compound"):
        if not any(c.lower_ == "the" for c in subject.children):
            return [], ""  # "a senior official", "Egyptian President": nobody in particular
        wanted = " ".join(t.lower_ for t in sorted([subject, *subject.children], key=lambda t: t.i)
                          if t.dep_ in ("compound", "amod") or t is subject)
        if context.principal and any(_post_matches(p, wanted) for p in context.principal_posts):
            person, how = context.principal, "principal"
        else:
            person, how = _by_title(context, subject, wanted), "title"
        return ([Entity(person, PERSON)], how) if person else ([], "")
    if span is not None:
        if any(analysis.person_at(t) for t in subject.subtree if t.i not in excluded):
            return [], ""  # "Secretary Marty Walsh with the US. Department of Labor says": the
            # parse made the department the subject; its secretary speaks
        entity, how = _principal_or_entity(context, span)
        return [entity], how
    return [], ""


#: A president's administration named by surnames: "the Biden-Harris Administration", "the
#: Biden Administration" (not an agency: "the Small Business Administration").
NAMED_ADMINISTRATION_RE = re.compile(r"\b([A-Z][\w’']+(?:[-‑\u2060]+[A-Z][\w’']+)*) Administration\b")


def _presidents_administration(context: _Context, subject: Token) -> str | None:
    """The name the article gives "the Administration": its last "<Surname> Administration"
    before the subject whose first surname is a head of state's (else its first after); where
    the article's date is known, only the administration of the US president then in office
    ("The Trump Administration withdrew ... the Administration has said" in 2022 is Biden's)."""
    named = context.doc.user_data.get("kg.administrations")
    if named is None:
        date = published(context.doc)
        named = []
        for m in NAMED_ADMINISTRATION_RE.finditer(context.text):
            surname = re.split(r"[-‑\u2060]+", m.group(1))[0]
            if gazetteer.official_surname(surname) is None:
                continue
            if date and not any(t.start <= date < t.end for t in gazetteer.us_terms(surname, "President")):
                continue
            named.append((m.start(), m.group(0)))
        context.doc.user_data["kg.administrations"] = named
    before = [n for start, n in named if start < subject.idx]
    return before[-1] if before else named[0][1] if named else None


def _titled_person(analysis: Analysis, mention: PersonMention) -> str:
    """The person a mention names: the article's fullest form of it, unless a title and a
    surname name the holder of that title ("President Biden" where the article names only
    Ashley Biden in full: the President, Joseph R. Biden)."""
    person = analysis.canonical(mention.name)
    post = next((t.post for t in mention.titles if t.post), None)
    holder = titled_holder(analysis, mention.name, person, post)
    known = gazetteer.official(person) if holder != person else None
    return person if known is not None and known.name == holder else holder  # "Joseph R.
    # Biden" is already the President, by another form of his name


def _a_nations_people(subject: Token) -> bool:
    """A nationality in the plural without "the" names the people, not their government:
    "Afghans across the country have voiced their opposition", "Yemenis are expressing
    cautious optimism" (but "the Russians have said" is Russia's government)."""
    return subject.tag_ in ("NNPS", "NNS") and gazetteer.is_demonym(subject.text) \
        and not any(c.dep_ == "det" for c in subject.children)


def _principal_or_entity(context: _Context, span: Span) -> tuple[Entity, str]:
    """The speaker a proper-noun subject names: the principal where it is the principal's
    surname or name that the model took for an organisation ("Neuberger described ..." in
    the readout of Anne Neuberger's meeting), else the organisation or government."""
    principal = context.principal
    if principal and len(principal.split()) >= 2 and gazetteer.fold(span.text) in (
            gazetteer.fold(principal), gazetteer.fold(principal.split()[-1])):
        return Entity(principal, PERSON), "principal"
    return _speaker_entity(span), "organization"


def _by_title(context: _Context, subject: Token, wanted: str) -> str | None:
    """"The Vice President" -> the last person before it whose post is that one."""
    doc, analysis = context.doc, context.analysis
    for mention in reversed(analysis.people):
        if mention.end > subject.i:
            continue
        posts = [t.post for t in mention.titles if t.post] + _posts_before(doc, mention)
        if any(_post_matches(p, wanted) for p in posts):
            return analysis.canonical(mention.name)
    return None


#: Dependency labels of a mention that names a person as the actor of its clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependency labels of a mention used as a modifier ("the Obama administration", "Putin's war").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: How many sentences back "he" or "she" may reach for a subject.
PRONOUN_REACH = 3


def _antecedent(context: _Context, pronoun: Token, gender: str) -> tuple[str | None, str]:
    """Whom "he" or "she" stands for: the nearest earlier subject (within a few sentences)
    whose gender agrees, else the principal. A person known to be of the other gender is never
    taken; a subject of unknown gender yields to a principal known to agree, and is otherwise
    taken but marked unsure; a nearest subject that names nobody ("The President" in a text
    that never names him) stops the search."""
    doc, analysis = context.doc, context.analysis
    starts = context.sentence_starts
    k = bisect_right(starts, pronoun.i) - 1
    window_start = starts[max(0, k - PRONOUN_REACH)]
    window_start = max(window_start, context.body_token)
    subjects = []  # (token index, name or None for a subject naming nobody, known gender)
    for mention in analysis.people:
        if mention.end > pronoun.i or mention.start < window_start:
            continue
        root = doc[mention.start:mention.end].root
        if root.dep_ in MODIFIER_DEPS and not (mention.start <= root.head.i < mention.end):
            continue
        if _inside_quote(context, doc[mention.start].idx):
            continue
        head = root.head if root.dep_ in ("appos", "conj", "compound") else root
        if root.dep_ in SUBJECT_DEPS or head.dep_ in SUBJECT_DEPS:
            name = analysis.canonical(mention.name)
            subjects.append((root.i, name, context.genders.get(name)))
    for token in doc[window_start:pronoun.i]:
        # "The President expressed ... He indicated ...": a titled subject stands in the way
        if token.dep_ in SUBJECT_DEPS and token.lower_ in gazetteer.TITLE_HEADS \
                and analysis.person_at(token) is None \
                and any(c.lower_ == "the" for c in token.children):
            people, _ = _resolve_member(context, token, set(), False)
            name = people[0].name if people and people[0].kind == PERSON else None
            subjects.append((token.i, name, context.genders.get(name) if name else None))
    subjects = [s for s in sorted(subjects, reverse=True) if s[2] in (None, gender)]
    principal_agrees = context.principal is not None and pronoun.i >= context.body_token \
        and context.genders.get(context.principal) == gender
    if subjects:
        _, name, known = subjects[0]
        if name is None:
            return None, ""  # the nearest subject names nobody we know: so does the pronoun
        if known == gender:
            return name, "pronoun"
        if principal_agrees:
            return context.principal, "pronoun"  # a readout's "he" is its principal
        return name, "pronoun-unsure"
    if principal_agrees:
        return context.principal, "pronoun"
    return None, ""


def _last_group(context: _Context, token: Token) -> list[str]:
    """"They": the people of the nearest sentence before that names two or more, not
    counting those inside its subordinate clauses and possessives ("to discuss President
    Putin's war")."""
    analysis, doc = context.analysis, context.doc
    people: list[str] = []
    ministers = token.lower_ in MINISTER_GROUPS
    for sent in reversed(list(doc.sents)):
        if sent.start >= token.sent.start or sent.end <= context.body_token:
            continue
        if not people and _unnamed_group_subject(context, sent):
            return []  # "Senior officials met with ... They discussed": the officials, unnamed
        ministers = ministers or not people and _ministers_subject(sent)
        for t in sent:
            mention = analysis.person_at(t)
            if mention is not None and t.i == mention.start and not any(
                    c.isdigit() for c in mention.name) \
                    and not _subordinate(doc[mention.start:mention.end].root, sent) \
                    and not (ministers and _a_leader(doc, mention)):
                people.append(analysis.canonical(mention.name))
        people = list(dict.fromkeys(people))
        if len(people) >= 2:
            return people
        if people and not _cut_sentence(sent):
            return []
    return []


def _ministers_subject(sent: Span) -> bool:
    """Whether the main clause of `sent` has "the Ministers" for its subject: a later "they"
    stands for the same ministers."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in MINISTER_GROUPS
               and any(d.lower_ in NAMED_GROUP_WORDS for d in c.children)
               for c in sent.root.children)


def _a_leader(doc: Doc, mention: PersonMention) -> bool:
    """Whether a mention gives its person the post of a head of state or government."""
    posts = [t.post for t in mention.titles if t.post] + _posts_before(doc, mention)
    return any(_post_matches(p, w) for p in posts for w in LEADER_POSTS)


#: What a group of people does in a readout besides speaking: "officials met with ...".
GROUP_ACTS = frozenset({"meet", "discuss", "host", "brief", "join", "participate", "attend",
                        "convene", "reconvene", "gather", "talk", "speak", "share", "review",
                        "agree", "exchange", "hold", "visit", "travel", "listen"})
#: Determiners of a plural subject that stands for people already named: "the two leaders".
NAMED_GROUP_WORDS = frozenset({"the", "both", "two", "three", "four", "all"})


def _unnamed_group_subject(context: _Context, sent: Span) -> bool:
    """Whether the main clause of `sent` has a plural subject that names nobody ("Senior
    Administration officials met ...", "Participants discussed ...", "LGBTQ+ advocates
    briefed ..."): a later "they" stands for that group, not for people named elsewhere.
    "The leaders" and "both ministers" stand for people named before, so they do not count."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            if subject.tag_ not in ("NNS", "NNPS") or subject.ent_type_ in ("GPE", "NORP") \
                    or any(context.analysis.person_at(t) for t in subject.subtree):
                continue
            if subject.lower_ in GROUP_NOUNS and any(
                    c.lower_ in NAMED_GROUP_WORDS for c in subject.children) and not any(
                    c.dep_ == "prep" for c in subject.children):
                continue  # "the two leaders", but not "the Ministers of the Coalition"
            if any(c.lower_ in ("both", "two", "three", "four") for c in subject.children):
                continue  # "Both countries", "the two sides": the ones named before
            if verb.lemma_ in speech_verbs() or verb.lemma_ in GROUP_ACTS:
                return True
    return False


def _cut_sentence(sent: Span) -> bool:
    """A sentence the parser began after an abbreviation inside a name ("Biden, Jr. | spoke
    today with ..."): its people belong with the sentence before."""
    before = sent.doc[sent.start - 1] if sent.start else None
    return before is not None and before.lower_ in ("jr.", "sr.", "jr", "sr") or \
        before is not None and len(before.text) == 2 and before.text[0].isupper() \
        and before.text.endswith(".")


def _subordinate(token: Token, sent: Span) -> bool:
    """Whether `token` sits in a clause or possessive below the sentence's main clause (the
    parser's subject of an infinitive, "spoke with Prime Minister Modi | to inaugurate ...",
    is not below it)."""
    node = token
    while node.i != sent.root.i and node.head.i != node.i:
        if node.dep_ in ("xcomp", "advcl", "relcl", "acl", "ccomp", "poss") and node is not token \
                and not (node.dep_ in ("xcomp", "advcl") and token.head.i == node.i
                         and token.dep_ == "nsubj" and token.i < node.i):
            return True
        if node.dep_ == "poss" and node is token:
            return True
        node = node.head
    return False


def _entity_span(token: Token) -> Span | None:
    """The organisation or country a subject names ("the United States", "North Macedonia")."""
    if token.ent_type_ in ("ORG", "GPE", "NORP"):
        return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if token.pos_ == "PROPN":
        start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
        span = token.doc[start:token.i + 1]
        if gazetteer.country(span.text, demonyms=False, capitals=False):
            return span
    return None


def _speaker_entity(span: Span) -> Entity:
    """An organisation or a government as speaker; the resolver tells countries apart."""
    return Entity(bare_name(span.text), ORGANIZATION)


# --- direct quotations -------------------------------------------------------------------------

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


def _inside_quote(context: _Context, index: int) -> bool:
    """Whether text[index] is inside a quotation opened earlier in its paragraph (however long
    the quotation: "..., ZERO TO THREE: “Tonight, ... But as the President made clear tonight,
    ...”" is the byline's, not the President's)."""
    paragraph = context.text[context.text.rfind("\n", 0, index) + 1:index]
    return paragraph.count("“") > paragraph.count("”")


# --- reported speech and readouts --------------------------------------------------------------

def _reported(context: _Context, doc_id: str) -> Iterator[tuple[Statement, tuple[int, int]]]:
    """Reported statements, each with the character span of what was said."""
    doc, analysis, text = context.doc, context.analysis, context.text
    verbs = speech_verbs()
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.idx < context.body_start:
            continue
        lemma = token.lemma_
        if lemma == "make" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "clear":
            lemma = "say"  # "made clear (that) ...": said
        verb = verbs.get(lemma)
        if verb is None or token.dep_ in ("relcl", "acl") \
                or token.dep_ == "conj" and token.head.dep_ in ("relcl", "acl"):
            continue  # "the repercussions that Biden promised he would face": not what he said
        if _planned(token) or _supposed(token):
            continue  # "he will offer U.S. support": said later, if at all
        if _responded_to(token):
            continue  # "I would just add on to what Dr. Fauci said that ...": the words are not his
        if _bracketed(token):
            continue  # "— (said in Boston accent) —": a transcript's note on the delivery
        subject = _subject(token)
        if subject is None and token.dep_ == "conj" \
                and not any(c.dep_ == "auxpass" for c in token.children):
            # (not "X became paralyzed and was told he would never walk again": told, not telling)
            subject = _subject(token.head)
        participle = subject is None and _trailing_participle(token)
        if participle:  # "She spoke about the Initiative, noting the pilot will ...": she noted
            subject = _subject(token.head)
        if subject is None or _inside_quote(context, token.idx):
            continue
        turn = context.turn_at(token.idx)
        if turn is not None and turn.role == "reporter":
            continue  # "QUESTION: ... so you said that you’re expecting the Turks to ...": a
            # reporter's question, never a statement
        content, frame = _content(token, verb)
        if content is None and "clause" in verb.frames and _as_said(token) and turn is None:
            content, frame = token.head, "as"  # "As President Biden said, the United States is"
        if content is None or content.lower_ in OBJECT_PRONOUNS and frame != "clause" \
                or analysis.person_at(content) is not None and not _asks(token, content):
            continue  # "welcomed Chancellor Scholz": a person received, not words said
        tokens = _content_tokens(token, content, frame) if frame != "as" else \
            _main_clause(token)
        when_cut = False  # "As the President said | when he made the announcement, | “we are ..."
        if frame == "as" or frame == "clause" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            kept = _without_when(token, tokens)
            when_cut, tokens = len(kept) < len(tokens), kept
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct
                          or tokens[0].i == token.i + 1 and tokens[0].lower_ == "clear"):
            tokens = tokens[1:]
        tokens = _without_rebuttal(token, tokens)
        tokens = _without_narrator(tokens)
        if not tokens or _not_the_words(token, content, frame, tokens):
            continue
        tokens = _without_appraisal(tokens)  # (after: the dash it leaves is no cut-off)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if frame == "object" and verb.stance and token.i < tokens[0].i:
            start = token.idx  # "condemned Russia's premeditated ... attack": the verb is the
            # position taken, the object alone is not what was said
        quote = ASIDE_RE.sub(" ", text[start:end]).strip(" ,")
        if len(quote.split()) < 4 or _inside_quote(context, tokens[0].idx) \
                and not (when_cut and _quotation_said(token, tokens[0])):
            continue
        speakers, how = _resolve(context, subject)
        if not speakers or _voiced_by_turn(turn, token, speakers):
            continue
        kind = "readout" if frame == "object" else "reported"
        confidence = verb.confidence * RESOLUTION[how] * (PARTICIPLE if participle else 1.0)
        for speaker in speakers:
            yield Statement(speaker=speaker, quote=quote, direct=False,
                            evidence=sentence_evidence(doc_id, token, f"statements.{kind}",
                                                       confidence)), (start, end)


def _subject(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> Token | None:
    """The verb's subject. Of two, where the first is set off by punctuation, the nearer: the
    first is a name addressed or a transcript's label ("to your point, Trevor — the President
    said", "MS. PSAKI: Well, President Putin has said"); but a government restated as "we"
    is the government ("The United States, the OAS, ..., we have consistently urged")."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and _set_off(before[0]) and not (
            before[-1].lower_ == "we" and before[0].ent_type_ in ("GPE", "ORG", "NORP")):
        return before[-1]
    return next(iter(subjects), None)


#: Punctuation that sets a name off from the clause after it.
SETTING_OFF = frozenset({",", "—", "–", "--", ":"})


def _set_off(token: Token) -> bool:
    """Whether punctuation closes the words of `token` (or follows them)."""
    following = token.right_edge.i + 1
    return token.right_edge.text in SETTING_OFF or following < len(token.doc) \
        and token.doc[following].text in SETTING_OFF


def _quotation_said(verb: Token, first: Token) -> bool:
    """Whether what was said opens with a quotation mark after its verb ("As the President said
    when he made the announcement, | “we are sharing these doses ..."): the quotation is the
    speaker's, not one the words stand in."""
    before = first.doc[first.i - 1] if first.i else None
    return before is not None and before.text in ("“", '"') and before.i > verb.i


def _voiced_by_turn(turn: _Turn | None, verb: Token, speakers: list[Entity]) -> bool:
    """"The United States condemns these attacks ..." in a spokesperson's turn of a US
    transcript: the speaker's own words stating the government's position, which the turn's
    statement already gives to the speaker (blind rounds judged the country as speaker partly
    right)."""
    return verb.tag_ in ("VBZ", "VBP") and turn is not None \
        and all(getattr(gazetteer.country(s.name), "alpha2", None) == "US" for s in speakers)


#: Objects that say something was said, not what: "said something ... that made a lot of
#: sense", "conveyed a very simple message to congressional leadership" (the words follow).
UNSAID_OBJECTS = frozenset({"something", "anything", "nothing", "this", "that", "it", "much",
                            "message", "point", "statement", "remarks", "words", "note",
                            "comments", "speech", "things", "thing"})


#: Words opening a clause that names what the words were about, not the words: an indirect
#: question or a relative clause ("explained what this meant to her", "..., which obviously
#: hasn't happened yet").
WH_OPENERS = frozenset({"what", "why", "which", "who", "whom", "whose"})


def _not_the_words(verb: Token, content: Token, frame: str, tokens: list[Token]) -> bool:
    """Whether what the verb takes is no statement of words: an object that only says
    something was said ("said something ... that made a lot of sense", "conveyed a very simple
    message", unless "of"/"on"/"that" gives its content), a quote cut off where it goes on
    ("... one of the considerations — and", "to commit to:")."""
    if frame == "object" and content.lower_ in UNSAID_OBJECTS and not any(
            c.dep_ in ("prep", "acl", "ccomp") and c.lower_ not in ("to", "with")
            for c in content.children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in ("something", "anything", "nothing")
           for c in verb.children):
        return True  # (the parse may take "that made a lot of sense" for the verb's clause)
    if frame == "clause" and _parenthetical_as(verb):
        return True
    if frame == "clause" and tokens[0].lower_ in WH_OPENERS:
        return True  # "explained what this meant to her", "underscored why these rights are
        # worth defending": which question the words answered, not the words
    last = tokens[-1]
    following = last.nbor(1).text if last.i + 1 < len(last.doc) else ""
    return last.pos_ in ("CCONJ", "DET") or following in (":", "—", "–") or _broken_off(tokens)


#: Words after which a dash breaks a clause off: "the Taliban say they believe that diplomacy
#: is —", "which they’re —" (not a complete clause before a dash: "inflation will come down —").
BROKEN_OFF_BEFORE = frozenset({"AUX", "PRON", "DET", "CCONJ", "SCONJ"})


def _broken_off(tokens: list[Token]) -> bool:
    """Whether the words end at a dash right after a word that cannot end a clause."""
    words = [t for t in tokens if not t.is_space and t.text not in OPENING_QUOTES]
    return len(words) > 1 and words[-1].text in DASHES and (
        words[-2].pos_ in BROKEN_OFF_BEFORE or words[-2].tag_ == "IN")


def _parenthetical_as(verb: Token) -> bool:
    """An as-clause set off by commas inside a main clause already under way, whose verb the
    parser gave the that-clause after the comma: the clause is the main clause's ("the
    President was very clear, as Dr. Fauci said, | that we need to be prepared ...", "This is
    the first in-person event, as Ned said, | that we've been able to have ..."). Not where it
    parts a copula from its that-clause ("the facts are, as Josep said, that we have seen ...":
    the facts are what he said)."""
    doc = verb.doc
    start = verb.left_edge.i
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," \
        and doc[start].lower_ == "as" and start > verb.sent.start + 1 \
        and doc[start - 1].text == "," \
        and doc[start - 2].lemma_ != "be"


def _without_narrator(tokens: list[Token]) -> list[Token]:
    """What was said without the narrator's own "as we have said/offered" closing it ("they
    are prepared to engage in diplomacy | as we and our allies have repeatedly offered")."""
    for k, token in enumerate(tokens):
        if token.lower_ != "as" or token.dep_ != "mark" or k == 0:
            continue
        clause = token.head
        if (clause.lemma_ in speech_verbs() or clause.lemma_ == "offer") and any(
                c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children) \
                and max(t.i for t in clause.subtree) >= tokens[-1].i - 1:
            kept = tokens[:k]
            while kept and (kept[-1].is_punct or kept[-1].lower_ in ("and", "including")):
                kept.pop()
            return kept
    return tokens


#: Prepositions by which a speaker takes up what another said before saying their own words:
#: "add on to what Dr. Fauci said that, ...", "respond to what Mitt Romney said: ...".
RESPONDING_PREPS = frozenset({"to", "about", "on"})


def _responded_to(verb: Token) -> bool:
    """Whether a speech verb heads a free relative ("what X said") that a preposition of
    responding takes: what follows is the present speaker's words, not X's ("I agree with what
    Chairman Powell said last week that ..." stays Powell's)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in RESPONDING_PREPS and any(
        c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in verb.children)


#: The narrator's aside between dashes inside the words reported, in the narrator's voice ("our
#: focus | — and as we noted when we rolled out our 100-page plan — | continues ...", "that
#: legislation | — this is last summer — | that has passed", "a right | — I will now quote — |";
#: not a speaker's own "— I mean, —").
ASIDE_RE = re.compile(r"\s[—–]\s(?:(?:and|but|so)\s)?(?:as\s)?(?!I mean\b)(?:we|I|this is)\b[^—–“”\n]{0,80}?\s[—–]\s")
#: Dashes that set off an appositive closing what was said.
DASHES = frozenset({"—", "–", "--"})


def _without_appraisal(tokens: list[Token]) -> list[Token]:
    """What was said without the narrator's appraisal set off by a dash at its end ("it will open
    Saudi airspace for flights to and from Israel | — a historic decision that will pave the
    way ...", "the purpose of the war was to “denazify” Ukraine | – a false charge ..."): an
    indefinite appositive whose noun the words did not use before (not a speaker's own repair,
    "a different wealth — a wealth in culture")."""
    for k in range(1, len(tokens) - 2):
        article, head = tokens[k + 1], tokens[k + 1].head
        if tokens[k].text in DASHES and article.lower_ in ("a", "an") \
                and head.dep_ == "appos" and head.i > tokens[k].i \
                and head.lemma_ not in {t.lemma_ for t in tokens[:k]} \
                and not any(t.text in DASHES for t in tokens[k + 1:]):
            return tokens[:k]
    return tokens


def _bracketed(token: Token) -> bool:
    """Whether the word stands inside brackets opened in its sentence."""
    before = [t.text for t in token.doc[token.sent.start:token.i]]
    return before.count("(") > before.count(")")


#: Verbs by which a publisher reports a claim it disputes ("the PRC has suggested that ...,
#: despite evidence to the contrary"), and adverbs that dispute any claim ("falsely alleging").
DISPUTED_VERBS = frozenset({"claim", "suggest", "allege", "assert", "insist", "contend",
                            "purport", "argue"})
DISPUTING_ADVERBS = frozenset({"falsely", "wrongly", "baselessly", "erroneously", "absurdly"})
#: Words opening the publisher's rebuttal after such a claim: ", despite ...", ", even though".
REBUTTAL_WORDS = frozenset({"despite", "although", "though", "even", "notwithstanding",
                            "contrary", "whereas"})


def _without_rebuttal(verb: Token, tokens: list[Token]) -> list[Token]:
    """The words of a disputed claim without the publisher's rebuttal that follows them in the
    same sentence ("suggested that the United States hoards ..., | despite evidence to the
    contrary"): the claim ends at the comma before the rebuttal."""
    if verb.lemma_ not in DISPUTED_VERBS and not any(
            c.lower_ in DISPUTING_ADVERBS for c in verb.children):
        return tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k - 1].text in (",", "—", "–") and tokens[k].lower_ in REBUTTAL_WORDS:
            return tokens[:k - 1]
    return tokens


#: Confidence factor of a statement read from a participle after its speaker's clause.
PARTICIPLE = 0.9


def _trailing_participle(verb: Token) -> bool:
    """", noting that ...", ", stressing the need ...": a speech verb's participle after a comma,
    modifying a main or coordinated clause of speaking or meeting whose subject is the speaker
    ("conveyed his support ..., emphasizing ...", "discussed ..., noting ..."; not "signed the
    Act, underscoring ...", an act)."""
    doc = verb.doc
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.i > verb.head.i \
        and verb.i > 0 and doc[verb.i - 1].text == "," \
        and verb.head.dep_ in ("ROOT", "conj", "ccomp") \
        and (verb.head.lemma_ in speech_verbs() or verb.head.lemma_ in GROUP_ACTS) \
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)


def _as_said(verb: Token) -> bool:
    """"As Secretary Blinken has noted, ...": a speech verb in an as-clause before its main
    clause, with nothing said of its own."""
    first = next((t for t in verb.sent if not (t.is_punct or t.is_space or t.lower_ == "and")),
                 None)
    return verb.dep_ == "advcl" and verb.i < verb.head.i and first is not None \
        and first.i == verb.left_edge.i and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("ccomp", "dobj") for c in verb.children)


def _main_clause(verb: Token) -> list[Token]:
    """The main clause an as-clause introduces, from after the as-clause to the sentence end
    (what opens it to say when it was said is cut by `_without_when`)."""
    start = max(t.i for t in verb.subtree) + 1
    tokens = [t for t in verb.doc[start:verb.sent.end]]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


#: Words opening a clause that says when something was said: "As President Biden said | when we
#: were at the NATO summit just 10 days ago, | “We will do that ...”".
WHEN_WORDS = frozenset({"when", "after", "before"})


def _without_when(verb: Token, tokens: list[Token]) -> list[Token]:
    """What an as-clause's speaker said without the phrase that opens it up to a comma, which
    says when it was said ("As President Zelenskyy said after the assault, there was never ...",
    "As Randi said yesterday, teaching has become ...")."""
    first = tokens[0] if tokens else None
    if first is None or first.dep_ not in ("prep", "npadvmod", "advmod", "mark") \
            or first.head is first:
        return tokens
    opener = first.head if first.dep_ in ("advmod", "mark") and first.head.dep_ == "advcl" \
        and first.lower_ in WHEN_WORDS and first.i == verb.i + 1 else first  # "said | when we
    # were at the NATO summit, ..." (not "said, | while we believe ...", what was said)
    comma = max(t.i for t in opener.subtree) + 1
    if comma < verb.sent.end and verb.doc[comma].text == ",":
        return [t for t in tokens if t.i > comma]
    return tokens


def _supposed(verb: Token) -> bool:
    """Whether a speech verb tells words only supposed: a modal with the perfect ("might have
    said", "would have told"), a modal of possibility ("could say"), a conditional or
    for-infinitive clause ("if they say", "for Congress to say")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(auxes & SUPPOSING_MODALS and "have" in auxes or auxes & POSSIBLE_MODALS
                or marks & SUPPOSING_MARKS)


def _planned(verb: Token) -> bool:
    """Whether a verb tells what someone will (or would, or is to) say: "will offer", "he will
    follow up ... and reaffirm", "plans to stress"."""
    node = verb
    while True:
        if any(c.dep_ == "aux" and c.lower_ in PLANNED for c in node.children) or \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # an infinitive: "spoke with X to express ..." (and X is no subject)
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head


#: Speech verbs whose object is the one spoken to: "told the world that ...".
ADDRESSING_VERBS = frozenset({"tell", "inform", "assure", "warn", "caution", "promise", "remind"})


def _object_before(verb: Token, clause: Token) -> bool:
    """Whether the verb takes a thing as its object before the clause the parse gave it: the
    object is what was announced or concluded, and the clause is part of it ("announced
    details to help people ... stay in their homes", "concluded discussions with the United
    Kingdom on ... means to address ..."); not a person told ("told reporters that ...")."""
    if verb.lemma_ in ADDRESSING_VERBS \
            or verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "that":
        return False  # "told the world that ...", "underscored that hospital mergers ... can be"
    return any(c.dep_ == "dobj" and verb.i < c.i < clause.i and c.pos_ in ("NOUN", "PROPN")
               and c.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG")
               for c in verb.children)


def _content(verb: Token, entry: SpeechVerb) -> tuple[Token | None, str]:
    """What was said and by which frame: the clause of a speech verb, the object of a readout
    verb, the object of its preposition ("called on Congress to ...")."""
    if "clause" in entry.frames:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) or next(
            (g for c in verb.children if c.lower_ == "clear" for g in c.children
             if g.dep_ == "ccomp"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if clause is not None and (clause.i > verb.i or subject is not None
                                   and subject.i > verb.i) \
                and not _object_before(verb, clause):
            return clause, "clause"  # "X said that ..." or "..., said X"
    if "object" in entry.frames:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        wanted = {o for o in entry.objects if not o.startswith("-")}
        if obj is not None and (not wanted or obj.lemma_.lower() in wanted
                                or obj.lower_ in wanted) \
                and f"-{obj.lower_}" not in entry.objects:
            return obj, "object"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in entry.frames and prep.i == verb.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "object"
    return None, ""


def _asks(verb: Token, person: Token) -> bool:
    """"urged President Putin to withdraw", "called on Senator X to act": the person is asked
    to do something, which is what was said."""
    heads = [verb, person.head] if person.head.dep_ == "prep" else [verb]
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > person.i for h in heads for c in h.children)


def _content_tokens(verb: Token, content: Token, frame: str) -> list[Token]:
    """The words said: the clause, or the object and what completes it to the end of the
    clause ("conveyed her appreciation | for the close friendship ...")."""
    if frame == "object":
        # the clause ends before the speaker's next predicate ("... and urged mayors to ..."),
        # not at a conjunct the parser hung on the verb ("... governments | have the full ...")
        predicates = [c.i for c in verb.children if c.dep_ == "conj" and c.i > content.i
                      and c.pos_ in ("VERB", "AUX") and (
                          c.tag_ == verb.tag_
                          or c.doc[c.i - 1].dep_ == "cc" and c.tag_ in ("VBD", "VBZ", "VBP")
                          or any(g.dep_ in ("aux", "auxpass") for g in c.children)
                          or _own_subject(c, verb))]
        others = [c.i for c in verb.children if c.dep_ in ("cc", "conj") and c.i > content.i]
        stop = min(predicates + [verb.sent.end])
        if predicates:
            stop = min([i for i in others if i <= stop] + [stop])
        opening = _opening_clause(verb)  # "Even as Russia acknowledges the failure of ..., |
        if opening is not None:          # three elements of this war remain constant"
            stop = min(stop, opening.right_edge.i + 1)
        tokens = list(verb.doc[content.left_edge.i:stop])
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        return tokens
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that" \
            and doc[verb.i + 1].dep_ == "dobj" and doc[verb.i + 1].head.i == verb.i:
        return []  # "Biden reaffirmed that again recently ...": "that" is what he reaffirmed
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "that" and content.i > verb.i:
        # "highlighted that U.S. engagement ... is critical": the whole that-clause, however
        # the parser split it
        return list(doc[verb.i + 2:content.right_edge.i + 1])
    tokens = sorted(content.subtree, key=lambda t: t.i)
    end = next((k for k, t in enumerate(tokens) if k and tokens[k - 1].i + 1 != t.i), len(tokens))
    tokens = tokens[:end]
    # ", saying ...": a participle after the clause is the speaker's next act, not this content
    tail = next((k for k, t in enumerate(tokens) if t.dep_ == "advcl" and t.tag_ == "VBG"
                 and t.head.i == content.i and k and tokens[k - 1].text == ","), None)
    if tail is not None:
        tokens = tokens[:tail - 1]
    return tokens


#: Subjects that may be the speaker's own, so the clause goes on with what was said: "and I
#: quote", "welcomed those applications, and he looks forward to working with NATO Allies".
SPEAKERS_OWN = frozenset({"i", "he", "she"})


def _own_subject(clause: Token, verb: Token) -> bool:
    """Whether a clause coordinated with the speech verb has a subject of its own that names
    someone, a pronoun or a name: it is the narrator's next sentence, not what was said
    ("condemned the DPRK's missile launches, | and of course the DPRK wants ...", "| and it's
    something we will continue to demand"); not the speaker's own "I quote", "he looks forward",
    nor a country's or an agency's "we" ("The United States offers condolences to the people
    of Haiti, and we stand ready to assist")."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("PRON", "PROPN")
               and g.lower_ not in SPEAKERS_OWN
               and not (g.lower_ == "we" and _collective_subject(verb))
               for g in clause.children)


def _collective_subject(verb: Token) -> bool:
    """Whether the speech verb's subject is a country or an organisation, whose "we" is its own."""
    return any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "NORP")
               for c in verb.children)


def _opening_clause(verb: Token) -> Token | None:
    """The subordinate clause before the main clause it modifies that `verb` stands in ("Even
    as Russia acknowledges ..., | three elements ... remain", "As we have since President
    Eisenhower welcomed Chad ..., | the United States continues"): what it reports ends with
    it. None for a verb with a comma right after it, whose clause reports nothing of its own
    ("as Dr. Jha noted, | our focus ... continues ...": the main clause is what was said)."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",":
        return None
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.i < node.head.i:
            return node
        node = node.head
    return None


# --- attribution lines -------------------------------------------------------------------------

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
