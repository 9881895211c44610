"""kg.extract.agreements (agreement) on real State Department and White House releases.

Each case: the corpus item it comes from (`sd-N` is https://www.state.gov/?page_id=N, `wh-N`
https://www.whitehouse.gov/?p=N; none is in the development gold), the text (a passage, or
"Title\n\nPassage" where the title names the parties), the actions an analyst reads in it as
(parties, agreement, action, negated) after resolution, and ones it must not give. Parties
compare as a set; `ANY` leaves a field unchecked. Known failures are strict xfails.
"""
from __future__ import annotations

from unittest.mock import ANY

import pytest

from kg.model import AgreementAction


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def _row(fact: AgreementAction) -> tuple:
    return (frozenset(p.name for p in fact.parties), fact.agreement.name, fact.action,
            fact.negated)


def _want(parties, agreement, action, negated=False) -> tuple:
    return (frozenset(parties) if parties is not ANY else ANY, agreement, action, negated)


CASES = [
    pytest.param(  # a communiqué whose title names one group as its author: its "we" is the
        # group, not the United States alone (round 15 judged four such facts partly; two
        # paragraphs of the communiqué)
        'wh-20619',
        'CARBIS BAY G7 SUMMIT COMMUNIQUÉ\n\n43. In support of strong outcomes for nature at the Convention on Biological Diversity COP-15 in Kunming and COP26 this year, and noting the Leaders’ Pledge for Nature launched at the 75th session of the UN General Assembly 2020, we adopt the G7 2030 Nature Compact in support of the global mission to halt and reverse biodiversity loss by 2030. The Nature Compact commits us to take action across four key pillars:\n\n61. We are committed to ensuring that Iran will never develop a nuclear weapon. We welcome the substantive discussions between Joint Comprehensive Plan of Action (JCPoA) participants, and separately with the United States, to accomplish a return of the United States and Iran to their JCPoA commitments. We support the goal of restoring the nonproliferation benefits of the JCPoA and of ensuring the exclusively peaceful nature of Iran’s nuclear programme. We urge Iran to stop and reverse all measures that reduce transparency and to ensure full and timely cooperation with the International Atomic Energy Agency. A restored and fully-implemented JCPoA could also pave the way to further address regional and security concerns. We condemn Iran’s support to proxy forces and non-state armed actors, including through financing, training and the proliferation of missile technology and weapons. We call on Iran to stop all ballistic missile activities and proliferation inconsistent with UNSCR 2231 and other relevant resolutions, refrain from destabilising actions and play a constructive role in fostering regional stability and peace. We support efforts to pursue transparency, accountability and justice for the victims of Ukraine International Airlines Flight 752, shot down by Iran in January 2020. We reiterate our deep concern over the continued human rights violations and abuses in Iran.',
        [_want({'Group of Seven'}, ANY, 'sign')],
        [_want({'United States'}, ANY, 'sign')],
        id='wh-20619-a-groups-communique'),
    pytest.param(
        'sd-350380',
        'The United States, Colombia, Costa Rica, Ecuador, and Panama Sign a Memorandum of '
        'Understanding in Support of the Eastern Tropical Pacific Marine Corridor (CMAR)\n\n'
        'Today, Foreign Minister Arnoldo Andre Tinoco (Costa Rica), Foreign Minister Juan Carlos '
        'Holguin (Ecuador), and Foreign Minister Erika Mouynes (Panama) signed a Memorandum of '
        'Understanding in support of the Eastern Tropical Pacific Marine Corridor.',
        [_want({'Panama', 'Colombia', 'Costa Rica', 'Ecuador', 'United States'}, ANY, 'sign')],
        [_want({'Panama', 'Costa Rica', 'Ecuador'}, ANY, 'sign')],
        id='sd-350380-body-signing-takes-the-headline-signers'),
    pytest.param(
        'wh-25751',
        'National Security Advisor Jake Sullivan met today with Foreign Minister Retno Marsudi of '
        'Indonesia in Washington, D.C. to discuss opportunities to deepen the U.S.-Indonesia '
        'Strategic Partnership.',
        # a named partnership is the relationship: to deepen it is no act on an agreement
        # (blind checks: a partnership only mentioned was right 5 times in 14)
        [],
        [_want({'Indonesia', 'United States'}, 'U.S.-Indonesia Strategic Partnership', 'implement')],
        id='opportunity-to-deepen-is-ahead'),
    pytest.param(
        'sd-322873',
        'The Deputy Secretary and Foreign Minister welcomed the opportunity to hold the fifth '
        'U.S.-Algeria Strategic Dialogue to discuss a range of issues in the bilateral '
        'relationship.',
        [_want({'Algeria', 'United States'}, 'U.S.-Algeria Strategic Dialogue', 'implement')],
        [_want({'Algeria', 'United States'}, 'U.S.-Algeria Strategic Dialogue', 'propose')],
        id='welcomed-opportunity-is-taken'),
    pytest.param(
        'sd-323016',
        'The United States of America and the Republic of the Philippines Sign a Memorandum of '
        'Understanding Concerning Strategic Civil Nuclear Cooperation\n\nToday, the United States '
        'and the Philippines signed a Memorandum of Understanding Concerning Strategic Civil '
        'Nuclear Cooperation (NCMOU), which improves our cooperation on energy security and '
        'strengthens our diplomatic and economic relationship.',
        [_want({'Philippines', 'United States'}, 'Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation', 'sign')],
        [],
        id='sd-323016-named-mou-two-countries-sign'),
    pytest.param(
        'sd-340209',
        'Today, the United States and Armenia signed a Memorandum of Understanding Concerning '
        'Strategic Civil Nuclear Cooperation (NCMOU), enabling us to deepen our strategic '
        'cooperation following on the gains made in connection with the U.S.-Armenia Strategic '
        'Dialogue.',
        [_want({'Armenia', 'United States'}, 'Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation', 'sign'),
         _want({'Armenia', 'United States'}, 'U.S.-Armenia Strategic Dialogue', 'implement')],
        [],
        id='sd-340209-named-mou-and-bilateral-dialogue'),
    pytest.param(
        'sd-319190',
        'At a virtual ceremony, Romania became the 16th nation to sign the Artemis Accords. '
        'President and CEO of the Romanian Space Agency Marius-Ioan Piso signed the Accords on '
        'behalf of Romania.',
        [_want({'Romania'}, 'Artemis Accords', 'sign')],
        [],
        id='sd-319190-became-the-nth-nation-to-sign'),
    pytest.param(
        'sd-321674',
        'Kingdom of Bahrain Signs the Artemis Accords\n\nOn Wednesday, March 2, the Kingdom of '
        'Bahrain became the 17th nation, and the third nation in the Middle East, to sign the '
        'Artemis Accords.',
        [_want({'Bahrain'}, 'Artemis Accords', 'sign')],
        [],
        id='sd-321674-kingdom-of-country'),
    pytest.param(
        'wh-50017',
        'And as the Vice President told you, Singapore has signed the Artemis Accords, which aim '
        'to promote the peaceful, sustainable, and beneficial use of space.',
        [_want({'Singapore'}, 'Artemis Accords', 'sign')],
        [],
        id='wh-50017-has-signed-in-remarks'),
    pytest.param(
        'sd-343283',
        'The United States will continue encouraging more nations to sign the Artemis Accords, '
        'and in doing so, build a more peaceful, cooperative space future.',
        [],
        [_want({'United States'}, 'Artemis Accords', 'sign')],
        id='sd-343283-encouraging-others-to-sign-is-not-signing'),
    pytest.param(
        'sd-342771',
        'The United States has signed a Memorandum of Understanding with the Republic of Palau to'
        ' collaborate on and strengthen the conservation, management, and engagement of marine '
        'protected areas in the Pacific Islands Region,',
        [_want({'Palau', 'United States'}, 'Memorandum of Understanding', 'sign')],
        [],
        id='sd-342771-signed-with-country'),
    pytest.param(
        'sd-363710',
        'In 2021, the U.S. and Albania signed an MOU to protect Albania’s cultural property '
        'against looting and trafficking.',
        [_want({'Albania', 'United States'}, 'MOU', 'sign')],
        [],
        id='sd-363710-us-abbreviation-mou'),
    pytest.param(
        'sd-363710',
        'In October 2020, the United States and Albania signed a Memorandum of Economic '
        'Cooperation (MEC).',
        [_want({'Albania', 'United States'}, 'Memorandum of Economic Cooperation', 'sign')],
        [],
        id='sd-363710-memorandum-of-cooperation'),
    pytest.param(
        'sd-328858',
        'Since September 15th, 2020, when leaders from Israel, Bahrain, and the United Arab '
        'Emirates signed the Abraham Accords, and Morocco and Israel signed a normalization '
        'agreement soon after, once-impossible things have become possible.',
        [_want({'Bahrain', 'United Arab Emirates', 'Israel'}, 'Abraham Accords', 'sign'),
         _want({'Morocco', 'Israel'}, 'normalization agreement', 'sign')],
        [],
        id='sd-328858-leaders-from-countries-and-described-agreement'),
    pytest.param(
        'sd-315001',
        'The Deputy Secretary welcomed Denmark’s February 10 announcement to begin negotiating a '
        'new Defense Cooperation Agreement between the United States and Denmark.',
        [_want({'Denmark', 'United States'}, 'Defense Cooperation Agreement', 'negotiate')],
        [],
        id='sd-315001-negotiating-between'),
    pytest.param(
        'sd-313100',
        'The United States welcomes the offer announced today by Danish Prime Minister Mette '
        'Frederiksen to begin negotiating a new Defense Cooperation Agreement.',
        [_want({'Denmark', 'United States'}, 'Defense Cooperation Agreement', 'negotiate')],
        [],
        id='sd-313100-negotiating-offer-by-leader',
        marks=xfail('the welcoming United States is not taken as the other party')),
    pytest.param(
        'wh-53882',
        'To advance the return to the lunar surface, the United States and Japan are working to '
        'sign an Implementing Arrangement for Gateway cooperation in 2022.',
        [_want({'Japan', 'United States'}, 'Implementing Arrangement for Gateway cooperation', 'sign')],
        [],
        id='wh-53882-working-to-sign',
        marks=xfail("the name stops at the lower-case 'cooperation'")),
    pytest.param(
        'sd-362250',
        'The two sides signed an Amended Letter of Agreement (ALOA) in the field of narcotics '
        'control and law enforcement cooperation between India and the United States.',
        [_want({'United States', 'India'}, 'Amended Letter of Agreement', 'sign')],
        [],
        id='sd-362250-the-two-sides-between'),
    pytest.param(
        'wh-54053',
        'Readout of President Biden’s Meeting with Prime Minister Modi of India\n\nPresident Biden '
        'welcomed India’s decision to join the Indo-Pacific Economic Framework, and expressed '
        'confidence that India’s participation will help ensure an open, connected and prosperous'
        ' Indo-Pacific.\n\nThe two countries concluded an Investment Incentive Agreement which '
        'provides a framework for DFC to continue to expand its investment in India',
        [_want({'India'}, 'Indo-Pacific Economic Framework', 'join'),
         _want({'India', 'United States'}, 'Investment Incentive Agreement', 'sign')],
        [_want({'United States', 'India'}, 'Indo-Pacific Economic Framework', 'join')],
        id='wh-54053-the-two-countries-from-title'),
    pytest.param(
        'wh-51899',
        'Today, the United States with 60 partners from around the globe launched the Declaration'
        ' for the Future of the Internet.',
        [_want({'United States'}, 'Declaration for the Future of the Internet', 'sign')],
        [],
        id='wh-51899-launched-declaration-is-sign'),
    pytest.param(
        'sd-316475',
        'Since our two countries signed the Treaty of Peace, Friendship, Commerce, and Navigation'
        ' in 1850, the United States and Brunei have celebrated a long history of collaboration.',
        [_want({'Brunei', 'United States'}, 'Treaty of Peace, Friendship, Commerce, and Navigation', 'sign')],
        [],
        id='sd-316475-our-two-countries-treaty-with-commas'),
    pytest.param(
        'sd-259253',
        'But ever since the U.S. withdrew from the JCPOA, none of the challenges we have with '
        'Iran – and again, they are many – have gotten better.',
        [_want({'United States'}, 'JCPOA', 'withdraw')],
        [],
        id='sd-259253-withdrew-from-acronym'),
    pytest.param(
        'sd-253670',
        'That’s why President Biden moved to rejoin the Paris Agreement on his first day in '
        'office.',
        [_want({'United States'}, 'Paris Agreement', 'join')],
        [],
        id='sd-253670-rejoin'),
    pytest.param(
        'wh-56379',
        'Today, President Joe Biden signed a National Security Memorandum (NSM) to address '
        'illegal, unreported, and unregulated (IUU) fishing and related harmful fishing '
        'practices.',
        [],
        [(ANY, 'National Security Memorandum', 'sign', ANY)],
        id='wh-56379-presidential-memorandum-is-not-an-agreement'),
    pytest.param(
        'sd-263575',
        'Foreign Minister, has the Biden administration asked Kuwait to join the Abraham Accords '
        'with Israel, and is that something that you are considering? Thank you.',
        [],
        [_want({'Israel'}, 'Abraham Accords', 'join'),
         _want({'Kuwait'}, 'Abraham Accords', 'join')],
        id='sd-263575-question-is-not-an-action'),
    pytest.param(
        'sd-265750',
        'The Secretary and the President also reiterated the importance of advancing negotiations'
        ' related to the U.S.-Palau Compact Review and working with partners for a free and open '
        'Indo-Pacific.',
        [_want({'Palau', 'United States'}, 'U.S.-Palau Compact', 'negotiate')],
        [],
        id='sd-265750-negotiations-related-to'),
    pytest.param(
        'sd-316039',
        'We acknowledge public statements by President Zelensky underlining Ukraine’s firm '
        'commitment to the Minsk Agreements and his readiness to contribute constructively to the'
        ' process.',
        [_want({'Ukraine'}, 'Minsk Agreements', 'implement')],
        [],
        id='sd-316039-commitment-to'),
    pytest.param(
        'sd-349269',
        'On June 2, 2022, the Governments of the United States and North Macedonia held a '
        'Strategic Dialogue in Washington, D.C., focused on deepening the bilateral partnership.',
        [_want({'North Macedonia', 'United States'}, 'Strategic Dialogue', 'implement')],
        [],
        id='sd-349269-governments-held-dialogue'),
    pytest.param(
        'sd-349269',
        'The United States welcomed North Macedonia’s signing of the 1951 Agreement on the Status'
        ' of the North Atlantic Treaty Organisation, National Representatives and International '
        'Staff (also known as the “Ottawa Agreement”).',
        [_want({'North Macedonia'}, 'Agreement on the Status of the North Atlantic Treaty Organisation, National Representatives and International Staff', 'sign')],
        [_want({'United States'}, 'Agreement on the Status of the North Atlantic Treaty Organisation', 'sign')],
        id='sd-349269-welcomed-someones-signing'),
    pytest.param(
        'sd-354926',
        'The United States will continue to strive to advance the Convention against Torture’s '
        'goal of a world free from torture.',
        [_want({'United States'}, 'Convention against Torture', 'implement')],
        [],
        id='sd-354926-advance-the-conventions-goal'),
    pytest.param(
        'wh-57740',
        'We work to implement all the articles of the Strategic Framework Agreement between Iraq '
        'and the United States regarding economic cooperation, cultural cooperation, educational,'
        ' and also security cooperation and fighting terrorist organizations and ISIS.',
        [_want({'Iraq', 'United States'}, 'Strategic Framework Agreement', 'implement')],
        [],
        id='wh-57740-implement-the-articles-of'),
    pytest.param(
        'wh-51623',
        'It followed stops in Hawaii, where the delegation met with senior officials from '
        'Australia, Japan, and New Zealand; Fiji, where they met with Prime Minister Frank '
        'Bainimarama, as well as leadership of the Pacific Island Forum, and held the U.S.-Fiji '
        'Strategic Dialogue;',
        [_want({'Fiji', 'United States'}, 'U.S.-Fiji Strategic Dialogue', 'implement')],
        [],
        id='wh-51623-held-bilateral-dialogue'),
    pytest.param(
        'wh-55215',
        'Today, I’m pleased to announce the launch of the United States-Caribbean Partnership to '
        'Address the Climate Crisis, also known as PACC — P-A-C-C — 2030.',
        [_want({'United States'}, 'United States-Caribbean Partnership to Address the Climate Crisis', 'sign')],
        [],
        id='wh-55215-announce-the-launch-of'),
    pytest.param(
        'wh-56417',
        'Spain and the United States underline their commitment to the U.S.-Spain Agreement on '
        'Defense Cooperation signed in 1988, which, together with the shared use of Spain’s bases'
        ' in Rota and Morón, is an essential piece of the bilateral defense cooperation between '
        'the two countries.',
        [_want({'Spain', 'United States'}, 'U.S.-Spain Agreement on Defense Cooperation', 'implement')],
        [],
        id='wh-56417-underline-commitment'),
    pytest.param(
        'sd-255036',
        'The Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean '
        'Enters into Force\n\nThe United States led the negotiation of the Agreement, which was '
        'signed in Greenland on October 3, 2018.',
        [_want({'United States'}, 'Agreement to Prevent Unregulated High Seas Fisheries', 'negotiate')],
        [],
        id='sd-255036-led-the-negotiation-of-the-agreement'),
    pytest.param(
        'sd-323108',
        'Deputy Secretary Sherman will then travel to Madrid, Spain from March 6 to 8 to co-open '
        'the U.S.-Spain Cybersecurity Dialogue on March 7 with Spanish Secretary of State for '
        'Foreign and Global Affairs Ángeles Moreno Bau.',
        # to co-open a dialogue's session is to hold it, ahead (implement, hedged): nothing says
        # the dialogue is new (round 17 judged "propose" partly)
        [_want({'Spain', 'United States'}, 'U.S.-Spain Cybersecurity Dialogue', 'implement')],
        [_want({'Spain', 'United States'}, 'U.S.-Spain Cybersecurity Dialogue', 'propose')],
        id='sd-323108-co-open-dialogue-planned'),
    pytest.param(
        'sd-358207',
        'Through the MUSP, the United States collaborates with Thailand and other Lower Mekong '
        'countries to strengthen transboundary economic connections and address emerging '
        'challenges, such as resource management, transnational crime, transparency and good '
        'governance, and human resource development.',
        [],
        [],
        id='sd-358207-acronym-without-its-name'),
    pytest.param(
        'sd-322728',
        'The United States does not own or operate any chemical or biological laboratories in '
        'Ukraine, it is in full compliance with its obligations under the Chemical Weapons '
        'Convention and Biological Weapons Convention, and it does not develop or possess such '
        'weapons anywhere.',
        [_want({'United States'}, 'Chemical Weapons Convention', 'implement'),
         _want({'United States'}, 'Biological Weapons Convention', 'implement')],
        [_want({'Ukraine'}, 'Chemical Weapons Convention', 'implement')],
        id='sd-322728-obligations-under-it-is-the-subject'),
    pytest.param(
        'sd-322728',
        'It is Russia that has active chemical and biological weapons programs and is in '
        'violation of the Chemical Weapons Convention and Biological Weapons Convention.',
        [_want({'Russia'}, 'Chemical Weapons Convention', 'implement', True)],
        [_want({'Russia'}, 'Chemical Weapons Convention', 'implement')],
        id='sd-322728-in-violation-of-is-negated',
        marks=xfail("'It is Russia that ... is in violation': the cleft sentence's subject is not found")),
    pytest.param(
        'sd-361300',
        'Secretary Antony J. Blinken And Secretary of Commerce Gina Raimondo At a Virtual Supply '
        'Chain Ministerial Forum\n\nTogether with many governments at this ministerial, we launched'
        ' the Mineral Supply Partnership, which will invest in producing, processing, and '
        'recycling the minerals needed to make clean energy technologies like electric vehicles '
        'and solar panels.',
        [_want({'United States'}, 'Mineral Supply Partnership', 'sign')],
        [],
        id='sd-361300-launched-with-many-governments',
        marks=xfail("'we' is read as the United States only when the article names it (a bare 'Secretary Blinken' in a headline is not enough)")),
    pytest.param(
        'sd-364248',
        'Deputy Secretary Sherman’s Meeting With the Republic of the Marshall Islands Foreign '
        'Minister Kabua and Select Compact Negotiation Delegation Members\n\nThey discussed '
        'progress on the Compact negotiations, the impact of COVID-19 on the Marshallese people '
        'and diaspora, and promoting economic growth and stability in the Pacific Island region.',
        [],
        [],
        id='sd-364248-they-discuss-compact-negotiations-alone'),
    pytest.param(
        'wh-56434',
        'And we’re releasing a Joint Declaration that reaffirms our shared values, reflects the '
        'full breadth of our cooperation.',
        [_want({'United States'}, 'Joint Declaration', 'sign')],
        [],
        id='wh-56434-releasing-joint-declaration',
        marks=xfail("'we' is read as the United States only when the passage names it")),
    pytest.param(
        'sd-360291',
        'Kingdom of Saudi Arabia Signs the Artemis Accords\n\nOffice of the Spokesperson',
        [_want({'Saudi Arabia'}, 'Artemis Accords', 'sign')],
        [],
        id='sd-360291-headline-signs'),
    pytest.param(
        'sd-319190',
        'The other signatories of the Artemis Accords are Australia, Brazil, Canada, Israel, '
        'Italy, Japan, the Republic of Korea, Luxembourg, Mexico, New Zealand, Poland, Ukraine, '
        'United Arab Emirates, United Kingdom, and the United States.',
        [_want({'New Zealand', 'Japan', 'Italy', 'United Arab Emirates', 'Australia', 'Israel', 'Brazil', 'Poland', 'Ukraine', 'Luxembourg', 'Mexico', 'Canada', 'South Korea', 'United Kingdom', 'United States'}, 'Artemis Accords', 'sign')],
        [],
        id='sd-319190-list-of-signatories'),
    pytest.param(
        'sd-321563',
        'The text of the following statement was released by the Governments of the United States'
        ' of America and the Republic of Austria on the occasion of the U.S.-Austria Strategic '
        'Dialogue.',
        [_want({'Austria', 'United States'}, 'U.S.-Austria Strategic Dialogue', 'implement')],
        [],
        id='sd-321563-named-bilateral-dialogue'),
    pytest.param(
        'sd-321563',
        'Topics discussed during the Strategic Dialogue included global and regional security '
        'issues, including Russia’s attack on Ukraine; the Western Balkans; energy security, '
        'including climate change; economic prosperity; and strengthening democratic values and '
        'institutions through the OSCE in Europe and Eurasia and in our own countries.',
        [],
        [_want({'Organization for Security and Co-operation in Europe', 'Ukraine', 'Russia'}, 'Strategic Dialogue', 'discuss')],
        id='sd-321563-discussed-during-is-no-action'),
    pytest.param(
        'sd-321595',
        'Joint Statement of the Second U.S.-Bahrain Strategic Dialogue\n\nThe two sides also '
        'reinforced cultural cooperation by renewing the MOU for the American Corner at the Isa '
        'Cultural Center.',
        [_want({'Bahrain', 'United States'}, 'MOU for the American Corner', 'implement')],
        [],
        id='sd-321595-the-two-sides-renewing'),
    pytest.param(
        'sd-324971',
        'The United States, Denmark, the United Kingdom, Sweden, Australia, and the Republic of '
        'Korea form the initial set of member countries in the Global Partnership.',
        # members of it are listed as having joined it (round 17 judged "sign" partly)
        [_want({'South Korea', 'Sweden', 'Australia', 'United Kingdom', 'Denmark', 'United States'}, 'Global Partnership', 'join')],
        [],
        id='sd-324971-member-countries-in'),
    pytest.param(
        'sd-315647',
        'Delegations from Thailand and the United States met in Bangkok for the second United '
        'States-Thailand Energy Policy Dialogue on February 17.',
        [_want({'Thailand', 'United States'}, 'United States-Thailand Energy Policy Dialogue', 'implement')],
        [],
        id='sd-315647-met-for-the-dialogue'),
    pytest.param(
        'wh-53882',
        'The United States and Japan intend to complete the negotiation on the Framework '
        'Agreement in 2022 and conclude it in 2023, which will expand bilateral cooperation for '
        'decades to come across a wide variety of space exploration, scientific, and research '
        'activities.',
        [_want({'Japan', 'United States'}, 'Framework Agreement', 'negotiate')],
        [],
        id='wh-53882-complete-the-negotiation-on'),
    pytest.param(
        'wh-53882',
        'The United States and Japan promoted an open, free, global, interoperable, reliable, and'
        ' secure Internet at the 12th U.S.-Japan Policy Cooperation Dialogue on the Internet '
        'Economy, and endorsed the Declaration for the Future of the Internet.',
        [_want({'Japan', 'United States'}, 'Declaration for the Future of the Internet', 'sign'),
         _want({'Japan', 'United States'}, 'U.S.-Japan Policy Cooperation Dialogue on the Internet Economy', 'implement')],
        [],
        id='wh-53882-endorsed-declaration'),
    pytest.param(
        'sd-364555',
        'Together with the United Kingdom, we’re launching the Sustained Dialogue on Peaceful '
        'Uses to find new ways to use peaceful nuclear energy technology to achieve the UN '
        'Sustainable Development Goals.',
        [_want({'United Kingdom'}, 'Sustained Dialogue on Peaceful Uses', 'sign')],
        [],
        id='sd-364555-together-with-launching'),
    pytest.param(
        'sd-364555',
        'Just two weeks into his term, he extended the New START Treaty with Russia until 2026, '
        'and that’s made our countries and our world safer by preserving verified restrictions on'
        ' our strategic nuclear arsenals and avoiding an arms race.',
        [_want({'Russia', 'United States'}, 'New START Treaty', 'implement')],
        [],
        id='sd-364555-he-extended-treaty-with',
        marks=xfail("'he' (the President) is not resolved to the United States")),
    pytest.param(
        'sd-248417',
        'Joint Statement on the Launch of the U.S.-Japan Global Digital Connectivity Partnership'
        '\n\nOffice of the Spokesperson',
        [_want({'Japan', 'United States'}, 'U.S.-Japan Global Digital Connectivity Partnership', 'sign')],
        [],
        id='sd-248417-headline-launch-of'),
    pytest.param(
        'sd-254809',
        'By launching the U.S-Germany Dialogue on the Holocaust, we are helping to ensure that '
        'current and future generations learn about the Holocaust and also learn from it.',
        [_want({'Germany', 'United States'}, 'U.S-Germany Dialogue on the Holocaust', 'sign')],
        [],
        id='sd-254809-by-launching-we'),
    pytest.param(
        'wh-48939',
        'Today, the United States and African Union (AU) – Africa Centres for Disease Control and'
        ' Prevention (Africa CDC) renewed our partnership by signing an updated Memorandum of '
        'Cooperation (MOC) between His Excellency Moussa Faki Mahamat, Chairperson of the African'
        ' Union Commission (AUC)',
        # the Commission signs through its Chairperson
        [_want({'African Union', 'African Union Commission', 'United States'},
               'Memorandum of Cooperation', 'sign')],
        [],
        id='wh-48939-country-and-organisation-sign'),
    pytest.param(
        'sd-328816',
        'Today, as a product of that expanded dialogue and cooperation on space, Minister for '
        'Trade and Industry Gan Kim Yong signed the Artemis Accords on behalf of the Republic of '
        'Singapore in a ceremony in Washington, DC.',
        [_want({'Singapore'}, 'Artemis Accords', 'sign')],
        [],
        id='sd-328816-on-behalf-of'),
    pytest.param(
        'sd-337817',
        'Yesterday in Washington, DC, Under Secretary of State for Civilian Security, Democracy, '
        'and Human Rights Uzra Zeya and Honduran Foreign Minister Enrique Reina launched the '
        'United States-Honduras Strategic Dialogue.',
        [_want({'Honduras', 'United States'}, 'United States-Honduras Strategic Dialogue', 'sign')],
        [],
        id='sd-337817-officials-launched-dialogue'),
    pytest.param(
        'sd-335857',
        'The United States and the Republic of Singapore will hold a biennial review under the '
        'Memorandum of Intent (MOI) between the Government of the United States of America and '
        'the Government of the Republic of Singapore on Cooperation in Environmental Matters, on '
        'April 21.',
        [_want({'Singapore', 'United States'}, 'Memorandum of Intent', 'implement')],
        [],
        id='sd-335857-review-under'),
    pytest.param(
        'sd-344501',
        'The two also talked about efforts to achieve a mutual return to full JCPOA '
        'implementation with Iran.',
        # a mutual return is negotiated by both sides (round 13: "negotiate", with the US); the
        # sentence alone names one side only, so it gives no one-sided fact
        [],
        [_want({'Iran'}, 'JCPOA', 'implement'), _want({'Iran'}, 'JCPOA', 'propose')],
        id='sd-344501-return-to-implementation-is-proposed'),
    pytest.param(
        'sd-338968',
        'And a year ago, in February of last year, President Biden issued his Memorandum on '
        'Advancing Human Rights of LGBTQI+ Persons Around the World.',
        [],
        [(ANY, 'Memorandum on Advancing Human Rights of LGBTQI+ Persons Around the World', ANY, ANY)],
        id='sd-338968-presidents-memorandum-on'),
    pytest.param(
        'wh-46741',
        'Remarks by Vice President Harris at Signing of an Executive Order on Project Labor '
        'Agreements\n\nIronworkers Local 5',
        [],
        [(ANY, 'Project Labor Agreements', ANY, ANY)],
        id='wh-46741-executive-order-on-labor-agreements'),
    pytest.param(
        'sd-350275',
        'Department of State renewed the Charter of the Cultural Property Advisory Committee.',
        [],
        [(ANY, 'Charter of the Cultural Property Advisory Committee', ANY, ANY)],
        id='sd-350275-charter-of-a-committee'),
    pytest.param(
        'sd-269387',
        'The United States also remains deeply troubled by the lack of transparency surrounding '
        'these legal proceedings and joins Canada in calling for full consular access to Mr. '
        'Spavor and Mr. Kovrig, in accordance with the Vienna Convention on Consular Relations '
        'and the China-Canada Consular Agreement.',
        [],
        [_want({'United States'}, 'Vienna Convention on Consular Relations', 'join')],
        id='sd-269387-joins-canada-in-calling'),
    pytest.param(
        'sd-269387',
        'Kovrig have not received the minimal procedural protections during their more than two-'
        'and-a-half-year arbitrary detention, and we stand with more than 60 countries who '
        'endorsed the recent Declaration Against Arbitrary Detention in State-to-State Relations.',
        [_want({'United States'}, 'Declaration Against Arbitrary Detention in State-to-State Relations', 'sign')],
        [],
        id='sd-269387-stand-with-countries-who-endorsed',
        marks=xfail("the countries 'who endorsed' are not named and 'we stand with' is not read as endorsing")),
    pytest.param(
        'wh-52357',
        'The Manufacturing Extension Partnership will provide enhanced technical assistance; and '
        'the Department of Defense (DOD) will use its Mentor Protégé Program to reimburse the '
        'cost to the large OEM participants in AM Forward for providing technical assistance to '
        'their smaller U.S.-based suppliers owned and controlled by socially and economically '
        'disadvantaged individuals.',
        [],
        [(ANY, 'Manufacturing Extension Partnership', ANY, ANY)],
        id='wh-52357-domestic-partnership'),
    pytest.param(
        'wh-56895',
        'In addition, the Biden Administration has taken a number of other important actions to '
        'ensure there is enough safe infant formula for families, including invoking the Defense '
        'Production Act, entering into a consent agreement between the FDA and Abbott Nutrition '
        'to reopen the company’s Sturgis facility, and issuing FDA guidance so that major formula'
        ' manufacturers can safely import formula that is not',
        [],
        [(ANY, 'consent agreement', ANY, ANY)],
        id='wh-56895-domestic-consent-agreement'),
    pytest.param(
        'wh-22869',
        'Today, the White House released state fact sheets that highlight the need for the '
        'Bipartisan Infrastructure Framework, the largest long-term investment in our '
        'infrastructure and competitiveness in nearly a century.',
        [],
        [(ANY, 'Bipartisan Infrastructure Framework', ANY, ANY)],
        id='wh-22869-domestic-framework'),
    pytest.param(
        'wh-23001',
        'When I talked to those first responders, I pointed out that they’re under a great deal '
        'of stress and we should take advantage — they should take advantage of the mental health'
        ' facilities that are going to be available.',
        [],
        [(ANY, 'great deal', ANY, ANY)],
        id='wh-23001-a-great-deal-of'),
    pytest.param(
        'wh-57310',
        'The foundation of North American competitiveness is the United States-Mexico-Canada '
        'Agreement and we reaffirm our commitment to its full implementation for the benefit of '
        'working families, including by fully upholding its labor provisions and actively '
        'collaborating with stakeholders in the private sector and civil society.',
        [_want({'Mexico', 'United States'}, 'United States-Mexico-Canada Agreement', 'implement')],
        [],
        id='wh-57310-its-full-implementation',
        marks=xfail("'its' is not resolved to the agreement named before it")),
    pytest.param(
        'sd-358207',
        'The United States formalized diplomatic relations with Thailand in 1833 with a Treaty of'
        ' Amity and Commerce and reaffirmed relations with the 1954 Manila Pact of the former '
        'Southeast Asia Treaty Organization.',
        [_want({'Thailand', 'United States'}, 'Treaty of Amity and Commerce', 'sign')],
        [],
        id='sd-358207-formalized-relations-with-a-treaty',
        marks=xfail("'formalized relations with a Treaty' is not read as signing it")),
    pytest.param(
        'wh-50897',
        'Background Press Call by a Senior Administration Official on President Biden’s Virtual '
        'Meeting with Prime Minister Modi of India\n\nThey will cover counterterrorism; '
        'operationalizing the Major Defense Partnership; new domains of cooperation in space and '
        'cyber and emerging technologies; and multilateral cooperation.',
        [],
        [_want({'Russia', 'India'}, 'Major Defense Partnership', 'implement')],
        id='wh-50897-they-of-talks-is-no-party'),
    pytest.param(
        'sd-323424',
        'U.S. Secretary of State Antony J. Blinken and African Union Commission (AUC) Chairperson'
        ' Moussa Faki Mahamat signaled a shared commitment to elevate and expand a public health '
        'partnership by signing today a Memorandum of Cooperation at the U.S. – AUC High Level '
        'Dialogue in Washington.',
        [_want({'African Union', 'United States'}, 'Memorandum of Cooperation', 'sign')],
        [(ANY, 'U.S. – AUC High Level Dialogue', 'sign', ANY)],
        id='sd-323424-signing-at-a-dialogue',
        marks=xfail('the African Union Commission is not known as a party')),
    pytest.param(
        'sd-350380',
        'The United States, Colombia, Costa Rica, Ecuador, and Panama Sign a Memorandum of '
        'Understanding in Support of the Eastern Tropical Pacific Marine Corridor (CMAR)\n\nOffice '
        'of the Spokesperson',
        [_want({'Panama', 'Colombia', 'Costa Rica', 'Ecuador', 'United States'}, 'Memorandum of Understanding in Support of the Eastern Tropical Pacific Marine Corridor', 'sign')],
        [],
        id='sd-350380-headline-five-countries-sign'),
    pytest.param(
        'wh-55681',
        'To support the GMP Energy Pathway, the United States will provide $3.5 million in '
        'technical assistance through the Global Methane Initiative, and intends to support a '
        'transfer of at least $1.5 million remaining in the Pilot Auction Facility to the World '
        'Bank Global Gas Flaring Reduction Partnership.',
        [_want({'United States'}, 'Global Methane Initiative', 'implement')],
        [],
        id='wh-55681-assistance-through-an-initiative'),
    pytest.param(
        'sd-257850',
        'With reconciliation through compromise and accelerated implementation of the peace '
        'agreement, South Sudan can become a peaceful, democratic country, where human rights and'
        ' the rule of law are respected – a country where all people have food on their table, '
        'where businesses prosper, and where the Government truly serves its people.',
        [_want({'South Sudan'}, 'peace agreement', 'implement')],
        [],
        id='sd-257850-implementation-of-described-agreement'),
    pytest.param(
        'wh-55889',
        'With Egypt joining the Global Methane Pledge with respect to the oil and gas sector, 120'
        ' countries have now joined the Pledge.',
        [_want({'Egypt'}, 'Global Methane Pledge', 'join')],
        [],
        id='wh-55889-joining-a-pledge'),
    pytest.param(
        'wh-56307',
        'FACT SHEET: President Biden and G7 Leaders Formally Launch the Partnership for Global '
        'Infrastructure and Investment\n\nThe Partnership for Global Infrastructure and Investment '
        'will deliver game-changing projects to close the infrastructure gap in developing '
        'countries, strengthen the global economy and supply chains, and advance U.S. national '
        'security',
        [_want({'United States'}, 'Partnership for Global Infrastructure and Investment', 'sign')],
        [],
        id='wh-56307-headline-leaders-launch'),
    pytest.param(
        'wh-55101',
        'FACT SHEET: President Biden Announces the Americas Partnership for Economic Prosperity\n\n'
        'At the opening ceremony of the Summit of the Americas, President Biden will announce the'
        ' Americas Partnership for Economic Prosperity, a historic new agreement to drive our '
        'hemisphere’s economy recovery and growth, and deliver for our working people. Accounting'
        ' for 31.9 % of global GDP, the Western ',
        # a partnership only the United States is said to launch (and "will announce"): no
        # party to it is named beside its founder, so nothing is said of its signing
        [],
        [_want({'United States'}, 'Americas Partnership for Economic Prosperity', 'sign')],
        id='wh-55101-headline-announces-regional-partnership'),
    pytest.param(
        'sd-335857',
        'Biennial Review Under the United States-Singapore Memorandum of Intent on Environmental '
        'Cooperation: Public Session\n\nOffice of the Spokesperson',
        [_want({'Singapore', 'United States'}, 'United States-Singapore Memorandum of Intent on Environmental Cooperation', 'implement')],
        [],
        id='sd-335857-headline-review-under'),
    pytest.param(
        'wh-51477',
        'DOE’s National Community Solar Partnership will lead coordination with HHS, utilities, '
        'state and local governments, and industry to develop the platform, with the goal of '
        'piloting the subscription program in 3-5 states.',
        [],
        [(ANY, 'National Community Solar Partnership', ANY, ANY)],
        id='wh-51477-domestic-partnership-leads'),
    pytest.param(
        'wh-19139',
        'In developing and implementing such policies, programs, and initiatives, the Co-Chairs '
        'of the Initiative and the Executive Director shall coordinate closely with the Deputy '
        'Assistant to the President and Asian American, Native Hawaiian, and Pacific Islander '
        'Senior Liaison. To support implementation of a whole-of-government approach to equity '
        'and racial justice, as established in Executive Order 13985, the Assistant to the '
        'President for Domestic Policy and the Director of the Office of Management and Budget '
        'shall coordinate closely with the Co-Chairs of the Initiative and the Executive Director'
        ' to ensure that the needs and voices of AA and NHPI communities are considered in the '
        'efforts of my Administration to advance equity and civil rights.\n\nIn particular, the '
        'Initiative shall advance efforts to:\n\n(i) identify and eliminate any existing '
        'institutional policies or barriers within Federal programs and services that may '
        'disadvantage or burden AA and NHPI communities;\n\n(ii) improve safety, access to justice,'
        ' and violence prevention for AA and NHPI communities, including by preventing, '
        'reporting, addressing, and better tracking acts of hate and bias (such as acts of hate '
        'and bias at the intersection of gender-based violence);\n\n(iii) promote inclusion and '
        'belonging for AA and NHPI communities, including by expanding public education and '
        'knowledge of AA and NHPI people and their diverse cultures, languages, and histories;\n\n'
        '(iv) expand the collection and use of disaggregated data at the Federal, State and local'
        ' level on AA and NHPI communities, and facilitate improved research on policy and '
        'program outcomes for AA and NHPI communities, in coordination with the Interagency '
        'Working Group on Equitable Data established by Executive Order 13985;\n\n(v) end language '
        'access and other barriers faced by AA and NHPI communities in accessing government '
        'benefits and services;\n\n(vi) improve health outcomes, eliminate health disparities, and '
        'expand access to quality, affordable, and culturally competent medical and mental '
        'healthcare services for AA and NHPI individuals and communities;\n\n(vii) end disparities '
        'in educational outcomes for AA and NHPI youth and students of all ages, and address '
        'barriers to learning, including bullying, harassment, and other forms of discrimination '
        'at school;\n\n(viii) address the concentration of poverty facing many AA and NHPI '
        'communities, including by identifying and addressing disparities in access to safe, '
        'affordable housing and homeownership;\n\n(ix) expand economic opportunity for AA and NHPI '
        'families, including by advancing opportunities for AA and NHPI entrepreneurs and small '
        'businesses, supporting access to jobs and workforce training for AA and NHPI '
        'communities, promoting AA and NHPI participation and success in the private sector, '
        'ensuring workplaces are free from race and national origin harassment and other forms of'
        ' employment discrimination, and ensuring AA and NHPI communities can access consumer and'
        ' finance protections;\n\n(x) increase opportunities for civic engagement, such as '
        'electoral participation, within AA and NHPI communities;\n\n(xi) improve the equitable '
        'allocation of Federal resources, including through Federal funds, contracts, grants, and'
        ' awards, to AA and NHPI communities and AA and NHPI-serving organizations;\n\n(xii) '
        'support AA and NHPI communities in responding to and recovering from national or '
        'regional crises and public health emergencies, including the COVID-19 pandemic and '
        'related economic crisis;\n\n(xiii) secure climate and environmental justice for AA and '
        'NHPI communities who are particularly impacted by the climate crisis and are '
        'overburdened by environmental degradation; and\n\n(xiv) identify ways to foster the '
        'recruitment, career and leadership development, retention, advancement, and '
        'participation of AA and NHPI public servants at all levels of the Federal workforce.\n\n'
        '(c) In addition to the Co-Chairs, the Initiative shall consist of senior officials from '
        'the following agencies and offices, designated by the heads thereof:\n\n(i) the Office of '
        'the Vice President;\n\n(ii) the Department of State;\n\n(iii) the Department of the '
        'Treasury;\n\n(iv) the Department of Defense;\n\n(v) the Department of Justice;\n\n(vi) the '
        'Department of the Interior;\n\n(vii) the Department of Agriculture;\n\n(viii) the Department'
        ' of Commerce;\n\n(ix) the Department of Labor;\n\n(x) the Department of Health and Human '
        'Services;\n\n(xi) the Department of Housing and Urban Development;\n\n(xii) the Department '
        'of Energy;\n\n(xiii) the Department of Education;\n\n(xiv) the Department of Veterans '
        'Affairs;\n\n(xv) the Department of Homeland Security;\n\n(xvi) the Environmental Protection '
        'Agency;\n\n(xvii) the Office of Management and Budget;\n\n(xviii) the Office of the United '
        'States Trade Representative;\n\n(xix) the Small Business Administration;\n\n(xx) the Office '
        'of Science and Technology Policy;\n\n(xxi) the National Security Council;\n\n(xxii) the '
        'National Economic Council;\n\n(xxiii) the Domestic Policy Council;\n\n(xxiv) the Gender '
        'Policy Council;\n\n(xxv) the Council on Environmental Quality;\n\n(xxvi) the White House '
        'Office of Cabinet Affairs;\n\n(xxvii) the White House Office of Intergovernmental Affairs;'
        '\n\n(xxviii) the White House Office of Public Engagement;\n\n(xxix) the White House Office '
        'of Presidential Personnel;\n\n(xxx) the Social Security Administration;\n\n(xxxi) the '
        'General Services Administration;\n\n(xxxii) the United States Agency for International '
        'Development;\n\n(xxxiii) the Office of Personnel Management;\n\n(xxxiv) the Equal Employment'
        ' Opportunity Commission; and\n\n(xxxv) other agencies and offices as the President may, '
        'from time to time, designate.\n\nAt the direction of the Co-Chairs, the Initiative may '
        'establish subgroups consisting exclusively of Initiative members or their designees, as '
        'appropriate. To the extent permitted by law, members of the Initiative, or their '
        'designees, shall devote the time, skill, and resources necessary and adequate to carry '
        'out the functions of the Initiative. Each agency and office shall bear its own expenses '
        'for participating in the Initiative.\n\n(d) The Department of Health and Human Services '
        'shall provide funding and administrative support for the Initiative to the extent '
        'permitted by law and within existing appropriations, and may, as necessary and '
        'appropriate under section 1535 of title 31, United States Code, enter into one or more '
        'agreements to obtain goods or services from one or more agencies in support of the '
        'Initiative.\n\n(e) Each agency in the Initiative shall prepare a plan (agency plan) '
        'outlining measurable actions the agency is considering or will take to advance equity, '
        'justice, and opportunity for AA and NHPI communities, including plans to implement the '
        'policy goals outlined in subsection (b) of this section. Agencies shall report their '
        'plans to the Co-Chairs of the Initiative and the Executive Director on a frequency '
        'established by the Executive Director. In developing such plans, officials participating'
        ' in the Initiative shall seek opportunities to engage with employee affinity groups or '
        'Federal networks representing AA and NHPI public servants.\n\n(i) Each such agency shall '
        'assess and report to the Co-Chairs of the Initiative and the Executive Director on its '
        'progress in implementing its respective agency plan on a regular basis as established by'
        ' the Co-Chairs of the Initiative and the Executive Director.\n\n(ii) On an annual basis, '
        'the Co-Chairs of the Initiative shall develop and submit to the President a report '
        'outlining a Government-wide interagency plan to advance equity, justice, and opportunity'
        ' for AA and NHPI communities, and progress made in implementing the policy goals '
        'outlined in subsection (b) of this section.\n\n(f) The Initiative shall coordinate with '
        'and support the existing regional network of Federal officials who facilitate improved '
        'communication, engagement, and coordination between the Federal Government and AA and '
        'NHPI communities throughout the United States (Regional Network). Agencies identified as'
        ' participants in the Initiative shall seek opportunities, consistent with applicable law'
        ' and available resources, to provide support and resources to the Regional Network '
        'through each agency’s respective regional offices. The Executive Director shall '
        'coordinate the efforts of the Regional Network, and may establish regular reporting and '
        'information-sharing activities between the Regional Network and the Initiative.\n\nSec. 4.'
        ' General Provisions.\n\n(a) This order supersedes Executive Order 13125 of June 7, 1999 '
        '(Increasing Participation of Asian Americans and Pacific Islanders',
        [],
        [(ANY, 'Initiative', ANY, ANY)],
        id='wh-19139-executive-order-initiative'),

    # round 2: planned steps are proposed (a new dialogue; another round of one is implemented,
    # hedged: round 13), reacting ones are no parties, named MOUs keep their subject
    pytest.param(
        'sd-323108',
        'On March 10, the Deputy Secretary will meet with Foreign Minister Ramtane Lamamra and '
        'lead the U.S. delegation for the fifth U.S.-Algerian Strategic Dialogue.',
        # another round of a dialogue already held is taken part in (implement, hedged; the
        # round-13 judges: "will lead the U.S. delegation to the ... Dialogue" is no proposal)
        [_want({'Algeria', 'United States'}, 'U.S.-Algerian Strategic Dialogue', 'implement')],
        [_want({'Algeria', 'United States'}, 'U.S.-Algerian Strategic Dialogue', 'propose')],
        id='sd-323108-will-lead-delegation-planned'),
    pytest.param(
        'wh-57310',
        'The next U.S.-Mexico High Level Economic Dialogue (HLED) in September will focus on '
        'strengthening mechanisms to create more secure and efficient corridors for trade and '
        'commerce.',
        [_want({'Mexico', 'United States'}, 'U.S.-Mexico High Level Economic Dialogue', 'implement')],
        [_want({'Mexico', 'United States'}, 'U.S.-Mexico High Level Economic Dialogue', 'propose')],
        id='wh-57310-next-dialogue-planned'),
    pytest.param(
        'sd-351897',
        'In Paris, France, June 12-13, Assistant Secretary Lewis will co-chair the inaugural '
        'meeting of the U.S.-France Defense Trade Strategic Dialogue, a new forum to strengthen '
        'bilateral defense trade with one of America’s oldest Allies.',
        [_want({'France', 'United States'}, 'U.S.-France Defense Trade Strategic Dialogue', 'propose')],
        [_want({'France', 'United States'}, 'U.S.-France Defense Trade Strategic Dialogue', 'implement')],
        id='sd-351897-will-co-chair-planned'),
    pytest.param(
        'wh-26851',
        'Given the strong economic ties binding us, the delegations advanced preparations for the '
        'upcoming relaunch of the U.S.-Mexico High-Level Economic Dialogue (HLED), which will be '
        'held in Washington on September 9.',
        [_want({'Mexico', 'United States'}, 'U.S.-Mexico High-Level Economic Dialogue', 'propose')],
        [_want({'Mexico', 'United States'}, 'U.S.-Mexico High-Level Economic Dialogue', 'implement')],
        id='wh-26851-upcoming-relaunch-planned'),
    pytest.param(
        'sd-311424',
        'In Romania, the Counselor will reaffirm the importance of the U.S.-Romania Strategic '
        'Partnership in addressing common threats and challenges.',
        [],
        [_want({'Romania', 'United States'}, 'U.S.-Romania Strategic Partnership', 'implement')],
        id='sd-311424-reaffirming-a-partnership-is-no-act-on-it'),
    pytest.param(
        'sd-252301',
        'Secretary of State Antony J. Blinken delivered virtual remarks today to congratulate '
        'Brazil on signing the Artemis Accords.',
        [_want({'Brazil'}, 'Artemis Accords', 'sign')],
        [_want({'United States'}, 'Artemis Accords', 'sign')],
        id='sd-252301-congratulating-one-is-no-party'),
    pytest.param(
        'wh-51495',
        'Statement by NSC Spokesperson Adrienne Watson on National Security Advisor Jake '
        'Sullivan’s Meeting with President David Panuelo of the Federated States of '
        'Micronesia\n\nThe two discussed the existential threat posed by climate '
        'change to Pacific Island nations, and voiced common concern about the People’s Republic '
        'of China and the Solomon Islands signing a bilateral security agreement.',
        [],
        [_want({'United States', 'China'}, 'security agreement', 'sign'),
         _want(ANY, 'security agreement', 'sign')],
        id='wh-51495-concerned-one-is-no-party'),
    pytest.param(
        'sd-245710',
        'QUESTION: Let me ask you while we’re on the Middle East, Mr. Secretary: The Biden '
        'administration, President Biden when he was campaigning said as soon as I become '
        'president, we will rejoin the Iran nuclear deal.',
        [],
        [_want({'United States'}, 'Iran nuclear deal', 'join'),
         _want({'United States'}, 'Iran nuclear deal', 'propose')],
        id='sd-245710-journalists-question-reports-nothing'),
    pytest.param(
        'sd-363710',
        'In 2022, Albania and the Jones International Group signed an MOU on secure digital '
        'networks.',
        [_want({'Albania'}, 'Memorandum of Understanding on secure digital networks', 'sign')],
        [_want({'Albania'}, 'MOU', 'sign')],
        id='sd-363710-mou-named-with-its-subject'),
    pytest.param(
        'wh-48630',
        'I report that I have issued an Executive Order finding that the Russian Federation’s '
        'unjustified, unprovoked, unyielding, and unconscionable war against Ukraine, including '
        'its recent further invasion in violation of international law, including the United '
        'Nations Charter, further threatens the peace, stability, sovereignty, and territorial '
        'integrity of Ukraine, and thereby constitutes an unusual and extraordinary threat to the '
        'national security and foreign policy of the United States.',
        [],
        [_want(ANY, 'United Nations Charter', 'sign')],
        id='wh-48630-violation-is-no-signatory-list'),
    pytest.param(
        'sd-310699',
        'Secretary Blinken’s Meeting with Republic of Cyprus Foreign Minister Kasoulides\n\n'
        'Secretary of State Antony J. Blinken met today with Republic of Cyprus Foreign Minister '
        'Ioannis Kasoulides today in Washington, D.C. '
        'They also underscored the importance of increasing scientific collaboration on issues '
        'such as climate change and emerging technology through the upcoming signing of a '
        'bilateral Science and Technology Agreement.',
        [_want(ANY, 'Science and Technology Agreement', 'propose')],
        [_want(ANY, 'Science and Technology Agreement', 'sign')],
        id='sd-310699-upcoming-signing-is-proposed'),
    pytest.param(
        'sd-264007',
        'He expressed concern that the Houthis continue to refuse to engage meaningfully on a '
        'ceasefire and political talks and stressed that only through a durable agreement between '
        'the Yemeni parties can the dire humanitarian crisis in the country be reversed.',
        [],
        [_want(ANY, 'durable agreement', 'implement')],
        id='sd-264007-through-an-agreement-yet-to-be-made'),
    pytest.param(
        'wh-54087',
        'I am absolutely confident that with the conclusion of the India-USA Investment Incentive '
        'Agreement, we will see concrete progress in investment between our two countries.',
        [_want({'India', 'United States'}, 'India-USA Investment Incentive Agreement', 'sign')],
        [_want(ANY, 'India-USA Investment Incentive Agreement', 'propose')],
        id='wh-54087-concluded-before-a-future-clause'),
    pytest.param(
        'wh-50978',
        'Mr. Sullivan and President Sandu welcomed the opportunity to further strengthen bilateral '
        'cooperation at the U.S.-Moldova Strategic Dialogue, which will be held in Washington '
        'next week.',
        [_want({'Moldova', 'United States'}, 'U.S.-Moldova Strategic Dialogue', 'implement')],
        [_want({'Moldova', 'United States'}, 'U.S.-Moldova Strategic Dialogue', 'propose')],
        id='wh-50978-dialogue-to-be-held-next-week'),
    pytest.param(
        'sd-245710',
        'First, I think the steps that Iran is taking underscore the urgency of trying to get Iran '
        'back into compliance with its obligations under the nuclear deal, the deal that stopped '
        'their – the dangerous aspects of their nuclear program.',
        [],
        [_want({'Iran'}, 'nuclear deal', 'implement')],
        id='sd-245710-back-into-compliance-is-not-implementing'),
    pytest.param(
        'sd-256051',
        'Our U.S.-DRC Privileged Partnership for Peace and Prosperity, which now also includes '
        'preservation of the environment, reflects our shared commitment to improving the lives of '
        'our citizens.',
        [],
        [_want({'Democratic Republic of the Congo', 'United States'},
               'U.S.-DRC Privileged Partnership for Peace and Prosperity', 'implement')],
        id='sd-256051-a-partnership-only-named'),
    pytest.param(
        'sd-351966',
        'The United States was one of the first countries to sign the international treaty '
        'against child labor.',
        [_want({'United States'}, 'international treaty against child labor', 'sign')],
        [_want({'United States'}, 'international treaty', 'sign')],
        id='sd-351966-described-treaty-keeps-its-subject'),
    pytest.param(
        'sd-332450',
        'It is also a chance to highlight the growing Major Defense Partnership between the United '
        'States and India.',
        [_want({'India', 'United States'}, 'Major Defense Partnership', 'implement')],
        [_want({'India', 'United States'}, 'Major Defense Partnership', 'sign')],
        id='sd-332450-partnership-between-two-is-carried-on'),
    # an agreement named only as the frame of something else is not acted on (round 4 of the
    # blind check: "commitments under", "a case under", "support efforts to implement")
    pytest.param(
        'sd-316263',
        'As we said when the Duma first made its request: this decision represents a complete '
        'rejection of Russia’s commitments under the Minsk agreements, directly contradicts '
        'Russia’s claimed commitment to diplomacy, and is a clear attack on Ukraine’s sovereignty '
        'and territorial integrity.',
        [],
        [_want({'Russia'}, 'Minsk agreements', 'implement')],
        id='sd-316263-commitments-under-are-background'),
    pytest.param(
        'wh-56591',
        'This date was originally envisioned as the halfway point of 50 years of promised '
        'autonomy under the Sino-British Joint Declaration.',
        [],
        [_want({'United Kingdom'}, 'Sino-British Joint Declaration', 'implement')],
        id='wh-56591-promised-under-is-background'),
    pytest.param(
        'sd-319299',
        'On February 26, 2022, Ukraine filed an application at the International Court of Justice'
        ' (ICJ) to initiate proceedings against the Russian Federation under the Convention on the'
        ' Prevention and Punishment of the Crime of Genocide.',
        [],
        [_want({'Ukraine'}, 'Convention on the Prevention and Punishment of the Crime of Genocide',
               'implement')],
        id='sd-319299-a-case-under-is-no-implementing'),
    pytest.param(
        'sd-350915',
        'We, the Governments of France, Germany, the United Kingdom, and the United States, welcome'
        ' the IAEA Board of Governors’ adoption of a resolution responding to Iran’s insufficient '
        'cooperation with the IAEA on serious and outstanding safeguards issues relating to Iran’s '
        'obligations under its NPT-required safeguards agreement.',
        [],
        [_want({'Iran'}, 'NPT-required safeguards agreement', 'implement')],
        id='sd-350915-obligations-under-in-a-complaint'),
    pytest.param(
        'wh-57708',
        'During the meeting, the two leaders reaffirmed their shared commitment to the strong '
        'bilateral partnership between Iraq and the United States under the Strategic Framework '
        'Agreement and their determination to continue security coordination to ensure that ISIS '
        'can never resurge.',
        [_want({'Iraq', 'United States'}, 'Strategic Framework Agreement', 'implement')],
        [],
        id='wh-57708-partnership-under-is-implementing'),
    pytest.param(
        'sd-316039',
        'Russia must de-escalate and fulfil its commitments in implementing the Minsk Agreements.',
        [],
        [_want({'Russia'}, 'Minsk Agreements', 'implement')],
        id='sd-316039-must-is-demanded-not-done'),
    pytest.param(
        'sd-364281',
        'The two also reiterated the need for swift implementation of the UN-brokered grain '
        'transport deal among Russia, Turkey, and Ukraine.',
        [],
        [_want({'Russia', 'Turkey', 'Ukraine'}, 'UN-brokered grain transport deal', 'implement')],
        id='sd-364281-the-need-for-implementation'),
    pytest.param(
        'sd-365305',
        'But this is only a first step, and continued implementation of the July 21 UN-facilitated'
        ' deal is essential to bolster food security around the world.',
        [],
        [_want({'United Nations'}, 'July 21 UN-facilitated deal', 'implement')],
        id='sd-365305-implementation-is-essential'),
    pytest.param(
        'wh-54371',
        'To help coordinate these and other water and wastewater infrastructure funds, EPA has '
        'revitalized the Tribal Infrastructure Task Force (ITF) through a new Memorandum of '
        'Understanding between seven federal agencies.',
        [],
        [_want({'United States'}, 'Memorandum of Understanding', 'implement')],
        id='wh-54371-between-agencies-is-domestic'),
    pytest.param(
        'wh-49672',
        'To support human rights defenders, anti-corruption watchdogs, journalists, and other '
        'members of civil society operating in and around Ukraine, the United States is launching '
        'the European Democratic Resilience Initiative (EDRI), which will provide at least $320 '
        'million in new funding to these groups and regional governments.',
        [],
        [_want({'United States'}, 'European Democratic Resilience Initiative', 'sign')],
        id='wh-49672-a-programme-of-one-is-no-agreement'),
    pytest.param(
        'wh-50010',
        'The Vice President welcomed Singapore becoming the first Southeast Asian nation to join '
        'the Artemis Accords and discussed with the Prime Minister our continued cooperation on '
        'space, climate, supply chains, and cybersecurity.',
        [_want({'Singapore'}, 'Artemis Accords', 'join')],
        [],
        id='wh-50010-becoming-the-first-nation-to-join'),
    pytest.param(
        'sd-252301',
        'Brazil Signs Artemis Accords\n\nBrazil is the first South American country to join the '
        'Artemis Accords.',
        [_want({'Brazil'}, 'Artemis Accords', 'join')],
        [],
        id='sd-252301-is-the-first-country-to-join'),
    pytest.param(
        'sd-344358',
        'In the presence of the Foreign Ministers of Ukraine and Moldova, we underscore Ukraine’s '
        'sovereignty, territorial integrity, independence and right for self-defence under the UN '
        'Charter.',
        [],
        [_want({'United States'}, 'UN Charter', 'implement')],
        id='sd-344358-saying-what-is-under-a-charter'),
    pytest.param(
        'wh-20555',
        'President Biden expressed his appreciation for France’s leadership on climate issues '
        'through the Paris Agreement, and both leaders underscored their dedication to achieve '
        'ambitious outcomes at the COP26 Summit in Glasgow in November.',
        [],
        [_want({'United States'}, 'Paris Agreement', 'implement')],
        id='wh-20555-appreciation-is-no-act-under-it'),
    pytest.param(
        'sd-353757',
        'We will continue to pursue materiel and operational solutions that would be compliant '
        'with and ultimately allow the United States to accede to the Ottawa Convention, while we '
        'at the same ensure our ability to meet our alliance commitments.',
        [_want({'United States'}, 'Ottawa Convention', 'propose')],
        [_want({'United States'}, 'Ottawa Convention', 'join')],
        id='sd-353757-would-allow-to-accede-is-proposed'),
    pytest.param(  # judged in the fifth blind check (wrong: a call, and the US is no party)
        'sd-329273',
        'U.S. Concern About the Deteriorating Situation in South Sudan\n\n'
        'Ned Price, Department Spokesperson\n\n'
        'We call for both sides to observe fully their obligations under the existing peace '
        'agreement and note that inflammatory rhetoric is counterproductive and should cease '
        'immediately.',
        [],
        [_want({'United States', 'South Sudan'}, 'peace agreement', 'implement')],
        id='sd-329273-call-for-sides-to-observe'),
    pytest.param(  # judged in the fifth blind check (wrong: nobody proposes it)
        'sd-264007',
        'U.S. Special Envoy for Yemen Lenderking’s Return from Saudi Arabia\n\n'
        'He expressed concern that the Houthis continue to refuse to engage meaningfully on a '
        'ceasefire and political talks and stressed that only through a durable agreement '
        'between the Yemeni parties can the dire humanitarian crisis in the country be reversed.',
        [],
        [_want({'Yemen'}, 'durable agreement', 'propose')],
        id='sd-264007-only-through-an-agreement-yet-to-be'),
    pytest.param(  # judged in the fifth blind check (wrong: a background mention)
        'sd-330904',
        'Jamaica stands with people around the world in upholding the principles of the United '
        'Nations charter in respecting territorial integrity, sovereignty, and the peaceful '
        'resolution of disputes.',
        [],
        [_want({'Jamaica'}, 'United Nations charter', 'implement')],
        id='sd-330904-upholding-principles-of-a-charter'),
    pytest.param(  # judged in the sixth blind check (partly: read as signed)
        'wh-53490',
        'They also discussed stability in the Western Balkans, with Mr. Sullivan expressing U.S. '
        'support for the EU-facilitated Dialogue to reach a comprehensive normalization agreement '
        'between Kosovo and Serbia and the need for further progress on key outstanding issues.',
        [_want({'Kosovo', 'Serbia'}, 'comprehensive normalization agreement', 'negotiate')],
        [_want({'Kosovo', 'Serbia'}, 'comprehensive normalization agreement', 'sign')],
        id='wh-53490-a-dialogue-to-reach-an-agreement'),
    pytest.param(
        'sd-364248',
        'Deputy Secretary Wendy Sherman met in Washington today with the Republic of the '
        'Marshall Islands Foreign Minister Kitlang Kabua and a group of Compact of Free '
        'Association negotiation delegation members. They discussed progress on the Compact '
        'negotiations, the impact of COVID-19 on the Marshallese people and diaspora.',
        [_want({'United States', 'Marshall Islands'}, 'Compact of Free Association', 'discuss')],
        [_want(ANY, 'Compact of Free Association', 'negotiate')],
        id='sd-364248-talk-about-negotiations-is-discussion'),
    pytest.param(
        'wh-19951',
        'The governments of the United States and Mexico signed a memorandum of understanding to '
        'establish a strategic partnership to address the lack of economic opportunities in '
        'northern Central America.',
        [_want({'United States', 'Mexico'}, 'Memorandum of Understanding', 'sign')],
        [],
        id='wh-19951-a-memorandum-signed-without-a-name'),
    pytest.param(
        'sd-353270',
        'Egypt, Israel, and the EU have concluded a trilateral agreement on June 15 on natural '
        'gas, in which they declare their intention to promote the reduction of methane leakages.',
        [_want({'Egypt', 'Israel', 'European Union'}, ANY, 'sign')],
        [],
        id='sd-353270-an-agreement-concluded-by-three'),
    pytest.param(  # a pre-audit of 40 facts: the UAE, tagged as an organisation, was left out
        'wh-50426',
        'Today’s conclusion of a Free Trade Agreement between the UAE and Israel exemplifies the '
        'new opportunities that are emerging in the region.',
        [_want({'United Arab Emirates', 'Israel'}, 'Free Trade Agreement', 'sign')], [],
        id='wh-50426-a-country-tagged-as-an-organisation'),
    pytest.param(
        'sd-313100',
        'Opening of U.S.-Denmark Defense Cooperation Agreement Negotiations\n\n'
        'Ned Price, Department Spokesperson\n\n'
        'The United States welcomes the offer announced today by Danish Prime Minister Mette '
        'Frederiksen to begin negotiating a new Defense Cooperation Agreement.',
        [_want({'United States', 'Denmark'}, 'U.S.-Denmark Defense Cooperation Agreement',
               'negotiate')], [],
        id='sd-313100-the-headlines-fuller-name-gives-the-countries'),
    pytest.param(
        'wh-50564',
        'FACT SHEET: Implementation of the Australia – United Kingdom – United States Partnership '
        '(AUKUS)\n\nToday, Prime Minister Scott Morrison of Australia, Prime Minister Boris '
        'Johnson of the United Kingdom, and President Joseph R. Biden, Jr. of the United States '
        'reviewed progress. Through the AUKUS Undersea Robotics Autonomous Systems (AURAS) '
        'project, our nations are collaborating on autonomous underwater vehicles.',
        [_want({'Australia', 'United Kingdom', 'United States'}, 'AUKUS', 'implement')],
        [_want({'Australia', 'United Kingdom'}, 'AUKUS', 'implement')],
        id='wh-50564-our-nations-include-the-us'),
    pytest.param(  # judged in the eleventh blind check (wrong: a nominee's career, no party)
        'wh-26719',
        'She has been deeply involved in many trade negotiations, including the United States-Mexico-Canada Agreement (USMCA), the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the New Trade Policy of 2007, the Dominican Republic-Central American Free Trade Agreement (CAFTA-DR), the EU-Canada Comprehensive and Trade Agreement (CETA), the EU-Mercosur Trade Agreement, and most recently in the Regional Comprehensive Economic Partnership (RCEP).',
        [], [_want(ANY, ANY, ANY)], id='wh-26719-a-biographys-negotiations'),
    pytest.param(  # the eleventh development review (wrong: commitments named, not kept)
        'sd-257522',
        'It is worrying that Iran is choosing to continue to escalate its nonperformance of its '
        'JCPOA commitments, especially with experiments that have value for nuclear weapons '
        'research.',
        [], [_want(ANY, ANY, 'implement')], id='sd-257522-commitments-named-not-kept'),
    pytest.param(  # the eleventh development review (partly: an open choice read as signing)
        'sd-345108',
        'Iran needs to decide, as I alluded to before, whether it insists on conditions that are '
        'extraneous to the JCPOA, or whether it is ready, willing, and able to conclude the JCPOA, '
        'a mutual return to compliance with it, quickly.',
        [], [_want(ANY, ANY, 'sign')], id='sd-345108-whether-it-is-ready-to-conclude'),
    pytest.param(  # the eleventh development review (partly: the aim of a campaign)
        'sd-324180',
        'Though she faced powerful opposition, Doina Gherman, a member of parliament, campaigned '
        'for Moldova to ratify the Istanbul Convention, recognizing gender-based violence as a '
        'human rights violation.',
        [], [_want(ANY, ANY, 'ratify')], id='sd-324180-campaigned-for-it-to-ratify'),
    pytest.param(  # the eleventh development review (wrong: a party from the name, no actor)
        'sd-311114',
        'When the Iran deal was fully implemented, the so-called breakout time to which you refer '
        'was one year, meaning that it would take Iran one year to accumulate the fissile material '
        'necessary for a nuclear weapon if it chose to do so.',
        [], [_want({'Iran'}, ANY, ANY)], id='sd-311114-no-actor-but-the-name'),
    pytest.param(  # the eleventh development review (wrong: a reporter's question)
        'wh-47673',
        'Press Gaggle by Press Secretary Karine Jean-Pierre\n\n' + 'Q And then, on another subject, the U.S. and several countries are close to reaching a nuclear deal with Iran. What’s the likelihood of an agreement, you know, this week, in your view?',
        [], [_want(ANY, ANY, ANY)], id='wh-47673-a-reporters-q-paragraph'),
    pytest.param(  # the eleventh development review (partly: adopting as an original party)
        'sd-349067',
        'These are just a few of the ways in which we’re working to bolster democratic governance '
        'as a region and build on the commitment we made 20 years ago when we adopted the '
        'Inter-American Democratic Charter.',
        [_want(ANY, 'Inter-American Democratic Charter', 'sign')],
        [_want(ANY, ANY, 'join')], id='sd-349067-adopted-is-signed'),
    pytest.param(  # judged in the tenth blind check (partly: the Japan Coast Guard left out)
        'wh-53860',
        'Prime Minister Kishida and President Biden affirmed their intent to deepen cooperation on '
        'joint training and capacity building in third countries, including through cooperation '
        'by the Japan and U.S. Coast Guards; the two leaders welcomed the signing of annexes to the '
        'Memorandum of Cooperation between the U.S. Coast Guard and the Japan Coast Guard.',
        [_want({'United States', 'Japan'}, 'Memorandum of Cooperation', 'sign')], [],
        id='wh-53860-between-two-states-bodies'),
    pytest.param(  # judged in the tenth blind check (wrong: the session convened, an event)
        'sd-323399',
        'Ladies and gentlemen, I want to thank first of all Secretary of State Antony Blinken for '
        'having convened this high-level dialogue between the African Union and the United '
        'States, despite the very tight and very busy schedule.',
        [], [_want(ANY, ANY, ANY)], id='sd-323399-a-dialogue-in-lower-case-is-an-event'),
    pytest.param(  # judged in the tenth blind check (wrong: a conference, not a dialogue held)
        'sd-341324',
        'The State Department and our government partners look forward to participating in the '
        'October Borlaug Dialogue events in Des Moines and to continuing our efforts throughout '
        'the year to advance our common objectives.',
        [], [_want(ANY, 'Borlaug Dialogue', ANY)], id='sd-341324-what-is-done-to-its-events'),
    pytest.param(  # judged in the tenth blind check (wrong: a US funding instrument)
        'sd-264621',
        'Four: Afghans who work or worked for a U.S. Government-funded program or project in '
        'Afghanistan supported through a U.S. Government grant or cooperative agreement.',
        [], [_want(ANY, ANY, ANY)], id='sd-264621-a-grant-or-cooperative-agreement'),
    pytest.param(  # judged in the tenth blind check (partly: adopted within it is no joining)
        'wh-53860',
        'They concurred on establishing a joint task force to explore the development of next '
        'generation semiconductors, based on “the Basic Principles on Semiconductor Cooperation” '
        'adopted in the Japan-U.S. Commercial and Industrial Partnership (JUCIP).',
        [], [_want(ANY, ANY, 'join')], id='wh-53860-adopted-in-a-partnership'),
    pytest.param(  # judged in a pre-audit (partly: the United States left out)
        'wh-25083',
        'President Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to '
        'strengthen bilateral coordination under the Strategic Framework Agreement.',
        [_want({'United States', 'Iraq'}, 'Strategic Framework Agreement', 'implement')], [],
        id='wh-25083-met-to-act-under-an-agreement'),
    pytest.param(  # judged in the eighth blind check (wrong: an event one organisation hosts)
        'wh-56459',
        'Combating Climate Change and Promoting Energy Resilience: Ahead of the Summit, NATO '
        'hosted its first-ever high-level dialogue on climate change and related security '
        'implications.',
        [], [_want(ANY, ANY, 'implement')], id='wh-56459-a-dialogue-one-hosts-is-an-event'),
    pytest.param(  # judged in the eighth blind check (partly: the headline as the name)
        'wh-49719',
        'FACT SHEET: United States and European Commission Announce Trans-Atlantic Data Privacy '
        'Framework\n\nThe United States and the European Commission have committed to a new '
        'Trans-Atlantic Data Privacy Framework, which will foster trans-Atlantic data flows.',
        [_want({'United States', 'European Commission'}, 'Trans-Atlantic Data Privacy Framework',
               ANY)],
        [_want(ANY, 'United States and European Commission Announce Trans-Atlantic Data Privacy '
               'Framework', ANY)],
        id='wh-49719-a-headline-verb-opens-no-name'),
    pytest.param(  # judged in the eighth blind check (partly: '-year agreement')
        'wh-20925',
        'Today’s announcement that the U.S. and EU have reached a 5-year agreement in the '
        '16-year-long Boeing-Airbus dispute does just that.',
        [_want({'United States', 'European Union'}, '5-year agreement', 'sign')], [],
        id='wh-20925-a-number-joined-to-the-name'),
    pytest.param(  # a joint statement's "we" is its authors, not the United States alone
        'wh-50561',
        'AUKUS Leaders’ Level Statement\n\nToday, the leaders of the Australia-UK-US (AUKUS) '
        'partnership – Prime Minister Scott Morrison of Australia, Prime Minister Boris Johnson of '
        'the United Kingdom, and President Joseph R. Biden, Jr. of the United States – assessed '
        'progress under AUKUS.\n\nWe reaffirmed our commitment to AUKUS and to a free and open '
        'Indo-Pacific.',
        [], [_want({'United States'}, 'AUKUS', 'implement')],
        id='wh-50561-leaders-statement-we-is-not-the-us-alone'),
    pytest.param(  # judged items (round 13), not in the gold
        'wh-18203',
        'U.S.-ROK Leaders’ Joint Statement\n\nAgainst this backdrop, we agree to establish a '
        'comprehensive KORUS Global Vaccine Partnership to strengthen joint response capabilities '
        'for infectious disease through international vaccine cooperation, including focus areas '
        'on global expansion of production and related materials, as well as scientific and '
        'technological cooperation.',
        [_want({'United States', 'South Korea'}, 'KORUS Global Vaccine Partnership', 'sign')], [],
        id='wh-18203-joint-statement-we-is-its-titled-authors'),
    pytest.param(  # "Inter-American" is one word of the Americas, not the United States
        'sd-248062',
        'SECRETARY BLINKEN: A couple of things. We – we’re looking forward to the meeting in a '
        'short while, and I think first and foremost what we would like to see is a recommitment '
        'by all of the countries that signed the Inter-American Charter on Democracy to recommit '
        'to its principles.',
        [], [_want({'United States'}, 'Inter-American Charter on Democracy', ANY)],
        id='sd-248062-inter-american-names-no-party'),
    pytest.param(  # "countries" beside a name is no list of its members
        'wh-57415',
        'The Jerusalem U.S.-Israel Strategic Partnership Joint Declaration\n\nThe countries '
        'affirm that Israel’s peace and normalization agreements with the United Arab Emirates, '
        'Bahrain, and Morocco constitute a critical addition to Israel’s strategic peace treaties '
        'with Egypt and Jordan, all of which are important to the future of the Middle East region '
        'and to the cause of regional security, prosperity, and peace.',
        [], [_want({'Israel', 'United Arab Emirates', 'Bahrain', 'Morocco', 'Egypt', 'Jordan'},
                   ANY, 'sign')],
        id='wh-57415-countries-beside-a-name-are-no-members'),
    pytest.param(  # judged items (round 13), not in the gold: the welcoming one is no member
        'wh-53113',
        'The United States welcomed Indonesia, Vietnam, Malaysia, the Philippines, and Singapore '
        'joining the Global Methane Pledge at COP-26, and we are accelerating technical '
        'assistance, financial resources, and project pipeline development for methane mitigation '
        'in Global Methane Pledge countries, including through the EPA, USTDA, DFC, and EXIM.',
        [_want({'Indonesia', 'Vietnam', 'Malaysia', 'Philippines', 'Singapore'},
               'Global Methane Pledge', 'join')],
        [_want(ANY, 'Global Methane Pledge', 'sign')],
        id='wh-53113-welcomed-joining-then-pledge-countries'),
    pytest.param(  # judged items (round 13): "were it to ... once again abide" is a condition
        'sd-252951',
        'It’s, number one, the nuclear steps that Iran would need to take were it to '
        'affirmatively decide to once again abide by its full commitments under the 2015 JCPOA as '
        'well as the sanctions relief that the United States would need to undertake should we '
        'able – be able to arrive at a mutual return to compliance.',
        # Iran's return is one step of the mutual return the sentence names: the two sides'
        # negotiation (round 13: "the action is negotiate (a conditional return to compliance)")
        [_want({'Iran', 'United States'}, 'JCPOA', 'negotiate')],
        [_want({'Iran'}, 'JCPOA', 'implement'), _want({'Iran'}, 'JCPOA', 'propose')],
        id='sd-252951-were-it-to-once-again-abide'),
    pytest.param(  # a release's opening names its authors: "our" is both governments
        'sd-333498',
        'Fourth Annual U.S.-India 2+2 Ministerial Dialogue\n\nThe text of the following '
        'statement was released by the Governments of the United States of America and India on '
        'the occasion of the Fourth Annual U.S.-India 2+2 Ministerial Dialogue in 2022.\n\nThe '
        'Ministers welcomed the renewal of our joint commitment to undertake collaborative '
        'research on infectious diseases of global health significance and conclude a Memorandum '
        'of Understanding to continue joint support for an Indo-U.S. International Centre for '
        'Excellence in Research between the National Institute of Allergy and Infectious Diseases '
        '(NIAID) of National Institutes of Health (NIH) and the Indian Council of Medical Research '
        '(ICMR).',
        [_want({'United States', 'India'}, ANY, 'sign')], [_want({'United States'}, ANY, 'sign')],
        id='sd-333498-released-by-two-governments'),
    pytest.param(  # helping others build the capacity to implement is not implementing
        'sd-313473',
        'Joint Statement on Quad Cooperation in the Indo-Pacific\n\nThe following is the joint '
        'statement released by the Secretary of State of the United States and the Foreign '
        'Ministers of the Governments of Australia, India, and Japan.\n\nWe are committed to '
        'promoting international peace and stability in cyberspace, and to helping build the '
        'capacity of regional countries to implement the UN Voluntary Framework for Responsible '
        'State Behaviour in Cyberspace.',
        [], [_want(ANY, ANY, 'implement')],
        id='sd-313473-helping-build-capacity-to-implement'),
    pytest.param(  # judged items (round 13): the AU Commission chairperson's "we"
        'sd-323399',
        'SECRETARY BLINKEN: Good morning, everyone.\n\nCHAIRPERSON FAKI: (Via interpreter) '
        'Thank you, Secretary of State.\n\nThe second thing which concerns – the health '
        'security. And I want to point out and it is with pleasure that we are going to '
        'sign the MOU on Africa CDC, and I want to thank the United States, which, in fact, has '
        'been at the – the front.',
        [], [_want({'United States'}, ANY, ANY)],
        id='sd-323399-chairperson-we-is-not-the-us'),
    pytest.param(  # judged items (round 13): alumni "from" a programme; only "withdrew from" acts
        'sd-358300',
        'Today I met with some Thai alumni from the Fulbright Program, the International Visitor '
        'Leadership Program, and the Young Southeast Asian Leaders Initiative.',
        [], [_want(ANY, 'Young Southeast Asian Leaders Initiative', ANY)],
        id='sd-358300-alumni-from-an-initiative'),
    pytest.param(  # judged items (round 13): "Dialogue Relations" are the relations themselves
        'wh-53253',
        'ASEAN-U.S. Special Summit 2022, Joint Vision Statement\n\nREAFFIRMING our shared '
        'commitment to strengthen and build more comprehensive ASEAN-U.S. Dialogue Relations, '
        'which have long been indispensable to ASEAN and the United States, as well as the broader '
        'region and the international community, in order to continue promoting and maintaining '
        'peace, security, stability and prosperity in the region.',
        [], [_want(ANY, 'ASEAN-U.S. Dialogue', ANY)],
        id='wh-53253-dialogue-relations-are-no-dialogue'),
    pytest.param(  # taking part in a dialogue already held, ahead: implement (hedged)
        'sd-363887',
        'In Pretoria, he will lead the U.S. delegation to the U.S.-South Africa Strategic Dialogue '
        'to reinforce and deepen our commitment to bilateral cooperation on global issues as well '
        'as a wide range of shared priorities, including health, infrastructure, trade and '
        'investment, and climate.',
        [_want({'United States', 'South Africa'}, 'U.S.-South Africa Strategic Dialogue',
               'implement')],
        [_want(ANY, 'U.S.-South Africa Strategic Dialogue', 'propose')],
        id='sd-363887-will-lead-delegation-to-a-dialogue-held'),
    pytest.param(  # judged items (round 13): working through a dialogue, ahead
        'wh-47774',
        'Through the U.S.-Mexico High-Level Economic Dialogue, the United States and Mexico will '
        'establish a joint list of critical sectors involved in cross-border supply chains and '
        'create procedures to maintain continuity of supply chains in the event of times of '
        'crisis.',
        [_want({'United States', 'Mexico'}, 'U.S.-Mexico High-Level Economic Dialogue',
               'implement')], [],
        id='wh-47774-through-a-dialogue-will-establish'),
    pytest.param(  # a new dialogue ahead stays proposed
        'sd-351897',
        'In Paris, France, June 12-13, Assistant Secretary Lewis will co-chair the inaugural '
        'meeting of the U.S.-France Defense Trade Strategic Dialogue, a new forum to strengthen '
        'bilateral defense trade with one of America’s oldest Allies.',
        [_want({'France', 'United States'}, 'U.S.-France Defense Trade Strategic Dialogue',
               'propose')], [],
        id='sd-351897-inaugural-dialogue-stays-proposed'),
    pytest.param(  # judged items (round 13): readiness sets the step ahead
        'wh-53779',
        'To achieve this, the ROK is ready to join the U.S. in endorsing the Declaration for the '
        'Future of the Internet.',
        [_want({'South Korea'}, 'Declaration for the Future of the Internet', 'propose')],
        [_want(ANY, 'Declaration for the Future of the Internet', 'sign')],
        id='wh-53779-ready-to-join-in-endorsing'),
    pytest.param(  # drafting an agreement is negotiating it: "the development of an ... Framework"
        'wh-50830',
        'Statement by Press Secretary Jen Psaki on President Biden’s Virtual Meeting with Prime '
        'Minister Modi of India\n\n'
        'President Joseph R. Biden, Jr. will meet virtually with Prime Minister Narendra Modi of '
        'India on Monday, April 11 to further deepen ties between our governments, economies, and '
        'our people. President Biden and Prime Minister Modi will discuss cooperation on a range of '
        'issues including ending the COVID-19 pandemic, countering the climate crisis, '
        'strengthening the global economy, and upholding a free, open, rules-based international '
        'order to bolster security, democracy, and prosperity in the Indo-Pacific. The Leaders will '
        'advance ongoing conversations about the development of an Indo-Pacific Economic '
        'Framework and delivering high-quality infrastructure.',
        [_want({'India', 'United States'}, 'Indo-Pacific Economic Framework', 'negotiate')], [],
        id='wh-50830-development-of-a-framework-negotiates-it'),
    pytest.param(  # a US briefing's "the last administration" is the United States (a long
        # development item: the 1,800 development samples tell no such withdrawal)
        'sd-360691',
        'Department Press Briefing – July 18, 2022\n\n'
        'First, the United States continues to demonstrate its commitments to the thousands of '
        'brave Afghans who stood side-by-side with us over the course of the past two decades.\n\n'
        'MR PRICE: Well, we have made clear – and I think you’ve heard me make this point – that '
        'ever since the last administration left the JCPOA, it’s no secret that Iran’s fissile '
        'material and its breakout time has – its fissile material has increased and its breakout '
        'time, that is to say the amount of time it would need to acquire enough fissile material '
        'to create a nuclear weapon if it chose to weaponize, that time has decreased '
        'significantly.',
        [_want({'United States'}, 'JCPOA', 'withdraw')], [],
        id='sd-360691-the-last-administration-left'),
    pytest.param(  # phrasal verbs of withdrawal: "pulled out of the deal" (a long item, round 15)
        'wh-48665',
        'Press Gaggle by Press Secretary Jen Psaki\n\n'
        'MS. PSAKI: It’s an interesting question, Jeff. I mean, I think that, you know, if you look '
        'at what’s happened over the last several years, you had — obviously, it was — it was — the '
        'Iran nuclear deal was initially approved and moved forward under the Obama-Biden '
        'administration. When former President Trump pulled out of the deal, we’ve seen the dire '
        'impact that that has led to, including a lack of visibility into their program; they have '
        'made significant progress toward acquiring a nuclear weapon.',
        [_want({'United States'}, 'Iran nuclear deal', 'withdraw')], [],
        id='wh-48665-pulled-out-of-the-deal'),
    pytest.param(  # a return on condition that the other side does the same is a mutual one:
        # both sides' negotiation of it (a long development item)
        'sd-363721',
        'Department Press Briefing – July 28, 2022\n\n'
        'The United States offers our condolences and deepest sympathies to the families, the '
        'friends, and colleagues of those killed as well as to MONUSCO and to the United Nations.'
        '\n\n'
        'There has been one country that has prevented a return to compliance with the JCPOA. '
        'That is Iran. We have made very clear that we are prepared to return to compliance with '
        'the JCPOA, assuming that Iran does the same.',
        [_want({'Iran', 'United States'}, 'JCPOA', 'negotiate')], [],
        id='sd-363721-return-if-the-other-does-the-same'),
    pytest.param(  # judged items (round 13): the gerund's own subject signs, ahead
        'wh-18203',
        'President Biden and President Moon also commit to strengthening their partnership in '
        'civil space exploration, science, and aeronautics research and will cooperate towards the '
        'ROK signing the Artemis Accords.',
        [_want({'South Korea'}, 'Artemis Accords', 'propose')],
        [_want({'United States', 'South Korea'}, 'Artemis Accords', ANY)],
        id='wh-18203-cooperate-towards-the-rok-signing'),
    pytest.param(  # judged items (round 13): the agreement's counterpart is not in the talk
        'sd-328468',
        'This morning we have discussed two main topics: the Russian invasion of Ukraine and a '
        'possible nuclear agreement with Iran.',
        [], [_want({'Iran'}, ANY, 'discuss')],
        id='sd-328468-discussed-an-agreement-with-iran'),
    pytest.param(  # backing from outside makes no party ('Emirati' is misparsed as the object)
        'wh-57737',
        'Both leaders noted the important launch of the water and solar energy arrangement '
        'between Israel and Jordan with Emirati and American backing and investment as a model '
        'for future partnerships in the region.',
        [], [_want({'United Arab Emirates', 'United States', 'Israel', 'Jordan'}, ANY, ANY)],
        id='wh-57737-american-backing-is-no-party'),
    pytest.param(  # an organisation's member states act, not the organisation
        'sd-345118',
        'This inaugural meeting is the first quadrennial IMRF since UN Member States endorsed the '
        'Global Compact for Safe, Orderly and Regular Migration (GCM) in December 2018.',
        [], [_want({'United Nations'}, ANY, ANY)],
        id='sd-345118-un-member-states-endorsed'),
    pytest.param(  # a summit statement's "we" is both sides; "intend ..., and to conclude" ahead
        'wh-20975',
        'U.S.-EU Summit Statement\n\nWe intend to work closely together, and with the wider '
        'support of the Membership of the WTO, to conclude a meaningful agreement on fisheries '
        'subsidies, and to a trade policy response to the COVID-19 pandemic that facilitates '
        'expansion of production and equitable access to vaccines.',
        [_want({'United States', 'European Union'}, ANY, 'propose')],
        [_want(ANY, ANY, 'sign')],
        id='wh-20975-summit-statement-we-intend-to-conclude'),
    pytest.param(  # judged items (round 13): talks in a dialogue are holding it
        'sd-364105',
        'In cooperation with interagency partners, the United States and Japan intend to promote '
        'information sharing on cybersecurity threats including through discussion of threat '
        'assessment and mitigation efforts in the Japan-U.S. Cyber Dialogue.',
        [_want({'United States', 'Japan'}, 'Japan-U.S. Cyber Dialogue', 'implement')],
        [_want(ANY, 'Japan-U.S. Cyber Dialogue', 'discuss')],
        id='sd-364105-discussion-in-a-dialogue'),
    pytest.param(
        'sd-353148',
        'Department Press Briefing – June 16, 2022\n\n'
        'MR PRICE: There is a deadline. The deadline is the day upon which the benefits of '
        'returning to the JCPOA are outweighed and outgained by the advancements that Iran '
        'continues to make in its nuclear program. The reason we are pursuing a mutual return to '
        'compliance with the JCPOA is because it continues to be in the national security '
        'interest of the United States and in the collective interests of our international '
        'allies and partners as well.',
        # a mutual return is the two sides' negotiation; a US-only "propose" was judged partly
        # (action and party); the other side is the one country the sentence before names
        [_want({'United States', 'Iran'}, 'JCPOA', 'negotiate')],
        [_want({'United States'}, 'JCPOA', 'propose')],
        id='mutual-return-other-side-in-the-sentence-before'),
    pytest.param(
        'sd-351215',
        'The resolution is at the heart of the IAEA’s mandate and Iran’s core obligations under '
        'the Nuclear Non-Proliferation Treaty, not about the Joint Comprehensive Plan of Action '
        '(JCPOA). The United States remains committed to a mutual return to full implementation '
        'of the JCPOA.',
        # the mutual return's sides: the subject, and the one country the sentence before names
        [_want({'United States', 'Iran'}, ANY, 'negotiate')],
        [],
        id='sd-351215-mutual-return-other-side-named-before'),
    pytest.param(
        'sd-347248',
        'While the United States continues to seek a mutual return to full implementation of the '
        'Joint Comprehensive Plan of Action (JCPOA), we will strictly enforce sanctions on Iran’s '
        'illicit oil trade.',
        # the subject of "continues" seeks it (no party found on the noun): still both sides
        [_want({'United States', 'Iran'}, ANY, 'negotiate')],
        [],
        id='sd-347248-mutual-return-sought'),
    pytest.param(
        'sd-338112',
        'QUESTION: Very quick follow-up on Iran. The Israeli – the Times of Israel reported that '
        'Israeli officials are saying that the Americans have basically acknowledged the failure '
        'of the Vienna talks and you’re about to make that public in a very short order. Can you '
        'comment on that?\n\n'
        'MR PRICE: My comment would be precisely the answer that I offered to Joseph just a '
        'moment ago, that we are going to pursue a mutual return to compliance with the JCPOA as '
        'long as it remains in our national interest to do so.',
        # a reporter's question before is no source of the other side, nor a venue ("Vienna")
        [],
        [_want({'United States', 'Israel'}, ANY, 'negotiate'),
         _want({'United States', 'Austria'}, ANY, 'negotiate')],
        id='sd-338112-no-other-side-from-a-question'),
    pytest.param(
        'sd-353148',
        'Department Press Briefing – June 16, 2022\n\n'
        'We still believe there is the potential to conclude a mutual return to compliance with '
        'the Joint Comprehensive Plan of Action, if Iran were to set aside issues that are '
        'extraneous to the JCPOA and to focus on the contours of the agreement that have been on '
        'the table for some time now. We are continuing to push for that and to work closely with '
        'our European partners towards that end, because we continue to believe, as do a number '
        'of lawmakers on the Hill – and you’ve heard from several of them yesterday – we continue '
        'to believe that it would be profoundly in America’s national interest if we were able to '
        'return to mutual compliance with the Iran deal, principally because it would require '
        'Iran to once again be limited by the strictest, the most intrusive inspections and '
        'monitoring regime ever negotiated and subject to the strict limits that the JCPOA places '
        'on Iran’s nuclear program.',
        [_want({'United States', 'Iran'}, 'Joint Comprehensive Plan of Action', 'negotiate')],
        [_want({'United States'}, 'Joint Comprehensive Plan of Action', 'propose'),
         _want({'Iran'}, 'Iran deal', 'propose')],
        id='mutual-return-is-negotiated-by-both-sides'),
    pytest.param(
        'sd-345108',
        'Department Press Briefing – May 17, 2022\n\n'
        'MR PRICE: But, as you’ve heard from us before, at this point, a deal remains far from '
        'certain. Iran needs to decide, as I alluded to before, whether it insists on conditions '
        'that are extraneous to the JCPOA, or whether it is ready, willing, and able to conclude '
        'the JCPOA, a mutual return to compliance with it, quickly. We know that it would serve '
        'America’s national security interests; we believe that it, in turn, would serve all '
        'sides’ interests.',
        [_want({'United States', 'Iran'}, 'JCPOA', 'negotiate')],
        [_want({'Iran'}, 'JCPOA', 'propose')],
        id='mutual-return-in-apposition-is-negotiated'),
    pytest.param(
        'wh-26737',
        'Since his first day in office, President Biden has taken unprecedented, bold, and swift '
        'action to tackle the climate crisis: He rejoined the Paris Climate Agreement on day one, '
        'restoring leadership at home and on the world stage.',
        # "he" acts for the country of the person last named
        [_want({'United States'}, 'Paris Climate Agreement', 'join')],
        [],
        id='he-is-the-person-last-named'),
    pytest.param(
        'sd-260638',
        'Department Press Briefing – July 19, 2021\n\n'
        'MR PRICE: Well, when it comes to sanctions and sanctions enforcement, you are, in fact, '
        'correct. All U.S. sanctions remain in place until and unless they may be lifted through '
        'a diplomatic process. Of course, that brings us to Vienna. We’ve been very clear on '
        'that. We remain open to continuing and ultimately to completing the JCPOA discussions in '
        'a productive manner and returning to the boundaries of that deal.',
        # talks need two sides: the US alone was judged partly (Iran missing)
        [],
        [_want({'United States'}, 'JCPOA', 'discuss')],
        id='talks-of-one-side-alone-give-nothing'),
    pytest.param(
        'wh-19835',
        'There are ongoing negotiations for the Iran nuclear deal.',
        [],
        [_want({'Iran'}, 'Iran nuclear deal', 'negotiate')],
        id='negotiations-for-a-deal-named-after-one-side'),
    pytest.param(
        'sd-349309',
        'It is essential that Iran does fully comply with its legally binding obligations under '
        'the NPT and separately with its comprehensive safeguard agreement with the IAEA without '
        'further delay.',
        # a demand ("It is essential that ..."), which says Iran does not comply
        [],
        [_want({'Iran'}, 'NPT', 'implement'),
         _want({'Iran', 'International Atomic Energy Agency'}, 'comprehensive safeguard agreement',
               'implement')],
        id='sd-349309-it-is-essential-that-is-demanded'),
    pytest.param(
        'wh-48337',
        'Of course, that is why it is so particularly disturbing that Russia, given its particular '
        'responsibility for upholding the U.N. Charter, is actively subverting the Charter and '
        'abusing its position.',
        # a duty to uphold it, which Russia is said to break
        [],
        [_want({'Russia'}, 'U.N. Charter', 'implement')],
        id='wh-48337-a-responsibility-for-upholding-is-owed'),
    pytest.param(
        'sd-312152',
        'It would remove a potential impediment to efforts to end uranium enrichment at Fordow, as '
        'Iran committed to do under the JCPOA.',
        # what Iran committed to do under it: a promise named, not an act of implementing
        [],
        [_want({'Iran'}, 'JCPOA', 'implement')],
        id='sd-312152-committed-to-do-under-is-promised'),
    pytest.param(
        'sd-364555',
        'President Biden’s commitment to disarmament has long been evident. Just two weeks into '
        'his term, he extended the New START Treaty with Russia until 2026, and that’s made our '
        'countries and our world safer by preserving verified restrictions on our strategic '
        'nuclear arsenals and avoiding an arms race.',
        # "he" is the President named as a possessor in the sentence before
        [_want({'United States', 'Russia'}, 'New START Treaty', 'implement')],
        [_want({'Russia'}, 'New START Treaty', 'implement')],
        id='sd-364555-he-after-a-possessor'),
    pytest.param(  # round 17 judged the title's fact partly (Ghana left out): the body's fact
        # says the same of both signers
        'sd-258812',
        'The United States of America and Republic of Ghana Sign a Memorandum of Understanding '
        'Concerning Strategic Civil Nuclear Cooperation\n\nToday, the United States of America '
        'and Republic of Ghana signed a Memorandum of Understanding Concerning Strategic Civil '
        'Nuclear Cooperation (NCMOU), which improves our cooperation on nuclear energy and '
        'strengthens our diplomatic and economic relationship.',
        [_want({'United States', 'Ghana'}, ANY, 'sign')],
        [_want({'United States'}, ANY, 'sign')],
        id='sd-258812-a-fact-of-fewer-parties-says-less'),
    pytest.param(  # round 17: "sign" judged partly, nothing is signed there
        'sd-333798',
        'We confirm our intent that cooperation enabled by this Statement will be pursuant to the '
        'Agreement on Science and Technology Cooperation between the Government of the United '
        'States of America and the Government of the Kingdom of Sweden.',
        [_want({'United States', 'Sweden'}, 'Agreement on Science and Technology Cooperation',
               'implement')],
        [_want({'United States', 'Sweden'}, ANY, 'sign')],
        id='sd-333798-pursuant-to-carries-it-out'),
    pytest.param(  # round 17 judged the United States' "implement" wrong
        'wh-57719',
        'President Biden commended Bahrain’s expanded ties with Israel through the Abraham Accords '
        'and the Negev process.',
        [],
        [_want({'United States'}, 'Abraham Accords', 'implement')],
        id='wh-57719-the-one-praising-takes-no-part'),
    pytest.param(  # round 17 judged it wrong: a country's own programme, no agreement
        'wh-22983',
        'The U.S. Government will pursue five objectives under the U.S. COVID-19 Global Response '
        'and Recovery Framework that together constitute a comprehensive approach to managing the '
        'immediate global health crisis and ending the pandemic.',
        [],
        [_want({'United States'}, ANY, 'implement')],
        id='wh-22983-a-countrys-own-framework'),
    pytest.param(  # a mutual return that two partners talk over is their talk, not the two
        # sides' negotiation (round 17 judged such a fact partly)
        'sd-322610',
        'It is not only in Europe where the United States and the UK are working together to '
        'address threats to international peace and security. We also share a grave concern about '
        'Iran’s nuclear advances. Together we discussed our work to achieve a mutual return to '
        'compliance with the Joint Comprehensive Plan of Action, the so-called Iran nuclear '
        'agreement.',
        [],
        [_want({'United States', 'Iran'}, ANY, 'negotiate')],
        id='sd-322610-a-mutual-return-talked-over'),
    pytest.param(  # the countries of a framework are its members, not its signers (round 17
        # judged a list of members read as "sign" partly)
        'sd-251150',
        'Through our international organization partners, it will help meet the immediate '
        'humanitarian needs of forcibly displaced persons and to support access to protection in '
        'line with the national action plans of the Comprehensive Regional Protection and '
        'Solutions Framework countries – that is to say, Belize, Costa Rica, El Salvador, '
        'Guatemala, Honduras, Mexico, and Panama.',
        [_want({'Belize', 'Costa Rica', 'El Salvador', 'Guatemala', 'Honduras', 'Mexico',
                'Panama'}, 'Comprehensive Regional Protection and Solutions Framework', 'join')],
        [_want(ANY, ANY, 'sign')],
        id='sd-251150-members-join'),
    pytest.param(  # one party working through what others share, who go unnamed (round 15
        # judged such a fact partly: "Thailand missing")
        'sd-358300',
        'We’re doing this together, bilaterally. The United States is Thailand’s largest export '
        'market and third largest investor, and through new efforts like the ones we launched '
        'today to shore up our supply chains, we’re going to be making our economies even more '
        'secure.\n\nWe’re doing it regionally, through the Indo-Pacific Economic Framework.',
        [],
        [_want({'United States'}, 'Indo-Pacific Economic Framework', 'implement')],
        id='sd-358300-one-party-through-a-shared-framework'),
    pytest.param(  # "our" treaty is the speaker's with a partner: the United States alone
        # leaves the partner out (judged partly for "our Mutual Defense Treaty")
        'sd-358423',
        'Kiribati’s National Day\n\nThe United States and Kiribati have shared a long friendship '
        'based on common values and rooted in democracy. Emerging from the COVID-19 pandemic is a '
        'testament to your country’s resilience and should be celebrated as well. We stand with '
        'Kiribati in combating the climate crisis and ensuring the protection of marine resources '
        'as we shape a more free and open future for the Pacific. Our 1979 Treaty of Friendship, '
        'signed in the early years of your independence, is the foundation for our shared pursuit '
        'for prosperity.',
        [],
        [_want({'United States'}, 'Treaty of Friendship', ANY)],
        id='sd-358423-our-treaty-with-a-partner'),
    pytest.param(  # a member the parser tags as no place, listed among ones it does (round 17
        # judged the list without Laos partly)
        'sd-256379',
        'The Mekong-U.S. Partnership includes the United States, Cambodia, the Lao PDR, Burma, '
        'Thailand, and Vietnam.',
        [_want({'United States', 'Cambodia', 'Laos', 'Myanmar', 'Thailand', 'Vietnam'},
               'Mekong-U.S. Partnership', 'join')],
        [],
        id='sd-256379-an-untagged-member'),
    pytest.param(  # a partner in the effort towards a mutual return is not its other side
        'sd-361852',
        'Department Press Briefing – July 21, 2022\n\nOn your second question, look, the UK is and '
        'has always been a member of the P5+1. The UK is also committed to the principle that '
        'President Biden has reiterated and underlined, namely that Iran must not be able to '
        'acquire a nuclear weapon. Our sanctions will remain in place unless and until there is a '
        'mutual return to compliance with the JCPOA. And I fully expect our allies around the '
        'world, including our close allies in the context of the P5+1, will continue to maintain '
        'strong pressure – economic, financial pressure – on Iran unless and until Iran changes '
        'course.\n\nQUESTION: Well, he is saying that we’re going to do business no matter what, '
        'deal or no deal.\n\nMR PRICE: Well, again, I can’t speak for these specific comments, but '
        'I can speak for our airtight cooperation with the UK in the context of the P5+1, in the '
        'context of our joint and shared efforts to achieve a mutual return to compliance with the '
        'JCPOA.',
        [],
        [_want({'United States', 'United Kingdom'}, 'JCPOA', 'negotiate')],
        id='sd-361852-a-partner-is-no-side-of-a-mutual-return'),
]


