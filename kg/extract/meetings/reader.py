"""Reads one article: its title first (which also gives the readout's principal), then every
sentence of the body, and finds the two sides of each match."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract import published
from kg.extract.agreements.grammar import words as agreement_words
from kg.extract.evidence import text_of
from kg.extract.mentions import Analysis, PersonMention, titled_holder
from kg.extract.titles import ORG_HEADS, is_title_head, is_title_word
from kg.names import PARTICLES, SUFFIXES
from kg.extract.meetings.grammar import (ACQUAINTANCE_RULES, CO_HOSTED_WITH_UNNAMED_CONFIDENCE,
                                         CO_HOST_CONFIDENCE, EVENT_OBJECTS, GROUP_SUBJECTS,
                                         NAME_PREFIXES, OFFICIAL_GROUPS, PERSON_PRONOUNS,
                                         PLANNED_MODIFIERS, POSSESSIVE, TITLE_LEFT_STOPS,
                                         TITLE_ORDINALS, TITLE_PLANNED, TRANSCRIPT, WELCOME_PLACES,
                                         _acquaintances, _body_matches, _on_agenda, _title_matches)
from kg.extract.meetings.syntax import (_Side, _about_a_call, _after_of, _clause_of, _event_members,
                                        _groups, _hearsay, _in_apposed_title, _objects, _phrase,
                                        _planned, _possessive_object, _possessive_owner, _post_core,
                                        _size, _subjects, _title_end, _title_groups,
                                        _title_modifier, _title_planned, _title_right_end,
                                        _whole_in_title)


class _Reader:
    """Reads one article: its title first (which also gives the readout's principal), then
    every sentence of the body."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.doc = doc
        self.analysis = analysis
        self.title_end = _title_end(doc)
        self.principal: str | None = None
        self.last_group: list[str] = []
        self.last_at = 0
        self.last_subject: str | None = None
        self.title_people: set[str] = set()
        self.transcript = bool(TRANSCRIPT.search(text_of(doc)))
        self.hosts: list[str] = []

    def meetings(self) -> Iterator[tuple[list[_Side], Span | Token, str, float, bool]]:
        title = self._title_meeting()
        if title is not None:
            sides, where, rule, confidence = title
            self._remember(sides, where)
            yield sides, where, rule, confidence, False
        self.principal = self.principal or self._title_principal()
        used: set[int] = set()
        for rule, confidence, anchor, nodes in _body_matches(self.doc, self.title_end):
            if anchor.i in used:
                continue  # the meeting noun of a verb read already ("held talks with")
            if _hearsay(anchor):
                continue  # "QUESTION: Secretary Blinken met with ...", "media reports ...
                # claimed that X met with Y": a question or a claim, not a report
            if rule == "event.hosted-by":
                self.hosts = list(self._side_of([nodes["by"]]).people)
                continue
            found = self._body_meeting(rule, anchor, nodes)
            if not found:
                continue
            sides, rule, confidence = found if isinstance(found, tuple) else (found, rule, confidence)
            used.update(t.i for t in nodes.values())
            negated = any(c.dep_ == "neg" for c in anchor.children)
            self._remember(sides, anchor)
            yield sides, anchor, rule, confidence, negated

    def _remember(self, sides: list[_Side], where: Span | Token) -> None:
        """The people of a meeting just read, for "they" and "he" after it. In a readout only
        a meeting of its principal counts ("They discussed ..." is the principal's meeting)."""
        people = [p for side in sides for p in side.people]
        if len(people) < 2 or self.principal and self.principal not in people:
            return
        self.last_group = people
        self.last_at = where.sent.end if isinstance(where, Token) else where.end
        first = sides[0].people
        self.last_subject = first[0] if len(first) == 1 else None

    def _recent_group(self, token: Token) -> list[str]:
        """The people of the meeting reported in the last two sentences before `token`."""
        return list(self.last_group) if self.last_group and self._recent(token) else []

    def _recent(self, token: Token) -> bool:
        if self.last_at > token.i:
            return True
        return len(list(self.doc[self.last_at:token.i].sents)) <= 3

    def _pronoun(self, token: Token) -> str | None:
        """Whom "he" or "she" stands for: the one who met someone just before, else the
        readout's principal where no one else was named since, else a person named in this
        sentence or the one before (in a briefing, "he" reaches no further)."""
        if self.transcript:
            return None  # a speaker's "he" in a briefing: too far from any name to tell
        if self.last_subject and self._recent(token):
            return self.last_subject
        sent_start = token.sent.start
        previous = self.doc[sent_start - 1].sent.start if sent_start > self.title_end else sent_start
        named = [m for m in self.analysis.people if previous <= m.start < token.i
                 and self.doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss")
                 and _in_subject(self.doc[m.end - 1])]
        names = {self._name(m) for m in named} - {None}
        if self.principal and (not names or names == {self.principal}):
            return self.principal
        return self._name(named[-1]) if named else None

    # -- titles --

    def _title_meeting(self):
        if self.title_end == 0:
            return None
        title = self.doc[:self.title_end]
        words = {t.lower_ for t in title}
        for rule, confidence, start, end in _title_matches(self.doc, self.title_end):
            before = self.doc[start - 1] if start > 0 else None
            if words & TITLE_PLANNED and _title_planned(title, start):
                return None
            if before is not None and before.lower_ in ("previewing", "upcoming"):
                return None
            left_start = max((t.i + 1 for t in self.doc[:start] if t.lower_ in TITLE_LEFT_STOPS),
                             default=0)
            left = self._side(self._title_people(left_start, start))
            right_start = next((t.i + 1 for t in self.doc[start:end]
                                if t.lower_ in ("with", "between")), None)
            right = _Side()
            if right_start is not None:
                right_end = _title_right_end(self.doc, right_start, self.title_end)
                right = self._side(self._title_people(right_start, right_end),
                                   groups=_title_groups(self.doc, right_start, right_end))
            if left.people:
                self.principal = left.people[0]
            self.title_people = set(left.people) | set(right.people)
            sides = [s for s in (left, right) if s]
            if sum(len(s.people) or len(s.groups) for s in sides) >= 2:
                return sides, title, rule, confidence
        return None

    def _title_people(self, start: int, end: int) -> list[str]:
        found = []
        for mention in self._mentions(start, end):
            if not _possessive_object(self.doc, mention, start) \
                    and not _title_modifier(self.doc, mention):
                found.append(self._name(_whole_in_title(self.doc, mention, end)))
        return [n for n in found if n]

    def _title_principal(self) -> str | None:
        """The person a title is about: the owner of "X’s Call with ...", "X’s Travel to ...",
        else the first person named after the title's last "on" ("Statement by Press
        Secretary Jen Psaki on President Biden’s ...")."""
        if self.title_end == 0:
            return None
        for mention in self._mentions(0, self.title_end):
            end = mention.end
            if end < self.title_end and self.doc[end].text in POSSESSIVE:
                return self._name(mention)
        start = max((t.i + 1 for t in self.doc[:self.title_end] if t.lower_ in TITLE_LEFT_STOPS),
                    default=0)
        names = [self._name(m) for m in self._mentions(start, self.title_end)]
        return next((n for n in names if n), None)

    # -- body --

    def _body_meeting(self, rule: str, anchor: Token, nodes: dict[str, Token]):
        """The sides of one body match (or sides, rule and confidence where the match reads
        as a weaker rule), or None when it reports no held meeting."""
        if _about_a_call(anchor) or _planned(anchor) or anchor.sent.text.strip().endswith("?"):
            return None  # a call, a meeting to come, a reporter's question
        if rule.startswith("noun."):
            return self._noun_meeting(rule, anchor, nodes)
        verb = anchor
        if rule in ACQUAINTANCE_RULES and verb.i in _acquaintances(self.doc):
            return None  # "they met and married": how two people came to know each other
        subject_side = self._subject_side(_subjects(verb), verb)
        if rule == "verb.met-together":
            # "Blinken and Cavusoglu met": the subject is both sides
            return [subject_side] if _size(subject_side) >= 2 else None
        if rule in ("verb.hosted", "verb.met", "verb.joined-for", "verb.joined-by"):
            obj = nodes["object"]
            if rule == "verb.joined-by":
                other = self._side_of(_objects(obj))
            elif obj.lower_ in EVENT_OBJECTS:
                other = self._side_of(_event_members(obj))
            else:
                other = self._side_of([obj])
            event = nodes.get("event", obj)
            if rule.startswith("verb.joined") and self.hosts \
                    and any(c.lower_ == "the" for c in event.children):
                # "was joined for the event by ...": the event's host was there too
                other = _Side(tuple(dict.fromkeys(other.people + tuple(self.hosts))))
            if rule == "verb.hosted" and obj.lower_ in EVENT_OBJECTS:
                self.hosts = list(subject_side.people)
                if not other and len(subject_side.people) >= 2:
                    # "Rice and Richmond hosted a virtual roundtable with LGBTQ+ leaders"
                    return [subject_side], "verb.co-hosted", CO_HOSTED_WITH_UNNAMED_CONFIDENCE
            if rule == "verb.hosted" and not other.people and obj.lower_ not in EVENT_OBJECTS:
                return None  # "hosted the summit": no one met
        elif rule == "verb.welcomed-to":
            if nodes["place"].lower_ not in WELCOME_PLACES \
                    and not gazetteer.country(nodes["place"].text):
                return None
            other = self._side_of([nodes["object"]], groups_allowed=False)
        elif rule == "verb.held-talks":
            noun = nodes["noun"]
            withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
            withs += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
            other = self._side_of([o for w in withs for o in _objects(w)])
            if not other and _size(subject_side) >= 2:
                # "The United States and Japan held the first JUCEP meeting",
                # "Harris and Walsh held a roundtable discussion with young organizers"
                return [subject_side], "verb.held-together", CO_HOST_CONFIDENCE
        else:  # met with, sat down with
            other = self._side_of(_objects(nodes["with"]))
            scanned = self._scan_after(nodes["with"])
            if scanned:
                other = self._side(other.people + tuple(scanned))
        if not subject_side or not other:
            return None
        return [subject_side, other]

    def _noun_meeting(self, rule: str, noun: Token, nodes: dict[str, Token]):
        if any(c.lower_ in PLANNED_MODIFIERS for c in noun.children) or _planned(noun) \
                or _on_agenda(noun):
            return None  # "this will be their first meeting", "following the President's
            # meeting with X, the Vice President will host him"
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if rule == "noun.their-meeting":
            if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
                return None  # "their meeting with X" is read by noun.meeting-with
            group = self._recent_group(noun) or self._group_before(noun)
            return [self._side(group)] if len(group) >= 2 else None
        prep = nodes["with"]
        other = self._side_of(_objects(prep))
        if prep.lower_ == "between":
            return [other] if len(other.people) + len(other.groups) >= 2 else None
        if owner is not None:
            mention = self.analysis.person_at(owner)
            if owner.lower_ in ("their", "our"):
                if self.transcript and owner.lower_ == "our":
                    return None  # a speaker's "our talks with Iran": the speaker's government,
                    # not the people of the last meeting named
                first = self._side(self.last_group)
            elif mention is not None:
                first = self._side([n for n in [self._name(mention)] if n])
            else:
                first = self._subject_side([owner])
        else:
            # "In a meeting with X, the Secretary discussed ...": the clause's subject, where
            # the meeting is the clause's own ("held", "in a meeting"), not its topic
            verb = _clause_of(noun)
            if verb is None or _planned(verb):
                return None
            first = self._subject_side(_subjects(verb))
        if not first or not other:
            return None
        return [first, other]

    # -- sides --

    def _subject_side(self, subjects: list[Token], verb: Token | None = None) -> _Side:
        people: list[str] = []
        for subject in subjects:
            lower = subject.lower_
            if self.analysis.person_at(subject) is not None:
                continue
            if lower in PERSON_PRONOUNS:
                person = self._pronoun(subject)
                if person:
                    people.append(person)
            elif lower in GROUP_SUBJECTS or lower in OFFICIAL_GROUPS and verb is not None \
                    and not any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in subject.children):
                # ("officials from the White House, Departments of Labor ... met with": the
                # bodies named, not the people of the meeting before)
                # "They met ...", "U.S. officials meet Friday with ...": the people of the
                # meeting just reported
                people.extend(self._recent_group(subject))
            elif is_title_head(subject) and any(c.lower_ == "the" for c in subject.children) \
                    and not any(c.dep_ == "prep" for c in subject.children):
                person = self._by_title(subject)
                if person:
                    people.append(person)
        if people:
            return _Side(tuple(dict.fromkeys(people)))
        return self._side_of(subjects)

    def _by_title(self, subject: Token) -> str | None:
        """"The Secretary", "the Deputy Secretary": the readout's principal when the title
        fits, else the last person before with that title (a briefing's "the President": a US
        president, the one in office at the article's date where it is known)."""
        wanted = {t.lower_ for t in subject.subtree if t.dep_ in ("compound", "amod")
                  or t is subject} - {"the"}
        candidates = [m for m in self.analysis.people if m.end <= subject.i]
        principal = [m for m in candidates if self._name(m) == self.principal]
        wanted = {w for w in wanted if gazetteer.is_title_word(w)}
        if wanted in ({"president"}, {"vice", "president"}) and self.transcript:
            # "the President" in a US briefing is the US one, not the last president named
            # ("the President's meeting with President Erdogan"; a readout's "the Secretary and
            # the President" may be the foreign president met)
            office = "Vice President" if "vice" in wanted else "President"
            date = published(self.doc)  # never a former president where the date is known
            terms = {id(m): gazetteer.us_terms(self._name(m) or m.name, office) for m in candidates}
            candidates = [m for m in candidates if terms[id(m)] and (not date or any(
                t.start <= date < t.end for t in terms[id(m)]))]  # ("during former President
            # Trump's presidency")
        for mention in principal + list(reversed(candidates)):
            if any(t.post and _post_core(t.post) == wanted for t in mention.titles):
                name = self._name(mention)
                if name:
                    return name
        return None

    def _side_of(self, roots: Iterable[Token], *, groups_allowed: bool = True) -> _Side:
        """The persons named in the phrases under `roots`, else the organisations or countries
        of an unnamed group of officials."""
        roots = list(roots)
        people: list[str] = []
        for root in roots:
            for token in _phrase(root):
                mention = self.analysis.person_at(token)
                if mention is not None and token.i == mention.end - 1 \
                        and not _possessive_owner(self.doc, mention) \
                        and not _title_modifier(self.doc, mention) \
                        and not _in_apposed_title(mention, self.doc) \
                        and not (token.ent_type_ in ("ORG", "FAC", "GPE") and not mention.titles):
                    # (an untitled "person" the model tags here as a body or place is one:
                    # "convened the Cancer Cabinet")
                    name = self._name(mention)
                    if name:
                        people.append(name)
        groups = []
        for group, label in (_groups(roots) if groups_allowed and not people else []):
            last = group.split()[-1]
            known = next((m for m in self.analysis.people if m.name.split()[-1] == last), None)
            if known is not None:
                # a name the model took for an organisation ("Secretary of State for
                # Management and Resources Brian P. McKeon")
                name = self._name(known)
                if name:
                    people.append(name)
            elif _named_tail(group):
                people.append(_named_tail(group))  # "the ... Rescue Party Kem Sokha"
            elif label == "ORG" and _person_shaped(group):
                people.append(" ".join(_untitled(group.split())))  # "Frédéric Bernard" as ORG
            elif not any(gazetteer.is_title_word(w) for w in group.split()):
                groups.append(group)
        return _Side(tuple(dict.fromkeys(people)), tuple(dict.fromkeys(groups)))

    def _side(self, people: Iterable[str], groups: Iterable[str] = ()) -> _Side:
        return _Side(tuple(dict.fromkeys(people)), tuple(dict.fromkeys(groups)))

    def _scan_after(self, prep: Token) -> list[str]:
        """People named right after "with" when the parse hangs them elsewhere ("met today with
        Prime Minister Al-Kadhimi of Iraq to strengthen ...")."""
        found = []
        for token in self.doc[prep.i + 1:prep.sent.end]:
            if token.pos_ in ("VERB", "AUX") and token.tag_ != "VBN" \
                    or token.text in (".", ";", ":") or token.lower_ in ("who", "which", "where") \
                    or token.lower_ == "to" and token.i + 1 < len(self.doc) \
                    and self.doc[token.i + 1].tag_ == "VB":
                break
            mention = self.analysis.person_at(token)
            if mention is not None and token.i == mention.end - 1 \
                    and not _possessive_owner(self.doc, mention) \
                    and not _title_modifier(self.doc, mention) \
                    and not _in_apposed_title(mention, self.doc) \
                    and not _after_of(self.doc, mention.start):
                name = self._name(mention)
                if name:
                    found.append(name)
        return found

    def _group_before(self, token: Token) -> list[str]:
        """The persons of the nearest sentence before `token` naming two or more; in a
        transcript only the sentence just before (a speaker's "their meeting" is seldom about
        the last people named: "this will be their first face-to-face meeting")."""
        before = [s for s in self.doc.sents if s.end <= token.sent.start]
        for sent in reversed(before[-1:] if self.transcript else before):
            people = []
            for mention in self._mentions(sent.start, sent.end):
                if not _possessive_owner(self.doc, mention):
                    people.append(self._name(mention))
            people = [p for p in dict.fromkeys(people) if p]
            if len(people) >= 2:
                return people
        return []

    def _mentions(self, start: int, end: int) -> list[PersonMention]:
        return [m for m in self.analysis.people if start <= m.start and m.end <= end]

    def _name(self, mention: PersonMention) -> str | None:
        """A participant's name: the fullest form in the article, without titles taken into
        it; None for what is no name ("Jr.", "Ranking Member", a nationality)."""
        vocabulary = gazetteer.vocabulary()
        tokens = [t for t in self.doc[mention.start:mention.end] if not t.is_punct]
        if len(tokens) == 1 and mention.end < len(self.doc) \
                and is_title_head(self.doc[mention.end]):
            return None  # "Chief Medical Advisor": a word of a title
        if len(tokens) == 1 and tokens[0].ent_type_ != "PERSON" \
                and self.analysis.canonical(mention.name) == mention.name \
                and not (mention.start > 0 and is_title_word(self.doc[mention.start - 1])):
            return None  # "Liaison, the White House Office ...", "Chief Medical Advisor"
        words = mention.name.split()
        if words[-1].endswith("-") and mention.end < len(self.doc) \
                and self.doc[mention.end].is_alpha and not self.doc[mention.end - 1].whitespace_:
            words[-1] += self.doc[mention.end].text  # "Moon Jae-" + "in"
        lead = 0
        while lead < len(tokens) - 1 and (tokens[lead].tag_ == "NNPS" or tokens[lead].pos_ == "ADJ"):
            lead += 1  # "... on Climate Issues Edelgeriyev": a plural or an adjective is no name
        if lead and len(words) == len(tokens):
            words = words[lead:]
        words = _untitled(words)
        # "Special Presidential Representative on Climate Issues Edelgeriyev": the mention
        # goes on from a title, so its leading title words are the title's
        in_title = mention.start > 0 and (
            gazetteer.fold(self.doc[mention.start - 1].text) in vocabulary
            or is_title_word(self.doc[mention.start - 1]))
        while len(words) > 1 and (
                words[0].islower() or gazetteer.fold(words[0]) in vocabulary and (
                    in_title or len(words) > 2 or self.analysis.canonical(words[1]) != words[1])):
            words = words[1:]
        name = " ".join(words).strip(" ,")
        if words[-1].lower() in agreement_words().heads:
            return None  # "counterparts from Abraham Accord partners": an agreement's name
        if not name or name.lower().rstrip(".") in {s.rstrip(".") for s in SUFFIXES} \
                or all(gazetteer.is_title_word(w) or w.lower() in NAME_PREFIXES for w in words) \
                or gazetteer.country(name) or not name[:1].isupper() \
                or len(words) == 1 and gazetteer.fold(name) in vocabulary \
                and self.analysis.canonical(name) == name:
            return None
        full = " ".join(_untitled(self.analysis.canonical(name).split()))
        if _parent_in(name, full):
            full = name  # "King Abdulaziz Al-Saud" is not "Salman Bin Abdulaziz Al-Saud"
        if any(w.lower() in ORG_HEADS | NOT_NAME_WORDS for w in full.split()[1:]):
            return None  # "the Cancer Cabinet" (elsewhere "This Cancer Cabinet"): a body
        for title in mention.titles[:1]:  # "President Biden" beside "First Lady Jill Biden" is
            full = titled_holder(self.analysis, mention.name, full, title.post)  # the President
        return full


