"""First stage: files, folders, JSON, JSON Lines and feeds in, `Article`s out.

Bad input never stops a run: `read_sources` yields an `InputError` in place of each article it
cannot read (naming the file and the reason), and the caller decides what to do with it.
Every input is either read or reported: a folder's files of other types are counted by type,
and an article whose id another article of the same run already has is refused, never merged.
"""
from __future__ import annotations

import datetime
import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from kg.errors import InputError, UnsupportedFiles
from kg.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KINDS = {**dict.fromkeys(TEXT_SUFFIXES, "text"), **dict.fromkeys(JSONL_SUFFIXES, "jsonl"),
         **dict.fromkeys(JSON_SUFFIXES, "json"), **dict.fromkeys(HTML_SUFFIXES, "html"),
         **dict.fromkeys(FEED_SUFFIXES, "feed")}
READ_TYPES = "text (.txt, .md), JSON (.json, .jsonl), HTML and RSS/Atom files"
ID_FIELDS = ("id", "guid", "doc", "url", "link")
TEXT_FIELDS = ("text", "body", "content")

#: Byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: File signatures of formats people put beside their articles, and what to do about them.
SIGNATURES = ((b"%PDF-", "a PDF document", "convert it to text first, e.g. with pdftotext"),
              (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)",
               "unpack it or save the document as text"),
              (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save it as text"),
              (b"{\\rtf", "an RTF document", "save it as text"),
              (b"\x89PNG", "a PNG image", ""), (b"\xff\xd8\xff", "a JPEG image", ""),
              (b"GIF8", "a GIF image", ""), (b"\x1f\x8b", "a gzip file",
                                              "name it .jsonl.gz or .txt.gz"))
#: A text that is not UTF-8 is read as Windows-1252 (Latin-1 with curly quotes) only when it
#: looks like Western European text: few characters outside ASCII.
MAX_LATIN1_SHARE = 0.1


def read_sources(sources: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article in `sources` (files or folders, recursively), in a stable order.

    Yields an `InputError` for each file or record that cannot be read and for an article
    whose id an earlier article of the same sources has, an `UnsupportedFiles` notice for the
    files of each type a folder holds that kg does not read; then goes on.
    """
    owners: dict[str, str] = {}  # article id -> the source that gave it
    read: set[str] = set()  # the sources read, as real paths ('file.jsonl:3' for a record)
    for item in _read_all(sources):
        if isinstance(item, Article) and item.source:
            where = os.path.realpath(item.source)
            if where in read:
                continue  # the same file named twice (a folder and a file in it): read once
            read.add(where)
            first = owners.setdefault(item.id, item.source)
            if first != item.source:
                item = InputError(item.source,
                                  f"article id {item.id!r} is already used by {first} "
                                  f"(ids are the file's path in its folder, or the record's "
                                  f"id: rename one of them)")
        yield item


def _read_all(sources: Iterable[str | Path]) -> Iterator[Article | InputError]:
    for source in sources:
        path = Path(source)
        if path.is_dir():
            yield from read_folder(path)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError(str(path), "no such file or folder")


def read_folder(folder: Path) -> Iterator[Article | InputError]:
    """The articles of the files in `folder` and its subfolders, hidden ones skipped (.git,
    .venv, the store in .kg/); one `UnsupportedFiles` notice per type of file kg does not
    read, before them."""
    try:
        files = sorted(p for p in folder.rglob("*")
                       if not any(part.startswith(".") for part in p.relative_to(folder).parts)
                       and p.is_file())
    except OSError as error:
        yield InputError(str(folder), f"cannot list the folder: {error.strerror or error}")
        return
    others = Counter(_type_of(p) for p in files if file_kind(p) is None)
    for type_, count in sorted(others.items()):
        yield UnsupportedFiles(str(folder), type_, count, READ_TYPES)
    for file in files:
        if file_kind(file) is not None:
            yield from read_file(file, root=folder)


def read_file(path: Path, *, root: Path | None = None) -> Iterator[Article | InputError]:
    """The articles in one file, by its kind (text, JSON, JSON Lines, HTML, feed); a file of
    another kind is read as text. Its article's id is its path relative to `root` (the folder
    it was found in; default: its own folder) without the extension."""
    ident = file_id(path, root or path.parent)
    try:
        kind = file_kind(path)
        if kind == "jsonl":
            yield from _read_jsonl(path)
        elif kind == "json":
            yield from _read_json(path)
        elif kind == "html":
            yield _read_html(path, ident)
        elif kind == "feed":
            yield from _read_feed(path)
        else:
            yield _read_text(path, ident)
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), f"cannot read: {error.strerror or error}")
    except Exception as error:  # noqa: BLE001
        # a library that chokes on a malformed file (an HTML or feed parser) names the file
        yield InputError(str(path), f"cannot read ({type(error).__name__}: {error})")


def file_kind(path: Path) -> str | None:
    """'text', 'json', 'jsonl', 'html' or 'feed' by the file's extension (a final .gz aside);
    None for other files."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes = suffixes[:-1]
    return KINDS.get(suffixes[-1]) if suffixes else None