@pytest.mark.parametrize("corpus_id, text, expected, forbidden", CASES)
def test_agreement(facts_of, corpus_id, text, expected, forbidden):
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    rows = [_row(f) for f in facts]
    for row in expected:
        assert row in rows, f"{corpus_id}: missing {row}; got {rows}"
    for row in forbidden:
        assert row not in rows, f"{corpus_id}: unexpected {row}"


def test_cases_come_from_forty_corpus_items():
    assert len({case.values[0] for case in CASES}) >= 40


def test_grammar_words_are_data():
    from kg.extract.agreements.grammar import words

    lex = words()
    assert {"treaty", "accords", "partnership", "dialogue"} <= set(lex.heads)
    assert lex.heads["partnership"] == "weak" and lex.heads["treaty"] == "strong"
    assert lex.actions["accession"] == "join" and lex.actions["launch"] == "sign"


def test_a_name_at_a_sentence_start_loses_its_possessive(nlp):
    # sd-256051
    from kg.extract.agreements.mentions import _mentions
    doc = nlp('Our U.S.-DRC Privileged Partnership for Peace and Prosperity, which now also '
              'includes preservation of the environment, reflects our shared commitment.')
    assert [m.name for m in _mentions(doc)] == [
        'U.S.-DRC Privileged Partnership for Peace and Prosperity']


