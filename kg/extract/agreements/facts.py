"""From a mention to its facts: the action and the parties, a mutual return to an agreement
being both sides' negotiation of it, and the guards that leave background mentions out."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.extract.evidence import in_question, sentence_evidence
from kg.model import AGREEMENT, COUNTRY, AgreementAction, Entity
from kg.extract.agreements.actions import (_action, _demanded, _hedged, _held_by_verb,
                                           _looked_forward, _negated, _new_dialogue, _planned,
                                           _prospective, _restored, _talked_about, _title_action,
                                           _told_of_a_person)
from kg.extract.agreements.grammar import (ABOUT_PATH, CONFIDENCE, DRAFTING, GENERIC_NAMES, LEADING,
                                           MEMBERS, NEARBY_SENTENCES, PROPOSED_WHEN_PLANNED,
                                           RECIPROCAL_OBJECTS, RELATIONSHIPS, SIGNERS,
                                           UNITED_STATES, WE, words)
from kg.extract.agreements.mentions import Mention, _aimed_at, _bare_kind, _in_title, _lemma_action
from kg.extract.agreements.parties import (_asked, _between, _between_others, _by_way_of,
                                           _co_actors, _countries_in, _in_terms_of, _international,
                                           _member_countries, _members_of, _parties, _party,
                                           _programme_of, _reacts, _said_of_us, _title_countries,
                                           _title_organizations, _title_signers, _two_sides,
                                           _us_speaking)


def _facts_for(doc: Doc, doc_id: str, mention: Mention,
               countries: list[str]) -> Iterator[AgreementAction]:
    agreement = Entity(mention.name, AGREEMENT)
    action, governor = _action(mention.root)
    how = "verb" if governor is not None and governor.pos_ != "NOUN" else "noun"
    if how == "noun" and action not in (None, "discuss") and _talked_about(governor):
        action = "discuss"  # "discussed the status of JCPOA negotiations": talk about a step
    elif how == "verb" and action == "sign" and _aimed_at(governor):
        action = "negotiate"  # "the EU-facilitated Dialogue to reach a ... agreement": a goal
    if action == "discuss" and mention.head == "dialogue":
        action = "implement"  # "discussion of threat assessment ... in the Japan-U.S. Cyber
        # Dialogue", "this round of USASD discussions": talks in a dialogue are holding it
    if how == "verb" and _reacts(governor) and mention.root.dep_ == "pobj" \
            and mention.root.head.head == governor:
        return  # "President Biden commended Bahrain's expanded ties with Israel through the
        # Abraham Accords": the one praising takes no part in it
    if governor is not None and governor.lemma_.lower() in DRAFTING and (
            mention.name.lower() in GENERIC_NAMES or mention.head in RELATIONSHIPS):
        return
    if action is None and _reciprocal_return(mention, None):
        action, governor = "negotiate", mention.root.head.head  # "return to the JCPOA as
        # long as Iran does so": the two sides' negotiation of it, as a mutual return is
    if action is None and _in_title(mention.root):
        action, governor = _title_action(mention)
        how = "title"
    if action is None and mention.weak and len(mention.countries) >= 2 and \
            mention.head == "dialogue" and mention.how == "name":
        # "the U.S.-Armenia Strategic Dialogue": a named bilateral dialogue is one both hold
        # (20 of 22 right in the blind checks); a named partnership only mentioned ("celebrated
        # the strength of the U.S.-Vietnam Comprehensive Partnership") is the relationship, not
        # an act on it (5 of 14 right), so it needs a verb or noun of action
        planned, ongoing = _planned(mention, None)
        yield AgreementAction(parties=tuple(_party(c) for c in mention.countries),
                              agreement=agreement,
                              action="propose" if planned and not ongoing and
                              _new_dialogue(mention) else "implement",
                              hedged=planned,
                              evidence=sentence_evidence(
                                  doc_id, mention.span, "agreements.bilateral",
                                  CONFIDENCE["planned" if planned else "bilateral"]))
        return
    if action is None:
        between = _between(mention.root) if mention.how != "described" else []
        if len(between) >= 2:  # "AUKUS, the ... partnership between Australia, the UK and the US"
            # a partnership or dialogue between two is one they carry on ("the growing Major
            # Defense Partnership between the United States and India"); an instrument is signed
            action = "implement" if mention.weak or _in_terms_of(mention.root) else "sign"
            # (cooperation "pursuant to the Agreement ... between A and B" carries it out)
            planned, ongoing = _planned(mention, None) if mention.head == "dialogue" \
                else (False, False)
            if planned and not ongoing and _new_dialogue(mention):
                action = "propose"
            yield AgreementAction(parties=tuple(between), agreement=agreement, action=action,
                                  hedged=planned,  # "the next annual Strategic Dialogue between
                                  # Saudi Arabia and the United States to be held ...": ahead
                                  evidence=sentence_evidence(doc_id, mention.span,
                                                             "agreements.between",
                                                             CONFIDENCE["list"]))
            return
        parties = _member_countries(mention)
        near = mention.span.doc[max(mention.span.sent.start, mention.span.start - 6):
                                min(mention.span.sent.end, mention.span.end + 6)]
        if len(parties) >= 3 and (not mention.weak or _international(mention.name)) and (
                _members_of(mention.root) or any(
                t.lower_ in MEMBERS and not t.ent_type_ for t in near)) and \
                not _negated(mention.root):  # "in violation of the UN Charter"
            # the nations of an instrument signed it ("The twenty nations of the Artemis
            # Accords"), the members of a partnership or framework joined it
            signed = not mention.weak or any(t.lower_ in SIGNERS for t in mention.span.sent)
            yield AgreementAction(parties=tuple(Entity(p, COUNTRY) for p in parties),
                                  agreement=agreement, action="sign" if signed else "join",
                                  evidence=sentence_evidence(doc_id, mention.span,
                                                             "agreements.list",
                                                             CONFIDENCE["members"]))
        return
    if how == "title":
        parties = [Entity(c, COUNTRY) for c in _title_countries(mention, governor)]
        if parties:  # "The United States and the African Union Commission Sign ..."
            parties += _title_organizations(mention.span.doc[mention.span.sent.start:governor.i])
    else:
        guessed: list[Entity] = []
        parties = _parties(doc, governor, mention.root, countries, guessed,
                           own=action == "ratify")
        if parties and mention.countries and all(p in guessed for p in parties):
            parties = []  # "They ... through the U.S.-EU Dialogue": its name says who
        if parties == [] and _told_of_a_person(governor):
            return  # "She has been deeply involved in many trade negotiations, including the
            # EU-Mercosur Trade Agreement": a biography's list, no party acting
    if parties is None:
        return
    if action == "ratify" and not parties:
        return  # "our parliament ratified the ... agreement between our two countries": the
        # speaker's country alone, unnamed here
    if not parties and how != "title" and _in_title(mention.root) and \
            governor.i < mention.span.start:  # "President Biden and G7 Leaders Launch the ..."
        parties = [Entity(c, COUNTRY) for c in _title_countries(mention, governor)]
    if action in ("sign", "join") and _looked_forward(governor):
        action = "propose"  # "look forward to launching": proposed, not yet done
    named = [_party(c) for c in mention.countries]
    before = doc[mention.span.start - 1] if mention.span.start else None
    if not named and (parties or mention.how == "name") and before is not None and \
            before.lower_ == "bilateral":  # not "X and Y signing a bilateral security pact"
        named = _two_sides(doc, countries)  # "a bilateral ... Dialogue"
    if action == "sign" and parties:
        parties, cosigner_unknown = _title_signers(mention, parties)
    else:
        cosigner_unknown = False
    if named and (not parties or set(parties) & set(named) or
                  parties == [Entity(UNITED_STATES, COUNTRY)]) and \
            (parties or len(named) >= 2 or "-" in mention.name or "–" in mention.name):
        # a name of two sides gives its parties ("United States-Caribbean Partnership"); one
        # country the name is about acts in no passive ("When the Iran deal was implemented")
        parties = list(dict.fromkeys(parties + named))
    mutual = _mutual_return(mention) or _mutual_aside(mention, governor) or \
        _reciprocal_return(mention, governor)
    if mutual and not parties:  # "We remain committed to exploring a mutual return to
        parties = _mutual_sides(mention, parties, countries)  # compliance with the JCPOA"
    if not parties:
        return
    if (mention.weak or mention.how == "described") and not mention.countries and all(
            p.name == UNITED_STATES for p in parties) and not _co_actors(mention) and \
            not _international(mention.name):
        return  # "the Manufacturing Extension Partnership", "a consent agreement between the
        # FDA and Abbott": domestic
    if mention.weak and not mention.countries and len(parties) == 1 and \
            _programme_of(mention) == parties[0].name and not _co_actors(mention):
        return  # "five objectives under the U.S. COVID-19 Global Response and Recovery
        # Framework", "the United States Government's Initiative for Global Vaccine Access": a
        # country's own programme, however global its aim
    if how == "verb" and action == "implement" and len(parties) == 1 and \
            parties[0].name not in mention.countries and _by_way_of(mention.root) and \
            _said_of_us(governor) and not _co_actors(mention):
        return  # "We're doing it regionally, through the Indo-Pacific Economic Framework",
        # "we are fully committed to expanding cooperation through the Abraham Accords": a "we"
        # working through what others share, read as the United States alone (judged partly
        # or wrong three times: the partner the "we" takes in left out, or its own programme);
        # but "the United States will provide ... assistance through the ... Initiative"
    if parties == [Entity(UNITED_STATES, COUNTRY)] and not mention.countries and any(
            c.dep_ == "poss" and c.lower_ in WE for c in mention.root.children):
        return  # "Our 1979 Treaty of Friendship, signed in the early years of your
        # independence", "our commitment to our Mutual Defense Treaty is ironclad": "our"
        # treaty is the speaker's with a partner, whom the United States alone leaves out
    if mention.head == "dialogue" and mention.how == "described" and len(parties) < 2:
        return  # "NATO hosted its first-ever high-level dialogue on climate change": an event
    if mention.weak and len(parties) == 1 and action == "sign" and \
            parties[0].name not in mention.countries and not _co_actors(mention):
        return  # "the United States is launching the European Democratic Resilience Initiative",
        # "Algeria hosted a Joint Military Dialogue": a programme of one, or a partner unnamed
    if mention.how == "described" and mention.root.head.lower_ in ("under", "through"):
        return  # "only through a durable agreement between the Yemeni parties can ...": none yet
    if _between_others(mention.root):
        return  # "a new Memorandum of Understanding between seven federal agencies": domestic
    if how == "noun" and governor.lemma_.lower() in words().obligations and \
            mention.root.dep_ in ("compound", "nmod", "amod") and not _held_by_verb(governor):
        return  # "separate from Iran's JCPOA commitments", "its nonperformance of its JCPOA
        # commitments": commitments named, not kept
    if _demanded(governor):
        return  # "Russia must ... fulfil its commitments in implementing", "the need for swift
        # implementation of": asked for, not reported
    if how == "noun" and action in ("negotiate", "discuss") and len(parties) == 1 and \
            governor.head.lemma_.lower() not in LEADING:
        return  # "completing the JCPOA discussions", "There are ongoing negotiations for the Iran
        # nuclear deal": talks need two sides, and one alone was judged partly (but "The United
        # States led the negotiation of the Agreement" is its own part)
    if mutual and set(parties) & set(_partners(mention.span.sent)):
        return  # "our airtight cooperation with the UK ..., in the context of our joint and shared
        # efforts to achieve a mutual return to compliance with the JCPOA": a partner in the
        # effort, not the other side of the return
    if mutual and _talked_over(mention.root):
        return  # "The two also talked about efforts to achieve a mutual return to full JCPOA
        # implementation with Iran": what is reported is their talk, not the two sides' talks
    if mutual:  # "we are pursuing a mutual return to compliance with the JCPOA": the two sides'
        # negotiation of it; with the other side unnamed, a one-sided fact is only half right
        parties = _mutual_sides(mention, parties, countries)
        if len(parties) < 2:
            return
        action = "negotiate"
    confidence = CONFIDENCE[how]
    if cosigner_unknown:  # "The United States and the African Union Commission Sign ...": the
        confidence = min(confidence, CONFIDENCE["list"])  # other signer is not a known party
    if how != "title" and _bare_kind(mention.name):
        confidence = min(confidence, CONFIDENCE["generic"])  # "signed an MOU", "a Memorandum of
        # Understanding with the Republic of Palau": which one, judged partly four times
    if mention.how in ("anaphor", "described"):
        confidence = min(confidence, CONFIDENCE[mention.how])
    elif mention.weak:
        confidence = min(confidence, CONFIDENCE["weak"])
    hedged = _hedged(governor)
    planned, ongoing = _planned(mention, governor) if not mutual else (False, False)
    if action == "implement" and mention.how == "described" and mention.head != "dialogue" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in mention.root.children):
        planned, ongoing = True, False  # "only through a durable agreement can ...": none yet
    if planned or (hedged and action in PROPOSED_WHEN_PLANNED):
        hedged = True
        confidence = min(confidence, CONFIDENCE["planned"])
        if action in PROPOSED_WHEN_PLANNED or (action == "implement" and not ongoing and (
                (mention.head == "dialogue" and _new_dialogue(mention)) or
                mention.how == "described" or _restored(governor) or _prospective(governor))):
            action = "propose"  # "will sign", "plans to join", "will co-chair the inaugural
            # meeting of"; but "will lead the U.S. delegation to the ... Dialogue": one already
            # held is taken part in (implement, hedged)
    yield AgreementAction(parties=tuple(parties), agreement=agreement, action=action,
                          negated=_negated(governor), hedged=hedged,
                          evidence=sentence_evidence(
                              doc_id, mention.span,
                              f"agreements.{how}" + ("+anaphor" if mention.how == "anaphor" else ""),
                              confidence))


def _mutual_return(mention: Mention) -> bool:
    """Whether the agreement is what both sides would return to: "a mutual return to compliance
    with the JCPOA", "return to mutual compliance with", "mutually return to", "re-enter on a
    mutual basis the JCPOA" (a word of `mutual` on the way from the name up to the word of
    `restore`, or on that word)."""
    lex = words()
    token = mention.root
    for _ in range(6):
        for child in token.children:
            if child.lower_ in lex.mutual or (child.dep_ == "prep" and any(
                    g.dep_ == "pobj" and any(m.lower_ in lex.mutual for m in g.children)
                    for g in child.children)):
                return _returning(token)
            if child.dep_ in ("dobj", "appos") and child.lemma_.lower() in lex.restore and any(
                    m.lower_ in lex.mutual for m in child.children):
                return True  # "to conclude the JCPOA, a mutual return to compliance with it"
        if token.head.i == token.i or token.lemma_.lower() in lex.restore:
            return False
        token = token.head
    return False


def _talked_over(root: Token) -> bool:
    """Whether the agreement is within what a verb of talk (a verb whose action is `discuss`)
    is about: "talked about efforts to achieve a mutual return to ... JCPOA", "we discussed our
    work to achieve a mutual return to compliance with the ..." (not across clauses: "we've
    discussed this yesterday, but questions about whether Iran would be prepared to ...")."""
    token = root
    for _ in range(10):
        if token.head.i == token.i or token.dep_ not in ABOUT_PATH and not _purpose(token):
            return False
        token = token.head
        if token.pos_ == "VERB" and _lemma_action(token) == "discuss":
            return True
    return False


