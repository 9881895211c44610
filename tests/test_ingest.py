"""kg.ingest: text files, folders, JSON Lines, feeds and HTML pages in; articles, or an
InputError naming the file and the reason, out."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError, KgError
from kg.ingest import read_sources
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ddbc0b487b12ab17.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read(*sources) -> list[Article | InputError]:
    return list(read_sources(sources))


def errors(items) -> list[tuple[str, str]]:
    return [(e.source, e.reason) for e in items if isinstance(e, InputError)]


def arts(items) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


# Text files

def test_a_text_file_is_one_article_titled_by_its_first_line():
    [article] = read(SEED)
    assert article.id == "000_ddbc0b487b12ab17"
    assert article.title == ("Kushner, Pompeo to Tackle Migration, Border Security Amid "
                             "Strained US-Mexico Relations")
    assert article.source == str(SEED)
    assert article.published is None and article.link is None
    assert article.text.startswith(article.title + "\n\nIn an effort to mend frayed relations")
    assert article.text[article.body_start:].startswith("In an effort")


def test_offsets_into_a_text_file_are_offsets_into_the_article():
    # Evidence offsets index Article.text; for a .txt file they must index the file too.
    [article] = read(SEED)
    assert article.text == SEED.read_text(encoding="utf-8").rstrip()


def test_a_text_file_accepts_a_path_given_as_a_string():
    assert read(str(SEED)) == read(SEED)


@pytest.mark.parametrize("content, title, text", [
    ("Title\n\nBody.\n", "Title", "Title\n\nBody."),
    ("Title\r\n\r\nBody one.\r\nBody two.\r\n", "Title", "Title\n\nBody one.\nBody two."),
    ("\ufeffTitle\n\nBody.", "Title", "Title\n\nBody."),  # a byte order mark is not text
    ("\n\nTitle\n\n\nBody.\n\n", "Title", "Title\n\nBody."),
    ("Just one line.\n", "", "Just one line."),  # one line: a body without a title
])
def test_text_file_layouts(tmp_path, content, title, text):
    path = tmp_path / "doc-1.txt"
    path.write_bytes(content.encode("utf-8"))
    [article] = read(path)
    assert (article.id, article.title, article.text) == ("doc-1", title, text)


def test_a_folder_is_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    for name in ["b.txt", "sub/deeper/c.txt", "a.txt", "z.md", "notes.csv", "image.png",
                 ".hidden/h.txt", "sub/.kg/store/LOG.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Title {path.stem}\n\nBody of {path.stem}.\n", encoding="utf-8")
    items = read(tmp_path)
    assert [a.id for a in items] == ["a", "b", "c", "z"]
    assert items[2].source == str(tmp_path / "sub" / "deeper" / "c.txt")


def test_sources_are_read_in_the_order_given(tmp_path):
    (tmp_path / "x.txt").write_text("X\n\nx body.", encoding="utf-8")
    assert [a.id for a in read(tmp_path / "x.txt", SEED)] == ["x", "000_ddbc0b487b12ab17"]


# JSON Lines

RECORDS = [
    {"guid": "wire-1", "title": "Pompeo in Mexico", "text": "Mike Pompeo arrived.",
     "published": "Fri, 13 Jul 2018 14:30:00 +0000", "link": "https://example.org/1"},
    {"id": "wire-2", "title": "Nielsen", "text": "Kirstjen Nielsen spoke.",
     "published": "2018-07-14"},
]


def test_json_lines_give_one_article_per_record(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    assert read(path) == [
        Article("wire-1", "Pompeo in Mexico", "Pompeo in Mexico\n\nMike Pompeo arrived.",
                published="2018-07-13T14:30:00+00:00", source=f"{path}:1",
                link="https://example.org/1"),
        Article("wire-2", "Nielsen", "Nielsen\n\nKirstjen Nielsen spoke.",
                published="2018-07-14", source=f"{path}:2"),
    ]


def test_gzipped_json_lines(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in RECORDS).encode()))
    items = read(path)
    assert [(a.id, a.published, a.source) for a in items] == [
        ("wire-1", "2018-07-13T14:30:00+00:00", f"{path}:1"),
        ("wire-2", "2018-07-14", f"{path}:2"),
    ]
    assert read(tmp_path) == items  # found in a folder too


def test_a_bad_json_line_is_reported_and_the_others_are_read(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([
        json.dumps(RECORDS[0]),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text", "title": "Empty", "text": "  "}),
        json.dumps({"title": "No id", "text": "Some text."}),
        "[1, 2]",
        "",
        json.dumps(RECORDS[1]),
    ]) + "\n", encoding="utf-8")
    items = read(path)
    assert [a.id for a in arts(items)] == ["wire-1", "wire-2"]
    assert errors(items) == [
        (f"{path}:2", "not JSON (Expecting value at column 26)"),
        (f"{path}:3", "record has no 'text'"),
        (f"{path}:4", "record has no 'id' or 'guid'"),
        (f"{path}:5", "a JSON line must be an object"),
    ]
    assert str(items[1]) == f"{path}:2: not JSON (Expecting value at column 26)"


# Feeds and HTML pages

def test_an_rss_feed_gives_one_article_per_item_with_html_turned_into_text():
    path = FIXTURES / "feed.rss"
    first, second = read(path)
    assert first == Article(
        "https://example.org/news/pompeo-videgaray", "Pompeo meets Videgaray in Mexico City",
        "Pompeo meets Videgaray in Mexico City\n\n"
        "U.S. Secretary of State Mike Pompeo met Mexican Foreign Minister Luis Videgaray Caso "
        "in Mexico City on Friday.\nThe two discussed migration and trade.",
        published="2018-07-13T14:30:00+00:00", source=f"{path}#1",
        link="https://example.org/news/pompeo-videgaray")
    assert (second.id, second.title, second.published, second.source, second.link) == (
        "wire-2", "Nielsen visits the border", "2018-07-14T09:00:00+00:00", f"{path}#2",
        "https://example.org/news/nielsen-border")
    assert second.text == ("Nielsen visits the border\n\n"
                           "Homeland Security Secretary Kirstjen Nielsen visited the border "
                           "on Saturday.")


def test_an_html_page_gives_its_main_text_without_boilerplate():
    path = FIXTURES / "page.html"
    [article] = read(path)
    assert (article.id, article.title, article.published, article.link, article.source) == (
        "page", "Mnuchin heads to Mexico City", "2018-07-13",
        "https://example.org/news/mnuchin-mexico", str(path))
    body = article.text[article.body_start:]
    assert body.startswith("Treasury Secretary Steven Mnuchin joined Secretary of State")
    assert "Lopez Obrador" in body
    assert article.text.count("Mnuchin heads to Mexico City") == 1  # the <h1> is the title
    assert "Copyright" not in article.text and "Politics" not in article.text


# Bad input: an InputError naming the file and the reason, and the run goes on

@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n\t\n", "empty file"),
    ("binary.txt", b"GIF89a\x00\x01\x02\x00", "binary file (contains NUL bytes), not text"),
    ("latin1.txt", "Title\n\nCaf\u00e9 Pompeo".encode("latin-1"),
     "not UTF-8 text (byte 10: invalid continuation byte)"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("bad.jsonl.gz", b"not gzip", "not a readable gzip file (Not a gzipped file (b'no'))"),
    ("nothing.html", b"<html><head><title>Nothing</title></head><body></body></html>",
     "no article text found in the HTML"),
])
def test_unreadable_files_are_reported_and_the_good_ones_still_read(tmp_path, name, content,
                                                                    reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    (tmp_path / "zz-good.txt").write_text("Good\n\nA good article.", encoding="utf-8")
    items = read(tmp_path)
    assert errors(items) == [(str(bad), reason)]
    assert [a.id for a in arts(items)] == ["zz-good"]
    error = items[0]
    assert isinstance(error, KgError)
    assert str(error) == f"{bad}: {reason}"


def test_a_feed_that_is_not_xml_is_reported(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("this is not a feed <", encoding="utf-8")
    [(source, reason)] = errors(read(path))
    assert source == str(path)
    assert reason.startswith("not a readable feed")


def test_a_missing_path_is_reported_and_the_rest_is_read(tmp_path):
    missing = tmp_path / "missing.txt"
    items = read(missing, SEED)
    assert errors(items) == [(str(missing), "no such file or folder")]
    assert [a.id for a in arts(items)] == ["000_ddbc0b487b12ab17"]