def test_looking_forward_to_holding_a_dialogue_is_hedged(facts_of):
    # sd-333498 (Fourth Annual U.S.-India 2+2 Ministerial Dialogue, a joint statement)
    text = ('They looked forward to reconvening the U.S.-India Commercial Dialogue and the CEO '
            'Forum this year to enhance economic cooperation, boost commercial ties, and develop '
            'private-sector recommendations for both governments.')
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts] == [
        ('U.S.-India Commercial Dialogue', 'implement', True)]


@pytest.mark.parametrize("text, expected", [
    # wh-26595 (a press briefing): an agreement to hold a dialogue, which is not yet held
    ('And out of the Vice President’s visit — her first to the region — there was an agreement '
     'to hold the U.S.-Mexico High Level Economic Dialogue in September.',
     ('U.S.-Mexico High Level Economic Dialogue', 'propose', True)),
    # sd-333488: restarting a dialogue "later this year"
    ('But we’re deepening that relationship by restarting the U.S-India Commercial Dialogue and '
     'the U.S-India CEO Forum later this year, where our private sector partners can offer '
     'recommendations to strengthen even more our trade and investment relationship.',
     ('U.S-India Commercial Dialogue', 'propose', True)),
    # wh-57699 (Jeddah Communique): the next dialogue "between" two, to be held later this year
    ('The two sides decided to expand and strengthen bilateral cooperation in all areas '
     'discussed in this meeting, prior to the next annual Strategic Dialogue between Saudi Arabia '
     'and the United States to be held in the Kingdom later this year.',
     ('Strategic Dialogue', 'implement', True)),
    # wh-53779: leaders agreeing to hold the next round of a dialogue
    ('Both leaders agree to hold “the 3rd U.S.-ROK Civil Space Dialogue” by the end of the '
     'year, and to strengthen cooperation on the two countries space industries.',
     ('U.S.-ROK Civil Space Dialogue', 'implement', True)),
])
def test_a_dialogue_planned_is_not_reported_held(facts_of, text, expected):
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts] == [expected]



