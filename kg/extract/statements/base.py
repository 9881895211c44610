"""What every part of the statement extractor shares: its words (`kg/data/speech_verbs.tsv`,
the transcript labels), its confidences, and the document's context the parts read."""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.titles import ORG_CONNECTORS
from kg.extract.mentions import Analysis
from kg.model import PERSON, Entity
from kg.names import PARTICLES


_DATA = Path(__file__).resolve().parents[2] / "data"

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


def _inside_quote(context: _Context, index: int) -> bool:
    """Whether text[index] is inside a quotation opened earlier in its paragraph (however long
    the quotation: "..., ZERO TO THREE: “Tonight, ... But as the President made clear tonight,
    ...”" is the byline's, not the President's)."""
    paragraph = context.text[context.text.rfind("\n", 0, index) + 1:index]
    return paragraph.count("“") > paragraph.count("”")
