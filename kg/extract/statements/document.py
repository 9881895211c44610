"""The document: the people its headline names, its principal (the person it is about or by),
the genders its people are known by, the holder of a post it names."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.extract.mentions import HEADLINE_VERBS, NOT_NAMES, Analysis, PersonMention, titled_holder
from kg.names import is_honorific
from kg.extract.statements.base import GENDERED_WORDS, LABEL_RE, _Context, _post_matches


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