def test_agreeing_to_develop_an_agreement_is_ahead(facts_of):
    # wh-53779, its first paragraph and the IPEF paragraph verbatim (round 16's judge: "agree
    # to work together to develop" is an intention, hedged)
    text = ("United States-Republic of Korea Leaders’ Joint Statement\n\nPresident Yoon Suk Yeol "
            "welcomes President Joseph R. Biden to the Republic of Korea (ROK), marking the "
            "earliest meeting in a ROK President’s term in office with the President of the "
            "United States (U.S.).\n\nThe two Presidents recognize the importance of maintaining "
            "a free and open Indo-Pacific that is prosperous and peaceful, and agree to strengthen "
            "mutual cooperation across the region. In this regard, President Biden shares his "
            "support for President Yoon’s initiative to formulate ROK’s own Indo-Pacific strategy "
            "framework. President Yoon also welcomed the U.S. Indo-Pacific Strategy. The two "
            "Presidents commit to cooperate closely through the Indo-Pacific Economic Framework "
            "(IPEF), based on the principles of openness, transparency, and inclusiveness. Both "
            "leaders agree to work together to develop a comprehensive IPEF that will deepen "
            "economic engagement on priority issues, including the digital economy, resilient "
            "supply chains, clean energy, and other priorities geared toward promoting "
            "sustainable economic growth.")
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)
             and f.action == "negotiate"]
    assert facts and all(f.hedged for f in facts)