def file_id(path: Path, root: Path) -> str:
    """The article id of a file: its path relative to `root`, '/'-separated, without its known
    extension (and a final .gz): 'sub/2022.06.01 panama' for root/sub/2022.06.01 panama.txt.
    Directly in `root`, it is the file's name without its extension, as the evaluation's
    `doc` field names it."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    name = relative.name
    if name.lower().endswith(".gz") and len(name) > 3:
        name = name[:-3]
    suffix = Path(name).suffix.lower()
    if suffix in KINDS and len(name) > len(suffix):
        name = name[: -len(suffix)]
    return "/".join([*relative.parent.parts, name]) if relative.parent.parts else name


def _type_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return suffix if suffix and len(suffix) <= 12 else "(no extension)"


def _open_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(str(path), f"not a readable gzip file ({error})") from None
    return data


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8, or the encoding its byte order mark names (UTF-16, UTF-32), or
    UTF-16 without one; Windows-1252 for Western European text that is not UTF-8. Raises an
    `InputError` saying what the bytes are when they are no text."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(source, f"not {codec.upper()} text although it starts with "
                                         f"its byte order mark (byte {error.start + len(bom)}: "
                                         f"{error.reason})") from None
    for signature, what, advice in SIGNATURES:
        if data.startswith(signature):
            raise InputError(source, f"{what}, not text" + (f": {advice}" if advice else ""))
    head = data[:8192]
    if b"\x00" in head:
        codec = _utf16_without_bom(head)
        if codec:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _western(data)
        if text is None:
            raise InputError(source, f"not UTF-8 text (byte {error.start}: {error.reason}), "
                                     f"nor Latin-1: save it as UTF-8") from None
        return text


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in UTF-16 English text."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd > 0.5 and share_even < 0.05:
        return "utf-16-le"
    if share_even > 0.5 and share_odd < 0.05:
        return "utf-16-be"
    return None


def _western(data: bytes) -> str | None:
    """`data` as Windows-1252 (or Latin-1) when it reads as Western European text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    visible = sum(1 for c in text if not c.isspace())
    foreign = sum(1 for c in text if ord(c) > 127)
    controls = any((ord(c) < 32 and c not in "\n\r\t\f") or 127 <= ord(c) < 160 for c in text)
    if controls or not visible or foreign / visible > MAX_LATIN1_SHARE:
        return None
    return text


def _read_text(path: Path, ident: str) -> Article:
    """A text file: the first line is the title, the rest the body."""
    text = decode(_open_bytes(path), str(path))
    if not text.strip():
        raise InputError(str(path), "empty file")
    text = text.replace("\r\n", "\n")
    title, _, body = text.lstrip("\n").partition("\n")
    body = body.lstrip("\n")
    if not body.strip():  # one line only: it is the body, with no title
        title, body = "", title
    return Article.from_parts(ident, title.strip(), body.rstrip(), source=str(path))


def _read_html(path: Path, ident: str) -> Article:
    """An HTML page: main text and metadata by trafilatura (boilerplate removed)."""
    import trafilatura

    html = decode(_open_bytes(path), str(path))
    if not html.strip():
        raise InputError(str(path), "empty file")
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
    return Article.from_parts(ident, title, body, published=iso_date(data.get("date")),
                              source=str(path), link=web_link(data.get("url")))


def _read_feed(path: Path) -> Iterator[Article | InputError]:
    """An RSS or Atom feed: one article per entry, HTML content turned into text."""
    import feedparser

    data = _open_bytes(path)
    if not data.strip():
        raise InputError(str(path), "empty file")
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise InputError(str(path), f"not a readable feed ({feed.bozo_exception})")
    if not feed.entries:
        raise InputError(str(path), "a feed without entries")
    for number, entry in enumerate(feed.entries, 1):
        where = f"{path}#{number}"
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_to_text(content)
        ident = entry.get("id") or entry.get("link")
        if not body.strip() or not ident:
            yield InputError(where, "feed entry without text or id")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (datetime.datetime(*parsed[:6], tzinfo=datetime.timezone.utc).isoformat()
                     if parsed else iso_date(entry.get("published") or entry.get("updated")))
        yield Article.from_parts(str(ident).strip(), entry.get("title", ""), body,
                                 published=published, source=where,
                                 link=web_link(entry.get("link")))


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html
    import trafilatura

    text = trafilatura.extract(f"<html><body>{html}</body></html>") or ""
    return text or re.sub(r"<[^>]+>", " ", html)


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """JSON Lines: one article per line with `id`/`guid`, `title`, `text`, `published`, `link`
    (a line holding an array of such records gives each of them)."""
    text = decode(_open_bytes(path), str(path))
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{path}:{number}"
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            yield InputError(where, _json_error(error, line_number=False))
            continue
        if isinstance(value, list):
            for index, record in enumerate(value):
                yield _record(record, f"{where}[{index}]")
        else:
            yield _record(value, where, what="a JSON line")
    if not seen:
        raise InputError(str(path), "empty file")


