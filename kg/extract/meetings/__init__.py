"""meeting: who met whom, in person or by video (never by phone), as readouts and press
releases say it.

The grammar is data: the title patterns (`TITLE_PATTERNS`: "Secretary Blinken's Meeting with
...", "X and Y Before Their Meeting", "Remarks by X in Meeting with ...") and the body patterns
(`BODY_PATTERNS`: "met with", "hosted", "welcomed ... to the White House", "held talks with",
"during their meeting", "in a meeting with") are spaCy Matcher / DependencyMatcher patterns
in `grammar`, each with the confidence of its rule. The code around them only finds the two
sides of a match (`reader`, with the questions it asks of the words in `syntax`); here the
matches become meetings. A readout's "The Secretary met today with ..." stands for the readout's principal, the
person its title names. Planned meetings ("will meet", "plans to meet", "look forward to
meeting") and calls are not reported; a possessive's owner ("Biden's envoy") is not a
participant.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg import gazetteer
from kg.extract import register
from kg.extract.evidence import sentence_evidence, text_of
from kg.extract.mentions import analyse
from kg.model import PERSON, Entity, Meeting
from kg.extract.meetings.grammar import TOGETHER_RULES
from kg.extract.meetings.reader import _Reader, _one_each
from kg.extract.meetings.syntax import _group_kind, _one_government, _told_as_planned


#: A document that lists appointments to come ("Public Schedule – July 8, 2021 ... THE DAILY
#: PUBLIC SCHEDULE IS SUBJECT TO CHANGE"): "Secretary Blinken meets with ..." there is planned.
SCHEDULE_RE = re.compile(r"\bpublic schedule\b|\bschedule is subject to change\b", re.I)
#: How far into a document its kind is told (title, byline, the schedule's warning).
SCHEDULE_WINDOW = 400


@register("meeting")
def meetings(doc: Doc, *, doc_id: str) -> Iterator[Meeting]:
    if SCHEDULE_RE.search(text_of(doc)[:SCHEDULE_WINDOW]):
        return
    analysis = analyse(doc)
    reader = _Reader(doc, analysis)
    emitted: list[frozenset[str]] = []
    found: list[tuple[set[str], set[str], str, Meeting]] = []
    for sides, where, rule, confidence, negated in reader.meetings():
        if rule.startswith("title.") and _told_as_planned(doc, reader.title_end, sides):
            continue  # "Statement on the Meeting Between X and Y": "X will meet with Y ..."
        if rule == "title.meeting-with" and sum(1 for side in sides
                                                if side.people or side.groups) < 2 \
                and "between" not in where.text.lower():
            continue  # "Remarks by President Biden and First Lady Jill Biden in a Virtual
            # Meeting with Team USA Members": the hosts alone, the other side unnamed
        people = [p for side in sides for p in side.people]
        groups = [g for side in sides if not side.people for g in side.groups]
        # one participant per country however written ("U.S.", "United States"); the names
        # stay as written, `kg.resolve` names the countries
        codes = [gazetteer.country_code(g) for g in groups]
        groups = list({(c or g): g for g, c in zip(groups, codes)}.values())
        if not people and (rule not in TOGETHER_RULES or len(groups) > 3):
            continue  # a meeting has at least one person named, unless its subject held it
        people = _one_each(people)
        names = list(dict.fromkeys(people + groups))
        if len(names) < 2:
            continue
        if rule == "title.joint-appearance" and not groups and _one_government(analysis, people):
            continue  # "Remarks by President Biden and Vice President Harris at Signing of
            # H.R. 3525": colleagues at their own ceremony, not a meeting
        key = frozenset(names)
        if any(key <= earlier for earlier in emitted):
            continue
        if groups and len(reader.title_people) >= 2 and set(people) <= reader.title_people:
            continue  # "met today with Organization for ... (OECD)" | "Secretary-General Cormann"
        emitted.append(key)
        participants = tuple(sorted(
            [Entity(n, PERSON) for n in dict.fromkeys(people)]
            + [Entity(n, _group_kind(n)) for n in dict.fromkeys(groups) if n not in people],
            key=lambda e: e.name))
        found.append((set(people), set(groups), rule, Meeting(
            participants=participants, negated=negated,
            evidence=sentence_evidence(doc_id, where, f"meetings.{rule}", confidence))))
    for people, groups, rule, meeting in found:
        if rule.startswith("title.") and any(
                other_rule != rule and people < other_people and not other_groups
                for other_people, other_groups, other_rule, _ in found):
            continue  # "Secretary Blinken's Meeting with the World Health Organization
            # Director-General Tedros": the body names the person ("Dr. Tedros Adhanom
            # Ghebreyesus") the headline's organisation stood for; "Readout of the President's
            # Meeting with ... Chair Durbin and Ranking Member Grassley": the body names the host
        yield meeting
