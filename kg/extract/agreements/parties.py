"""The parties of an action: subjects, "with"/"between"/"by" phrases, members listed, a
person's country, the countries of a name, "we" in a government's own or a joint release."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.evidence import in_question, text_of
from kg.extract.mentions import Analysis, PersonMention, analyse, person_country_code
from kg.model import COUNTRY, ORGANIZATION, Entity
from kg.extract.agreements.grammar import (CO_ACTORS, DOING_VERBS, EARLIER, FOREIGN_SPEAKERS,
                                           JOINT_TITLE, JOINT_TOPIC, MEMBERSHIP_NOUNS, MEMBER_WORDS,
                                           NOT_PARTIES, PARTY_GROUPS, PARTY_PREPOSITIONS,
                                           PLURAL_REFERENCES, RELEASED_BY, SPEAKER_LABEL,
                                           STATE_BODIES, UNITED_STATES, UNNAMED_AUTHORS, WE, words)
from kg.extract.agreements.mentions import (Mention, _in_title, _lemma_action, _name_countries,
                                            _verb_forms)


def _programme_of(mention: Mention) -> str | None:
    """The one country whose name opens an agreement's name or owns it ("U.S. | COVID-19 Global
    Response and Recovery Framework", "the United States Government's | Initiative for ...");
    not a name of two sides ("U.S.-Spain Cybersecurity Dialogue", which gives its countries)."""
    span = mention.span
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        opens = ent.start == span.start or ent.start == span.start + 1 and span[0].lower_ == "the"
        owns = ent.end <= span.start and all(
            t.lower_ in ("government", "’s", "'s", "the") for t in doc[ent.end:span.start]) \
            and any(t.tag_ == "POS" for t in doc[ent.end:span.start]) \
            and ent.start >= span.sent.start
        if opens or owns:
            country = gazetteer.country(ent.text)
            return country.name if country else None
    return None


def _co_actors(mention: Mention) -> bool:
    """Whether others act with the party: "Together with many governments at this ministerial,
    we launched ...", "launched ... alongside seven coalition countries" (not the beneficiaries
    of a clause after it: "..., which will provide funding to these groups and regional
    governments")."""
    sent = mention.span.sent
    end = min(sent.end, mention.span.end + 8)
    if any(t.dep_ == "prep" and t.lower_ in ("with", "alongside") and _countries_in(t)
           for t in sent if t.i < mention.span.start):
        return True  # "Together with the United Kingdom, we're launching ..."
    for token in sent.doc[mention.span.end:end]:
        if token.lower_ in ("which", "that", "who", "to") or token.dep_ in ("relcl", "acl"):
            end = token.i
            break
    return bool(CO_ACTORS.search(sent.doc[sent.start:end].text))


def _by_way_of(root: Token) -> bool:
    """Whether the agreement is the means something is done through: "through the Abraham
    Accords", "via the ... Partnership", "through the ... Initiative and the ... Partnership"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("through", "via")


def _said_of_us(verb: Token) -> bool:
    """Whether the subject of the verb (or of the verbs it depends on for one) is "we"."""
    verbs = _climb(verb) or [verb]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WE
               for v in verbs for c in v.children)


def _in_terms_of(root: Token) -> bool:
    """An agreement as the terms something is done under: "under the Memorandum of Intent
    between", "pursuant to the Agreement between", "in accordance with the Treaty"."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "under" or prep.lower_ in ("to", "with") and \
        prep.head.lower_ in ("pursuant", "according", "accordance", "consistent")


def _between(root: Token) -> list[Entity]:
    """The parties an agreement is said to be between, on it or its apposition: "the Strategic
    Framework Agreement between Iraq and the United States", "AUKUS, the enhanced trilateral
    security partnership between Australia, the United Kingdom, and the United States"."""
    holders = [root] + [c for c in root.children if c.dep_ == "appos"]
    found: list[Entity] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                found += _countries_in(child)
    return list(dict.fromkeys(found))