#: Words of a patronymic: the name after one is the father's ("Salman bin Abdulaziz").
PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben"})


def _parent_in(name: str, full: str) -> bool:
    """Whether `name` (of two words or more) stands in the fuller `full` only as the father's
    name, right after "bin" ("Abdulaziz Al-Saud" in "Salman Bin Abdulaziz Al-Saud"; a lone
    "Salman" is left to the resolver)."""
    words, first = full.split(), name.split()[0]
    return " " in name and any(w.lower() in PATRONYMIC and words[k + 1] == first
               for k, w in enumerate(words[:-1])) and not full.startswith(first)


#: Dependencies by which a name belongs to the phrase above it (coordinated, in apposition).
_SAME_PHRASE = frozenset({"conj", "appos", "compound", "flat"})


def _in_subject(token: Token) -> bool:
    """Whether a name is (in) its clause's subject: "he"/"she" after "Zeya met with senior
    officials, including ... Foreign Minister Othman Jerandi" is Zeya, not the one she met."""
    node = token
    while node.dep_ in _SAME_PHRASE and node.head is not node:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def _one_each(people: list[str]) -> list[str]:
    """One participant per person however the article writes them: not "Thani" beside
    "Mohammed bin Abdulrahman Al-Thani" (a piece of a hyphenated name), not "Mohamed bin Zayed"
    beside "Mohammed bin Zayed" (a spelling: the same letters but for a doubled one)."""
    pieces = {part for name in people for word in name.split() if "-" in word
              for part in word.split("-")[1:]}
    kept: dict[str, str] = {}
    for name in people:
        if " " not in name and name in pieces:
            continue
        kept.setdefault(_spelling(name), name)
    return list(kept.values())