def test_looking_forward_reaches_through_including(facts_of):
    # wh-54053 (Readout of President Biden’s Meeting with Prime Minister Modi of India)
    text = ('They looked forward to enhancing their partnership to accelerate India’s just energy '
            'transition, including through the U.S.-India Climate and Clean Energy Agenda 2030 '
            'Partnership, especially in the areas of renewables deployment, decarbonizing the '
            'energy and industrial sectors, zero-emissions vehicles, adaptation, and mobilizing '
            'related investment in India.')
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts] == [
        ('U.S.-India Climate and Clean Energy Agenda 2030 Partnership', 'implement', True)]


@pytest.mark.parametrize("text, expected", [
    # sd-335934 (Blinken with the Panamanian President, April 2022, before the Summit adopted it)
    ('Secretary Antony J. Blinken with Panamanian President Laurentino Cortizo Cohen and '
     'Panamanian Foreign Minister Erika Mouynes at the Ministerial Conference on Migration and '
     'Protection Session on Stabilization of Communities and Post-COVID Recovery\n\n'
     'By adopting a Los Angeles declaration on migration and protection that sets forth our '
     'shared principles for a collaborative, coordinated response to migration and forced '
     'displacement as President Biden has proposed, our countries can take our partnership on '
     'this issue to the next level of effectiveness, and we can make a profound difference in '
     'the lives of our most vulnerable fellow citizens and in the future of our shared region.',
     ('Los Angeles declaration', 'propose', True)),
    # sd-253670 (Deputy Secretary Sherman, June 2021)
    ('And Europe has been at the center of the current negotiation to try to get compliance for '
     'compliance, so that the United States can rejoin the JCPOA and to ensure that Iran agrees '
     'to continued conversation about the range of issues that are of concern to us.',
     ('JCPOA', 'propose', True)),
])
def test_what_one_can_do_is_ahead(facts_of, text, expected):
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts] == [expected]


