"""The action on an agreement: the verb or noun governing its mention, a title's verb, and
whether it is planned, hedged, negated, demanded or promised rather than done."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.grammar import (DOMESTIC_DOCUMENTS, DRAFTING, FRAME_PREPOSITIONS,
                                           HEADLINE_VERBS, SEIZED, VENUE_PREPOSITIONS, words)
from kg.extract.agreements.mentions import (Mention, _action_word, _lemma_action, _particle_of,
                                            _verb_forms)


def _looked_forward(verb: Token) -> bool:
    token = verb
    for _ in range(4):
        if token.lemma_ == "look" and any(c.lower_ == "forward" for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _action(root: Token) -> tuple[str | None, Token | None]:
    """The action on the agreement: what governs it (`_governing_action`), else a clause on it
    whose object or passive subject it is ("the Paris Charter that we all have signed", "the
    phase one trade deal signed by Donald Trump")."""
    action, governor = _governing_action(root)
    if action is not None:
        return action, governor
    for clause in root.children:
        if clause.dep_ not in ("relcl", "acl") or not _lemma_action(clause):
            continue
        relative = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lower_ in ("that", "which")]
        if relative or (clause.dep_ == "acl" and clause.tag_ == "VBN"):
            return _lemma_action(clause), clause
    return None, None


def _governing_action(root: Token) -> tuple[str | None, Token | None]:
    """The action governing the agreement along the dependency path from its name: the verb of
    which it is the object ("signed the Accords", "was signed", "to join"), the noun or verb a
    preposition ties it to ("the signing of", "accession to", "withdrew from", "commitment to",
    "entry into force of"), a noun it modifies ("the Compact negotiations"), through a part of
    it ("the goals of the Paris Agreement"); acting "under" it is implementing it. Nothing
    through other words ("calling for ... in accordance with the Convention")."""
    lex = words()
    token, through_part = root, False
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None, None
        if token.dep_ in ("compound", "amod", "nmod") and head.pos_ in ("NOUN", "PROPN") and \
                head.lower_ not in lex.heads:
            if _lemma_action(head):
                return _lemma_action(head), head  # "the Compact negotiations"
            lemma = head.lemma_.lower()
            if head.text.islower() and lemma not in lex.parts and lemma not in lex.work:
                return None, None  # "the October Borlaug Dialogue events": what is done is
                # done to the events
            # "the Paris Agreement goals", "the CEDI Letter of Intent", "the ... Ministers' Meeting"
            through_part = through_part or lemma in lex.parts
            token = head
            continue
        if token.dep_ == "appos" and head.lower_ in lex.heads and head.lower_ != token.lower_:
            return None, None  # a Dialogue misread as the apposition of the Memorandum signed
        if token.dep_ in ("conj", "appos", "compound", "nmod", "amod", "dep"):
            token = head  # "the Paris Agreement and the Kyoto Protocol": the first one's verb
            continue
        if token.dep_ == "pobj":
            governor = head.head
            if head.dep_ not in ("prep", "agent") or governor.i == head.i:
                return None, None
            if _particle_of(governor):
                governor = governor.head  # "pulled out of the deal"
            if head.lower_ in ("under", "through"):
                # "combat crime through the Partnership", "advancing its ties under the Accords":
                # acting under it is implementing it; but "Russia's commitments under", "the
                # autonomy promised by Beijing under", "the breakout time Iran had under",
                # "a case under the Convention" only set it in the background
                lemma = governor.lemma_.lower()
                work = governor.pos_ in ("NOUN", "PROPN") and (lemma in lex.work or
                                                               _kept(governor))
                if not (work or governor.pos_ in ("VERB", "AUX")) or \
                        governor.dep_ in ("relcl", "acl") or lemma in lex.background or \
                        _promised(governor):
                    return None, None
                return "implement", governor
            if head.lower_ in VENUE_PREPOSITIONS:
                return None, None  # "Topics discussed during the Strategic Dialogue"
            if governor.lemma_ in ("relate", "regard", "concern", "pertain") and \
                    _lemma_action(governor.head):  # "negotiations related to the Compact"
                return _lemma_action(governor.head), governor.head
            if head.lower_ == "from" and _lemma_action(governor) != "withdraw":
                return None, None  # "met with some Thai alumni from the ... Initiative": only
                # "withdrew from" acts on what it comes from
            if head.lower_ == "to" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() not in lex.parts and
                    c.lower_ not in lex.heads for c in governor.children):
                return None, None  # "the delistings that we announced today to the JCPOA": the
                # verb's object is what it acts on (but "negotiating amendments to", "signed a
                # protocol of amendment to" the agreement act on a part of it)
            if _lemma_action(governor) in ("sign", "join") and head.lower_ in ("in", "at"):
                return None, None  # "the Basic Principles adopted in the Partnership": adopted
                # within it, not joining it
            if _lemma_action(governor):
                return _part_action(_lemma_action(governor), through_part), governor
            if governor.lower_ == "force" or (head.lower_ in ("of", "to") and
                                              governor.lemma_.lower() in lex.parts):
                through_part = through_part or governor.lower_ != "force"
                token = governor  # "entry into force of", "the articles of"
                continue
            return None, None
        if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "acomp") or (
                token.dep_ == "nsubj" and head.lemma_ in ("enter", "come")):
            action = _lemma_action(head)
            return (_part_action(action, through_part), head) if action else (None, None)
        return None, None
    return None, None


