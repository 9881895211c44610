"""kg.ingest: text files, folders, JSON Lines, feeds and HTML pages in; articles, or an
InputError naming the file and the reason, out."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError, KgError
from kg.ingest import file_id, iso_date, read_sources
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


def test_a_folder_is_read_recursively_in_sorted_order_reporting_other_files_by_type(tmp_path):
    for name in ["b.txt", "sub/deeper/c.txt", "a.txt", "z.md", "notes.csv", "image.png",
                 "more.csv", "LICENSE", ".hidden/h.txt", "sub/.kg/store/LOG.txt", ".DS_Store"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Title {path.stem}\n\nBody of {path.stem}.\n", encoding="utf-8")
    items = read(tmp_path)
    reads = "(kg reads text (.txt, .md), JSON (.json, .jsonl), HTML and RSS/Atom files)"
    assert errors(items) == [(str(tmp_path), f"1 (no extension) file not read {reads}"),
                             (str(tmp_path), f"2 .csv files not read {reads}"),
                             (str(tmp_path), f"1 .png file not read {reads}")]
    assert [a.id for a in arts(items)] == ["a", "b", "sub/deeper/c", "z"]
    assert arts(items)[2].source == str(tmp_path / "sub" / "deeper" / "c.txt")


# Article ids: unique by construction, and a clear error where two articles would share one

@pytest.mark.parametrize("relative, expected", [
    ("sd-246265.txt", "sd-246265"),  # directly in the folder: the name without its extension,
    ("2022.06.01 panama.txt", "2022.06.01 panama"),  # as the evaluation's `doc` names it
    ("notes.v2", "notes.v2"),  # not a known extension: kept
    ("page.HTML", "page"),
    ("news.jsonl.gz", "news"),
    ("sub/deeper/2022.06.02 thailand.md", "sub/deeper/2022.06.02 thailand"),
    (".txt", ".txt"),
])
def test_a_file_id_is_its_path_in_the_folder_without_the_extension(relative, expected):
    assert file_id(Path("/corpus") / relative, Path("/corpus")) == expected


def test_files_whose_stems_collide_at_a_dot_or_in_other_folders_stay_apart(tmp_path):
    names = ["2022.06.01 panama.txt", "2022.06.02 thailand.txt", "a/x.txt", "b/x.txt"]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"About {name}\n\nText of {name}.", encoding="utf-8")
    items = read(tmp_path)
    assert errors(items) == []
    assert [a.id for a in items] == ["2022.06.01 panama", "2022.06.02 thailand", "a/x", "b/x"]
    # a file named directly is known by its name without the extension
    assert [a.id for a in read(tmp_path / "2022.06.01 panama.txt")] == ["2022.06.01 panama"]


def test_an_id_taken_by_an_earlier_article_of_the_run_is_an_error_not_a_replacement(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("First\n\nThe first x.", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Second\n\nThe second x.", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "x", "text": "A record called x."}) + "\n"
                       + json.dumps({"id": "y", "text": "A record called y."}) + "\n"
                       + json.dumps({"id": "y", "text": "Another record called y."}) + "\n",
                       encoding="utf-8")
    items = read(tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", records)
    first = str(tmp_path / "a" / "x.txt")
    hint = "(ids are the file's path in its folder, or the record's id: rename one of them)"
    assert errors(items) == [
        (str(tmp_path / "b" / "x.txt"), f"article id 'x' is already used by {first} {hint}"),
        (f"{records}:1", f"article id 'x' is already used by {first} {hint}"),
        (f"{records}:3", f"article id 'y' is already used by {records}:2 {hint}"),
    ]
    assert [(a.id, a.title) for a in arts(items)] == [("x", "First"), ("y", "")]


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("X\n\nThe text of x.", encoding="utf-8")
    items = read(tmp_path, tmp_path / "sub" / "x.txt", tmp_path / "sub")
    assert [(a.id, a.source) for a in items] == [("sub/x", str(tmp_path / "sub" / "x.txt"))]


def test_the_evaluation_texts_keep_their_file_names_as_ids():
    for candidate in (ROOT.parent / "shared" / "eval" / "texts",  # CI: shared/ beside the clone
                      ROOT.parent.parent / "shared" / "eval" / "texts"):  # a worktree
        if candidate.is_dir():
            texts = candidate
            break
    else:
        pytest.skip("the shared evaluation texts are not beside the repository")
    items = read(texts)
    assert errors(items) == []
    assert sorted(a.id for a in items) == sorted(p.stem for p in texts.glob("*.txt"))


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
        "7",
        json.dumps(RECORDS[1]),
    ]) + "\n", encoding="utf-8")
    items = read(path)
    assert [a.id for a in arts(items)] == ["wire-1", "wire-2"]
    assert errors(items) == [
        (f"{path}:2", "not JSON (Expecting value at column 26)"),
        (f"{path}:3", "record has no 'text'"),
        (f"{path}:4", "record has no 'id' or 'guid'"),
        (f"{path}:5[0]", "a record must be an object"),
        (f"{path}:5[1]", "a record must be an object"),
        (f"{path}:7", "a JSON line must be an object"),
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
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00", "binary file (contains NUL bytes), not text"),
    ("image.txt", b"GIF89a\x00\x01\x02\x00", "a GIF image, not text"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
     "a PDF document, not text: convert it to text first, e.g. with pdftotext"),
    ("shift-jis.txt", "\u5916\u52d9\u7701\u306e\u767a\u8868".encode("shift-jis"),
     "not UTF-8 text (byte 0: invalid start byte), nor Latin-1: save it as UTF-8"),
    ("bad-utf16.txt", b"\xff\xfeT\x00\x00\xd8", "not UTF-16-LE text although it starts with "
     "its byte order mark (byte 4: unexpected end of data)"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("bad.jsonl.gz", b"not gzip", "not a readable gzip file (Not a gzipped file (b'no'))"),
    ("nothing.html", b"<html><head><title>Nothing</title></head><body></body></html>",
     "no article text found in the HTML"),
    ("empty.html", b"", "empty file"),
    ("empty.rss", b"", "empty file"),
    ("no-entries.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                       b"</channel></rss>", "a feed without entries"),
    ("broken.json", b'[{"id": "a", "text": "x"},', "not JSON (Expecting value at line 1 "
                                                    "column 27)"),
    ("scalar.json", b"42", "a JSON file must hold a record or an array of records (objects "
                           "with 'id' and 'text')"),
    ("empty-array.json", b"[]", "an empty JSON array"),
    ("empty.json", b"", "empty file"),
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


# Encodings: what is text is read, whatever its encoding

ARTICLE = "Caf\u00e9 talks\n\nSecretary Pompeo met Foreign Minister Luis Videgaray Caso.\n"


@pytest.mark.parametrize("encoded", [
    ARTICLE.encode("utf-8"),
    b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),  # with its byte order mark
    b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-16-le"),  # without one: every other byte is NUL
    ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-32"),
    ARTICLE.encode("latin-1"),
    ARTICLE.replace("Secretary", "\u201cSecretary\u201d").encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be",
        "utf-32-bom", "latin-1", "windows-1252"])
def test_text_in_any_common_encoding_is_read(tmp_path, encoded):
    path = tmp_path / "cafe.txt"
    path.write_bytes(encoded)
    [article] = read(path)
    assert article.title == "Caf\u00e9 talks"
    assert article.text.endswith("Secretary\u201d Pompeo met Foreign Minister Luis Videgaray "
                                 "Caso." if b"\x93" in encoded else
                                 "Secretary Pompeo met Foreign Minister Luis Videgaray Caso.")


def test_a_pdf_in_a_folder_is_counted_and_one_named_directly_is_explained(tmp_path):
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n")
    (tmp_path / "good.txt").write_text("Good\n\nA good article.", encoding="utf-8")
    items = read(tmp_path)
    assert [a.id for a in arts(items)] == ["good"]
    assert [reason for _, reason in errors(items)] == [
        "1 .pdf file not read (kg reads text (.txt, .md), JSON (.json, .jsonl), HTML and "
        "RSS/Atom files)"]
    assert errors(read(pdf)) == [
        (str(pdf), "a PDF document, not text: convert it to text first, e.g. with pdftotext")]


# JSON files: an array of records, or one record

def test_a_json_array_of_records_gives_one_article_per_record(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([RECORDS[0], {"title": "No id", "text": "Text."}, "text",
                                RECORDS[1]], indent=2), encoding="utf-8")
    items = read(path)
    assert [(a.id, a.title, a.published, a.source) for a in arts(items)] == [
        ("wire-1", "Pompeo in Mexico", "2018-07-13T14:30:00+00:00", f"{path}[0]"),
        ("wire-2", "Nielsen", "2018-07-14", f"{path}[3]")]
    assert errors(items) == [(f"{path}[1]", "record has no 'id' or 'guid'"),
                             (f"{path}[2]", "a record must be an object")]
    assert [str(item) for item in read(tmp_path)] == [str(item) for item in items]  # a folder


@pytest.mark.parametrize("value, ids", [
    (RECORDS[1], ["wire-2"]),  # one record
    ({"items": RECORDS, "count": 2}, ["wire-1", "wire-2"]),  # the one array a wrapper holds
    ([[RECORDS[0]]], []),  # an array of arrays is not records
])
def test_other_json_shapes(tmp_path, value, ids):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    assert [a.id for a in arts(read(path))] == ids


def test_a_json_lines_line_holding_an_array_gives_its_records(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(RECORDS) + "\n", encoding="utf-8")
    assert [(a.id, a.source) for a in read(path)] == [("wire-1", f"{path}:1[0]"),
                                                      ("wire-2", f"{path}:1[1]")]


def test_record_fields_of_the_wrong_type_are_ignored_or_reported(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": 17, "title": ["a", "list"], "text": "Numbered.", "link": 3, "published": 2018},
        {"id": {"nested": 1}, "text": "Nested id."},
        {"id": "  ", "text": "Blank id."},
        {"id": "t", "text": ["not", "text"]},
    ]), encoding="utf-8")
    items = read(path)
    assert arts(items) == [Article("17", "", "Numbered.", source=f"{path}:1")]
    assert [reason for _, reason in errors(items)] == [
        "record has no 'id' or 'guid'", "record has no 'id' or 'guid'", "record has no 'text'"]


# Dates: feeds' parsed dates, and dateutil for what records and pages give

@pytest.mark.parametrize("value, expected", [
    ("2018-07-14", "2018-07-14"),
    ("2018-07-14T09:00:00Z", "2018-07-14T09:00:00+00:00"),
    ("2018-07-14T09:00:00-04:00", "2018-07-14T09:00:00-04:00"),
    ("Fri, 13 Jul 2018 14:30:00 +0000", "2018-07-13T14:30:00+00:00"),
    ("Sat, 14 Jul 2018 09:00:00 GMT", "2018-07-14T09:00:00+00:00"),
    ("July 13, 2018", "2018-07-13"),
    ("13 July 2018 10:15", "2018-07-13T10:15:00"),
    ("2018", None),  # no whole day
    ("July 2018", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (20180713, None),
])
def test_published_dates_become_iso_8601(value, expected):
    assert iso_date(value) == expected


def test_a_feed_entry_date_with_an_offset_is_read_in_utc(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item>"
        "<title>Talks</title><guid>talks-1</guid><description>Pompeo met Videgaray."
        "</description><pubDate>Fri, 13 Jul 2018 16:30:00 +0200</pubDate></item>"
        "</channel></rss>", encoding="utf-8")
    [article] = read(path)
    assert (article.id, article.published) == ("talks-1", "2018-07-13T14:30:00+00:00")