def test_a_past_clause_of_time_is_not_set_ahead(facts_of):
    # wh-49511 (Press Briefing by Deputy Press Secretary Chris Meagher and National Security
    # Advisor Jake Sullivan, March 22, 2022): "when he left the deal back in 2018" is past under
    # a condition and a future ("if there is ..., we will do that deal"); "back in 2018" is time
    text = ('Finally, we believe that if there is an Iran nuclear deal that meets the standards '
            'the President has set to verifiably block the pathway of Iran to get to a nuclear '
            'weapon and put this program back in the box after President Trump let it out of the '
            'box when he left the deal back in 2018, we will do that deal because we believe it '
            'is in the American national security interest to do so.')
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts
            if f.action == "withdraw"] == [('Iran nuclear deal', 'withdraw', False)]


def test_a_verb_with_its_own_object_does_not_act_on_the_agreement_it_goes_to(nlp):
    # sd-251150 (Department Press Briefing – June 10, 2021): what was announced is the delistings
    from kg.extract.agreements.actions import _action
    from kg.extract.agreements.mentions import _mentions
    doc = nlp('And just to be clear, there is no linkage, there is no connection to the '
              'delistings that we announced today to the JCPOA or to negotiations that are '
              'ongoing in Vienna.')
    assert [(m.name, _action(m.root)[0]) for m in _mentions(doc)] == [('JCPOA', None)]