def _between_others(root: Token) -> bool:
    """Whether the agreement is said to be between parties none of which is named: no country,
    person or organisation ("a new Memorandum of Understanding between seven federal
    agencies"): a domestic instrument."""
    holders = [root] + [c for c in root.children if c.dep_ == "appos"]
    phrases = [c for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    if not phrases:
        return False
    for phrase in phrases:
        span = phrase.doc[phrase.i:phrase.right_edge.i + 1]
        if _countries_in(phrase) or any(e.label_ in ("PERSON", "GPE", "NORP", "ORG")
                                        for e in span.ents) \
                or PLURAL_REFERENCES.search(span.text) or any(t.lower_ in PARTY_GROUPS
                                                              for t in span):
            return False
    return True


def _members_of(root: Token) -> bool:
    """Whether the agreement names what a list of countries are members of: "the other
    signatories of the Artemis Accords are ...", "member countries in the Global Partnership",
    "the Artemis Accords signatories", "NPT nuclear weapon states"."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "to", "in") and \
            head.head.lower_ in MEMBERSHIP_NOUNS:
        return True
    if root.dep_ in ("compound", "nmod") and (head.lower_ in MEMBERSHIP_NOUNS or any(
            t.lower_ in MEMBERSHIP_NOUNS for t in head.subtree if t.i > root.i and t.i <= head.i)):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "include"  # "The Accords include"


def _member_countries(mention: Mention) -> list[str]:
    """The countries a sentence lists beside an agreement, as its members: not a city in its
    name ("the Charter of Paris"), nor one that reacts to the others' joining ("The United
    States welcomed Indonesia, ... joining the Global Methane Pledge")."""
    found = []
    for ent in mention.span.sent.ents:
        if ent.label_ not in ("GPE", "LOC") or mention.span.start <= ent.start < mention.span.end:
            continue
        if ent.root.dep_ == "nsubj" and _reacts(ent.root.head):
            continue
        country = gazetteer.country(ent.text, capitals=False)
        if country:
            found.append((ent.start, country.name))
    found += _untagged_members(mention.span.sent)
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _untagged_members(sent: Span) -> list[tuple[int, str]]:
    """Countries in a list that the parser tags as no entity, next to one it does: "Cambodia,
    the Lao PDR, Burma" (a proper noun conjoined to a place, whose words the gazetteer knows),
    as (position, name)."""
    found = []
    for token in sent:
        if token.dep_ != "conj" or token.ent_type_ or token.pos_ != "PROPN" or \
                token.head.ent_type_ not in ("GPE", "LOC"):
            continue
        words = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
        country = gazetteer.country(" ".join(t.text for t in words), capitals=False)
        if country:
            found.append((words[0].i, country.name))
    return found


def _international(name: str) -> bool:
    """Whether a name says it is international: "Indo-Pacific Economic Framework", "Partnership
    for Global Infrastructure", "Americas Partnership" (not "Make More in America Initiative")."""
    regions = words().regions
    return any(w in regions for w in re.split(r"[^\w]+", name.lower()))


def _party(name: str) -> Entity:
    return Entity(name, COUNTRY if gazetteer.country(name) else ORGANIZATION)


def _title_countries(mention: Mention, verb: Token) -> list[str]:
    """The countries a headline names before its verb, also through its people ("Secretary
    Blinken and Armenian Foreign Minister Mirzoyan at the Signing of ...")."""
    sent = mention.span.sent
    found = _listed_countries(sent.doc[sent.start:verb.i], nationalities=True)
    analysis = analyse(sent.doc)
    for ent in sent.doc[sent.start:verb.i].ents:
        person = analysis.person_at(ent.root) if ent.label_ == "PERSON" else None
        country = _served_country(analysis, person) if person else None
        if country:
            found.append(country)
    return list(dict.fromkeys(found))


def _title_signers(mention: Mention, parties: list[Entity]) -> tuple[list[Entity], bool]:
    """A body's signing of the instrument its headline says several signed ("The United States
    and Ghana Sign Memorandum of Cooperation"): the headline's signers, when the body names only
    some of them; and whether the headline names a co-signer that is no known party."""
    doc = mention.root.doc
    if not _in_title(doc[0]):
        return parties, False
    title = [t for t in doc if _in_title(t)]
    verb = next((t for t in title if t.lower_ in ("sign", "signs")), None)
    if verb is None or mention.root.lower_ not in {t.lower_ for t in title[verb.i:]}:
        return parties, False
    subject = doc[title[0].i:verb.i]
    signers = [Entity(c, COUNTRY) for c in _listed_countries(subject, nationalities=True)]
    signers += _title_organizations(subject) if signers else []
    if not signers or not set(parties) <= set(signers):
        return parties, False
    unknown = len(signers) == 1 and any(t.lower_ == "and" for t in subject)
    return list(dict.fromkeys(parties + signers)), unknown


def _parties(doc: Doc, governor: Token, root: Token, countries: list[str],
             guessed: list[Entity] | None = None, *, own: bool = False) -> list[Entity] | None:
    """Who does it: the subject (through 'to sign' and conjunctions), 'with'/'between' objects,
    agents of passives, a signatory's country ('signed for Ghana'), plural references, "we".
    None when the action is asked of someone rather than done."""
    guessed = guessed if guessed is not None else []
    own_subject = _gerund_subject(governor)
    if own_subject:
        return own_subject  # "will cooperate towards the ROK signing the Artemis Accords"
    verbs = _climb(governor)
    if verbs is None:
        return None
    if governor.pos_ in ("NOUN", "PROPN"):
        for verb in _doer_verbs(governor):
            more = _climb(verb)
            if more is None:
                return None
            verbs += more
    phrases = []
    for verb in list(verbs):  # "We are engaged": a subject misread as the auxiliary's
        verbs += [c for c in verb.children if c.dep_ in ("aux", "auxpass")
                  and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for verb in verbs:
        if verb.pos_ in ("NOUN", "PROPN"):  # "India's decision to join", "Japan's accession"
            phrases += [c for c in verb.children if c.dep_ == "poss"]
        for child in verb.children:
            if child.i == root.i:
                continue  # "When the Iran deal was fully implemented": the agreement's own name
            if child.dep_ in ("nsubj", "nsubjpass", "agent") or (
                    child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS):
                phrases.append(child)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
    talked = _lemma_action(governor) == "discuss"
    for child in root.children if not own else ():  # `own`: a ratification is each party's
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among", "alongside") and \
                not (talked and child.lower_ == "with"):  # "we have discussed ... a possible
            phrases.append(child)  # nuclear agreement with Iran": Iran is not in the talk
    meeting = _met_to_act(governor)
    if meeting is not None:
        # "President Biden met today with Prime Minister Al-Kadhimi of Iraq to strengthen
        # bilateral coordination under the Strategic Framework Agreement": both sides act
        phrases += [c for c in meeting.children if c.dep_ == "nsubj" or (
            c.dep_ == "prep" and c.lower_ == "with")]
    found: list[Entity] = []
    for phrase in phrases:
        if phrase.lower_ == "with" and any(c.dep_ == "pobj" and c.lemma_.lower() in NOT_PARTIES
                                           for c in phrase.children):
            continue  # "with the wider support of the Membership of the WTO": a backer
        text = text_of(doc)[phrase.left_edge.idx:phrase.right_edge.idx + len(phrase.right_edge.text)]
        plural = PLURAL_REFERENCES.search(text)
        if plural or re.search(r"\b(?:both|two) countries\b", text):
            sides = _two_sides(doc, countries)
            us = Entity(UNITED_STATES, COUNTRY)
            if plural and plural.group(0).lower().startswith("our ") and us not in sides and \
                    UNITED_STATES in countries and not _quoted(phrase) and _us_speaking(phrase):
                sides.append(us)  # "our nations" in a US release of the AUKUS leaders
            found += sides
            guessed.extend(sides)
        elif phrase.lower_ in WE and phrase.dep_ in ("nsubj", "nsubjpass", "poss") and \
                UNITED_STATES in countries and not _quoted(phrase) and _us_speaking(phrase):
            authors = _joint_authors(doc)
            if authors is None:
                found.append(Entity(UNITED_STATES, COUNTRY))
            else:  # a joint statement's "we" is its authors, the US only one of them
                found += authors
        elif _former_administration(phrase) and UNITED_STATES in countries and \
                not _quoted(phrase) and _us_speaking(phrase):
            found.append(Entity(UNITED_STATES, COUNTRY))  # "the last administration left the JCPOA"
        elif phrase.lower_ in ("it", "its") and phrase.dep_ in ("nsubj", "poss"):
            # "The United States does not own ..., it is in full compliance with ..."
            named = [e for e in phrase.sent.ents if e.end <= phrase.i and e.label_ == "GPE"
                     and e.root.dep_ == "nsubj" and gazetteer.country(e.text)]
            if named:
                found.append(Entity(gazetteer.country(named[-1].text).name, COUNTRY))
        elif phrase.lower_ in ("he", "she") and phrase.dep_ == "nsubj" and \
                phrase.head.i == governor.i and not _quoted(phrase):
            # "President Biden has taken ... action ...: He rejoined the Paris Climate
            # Agreement on day one": the country of the person last named, acting for it
            country = _pronoun_country(phrase)
            if country:
                found.append(Entity(country, COUNTRY))
        elif phrase.lower_ == "they" and phrase.dep_ == "nsubj" and len(countries) >= 2 and \
                UNITED_STATES in countries[:2]:
            # a readout's "They discussed ...": the two sides the article is about
            sides = _two_sides(doc, countries)
            found += sides
            guessed.extend(sides)
        found += _countries_in(phrase)
    if not found:
        found += _signatory_countries(doc, governor)
    if not found:
        found += _reacted_to(verbs)
    return list(dict.fromkeys(found))


def _former_administration(phrase: Token) -> bool:
    """Whether the subject is "the last/previous administration" with nothing placing it
    elsewhere ("the previous administration in Kabul")."""
    return phrase.dep_ in ("nsubj", "nsubjpass") and phrase.lower_ == "administration" and \
        any(c.dep_ == "amod" and c.lower_ in EARLIER for c in phrase.children) and \
        not any(c.dep_ == "prep" for c in phrase.children)


def _pronoun_country(pronoun: Token) -> str | None:
    """The country of the person "he" or "she" stands for: the last person named before it as a
    person (not "the Obama administration"; a possessor is one: "President Biden’s commitment
    to disarmament has long been evident. ..., he extended the New START Treaty"), in its
    sentence or the two before it."""
    analysis = analyse(pronoun.doc)
    sents = list(pronoun.doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    window = sents[max(0, index - 2)].start
    for mention in reversed(analysis.people):
        if mention.end <= pronoun.i and \
                pronoun.doc[mention.end - 1].dep_ not in ("compound", "amod", "nmod"):
            return _served_country(analysis, mention) if mention.start >= window else None
    return None


def _gerund_subject(governor: Token) -> list[Entity]:
    """The countries a preposition gives a gerund as its own subject: "towards the ROK signing
    the Accords", "about Russia withdrawing from" (the one who acts, not the clause's subject)."""
    if governor.dep_ != "pcomp" or governor.tag_ != "VBG":
        return []
    return [e for c in governor.head.children if c.dep_ == "pobj" and c.i < governor.i
            for e in _countries_in(c)]


def _met_to_act(governor: Token) -> Token | None:
    """The verb of meeting whose purpose the action is: "met ... to strengthen bilateral
    coordination under the Agreement" (the purpose clause may hang from the "with" phrase)."""
    token, purpose = governor, False
    for _ in range(6):
        if token.lemma_ == "meet" and token.pos_ == "VERB":
            return token if purpose else None
        purpose = purpose or (token.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children))
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _climb(verb: Token) -> list[Token] | None:
    """The verb and those it depends on for its subject: "to sign" -> "became the nation",
    "met ... and signed" -> "met", "look forward to launching" -> "look". None when another is
    asked to act ("asked Kuwait to join", "encouraging nations to sign")."""
    requests = words().requests
    verbs = [verb]
    while verbs[-1].dep_ in ("xcomp", "conj", "acl", "relcl", "advcl", "ccomp", "pcomp", "acomp",
                             "prep") and verbs[-1].head.i != verbs[-1].i:
        if verbs[-1].dep_ == "prep" and verbs[-1].pos_ != "ADP":
            break
        head = verbs[-1].head
        if verbs[-1].dep_ in ("xcomp", "advcl", "ccomp") and head.lemma_ in requests:
            return None  # "asked Kuwait to join", "We call for both sides to observe ..."
        if verbs[-1].dep_ in ("xcomp", "advcl", "ccomp") and (
                head.lemma_ in words().supports or any(
                c.dep_ == "aux" and set(_verb_forms(c.lower_)) & words().supports
                for c in head.children)):
            return None  # "stand ready to support efforts ... to implement", "helping build the
            # capacity of regional countries to implement" (a "help" misread as an auxiliary)
        if _reacts(head):
            break  # "congratulated Brazil on signing": the congratulating one is no party
        verbs.append(head)
        if verbs[-1].dep_ == "dobj" and verbs[-2].dep_ == "acl" and head.pos_ == "NOUN" and \
                head.head.lemma_ in DOING_VERBS and not any(c.dep_ == "poss" for c in head.children):
            verbs.append(head.head)  # "launching the process to establish the Framework"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
        if head.dep_ in ("attr", "oprd") and head.pos_ in ("NOUN", "PROPN") and \
                head.head.lemma_ in ("be", "become", "remain"):
            verbs.append(head.head)  # "welcomed Singapore becoming the first nation to join"
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
                break
    return verbs


def _reacts(verb: Token) -> bool:
    """Whether a verb reacts to another's action: "congratulate", "welcome", "criticize",
    "voiced concern about"."""
    reactions = words().reactions
    return verb.lemma_.lower() in reactions or (verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in reactions for c in verb.children))


def _reacted_to(verbs: list[Token]) -> list[Entity]:
    """The object of a reaction above the chain: "congratulate Brazil on signing" -> Brazil."""
    top = verbs[-1]
    if top.head.i == top.i or not _reacts(top.head):
        return []
    return [e for c in top.head.children if c.dep_ == "dobj" for e in _countries_in(c)]


def _doer_verbs(noun: Token) -> list[Token]:
    """The verbs whose subject does what a noun of action names: "the two countries announced
    the launch of", "the United States led the negotiation of", "is in full compliance with its
    obligations under" (but not "welcomed the signing of": the welcomer is no party)."""
    token, found = noun, []
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "dobj" and head.lemma_ in DOING_VERBS:
            found.append(head)
            break
        if token.dep_ in ("pobj", "prep") or (token.dep_ == "attr" and head.lemma_ == "be"):
            token = head
            continue
        if token.dep_ == "poss":
            break
        if head.lemma_ in ("be", "remain", "stay") and token.dep_ in ("acomp", "attr", "prep"):
            found.append(head)
        break
    if token.dep_ in ("prep",) and token.head.lemma_ in ("be", "remain", "stay"):
        found.append(token.head)
    return found


def _asked(sent: Span) -> bool:
    """Whether the sentence is in a journalist's turn of a transcript ("QUESTION: ...", or the
    White House's "Q ..." paragraph)."""
    if in_question(sent.doc, sent.start_char):
        return True
    labels = SPEAKER_LABEL.findall(text_of(sent.doc)[:sent.start_char + len("QUESTION:")])
    return bool(labels) and labels[-1].strip().startswith("QUESTION")


def _us_speaking(token: Token) -> bool:
    """Whether the words are the US government's: no transcript label before them, or the last
    one is not a foreign minister's, president's or chancellor's."""
    labels = SPEAKER_LABEL.findall(text_of(token.doc)[:token.idx])
    return not labels or not FOREIGN_SPEAKERS.search(labels[-1])


def _joint_authors(doc: Doc) -> list[Entity] | None:
    """The authors of a joint statement, whose "we" they are, as its title names them: a
    hyphened name with the United States ("U.S.-ROK Leaders' Joint Statement", "Joint Statement
    on the U.S.-Iraq Strategic Dialogue"), the countries, organisations and persons' countries
    before its subject ("Joint Statement of the United States of America and Denmark on ...",
    "Joint Statement Following Meeting Between President Biden and Egyptian President ...").
    Empty when the title names fewer than two ("Quad Joint Leaders' Statement"); None when the
    text is no joint statement."""
    cached = doc.user_data.get("kg.joint_authors", False)
    if cached is not False:
        return cached
    text = text_of(doc)
    title_end = max(0, text.find("\n\n"))
    title = text[:title_end]
    authors: list[Entity] | None = _released_by(doc, title_end)
    if authors is None and JOINT_TITLE.search(title):
        named = list(_name_countries(title + " "))
        named = named if UNITED_STATES in named else []
        topic = next((m.start() for m in JOINT_TOPIC.finditer(title)
                      if re.search(r"Statement|Declaration|Communiqu", title[:m.start()])),
                     title_end)
        for chunk in re.split(r",|\band\b|\b(?:of|by|between|from|with)\b", title[:topic],
                              flags=re.I):
            country = gazetteer.country(chunk.strip(), capitals=False)
            org = None if country else gazetteer.organization(chunk.strip())
            if country or (org is not None and not org.country):
                named.append(country.name if country else org.name)
        head = doc.char_span(0, topic, alignment_mode="contract")
        analysis = analyse(doc)
        for ent in head.ents if head is not None else ():
            person = analysis.person_at(ent.root) if ent.label_ == "PERSON" else None
            country = _served_country(analysis, person) if person else None
            if country:
                named.append(country)
        authors = [_party(c) for c in dict.fromkeys(named)]
        authors = authors if len(authors) >= 2 else _group_author(title[:topic])
    doc.user_data["kg.joint_authors"] = authors
    return authors


def _group_author(head: str) -> list[Entity]:
    """The one international body a joint statement's title names as its author, whose "we"
    its members are ("CARBIS BAY G7 SUMMIT COMMUNIQUÉ": the Group of Seven); none where the
    title names none, or more than one."""
    words = re.findall(r"[\w’'&.-]+", head)
    found = {org.name for k in range(len(words)) for n in (1, 2, 3) if k + n <= len(words)
             for org in [gazetteer.organization(" ".join(words[k:k + n]))]
             if org is not None and not org.country}
    return [Entity(found.pop(), ORGANIZATION)] if len(found) == 1 else []


def _released_by(doc: Doc, title_end: int) -> list[Entity] | None:
    """The authors a release's opening names ("The text of the following statement was released
    by the Governments of the United States of America and Denmark"): empty when it names others
    only as a group, None when it has no such opening or one author only."""
    for sent in doc.sents:
        if sent.start_char < title_end:
            continue
        if sent.start_char > title_end + 400:
            return None
        match = RELEASED_BY.search(sent.text)
        if match is None:
            continue
        authors = match.group(1)
        cut = re.search(r"\b(?:on|to|following|at|in|regarding)\b|:", authors)
        authors = authors[:cut.start()] if cut else authors
        named = []
        for chunk in re.split(r",|\band\b|\b(?:of|by|the)\b", authors, flags=re.I):
            country = gazetteer.country(chunk.strip(), capitals=False)
            org = None if country else gazetteer.organization(chunk.strip())
            if country or (org is not None and not org.country):
                named.append(country.name if country else org.name)
        named = list(dict.fromkeys(named))
        if UNNAMED_AUTHORS.search(authors):
            return []
        return [_party(c) for c in named] if len(named) >= 2 else None
    return None


def _two_sides(doc: Doc, countries: list[str]) -> list[Entity]:
    """Who "the two countries", "both sides", "they" are: the pair a headline joins with a hyphen
    ("U.S.-EU Relations", "U.S.-Saudi Arabia Joint Statement"), else the two countries the
    article names most."""
    title = text_of(doc)[:max(0, text_of(doc).find("\n\n"))]
    for match in re.finditer(r"[\w.]+(?: [A-Z][\w.]+)*\s*[-–]\s*[A-Z][\w.]+(?: [A-Z][\w.]+)*",
                             title):
        pair = _name_countries(match.group(0) + " ")
        if len(pair) == 2:
            return [_party(name) for name in pair]
    return [Entity(c, COUNTRY) for c in countries[:2]]


def _quoted(token: Token) -> bool:
    """Whether the token stands inside quotation marks in its sentence."""
    before = token.doc[token.sent.start:token.i]
    opened = sum(t.text in ("“", '"') for t in before) - sum(t.text == "”" for t in before)
    return opened > 0 or (opened == 0 and sum(t.text == '"' for t in before) % 2 == 1)


def _countries_in(root: Token) -> list[Entity]:
    """Countries (and international organisations) named in the phrase under `root`."""
    found = []
    analysis = analyse(root.doc)
    for ent in root.doc.ents:
        if not (root.left_edge.i <= ent.start and ent.end - 1 <= root.right_edge.i):
            continue
        if _nested(ent.root, root):
            continue  # "signed with Israel ... as well as new investments in Jordan"
        if ent.label_ in ("GPE", "NORP", "LOC"):
            if ent.label_ == "NORP" and ent.root.dep_ == "amod" and \
                    ent.root.head.lower_ in NOT_PARTIES:
                continue  # "an American company" is no party
            country = gazetteer.country(ent.text)
            if country:
                found.append(Entity(country.name, COUNTRY))
        elif ent.label_ == "ORG":
            if ent.root.dep_ in ("compound", "nmod") and ent.root.head.lower_ in MEMBER_WORDS:
                continue  # "UN Member States endorsed": the members, not the organisation
            org = gazetteer.organization(ent.text)
            governed = None if org is not None else (
                gazetteer.governed_country(ent.text) or gazetteer.country(ent.text, capitals=False))
            if governed is not None:  # "an arrangement between UNHCR, IOM, and the Government
                found.append(Entity(governed.name, COUNTRY))  # of Costa Rica", "the UAE"
            elif org and not org.country:
                found.append(Entity(org.name, ORGANIZATION))
            elif org and gazetteer.country_by_code(org.country):
                found.append(Entity(gazetteer.country_by_code(org.country).name, COUNTRY))
            elif _state_body(ent) is not None:  # "between the U.S. Coast Guard and the Japan
                found.append(Entity(_state_body(ent), COUNTRY))  # Coast Guard"
        elif ent.label_ == "PERSON":
            mention = analysis.person_at(ent.root)
            country = _served_country(analysis, mention) if mention else None
            if country:
                found.append(Entity(country, COUNTRY))
    edge = root.right_edge
    following = edge if edge.text == ":" else (
        root.doc[edge.i + 1] if edge.i + 1 < len(root.doc) else None)
    if following is not None and following.text == ":":  # "with a dozen partners: A, B, C"
        listed = _listed_countries(root.doc[following.i + 1:following.sent.end])
        if len(listed) >= 2:
            found += [Entity(name, COUNTRY) for name in listed]
    return found


def _state_body(ent: Span) -> str | None:
    """The country whose body an organisation is, by a country name opening it: "the Japan Coast
    Guard", "the U.S. Coast Guard" (not "the U.S. Chamber of Commerce")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in STATE_BODIES:
        return None
    for k in (2, 1):
        country = gazetteer.country(" ".join(t.text for t in words[:k]), demonyms=False,
                                    capitals=False)
        if country is not None and k < len(words):
            return country.name
    return None


def _nested(token: Token, root: Token) -> bool:
    """Whether a token hangs in a phrase of its own below a party phrase: a preposition other
    than "of" ("investments in Jordan"), or a clause ("talks that Egypt hosted")."""
    while token.i != root.i and token.head.i != token.i:
        if (token.dep_ == "prep" and token.lower_ not in ("of", "from")) or \
                token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _signatory_countries(doc: Doc, governor: Token) -> list[Entity]:
    """'X signed for the United States, and Y signed for Ghana'; 'on behalf of Romania'."""
    found = []
    for token in governor.sent:
        if token.lemma_ == governor.lemma_:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "for":
                    found += _countries_in(child)
                elif child.dep_ == "prep" and child.lower_ == "on":
                    found += [c for g in child.children if g.lower_ == "behalf"
                              for c in _countries_in(g)]
    return found


def _title_organizations(span: Span) -> list[Entity]:
    """The organisations a headline names as a country's co-signers ("The United States and the
    African Union Commission Sign ..."): named organisations, known or not, that are no country."""
    found = []
    for ent in span.ents:
        if ent.label_ != "ORG" or gazetteer.country(ent.text) is not None:
            continue
        words_ = [t for t in ent if t.lower_ != "the"]
        known = gazetteer.organization(ent.text)
        if len(words_) < 2 and known is None:
            continue  # a single unknown word is too little to name a signer
        found.append(Entity(known.name if known else " ".join(t.text for t in words_),
                            ORGANIZATION))
    return found


def _served_country(analysis: Analysis, person: PersonMention) -> str | None:
    """The country a person named in the text serves, by the name the agreement grammar
    compares parties by ("President Biden" -> "United States")."""
    code = person_country_code(analysis, person)
    country = gazetteer.country_by_code(code) if code else None
    return country.name if country else None


def _listed_countries(span: Span, *, nationalities: bool = False) -> list[str]:
    names = []
    for ent in span.ents:
        if ent.label_ in ("GPE", "LOC") or (nationalities and ent.label_ in ("NORP", "ORG")):
            country = gazetteer.country(ent.text)
            if country:
                names.append(country.name)
    return list(dict.fromkeys(names))


def _article_countries(doc: Doc) -> list[str]:
    """The countries an article is about, most mentioned first (the title's count three times),
    for 'the two countries'."""
    counts: Counter[str] = Counter()
    title_end = next(iter(doc.sents)).end if len(doc) else 0
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            country = gazetteer.country(ent.text)
            if country:
                counts[country.name] += 3 if ent.start < title_end else 1
    analysis = analyse(doc)
    for mention in analysis.people:  # "President Biden" speaks for the United States
        country = _served_country(analysis, mention)
        if country:
            counts[country] += 1
    for match in re.finditer(r"\b([A-Z][\w.]+)-([A-Z][\w.]+)\b", text_of(doc)):  # "US-Mexico"
        for part in match.groups():
            country = gazetteer.country(part)
            if country:
                counts[country.name] += 1
    return [name for name, _ in counts.most_common()]