def _promised(verb: Token) -> bool:
    """Whether a verb is what a verb of `background` says was promised or owed: "as Iran
    committed to do under the JCPOA", "the steps they pledged to take under the Accord"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words().background


def _planned(mention: Mention, governor: Token | None) -> tuple[bool, bool]:
    """Whether the action on the agreement lies ahead, and whether it carries on one in force:
    a future or conditional verb above it ("will sign", "would re-enter", "if ... rejoins",
    "will travel ... to co-open"), a trip announced ("Travel to Brazil for the ... Dialogue"),
    or a modifier ("the next ... Dialogue", "the upcoming relaunch of")."""
    lex = words()
    doc = mention.root.doc
    nouns = [mention.root] + ([governor] if governor is not None else [])
    if any(c.lower_ in lex.future and c.dep_ in ("amod", "advmod", "compound")
           for t in nouns for c in t.children):
        return True, False
    if any(doc[i].lower_ in lex.future and doc[i].pos_ == "ADJ"
           for i in range(max(mention.span.sent.start, mention.span.start - 3),
                          mention.span.start)):
        return True, False
    token = governor if governor is not None and governor.pos_ in ("VERB", "AUX") \
        else mention.root
    ongoing = False
    for _ in range(12):  # "will travel ... as part of the delegation for the third Meeting of"
        if token.lemma_.lower() in lex.restore or any(
                _restoring(c) for c in token.children):
            return True, False  # "a mutual return to full JCPOA implementation", "get Iran back
            # into compliance with its obligations under the deal": not now in force for them
        if token.pos_ == "ADJ" and token.lemma_.lower() in lex.intentions:
            return True, ongoing  # "we are prepared to re-enter", "is ready to join": ahead
        if token.pos_ in ("VERB", "AUX"):
            ongoing = ongoing or token.lemma_.lower() in lex.ongoing
            if _past_when(token):
                return False, ongoing  # "..., we will do that deal": not what "when he left
                # the deal back in 2018" tells
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.future or
                   c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                   for c in token.children) or _inverted_condition(token) or _able(token):
                return True, ongoing
            if token.lemma_.lower() == "travel" and token.tag_ not in ("VBD", "VBN"):
                return True, ongoing
            if _time_ahead(token):
                return True, ongoing  # "by restarting the U.S-India Commercial Dialogue ...
                # later this year", "to be held in the Kingdom later this year"
            if _looks_forward(token) and (governor is None or governor.pos_ in ("VERB", "AUX")):
                return True, ongoing  # "looked forward to reconvening the U.S.-India
                # Commercial Dialogue" (not a noun's talks or negotiations, which go on: "look
                # forward to concluding negotiations on", "to bringing you up to date on the talks")
            if (token.dep_ == "xcomp" or token.dep_ in ("conj", "acl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) and \
                    token.head.lemma_.lower() in lex.intentions and \
                    token.head.lemma_.lower() not in ("work", "look"):  # "We intend to work
                # closely together, and ... to conclude a meaningful agreement"
                return True, ongoing  # "are resolved to negotiate and then implement", "seek to join"
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.agree and (
                    _lemma_action(token) == "implement" or governor is not None
                    and governor.lemma_.lower() in DRAFTING):  # "agree to work together to
                # develop a comprehensive IPEF": an agreement still to be drafted
                return True, ongoing  # "Both leaders agree to hold the 3rd U.S.-ROK Civil Space
                # Dialogue by the end of the year" (but "we agree to establish a ... Partnership"
                # establishes it)
            if _prospective(token):
                return True, False  # "is an opportunity to advance", "aims to deepen": ahead
            if token.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep"):  # "prep": a
                # participle as preposition ("looked forward to enhancing ..., including through
                # the ... Partnership"), through which the verb above sets it
                break  # "the leaders will discuss work being undertaken in the Dialogue"
                # (but "is ready to join the U.S. in endorsing", "will cooperate towards the
                # ROK signing": the verb above the preposition sets it ahead)
        if token.head.i == token.i or (token.dep_ == "prep" and token.lower_ in FRAME_PREPOSITIONS
                                       and token.head.pos_ in ("VERB", "AUX")):
            return _restored(token.head), ongoing  # "with the conclusion of the Agreement, we
            # will see progress": done before; "get Iran back into compliance with ..." 
        token = token.head
    return False, ongoing


def _past_when(verb: Token) -> bool:
    """Whether the verb tells, in the past, when something else happens: "when he left the deal
    back in 2018", "after they signed the Accords" (a clause of time in the past tense), which
    the condition or future of the clause above does not set ahead."""
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "since", "once")
        for c in verb.children)


def _restoring(modifier: Token) -> bool:
    """Whether a verb's modifier is a word of `restore` ("return back to", "get Iran back into
    compliance"), not "back" in time ("when he left the deal back in 2018", "back then")."""
    if modifier.lower_ not in words().restore or modifier.dep_ not in ("advmod", "prt"):
        return False
    doc = modifier.doc
    after = doc[modifier.i + 1:modifier.i + 3]
    return not (modifier.lower_ == "back" and len(after) and (
        after[0].lower_ == "then" or after[0].lower_ == "in" and len(after) == 2 and
        (after[1].like_num or after[1].ent_type_ == "DATE")))


