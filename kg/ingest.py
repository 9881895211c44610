"""First stage: files, folders, JSON Lines and feeds in, `Article`s out.

Bad input never stops a run: `read_sources` yields an `InputError` in place of each article it
cannot read (naming the file and the reason), and the caller decides what to do with it.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ID_FIELDS = ("id", "guid", "doc", "url", "link")


def read_sources(sources: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article in `sources` (files or folders, recursively), in a stable order.

    Yields an `InputError` for each file or record that cannot be read, then goes on.
    """
    for source in sources:
        path = Path(source)
        if path.is_dir():
            # hidden folders (.git, .venv, the store in .kg/) hold no articles
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable_kind(p)
                           and not any(part.startswith(".")
                                       for part in p.relative_to(path).parts))
            for file in files:
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError(str(path), "no such file or folder")


def read_file(path: Path) -> Iterator[Article | InputError]:
    """The articles in one file, by its kind (text, JSON Lines, HTML, feed)."""
    kind = _readable_kind(path)
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path)
        elif kind == "html":
            yield _read_html(path)
        elif kind == "feed":
            yield from _read_feed(path)
        else:
            yield _read_text(path)
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), f"cannot read: {error.strerror or error}")


def _readable_kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in HTML_SUFFIXES:
        return "html"
    if last in FEED_SUFFIXES:
        return "feed"
    if last in TEXT_SUFFIXES:
        return "text"
    return None


def _open_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(str(path), f"not a readable gzip file ({error})") from None
    return data


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start}: {error.reason})") from None


def _read_text(path: Path) -> Article:
    """A text file: the first line is the title, the rest the body."""
    text = _decode(path, _open_bytes(path))
    if not text.strip():
        raise InputError(str(path), "empty file")
    text = text.replace("\r\n", "\n")
    title, _, body = text.lstrip("\n").partition("\n")
    body = body.lstrip("\n")
    if not body.strip():  # one line only: it is the body, with no title
        title, body = "", title
    return Article.from_parts(_stem(path), title.strip(), body.rstrip(), source=str(path))


def _read_html(path: Path) -> Article:
    """An HTML page: main text and metadata by trafilatura (boilerplate removed)."""
    import trafilatura

    html = _decode(path, _open_bytes(path))
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputError(str(path), "no article text found in the HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = (data.get("text") or "").strip()
    title = " ".join((data.get("title") or "").split())
    first, _, rest = body.partition("\n")
    if title and " ".join(first.split()) == title:  # the page's <h1>, already the title
        body = rest.strip()
    if not body:
        raise InputError(str(path), "no article text found in the HTML")
    return Article.from_parts(_stem(path), title, body,
                              published=data.get("date"), source=str(path), link=data.get("url"))


def _read_feed(path: Path) -> Iterator[Article | InputError]:
    """An RSS or Atom feed: one article per entry, HTML content turned into text."""
    import feedparser

    feed = feedparser.parse(_open_bytes(path))
    if feed.bozo and not feed.entries:
        raise InputError(str(path), f"not a readable feed ({feed.bozo_exception})")
    for number, entry in enumerate(feed.entries, 1):
        where = f"{path}#{number}"
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_to_text(content)
        ident = entry.get("id") or entry.get("link")
        if not body.strip() or not ident:
            yield InputError(where, "feed entry without text or id")
            continue
        published = entry.get("published") or entry.get("updated")
        yield Article.from_parts(_record_id(ident), entry.get("title", ""), body,
                                 published=_iso_date(published), source=where,
                                 link=entry.get("link"))


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html
    import trafilatura

    text = trafilatura.extract(f"<html><body>{html}</body></html>") or ""
    return text or re.sub(r"<[^>]+>", " ", html)


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """JSON Lines: one article per line with `id`/`guid`, `title`, `text`, `published`, `link`."""
    text = _decode(path, _open_bytes(path))
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(where, f"not JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSON line must be an object")
            continue
        body = record.get("text") or record.get("body") or record.get("content")
        ident = next((record[f] for f in ID_FIELDS if record.get(f)), None)
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "record has no 'text'")
            continue
        if ident is None:
            yield InputError(where, "record has no 'id' or 'guid'")
            continue
        yield Article.from_parts(_record_id(str(ident)), str(record.get("title") or ""),
                                 body.strip(), published=_iso_date(record.get("published")),
                                 source=where, link=record.get("link") or record.get("url"))
    if not seen:
        raise InputError(str(path), "empty file")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        name = name[: -len(suffix)]
    return name or path.name


def _record_id(ident: str) -> str:
    """The record's own id, kept as given (fact records name their article by it)."""
    return ident.strip()


def _iso_date(value) -> str | None:
    """RFC 822 ('Wed, 20 Apr 2022 01:22:54 +0000') or ISO dates to ISO 8601; None if unknown."""
    if not value:
        return None
    value = str(value).strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None
