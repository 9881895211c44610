"""kg.extract.bylines: the quote byline "Name, Post, Organisation: “..." read once per document,
on verbatim lines of the development items (their ids given). The reading is the same for its
three readers: `statements` (the speaker), `guards` (the organisation) and `mentions` (a
roster line that is a quote's byline); what each accepts stays its own."""
from __future__ import annotations

import pytest
import spacy

from kg.extract.bylines import Byline, byline_of_line, bylines, read_byline
from kg.extract.guards import byline_orgs


@pytest.mark.parametrize("line, name, post, org", [
    pytest.param(  # wh-52976
        "Collin O’Mara, President and CEO, National Wildlife Federation: “Responsibly mined "
        "critical minerals are essential for our clean energy future",
        "Collin O’Mara", "President and CEO", "National Wildlife Federation", id="wh-52976"),
    pytest.param(  # wh-48256: the name's own title before it stays the name's part
        "Ohio Congresswoman Joyce Beatty, Chair, Congressional Black Caucus: “Tonight, President "
        "Biden laid out a clear message for every American",
        "Ohio Congresswoman Joyce Beatty", "Chair", "Congressional Black Caucus", id="wh-48256"),
    pytest.param(  # wh-48256: a name only
        "Pennsylvania Senator Bob Casey: “Our economy has added an earth-shattering 7.1 million "
        "jobs since @POTUS took office.",
        "Pennsylvania Senator Bob Casey", "", None, id="wh-48256-name-only"),
    pytest.param(  # wh-57727: a single quotation mark opens the quote too
        "Kansas City Star: ‘It is astonishing to me’: KC mayor lauds federal gun law, decries "
        "Westport shooting",
        "Kansas City Star", "", None, id="wh-57727-single-quote"),
    pytest.param(  # wh-55360: the reading takes any short line before a colon and a quote;
        # whether it names a speaker is its reader's to say (statements: not after "And")
        "And secondly, there’s an expression where I come from: “God made man, then he made some "
        "firefighters.”",
        "And secondly", "", "there’s an expression where I come from", id="wh-55360-a-sentence"),
])
def test_a_byline_is_read_into_its_parts(line, name, post, org):
    byline = read_byline(line)
    assert (byline.name, byline.post, byline.org) == (name, post, org)
    assert line[byline.colon] == ":" and line[byline.quote] in "“‘"


def test_an_organisation_with_commas_is_cut_at_its_last_comma():
    """wh-48256: the commas of "Senate Health, Education, Labor and Pensions Committee" part it
    like the byline's own (a reader that wants the organisation whole checks it)."""
    byline = read_byline("Washington Senator Patty Murray, Chair, Senate Health, Education, Labor "
                         "and Pensions Committee: “It’s good to see @POTUS start the #SOTU strong")
    assert byline.parts == ("Washington Senator Patty Murray", "Chair", "Senate Health",
                            "Education", "Labor and Pensions Committee")
    assert byline.org == "Labor and Pensions Committee"


@pytest.mark.parametrize("line", [
    pytest.param("THE PRESIDENT: Thank you.", id="wh-21635-a-transcripts-label"),
    pytest.param("Deryl McKissack, President and CEO, McKissack & McKissack",
                 id="wh-55878-a-roster-line-without-a-quote"),
    pytest.param(  # quotation marks before the colon: a sentence
        "I was once asked by Xi Jinping in China how — could I define America. I said, “Yes. In "
        "one word.” God’s truth — one word: “Possibilities.”", id="wh-49201-quoted-words-before"),
    pytest.param(  # more than MAX_BYLINE_CHARS before the colon: a paragraph
        "Today, on the anniversary of the United Nations Convention Against Torture and Other "
        "Cruel, Inhuman or Degrading Treatment or Punishment coming into effect, I reaffirm the "
        "United States’ unequivocal ban on torture and opposition to all forms of inhumane "
        "treatment. Torture goes against everything we stand for as a nation, and we must never "
        "again resort to its use. The late-Senator John McCain, my friend and a torture survivor, "
        "put it best: “the use of torture compromises that which most distinguishes us from our "
        "enemies", id="wh-22069-a-paragraph"),
])
def test_not_a_byline(line):
    assert read_byline(line) is None


#: wh-52976's collection of statements: its lead-in and two of its paragraphs (verbatim, the
#: quotations shortened to their first sentences).
COLLECTION = (
    "After participating in the convening, participants ranging from companies, Tribes, "
    "environmental groups, trade groups, experts, and labor unions all highlighted the "
    "importance of the discussion and common goals to improve the current system:\n\n"
    "Tom Palmer, President and CEO, Newmont Corporation: “Newmont Corporation was honored to be "
    "a part of today’s discussion with the White House on modernizing the General Mining Law.”\n\n"
    "Rich Nolan, President and CEO, National Mining Association: “The NMA was pleased today to "
    "join the Biden administration’s Interagency Working Group on mining law reform at the White "
    "House.”")


def test_a_documents_bylines_are_read_once_with_their_offsets():
    doc = spacy.blank("en")(COLLECTION)
    found = bylines(doc)
    assert [b.name for b in found] == ["Tom Palmer", "Rich Nolan"]
    assert bylines(doc) == found and doc.user_data["kg.bylines"]  # cached on the Doc
    for byline in found:
        assert COLLECTION[byline.start:byline.colon] == byline.text
        assert COLLECTION[byline.quote] == "“"
        assert byline_of_line(doc, byline.quote + 10) is byline  # any offset of its line
    assert byline_of_line(doc, 5) is None  # the lead-in: no quotation after its colon
    assert isinstance(found[0], Byline)


def test_the_posts_guard_reads_the_organisations_of_the_bylines():
    doc = spacy.blank("en")(COLLECTION)
    assert byline_orgs(doc) == {"Newmont Corporation", "National Mining Association"}
