"""Reported speech and readout verbs (`kg/data/speech_verbs.tsv`) with their speaker, and what
was said: the clause, ending where the speaker's words end."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg import gazetteer
from kg.extract.bylines import OPENING_QUOTES
from kg.extract.evidence import sentence_evidence
from kg.model import Entity, Statement
from kg.extract.statements.base import (OBJECT_PRONOUNS, PLANNED, POSSIBLE_MODALS, RESOLUTION,
                                        SUPPOSING_MARKS, SUPPOSING_MODALS, SpeechVerb, _Context,
                                        _Turn, _inside_quote, speech_verbs)
from kg.extract.statements.speakers import GROUP_ACTS, _resolve


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
