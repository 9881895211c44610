"""kg.extract.statements (statement) on real State Department and White House releases.

Each case: the text, the statements it must give as (speaker, direct, opening words of the
quote) after resolution, and speakers it must not give. Texts come from corpus/govpr items
outside the development set.
"""
from __future__ import annotations

import pytest

from kg.model import Statement


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=False)


CASES = [
    # direct quotations
    pytest.param(
        "“This latest commitment demonstrates the strength and importance of Transatlantic "
        "relationships in the pursuit of regional security and energy independence,” said "
        "Assistant Secretary of State for International Security and Nonproliferation Eliot Kang. "
        "“It also underscores the critical need for nuclear energy, carried out under the highest "
        "standards of safety, security and nonproliferation, as a key component of the clean "
        "energy transition.”",
        [("Eliot Kang", True, "This latest commitment demonstrates"),
         ("Eliot Kang", True, "It also underscores the critical need")],
        [], id="said-long-title-name-and-continuation"),
    pytest.param(
        "“These leaders represent the best of America – our collective character, creativity, and "
        "diversity. I am grateful these dedicated and accomplished Americans will help select and "
        "mentor the next class of White House Fellows,” said President Biden.",
        [("Biden", True, "These leaders represent the best of America")],
        [], id="said-president-surname"),
    pytest.param(
        "“We are pleased to be working with Latvia to explore what role advanced nuclear "
        "technologies can play in Latvia’s future energy mix. The FIRST program provides a "
        "framework for our countries to work together to achieve these goals,” said Under "
        "Secretary of State for Arms Control and International Security Bonnie Jenkins.",
        [("Bonnie Jenkins", True, "We are pleased to be working with Latvia")],
        [], id="said-under-secretary"),
    pytest.param(
        "“This Rural Playbook and our rural infrastructure tour are a critical part of our "
        "extensive outreach to state, local, tribal and territorial governments,” said Mitch "
        "Landrieu, Senior Advisor & Infrastructure Implementation Coordinator. “Building a better "
        "America requires these funds to reach rural communities that have been left behind for "
        "far too long.”",
        [("Mitch Landrieu", True, "This Rural Playbook"),
         ("Mitch Landrieu", True, "Building a better America")],
        [], id="said-name-apposed-title"),
    # reported speech and readout verbs
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with UN Special Envoy for Yemen Hans "
        "Grundberg. The Secretary expressed deep concern with the uptick in civilian casualties in "
        "Yemen as well as the region. Secretary Blinken stressed the urgent need for "
        "de-escalation and for all parties to abide by their obligations under international "
        "humanitarian law.",
        [("Antony J. Blinken", False, "deep concern with the uptick"),
         ("Antony J. Blinken", False, "the urgent need for de-escalation")],
        [], id="the-secretary-expressed-and-stressed"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with UN Special Envoy for Yemen Hans "
        "Grundberg. The Secretary communicated his support for the UN Special Envoy’s ongoing "
        "efforts to develop an inclusive political framework and reiterated that justice and "
        "accountability will be key to securing an enduring peace in Yemen.",
        [("Antony J. Blinken", False, "justice and accountability will be key")],
        [("Hans Grundberg", False, "justice and accountability will be key")],
        id="reiterated-that-conjoined-to-bare-title"),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman met with Japanese Defense Minister Kishi today in "
        "Tokyo. Deputy Secretary Sherman and Defense Minister Kishi reaffirmed that the U.S.-Japan "
        "Alliance remains the cornerstone of peace, security, and prosperity in the Indo-Pacific "
        "region. Deputy Secretary Sherman highlighted the United States’ unwavering commitment to "
        "the defense of Japan.",
        [("Wendy Sherman", False, "the U.S.-Japan Alliance remains the cornerstone"),
         ("Kishi", False, "the U.S.-Japan Alliance remains the cornerstone"),
         ("Wendy Sherman", False, "the United States’ unwavering commitment")],
        [], id="coordinated-speakers-reaffirmed-and-highlighted"),
    pytest.param(
        "Secretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian "
        "today on the sidelines of the Munich Security Conference. They reaffirmed their support "
        "for Ukraine’s sovereignty and territorial integrity. The Secretary welcomed France’s "
        "leadership role during the French Presidency of the Council of the European Union.",
        [("Antony J. Blinken", False, "their support for Ukraine’s sovereignty"),
         ("Jean-Yves Le Drian", False, "their support for Ukraine’s sovereignty"),
         ("Antony J. Blinken", False, "France’s leadership role")],
        [], id="they-and-the-secretary"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo "
        "Petro to congratulate him on his election as President of the Republic of Colombia. "
        "Secretary Blinken underscored our countries’ shared democratic values and pledged to "
        "further strengthen the 200-year U.S.-Colombia friendship.",
        [("Antony J. Blinken", False, "our countries’ shared democratic values")],
        [], id="underscored"),
    pytest.param(
        "Secretary of State Antony J. Blinken met today with Ukrainian Prime Minister Denys Shmyhal "
        "in Washington D.C. The Secretary expressed the United States’ steadfast support for "
        "Ukraine’s sovereignty and territorial integrity and reinforced our determination to help "
        "Ukraine successfully defend itself against Russia’s brutal and unjustified war of "
        "aggression.",
        [("Antony J. Blinken", False, "the United States’ steadfast support")],
        [("Denys Shmyhal", False, "the United States’ steadfast support")],
        id="the-secretary-after-a-foreign-leader"),
    pytest.param(
        "Vice President Kamala Harris met virtually today with 15 leaders representing Caribbean "
        "nations and underscored the importance the Biden-Harris Administration places on our "
        "partnerships throughout the Caribbean. The Vice President made clear the United States "
        "is committed to work with our Caribbean neighbors to advance cooperation on economic "
        "recovery, the climate crisis, and security.",
        [("Kamala Harris", False, "the importance the Biden-Harris Administration places"),
         ("Kamala Harris", False, "the United States is committed to work")],
        [], id="conjoined-readout-verb-and-made-clear"),
    pytest.param(
        "National Security Advisor Jake Sullivan met with Finance Minister Lawrence Wong of "
        "Singapore today at the White House. Mr. Sullivan and Mr. Wong reflected on the strength "
        "of the U.S.-Singapore Strategic Partnership and reviewed opportunities to build on the "
        "momentum generated by Prime Minister Lee’s recent visit to the United States.",
        [], [("Lee", False, "")], id="reflected-on-is-not-a-statement-by-lee"),
    # attribution lines
    pytest.param(
        "Secretary Blinken’s Meeting with Indian Prime Minister Modi\n\nOffice of the Spokesperson"
        "\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. "
        "Blinken met with Indian Prime Minister Narendra Modi in New Delhi today, where they "
        "discussed efforts to deepen the U.S.-India Comprehensive Global Strategic Partnership.",
        [("Ned Price", False, "Secretary of State Antony J. Blinken met with")],
        [], id="attributable-to-spokesperson"),
    pytest.param(
        "Secretary Blinken’s Call with Dutch Foreign Minister Hoekstra\n\nOffice of the "
        "Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\nSecretary of "
        "State Antony J. Blinken spoke today with Dutch Foreign Minister Wopke Hoekstra on the "
        "global response to Russia’s premeditated, unprovoked, and unjustified attack on Ukraine. "
        "The Secretary applauded the Dutch cabinet’s decision to provide further support.",
        [("Ned Price", False, "Secretary of State Antony J. Blinken spoke today"),
         ("Antony J. Blinken", False, "the Dutch cabinet’s decision")],
        [], id="following-is-attributable-and-applauded"),
]