def _spelling(name: str) -> str:
    """A name's key across spellings that double a letter or not ("Mohamed", "Mohammed")."""
    return re.sub(r"(.)\1", r"\1", gazetteer.fold(name))


def _named_tail(group: str) -> str | None:
    """The person's name closing an organisation's name the model read as one
    ("Cambodia National Rescue Party Kem Sokha" -> "Kem Sokha")."""
    words = group.split()
    heads = [k for k, w in enumerate(words) if w.lower() in ORG_HEADS]
    if not heads or not 2 <= len(words) - heads[-1] - 1 <= 3:
        return None
    tail = words[heads[-1] + 1:]
    vocabulary = gazetteer.vocabulary()
    if all(w[:1].isupper() and gazetteer.fold(w) not in vocabulary and not gazetteer.country(w)
           for w in tail):
        return " ".join(tail)
    return None


def _person_shaped(name: str) -> bool:
    """An "organisation" the model found that is a person's name: two to four capitalised
    words, none of them a word of organisations, titles or countries."""
    words = _untitled(name.split())
    vocabulary = gazetteer.vocabulary()
    names = [w for w in words if w not in PARTICLES]  # "Staffan de Mistura"
    return 2 <= len(names) <= 4 and len(words) <= 5 and not gazetteer.organization(name) \
        and not gazetteer.country(name) and all(
        w[:1].isupper() and w.isalpha() and gazetteer.fold(w) not in vocabulary
        and w.lower() not in ORG_HEADS | NOT_NAME_WORDS and not gazetteer.country(w)
        for w in names)


#: Words of an "organisation" that no person's name holds ("This Cancer Cabinet").
NOT_NAME_WORDS = frozenset({"this", "that", "these", "those", "the", "cabinet", "caucus"})


def _untitled(words: list[str]) -> list[str]:
    """A name without the title words the model took into it: "Ranking Member Chuck Grassley",
    "Cambodia National Rescue Party Kem Sokha", "Adm. John C. Aquilino"."""
    while len(words) > 1 and words[0].lower() in TITLE_ORDINALS:
        words = words[1:]
    titled = [k for k, w in enumerate(words[:-1])
              if w.lower() in NAME_PREFIXES or w.lower() in gazetteer.TITLE_HEADS
              or w.lower() in ORG_HEADS or gazetteer.is_title_word(w)]
    return words[titled[-1] + 1:] if titled else words
