"""kg.extract.posts (holds_post) on real State Department and White House releases.

Each case: the text (a sentence or short passage, "Title\\n\\nBody" where the title matters),
the posts it must give as (person, post, org, status[, country]) after resolution, and facts
it must not give. Posts compare case-insensitively; `ANY` leaves a field unchecked. The texts
come from corpus/govpr items outside the development set (seeds and corpus/news).
"""
from __future__ import annotations

from unittest.mock import ANY

import pytest

from kg.model import HoldsPost


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=False)


def _row(fact: HoldsPost, width: int) -> tuple:
    row = (fact.person.name, (fact.post or "").lower() or None,
           fact.org.name if fact.org else None, fact.status,
           fact.country.name if fact.country else None)
    return row[:width]


def _expected(row: tuple) -> tuple:
    post = row[1].lower() if isinstance(row[1], str) else row[1]
    return (row[0], post, *row[2:])


CASES = [
    pytest.param(
        "Secretary of State Antony J. Blinken met with Indian Prime Minister Narendra Modi in New "
        "Delhi today, where they discussed efforts to deepen the U.S.-India Comprehensive Global "
        "Strategic Partnership.",
        [("Antony J. Blinken", "Secretary of State", "Department of State", "current"),
         ("Narendra Modi", "Prime Minister", "India", "current")],
        [], id="title-before-name-foreign-leader"),
    pytest.param(
        "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi "
        "Yoshimasa and Republic of Korea Foreign Minister Park Jin in Bali, Indonesia.",
        [("Hayashi Yoshimasa", "Foreign Minister", "Ministry of Foreign Affairs", "current", "Japan"),
         ("Park Jin", "Foreign Minister", "Ministry of Foreign Affairs", "current", "South Korea")],
        [], id="nationality-adjective-foreign-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Dutch Foreign Minister Wopke "
        "Hoekstra on the global response to Russia’s premeditated, unprovoked, and unjustified "
        "attack on Ukraine.",
        [("Wopke Hoekstra", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Netherlands")],
        [], id="dutch-foreign-minister"),
    pytest.param(
        "Building on the President’s June 29 trilateral meeting with President Yoon Suk Yeol of the "
        "Republic of Korea and Prime Minister Fumio Kishida of Japan, Secretary Blinken and the "
        "Foreign Ministers discussed efforts to enhance trilateral cooperation across the "
        "Indo-Pacific.",
        [("Yoon Suk Yeol", "President", "South Korea", "current"),
         ("Fumio Kishida", "Prime Minister", "Japan", "current")],
        [("Fumio Kishida", "yeol of the republic of korea and prime minister", ANY, ANY)],
        id="title-name-of-country-coordinated"),
    pytest.param(
        "Blinken will travel to Rome and Matera, Italy, June 27-29, where he will meet with Italian "
        "President Sergio Mattarella, Prime Minister Mario Draghi, and Foreign Minister Luigi Di "
        "Maio to discuss the importance of Transatlantic unity.",
        [("Sergio Mattarella", "President", "Italy", "current"),
         ("Mario Draghi", "Prime Minister", "Italy", "current")],
        [], id="list-of-leaders-one-adjective"),
    pytest.param(
        "Blinken will travel to Rome and Matera, Italy, June 27-29, where he will meet with Italian "
        "President Sergio Mattarella, Prime Minister Mario Draghi, and Foreign Minister Luigi Di "
        "Maio to discuss the importance of Transatlantic unity.",
        [("Luigi Di Maio", "Foreign Minister", "Ministry of Foreign Affairs", "current", "Italy")],
        [], id="list-of-leaders-country-carries-to-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke yesterday with Omani Foreign Minister Sayyid "
        "Badr al-Busaidi. The Secretary thanked Oman for its support on critical regional issues.",
        [("Sayyid Badr al-Busaidi", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Oman")],
        [("Sayyid Badr", ANY, ANY, ANY)],
        id="lowercase-al-particle-in-name"),
    pytest.param(
        "Deputy Secretary Wendy Sherman met in Washington today with the Republic of the Marshall "
        "Islands Foreign Minister Kitlang Kabua and a group of Compact of Free Association "
        "negotiation delegation members.",
        [("Kitlang Kabua", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Marshall Islands")],
        [], id="multiword-country-name-before-title",
        marks=xfail("'Republic of the Marshall Islands' before the title is read as part of "
                    "the post")),
    pytest.param(
        "Secretary of State Antony J. Blinken joined Deputy Secretary of State Wendy Sherman’s "
        "meeting today with His Royal Highness Prince Khalid bin Salman Al Saud, the Deputy "
        "Minister of Defense of the Kingdom of Saudi Arabia, in Washington, D.C.",
        [("Wendy Sherman", "Deputy Secretary of State", "Department of State", "current"),
         ("Khalid bin Salman Al Saud", "Deputy Minister of Defense", ANY, "current",
          "Saudi Arabia")],
        [(ANY, ANY, "Royal Highness", ANY)],
        id="apposition-the-post-of-country",
        marks=xfail("'His Royal Highness Prince' is taken as the post and org; the name stops at "
                    "'bin'; the apposition is missed")),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman met with Canadian Deputy Foreign Minister Marta "
        "Morgan in Washington, D.C.",
        [("Wendy Sherman", "Deputy Secretary of State", "Department of State", "current"),
         ("Marta Morgan", "Deputy Foreign Minister", ANY, "current", "Canada")],
        [], id="deputy-foreign-minister"),
    pytest.param(
        "National Security Advisor Jake Sullivan met today with the Secretary General of Japan’s "
        "National Security Secretariat, Takeo Akiba, to discuss shared efforts to strengthen the "
        "U.S.-Japan relationship.",
        [("Takeo Akiba", "Secretary General", "National Security Secretariat", "current", "Japan")],
        [], id="title-before-comma-apposed-name",
        marks=xfail("a post with its organisation before the name, set off by commas ('the "
                    "Secretary General of Japan’s X, Takeo Akiba,') is not read")),
    pytest.param(
        "National Security Advisor Jake Sullivan met with Finance Minister Lawrence Wong of "
        "Singapore today at the White House.",
        [("Jake Sullivan", "National Security Advisor", ANY, "current"),
         ("Lawrence Wong", "Finance Minister", ANY, "current", "Singapore")],
        [], id="title-name-of-country"),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman met with UK National Security Adviser Sir Stephen "
        "Lovegrove today in Washington, DC.",
        [("Stephen Lovegrove", "National Security Adviser", ANY, "current", "United Kingdom")],
        [("Sir", ANY, ANY, ANY)], id="honorific-sir-between-title-and-name"),
    pytest.param(
        "Today, National Economic Council Director Brian Deese met with the Congressional Hispanic "
        "Caucus (CHC) to discuss the Bipartisan Infrastructure Framework and the President’s "
        "legislative priorities.",
        [("Brian Deese", "Director", "National Economic Council", "current")],
        [], id="org-name-before-title"),
    pytest.param(
        "Readout of President Joseph R. Biden, Jr. Meeting with Prime Minister Al-Kadhimi of Iraq"
        "\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to "
        "strengthen bilateral coordination under the Strategic Framework Agreement.",
        [("Al-Kadhimi", "Prime Minister", "Iraq", "current")],
        [], id="surname-only-leader-of-country"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo "
        "Petro to congratulate him on his election as President of the Republic of Colombia.",
        [("Gustavo Petro", "President", "Colombia", "elect")],
        [("Gustavo Petro", ANY, ANY, "current")], id="president-elect"),
    pytest.param(
        "The Secretary and Foreign Minister Park reiterated their condolences to Foreign Minister "
        "Hayashi on the passing of former Japanese Prime Minister Abe Shinzo.",
        [("Abe Shinzo", "Prime Minister", "Japan", "former")],
        [], id="former-leader"),
    pytest.param(
        "U.S. Special Presidential Envoy for Climate John Kerry traveled to India in April of this "
        "year and met with Indian Prime Minister Narendra Modi.",
        [("John Kerry", "Special Presidential Envoy for Climate", "Department of State", "current")],
        [], id="us-prefixed-envoy"),
    pytest.param(
        "His actions were witnessed and welcomed by NASA Administrator Bill Nelson, U.S. Embassy in "
        "Romania Chargé d’affaires, a.i. David Muniz, and Principal Deputy Assistant Secretary for "
        "the Bureau of Oceans and International Environmental and Scientific Affairs Jennifer R. "
        "Littlejohn.",
        [("Bill Nelson", "Administrator", "National Aeronautics and Space Administration",
          "current"),
         ("David Muniz", "Chargé d’affaires", ANY, "acting"),
         ("Jennifer R. Littlejohn",
          "Principal Deputy Assistant Secretary for the Bureau of Oceans and International "
          "Environmental and Scientific Affairs", ANY, "current")],
        [], id="list-of-officials-with-long-titles",
        marks=xfail("'Chargé d’affaires, a.i.' (ad interim) before a name is not read as an "
                    "acting post")),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Palestinian President Mahmoud Abbas "
        "to discuss President Biden’s upcoming trip to the Middle East.",
        [("Mahmoud Abbas", "President", "Palestine", "current"),
         ("Biden", "President", "United States", "current")],
        [], id="palestinian-president-and-bare-president"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Israeli Defense Minister Benny Gantz "
        "to discuss a range of shared security challenges, including the threats posed by Iran and "
        "U.S. support for Israel’s security.",
        [("Benny Gantz", "Defense Minister", "Ministry of Defense", "current", "Israel")],
        [], id="defense-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol "
        "Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the "
        "region.",
        [("Nikol Pashinyan", "Prime Minister", "Armenia", "current")],
        [], id="armenian-prime-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with UK Foreign Secretary Elizabeth Truss.",
        [("Elizabeth Truss", "Foreign Secretary", ANY, "current", "United Kingdom")],
        [], id="uk-foreign-secretary"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Nepali Prime Minister Sher Bahadur "
        "Deuba.",
        [("Sher Bahadur Deuba", "Prime Minister", "Nepal", "current")],
        [], id="three-word-name"),
    pytest.param(
        "Secretary of State Antony J. Blinken met with Jamaican Prime Minister Andrew Holness "
        "Friday in Washington, D.C. to commemorate 60 years of diplomatic relations with the United "
        "States.",
        [("Andrew Holness", "Prime Minister", "Jamaica", "current")],
        [], id="jamaican-prime-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken met today with Ukrainian Prime Minister Denys Shmyhal "
        "in Washington D.C.",
        [("Denys Shmyhal", "Prime Minister", "Ukraine", "current")],
        [], id="ukrainian-prime-minister"),
    pytest.param(
        "Participants in the call included Prime Minister Justin Trudeau of Canada, European "
        "Commission President Ursula von der Leyen, European Council President Charles Michel, "
        "President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, Prime Minister "
        "Mario Draghi of Italy, NATO Secretary General Jens Stoltenberg, President Andrzej Duda of "
        "Poland, President Klaus Iohannis of Romania, and Prime Minister Boris Johnson of the "
        "United Kingdom.",
        [("Justin Trudeau", "Prime Minister", "Canada", "current"),
         ("Emmanuel Macron", "President", "France", "current"),
         ("Olaf Scholz", "Chancellor", "Germany", "current"),
         ("Andrzej Duda", "President", "Poland", "current"),
         ("Klaus Iohannis", "President", "Romania", "current"),
         ("Boris Johnson", "Prime Minister", "United Kingdom", "current")],
        [], id="list-of-title-name-of-country"),
    pytest.param(
        "Participants in the call included Prime Minister Justin Trudeau of Canada, European "
        "Commission President Ursula von der Leyen, European Council President Charles Michel, "
        "President Emmanuel Macron of France.",
        [("Ursula von der Leyen", "President", "European Commission", "current"),
         ("Charles Michel", "President", "European Council", "current")],
        [(ANY, "canada, european commission president", ANY, ANY)],
        id="org-president-in-a-list",
        marks=xfail("'von der Leyen' is cut to 'Ursula' and the previous item's country joins "
                    "her post; 'European Council President' keeps the organisation in the post")),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens "
        "Stoltenberg. Secretary Blinken and Secretary General Stoltenberg discussed next month’s "
        "NATO Summit.",
        [("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization",
          "current")],
        [(ANY, ANY, "United Nations", ANY)], id="nato-secretary-general"),
    # nominations and biographies
    pytest.param(
        "Today, Secretary Blinken designated Ambassador Arnold Chacon to serve as Chargé "
        "d’Affaires ad interim at U.S. Embassy Ottawa. Ambassador Chacon previously served as the "
        "Director General of the Foreign Service and Director of Human Resources and U.S. "
        "Ambassador to Guatemala.",
        [("Arnold Chacon", "Director General", "Foreign Service", "former"),
         ("Arnold Chacon", "Ambassador to Guatemala", "Department of State", "former")],
        [], id="previously-served-as-list"),
    pytest.param(
        "On May 20, Secretary Blinken designated Ambassador Joan Polaschik to serve as the 22nd "
        "Director of the Foreign Service Institute (FSI). Ambassador Polaschik previously served "
        "as Acting Principal Deputy Assistant Secretary for Near Eastern Affairs, U.S. Ambassador "
        "to Algeria, and Deputy Chief of Mission in Tripoli, among other overseas and domestic "
        "assignments.",
        [("Joan Polaschik", "Ambassador to Algeria", "Department of State", "former")],
        [], id="previously-served-ambassador"),
    pytest.param(
        "On May 20, Secretary Blinken designated Ambassador Joan Polaschik to serve as the 22nd "
        "Director of the Foreign Service Institute (FSI). Ambassador Polaschik previously served "
        "as Acting Principal Deputy Assistant Secretary for Near Eastern Affairs, U.S. Ambassador "
        "to Algeria, and Deputy Chief of Mission in Tripoli, among other overseas and domestic "
        "assignments.",
        [("Joan Polaschik", "Director", "Foreign Service Institute", ANY),
         ("Joan Polaschik", "Principal Deputy Assistant Secretary for Near Eastern Affairs", ANY,
          "former"),
         ("Joan Polaschik", "Deputy Chief of Mission", ANY, "former")],
        [(ANY, ANY, "Mission in Tripoli", ANY)], id="designated-to-serve-and-acting-in-the-past"),
    pytest.param(
        "Mr. Palmieri previously served as Acting Assistant Secretary of State for Western "
        "Hemisphere Affairs from January 2017 to November 2018.",
        # the State Department's Bureau of Western Hemisphere Affairs (org:subOrganizationOf
        # the Department of State in the graph)
        [("Palmieri", "Assistant Secretary of State for Western Hemisphere Affairs",
          "Bureau of Western Hemisphere Affairs", "former")],
        [], id="previously-acting-is-former"),
    pytest.param(
        "Rashad Hussain is the President’s nominee for ambassador at large for international "
        "religious freedom. He previously served as special envoy to the Organization of Islamic "
        "Cooperation, among other key roles in the Obama administration.",
        [("Rashad Hussain", "ambassador at large for international religious freedom", ANY,
          "nominee")],
        [], id="the-presidents-nominee-for"),
    pytest.param(
        "Rashad Hussain is the President’s nominee for ambassador at large for international "
        "religious freedom. He previously served as special envoy to the Organization of Islamic "
        "Cooperation, among other key roles in the Obama administration.",
        [("Rashad Hussain", "special envoy", "Organization of Islamic Cooperation", "former")],
        [("Obama", ANY, ANY, ANY), (ANY, ANY, "President", ANY)],
        id="pronoun-subject-of-biography",
        marks=xfail("'He' resolves to 'Obama' (a later adjective), the org to 'Islamic "
                    "Cooperation'; 'the President’s nominee' makes 'President' the org")),
    pytest.param(
        "Dr. Margaret Hamburg is an internationally recognized leader in public health and "
        "medicine, who currently serves as chair of the Nuclear Threat Initiative’s Bio Advisory "
        "Group. She previously served as foreign secretary of the National Academy of Medicine "
        "and is a former Commissioner of the U.S. Food and Drug Administration (FDA), having "
        "served for almost six years.",
        [("Margaret Hamburg", "foreign secretary", "National Academy of Medicine", "former")],
        [], id="previously-served-as-of-org"),
    pytest.param(
        "Elizabeth Shortino, of the District of Columbia, to be United States Executive Director "
        "of the International Monetary Fund for a term of two years, vice Margrethe Lundsager, "
        "resigned.",
        [("Elizabeth Shortino", "United States Executive Director", "International Monetary Fund",
          "nominee")],
        [], id="senate-nomination-line",
        marks=xfail("the 'X, of State, to be POST' form of Senate nomination lists gives nothing")),
]


@pytest.mark.parametrize("text, expected, forbidden", CASES)
def test_holds_post(facts_of, text, expected, forbidden):
    facts = [f for f in facts_of(text, "holds_post") if isinstance(f, HoldsPost)]
    for row in expected:
        rows = [_row(f, len(row)) for f in facts]
        assert _expected(row) in rows, f"missing {row}; got {rows}"
    for row in forbidden:
        rows = [_row(f, len(row)) for f in facts]
        assert _expected(row) not in rows, f"unexpected {row}"