def _able(verb: Token) -> bool:
    """Whether the verb is what one can do, not what one does: "so that the United States can
    rejoin the JCPOA", "By adopting a Los Angeles declaration ..., our countries can take ..."
    (an auxiliary of `ability`; not denied: "cannot use landmines that do not comply with the
    convention" is a rule in force)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in words().ability for c in children) and \
        not any(c.dep_ == "neg" for c in children)


def _time_ahead(verb: Token) -> bool:
    """Whether the verb is set at a time ahead: "later this year", "next month", "in the coming
    weeks" (a time noun of `time` modified by a word of `later`, on the verb or through "in"; not
    a story's "later that day", "the next week", nor a verb in the past)."""
    if verb.tag_ == "VBD":
        return False
    lex = words()
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")]
    times += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in lex.times and any(m.lower_ in lex.later for m in t.children)
               and all(m.lower_ in ("this", "the") and t.head.lower_ == "in" or m.lower_ == "this"
                       for m in t.children if m.dep_ == "det")
               for t in times)


def _looks_forward(verb: Token) -> bool:
    """Whether the verb is "look forward (to)", which sets what follows ahead."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _inverted_condition(verb: Token) -> bool:
    """Whether the verb is an inverted condition's "were": "were it to decide to abide by",
    "were Iran to return" (an "if" without the "if")."""
    return verb.lower_ == "were" and any(c.dep_ == "xcomp" for c in verb.children) and any(
        c.dep_ in ("nsubj", "attr", "expl") and c.i > verb.i for c in verb.children)


def _new_dialogue(mention: Mention) -> bool:
    """Whether a dialogue ahead is a new one ("the inaugural meeting of", "to launch", "a new ...
    Dialogue"), not another round of one already held ("will lead the U.S. delegation to the
    U.S.-South Africa Strategic Dialogue", "the fifth ... Dialogue", "to co-open the U.S.-Spain
    Cybersecurity Dialogue on March 7": opening a session is holding it)."""
    sent = mention.span.sent
    new = words().new
    return mention.how == "described" or any(
        t.lower_ in new or t.lemma_.lower() in new
        for t in sent.doc[sent.start:mention.span.end])


def _told_of_a_person(governor: Token) -> bool:
    """Whether the clause of the action is about a person ("She has been deeply involved in
    many trade negotiations, including ..."): its subject "he" or "she"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
               for c in governor.sent.root.children)


def _held_by_verb(noun: Token) -> bool:
    """Whether a verb keeps or takes on the commitment noun: its object ("reaffirmed their
    commitment to", "fulfil its obligations under"), its subject said to be firm ("our
    commitment ... is ironclad"), or through "with", "by", "to" ("in compliance with its
    obligations", "abide by its commitments")."""
    token = noun
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr"):
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
            c.dep_ == "acomp" for c in token.head.children):
        return True  # "our commitment to Article 5 of the NATO Treaty is ironclad"
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "by", "to", "on"):
        above = token.head.head
        return above.pos_ in ("VERB", "AUX") or above.lemma_.lower() in words().keep
    return False


