"""kg.extract.meetings (meeting) on real State Department and White House readouts, press
releases and transcripts.

Each case: the corpus item it comes from (the number at the end of its guid), the passage (a title
line, a blank line and the first paragraph where the title matters), the meetings it must give as
sets of participants' resolved names, and people who must not be found together in any meeting
(a call, a planned meeting, a possessive's owner, a name that is none). Passages come from
corpus/govpr items outside the development gold.
"""
from __future__ import annotations

import pytest

from kg.model import Meeting


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def case(item: str, text: str, expected: list[set[str]], forbidden: list[set[str]] = (), *,
         marks=(), slug: str = ""):
    return pytest.param(item, text, expected, list(forbidden), marks=marks,
                        id=f"{item}-{slug}" if slug else item)


#: Titles and sentences that report a held meeting.
HELD = [
    case("wh-51422",  # a name cut at its hyphen ("Moon Jae-"); two paragraphs of the item
         'Vice President Harris launched the Root Causes Strategy on July 29, 2021, to align U.S. Government efforts to address the economic, governance, and security drivers of irregular migration from Central America.\n\nRepublic of Korea: After the Vice President met with South Korean President Moon Jae-in, the Republican of Korea doubled foreign assistance to northern Central America to $220 million over five years.',
         [{"Harris", "Moon Jae-in"}], [{"Moon Jae-"}], slug="a-hyphenated-given-name-whole"),
    case("sd-313753",  # an honorific taken into the name ("Honorable Aiyaz Sayed-Khaiyum")
         'Secretary Antony J. Blinken And Acting Fijian Prime Minister Aiyaz Sayed-Khaiyum At a Joint Press Availability\n\nLadies and gentlemen, I now invite the Acting Prime Minister of Fiji, the Honorable Aiyaz Sayed-Khaiyum, to deliver his address. You have the floor, sir.',
         [{"Aiyaz Sayed-Khaiyum", "Antony J. Blinken"}], [{"Honorable Aiyaz Sayed-Khaiyum"}],
         slug="honorable-is-no-name"),
    case("sd-336213",  # judged in the third blind check (wrong: the owner of the title met taken as met)
         'Deputy Secretary of State Wendy Sherman met today in Brussels with Bjoern Seibert, Head of Cabinet of the European Commission President Ursula von der Leyen.',
         [{"Bjoern Seibert", "Wendy Sherman"}], [{"Ursula von der Leyen"}],
         slug="the-owner-of-someones-title"),
    case("wh-57699",  # judged in the twelfth blind check (wrong: the father taken for the son); two paragraphs of the item
         'At the invitation of the Custodian of the Two Holy Mosques, King Salman Bin Abdulaziz Al-Saud, President Joseph R. Biden conducted an official visit to the Kingdom of Saudi Arabia July 15-16, 2022.\n\nThe two sides reviewed the historical relations and partnership between the Kingdom of Saudi Arabia and the United States of America that was established nearly eight decades ago with the meeting between King Abdulaziz Al-Saud and President Franklin D. Roosevelt on board the USS Quincy.',
         [{"Abdulaziz Al-Saud", "Franklin D. Roosevelt"}], [{"Franklin D. Roosevelt", "Salman Bin Abdulaziz Al-Saud"}],
         slug="a-name-after-bin-is-the-father"),
    case("wh-57737",  # one person in two spellings of the article (title "Mohammed", body "Mohamed")
         'Joint Statement Following Meeting Between President Biden and President of the UAE Sheikh Mohammed bin Zayed in Jeddah\n\nPresident Joseph R. Biden Jr. met today with President His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates (UAE), in Jeddah, Saudi Arabia, in a bilateral meeting during the Summit of the United States and the Gulf Cooperation Council (GCC) and Egypt, Iraq, and Jordan.\n\nPresident Biden offered his personal condolences to President Sheikh Mohamed bin Zayed and all Emiratis on the loss of His Highness Sheikh Khalifa bin Zayed al Nahyan. President Sheikh Mohamed thanked President Biden and the American people for their expressions of sympathy and for the visit of Vice President Kamala Harris and her delegation to Abu Dhabi in May.',
         [{"Joseph R. Biden", "Mohammed bin Zayed"}], [{"Mohamed bin Zayed", "Mohammed bin Zayed"}],
         slug="one-person-two-spellings"),
    case("sd-261437",  # judged in the first blind check (partly: 'Thani' beside the full name)
         'Secretary Antony J. Blinken And Qatari Minister of Foreign Affairs and Deputy Prime Minister Mohammed bin Abdulrahman Al-Thani Before Their Meeting\n\nAntony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nBen Franklin Room\n\nSECRETARY BLINKEN: Thank you very much. Good afternoon, everyone. It is a real pleasure to have Foreign Minister Al-Thani here at the State Department and in Washington.',
         [{"Antony J. Blinken", "Mohammed bin Abdulrahman Al-Thani"}], [{"Thani"}],
         slug="a-piece-of-a-hyphenated-name"),
    case("wh-26997",  # judged in the eighth blind check (partly: Dana Remus left out)
         "Today, Second Gentleman Douglas Emhoff, White House Counsel Dana Remus, and Associate Attorney General Vanita Gupta convened the first listening session of the White House Legal Aid Interagency Roundtable (WH-LAIR).",
         [{"Dana Remus", "Douglas Emhoff", "Vanita Gupta", "Legal Aid Interagency Roundtable"}], slug="counsel-is-a-title"),
    case("wh-56438",  # judged in the eighth blind check (wrong: the First Lady as the President)
         "Remarks by President Biden and King Felipe VI of the Kingdom of Spain Before Bilateral Meeting | Madrid, Spain\n\nPalace of Moncloa\n\nKING FELIPE VI: Mr. President, Queen Letizia and I, our government, the Spanish people are all delighted to have you here with us, together with your delegation and together with your wife, the First Lady, Dr. Jill Biden.",
         [{"Felipe VI", "Joe Biden"}], [{"Felipe VI", "Jill Biden"}], slug="a-titled-surname-is-the-title-holder"),
    case("sd-263071",  # judged in the eighth blind check (partly: the WHO beside Tedros)
         "Secretary Blinken’s Meeting with the World Health Organization Director-General Tedros\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken met with World Health Organization (WHO) Director-General Dr. Tedros Adhanom Ghebreyesus today in Kuwait City, Kuwait.",
         [{"Antony J. Blinken", "Tedros Adhanom Ghebreyesus"}], [{"Antony J. Blinken", "World Health Organization"}],
         slug="the-headlines-organisation-is-the-bodys-person"),
    case("sd-311326",  # judged in the eighth blind check (partly: the UN beside de Mistura)
         "Secretary Blinken’s Meeting with UN Personal Envoy of the Secretary-General for Western Sahara Staffan de Mistura\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary Antony J. Blinken met with Staffan de Mistura, the UN Secretary-General’s Personal Envoy for Western Sahara, today in Washington.",
         [{"Antony J. Blinken", "Staffan de Mistura"}], [{"Antony J. Blinken", "UN"}, {"Antony J. Blinken", "United Nations"}],
         slug="a-name-with-a-particle-is-a-person"),
    case("wh-56445",  # judged in the eighth blind check (partly: Ellison left out)
         "Today, Vice President Harris met with Attorneys General Dana Nessel of Michigan and Keith Ellison of Minnesota to discuss reproductive rights.",
         [{"Dana Nessel", "Harris", "Keith Ellison"}], slug="a-name-after-of-place-and"),
    case("wh-57727",  # judged in a pre-audit (partly: 'VP Kamala Harris')
         "(NBC Louisville, KY): Mayor Fischer visits the White House, participates in summit with VP Kamala Harris",
         [{"Fischer", "Kamala Harris"}], [{"Fischer", "VP Kamala Harris"}], slug="vp-is-a-title"),
    case("wh-52882",
         "Remarks By President Biden and Prime Minister Draghi Of Italy Before Bilateral Meeting\n\nOval Office\n\n2:02 P.M. EDT\n\nPRESIDENT BIDEN: Well, Mr. Prime Minister, it’s great to have you here. You’ve been a good friend and a great ally.",
         [{"Biden", "Draghi"}], [{"Biden", "Draghi Of Italy"}], slug="headline-of-ends-a-name"),
    case("sd-335262",  # judged in the sixth blind check (partly: 'Moldovan Minister')
         "Secretary of State Antony J. Blinken met with Moldovan Minister of Foreign Affairs and European Integration Nicu Popescu today in Washington, D.C.",
         [{"Antony J. Blinken", "Nicu Popescu"}], slug="nationality-is-no-participant"),
    case("wh-50177",
         "Remarks by Vice President Harris and Prime Minister Holness of Jamaica After Bilateral Meeting\n\nVICE PRESIDENT HARRIS: Good afternoon, everyone. Mr. Prime Minister, I want to warmly welcome you again. It has been since — not since 1995 that a Prime Minister of Jamaica has visited the White House.",
         [{"Harris", "Holness"}], slug="title-their-meeting"),
    case("sd-358761",
         "Deputy Secretary Wendy Sherman, Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols, and Assistant Secretary for International Narcotics and Law Enforcement Todd Robinson met virtually with senior Haitian government officials, over 17 international partner countries, and several international organizations during a Ministerial-level international partners meeting hosted by the Government of Suriname to discuss sustainable, inclusive solutions to the challenges faced by Haiti and Haitians.",
         [{"Brian A. Nichols", "Haiti", "Todd Robinson", "Wendy Sherman"}], slug="verb-met-with"),
    case("sd-247779",
         "While in Cambodia, Deputy Secretary Sherman also held meetings with representatives from civil society as well as leader of the Cambodia National Rescue Party Kem Sokha to discuss issues of shared importance with the United States, including ensuring a peaceful, prosperous, sovereign, and democratic future for Cambodia.",
         [{"Kem Sokha", "Sherman"}], slug="verb-held-talks"),
    case("wh-51438",
         "On April 18, National Security Council Indo-Pacific Coordinator Kurt Campbell and Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink convened a meeting in Honolulu with U.S. Navy Adm. John C. Aquilino, Commander, U.S. Indo-Pacific Command and senior officials from Australia, Japan, and New Zealand on developments in the Pacific Islands.",
         [{"Daniel Kritenbrink", "John C. Aquilino", "Kurt Campbell"}], slug="verb-hosted"),
    case("wh-18323",
         "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Simon Coveney of Ireland\n\nToday, National Security Advisor Jake Sullivan met with Foreign Minister Simon Coveney of Ireland to discuss our strong bilateral relations and cooperation on a number of shared global challenges. Mr. Sullivan and Foreign Minister Coveney condemned the forced diversion of a flight between two EU member states and the subsequent removal and arrest of journalist Raman Pratasevich in Minsk by the Lukashenka regime, and they agreed to remain in close touch on an appropriate response. They also discussed Ireland’s role in addressing challenges to peace and security as a non-permanent member of the UN Security Council. Mr. Sullivan and Foreign Minister Coveney reaffirmed their commitment to protecting the gains of the Good Friday Agreement for all communities in Northern Ireland.",
         [{"Jake Sullivan", "Simon Coveney"}], slug="title-possessive"),
    case("sd-248105",
         "Secretary of State Antony J. Blinken met yesterday with Foreign Ministers from Costa Rica, Guatemala, Honduras, El Salvador, Nicaragua, Panama, and Mexico in San Jose at a meeting of the Central America Integration System (SICA), the economic and political organization of the region’s states.",
         [{"Antony J. Blinken", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama"}], slug="verb-met-with"),
    case("wh-21553",
         "Today, Domestic Policy Advisor Susan Rice, Senior Advisor and Director of the Office of Public Engagement Cedric Richmond, and Executive Director of the Gender Policy Council Jen Klein hosted a roundtable in the Roosevelt Room with LGBTQ+ leaders who are coordinating the national movement to pass the Equality Act.",
         [{"Cedric Richmond", "Jen Klein", "Susan Rice"}], slug="verb-co-hosted"),
    case("sd-262967",
         "Secretary Antony J. Blinken and Indian External Affairs Minister Dr. Subrahmanyam Jaishankar at a Joint Press Availability\n\nMODERATOR: Good afternoon. Honorable Antony J. Blinken, Secretary of State of the United States of America, Honorable Minister of External Affairs of India Dr. S. Jaishankar, distinguished members of both delegations, members of the media: a very good afternoon again to all of you and a very warm welcome on this special press interaction on the occasion of the visit of the Secretary of State of the United States of America to New Delhi. Thank you for being in person here.",
         [{"Antony J. Blinken", "Subrahmanyam Jaishankar"}], slug="title-joint-appearance"),
    case("sd-344487",
         "Secretary of State Antony J. Blinken met today in Berlin with German Foreign Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss, and French Director General for Political and Security Affairs Philippe Errera.",
         [{"Annalena Baerbock", "Antony J. Blinken", "Elizabeth Truss", "Philippe Errera"}], slug="verb-met-with"),
    case("sd-346287",
         "Ambassador Hussain also traveled to Jeddah, where he met with Organisation of Islamic Cooperation (OIC) officials and members, including the Secretary General of the OIC and the Islamic Development Bank, to discuss how their organizations can advance religious freedom for all, address the treatment of Muslim minorities including Uyghurs and Rohingya, and respond to the threats to religious freedom in Afghanistan.",
         [{"Hussain", "Organisation of Islamic Cooperation"}], slug="verb-met-with"),
    case("wh-24267",
         "Today, Secretary of Commerce Gina Raimondo, Secretary of Housing and Urban Development Marcia Fudge, National Economic Council Director Brian Deese, and Council of Economic Advisers Chair Cecilia Rouse hosted a virtual event with CEOs and senior executives across the housing and homebuilding sector to discuss supply chain disruptions in the homebuilding industry as well as shortages in the availability of homes for purchase and rent.",
         [{"Brian Deese", "Cecilia Rouse", "Gina Raimondo", "Marcia Fudge"}], slug="verb-co-hosted"),
    case("sd-248417",
         "Announced during the summit meeting between President Biden and Prime Minister Suga on April 16, 2021, the GDCP deepens bilateral cooperation on the digital economy and next-generation digital technology issues.",
         [{"Biden", "Suga"}], slug="noun-meeting-with"),
    case("sd-255547",
         "Secretary Antony J. Blinken And Israeli Foreign Minister Yair Lapid Before Their Meeting\n\nFOREIGN MINISTER LAPID: Hello, everybody. Secretary Blinken and I represent new administrations, yours a few months old, ours a few weeks old, and two days. But we also represent a very long and strong tradition of close friendship and cooperation. There is no relationship more important to Israel than the United States of America. There is no loyal friend of the United States of America than Israel.",
         [{"Antony J. Blinken", "Yair Lapid"}], slug="title-their-meeting"),
    case("sd-260177",
         "Secretary Antony J. Blinken And Chilean Foreign Minister Andres Allamand Before Their Meeting\n\nSECRETARY BLINKEN: Good afternoon. It is a real pleasure to have Foreign Minister Allamand here. Andres and I have had the opportunity to speak, but now we have the opportunity to spend some time together face-to-face with our teams. And for the United States and for me, this is especially welcome because Chile is such an important partner for the United States.",
         [{"Andres Allamand", "Antony J. Blinken"}], slug="title-their-meeting"),
    case("sd-335512",
         "Secretary of State Antony J. Blinken met today with Panamanian President Laurentino Cortizo Cohen and Foreign Minister Erika Mouynes in Panama City.",
         [{"Antony J. Blinken", "Erika Mouynes", "Laurentino Cortizo Cohen"}], slug="verb-met-with"),
    case("sd-322776",
         "Secretary Blinken’s Meeting with Uzbekistani Foreign Minister Kamilov\n\nSecretary of State Antony J. Blinken met today with Uzbekistani Foreign Minister Abdulaziz Kamilov in Washington, D.C.  Noting the two countries’ active cooperation bilaterally and through the C5+1 regional diplomatic platform, the Secretary thanked Foreign Minister Kamilov for Uzbekistan’s continued partnership.  The Secretary emphasized that Russia’s premeditated, unprovoked, and unjustified attack on Ukraine is a flagrant violation of international law and underscored the urgency of broad support for a rules-based order. The Secretary commended Uzbekistan’s humanitarian support for the people of Ukraine and Afghanistan and reiterated the United States’ intention to never allow terrorists to use Afghanistan as a safehaven. The Secretary encouraged continued progress on Uzbekistan’s reform agenda, including improving the business climate, promoting rule of law, and protecting human rights and fundamental freedoms.  He reaffirmed U.S. support for Uzbekistan’s sovereignty, independence, and territorial integrity.",
         [{"Abdulaziz Kamilov", "Antony J. Blinken"}], slug="title-possessive"),
    case("sd-329300",
         "Secretary of State Antony J. Blinken met today with the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed Al Nahyan, in Rabat, Morocco.",
         [{"Antony J. Blinken", "Mohammed bin Zayed Al Nahyan"}], slug="verb-met-with"),
    case("sd-341581",
         "Deputy Secretary Sherman’s Meeting with Gabonese Defense Minister Ngoubili\n\nDeputy Secretary of State Wendy Sherman met with Gabonese Minister of Defense Félicité Ongouori Ngoubili today in Libreville. Deputy Secretary Sherman and Minister Ngoubili discussed opportunities to strengthen maritime security in the Gulf of Guinea, continue joint training programs with the Gabonese military, and deepen peace and security in the region and globally.",
         [{"Félicité Ongouori Ngoubili", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-248345",
         "Secretary Blinken also met yesterday with President Alvarado and Foreign Minister Solano of Costa Rica to discuss the strong partnership between our countries on migration, climate change, and security.",
         [{"Alvarado", "Blinken", "Solano"}], slug="verb-met-with"),
    case("sd-315351",
         "Secretary Blinken’s Meeting with Estonian Foreign Minister Liimets\n\nSecretary of State Antony J. Blinken met yesterday with Estonian Foreign Minister Eva-Maria Liimets. Secretary Blinken underscored our strong support for the sovereignty and territorial integrity of Ukraine in the face of a growing military threat from Russia. Secretary Blinken reaffirmed U.S. commitment to the security of our NATO Allies and discussed the recently announced U.S. force posture changes to fortify the Alliance’s Eastern Flank. Both leaders emphasized the importance of close consultation among Allies and partners as we urge Russia to de-escalate tensions and engage seriously in diplomacy. The Secretary and Foreign Minister Liimets reviewed bilateral and multilateral efforts to strengthen democracies and promote human rights, and emphasized shared support for the Belarusian people’s democratic aspirations. They also noted the upcoming 100-year anniversary, in July, of U.S.-Estonia diplomatic relations and expressed readiness to deepen our cooperation further in the next 100 years of our partnership.",
         [{"Antony J. Blinken", "Eva-Maria Liimets"}], slug="title-possessive"),
    case("wh-21817",
         "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Lieutenant General Aviv Kohavi, Chief of the General Staff of the Israel Defense Forces\n\nNational Security Advisor Jake Sullivan met today in Washington with Lieutenant General Aviv Kohavi, Chief of the General Staff of the Israel Defense Forces (IDF). Mr. Sullivan reaffirmed President Biden’s unwavering support for Israel’s security and commitment to continuing to strengthen the defense partnership between the two countries. The officials discussed the challenges to security and stability in the Middle East, including the threat posed by Iran’s malign activities in the region, and Mr. Sullivan affirmed the President’s commitment to ensuring that Iran never gets a nuclear weapon. The officials agreed on the importance of continuing and expanding bilateral consultations on the array of strategic challenges facing the region.",
         [{"Aviv Kohavi", "Jake Sullivan"}], slug="title-possessive"),
    case("sd-260792",
         "Secretary Blinken’s Meeting with Jordanian King Abdullah II\n\nSecretary of State Antony J. Blinken met today in Washington, D.C., with His Majesty King Abdullah II of Jordan. The Secretary reiterated the United States’ strong commitment to the U.S.-Jordanian strategic relationship, including U.S. support for Jordan’s progress on economic growth and reforms. They discussed regional developments, and the Secretary commended the King for Jordan’s leadership in supporting stability, peace, and economic growth in the region. They reaffirmed their shared desire to make the U.S.-Jordan partnership even stronger. The Secretary conveyed his best wishes to the King and the Jordanian people for Eid al-Adha.",
         [{"Abdullah II", "Antony J. Blinken"}], slug="title-possessive"),  # the regnal number is the name's
    case("sd-252459",
         "In the Arab Republic of Egypt, Special Presidential Envoy Kerry met with Prime Minister Mostafa Madbouly, as well as top Egyptian officials including Foreign Minister Sameh Shoukry, and Minister of Environment Yasmine Fouad.",
         [{"Kerry", "Mostafa Madbouly"}], slug="verb-met-with"),
    case("sd-348824",
         "Secretary Antony J. Blinken And NATO Secretary General Stoltenberg At a Joint Press Availability\n\nSECRETARY BLINKEN: Good morning, everyone. It is a pleasure to welcome the NATO Secretary General Stoltenberg, Jens, my friend and colleague, back here to the State Department and to Washington. We’ve seen each other quite a bit over the last 15 months, mostly in Brussels. In fact, we did a little calculation, and it turns out I’ve spent more time in Brussels than any other city other than Washington, D.C., and that’s no coincidence. It’s because NATO is there; of course, our friends at the European Union as well. But it has been a center of our engagement, a center of our activity, and that’s been made all the better by the exceptional partnership that we have with Secretary General Stoltenberg and NATO.",
         [{"Antony J. Blinken", "Stoltenberg"}], slug="title-joint-appearance"),
    case("sd-315998",
         "Secretary Blinken’s Meeting with French Foreign Minister Le Drian\n\nSecretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian today on the sidelines of the Munich Security Conference to discuss ongoing diplomatic and deterrence efforts by NATO Allies, EU partners, G7 members, and other partners in response to the crisis Russia has needlessly precipitated. They reaffirmed their support for Ukraine’s sovereignty and territorial integrity, as well as the readiness of Allies and partners to impose severe consequences on Russia should it pursue further aggression against Ukraine. The Secretary welcomed France’s leadership role during the French Presidency of the Council of the European Union and its contributions to strengthening the U.S.-EU partnership. The two discussed the latest developments in the Sahel region of Africa, including the need for continued cooperation on counterterrorism and regional security. They also reviewed the status of efforts to seek a mutual return to compliance with the Joint Comprehensive Plan of Action as well as developments in Lebanon.",
         [{"Antony J. Blinken", "Jean-Yves Le Drian"}], slug="title-possessive"),
    case("sd-337143",
         "While in Kyiv, Secretary Blinken and Secretary Austin met with President Volodymyr Zelenskyy, Foreign Minister Dmytro Kuleba, Minister of Defense Oleksiy Reznikov, Head of Presidential Administration Andriy Yermak, Chief of Defense General Valeriy Zaluzhny, and Ambassador Oksana Markarova.",
         [{"Andriy Yermak", "Austin", "Blinken", "Dmytro Kuleba", "Oksana Markarova", "Oleksiy Reznikov", "Valeriy Zaluzhny", "Volodymyr Zelenskyy"}], slug="verb-met-with"),  # a pre-audit found Zaluzhny left out
    case("sd-344458",
         "Secretary Blinken’s Meeting with Ukrainian Foreign Minister Kuleba\n\nSecretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba in Berlin. The two discussed this week’s G7 and NATO Foreign Ministerial meetings and the Secretary emphasized the strong support for Ukraine from Allies and partners during these meetings. The Secretary conveyed details regarding the latest tranche of U.S. security assistance to bolster Ukraine’s defenses. The Secretary and Foreign Minister Kuleba also discussed the impact of Russia’s brutal war, including on global food security, and committed to seeking a solution to export Ukraine’s grain to international markets. The Secretary underscored the United States’ enduring commitment to Ukraine’s sovereignty and territorial integrity in the face of Russia’s unprovoked war.",
         [{"Antony J. Blinken", "Dmytro Kuleba"}], slug="title-possessive"),
    case("wh-57415",
         "The leaders of the United States and Israel, President Biden and Prime Minister Lapid, met in Jerusalem on 14 July 2022, and adopted the following Joint Declaration on the US-Israel Strategic Partnership:",
         [{"Biden", "Lapid"}], slug="verb-met-together"),
    case("sd-344498",
         "Secretary Blinken’s Meeting with Indonesian Foreign Minister Retno\n\nSecretary of State Antony J. Blinken met Friday with Indonesian Foreign Minister Retno Marsudi in Washington, D.C. The Secretary and the Foreign Minister discussed outcomes for the U.S.-ASEAN Special Summit and the second Global COVID-19 Summit, which Indonesia co-hosted. The Secretary thanked Indonesia for its leadership on global health issues and highlighted how the Indo-Pacific Economic Framework will help create a more open, interconnected, and prosperous region. The two also discussed the importance of rights for women and girls in Afghanistan and how the United States and Indonesia can cooperate to strengthen our strategic partnership. Finally, the Secretary and Foreign Minister Retno exchanged views on how our two countries can collaborate to ensure Indonesia has a successful G20 host year.",
         [{"Antony J. Blinken", "Retno Marsudi"}], slug="title-possessive"),
    case("sd-247358",
         "Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar\n\nSecretary of State Antony J. Blinken welcomed Indian External Affairs Minister Dr. S. Jaishankar to the Department of State, where he reaffirmed the Administration’s commitment to deepening the U.S.-India Comprehensive Global Strategic Partnership. Secretary Blinken and Minister Jaishankar discussed a broad range of issues, including COVID-19 relief, efforts to strengthen Indo-Pacific cooperation through the Quad, and a shared commitment to combating the climate crisis and enhancing multilateral cooperation, including at the UN Security Council. Secretary Blinken and Minister Jaishankar also discussed regional developments, the coup in Burma, and continuing support for Afghanistan. Secretary Blinken and Minister Jaishankar pledged to continue their cooperation on shared economic and regional security priorities.",
         [{"Antony J. Blinken", "S. Jaishankar"}], slug="title-possessive"),
    case("sd-347404",
         "Secretary Blinken’s Meeting with OIC Secretary General Taha\n\nSecretary of State Antony J. Blinken met today in Washington, DC with the Secretary General of the Organization of Islamic Cooperation (OIC), H.E. Hissein Brahim Taha, on the margins of the inaugural U.S.-OIC Strategic Dialogue. Secretary Blinken thanked Secretary General Taha for the OIC’s sustained efforts on issues of global priority, including Afghanistan and countering violent extremism. The Secretary underscored the importance of the OIC’s role as a valued partner in deescalating conflicts and working to protect human rights. The Secretary reaffirmed the U.S. commitment to expanding collaboration with the OIC to advance joint priorities, including women’s empowerment, minority rights, religious freedom, climate change, health issues, strengthening economic ties, and expanding educational and cultural exchanges.",
         [{"Antony J. Blinken", "Hissein Brahim Taha"}], slug="title-possessive"),
    case("sd-332346",
         "Deputy Secretary Sherman’s Meeting with UK National Security Adviser Lovegrove\n\nDeputy Secretary of State Wendy Sherman met with UK National Security Adviser Sir Stephen Lovegrove today in Washington. Deputy Secretary Sherman and NSA Lovegrove continued their close coordination in responding to Russia’s unprovoked and unjustified invasion of Ukraine and atrocities the Russian Federation forces have committed. The Deputy Secretary and NSA Lovegrove reaffirmed the strategic importance of the Indo-Pacific region and ensuring the AUKUS partnership delivers critical security and technology capabilities to address challenges in the Indo-Pacific and beyond.",
         [{"Stephen Lovegrove", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-313855",
         "Secretary Antony J. Blinken And Republic of Korea Foreign Minister Chung Eui-yong Before Their Meeting\n\nSECRETARY BLINKEN: Well, good afternoon, everyone. It’s a real pleasure to have this opportunity to be with our friends and partners. Eui-yong and I have been working very closely together for many months now and – just a testament to the absolute vitality of the relationship, the partnership between the United States and the Republic of Korea. I’d like to say one of the hallmarks is the fact that we have what is truly a global partnership. Of course, we work on bilateral issues, we’re working on regional issues together, but we’re also working on global issues – everything from COVID to climate. So we have a lot to talk about. I was very much looking forward to this opportunity to compare notes with you, and then we’ll be spending time with our colleague from Japan in our trilateral. But thank you for being here and I look forward to good conversation.",
         [{"Antony J. Blinken", "Chung Eui-yong"}], slug="title-their-meeting"),
    case("wh-47071",
         "Readout from NSC Spokesperson on National Security Advisor Jake Sullivan Meeting with Israeli National Security Advisor Eyal Hulata\n\nNational Security Advisor Jake Sullivan hosted Israeli National Security Advisor Dr. Eyal Hulata at the White House on Feb. 9 to consult on a range of global and issues of mutual concern. They underscored their shared determination to address security challenges impacting the Middle East, including the threats posed by Iran and its proxies. Mr. Sullivan reiterated President Biden’s unwavering support to Israel’s security and to ensuring Iran never obtains a nuclear weapon. The National Security Advisors also exchanged views on security challenges outside the Middle East, including the potential for further Russian aggression against Ukraine. They discussed as well ways to deepen U.S.-Israeli cooperation on science and innovation. Mr. Sullivan and Dr. Hulata agreed to maintain the close coordination between their interagency teams on a range of global and regional security challenges.",
         [{"Eyal Hulata", "Jake Sullivan"}], slug="title-meeting-with"),
    case("sd-336666",
         "U.S.-EU: Consultations Between EEAS Secretary General Stefano Sannino and United States Deputy Secretary Wendy Sherman\n\nThe following is the text of a joint press release by the U.S. Department of State and the European External Action Service.",
         [{"Stefano Sannino", "Wendy Sherman"}], slug="title-meeting-with"),
    case("sd-340932",
         "Secretary Antony J. Blinken and Swedish Foreign Minister Ann Linde Before Their Meeting\n\nSECRETARY BLINKEN: Good morning, everyone. It’s a great pleasure to have my colleague and friend Foreign Minister Linde here in Washington at the State Department, pursuing a conversation on work we’ve been doing for so many months. But Ann, welcome, and let me say this is a particularly important time for the longstanding and strong and vital partnership between the United States and Sweden. We are working together across so many different issues that have an impact on the lives of our people, starting with Euro-Atlantic security, but going through everything from standing together strongly for democracy, for human rights, for humanitarian assistance, not only in Europe but around the world.",
         [{"Ann Linde", "Antony J. Blinken"}], slug="title-their-meeting"),
    case("sd-350406",
         "Deputy Secretary Sherman’s Meeting with Ukrainian Deputy Foreign Minister Senik\n\nDeputy Secretary of State Wendy Sherman met today with Ukrainian Deputy Foreign Minister Dmytro Senik in Seoul. The Deputy Secretary emphasized the United States’ robust, continued support for Ukraine’s sovereignty and territorial integrity in the face of Russia’s unprovoked aggression. The Deputy Secretary provided an update on U.S. assistance to Ukraine, including security, humanitarian, and economic assistance, as well as budgetary support and aid for long-term efforts. Deputy Secretary Sherman and Deputy Foreign Minister Senik also discussed the impact of Russia’s brutal war of aggression on global food security and our commitment to getting Ukraine’s grain to international markets.",
         [{"Dmytro Senik", "Wendy Sherman"}], slug="title-possessive"),
    case("wh-49765",
         "Readout of President Biden’s Meeting with President Andrzej Duda of Poland\n\nPresident Joseph R. Biden, Jr., met today with President Andrzej Duda of Poland in Warsaw. The leaders discussed ongoing international efforts to impose powerful sanctions on Russia for its unjustified and unprovoked attack on Ukraine. They also discussed their shared commitment to continue supporting the government and people of Ukraine. President Biden thanked President Duda and the people of Poland for opening their homes and hearts to their neighbors in need, and he pledged continued U.S. support to these humanitarian assistance efforts. President Biden underscored the United States’ unwavering commitment to Article 5 and to the security of all our NATO allies. In addition, the leaders discussed our robust bilateral defense cooperation, US support for Europe’s efforts to reduce its reliance on Russian energy and to meet our climate goals, and the democratic values on which the transatlantic relationship is based.",
         [{"Andrzej Duda", "Joseph R. Biden"}], slug="title-possessive"),
    case("sd-253962",
         "Deputy Secretary of State Wendy Sherman met with UN Special Envoy on Myanmar Christine Schraner Burgener today in Washington, D.C.",
         [{"Christine Schraner Burgener", "Wendy Sherman"}], slug="verb-met-with"),
    case("wh-58142",
         "Today, Julie Chavez Rodriguez, Senior Advisor to the President and White House Intergovernmental Affairs Director, and White House officials from the Domestic Policy Council and Office of Intergovernmental Affairs convened a meeting with state legislative leaders from New York, Delaware, California, and Illinois to discuss how states are leading the way in efforts to hold gun manufacturers accountable.",
         [{"California", "Delaware", "Illinois", "Julie Chavez Rodriguez", "New York"}], slug="verb-hosted"),
    case("sd-311979",
         "Deputy Secretary Sherman’s Meeting with UK Minister of State for Middle East, North Africa and North America Cleverly\n\nDeputy Secretary of State Wendy Sherman met with UK Minister of State for Middle East, North Africa, and North America James Cleverly today in Washington, D.C. Deputy Secretary Sherman and Minister Cleverly discussed continued diplomatic engagement to prevent further Russian aggression against Ukraine, as well as deterrents including sanctions and security assistance to partners and Allies in the region. The two also discussed ongoing UK-EU negotiations to preserve the gains of the Belfast/Good Friday agreement, the PRC’s troubling economic practices, maintaining a free and open Indo-Pacific through the AUKUS trilateral security partnership with Australia, and the importance of ensuring Iran returns to mutual compliance with the JCPOA.",
         [{"James Cleverly", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-254415",
         "Secretary Antony J. Blinken and German Foreign Minister Heiko Maas at a Joint Press Availability\n\nFOREIGN MINISTER MAAS: (Via interpreter) Ladies and gentlemen, welcome to the federal foreign office. A very warm welcome to Berlin, dear Tony, or rather, welcome back. After all, weren’t you in Europe only last week? And during that visit, President Biden and your delegation underlined impressively that America is back, back on the international and multilateral scene, and we’re extremely pleased about this.",
         [{"Antony J. Blinken", "Heiko Maas"}], slug="title-joint-appearance"),
    case("sd-254415",
         "Of course, we also talked about the outcome of the bilateral talks between President Biden and President Putin.",
         [{"Biden", "Putin"}], slug="noun-meeting-with"),
    case("sd-311750",
         "The Governments of the United States and Poland held the U.S.-Poland Strategic Dialogue in Washington, D.C. on February 4, 2022, which included consultations between Polish Foreign Minister Zbigniew Rau and U.S. Secretary of State Antony J. Blinken.",
         [{"Antony J. Blinken", "Zbigniew Rau"}], slug="noun-meeting-with"),
    case("wh-24971",
         "And then Secretary Blinken and Foreign Minister Hussein had a bilateral meeting.",
         [{"Blinken", "Hussein"}], slug="verb-held-together"),
    case("wh-24971",
         "And again, just — you look at the visit of the Pope — that’s quite extraordinary; Iran and Saudi Arabia holding talks in Baghdad — that’s no small thing; a trilateral summit from the President of Egypt and the King of Jordan; and many other things.",
         [{"Iran", "Saudi Arabia"}], slug="verb-held-together"),
    case("wh-46969",
         "National Security Advisor Jake Sullivan met yesterday with Nigerian Presidential Chief of Staff Professor Ibrahim Gambari and Nigerian National Security Advisor Babagana Monguno at the White House.",
         [{"Babagana Monguno", "Ibrahim Gambari", "Jake Sullivan"}], slug="verb-met-with"),
    case("wh-53808",
         "Yesterday, Jennifer Klein, Director of the White House Gender Policy Council, and Rohini Kosoglu, Domestic Policy Advisor to the Vice President, hosted a meeting with reproductive justice leaders from across the country.",
         [{"Jennifer Klein", "Rohini Kosoglu"}], slug="verb-co-hosted"),
    case("sd-259253",
         "Secretary Blinken met with President Sisi in Cairo; human rights were on the agenda in that discussion as well.",
         [{"Blinken", "Sisi"}], slug="verb-met-with"),
    case("sd-259253",
         "Our ambassador to Lebanon, Ambassador Shea, French Ambassador Anne Grillo, they met with the Saudi Ambassador Walid Bukhari in Beirut for diplomatic consultations as part of and a follow-on to that trilateral engagement on the dire economic situation currently in place in Lebanon, and to discuss how together we can most effectively support the needs of the Lebanese people.",
         [{"Anne Grillo", "Shea", "Walid Bukhari"}], slug="verb-met-with"),
    case("sd-350179",
         "First Vice Foreign Minister Cho Hyundong to discuss opportunities to build on the momentum from the May 21 Summit between President Biden and President Yoon.",
         [{"Biden", "Yoon"}], slug="noun-meeting-with"),
    case("sd-337322",
         "Deputy Secretary of State Wendy Sherman met today with Frédéric Bernard, head of cabinet of the President of the European Council, in Washington, D.C.",
         [{"Frédéric Bernard", "Wendy Sherman"}], slug="verb-met-with"),
    case("sd-335902",
         "Deputy Secretary Sherman’s Meeting with NATO Deputy Secretary General Geoană and European External Action Service (EEAS) Secretary General Stefano Sannino\n\nDeputy Secretary of State Wendy Sherman met jointly today in Brussels with NATO Deputy Secretary General Mircea Geoană and EEAS Secretary General Stefano Sannino. Deputy Secretary Sherman praised the strong NATO-EU coordination in responding to Russia’s unprovoked and brutal war against Ukraine. Deputy Secretary Sherman, Deputy Secretary General Geoana, and Secretary General Sannino agreed that NATO-EU coordination is essential for Transatlantic security and prosperity and they discussed further steps to enhance the NATO-EU strategic partnership.",
         [{"Mircea Geoană", "Stefano Sannino", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-322899",
         "Deputy Secretary Sherman’s Meeting with President Tebboune of Algeria\n\nDeputy Secretary of State Wendy Sherman met today with Algerian President Abdelmadjid Tebboune in Algiers. Deputy Secretary Sherman and President Tebboune discussed a range of issues, including ways to expand our economic cooperation. Deputy Secretary Sherman conveyed to President Tebboune that the United States looks forward to being the Country of Honor at this year’s Algiers International Fair. Deputy Sherman reaffirmed the importance the Biden-Harris Administration places on human rights, including media freedom and religious freedom. They also discussed regional security issues and international developments involving Putin’s premeditated, unprovoked, and unjustified war in Ukraine.",
         [{"Abdelmadjid Tebboune", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-364248",
         "Deputy Secretary Sherman’s Meeting With the Republic of the Marshall Islands Foreign Minister Kabua and Select Compact Negotiation Delegation Members\n\nDeputy Secretary Wendy Sherman met in Washington today with the Republic of the Marshall Islands Foreign Minister Kitlang Kabua and a group of Compact of Free Association negotiation delegation members. The Deputy Secretary and the Foreign Minister discussed ways to expand and grow the U.S.-Republic of the Marshall Islands bilateral relationship. They discussed progress on the Compact negotiations, the impact of COVID-19 on the Marshallese people and diaspora, and promoting economic growth and stability in the Pacific Island region. The Deputy Secretary underscored the importance of successfully concluding the Compact negotiations and the strength of united Pacific voices and leadership through international fora such as the Pacific Island Forum.",
         [{"Kitlang Kabua", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-347769",
         "Secretary Blinken’s Meeting with Angolan Foreign Minister António\n\nSecretary of State Antony J. Blinken met with Angolan Foreign Minister Téte António today in Washington, D.C. Secretary Blinken and Minister António discussed our mutual commitment to a strong bilateral relationship grounded in our shared interests in countering corruption and bolstering investment. They also reviewed progress on tackling the climate crisis and promoting regional security and cooperation among Atlantic nations that share maritime challenges and opportunities in the Atlantic Basin.",
         [{"Antony J. Blinken", "Téte António"}], slug="title-possessive"),
    case("sd-351483",
         "Deputy Secretary Sherman’s Meeting with Lao Deputy Prime Minister Dr. Kikeo\n\nDeputy Secretary Wendy Sherman met today with Dr. Kikeo Khaykhamphithoune, Deputy Prime Minister of the Lao People’s Democratic Republic, in Vientiane to discuss how the United States can best support Laos’ economic development and recovery from the pandemic. The Deputy Secretary emphasized the U.S. prioritization of its relationship with Laos based on a shared commitment to common interests, including respect for ASEAN centrality, the rule of law, human rights, and regional stability. The Deputy Secretary highlighted U.S.-Laos growing relationship and efforts to further expand our bilateral ties. Deputy Secretary Sherman also conveyed educational cooperation is a top priority for the United States. The Deputy Secretary announced an additional $45 million in funding from the United States to survey and clear unexploded ordnance, bringing the total to more than $240 million just since 2016.",
         [{"Kikeo Khaykhamphithoune", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-256899",
         "The State Department hosted Foreign Minister Sirojiddin Muhriddin and a delegation from the Government of Tajikistan for the eighth U.S.-Tajikistan Annual Bilateral Consultations on July 1, following 30 years of bilateral partnership between the United States and Tajikistan.",
         [{"Department of State", "Sirojiddin Muhriddin"}], slug="verb-hosted"),
    case("sd-343825",
         "Deputy Secretary Sherman met today in Washington with NUG representatives, including Zin Mar Aung.",
         [{"Sherman", "Zin Mar Aung"}], slug="verb-met-with"),
    case("sd-255598",
         "Secretary Blinken’s Meeting with Holy See Secretary of State Cardinal Parolin and Secretary for Relations with States Archbishop Gallagher\n\nSecretary of State Antony J. Blinken met today with Holy See Secretary of State Cardinal Pietro Parolin and Secretary for Relations with States Archbishop Paul Gallagher in Vatican City. Secretary Blinken reaffirmed our shared efforts to promote religious freedom and combat human trafficking. The Secretary reiterated U.S. support for a return to democracy in Venezuela and our desire to help the Venezuelan people rebuild their country. The Secretary, the Cardinal, and the Archbishop discussed global issues including migration, climate change, and efforts to expand distribution of vaccines against COVID-19. They underscored the importance of addressing the challenges in Syria and Lebanon, as well as Ethiopia and Belarus. They also discussed human rights and religious freedom in China.",
         [{"Antony J. Blinken", "Paul Gallagher"}], slug="title-possessive"),
    case("sd-346147",
         "Deputy Secretary Wendy Sherman met today in Washington with a Zambian government delegation that included Foreign Minister Stanley Kakubo, Secretary of the Treasury Felix Nkulukusa, and interim National Security Advisor Lawrence Mwananyanda.",
         [{"Felix Nkulukusa", "Lawrence Mwananyanda", "Stanley Kakubo", "Wendy Sherman"}], slug="verb-met-with"),
    case("sd-363845",
         "Deputy Secretary Sherman’s Meeting with Israeli Minister for Public Security Bar Lev\n\nDeputy Secretary of State Wendy Sherman met with Israeli Minister for Public Security Omer Bar Lev yesterday in Washington to discuss the U.S.-Israel relationship. The Deputy Secretary conveyed condolences for the terrorist attacks that claimed the lives of Israelis earlier this year and underscored the United States’ unwavering commitment to Israel’s security. They also discussed efforts to ensure all Palestinians and Israelis live safely and securely with equal measures of freedom, dignity, and prosperity. The Deputy Secretary also raised the tragic death of Palestinian-American reporter Shireen Abu Akleh and the need for accountability.",
         [{"Omer Bar Lev", "Wendy Sherman"}], slug="title-possessive"),
    case("sd-253096",
         "During the trip Special Envoy Lenderking met with officials from the Governments of the Republic of Yemen and Saudi Arabia, as well as UN Special Envoy Martin Griffiths and the five permanent members of the UN Security Council.",
         [{"Lenderking", "Martin Griffiths"}], slug="verb-met-with"),
    case("sd-345581",
         "U.S. Secretary of State Antony J. Blinken and Turkish Foreign Minister Cavusoglu met in New York on May 18 within the framework of the U.S.-Turkey Strategic Mechanism to reaffirm their strong cooperation as partners and NATO Allies.",
         [{"Antony J. Blinken", "Cavusoglu"}], slug="verb-met-together"),
    case("sd-245513",
         "Acting Assistant Secretary Hood met with Tunisian State Secretary Mohamed Ali Nafti and Diplomatic Advisor to Prime Minister Mechichi, Elyes Ghariani, and underscored the United States government’s commitment to partnering with Tunisia to advance its democratic, economic, and security goals.",
         [{"Elyes Ghariani", "Hood", "Mohamed Ali Nafti"}], slug="verb-met-with"),
    case("sd-353184",
         "Deputy Secretary Sherman’s Meeting with Greenland Prime Minister Egede and Foreign Minister Motzfeldt\n\nDeputy Secretary of State Wendy R. Sherman met today with Greenland Prime Minister Múte B. Egede and Foreign Minister Vivian Motzfeldt in Washington, D.C. Deputy Secretary Sherman thanked Prime Minister Egede and Foreign Minister Motzfeldt for Greenland’s support for sanctions related to Putin’s brutal war of choice on Ukraine. The three also highlighted the United States and Greenland’s strong cooperation on critical minerals, trade, and investment to strengthen joint prosperity and sustainable development in the Arctic during the global green energy transition.",
         [{"Múte B. Egede", "Vivian Motzfeldt", "Wendy R. Sherman"}], slug="title-possessive"),
    case("sd-261632",
         "Secretary Antony J. Blinken And Iraqi Foreign Minister Dr. Fuad Hussein Before Their Meeting\n\nSECRETARY BLINKEN: Good morning, everyone. It’s a particular pleasure to have Foreign Minister Hussein, my friend of many years, colleague of many years here at the State Department, with his delegation for the Strategic Dialogue with the United States and Iraq.",
         [{"Antony J. Blinken", "Fuad Hussein"}], slug="title-their-meeting"),
    case("wh-25751",
         "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Foreign Minister Retno Marsudi of Indonesia\n\nNational Security Advisor Jake Sullivan met today with Foreign Minister Retno Marsudi of Indonesia in Washington, D.C. to discuss opportunities to deepen the U.S.-Indonesia Strategic Partnership. Mr. Sullivan informed Foreign Minister Marsudi that the United States will provide an additional $30 million in COVID-19 assistance to Indonesia, bringing the total U.S. assistance to Indonesia since the start of the pandemic to more than $65 million.",
         [{"Jake Sullivan", "Retno Marsudi"}], slug="title-possessive"),
    case("wh-52898",
         "Joint Readout of the Meeting Between President Joseph R. Biden, Jr. and Prime Minister Mario Draghi\n\nPresident Joseph R. Biden, Jr. of the United States and Prime Minister Mario Draghi of Italy met today at the White House. The leaders reaffirmed the strong and broad U.S.-Italian partnership reflected in the deep and enduring ties between our people and our countries, of which our alliance through NATO and the U.S. partnership with the EU are critical components. They discussed recent developments in Russia’s unprovoked and unjustified war in Ukraine. They underscored their continued commitment to pursuing peace by supporting Ukraine and imposing costs on Russia. In the face of the global economic challenges created by Russia’s actions, they discussed measures aimed at fostering food security and reshaping global energy markets. They committed to maintaining their work together on global crises from COVID-19 to climate change, as well as to continuing their cooperation on shared foreign policy challenges, including China and Libya. The leaders looked forward to further discussions at the G-7 Summit and NATO Summit in June.",
         [{"Joseph R. Biden", "Mario Draghi"}], slug="title-meeting-with"),
    case("wh-46323",
         "Biden hosted Senate Judiciary Chair Dick Durbin and Ranking Member Chuck Grassley in the Oval Office this afternoon to hear their perspectives and advice about the historic nomination to the Supreme Court he will make later this month.",
         [{"Biden", "Chuck Grassley", "Dick Durbin"}], slug="verb-hosted"),
    case("wh-47362",
         "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with Polish Head of the International Policy Bureau Jakub Kumoch\n\nNational Security Advisor Jake Sullivan met today with Dr. Jakub Kumoch, Head of the International Policy Bureau at Poland’s Presidential Chancellery. They discussed ongoing diplomatic efforts related to Russia’s destabilizing military buildup along Ukraine’s border, including Poland’s leadership in the Organization for Security and Cooperation in Europe. They also discussed transatlantic coordination on deterrence and defense efforts, with Mr. Sullivan expressing appreciation for Poland’s hosting of additional U.S. forces to reinforce NATO’s eastern flank.",
         [{"Jake Sullivan", "Jakub Kumoch"}], slug="title-possessive"),
    case("wh-21121",
         "Readout of President Biden’s Meeting with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland\n\nPresident Joseph R. Biden, Jr. met today with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland. President Biden thanked President Parmelin for hosting the U.S.-Russia Summit in Geneva on June 16, and he expressed appreciation for Switzerland’s unique historical role providing a neutral ground for diplomacy and negotiations. The leaders discussed the strong U.S.-Switzerland commercial, science and education, and security relationships. President Biden thanked Switzerland for its 40 years of service as the U.S. Protecting Power in Iran. He also welcomed Switzerland’s contribution to the global COVID-19 pandemic response including by hosting the Gavi vaccine alliance secretariat and its contributions to COVAX to facilitate equitable access and distribution of safe and effective COVID-19 vaccines.",
         [{"Guy Parmelin", "Ignazio Cassis", "Joseph R. Biden"}], slug="title-possessive"),
    case("wh-25083",
         "Readout of President Joseph R. Biden, Jr. Meeting with Prime Minister Al-Kadhimi of Iraq\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to strengthen bilateral coordination under the Strategic Framework Agreement. Together they discussed expanded initiatives on climate, energy, education, and combatting the COVID-19 pandemic. They committed to a continued security partnership to ensure that ISIS can never resurge and to allow communities recovering from terror to rebuild with dignity even as the United States shifts to a purely advisory role. The leaders reaffirmed their respect for Iraq’s democracy, the rule of law, and promoting a secure environment for Iraq’s upcoming elections in October. The leaders agreed on the vital importance of holding these elections on time, and welcomed the UN monitoring mission to support their full transparency and fairness.",
         [{"Al-Kadhimi", "Joseph R. Biden"}], slug="title-meeting-with"),
    case("wh-47401",
         "Today, Domestic Policy Advisor Susan Rice and White House Intergovernmental Affairs Director Julie Rodriguez convened the third national meeting of The White House Community Violence Intervention Collaborative (CVIC), a cohort of 16 jurisdictions committed to using American Rescue Plan funding or other public funding to scale and strengthen their CVI infrastructure.",
         [{"Julie Rodriguez", "Susan Rice", "White House Community Violence Intervention Collaborative"}], slug="verb-hosted"),
    case("wh-57729",
         "Joint Statement Following Meeting Between President Biden and Egyptian President Abdel Fattah Al Sisi in Jeddah\n\nPresident Joseph R. Biden, Jr. met with Egyptian President Abdel Fattah Al Sisi today in Jeddah, Saudi Arabia to reaffirm their shared commitment to the U.S.-Egypt strategic partnership, consult on a broad range of global and regional security challenges, and advance the U.S.-Egypt relationship. In celebrating the milestone of 100 years of U.S.-Egypt diplomatic relations, President Al Sisi and President Biden expressed their intention to meet again in the near future to further enhance the two countries’ multi-faceted partnership. The two leaders renewed their commitment to the U.S.-Egypt Strategic Dialogue co-chaired by Secretary of State Antony J. Blinken and Minister of Foreign Affairs Sameh Shoukry and welcomed the continued implementation of its outcomes.",
         [{"Abdel Fattah Al Sisi", "Joseph R. Biden"}], slug="title-meeting-with"),
    case("wh-56788",  # judged in the twelfth blind check (partly: the hotel as a participant)
         "Ambassador Katherine Tai, the United States trade representative, and Sen. Dan Sullivan held a roundtable discussion with leaders from the state’s fishing industry at Hotel Captain Cook on Thursday…",
         [{"Dan Sullivan", "Katherine Tai"}], [{"Hotel Captain Cook"}], slug="the-venue-of-an-unnamed-group-is-no-side"),
    case("wh-55484",  # judged in the eleventh blind check (partly: the Accords as a participant)
         "Secretary Blinken, just last month in the Negev, in southern Israel, met with counterparts from Abraham Accord partners UAE, Bahrain and Morocco, together with Jordan and Egypt, highlighting these deepening regional partnerships.",
         [{"Blinken", "Bahrain", "Egypt", "Jordan", "Morocco", "United Arab Emirates"}], [{"Abraham Accord"}],
         slug="an-agreements-name-is-no-participant"),
]

#: Readouts of calls, meetings still to come, and names that are no participant.
NOT_HELD = [
    case("sd-342653",  # an adjective of no country taken for the side met ("Congressional staff")
         'Under Secretary John Bass; Ambassador Beth Jones, Coordinator for Afghan Relocation Efforts; and other senior officials met yesterday with representatives of a self-organized coalition of more than 180 organizations, including veterans, frontline civilians, social workers, attorneys, non-profits, Congressional staff, and private sector employees, working to support relocation and resettlement of our Afghan allies and partners.',
         [], [{"Congressional"}], slug="an-adjective-is-no-organisation"),
    case("wh-24483",  # a community named by an adjective is no organisation or country
         'Today, Senior Advisor and Director of the White House Office of Public Engagement Cedric Richmond and Senior Director for the Western Hemisphere for the National Security Council Juan Gonzalez met with Cuban American leaders to listen to their policy recommendations and concerns in light of the recent, unprecedented demonstrations unfolding across Cuba.',
         [], [{"Cuban American"}], slug="a-community-adjective-is-no-side"),
    case("sd-328593",  # "She" is the subject before (Zeya), not a minister she met
         'Under Secretary Zeya’s Visit to Tunisia\n\nOffice of the Spokesperson\n\nUnder Secretary of State for Civilian Security, Democracy, and Human Rights\u202fUzra\u202fZeya visited Tunisia on March 23-27,\u202fwhere she underscored the importance of strengthening democracy in Tunisia and implementing an inclusive political and economic reform process,\u202fin coordination with political parties, unions, and civil society.\n\nOver the course of her visit, Under Secretary Zeya met with\u202fsenior government officials, including Prime Minister Najla\u202fBouden, Foreign Minister Othman\u202fJerandi, and\u202fMinister of Interior Taoufik\u202fCharfeddine.\u202f She also met with representatives of Tunisia’s vibrant civil society, including human rights defenders, anti-corruption activists, and journalists.',
         [], [{"Othman Jerandi", "Tunisia"}, {"Najla Bouden", "Tunisia"}, {"Taoufik Charfeddine", "Tunisia"}],
         slug="she-is-the-one-who-met-before"),
    case("wh-48435",  # judged in the first blind check (partly: 'national union' a participant)
         'Today, President Biden and Labor Secretary Marty Walsh met with 39 national union labor leaders.',
         [], [{"national union"}], slug="a-lower-case-phrase-is-no-organisation"),
    case("wh-18215",  # judged in the tenth blind check (wrong: how a couple came to know each other)
         'PRESIDENT BIDEN: That’s exactly right. (Laughs.) Well, Jeannie and Ralph actually met while he was recovering from his wounds. They were married two years to the day after the battle that we’re recognizing him today for his bravery.',
         [], [{"Jeannie", "Ralph"}], slug="met-while-he-was-recovering"),
    case("wh-21783",  # judged in the twelfth blind check (wrong: met, and they later married)
         'Born and raised in Ireland, Whelan Prine is the eldest of six daughters born to Donal and Mary Whelan. She served as Business Manager for Windmill Lane Studios in Dublin, considered Ireland’s premiere recording studio. Whelan Prine met John while working there with artists such as U2, Van Morrison and many others, and they later married in Nashville, Tennessee, where together they raised their three sons. Whelan Prine received her U.S. citizenship in 2004.',
         [], [{"John", "Whelan Prine"}], slug="met-and-later-married"),
    case("wh-23891",  # judged in the eleventh blind check (wrong: what is on the agenda of a meeting to come)
         'In terms of the schedule: In the morning, Vice President Harris will host Chancellor Angela Merkel for a working breakfast at the Vice President’s Residence. Then in the afternoon at the White House, the President and Chancellor Merkel will have a one-on-one meeting, an expanded bilateral meeting, followed by a press conference.\n\nAnd in the evening, President Biden will host Chancellor Merkel for a small dinner with a range of individuals who have long been strong supporters of Germany and the bilateral relationship, which will further demonstrate the close and continuing ties between our countries.\n\nIn terms of what is on the agenda in their bilateral meeting, as I said, this is very much a working visit and we expect them to discuss the full range of policy issues in our bilateral relationship.',
         [], [{"Merkel"}, {"Angela Merkel"}], slug="on-the-agenda-in-their-meeting"),
    case("sd-363721",  # the eleventh development review (wrong: a claim the briefer declined)
         "QUESTION: A couple of weeks ago, there were a few media reports in Pakistan claimed that close associate of Prime Minister Khan – former Prime Minister Khan – met with Assistant Secretary of State Donald Lu here in State Department and conveyed the message, like, to forget the past and move forward.",
         [], [{"Donald Lu"}], slug="a-claim-in-a-question"),
    case("wh-49966",  # judged in the tenth blind check (wrong: a meeting of tomorrow)
         "Background Press Call by a Senior Administration Official Previewing the Visit of Prime Minister Lee of Singapore\n\nSENIOR ADMINISTRATION OFFICIAL: Great, thank you very much. And thank you all for joining.\n\nWe are very, very happy that tomorrow Prime Minister of Singapore Lee Hsien Loong will come to the White House to meet with the President and also, separately, with the Vice President.\n\nPresident Biden and Prime Minister Lee will review progress on those lines of efforts and continue to build stronger cooperation in these areas.\n\nAnd then following the President’s meeting with Prime Minister Lee, the Vice President will host him for a bilateral meeting at the White House.",
         [], [{"Lee Hsien Loong"}], slug="a-meeting-the-next-one-follows"),
    case("sd-357037",  # judged in the tenth blind check (wrong: a reporter and a briefer)
         "Briefing on the Secretary’s Upcoming Travel to Indonesia and Thailand\n\nMR PRICE: We will turn to John Hudson, Washington Post.\n\nASSISTANT SECRETARY KRITENBRINK: Thank you, John. This is Dan Kritenbrink. The Secretary has been in regular contact with PRC State Councilor and Foreign Minister Wang Yi, but this will be their first face-to-face meeting since October.",
         [], [{"John Hudson"}], slug="their-meeting-to-come"),
    case("wh-26529",
         "Remarks by President Biden and First Lady Jill Biden in a Virtual Meeting with Team USA Members Who Competed in the Tokyo 2020 Olympic Games\n\nVia Teleconference\n\nTHE PRESIDENT: Well, thank you so very, very much.",
         [], [{"Joe Biden", "Jill Biden"}], slug="hosts-alone-are-no-meeting"),
    case("sd-336886",  # judged in the sixth blind check (wrong: 'State' as the other side)
         "In Dhaka, Ambassador Hussain met with Bangladeshi senior government officials, including the State Minister for Foreign Affairs and the State Minister for Religious Affairs.",
         [], [{"Hussain", "State"}], slug="a-title-word-is-no-side"),
    case("wh-53415",
         "Statement by White House Press Secretary Karine Jean-Pierre on the Meeting Between President Biden and Prime Minister Andersson of Sweden and President Niinistö of Finland\n\nOn Thursday, President Biden will welcome Prime Minister Magdalena Andersson of Sweden and President Sauli Niinistö of Finland to the White House. The leaders will discuss Finland’s and Sweden’s NATO applications and European security, as well as strengthening our close partnerships across a range of global issues and support for Ukraine.",
         [], [{"Magdalena Andersson", "Sauli Niinistö"}], slug="will-welcome",
         marks=xfail("'will welcome' in the body is not yet read as the title's meeting to come")),
    case("wh-51854",
         "Statement by White House Press Secretary Jen Psaki on the Bilateral Meeting between "
         "President Joe Biden and Prime Minister Mario Draghi of Italy\n\nPresident Biden looks "
         "forward to welcoming Prime Minister Mario Draghi of Italy to the White House on May 10, "
         "2022. The visit will reaffirm the deep bonds of friendship and strong partnership between"
         " the United States and Italy.",
         [], [{"Mario Draghi"}], slug="looks-forward-to-welcoming"),
    # colleagues of one government at their own signing ceremony are not a meeting
    case("wh-54193",
         "Remarks by President Biden and Vice President Harris at Signing of Executive Order to "
         "Advance Effective, Accountable Policing and Strengthen Public Safety\n\n4:14 P.M. EDT\n\n"
         "THE VICE PRESIDENT: Good afternoon, everyone. Good afternoon. Please have a seat.",
         [], [{"Joe Biden", "Kamala Harris"}, {"Biden", "Harris"}], slug="one-government-signing"),
    case("sd-246820",
         "Secretary Blinken’s Call with UN Special Coordinator Wennesland\n\nSecretary of State "
         "Antony J. Blinken spoke today with UN Special Coordinator for Middle East Peace Tor "
         "Wennesland. Secretary Blinken and Special Coordinator Wennesland discussed the critical "
         "humanitarian needs of the Palestinian people.",
         [], [{"Wennesland"}], slug="call-title"),
    case("sd-312409",
         "Secretary Blinken’s Call with Turkish Foreign Minister Cavusoglu\n\nSecretary of State "
         "Antony J. Blinken spoke today with Turkish Foreign Minister Mevlut Cavusoglu. Secretary "
         "Blinken and Foreign Minister Cavusoglu discussed ways to further coordination and NATO "
         "unity regarding the threat of further Russian escalation and aggression against Ukraine.",
         [], [{"Cavusoglu"}], slug="call-title-body"),
    case("wh-47588",
         "Readout of President Biden’s Call with President Macron of France and Chancellor Scholz "
         "of Germany\n\nPresident Joseph R. Biden, Jr. spoke with President Emmanuel Macron of "
         "France and Chancellor Olaf Scholz of Germany today about Russia’s ongoing escalation along "
         "the borders of Ukraine.",
         [], [{"Macron"}, {"Scholz"}], slug="call-three-leaders"),
    case("wh-53770",  # judged in the thirteenth blind check (wrong: the talk was a call)
         "I think that with re- — I don’t want to get into the specifics of the discussions "
         "between Jake Sullivan and Yang Jiechi, but just to say that, of course, we are looking "
         "for ways in which it is possible to provide assistance and support to the DPRK as they "
         "deal with this COVID outbreak.",
         [], [{"Jake Sullivan", "Yang Jiechi"}], slug="discussions-between-may-be-a-call"),
    case("wh-24131",
         "Readout of President Joe Biden’s Call with Prime Minister Jacinda Ardern of New Zealand"
         "\n\nPresident Joseph R. Biden, Jr. today spoke by phone with Prime Minister Jacinda "
         "Ardern of New Zealand. They discussed our interest in maintaining a free and open "
         "Indo-Pacific region.",
         [], [{"Jacinda Ardern"}], slug="call-readout"),
    case("sd-323108",
         "Deputy Secretary Sherman will begin her trip in Istanbul and Ankara, Turkey from March 4 "
         "to 5 to meet with Foreign Minister Cavusoglu, Deputy Foreign Minister Sedat Onal, and "
         "Chief Presidential Advisor Ibrahim Kalin to discuss Russia’s premeditated, unprovoked, and "
         "unjustified invasion of Ukraine.",
         [], [{"Cavusoglu"}, {"Sedat Onal"}], slug="trip-to-meet"),
    case("sd-358207",
         "Secretary of State Antony J. Blinken will travel to Bangkok, Thailand where he will meet "
         "with Thai Prime Minister Prayut Chan-o-cha and Deputy Prime Minister and Foreign Minister "
         "Don Pramudwinai to reaffirm the U.S.-Thai alliance and the U.S. commitment to the "
         "Indo-Pacific region.",
         [], [{"Don Pramudwinai"}], slug="will-meet"),
    case("sd-335332",
         "Secretary of State Antony J. Blinken will travel to Panama City, Panama April 19-20 to "
         "co-lead a Ministerial Conference on Migration and Protection and meet with President "
         "Laurentino Cortizo Cohen and Foreign Minister Erika Mouynes, as well as other leaders from "
         "across the hemisphere.",
         [], [{"Erika Mouynes"}], slug="will-travel-and-meet"),
    case("sd-362588",
         "U.S. Department of State Deputy Secretary Wendy Sherman will travel to Honiara, Solomon "
         "Islands, on August 6-8, to commemorate the 80th anniversary of the Battle of Guadalcanal "
         "and meet with Solomon Islands officials.",
         [], [{"Wendy Sherman"}], slug="to-meet-officials"),
    case("sd-311955",
         "During his trip, Ambassador Hussain will also meet with the President of Mauritania, "
         "Minister of Islamic Affairs, and Minister of Justice, along with other senior government "
         "officials, to discuss religious freedom and other democracy and human rights-related "
         "issues.",
         [], [{"Hussain"}], slug="will-also-meet"),
    case("sd-336411",
         "On Earth Day, he will also meet with Economic Commission for Latin America and the "
         "Caribbean Acting Executive Secretary Mario Cimoli.",
         [], [{"Mario Cimoli"}], slug="pronoun-will-meet"),
    case("wh-56408",
         "President Biden looks forward to seeing Indo-Pacific leaders at NATO for the first time, "
         "including when he will attend a trilateral meeting with President Yoon of the Republic of "
         "Korea and Prime Minister Kishida of Japan to follow up on their conversations in Seoul and "
         "Tokyo last month and confer on issues related to the Democratic People’s Republic of "
         "Korea.",
         [], [{"Yoon"}, {"Kishida"}], slug="will-attend-meeting"),
    case("wh-47540",
         "Last night, Russia agreed that Secretary of State Blinken and Foreign Minister Lavrov "
         "should meet on Feb- — on February 24th — February 24th in Europe.",
         [], [{"Lavrov"}], slug="should-meet"),
    case("wh-19331",
         "And on the President’s meeting tomorrow with Senator Capito: Is it just Senator Capito, "
         "or is it Senator Capito and other Republican senators?",
         [], [{"Capito"}], slug="meeting-tomorrow"),
    case("wh-24971",
         "Has President Biden ever met with Prime Minister Kadhimi before, and when was that?",
         [], [{"Kadhimi"}], slug="question"),
    case("wh-54312",
         "Mr. Sullivan expressed support for Turkey’s continued direct talks with Sweden and Finland "
         "to resolve concerns over their applications for NATO membership, which the U.S. strongly "
         "supports.",
         [], [{"Sullivan"}], slug="talks-as-topic"),
    case("sd-251411",
         "So to touch on your last part, so U.S. officials, of course, have been meeting with "
         "Turkish officials as a part of our ongoing consultations with our friends in Afghanistan "
         "on the withdraw of troops from the U.S., and coalition of troops from the Afghanistan.",
         [], [{"Turkey"}], slug="no-person-named"),
    case("wh-52780",
         "These key personnel will join Deputy National Cyber Director for Federal Cybersecurity "
         "and Federal Chief Information Security Officer Chris DeRusha in fulfilling ONCD’s mission "
         "to ensure every American can share in the full benefits of our digital ecosystem.",
         [], [{"Chris DeRusha"}], slug="join-is-hiring"),
    case("sd-245513",
         "Acting Assistant Secretary Hood met with Tunisian State Secretary Mohamed Ali Nafti and "
         "Diplomatic Advisor to Prime Minister Mechichi, Elyes Ghariani, and underscored the United "
         "States government’s commitment to partnering with Tunisia to advance its democratic, "
         "economic, and security goals.",
         [{"Elyes Ghariani", "Hood", "Mohamed Ali Nafti"}], [{"Mechichi"}],
         slug="name-inside-a-title"),
    case("sd-265750",
         "Secretary Blinken’s Meeting with Palauan President Whipps, Jr.\n\nSecretary of State "
         "Antony J. Blinken met with Palauan President Surangel Whipps, Jr. today in Washington, "
         "D.C. Secretary Blinken and President Whipps discussed U.S.-Palau cooperation.",
         [{"Antony J. Blinken", "Surangel Whipps"}], [{"Jr."}], slug="jr-is-no-name"),
    case("wh-18381",
         "Today the President and I met with the family of Mr. George Floyd.",
         [], [{"George Floyd"}], slug="family-of"),
    case("wh-52263",
         "Statement by Press Secretary Jen Psaki on President Biden’s Meeting with Marc and Debra "
         "Tice\n\nPresident Biden met today with Marc and Debra Tice, the parents of Austin Tice, "
         "who has spent almost a decade in captivity in Syria.",
         [{"Biden", "Marc Tice", "Debra Tice"}], [],
         marks=xfail("a first name coordinated with a full name does not get the shared surname"),
         slug="shared-surname"),
    case("wh-57394",  # judged in the eleventh blind check (wrong: a body convened, no participants)
         'FACT SHEET: President Biden Appoints Cancer Panel Members and Cancer Cabinet Unveils Priority Actions\n\nIn addition, First Lady Jill Biden, Cabinet Members, and Biden-Harris Administration leadership are holding a Cancer Cabinet meeting today to unveil priority actions and new members, advancing the President’s vision for ending cancer as we know it. The Cancer Cabinet has identified priorities to: (1) close the screening gap, (2) understand and address environmental exposure, (3) decrease the impact of preventable cancers, (4) bring cutting edge research through the pipeline to patients and communities, and (5) support patients and caregivers. This Cancer Cabinet also added the Departments of Commerce and Labor, the National Aeronautics and Space Administration, and the White House Gender Policy Council.\n\nSince the Cancer Cabinet’s prior meeting, additional steps that mark progress for the millions of Americans facing a cancer diagnosis have been announced by the Biden-Harris Administration including: the Centers for Disease Control and Prevention (CDC) issuing more than $200 million in grants to advance national cancer prevention and control through cancer screening programs reaching every state, U.S. territories, and tribal organizations; the Centers for Medicaid & Medicare Services (CMS) launching a new model to deliver patient-centered care that improves outcomes and reduces the cost of cancer care; the U.S. Patent and Trademark Office (USPTO) announcing the extension of a program to fast-track cancer immunotherapy applications; the Food and Drug Administration (FDA) pursuing steps to significantly reduce tobacco-related morbidity and mortality in the United States as part of cancer prevention efforts, and announcing that for the first time in over 50 years, the White House will host a Conference on Hunger, Nutrition, and Health and release a national, whole-of-government strategy to end hunger and reduce diet-release disease (which includes some cancers) this September.\n\nIn February, President Biden reignited the Cancer Moonshot with renewed White House leadership and new ambitious goals: to reduce the death rate from cancer by at least 50 percent over the next 25 years, and improve the experience of people and their families living with and surviving cancer – and, by doing this and more, end cancer as we know it today. In March, in his first State of the Union Address, President Biden highlighted the Cancer Moonshot as part of his Unity Agenda for the nation. The White House convened the Cancer Cabinet to establish a prioritized agenda across government including the development of new interagency programs and collaborations and announced initial steps for the Cancer Moonshot.',
         [], [{"This Cancer Cabinet"}, {"Cancer Cabinet"}], slug="a-body-convened-is-no-person"),
    case("sd-260638",  # the eleventh development review; two paragraphs of the briefing, 168 apart
         'Department Press Briefing – July 19, 2021\n\nMR PRICE: We will have a readout for you later today. As you know, we are welcoming Sviatlana Tsikhanouskaya and her team to the department today. The – Ms. Tsikhanouskaya met with Secretary of State for Political Affairs Toria Nuland. Secretary Blinken also was planning to stop by for a part of that meeting, and we’ll have a readout for you of that later today.\n\nMR PRICE: Matt, I – we want to be very clear on this. We stand by what you heard from me yesterday concerning our talks with Iran, including on the matter of the Americans who are held unjustly. I’ll repeat: There was and is as of yet no deal with Iran on the release of our unjustly detained citizens. We have discussed options for effecting their release. Unfortunately, we are not and have not been in a position to move forward with the deal as has been claimed. We – it is true that we have made progress in the course of those indirect discussions. And because this pertains to Americans unjustly detained against their will, we remain interested in continuing talks in some form or fashion so as to be able to seek to secure their release as soon as possible.',
         [{"Toria Nuland", "Tsikhanouskaya"}], [{"Iran", "Tsikhanouskaya"}], slug="a-speakers-our-talks-are-not-the-last-meetings"),
    case("wh-48024",  # the eleventh development review (the co-hosts of the paragraph before)
         'FACT SHEET: The White House and Department of Justice Announced 99 Law Schools in 35 States and Puerto Rico Continue to Answer the Attorney General’s Call to Action for Stronger Access to Justice and Court Reform on Eviction Prevention\n\nOn August 11, 2021, Second Gentleman Douglas Emhoff, White House Counsel Dana Remus, and Attorney General Merrick Garland convened a listening session with legal aid providers, pro bono counsel, and a State Attorney General to identify and expand creative innovations in access to justice, including those designed to keep renters in their homes.\n\nOn August 17, 2021, officials from the White House, Departments of Labor, Treasury, Justice, Health and Human Services and Centers for Disease Control and Prevention met with the U.S. Conference of Mayors, urging mayors to adopt eviction diversion strategies and highlighting best practices for swift delivery of ERA.',
         [{"Dana Remus", "Douglas Emhoff", "Merrick Garland"}], [{"Merrick Garland", "U.S. Conference of Mayors"}],
         slug="officials-from-named-bodies-are-not-the-last-meetings"),
    case("wh-56421",  # judged in the thirteenth blind check (wrong: a meeting still to come)
         'Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan En Route Madrid, Spain\n\nIn terms of a bilateral meeting: We do expect, at some point tomorrow, President Erdoğan and President Biden have the chance to talk. What the modalities of that will be precisely are still being worked out. There’s not a fixed time or — or framework for the meeting, but they’ll have a chance to spend some time together to focus mainly on the strategic issues between the U.S. and Turkey and regional issues that are relevant to the two countries.\n\nOf course, the issue of Finland and Sweden will come up but we don’t anticipate that that’s going to be the central focus of the President’s meeting with President Erdoğan.',
         [], [{"Biden", "Erdoğan"}], slug="the-focus-a-meeting-is-going-to-have-is-ahead"),
]

#: The cases kept from the first version of this table.
EARLIER = [
    case("sd-315998",
         "Secretary of State Antony J. Blinken met with French Foreign Minister Jean-Yves Le Drian "
         "today on the sidelines of the Munich Security Conference to discuss ongoing diplomatic "
         "and deterrence efforts by NATO Allies, EU partners, G7 members, and other partners.",
         [{"Antony J. Blinken", "Jean-Yves Le Drian"}], slug="met-with"),
    case("sd-330904",
         "Secretary of State Antony J. Blinken met with Jamaican Prime Minister Andrew Holness "
         "Friday in Washington, D.C. to commemorate 60 years of diplomatic relations with the "
         "United States.",
         [{"Antony J. Blinken", "Andrew Holness"}], slug="met-with-weekday"),
    case("sd-260839",
         "Deputy Secretary of State Wendy R. Sherman met with Japanese Vice Foreign Minister Mori "
         "Takeo and Republic of Korea First Vice Foreign Minister Choi Jong Kun today in Tokyo.",
         [{"Wendy R. Sherman", "Mori Takeo", "Choi Jong Kun"}], slug="trilateral-coordinated"),
    case("wh-51564",
         "National Security Advisor Jake Sullivan met with Finance Minister Lawrence Wong of "
         "Singapore today at the White House.",
         [{"Jake Sullivan", "Lawrence Wong"}], slug="title-name-of-country"),
    case("wh-26615",
         "National Security Advisor Jake Sullivan met today with the Secretary General of Japan’s "
         "National Security Secretariat, Takeo Akiba, to discuss shared efforts to strengthen the "
         "U.S.-Japan relationship.",
         [{"Jake Sullivan", "Takeo Akiba"}], slug="met-today-with-apposition"),
    case("sd-363029",
         "Deputy Secretary of State Wendy Sherman met with UK National Security Adviser Sir Stephen "
         "Lovegrove today in Washington, DC.",
         [{"Wendy Sherman", "Stephen Lovegrove"}], slug="honorific-sir"),
    case("wh-25083",
         "President Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to "
         "strengthen bilateral coordination under the Strategic Framework Agreement.",
         [{"Joseph R. Biden", "Al-Kadhimi"}], slug="president-with-suffix"),
    case("sd-346421",
         "Secretary of State Antony J. Blinken joined Deputy Secretary of State Wendy Sherman’s "
         "meeting today with His Royal Highness Prince Khalid bin Salman Al Saud, the Deputy "
         "Minister of Defense of the Kingdom of Saudi Arabia, in Washington, D.C.",
         [{"Antony J. Blinken", "Wendy Sherman", "Khalid bin Salman Al Saud"}],
         marks=xfail("the joiner is not added to the possessor's meeting"),
         slug="joined-someones-meeting"),
    case("wh-49755",
         "President Joseph R. Biden, Jr., Secretary of State Antony Blinken, and Secretary of "
         "Defense Lloyd Austin met with Ukraine’s Foreign Minister Dmytro Kuleba and Minister of "
         "Defense Oleksii Reznikov for an update on Ukraine’s military, diplomatic, and "
         "humanitarian situation.",
         [{"Joseph R. Biden", "Antony Blinken", "Lloyd Austin", "Dmytro Kuleba",
           "Oleksii Reznikov"}], slug="three-subjects-two-objects"),
    case("wh-23013",
         "Today, National Economic Council Director Brian Deese met with the Congressional Hispanic "
         "Caucus (CHC) to discuss the Bipartisan Infrastructure Framework and the President’s "
         "legislative priorities.",
         [{"Brian Deese", "Congressional Hispanic Caucus"}], slug="person-meets-organisation"),
    case("sd-362558",
         "Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol "
         "Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the "
         "region.",
         [], [{"Nikol Pashinyan"}], slug="a-phone-call-is-not-a-meeting"),
    case("sd-255519",
         "Blinken will travel to Rome and Matera, Italy, June 27-29, where he will meet with Italian "
         "President Sergio Mattarella, Prime Minister Mario Draghi, and Foreign Minister Luigi Di "
         "Maio to discuss the importance of Transatlantic unity.",
         [], [{"Sergio Mattarella"}], slug="will-meet-is-not-held"),
    case("sd-255267",
         "The Secretary and Italian Foreign Minister De Maio will co-host on June 28th a ministerial "
         "on Syria to discuss the crisis there.",
         [], [{"De Maio"}], slug="co-host-to-come"),
    case("wh-52169",
         "Vice President Kamala Harris met virtually today with 15 leaders representing Caribbean "
         "nations and underscored the importance the Biden-Harris Administration places on our "
         "partnerships throughout the Caribbean.",
         [], [{"Kamala Harris", "Biden"}], slug="unnamed-leaders-no-meeting"),
    case("sd-262866",
         "Secretary Blinken’s Meeting with Indian Prime Minister Modi\n\nSecretary of State Antony "
         "J. Blinken met with Indian Prime Minister Narendra Modi in New Delhi today, where they "
         "discussed efforts to deepen the U.S.-India Comprehensive Global Strategic Partnership.",
         [{"Antony J. Blinken", "Narendra Modi"}], slug="title-noun-and-body-verb"),
]

CASES = HELD + NOT_HELD + EARLIER


@pytest.mark.parametrize("item, text, expected, forbidden", CASES)
def test_meeting(facts_of, item, text, expected, forbidden):
    found = [frozenset(p.name for p in f.participants)
             for f in facts_of(text, "meeting") if isinstance(f, Meeting) and not f.negated]
    for people in expected:
        assert frozenset(people) in found, f"{item}: missing {people}; got {found}"
    for people in forbidden:
        assert not any(set(people) <= meeting for meeting in found), \
            f"{item}: unexpected {people} in {found}"


def test_a_headline_the_body_tells_in_full_is_one_meeting(facts_of):
    """Round 17 judged the headline's meeting partly (the President left out): the body's
    sentence names every participant of the one meeting (wh-46323)."""
    text = ("Readout of the President’s Meeting with Senate Judiciary Committee Chair Durbin and "
            "Ranking Member Grassley\n\nPresident Biden hosted Senate Judiciary Chair Dick Durbin "
            "and Ranking Member Chuck Grassley in the Oval Office this afternoon to hear their "
            "perspectives and advice about the historic nomination to the Supreme Court he will "
            "make later this month.")
    found = [frozenset(p.name for p in f.participants)
             for f in facts_of(text, "meeting") if isinstance(f, Meeting)]
    assert found == [frozenset({"Biden", "Dick Durbin", "Chuck Grassley"})], found


def test_the_table_covers_forty_items():
    assert len({p.values[0] for p in CASES}) >= 40


# Documents that announce meetings rather than report them.
ANNOUNCED = [
    ("wh-49705",  # judged in the first blind check (wrong: a statement announcing a meeting)
     'Statement by Press Secretary Jen Psaki Announcing President Biden’s Meeting with Prime Minister Lee Hsien Loong of Singapore\n\nOn Tuesday March 29th, President Biden will welcome Prime Minister Lee Hsien Loong of Singapore to the White House. The two Leaders will reaffirm the importance of the U.S.-Singapore Strategic Partnership. The President will review efforts to ensure a free and open Indo-Pacific and discuss Russia’s unjustified war against Ukraine with the Prime Minister. The President also looks forward to deepening cooperation on a range of shared interests, including upholding freedom of the seas, advancing supply chain resiliency, addressing the crisis in Burma, and fighting climate change.'),
    ("sd-261461",  # a daily public schedule: every "meets with" is an appointment to come
     "Public Schedule – July 23, 2021\n\nOffice of the Spokesperson\n\n***THE DAILY PUBLIC "
     "SCHEDULE IS SUBJECT TO CHANGE***\n\nSECRETARY ANTONY J. BLINKEN\n\n9:30 a.m. Secretary "
     "Blinken meets with Iraqi Foreign Minister Dr. Fuad Hussein, at the Department of State.\n\n"
     "(POOLED CAMERA SPRAY AT THE TOP)"),
    ("wh-50830",  # a statement announcing a meeting: the body says it is still to come
     "Statement by Press Secretary Jen Psaki on President Biden’s Virtual Meeting with Prime Minister Modi of India\n\nPresident Joseph R. Biden, Jr. will meet virtually with Prime Minister Narendra Modi of India on Monday, April 11 to further deepen ties between our governments, economies, and our people. President Biden and Prime Minister Modi will discuss cooperation on a range of issues including ending the COVID-19 pandemic, countering the climate crisis, strengthening the global economy, and upholding a free, open, rules-based international order to bolster security, democracy, and prosperity in the Indo-Pacific. The Leaders will advance ongoing conversations about the development of an Indo-Pacific Economic Framework and delivering high-quality infrastructure. President Biden will continue our close consultations on the consequences of Russia’s brutal war against Ukraine and mitigating its destabilizing impact on global food supply and commodity markets. Biden last spoke to Prime Minister Modi with other Quad Leaders in March. This meeting will precede the U.S.-India 2+2 Ministerial between Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin, and External Affairs Minister Dr. Subrahmanyam Jaishankar and Defense Minister Rajnath Singh of India."),
    ("wh-51794",  # a title names the meeting, the body says it is still to come
     "Statement by White House Press Secretary Jen Psaki on the Bilateral Virtual Meeting "
     "Between President Joe Biden and President Andrés Manuel López Obrador\n\nOn Friday, "
     "April 29, President Joe Biden will meet with President Andrés Manuel López Obrador "
     "virtually. In this virtual event, the two leaders will discuss their vision for the Ninth "
     "Summit of the Americas and how North America can lead on priority initiatives for the "
     "region."),
]


@pytest.mark.parametrize("item, text", ANNOUNCED, ids=[i for i, _ in ANNOUNCED])
def test_announced_meetings_are_not_held_ones(facts_of, item, text):
    assert [f for f in facts_of(text, "meeting") if isinstance(f, Meeting)] == []


def test_a_briefings_president_is_the_one_in_office(facts_of):
    """wh-46487 (the eleventh development review: the meeting given to the former president, the
    last President named): in a briefing of 2 February 2022 "the President" is Joe Biden."""
    text = 'Press Briefing by Press Secretary Jen Psaki, February 2, 2022\n\nJames S. Brady Press Briefing Room\n\n12:35 P.M. EST\n\nMS. PSAKI: As we look to the debt, which obviously the President wants to be lower, it’s important to note that more than 95 percent of the national debt was incurred before he took office. The national debt increased by $7.8 trillion during former President Trump’s presidency, which accounts for about 30 percent of its total.\n\nObviously, the President also met with the Qatari leader earlier this week. They have been an important partner here, as we don’t have the diplomatic presence, as you well know, that we had prior.'
    found = [frozenset(p.name for p in f.participants)
             for f in facts_of(text, "meeting", "2022-02-02") if isinstance(f, Meeting)]
    assert not any("Donald Trump" in m or "Trump" in m for m in found), found