def _partners(sent: Span) -> list[Entity]:
    """The countries a sentence names as partners in work: "cooperation with the UK",
    "coordination with our European allies" (a "with" on a noun of `work`)."""
    return [party for t in sent if t.dep_ == "prep" and t.lower_ == "with" and
            t.head.lemma_.lower() in words().work for party in _countries_in(t)]


def _purpose(verb: Token) -> bool:
    """Whether a clause is a verb's infinitive of purpose: "discussed our work | to achieve"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


def _mutual_aside(mention: Mention, governor: Token | None) -> bool:
    """Whether one side's return to the agreement is a step of a mutual return its sentence names
    apart: "a mutual return to compliance – if Iran were to re-enter the JCPOA, if we in turn were
    to re-enter the JCPOA –", "the steps that Iran would need to take were it to ... once again
    abide by its full commitments under the 2015 JCPOA ... should we be able to arrive at a mutual
    return to compliance" (a word of `restore` with a word of `mutual` on it)."""
    if not _returning(governor):
        return False
    lex = words()
    return any(t.lemma_.lower() in lex.restore and any(c.lower_ in lex.mutual for c in t.children)
               for t in mention.span.sent)


def _reciprocal_return(mention: Mention, governor: Token | None) -> bool:
    """Whether one side's return to the agreement is conditioned on the other side's doing the
    same, which makes it a mutual return: "we have a genuine intent to return to the JCPOA as
    long as Iran does so", "we are prepared to return to compliance with the JCPOA, assuming
    that Iran does the same" (a word of `restore` above the name, and in its sentence a clause
    whose subject is a country and whose verb does or makes "so"/"the same")."""
    root = mention.root
    returning = _returning(governor) if governor is not None else (
        root.dep_ == "pobj" and root.head.lower_ in ("to", "into") and
        root.head.head.lemma_.lower() in words().restore)
    if not returning:
        return False
    return any(verb.lemma_.lower() in ("do", "make") and verb.i > root.i and any(
        c.lower_ in RECIPROCAL_OBJECTS or any(g.lower_ == "same" for g in c.children)
        for c in verb.children if c.dep_ in ("dobj", "advmod")) and any(
        c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") for c in verb.children)
        for verb in mention.span.sent)


def _returning(token: Token | None) -> bool:
    """Whether the action is one to restore, with "re-enter" split by the tokenizer too."""
    return token is not None and (_restored(token) or _split_restore(token))


def _split_restore(token: Token) -> bool:
    """Whether a verb is a word of `restore` the tokenizer split: "re-enter" as "re", "-",
    "enter"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and \
        f"re-{token.lower_}" in words().restore and doc[token.i - 2].lower_ == "re"


def _mutual_sides(mention: Mention, parties: list[Entity], countries: list[str]) -> list[Entity]:
    """The two sides of a mutual return: the parties found, the United States where its
    government speaks, and else the one other country the sentence names ("if Iran makes this
    political decision, we'll be in a position to ... pursue a mutual return") or the name
    gives ("return to mutual compliance with the Iran deal"), and where the sentence names no
    other country, the one country the two sentences before it name outside a reporter's
    question ("... Iran's core obligations under the ... Treaty. The United States remains
    committed to a mutual return to full implementation of the JCPOA"). A capital is a venue,
    not a side ("prepared to return to Vienna to resume those indirect negotiations")."""
    sides = list(parties)
    us = Entity(UNITED_STATES, COUNTRY)
    if us not in sides and UNITED_STATES in countries and _us_speaking(mention.root):
        sides.append(us)
    named_here = False
    if len(sides) < 2:
        others = {country.name for ent in mention.span.sent.ents
                  if ent.label_ in ("GPE", "NORP") and not (
                      mention.span.start <= ent.start < mention.span.end)
                  for country in [gazetteer.country(ent.text, capitals=False)] if country} - \
            {p.name for p in sides}  # not a venue: "return to Vienna", "going back to Doha"
        named_here = bool(others)
        if len(others) == 1:
            sides.append(Entity(others.pop(), COUNTRY))
    if len(sides) < 2:
        sides += [_party(c) for c in mention.countries]
    if len(sides) == 1 and not named_here:
        others = _countries_before(mention.span.sent, NEARBY_SENTENCES) - {sides[0].name}
        if len(others) == 1:  # "... Iran's nuclear advances. We continue to seek a mutual
            sides.append(Entity(others.pop(), COUNTRY))  # return to compliance with the JCPOA"
    return list(dict.fromkeys(sides))


def _countries_before(sent: Span, count: int) -> set[str]:
    """The countries named in the `count` sentences before a sentence, not in a reporter's
    question ("... Israel? MR PRICE: ... we are going to pursue a mutual return to ...")."""
    doc, names, end = sent.doc, set(), sent.start
    for _ in range(count):
        if end <= 0:
            break
        previous = doc[end - 1].sent
        if in_question(doc, previous.start_char) or _asked(previous):
            break
        names |= {country.name for ent in previous.ents if ent.label_ in ("GPE", "NORP")
                  for country in [gazetteer.country(ent.text, capitals=False)] if country}
        end = previous.start
    return names