def _read_json(path: Path) -> Iterator[Article | InputError]:
    """A JSON file: an array of records as in JSON Lines, or one record."""
    text = decode(_open_bytes(path), str(path))
    if not text.strip():
        raise InputError(str(path), "empty file")
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(str(path), _json_error(error, line_number=True)) from None
    if isinstance(value, dict) and not any(value.get(f) for f in TEXT_FIELDS):
        # {"items": [...]}: the one array of records it holds
        arrays = [v for v in value.values() if isinstance(v, list) and v
                  and all(isinstance(r, dict) for r in v)]
        if len(arrays) == 1:
            value = arrays[0]
    if isinstance(value, list):
        if not value:
            raise InputError(str(path), "an empty JSON array")
        for index, record in enumerate(value):
            yield _record(record, f"{path}[{index}]")
    elif isinstance(value, dict):
        yield _record(value, str(path))
    else:
        raise InputError(str(path), "a JSON file must hold a record or an array of records "
                                    "(objects with 'id' and 'text')")


def _json_error(error: Exception, *, line_number: bool) -> str:
    if isinstance(error, json.JSONDecodeError):
        where = f"line {error.lineno} column {error.colno}" if line_number else \
            f"column {error.colno}"
        return f"not JSON ({error.msg} at {where})"
    return "not JSON (nested too deeply)"


def _record(record: object, where: str, *, what: str = "a record") -> Article | InputError:
    """An article from one JSON record with `id`/`guid`, `title`, `text`, `published`, `link`."""
    if not isinstance(record, dict):
        return InputError(where, f"{what} must be an object")
    body = next((record[f] for f in TEXT_FIELDS if record.get(f)), None)
    ident = next((record[f] for f in ID_FIELDS if record.get(f)), None)
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "record has no 'text'")
    if ident is None or isinstance(ident, (dict, list)) or not str(ident).strip():
        return InputError(where, "record has no 'id' or 'guid'")
    title = record.get("title")
    return Article.from_parts(str(ident).strip(), title if isinstance(title, str) else "",
                              body.strip(), published=iso_date(record.get("published")),
                              source=where, link=web_link(record.get("link") or record.get("url")))


def web_link(value: object) -> str | None:
    """The article's address when it is an absolute web address, as a valid IRI (characters a
    URL may not carry %-encoded); None otherwise: a relative link or a guid that is no address
    says nothing about where the article is.

    >>> web_link(" https://www.state.gov/x?a=1%20b "), web_link("/x"), web_link("tag:guid-1")
    ('https://www.state.gov/x?a=1%20b', None, None)
    >>> web_link("https://example.org/100% [draft]")
    'https://example.org/100%25%20%5Bdraft%5D'
    """
    if not isinstance(value, str):
        return None
    value = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", value.strip())  # a lone % is no escape
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    link = urlunsplit((parts.scheme, parts.netloc, quote(parts.path, safe=_PATH_SAFE),
                       quote(parts.query, safe=_PATH_SAFE + "?"),
                       quote(parts.fragment, safe=_PATH_SAFE + "?")))
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(link)  # Oxigraph's strict IRI parser: the store will take it
    except ValueError:
        return None
    return link


_PATH_SAFE = "/:@!$&'()*+,;=%~"


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or datetime from what feeds, pages and records give ('Wed, 20 Apr
    2022 01:22:54 +0000', '2022-04-20', 'April 20, 2022'); None when it names no whole day.

    >>> iso_date("Fri, 13 Jul 2018 14:30:00 +0000"), iso_date("July 13, 2018"), iso_date("2018")
    ('2018-07-13T14:30:00+00:00', '2018-07-13', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text).isoformat()
        return datetime.datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    from dateutil import parser

    try:  # parsed against two different defaults, a part the text lacks shows as a difference
        first = parser.parse(text, default=datetime.datetime(2000, 1, 1, 0, 0, 0))
        second = parser.parse(text, default=datetime.datetime(2001, 2, 2, 1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date().isoformat()  # a day without a time
    return first.isoformat()