def _talked_about(noun: Token) -> bool:
    """Whether a noun of action is what a verb of talk is about: "discussed the status of JCPOA
    negotiations", "reviewed implementation of the Accord", "discussed its accession to"."""
    token = noun
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "dobj" or (token.dep_ == "prep" and head.pos_ in ("VERB", "AUX")):
            return head.lemma_.lower() in words().talk
        if token.dep_ not in ("pobj", "prep"):
            return False
        token = head
    return False


def _kept(noun: Token) -> bool:
    """Whether obligations or commitments under an agreement are said to be kept: "is in full
    compliance with its obligations under", "honors its commitments under" (not "Russia's
    commitments under", "Iran's obligations under": the background of a complaint)."""
    if noun.lemma_.lower() not in ("obligation", "commitment"):
        return False
    keep = words().keep
    head = noun.head
    return head.lemma_.lower() in keep or (head.dep_ == "prep" and head.head.lemma_.lower() in keep)


def _demanded(governor: Token) -> bool:
    """Whether the action is demanded rather than reported: a verb of it or above it under
    "must"/"should" ("Russia must de-escalate and fulfil its commitments in implementing"), or
    a noun of it that is needed ("the need for swift implementation of", "continued
    implementation of the deal is essential")."""
    lex = words()
    token = governor
    for _ in range(8):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("must", "should") for c in token.children):
            return True
        if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in lex.needs:
            return True  # "the need for", "the call for"
        if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and \
                token.head.lemma_.lower() in lex.needs:
            return True  # "the steps that Iran would need to take were it to ... abide by",
            # "Iran needs to decide ... whether it is ready to conclude the JCPOA": a condition
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lower_ in lex.needs for c in token.head.children):
            return True  # "implementation of the deal is essential"
        if token.dep_ == "ccomp" and _said_needed(token.head):
            return True  # "It is essential that Iran does fully comply with its obligations"
        if token.dep_ not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "advcl") or \
                token.head.i == token.i:
            return False
        token = token.head
    return False


def _said_needed(verb: Token) -> bool:
    """Whether a clause's verb says that what its clause tells is needed: "It is essential
    that ...", "it is imperative that ..." (an adjective of `need` as the complement of "be")."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in words().needs
                                       for c in verb.children)


def _prospective(verb: Token | None) -> bool:
    """Whether the verb is what a meeting or party means to do, not what it does: "the
    Ministerial is an opportunity to advance ...", "the Dialogue aims to deepen ...", "solutions
    that would ... allow the United States to accede to"."""
    if verb is None or verb.dep_ not in ("xcomp", "acl", "relcl", "ccomp"):
        return False
    head = verb.head
    return head.lemma_.lower() in words().prospects and head.tag_ not in ("VBD", "VBN") and \
        head.head.lemma_.lower() not in SEIZED  # "welcomed the opportunity to hold": held


def _restored(governor: Token | None) -> bool:
    """Whether the action is one to restore ("return to", "back into compliance")."""
    token = governor
    for _ in range(4):
        if token is None:
            return False
        if token.lemma_.lower() in words().restore or any(
                _restoring(c) for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _part_action(action: str, through_part: bool) -> str:
    """Acting on a part of an agreement ("reach the Paris Agreement goals", "implement the
    articles of") is implementing it, unless the act is to talk about it or leave it."""
    if through_part and action in ("sign", "join", "ratify"):
        return "implement"
    return action


def _title_action(mention: Mention) -> tuple[str | None, Token | None]:
    """A headline's verb before the name: "United States and Ghana Sign MOU ...". """
    sent = mention.span.sent
    for token in reversed(list(sent.doc[sent.start:mention.span.start])):
        if token.lower_ in DOMESTIC_DOCUMENTS:
            return None, None
        if _action_word(token.lower_):
            form = next(f for f in _verb_forms(token.lower_) if f in HEADLINE_VERBS)
            return words().actions[form], token
    return None, None


def _negated(verb: Token) -> bool:
    token = verb
    for _ in range(3):  # "is in violation of its obligations under UNCLOS"
        if token.lemma_.lower() in words().violations:
            return True  # does not implement it
        if token.head.i == token.i:
            break
        token = token.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in words().negations


def _hedged(verb: Token) -> bool:
    lex = words()
    if verb.dep_ == "xcomp" and verb.head.lemma_ in lex.intentions:
        return True
    window = verb.doc[max(verb.sent.start, verb.i - 6):verb.i]
    return any(t.lower_ in lex.hedges for t in window) or any(
        c.lower_ in lex.hedges for c in verb.children if c.dep_ in ("aux", "advmod"))