@pytest.mark.parametrize("text, expected, forbidden", CASES)
def test_statement(facts_of, text, expected, forbidden):
    found = [(f.speaker.name, f.direct, f.quote)
             for f in facts_of(text, "statement") if isinstance(f, Statement)]
    for speaker, direct, opening in expected:
        assert any(s == speaker and d == direct and q.startswith(opening) for s, d, q in found), \
            f"missing {(speaker, direct, opening)}; got {found}"
    for speaker, direct, opening in forbidden:
        assert not any(s == speaker and d == direct and q.startswith(opening)
                       for s, d, q in found), f"unexpected {(speaker, direct, opening)}"


def test_transcript_turns_are_statements_of_the_named_speaker(facts_of):
    """A transcript of remarks (from the White House corpus): 'THE PRESIDENT:' is the
    President the article names; 'Q:' is nobody; a paragraph of the turn is a statement."""
    text = ("Remarks by President Biden at Endorsement Event for the Los Angeles Declaration\n\n"
            "Los Angeles Convention Center\n\n"
            "THE PRESIDENT: Well, hello, everyone. My problem is I’m getting to like these people "
            "too much. (Laughter.)\n\n"
            "With this declaration, we’re transforming our approach to managing migration in the "
            "Americas.\n\n"
            "Q: Mr. President, will other countries sign on to this declaration soon?\n\n"
            "FACT SHEET: The Migration Strategy includes the following lines of effort and more.")
    facts = [f for f in facts_of(text, "statement") if isinstance(f, Statement)]
    said = {(f.speaker.name, f.quote[:30]) for f in facts}
    assert ("Biden", "With this declaration, we’re t") in said
    assert all(f.speaker.name == "Biden" for f in facts)
    assert not any("other countries sign" in f.quote or "Migration Strategy" in f.quote
                   for f in facts)