def test_a_commitment_to_establish_is_ahead(facts_of):
    # wh-53253 (ASEAN-U.S. Special Summit Joint Vision Statement)
    text = ('As we celebrate the 45th anniversary of ASEAN-U.S. Dialogue Relations in 2022, we '
            'commit to establish an ASEAN-U.S. Comprehensive Strategic Partnership that is '
            'meaningful, substantive, and mutually beneficial at the 10th ASEAN-U.S. Summit in '
            'November 2022.')
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action, f.hedged) for f in facts
            if f.agreement.name == 'ASEAN-U.S. Comprehensive Strategic Partnership'] == [
        ('ASEAN-U.S. Comprehensive Strategic Partnership', 'propose', True)]


def test_an_instrument_named_only_by_its_kind_claims_less(facts_of):
    # wh-21115: "an MOU" says which instrument no more than its kind; the judges found such
    # names too vague four times (rounds 1-16), so the fact claims less than a named one
    text = ('On her trip to Mexico, the Vice President witnessed the signing of an MOU between '
            'the United States and Mexico.')
    facts = [f for f in facts_of(text, "agreement") if isinstance(f, AgreementAction)]
    assert [(f.agreement.name, f.action) for f in facts] == [('MOU', 'sign')]
    assert facts[0].evidence.confidence <= 0.45
