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
    return pytest.mark.xfail(reason=reason, strict=True)


def _row(fact: HoldsPost, width: int) -> tuple:
    row = (fact.person.name, (fact.post or "").lower() or None,
           fact.org.name if fact.org else None, fact.status,
           fact.country.name if fact.country else None)
    return row[:width]


def _expected(row: tuple) -> tuple:
    post = row[1].lower() if isinstance(row[1], str) else row[1]
    return (row[0], post, *row[2:])


CASES = [
    pytest.param(  # a quote's byline: the organisation needs no organisation's head word
        'Jennifer Krill, Executive Director, Earthworks: “Meeting the President’s climate and environmental justice goals depends on a shift in the way we source and use minerals. To ensure that our emerging clean energy system is not built on dirty mining, we must reform the rules of the road for mining and invest in creating a sustainable minerals economy. On this 150th anniversary of the 1872 Mining Law, Earthworks looks forward to working with the Biden-Harris administration and a broad group of stakeholders to promote a rapid, just, and equitable renewable energy transition using responsibly sourced materials.”',
        [("Jennifer Krill", "Executive Director", "Earthworks", "current")],
        [("Jennifer Krill", "Executive Director", None, ANY)],
        id="wh-52976-a-bylines-organisation"),
    pytest.param(  # "Rep."/"Sen." are titles; of Congress only for a member the reference data
        # knows (Pennsylvania's state legislators here; the congresswomen above them are)
        'Congresswoman Madeleine Dean, D-PA-4\n\nRep. Mary Jo Daley, Women’s Health Caucus Co-Chair\n\nSen. Maria Collett, Senate Democrats Caucus Secretary\n\nRep. Morgan Cephas, Women’s Health Caucus Co-Chair',
        [("Mary Jo Daley", "Representative", None, "current"),
         ("Maria Collett", "Senator", None, "current"),
         ("Morgan Cephas", "Representative", None, "current")],
        [("Maria Collett", "Senator", "United States Senate", ANY),
         ("Mary Jo Daley", "Representative", "United States House of Representatives", ANY)],
        id="wh-57755-state-legislators-abbreviated"),
    pytest.param(  # the words before "Mayor" name its city, tagged by the model or not
        'Memphis Mayor Jim Strickland: “Honored to have Deputy Secretary of the Treasury @wallyadeyemo visit @memlawschool and thank him in person for his help with the American Rescue Plan, which helped us help over 14,000 families with rental and utility assistance during the pandemic.” [Tweet, 3/9/22]',
        [("Jim Strickland", "Mayor", "Memphis", "current")],
        [("Jim Strickland", "Memphis Mayor", ANY, ANY)],
        id="wh-49185-a-citys-mayor"),
    pytest.param(  # a roster line may open with the name's own title before the name
        'New Jersey Senator Bob Menendez, Chairman, Senate Foreign Affairs Committee: “Under @POTUS leadership, the transformative bipartisan law that Congress passed is delivering long-overdue investments in our nation’s infrastructure while creating jobs and economic opportunity for communities long overlooked.” [Tweet, 3/1/22]',
        [("Bob Menendez", "Chairman", "Senate Foreign Affairs Committee", "current"),
         ("Bob Menendez", "Senator", "United States Senate", "current")],
        [("Bob Menendez", "Chairman", None, ANY)],
        id="wh-48256-a-titled-name-opens-the-roster-line"),
    pytest.param(  # a roster line's organisation runs to the colon of a quote's byline
        'Rich Nolan, President and CEO, National Mining Association: “The NMA was pleased today to join the Biden administration’s Interagency Working Group on mining law reform at the White House. The strength of the U.S. economy depends on mining, and industry stands ready to work with the government to find a productive path forward that will help reshore essential supply chains, reduce our mineral import overreliance and build the materials industrial base needed to underpin the energy transition and the EV revolution. We look forward to continuing to contribute to the work of this important group.”',
        [("Rich Nolan", "President", "National Mining Association", "current"),
         ("Rich Nolan", "CEO", "National Mining Association", "current")],
        [("Rich Nolan", "President", None, ANY)],
        id="wh-52976-a-quotes-byline"),
    pytest.param(  # a US state before a title names its owner; a member of Congress's state is
        # the seat's (the development items' lists of attorneys general and members' tweets)
        'Attorneys General:\n\nDistrict of Columbia Attorney General Karl Racine\n\nNew York Attorney General Letitia James\n\nNew Jersey Acting Attorney General Andrew Bruck',
        [("Karl Racine", "Attorney General", "District of Columbia", "current"),
         ("Andrew Bruck", "Attorney General", "New Jersey", "acting")],
        [("Karl Racine", "Attorney General", "Department of Justice", ANY)],
        id="wh-26339-a-state-attorney-general"),
    pytest.param(
        "Illinois Senator Tammy Duckworth: “Thanks to President Biden’s Bipartisan Infrastructure "
        "Law, we’re done talking about infrastructure *weeks.* We’re heading for an infrastructure "
        "*decade.*👏#SOTU” [Tweet, 3/1/22]",
        [("Tammy Duckworth", "Senator", "United States Senate", "current")],
        [("Tammy Duckworth", "Illinois Senator", ANY, ANY)],
        id="wh-48256-a-senators-state"),
    pytest.param(  # a holder named under a funeral or memorial held the post (the eleventh
        # development review's items; judged partly in the thirteenth blind check: Albright)
        "There’s some breaking news from NBC and Reuters that U.S. Ambassador to the UN Linda "
        "Thomas-Greenfield has left Haiti after gunshots were heard at the funeral for "
        "assassinated President Jovenel Moise.",
        [("Jovenel Moise", "President", ANY, "former")], [("Jovenel Moise", "President", ANY, "current")],
        id="sd-261735-the-funeral-for-a-president"),
    pytest.param(  # the model tags "Principal" as a person's name: a title's modifier still
        # (judged partly in the thirteenth blind check: the post truncated)
        "Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre and Environmental "
        "Protection Agency Administrator Michael Regan",
        [("Karine Jean-Pierre", "Principal Deputy Press Secretary", "White House", "current")],
        [("Karine Jean-Pierre", "Deputy Press Secretary", ANY, ANY)],
        id="wh-47449-a-principal-deputy"),
    pytest.param(  # a bare head of government's title beside a titled name: a list or an
        # address, not that name's apposition
        "During the event, the President, Secretary Raimondo, and the participants will focus in "
        "particular on why passing competitiveness legislation is critical for lowering prices "
        "for working families on essentials like cars and household appliances",
        [("Raimondo", "Secretary", ANY, "current")], [("Raimondo", "President", ANY, ANY)],
        id="wh-48746-the-president-in-a-list"),
    pytest.param(
        "Now, with the Vice President, Secretary Becerra, and Deputy Attorney General Monaco, I "
        "want to talk about an executive order I’m signing to protect reproductive rights of "
        "women in the aftermath of the Supreme Court’s terrible, extreme, and, I think, so "
        "totally wrongheaded decision to overturn Roe v.",
        [("Becerra", "Secretary", ANY, "current")], [("Becerra", "Vice President", ANY, ANY)],
        id="wh-56988-the-vice-president-in-a-list"),
    pytest.param(  # a bare "Ambassador" beside the post held is a rank, not a post (judged
        # partly in the thirteenth blind check: Feltman)
        "It’s an issue that the special envoy, Ambassador Feltman, has stressed as well.",
        [("Feltman", "special envoy", ANY, "current")], [("Feltman", "Ambassador", ANY, ANY)],
        id="sd-268298-an-envoys-rank"),
    pytest.param(
        "Ambassador Gifford, Chief of Protocol of the United States",
        [("Gifford", "Chief of Protocol of the United States", ANY, "current")],
        [("Gifford", "Ambassador", ANY, ANY)], id="sd-361128-a-chief-of-protocols-rank"),
    pytest.param(  # "the President and | Secretary X": a bare title after "the" is another's
        # (judged wrong in the fourteenth blind check: "the President and Vice President and
        # their senior teams" as a post)
        "As the President and Secretary Blinken have made clear, we’re bringing diplomacy back, "
        "prioritizing our diplomacy with our allies and partners.",
        [("Blinken", "Secretary", ANY, "current")],
        [("Blinken", "President and Secretary", ANY, ANY)], id="sd-264944-the-president-and"),
    pytest.param(
        "QUESTION: When the Secretary and Foreign Minister Kuleba spoke on Friday, did the "
        "foreign minister express any of these concerns to the Secretary?",
        [("Kuleba", "Foreign Minister", "Ministry of Foreign Affairs", "current")],
        [("Kuleba", "Secretary and Foreign Minister", ANY, ANY)], id="sd-312152-the-secretary-and"),
    pytest.param(
        "MS. PSAKI: Well, today was meant to be a private moment between the President and Judge "
        "Jackson.",
        [("Jackson", "Judge", None, "current")], [("Jackson", "President and Judge", ANY, ANY)],
        id="wh-50752-the-president-and-judge"),
    pytest.param(  # "the Secretary and | Pope Francis": no title of the name's own
        "So it’s no surprise that the humanitarian conditions there and the need to provide "
        "much-needed relief to the people of Lebanon did feature in that one-on-one discussion "
        "between the Secretary and Pope Francis.",
        [], [("Pope Francis", "Secretary", ANY, ANY), ("Francis", "Secretary", ANY, ANY)],
        id="sd-256888-the-secretary-and-a-name"),
    pytest.param(  # a post never holds a possessive: a clause or a list ran into it
        "MR PRICE: So as you alluded to, there was a bilateral meeting today between the "
        "Secretary and his Armenian counterpart, Foreign Minister Mirzoyan, here at the Department "
        "of State.",
        [], [("Mirzoyan", "Secretary and his Armenian counterpart", ANY, ANY)],
        id="sd-340313-a-possessive-in-the-post"),
    pytest.param(
        "In government, Jarin served as Chief Deputy City Solicitor for the City of Philadelphia "
        "early in his legal career.",
        [], [("Jarin", "Chief Deputy City Solicitor for the City of Philadelphia early in his "
              "legal career", ANY, ANY)], id="wh-48960-his-career-in-the-post"),
    pytest.param(  # judged in the thirteenth blind check (partly: 'Bureau of Bureau of ...')
        "Secretary of State Antony Blinken, Assistant Secretary of State for the Bureau of "
        "Educational and Cultural Affairs Ms. Lee Satterfield, Assistant Secretary of State for "
        "the Bureau of South and Central Asian Affairs Donald Lu, Ambassador of India to the "
        "United States of America Ambassador Sandhu",
        [("Donald Lu", "Assistant Secretary of State for the Bureau of South and Central Asian Affairs",
          "Bureau of South and Central Asian Affairs", "current")],
        [("Donald Lu", ANY, "Bureau of Bureau of South and Central Asian Affairs", ANY)],
        id="sd-333832-a-bureau-named-as-such-once"),
    pytest.param(  # judged in the twelfth blind check (wrong: the board and the status missed)
        "President Biden Announces Key Appointees\n\nWASHINGTON – Today, President Biden "
        "announces his intent to appoint the following individuals to serve in key roles:\n\n"
        "Lt. Col. Amy McGrath, USMC (Ret.), Member, Board of Visitors to the U.S. Naval Academy",
        [("Amy McGrath", "Member", "Board of Visitors to the U.S. Naval Academy", "nominee")], [],
        id="wh-46823-a-roster-line-with-rank-and-service"),
    pytest.param(  # a presidential delegation's roster: "ad interim" is the acting status
        "President Biden Announces Presidential Delegation to Japan to Attend the Closing "
        "Ceremony of the Tokyo 2020 Summer Olympic Games\n\nMr. Raymond Greene, Chargé "
        "d’Affaires ad interim, U.S. Embassy Tokyo",
        [("Raymond Greene", "Chargé d’Affaires", "U.S. Embassy Tokyo", "acting")],
        [("Raymond Greene", "Chargé d’Affaires ad", ANY, ANY)], id="wh-25523-ad-interim"),
    pytest.param(  # an envoy to an international organisation, not a member of the House
        "Stephanie Sanders Sullivan, Nominee for Representative of the United States of America "
        "to the African Union, with the rank and status of Ambassador Extraordinary and "
        "Plenipotentiary",
        [("Stephanie Sanders Sullivan",
          "Representative of the United States of America to the African Union", "African Union",
          "nominee")],
        [("Stephanie Sanders Sullivan", ANY, "United States House of Representatives", ANY)],
        id="wh-55543-a-representative-to-an-organisation"),
    pytest.param(  # judged in the eleventh blind check (partly: the country stated, left out)
        "I spoke earlier today with my Ukrainian counterpart, Foreign Minister Kuleba, and I’ll "
        "speak this evening with Foreign Secretary Truss of the United Kingdom.",
        [("Truss", "Foreign Secretary", ANY, "current", "United Kingdom")], [],
        id="sd-313753-a-ministers-country-after-the-name"),
    pytest.param(  # judged in the eleventh blind check (wrong: the office's owner as director)
        "And Bonnie Wu, a Director of Tom Carper’s office; most importantly, she helped my son "
        "Beau get elected to Attorney General, so she has a place in the heart of every Biden.",
        [], [("Tom Carper", "Director", ANY, ANY)], id="wh-48896-the-owner-of-the-office"),
    pytest.param(  # a title "of" another's title without an article: the name is the owner's
        # (round 17 judged "the Director of Mayor Sylvester Turner’s Office" wrong, as Turner's)
        "His Excellency Xie Zhenhua, Special Envoy of President Xi Jinping, People’s Republic of "
        "China",
        [], [("Xi Jinping", "Special Envoy of President", ANY, ANY)],
        id="wh-55889-the-envoy-of-a-titled-owner"),
    pytest.param(  # also "for <organisation> <title>" without an article
        "Deputy Secretary of State Wendy Sherman spoke today with Bjoern Seibert, Chief of Staff "
        "for European Commission President Ursula von der Leyen, to follow up on their February 11 "
        "call and President Biden’s February 11 video call with transatlantic leaders.",
        [], [("Ursula von der Leyen", "Chief of Staff for European Commission President", ANY, ANY)],
        id="sd-314110-the-chief-of-staff-of-a-titled-owner"),
    pytest.param(  # "the Office of <place> Governor X": the holder's office, not the title's
        # organisation (judged partly in rounds 13-15: "Office of Former U.S. Senator Bob Corker")
        "Matthew L. Garcia has served in the Office of New Mexico Governor Michelle Lujan Grisham "
        "as Chief of Staff from 2020 to 2022 and General Counsel from 2019 to 2020.",
        [("Michelle Lujan Grisham", "Governor", "New Mexico", "current")],
        [("Michelle Lujan Grisham", "Governor", "Office of New Mexico", ANY)],
        id="wh-57513-the-office-of-a-governor"),
    pytest.param(  # "Judge X on the United States District Court for ...": the model tags only the
        # country of the court's name (judged partly in rounds 13-15: the court left out)
        "Ms. Chung served as a law clerk for Judge Myron Thompson on the United States District "
        "Court for the Middle District of Alabama from 2002 to 2003.",
        [("Myron Thompson", "Judge",
          "United States District Court for the Middle District of Alabama", ANY, "United States")],
        [("Myron Thompson", "Judge", None, ANY)],
        id="wh-57253-a-judge-on-a-court-named-by-its-country"),
    pytest.param(  # a post "for the Office of U.S. Senator X" is a staffer's, not the senator's
        "He previously served more than five years as Economic Development Manager for the Office "
        "of U.S. Senator Joe Manchin III (D-WV).",
        [], [("Joe Manchin", "Economic Development Manager", ANY, ANY)],
        id="wh-49342-a-post-in-a-senators-office"),
    pytest.param(  # an appointee's biography opens with the listed post again, bare: the
        # nominee's post listed above, not a current one of no organisation (judged partly)
        'WASHINGTON – Today, President Biden announces his intent to appoint the following individuals to serve in key roles:\n\nElver Ariza-Silva, Member, Architectural and Transportation Barriers Compliance Access Board\n\nHeather Dowdy, Member, Architectural and Transportation Barriers Compliance Access Board\n\nGregory S. Fehribach, Member, Architectural and Transportation Barriers Compliance Access Board\n\nMozhdeh Amelia Hamraie, Member, Architectural and Transportation Barriers Compliance Access Board\n\nHannah Raissa Ibañez, Member, Architectural and Transportation Barriers Compliance Access Board\n\nAlexis Ander Kashar, Member, Architectural and Transportation Barriers Compliance Access Board\n\nKR Liu, Member, Architectural and Transportation Barriers Compliance Access Board\n\nBenjamin William Julian Nadolsky, Member, Architectural and Transportation Barriers Compliance Access Board\n\nMadeline Rose Ruvolo, Member, Architectural and Transportation Barriers Compliance Access Board\n\nGen. John R. Allen, USMC (Ret.), Member, Board of Visitors to the U.S. Naval Academy\n\nDr. Paul J. Angelo, Member, Board of Visitors to the U.S. Naval Academy\n\nPresident Emeritus Robert E. Clark II, Member, Board of Visitors to the U.S. Naval Academy\n\nAdm. Michelle Janine Howard, USN (Ret.), Member, Board of Visitors to the U.S. Naval Academy\n\nLt. Cmdr. John S. McCain IV, Member, Board of Visitors to the U.S. Naval Academy\n\nLt. Col. Amy McGrath, USMC (Ret.), Member, Board of Visitors to the U.S. Naval Academy\n\nArchitectural and Transportation Barriers Compliance Access Board\n\nThe Architectural and Transportation Barriers Compliance Access Board is an independent federal agency that promotes equality for people with disabilities through leadership in accessible design and the development of accessibility guidelines and standards. The Board develops and maintains design criteria for the built environment, transit vehicles, telecommunications equipment, medical diagnostic equipment, and information technology. It also provides technical assistance and training on these requirements and accessible design and continues to enforce accessibility standards that cover federally funded facilities.\n\nElver Ariza-Silva, Member\n\nElver Ariza-Silva is active in advocacy efforts for all people with disabilities, with a focus on those who are Latino in the District of Columbia. Originally from the Republic of Colombia, Ariza-Silva is a polio survivor and a professional with more than 20 years combined experience in human and social services and in the food industry. Ariza-Silva has served as a research assistant for a Johns Hopkins University study that focused on preventing child trafficking from Latin America and has held leadership roles in the food industry. Ariza-Silva was appointed by Mayor Vincent C. Gray and Mayor Muriel Bowser to serve as Chairman on the Statewide Independent Living Council. Ariza-Silva served as Vice-chair of the Accessibility Advisory Committee Board of the Washington Metropolitan Area Transit Authority, advising Metro on ways to improve Metro Rail, Metro Bus, and Metro Access.\n\nHeather Dowdy, Member',
        [("Heather Dowdy", "Member", "Architectural and Transportation Barriers Compliance Access Board", "nominee")],
        [("Heather Dowdy", "Member", None, ANY)],
        id="wh-46823-a-biographys-heading-repeats-the-listed-post"),
    pytest.param(  # a roster's bare "Name, Co-Chair" under a lead that appoints people to one
        # body: the post is on that body (round 17 judged "Christina Brandt, Commissioner" partly)
        'Today, President Biden appointed nine governors as members of the Council of Governors for two-year terms. The bipartisan Council of Governors serves as the lead forum to strengthen partnerships between the Federal government and State governments to better protect our nation from threats to our homeland security and all types of hazards. The Council focuses on matters of homeland security; homeland defense; civil support; synchronization and integration of state and Federal military activities in the United States; and other matters of mutual interest, including those involving the National Guard. Federal-state cooperation is critical to protecting communities given the evolving challenges and threats facing our country, which range from extreme weather to domestic and international terrorism to a global pandemic. The Council of Governors will closely coordinate with the Biden-Harris administration to bolster preparedness, resilience and response on behalf of all Americans in times of need.\n\nThe Council includes leaders across the Federal government: the Secretary of Defense, the Secretary of Homeland Security, the Assistant to the President for Homeland Security, the Deputy Assistant to the President for Intergovernmental Affairs, the Commander of U.S. Northern Command, the Assistant Secretary of Defense for Homeland Defense and Global Security, the Commandant of the Coast Guard, and the Chief of the National Guard Bureau. Other key Federal officials such as the Administrator of the Federal Emergency Management Agency (FEMA) are regular participants.\n\nPresident’s Council of Governors:\n\nMinnesota Governor Tim Walz, Co-Chair',
        [("Tim Walz", "Co-Chair", "Council of Governors", "current")],
        [("Tim Walz", "Co-Chair", None, ANY)],
        id="wh-23463-a-rosters-post-on-the-body-the-lead-names"),
    pytest.param(  # judged in the eleventh blind check (wrong: an armed group's name)
        "We did determine and document in this report that the Government of Turkey provided "
        "support to the Sultan Murad Division, a non-state armed group that recruited and used "
        "child soldiers.",
        [], [("Murad", ANY, ANY, ANY)], id="sd-256690-a-name-of-a-division"),
    pytest.param(  # judged in the eleventh blind check (wrong: a firm as its founder)
        "(Deb) Jospin is the founder of Jospin Strategic, a consulting firm that provides "
        "strategic advice for public and private sector clients.",
        [], [("Jospin Strategic", ANY, ANY, ANY)], id="wh-19779-a-firm-is-no-person"),
    pytest.param(  # judged in the eleventh blind check (wrong: a title word as the holder)
        "Survivors like Mia and Manny, and Claudia — a Los Angeles Deputy Sheriff who survived an "
        "ambush by a shooter with a ghost gun — represent individuals and families all across "
        "this country whose lives have been forever changed by a ghost gun.",
        [], [("Sheriff", ANY, ANY, ANY)], id="wh-50902-a-title-word-is-no-person"),
    pytest.param(  # "Secretary of | State Blinken": the model's name took the title's last word
        "The meeting was a logical continuation of the recent discussions held in Reykjavik "
        "between Secretary of State Blinken and Foreign Minister Lavrov.",
        [("Blinken", "Secretary of State", "Department of State")],
        [("State Blinken", ANY)], id="wh-18259-secretary-of-state-surname"),
    pytest.param(  # the State Department's briefing: its envoy, not another department's head
        "Department Press Briefing – June 15, 2021\n\nJalina Porter, Principal Deputy "
        "Spokesperson\n\n2:11 p.m. EDT\n\nMS PORTER: Good afternoon, everyone, and thank you so "
        "much for joining today’s State Department press briefing. I have two updates at the top "
        "before I start taking your questions.\n\nI would like to draw your attention to the joint "
        "statement issued by Secretary Blinken and Secretary Mayorkas today about the expansion of "
        "the Central American Minors, or CAM, program.\n\nAnd just to your point on the talks in "
        "Vienna, as you know our Special Envoy for Iran Rob Malley is in his sixth round of talks "
        "in Vienna this week.",
        [("Rob Malley", "Special Envoy for Iran", "Department of State"),
         ("Blinken", "Secretary", "Department of State")],
        [("Mayorkas", "Secretary", "Department of State")], id="sd-252304-a-briefings-agency"),
    pytest.param(  # judged in the tenth blind check (wrong: Blinken as Spain's Foreign Minister)
        "I’m so delighted to have with us the Foreign Minister of Spain, José Manuel Albares, and "
        "the U.S. Secretary of State, Antony Blinken.",
        [], [("Antony Blinken", "Foreign Minister", ANY, ANY)],
        id="sd-355894-no-apposition-over-another-name"),
    pytest.param(
        "North Macedonia’s Foreign Minister, Bujar Osmani, and U.S. Assistant Secretary of State "
        "for European and Eurasian Affairs, Dr. Karen Donfried, led the Strategic Dialogue.",
        [], [("Karen Donfried", "Foreign Minister", ANY, ANY)],
        id="sd-349269-no-apposition-over-another-name"),
    pytest.param(  # judged in the tenth blind check (wrong: in the Department of State)
        "Secretary Antony J. Blinken at a Joint Press Availability\n\nAntony J. Blinken, Secretary "
        "of State\n\nWashington, D.C.\n\nSECRETARY BLINKEN: I was just checking to make sure I can "
        "say good afternoon. It is good afternoon. Good afternoon, everyone. And let me first start "
        "by thanking the High Representative Josep Borrell, Josep my friend, for traveling to "
        "Washington today for a meeting of the U.S.-EU Energy Council.",
        [], [("Josep Borrell", "High Representative", "Department of State", ANY)],
        id="sd-312036-a-high-representative-is-no-us-agencys"),
    pytest.param(  # judged in the tenth blind check (partly: 'Triangle Ricardo Zuniga')
        'Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya, Special Envoy for the Northern Triangle Ricardo Zuniga, Bureau of Population, Refugees, and Migration Deputy Assistant Secretary Marta Youth, and Senior Advisor to the USAID Administrator and Executive Director of the USAID Northern Triangle Task Force Michael Camilleri On the Collaborative Migration Management Strategy and Root Causes Strategy Toward Migration',
        [("Ricardo Zuniga", "Special Envoy for the Northern Triangle")],
        [("Triangle Ricardo Zuniga", ANY)], id="sd-263591-the-phrase-goes-on-elsewhere"),
    pytest.param(  # judged in the tenth blind check (partly: the committee and the status)
        "President Biden Announces Key Appointments\n\nWASHINGTON – Today, President Biden "
        "announces his intent to appoint the following individuals to serve in key roles on the "
        "President’s Council on Sports, Fitness, & Nutrition, the Commission of Fine Arts, and the "
        "President’s Committee on the National Medal of Science:\n\nValerie Montgomery Rice, "
        "Member, the President’s Committee on the National Medal of Science",
        [("Valerie Montgomery Rice", "Member",
          "President’s Committee on the National Medal of Science", "nominee")],
        [("Valerie Montgomery Rice", "Member", None, ANY)], id="wh-49568-a-roster-of-appointees"),
    pytest.param(  # a roster of guests: the organisation is their employer, the post current
        "Unions\n\nKenny Cooper, Secretary Treasurer, International Brotherhood of Electrical "
        "Workers (IBEW)\n\nTerry O’Sullivan, President, Laborers’ International Union of North "
        "America (LiUNA)",
        [("Terry O’Sullivan", "President", "Laborers’ International Union of North America",
          "current")],
        [("Terry O’Sullivan", "President", None, ANY)], id="wh-55878-a-roster-of-guests"),
    pytest.param(  # judged in the ninth blind check (partly: the court left out)
        "Ms. Boroughs served as a law clerk for Judge Richard M. Gergel on the U.S. District Court "
        "for the District of South Carolina from 2013 to 2017.",
        [("Richard M. Gergel", "Judge", "U.S. District Court", ANY, "United States")],
        [("Boroughs", "Judge", ANY, ANY)], id="wh-54936-a-judge-on-a-court"),
    pytest.param(  # judged in the ninth blind check (partly: 'Magistrate' as the organisation)
        "He served as a law clerk for Magistrate Judge William E. Callahan, Jr., on the United "
        "States District Court for the Eastern District of Wisconsin from 2000 to 2002.",
        [("William E. Callahan", "Magistrate Judge", ANY, "current")],
        [("William E. Callahan", "Judge", "Magistrate", ANY)], id="wh-54936-magistrate-judge"),
    pytest.param(
        "Statement by President Joe Biden on the Supreme Court’s Voting Rights Decision",
        [("Joe Biden", "President", "United States", "current")],
        [("Joe Biden", "President", "Supreme Court’s Voting Rights Decision", ANY)],
        id="wh-22945-on-a-decision-is-no-bench"),
    pytest.param(
        "He will first travel to Jerusalem, where he will meet with Israeli President Reuven "
        "Rivlin, Prime Minister Benjamin Netanyahu, Foreign Minister Gabi Ashkenazi, and other "
        "senior Israeli officials.",
        [("Benjamin Netanyahu", "Prime Minister", ANY, "current", "Israel")], [],
        id="sd-245752-a-nationality-opening-a-comma-list"),
    pytest.param(
        "The delegation met with Paraguayan President Mario Abdo Benitez, Paraguayan Foreign "
        "Minister Euclides Acevedo, and other cabinet members; with Panamanian President "
        "Laurentino Cortizo Cohen and Acting Foreign Minister Dayra Carrizo, as well as the "
        "Panama Canal Administrator Ricaurte Vásquez; and with Salvadoran President Nayib "
        "Bukele, Foreign Minister Alexandra Hill Tinoco, and other Salvadoran leaders.",
        [("Alexandra Hill Tinoco", "Foreign Minister", ANY, "current", "El Salvador")], [],
        id="sd-256850-a-list-after-a-semicolon"),
    pytest.param(  # the nationality opening the list reaches over untitled countries' titles
        "He will first travel to Jerusalem, where he will meet with Israeli President Reuven "
        "Rivlin, Prime Minister Benjamin Netanyahu, Foreign Minister Gabi Ashkenazi, and other "
        "senior Israeli officials.",
        [("Gabi Ashkenazi", "Foreign Minister", ANY, "current", "Israel")], [],
        id="sd-245752-a-nationality-opening-a-longer-list"),
    pytest.param(  # a minister listed after the head of state the reference data knows
        "The Secretary will then travel to Chisinau, Moldova to meet with President Maia Sandu, "
        "Prime Minister Natalia Gavrilita, and Foreign Minister Nicu Popescu.",
        [("Nicu Popescu", "Foreign Minister", ANY, "current", "Moldova")], [],
        id="sd-319768-a-minister-after-his-president"),
    pytest.param(
        "I visited Algeria in March to discuss with President Tebboune and Foreign Minister "
        "Lamamra how we can continue to deepen these ties.",
        [("Lamamra", "Foreign Minister", ANY, "current", "Algeria")], [],
        id="sd-356453-a-minister-after-his-president-by-surname"),
    pytest.param(  # but a second head of government is often another country's
        "When I welcomed President Niinistö and Prime Minister Andersson to the White House last "
        "month, I told them that the United States strongly supports their membership.",
        [("Andersson", "Prime Minister", ANY, "current", "Sweden")],
        [("Andersson", "Prime Minister", ANY, ANY, "Finland")],
        id="wh-56451-two-heads-of-two-countries"),
    pytest.param(  # the name after "to" holds the title after "to", its owner written first
        "In government, Rosen served in various leadership positions at the U.S. Department of "
        "Homeland Security during the Obama-Biden Administration, including as Chief of Staff to "
        "DHS Secretary Jeh Johnson.",
        [("Jeh Johnson", "DHS Secretary", "Department of Homeland Security", ANY)],
        [("Jeh Johnson", "Chief", ANY, ANY)], id="wh-48627-chief-of-staff-to-an-owned-title"),
    pytest.param(
        "She also served as Chief of Staff to New Jersey Governor Jon S. Corzine and as "
        "Commissioner of New Jersey’s Department of Environmental Protection, following nearly 20 "
        "years with the U.S. Environmental Protection Agency.",
        [("Jon S. Corzine", "Governor", "New Jersey", ANY)],
        [("Jon S. Corzine", "Chief", ANY, ANY)], id="wh-50184-chief-of-staff-to-a-governor"),
    pytest.param(  # but after "on" or "for" the words are often the organisation's own
        "White House Council on Environmental Quality Chair Brenda Mallory noted that one of the "
        "most powerful and cost-effective strategies for combatting climate change and protecting "
        "communities from its impacts is through the conservation and restoration of natural "
        "lands and waters.",
        [("Brenda Mallory", "Chair", "White House Council on Environmental Quality", "current")],
        [], id="wh-21915-council-on-an-issue-chair"),
    pytest.param(  # two coordinated titles, the first with its own complement, share no tail
        "From the White House:\n\nDanielle Conley, Deputy Counsel to the President\n\n"
        "Tina Flournoy, Assistant to the President and Chief of Staff to the Vice President\n\n"
        "Catherine Lhamon, Deputy Assistant to the President for Racial Justice and Equity",
        [("Tina Flournoy", "Assistant to the President", ANY, "current")],
        [("Tina Flournoy", ANY, "Staff to the Vice President", ANY),
         ("Tina Flournoy", "Chief", ANY, ANY)], id="wh-23491-chief-of-staff-after-and"),
    pytest.param(
        "White House participants:\n\nSusan Rice, Assistant to the President and Domestic Policy "
        "Advisor\n\nDana Remus, Assistant to the President and White House Counsel\n\n"
        "Julie Rodriguez, Deputy Assistant to the President and Director of Intergovernmental "
        "Affairs\n\n###",
        [("Julie Rodriguez", "Deputy Assistant to the President", ANY, "current")],
        [("Julie Rodriguez", "Deputy Assistant to the President of Intergovernmental Affairs",
          ANY, ANY)], id="wh-26339-assistant-to-the-president-and-director"),
    pytest.param(  # a title cut at its own "of" makes neither post nor organisation
        "Today, President Biden announced that John Kirby, who is currently the Assistant to the "
        "Secretary of Defense for Public Affairs, will be the new National Security Council "
        "Coordinator for Strategic Communications at the White House.",
        [], [("John Kirby", ANY, "Defense for Public Affairs", ANY)],
        id="wh-53760-assistant-to-the-secretary-of-defense"),
    pytest.param(  # "to the (Vice) President": the President's own staff, the White House
        "Today, Vice President Kamala Harris joined a meeting with National Security Advisor to "
        "the Vice President Dr. Phil Gordon, Chief Economic Advisor to the Vice President Michael "
        "Pyle, and business leaders who have invested in northern Central America under the Vice "
        "President’s Call to Action.",
        [("Phil Gordon", "National Security Advisor to the Vice President", "White House",
          "current", "United States"),
         ("Michael Pyle", "Chief Economic Advisor to the Vice President", "White House",
          "current", "United States")], [], id="wh-52983-the-white-house-of-staff-titles"),
    pytest.param(  # also in a State release (not the publisher's department)
        "On April 28 at 7:30 a.m. EDT, Assistant to the President and National Security Advisor "
        "Jake Sullivan will host a virtual minister-level launch of the Declaration for the Future "
        "of the Internet at the White House.",
        [("Jake Sullivan", ANY, "White House", "current")],
        [("Jake Sullivan", ANY, "Department of State", ANY)],
        id="sd-338617-assistant-to-the-president-in-a-state-release"),
    pytest.param(  # a two-letter abbreviation is no country code: not Panama, not Laos
        "QUESTION: The Times of Israel reported that the administration, the Biden "
        "administration, is leaning on the – on PA President Mahmoud Abbas to join or laud or "
        "speak well of the Abraham Accords, and that it is to the benefit of the Palestinians.",
        [("Mahmoud Abbas", "President", ANY, "current")],
        [("Mahmoud Abbas", ANY, "Panama", ANY)], id="sd-362654-pa-president"),
    pytest.param(
        "Q Thank you. Senator Chuck Grassley has put a hold on nomination of LA Mayor Eric "
        "Garcetti for U.S. Ambassadorship to India.",
        [("Eric Garcetti", "Mayor", ANY, "current")],
        [("Eric Garcetti", ANY, "Laos", ANY)], id="wh-49290-la-mayor"),
    pytest.param(  # judged in the twelfth blind check (partly: a delegate read as a House member)
        "WASHINGTON – Today, President Joe Biden announced his intent to nominate the following "
        "17 individuals to serve in key roles:\n\nMichael Carpenter, Nominee for U.S. "
        "Representative to the Organization for Security and Cooperation in Europe (OSCE), with "
        "rank of Ambassador\n\nClaire Cronin, Nominee for Ambassador Extraordinary and "
        "Plenipotentiary to Ireland\n\nJack Markell, Nominee for Representative of the United "
        "States of America to the Organization for Economic Cooperation and Development, with "
        "rank of Ambassador",
        [], [("Michael Carpenter", ANY, "United States House of Representatives", ANY),
             ("Jack Markell", ANY, "United States House of Representatives", ANY)],
        id="wh-21783-representative-to-a-body-is-no-house-member"),
    pytest.param(  # judged in the twelfth blind check (partly: the bureau's acronym in the name)
        "So truly it is my great, great pleasure and distinct honor to introduce to you our "
        "Secretary of State Tony Blinken along with the wonderful Director of INR Brett Holmgren, "
        "who is with us today, and his Chief of Staff Suzy George (inaudible), and so we have "
        "quite the group",
        [("Brett Holmgren", "Director", ANY, "current")],
        [("INR Brett Holmgren", ANY, ANY, ANY)], id="sd-360729-director-of-inr"),
    pytest.param(
        "QUESTION: Hi, Jalina. Thank you for taking my question. There’s some breaking news from "
        "NBC and Reuters that U.S. Ambassador to the UN Linda Thomas-Greenfield has left Haiti "
        "after gunshots were heard at the funeral for assassinated President Jovenel Moise.",
        [("Linda Thomas-Greenfield", "Ambassador to the UN", ANY, "current")],
        [("UN Linda Thomas-Greenfield", ANY, ANY, ANY)], id="sd-261735-ambassador-to-the-un"),
    pytest.param(  # an "and" inside a known organisation's name does not end it
        "Samuel R. Bagenstos, of Michigan, to be General Counsel of the Department of Health and "
        "Human Services, vice Robert Charrow.",
        [("Samuel R. Bagenstos", "General Counsel", "Department of Health and Human Services",
          "nominee", "United States")],
        [("Samuel R. Bagenstos", ANY, "Department of Health", ANY)],
        id="wh-26821-department-of-health-and-human-services"),
    pytest.param(  # judged in a pre-audit (partly: the DPRK given as the envoy's country)
        "U.S. Special Representative for the DPRK Ambassador Sung Kim will travel to Seoul. During "
        "his visit, Special Representative Kim will meet with Republic of Korea officials.",
        [("Sung Kim", "Special Representative for the DPRK", ANY, "current", "United States")],
        [("Sung Kim", "Ambassador", ANY, ANY)], id="sd-334512-an-envoys-rank-and-subject"),
    # judged in a pre-audit of 120 facts from development samples (partly or wrong)
    pytest.param(
        "Secretary of State Antony J. Blinken met today with the Crown Prince of Abu Dhabi, Sheikh "
        "Mohammed bin Zayed Al Nahyan, in Rabat, Morocco.",
        [("Mohammed bin Zayed Al Nahyan", "Crown Prince", ANY, "current")],
        [("Abu Dhabi", ANY, ANY, ANY)], id="sd-329300-a-place-after-of-is-no-name"),
    pytest.param(
        "BLINKEN: Mr. Chairman, Ranking Member McCaul, all committee members, thank you very, very "
        "much for this opportunity to talk about our proposed budget.",
        [("McCaul", "Ranking Member", ANY, "current")],
        [("McCaul", "Chairman", ANY, ANY), ("McCaul", "Member", "Ranking", ANY)],
        id="sd-249763-an-address-is-no-apposition"),
    pytest.param(
        "Today, U.S. Department of Health and Human Services (HHS) Secretary Xavier Becerra, "
        "Gender Policy Council Director Jen Klein, and Deputy Assistant to the President for "
        "Economic Mobility Carmel Martin hosted a conversation with advocates.",
        [("Carmel Martin", "Deputy Assistant to the President for Economic Mobility", ANY,
          "current", "United States")], [], id="wh-47655-a-title-subject-ends-before-the-name"),
    # the country an organisation's name gives (a pre-audit of 50 facts found it missing in 9)
    pytest.param(
        "Edward Gabriel, Member of the Board of Directors of the United States Institute of Peace",
        [("Edward Gabriel", "Member", ANY, ANY, "United States")], [],
        id="wh-46569-country-in-the-organisations-name"),
    pytest.param(
        "Today, Vice President Kamala Harris joined a meeting with National Security Advisor to "
        "the Vice President Dr. Phil Gordon, Chief Economic Advisor to the Vice President Michael "
        "Pyle, and others.",
        [("Michael Pyle", "Chief Economic Advisor to the Vice President", ANY, ANY,
          "United States")], [], id="wh-52983-the-vice-presidents-staff"),
    pytest.param(
        "Kemp Chester, Senior Advisor to the Director of National Drug Control Policy at the White "
        "House, led the delegation.",
        [("Kemp Chester", "Senior Advisor to the Director of National Drug Control Policy",
          "White House", "current", "United States")], [], id="sd-362250-post-at-an-organisation"),
    pytest.param(
        "Statement by President Joe Biden on the Retirement of United States Secret Service "
        "Director Jim Murray",
        [("Jim Murray", "Director", "United States Secret Service", ANY, "United States")], [],
        id="wh-56933-retirement-of"),
    pytest.param(
        "Secretary Blinken’s Call with Israeli Alternate Prime Minister and Foreign Minister Lapid",
        [("Lapid", "Foreign Minister", ANY, "current", "Israel")], [],
        id="sd-251616-one-nationality-two-titles"),
    pytest.param(
        "Readout of President Biden’s Meeting with Foreign Minister Kuleba and Defense Minister "
        "Reznikov of Ukraine",
        [("Kuleba", "Foreign Minister", ANY, "current", "Ukraine"),
         ("Reznikov", "Defense Minister", ANY, "current", "Ukraine")], [],
        id="wh-49755-a-country-closing-a-list"),
    pytest.param(
        "Vice President and Foreign Minister Marta Lucia Ramirez and Minister of Environment and "
        "Sustainable Development Carlos Correa (Colombia), Foreign Minister Arnoldo Andre Tinoco "
        "(Costa Rica), Foreign Minister Juan Carlos Holguin and Minister of the Environment, "
        "Water, and Ecological Transition Gustavo Manrique Miranda (Ecuador), and Foreign "
        "Minister Erika Mouynes (Panama) signed a Memorandum of Understanding in support of the "
        "Eastern Tropical Pacific Marine Corridor (CMAR).",
        [("Arnoldo Andre Tinoco", "Foreign Minister", ANY, "current", "Costa Rica"),
         ("Marta Lucia Ramirez", "Foreign Minister", ANY, "current", "Colombia"),
         ("Carlos Correa", ANY, ANY, "current", "Colombia")], [],
        id="sd-350380-a-country-in-brackets"),
    pytest.param(
        "The delegation met with Paraguayan President Mario Abdo Benitez, Paraguayan Foreign "
        "Minister Euclides Acevedo, and other cabinet members; with Panamanian President "
        "Laurentino Cortizo Cohen and Acting Foreign Minister Dayra Carrizo.",
        [("Dayra Carrizo", "Foreign Minister", ANY, "acting", "Panama")], [],
        id="sd-256850-a-nationality-opening-a-list"),
    pytest.param(
        "During Part One, Secretary Blinken and OECD members bid farewell to Secretary General "
        "Angel Gurria of Mexico and welcomed Secretary General Mathias Cormann of Australia.",
        [], [("Angel Gurria", ANY, ANY, ANY, "Mexico")], id="sd-247969-an-officials-nationality"),
    pytest.param(
        "Statement by President Joe Biden on the Passing of Senator John Warner",
        [("John Warner", "Senator", ANY, "former")], [("John Warner", ANY, ANY, "current")],
        id="wh-18465-passing-of-a-senator"),
    pytest.param(
        "Trilateral Meeting of Prime Minister Boris Johnson, President Biden and Prime Minister "
        "Scott Morrison",
        [("Boris Johnson", "Prime Minister", ANY, "current")],
        [("Boris Johnson", "Trilateral Meeting of Prime Minister", ANY, ANY)],
        id="wh-20569-a-headline-event-is-no-title"),
    pytest.param(
        "Following President Biden’s proclamation of June to be National Ocean Month, and in "
        "recognition of June 8 as World Ocean Day, the White House today announced a series of "
        "actions.",
        [], [("Biden", "Following President", ANY, ANY)], id="wh-55098-opening-gerund"),
    pytest.param(
        "Did President Biden get the sense that President Xi was caught off guard by the nature "
        "of the Russian invasion and how it’s gone?",
        [], [("Biden", "Did President", ANY, ANY)], id="wh-49408-question-auxiliary"),
    pytest.param(
        "Wyoming Governor Mark Gordon said the state would take part.",
        [("Mark Gordon", "Governor", "Wyoming", "current")], [], id="wh-23463-state-not-gerund"),
    pytest.param(  # judged in the sixth blind check (partly: no post, a garbled name)
        "The Secretary will conclude his trip with a stop in Amman to meet with His Majesty King "
        "Abdullah II of Jordan and Deputy Prime Minister and Foreign Minister Ayman Safadi.",
        [("Abdullah II", "King", "Jordan", "current")], [("Abdullah", None, "Jordan", "current")],
        id="sd-245752-a-king-after-a-royal-style"),
    pytest.param(
        "Readout of Vice President Harris’s Meeting with Crown Prince Salman bin Hamad Al Khalifa "
        "of Bahrain",
        [("Salman bin Hamad Al Khalifa", "Crown Prince", "Bahrain", "current")], [],
        id="wh-48406-crown-prince"),
    pytest.param(  # judged in the sixth blind check (partly: 'Andersson Of')
        "Readout of President Biden’s Meeting with Prime Minister Andersson Of Sweden and "
        "President Niinistö of Finland",
        [("Andersson", "Prime Minister", "Sweden", "current")], [], id="wh-53623-headline-of"),
    pytest.param(  # judged in the sixth blind check (wrong: 'Head Start' read as a person)
        "The President’s plan would also enable states to deliver two years of free pre-school for "
        "every 3- and 4-year old in a setting of their parents’ choice – from public schools and "
        "child care providers to Head Start.",
        [], [("Start", ANY, ANY, ANY)], id="wh-47655-head-start-is-a-programme"),
    pytest.param(
        "U.S. Department of State Launches Gandhi-King Scholarly Exchange Initiative",
        [], [("Scholarly Exchange Initiative", ANY, ANY, ANY)], id="sd-352612-gandhi-king"),
    pytest.param(
        "Secretary Blinken met with Moldovan Foreign Minister Nicu Popescu today.",
        [("Nicu Popescu", "Foreign Minister", ANY, "current", "Moldova")], [],
        id="sd-335262-nationality-tagged-as-a-person"),
    pytest.param(  # judged in the seventh blind check (partly: a past holder as current)
        "QUESTION: Finally, your immediate predecessor, Secretary Pompeo, is waiting on the wings.",
        [("Pompeo", "Secretary", None, "former")], [("Pompeo", "Secretary", None, "current")],
        id="sd-251599-predecessor-in-apposition"),
    # "X to the Vice President <name>": the name holds X unless the reference data knows it as
    # the Vice President's
    pytest.param(
        "Statement from Press Secretary to the Vice President Kirsten Allen",
        [("Kirsten Allen", "Press Secretary to the Vice President")],
        [("Kirsten Allen", "Vice President")], id="wh-51819-press-secretary-to-the-vice-president"),
    pytest.param(
        "Today, Vice President Kamala Harris joined a meeting with National Security Advisor to the "
        "Vice President Dr. Phil Gordon, Chief Economic Advisor to the Vice President Michael Pyle,"
        " and business leaders who have invested in Central America.",
        [("Kamala Harris", "Vice President"),
         ("Michael Pyle", "Chief Economic Advisor to the Vice President")],
        [("Michael Pyle", "Vice President"), ("Phil Gordon", "Vice President")],
        id="wh-52983-advisors-to-the-vice-president"),
    # a surname under a title is the official the reference data knows with that title when the
    # article's one full name of that surname never holds it
    pytest.param(
        "Remarks by President Biden and First Lady Jill Biden at the 2022 White House Easter Egg "
        "Roll\n\nSouth Lawn\n\nTHE FIRST LADY: Good morning!",
        [("Joe Biden", "President", "United States")],
        [("Jill Biden", "President")], id="wh-51368-president-biden-and-first-lady-jill-biden"),
    pytest.param(
        "Secretary Blinken extended condolences to the family and loved ones of President Moïse and"
        " to the people of Haiti. The Secretary also expressed the United States’ wishes for First "
        "Lady Martine Moïse’s recovery.",
        [], [("Martine Moïse", "President")], id="sd-257783-president-moise-not-his-widow"),
    # "on" ties one person's title to another's: the subject of a statement is not its author
    pytest.param(
        "Statement by the Press Secretary on Steve Dettelbach’s Confirmation Hearing",
        [], [("Steve Dettelbach", "Press Secretary")], id="wh-54185-statement-by-x-on-y"),
    pytest.param(
        "Background Press Call by a Senior Administration Official on President Biden’s Call with "
        "President Xi Jinping of China",
        [], [("Biden", "Senior Administration Official on President")],
        id="wh-49408-official-on-president"),
    # "President Pro Tempore" is a title, not a person named "Pro Tempore"
    pytest.param(
        "Letter to the Speaker of the House and the President Pro Tempore of the Senate Consistent "
        "with the War Powers Resolution (Public Law 93-148)\n\nDear Madam Speaker: (Dear Mr. "
        "President:)",
        [], [("Pro Tempore", "Speaker")], id="wh-22455-president-pro-tempore"),
    # a title without the country another title of the same person gives
    pytest.param(
        "Deputy Secretary Sherman’s Meeting with Republic of Korea First Vice Foreign Minister Cho"
        "\n\nOffice of the Spokesperson\n\nThe following is attributable to Spokesperson Ned "
        "Price:\n\nDeputy Secretary of State Wendy Sherman met today with Republic of Korea (ROK) "
        "First Vice Foreign Minister Cho Hyundong to discuss opportunities to build on the momentum"
        " from the May 21 Summit between President Biden and President Yoon.",
        [("Cho Hyundong", "Vice Foreign Minister", "Ministry of Foreign Affairs", "current",
          "South Korea")],
        [("Cho Hyundong", "Vice Foreign Minister", "Ministry of Foreign Affairs", "current", None)],
        id="sd-350179-the-country-another-title-gives"),
    # the headline's short form of a post the body gives in full is not a second post
    pytest.param(
        "Under Secretary Nuland’s Travel to South Africa, Botswana, Tanzania, and Niger\n\n"
        "Office of the Spokesperson\n\nUnder Secretary for Political Affairs Victoria Nuland will"
        " travel to South Africa, Botswana, Tanzania, and Niger from July 31 to August 6.",
        [("Victoria Nuland", "Under Secretary for Political Affairs", "Department of State")],
        [("Victoria Nuland", "Under Secretary", "Department of State")],
        id="sd-264123-short-form-of-a-full-post"),
    # judged in the sixth blind check: the name that closes a title before "and" and another
    # nationality's title ("and Djiboutian Foreign Minister ...")
    pytest.param(
        "U.S.-Djibouti Bi-National Forum\n\nOffice of the Spokesperson\n\nAssistant Secretary "
        "for African Affairs Molly Phee and Djiboutian Foreign Minister Mahmoud Ali Youssouf "
        "concluded the 6th annual U.S.-Djibouti Bi-National Forum.",
        [("Molly Phee", "Assistant Secretary for African Affairs")],
        [], id="sd-319877-name-before-and-a-foreign-title"),
    # a place named after a title and a name is no person: "Prince George’s County"
    pytest.param(
        "Prior to that, Mr. Barron served as a Maryland prosecutor in the Prince George’s County "
        "State’s Attorney’s Office and subsequently in the Baltimore City State’s Attorney’s "
        "Office.",
        [], [("George", "Prince")], id="wh-24953-prince-georges-county"),
    # "Name, Title, Organisation": the organisation after the title's last comma
    pytest.param(
        "Deanne Criswell, Administrator, Federal Emergency Management Agency (FEMA), Department of "
        "Homeland Security, named Jeffrey L. Jones as the Federal Coordinating Officer for Federal "
        "recovery operations in the affected areas.",
        [("Deanne Criswell", "Administrator", "Federal Emergency Management Agency", "current",
          "United States")],
        [], id="wh-18139-title-comma-organisation"),
    pytest.param(
        "James D. Rodriguez, Nominee for Assistant Secretary for Veterans Employment and Training, "
        "Department of Labor",
        [("James D. Rodriguez", "Assistant Secretary for Veterans Employment and Training",
          "Department of Labor", "nominee", "United States")],
        [], id="wh-24253-nominee-title-comma-department"),
    pytest.param(
        "Secretary of State Antony J. Blinken met with Indian Prime Minister Narendra Modi in New "
        "Delhi today, where they discussed efforts to deepen the U.S.-India Comprehensive Global "
        "Strategic Partnership.",
        [("Antony J. Blinken", "Secretary of State", "Department of State", "current"),
         ("Narendra Modi", "Prime Minister", "India", "current")],
        [], id="sd-262866-title-before-name-foreign-leader"),
    pytest.param(
        "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi "
        "Yoshimasa and Republic of Korea Foreign Minister Park Jin in Bali, Indonesia.",
        [("Hayashi Yoshimasa", "Foreign Minister", "Ministry of Foreign Affairs", "current", "Japan"),
         ("Park Jin", "Foreign Minister", "Ministry of Foreign Affairs", "current", "South Korea")],
        [], id="sd-357862-nationality-adjective-foreign-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Dutch Foreign Minister Wopke "
        "Hoekstra on the global response to Russia’s premeditated, unprovoked, and unjustified "
        "attack on Ukraine.",
        [("Wopke Hoekstra", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Netherlands")],
        [], id="sd-318761-dutch-foreign-minister"),
    pytest.param(
        "Building on the President’s June 29 trilateral meeting with President Yoon Suk Yeol of the "
        "Republic of Korea and Prime Minister Fumio Kishida of Japan, Secretary Blinken and the "
        "Foreign Ministers discussed efforts to enhance trilateral cooperation across the "
        "Indo-Pacific.",
        [("Yoon Suk Yeol", "President", "South Korea", "current"),
         ("Fumio Kishida", "Prime Minister", "Japan", "current")],
        [("Fumio Kishida", "yeol of the republic of korea and prime minister", ANY, ANY)],
        id="sd-357862-title-name-of-country-coordinated"),
    pytest.param(
        "Blinken will travel to Rome and Matera, Italy, June 27-29, where he will meet with Italian "
        "President Sergio Mattarella, Prime Minister Mario Draghi, and Foreign Minister Luigi Di "
        "Maio to discuss the importance of Transatlantic unity.",
        [("Sergio Mattarella", "President", "Italy", "current"),
         ("Mario Draghi", "Prime Minister", "Italy", "current")],
        [], id="sd-255519-list-of-leaders-one-adjective"),
    pytest.param(
        "Blinken will travel to Rome and Matera, Italy, June 27-29, where he will meet with Italian "
        "President Sergio Mattarella, Prime Minister Mario Draghi, and Foreign Minister Luigi Di "
        "Maio to discuss the importance of Transatlantic unity.",
        [("Luigi Di Maio", "Foreign Minister", "Ministry of Foreign Affairs", "current", "Italy")],
        [], id="sd-255519-list-of-leaders-country-carries-to-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke yesterday with Omani Foreign Minister Sayyid "
        "Badr al-Busaidi. The Secretary thanked Oman for its support on critical regional issues.",
        [("Sayyid Badr al-Busaidi", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Oman")],
        [("Sayyid Badr", ANY, ANY, ANY)],
        id="sd-338751-lowercase-al-particle-in-name"),
    pytest.param(
        "Deputy Secretary Wendy Sherman met in Washington today with the Republic of the Marshall "
        "Islands Foreign Minister Kitlang Kabua and a group of Compact of Free Association "
        "negotiation delegation members.",
        [("Kitlang Kabua", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Marshall Islands")],
        [], id="sd-364248-multiword-country-name-before-title",
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
        id="sd-346421-apposition-the-post-of-country"),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman met with Canadian Deputy Foreign Minister Marta "
        "Morgan in Washington, D.C.",
        [("Wendy Sherman", "Deputy Secretary of State", "Department of State", "current"),
         ("Marta Morgan", "Deputy Foreign Minister", ANY, "current", "Canada")],
        [], id="sd-333063-deputy-foreign-minister"),
    pytest.param(
        "National Security Advisor Jake Sullivan met today with the Secretary General of Japan’s "
        "National Security Secretariat, Takeo Akiba, to discuss shared efforts to strengthen the "
        "U.S.-Japan relationship.",
        [("Takeo Akiba", "Secretary General", "National Security Secretariat", "current", "Japan")],
        [], id="wh-26615-title-before-comma-apposed-name",
        marks=xfail("a post with its organisation before the name, set off by commas ('the "
                    "Secretary General of Japan’s X, Takeo Akiba,') is not read")),
    pytest.param(
        "National Security Advisor Jake Sullivan met with Finance Minister Lawrence Wong of "
        "Singapore today at the White House.",
        [("Jake Sullivan", "National Security Advisor", ANY, "current"),
         ("Lawrence Wong", "Finance Minister", ANY, "current", "Singapore")],
        [], id="wh-51564-title-name-of-country"),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman met with UK National Security Adviser Sir Stephen "
        "Lovegrove today in Washington, DC.",
        [("Stephen Lovegrove", "National Security Adviser", ANY, "current", "United Kingdom")],
        [("Sir", ANY, ANY, ANY)], id="sd-363029-honorific-sir-between-title-and-name"),
    pytest.param(
        "Today, National Economic Council Director Brian Deese met with the Congressional Hispanic "
        "Caucus (CHC) to discuss the Bipartisan Infrastructure Framework and the President’s "
        "legislative priorities.",
        [("Brian Deese", "Director", "National Economic Council", "current")],
        [], id="wh-23013-org-name-before-title"),
    pytest.param(
        "Readout of President Joseph R. Biden, Jr. Meeting with Prime Minister Al-Kadhimi of Iraq"
        "\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Al-Kadhimi of Iraq to "
        "strengthen bilateral coordination under the Strategic Framework Agreement.",
        [("Al-Kadhimi", "Prime Minister", "Iraq", "current")],
        [], id="wh-25083-surname-only-leader-of-country"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo "
        "Petro to congratulate him on his election as President of the Republic of Colombia.",
        [("Gustavo Petro", "President", "Colombia", "elect")],
        [("Gustavo Petro", ANY, ANY, "current")], id="sd-353560-president-elect"),
    pytest.param(
        "The Secretary and Foreign Minister Park reiterated their condolences to Foreign Minister "
        "Hayashi on the passing of former Japanese Prime Minister Abe Shinzo.",
        [("Abe Shinzo", "Prime Minister", "Japan", "former")],
        [], id="sd-357862-former-leader"),
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
        [], id="sd-319190-list-of-officials-with-long-titles",
        marks=xfail("'Chargé d’affaires, a.i.' (ad interim) before a name is not read as an "
                    "acting post")),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Palestinian President Mahmoud Abbas "
        "to discuss President Biden’s upcoming trip to the Middle East.",
        [("Mahmoud Abbas", "President", "Palestine", "current"),
         ("Biden", "President", "United States", "current")],
        [], id="sd-356293-palestinian-president-and-bare-president"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Israeli Defense Minister Benny Gantz "
        "to discuss a range of shared security challenges, including the threats posed by Iran and "
        "U.S. support for Israel’s security.",
        [("Benny Gantz", "Defense Minister", "Ministry of Defense", "current", "Israel")],
        [], id="sd-364310-defense-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol "
        "Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the "
        "region.",
        [("Nikol Pashinyan", "Prime Minister", "Armenia", "current")],
        [], id="sd-362558-armenian-prime-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with UK Foreign Secretary Elizabeth Truss.",
        [("Elizabeth Truss", "Foreign Secretary", ANY, "current", "United Kingdom")],
        [], id="sd-316979-uk-foreign-secretary"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Nepali Prime Minister Sher Bahadur "
        "Deuba.",
        [("Sher Bahadur Deuba", "Prime Minister", "Nepal", "current")],
        [], id="sd-319163-three-word-name"),
    pytest.param(
        "Secretary of State Antony J. Blinken met with Jamaican Prime Minister Andrew Holness "
        "Friday in Washington, D.C. to commemorate 60 years of diplomatic relations with the United "
        "States.",
        [("Andrew Holness", "Prime Minister", "Jamaica", "current")],
        [], id="sd-330904-jamaican-prime-minister"),
    pytest.param(
        "Secretary of State Antony J. Blinken met today with Ukrainian Prime Minister Denys Shmyhal "
        "in Washington D.C.",
        [("Denys Shmyhal", "Prime Minister", "Ukraine", "current")],
        [], id="sd-336910-ukrainian-prime-minister"),
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
        [], id="wh-47527-list-of-title-name-of-country"),
    pytest.param(
        "Participants in the call included Prime Minister Justin Trudeau of Canada, European "
        "Commission President Ursula von der Leyen, European Council President Charles Michel, "
        "President Emmanuel Macron of France.",
        [("Ursula von der Leyen", "President", "European Commission", "current"),
         ("Charles Michel", "President", "European Council", "current")],
        [(ANY, "canada, european commission president", ANY, ANY)],
        id="wh-47527-org-president-in-a-list",
        marks=xfail("'von der Leyen' is cut to 'Ursula' and the previous item's country joins "
                    "her post; 'European Council President' keeps the organisation in the post")),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens "
        "Stoltenberg. Secretary Blinken and Secretary General Stoltenberg discussed next month’s "
        "NATO Summit.",
        [("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization",
          "current")],
        [(ANY, ANY, "United Nations", ANY)], id="sd-246861-nato-secretary-general"),
    # nominations and biographies
    pytest.param(
        "Today, Secretary Blinken designated Ambassador Arnold Chacon to serve as Chargé "
        "d’Affaires ad interim at U.S. Embassy Ottawa. Ambassador Chacon previously served as the "
        "Director General of the Foreign Service and Director of Human Resources and U.S. "
        "Ambassador to Guatemala.",
        [("Arnold Chacon", "Director General", "Foreign Service", "former"),
         ("Arnold Chacon", "Ambassador to Guatemala", "Department of State", "former")],
        [], id="sd-247389-previously-served-as-list"),
    pytest.param(
        "On May 20, Secretary Blinken designated Ambassador Joan Polaschik to serve as the 22nd "
        "Director of the Foreign Service Institute (FSI). Ambassador Polaschik previously served "
        "as Acting Principal Deputy Assistant Secretary for Near Eastern Affairs, U.S. Ambassador "
        "to Algeria, and Deputy Chief of Mission in Tripoli, among other overseas and domestic "
        "assignments.",
        [("Joan Polaschik", "Ambassador to Algeria", "Department of State", "former")],
        [], id="sd-349391-previously-served-ambassador"),
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
        [(ANY, ANY, "Mission in Tripoli", ANY)], id="sd-349391-designated-to-serve-and-acting-in-the-past"),
    pytest.param(
        "Mr. Palmieri previously served as Acting Assistant Secretary of State for Western "
        "Hemisphere Affairs from January 2017 to November 2018.",
        # the State Department's Bureau of Western Hemisphere Affairs (org:subOrganizationOf
        # the Department of State in the graph)
        [("Palmieri", "Assistant Secretary of State for Western Hemisphere Affairs",
          "Bureau of Western Hemisphere Affairs", "former")],
        [], id="sd-348795-previously-acting-is-former"),
    pytest.param(
        "Rashad Hussain is the President’s nominee for ambassador at large for international "
        "religious freedom. He previously served as special envoy to the Organization of Islamic "
        "Cooperation, among other key roles in the Obama administration.",
        [("Rashad Hussain", "ambassador at large for international religious freedom", ANY,
          "nominee")],
        [], id="sd-264702-the-presidents-nominee-for"),
    pytest.param(
        "Rashad Hussain is the President’s nominee for ambassador at large for international "
        "religious freedom. He previously served as special envoy to the Organization of Islamic "
        "Cooperation, among other key roles in the Obama administration.",
        [("Rashad Hussain", "special envoy", "Organization of Islamic Cooperation", "former")],
        [("Obama", ANY, ANY, ANY), (ANY, ANY, "President", ANY)],
        id="sd-264702-pronoun-subject-of-biography",
        marks=xfail("'He' resolves to 'Obama' (a later adjective), the org to 'Islamic "
                    "Cooperation'; 'the President’s nominee' makes 'President' the org")),
    pytest.param(
        "Dr. Margaret Hamburg is an internationally recognized leader in public health and "
        "medicine, who currently serves as chair of the Nuclear Threat Initiative’s Bio Advisory "
        "Group. She previously served as foreign secretary of the National Academy of Medicine "
        "and is a former Commissioner of the U.S. Food and Drug Administration (FDA), having "
        "served for almost six years.",
        [("Margaret Hamburg", "foreign secretary", "National Academy of Medicine", "former")],
        [], id="sd-353343-previously-served-as-of-org"),
    pytest.param(
        "Elizabeth Shortino, of the District of Columbia, to be United States Executive Director "
        "of the International Monetary Fund for a term of two years, vice Margrethe Lundsager, "
        "resigned.",
        [("Elizabeth Shortino", "United States Executive Director", "International Monetary Fund",
          "nominee")],
        [], id="wh-47093-senate-nomination-line",
        marks=xfail("the 'X, of State, to be POST' form of Senate nomination lists gives nothing")),
    pytest.param(  # a hyphen's prefix is the title's: "Co-Chair", not "Chair"
        "President’s Council of Governors:\n\nMinnesota Governor Tim Walz, Co-Chair\n\nOhio "
        "Governor Mike DeWine, Co-Chair\n\nDelaware Governor John Carney",
        [("Tim Walz", "Co-Chair", ANY, "current"), ("Mike DeWine", "Co-Chair", ANY, "current")],
        [("Tim Walz", "Chair", ANY, ANY), ("Mike DeWine", "Chair", ANY, ANY)],
        id="wh-23463-co-chair-in-apposition"),
    pytest.param(
        "Dennis DeConcini is a native of Tucson, Arizona and served as a United States Senator "
        "from Arizona for 18 years, from 1977-1995, serving with both Senators Barry Goldwater and "
        "John McCain. During that time he was a member of the Committees on Appropriations, "
        "Judiciary, Veterans’ Aﬀairs, Rules, and served as Chairman of the Senate Select Committee "
        "on Intelligence.On the Intelligence Committee he was involved in the restructuring of the "
        "Post-War Intelligence community, reviewed security systems following the Aldrich Ames "
        "espionage case, and conducted general oversight of all technical and human intelligence "
        "gathering. DeConcini was also Co-Chair of the Commission on Cooperation and Security in "
        "Europe (Helsinki Commission) where he was involved in a vast number of Human Rights "
        "Matters and oversight of the Helsinki Accord.",
        [("Dennis DeConcini", "Co-Chair", ANY, "former")],
        [("Dennis DeConcini", "Chair", ANY, ANY)],
        id="wh-22195-co-chair-in-a-career-sentence"),
    pytest.param(  # praise before a title is no part of it
        "It’s always an honor to share a stage with Senator Warren and our great Secretary of "
        "Labor, Marty Walsh—and I had the chance to travel here with Senator Markey and "
        "Congresswoman Presley.",
        [("Marty Walsh", "Secretary of Labor", "Department of Labor", "current")],
        [("Marty Walsh", "great Secretary", ANY, ANY)], id="wh-57653-our-great-secretary"),
    pytest.param(
        "And I know Sean O’Brien is here, the new General President of the Teamsters.",
        [("Sean O’Brien", "General President", "Teamsters", "current")],
        [("Sean O’Brien", "new General President", ANY, ANY)], id="wh-50971-the-new-president"),
    pytest.param(  # a question's or a count's word before a title is no part of it
        "MS. PSAKI: Well, Kelly, I would say that we have no way to predict what President — "
        "former President Trump will say when he ha- — when he goes to the border.",
        [], [("Donald Trump", "what President", ANY, ANY), ("Trump", "what President", ANY, ANY)],
        id="wh-21797-what-president"),
    pytest.param(
        "So let us not forget that, as we celebrate this day, we are also here in great part "
        "because of one President, Joe Biden — (applause) — and — (laughs) — and because of Joe "
        "Biden’s vision and leadership and commitment — a lifelong commitment — to building a "
        "better America.",
        [], [("Joe Biden", "one President", ANY, ANY)], id="wh-50803-one-president"),
    pytest.param(  # "X of/from <country>" is a nationality, not a post in its government
        "And if it doesn’t deter Putin from further aggression in Ukraine, there will be a very "
        "swift and severe response. This is a price that Vladimir Putin and Russia will pay for a "
        "long, long time.",
        [], [("Vladimir Putin", None, "Ukraine", ANY)], id="sd-317202-from-a-country"),
    pytest.param(  # "X of <place>" where X is no person's name: a firm of Phoenix, a title
        "Richärd Kennedy Architects of Phoenix, Arizona, is the design architect, American "
        "International Contractors Inc. (Special Projects), of McLean, Virginia, is the "
        "Design/Build contractor.",
        [], [("Richärd Kennedy Architects", ANY, ANY, ANY)], id="sd-342045-a-firm-of-a-city"),
    pytest.param(
        "And we are pleased to welcome the Taoiseach of Ireland, Micheál Martin, and his wife "
        "Mary, as well as the Irish Delegation, to Washington, D.C.",
        [], [("Taoiseach", ANY, ANY, ANY)], id="wh-49356-a-title-of-a-country"),
    pytest.param(  # a bare Director or Administrator in a State release is not State's
        "Antony J. Blinken, Secretary of State\n\nAnd again, good morning to everyone. Thank you "
        "all very much for being here. My thanks to the secretary-general, to Executive Director "
        "Beasley, to Director General Chew, and to Gro Intelligence CEO Sara Menker.",
        [("Beasley", "Executive Director", None, "current")],
        [("Beasley", ANY, "Department of State", ANY)], id="sd-346025-executive-director"),
    pytest.param(
        "Ned Price, Department Spokesperson\n\nDirector Burns referenced this, as you mentioned, "
        "in Atlanta. We’ve spoken to this before.",
        [], [("Burns", ANY, "Department of State", ANY)], id="sd-338112-director-burns"),
    pytest.param(  # a headline's name, which the body repeats by first name and in capitals
        "Press Gaggle by Press Secretary Karine Jean-Pierre and National Security Advisor Jake "
        "Sullivan En Route Tokyo, Japan\n\nMS. JEAN-PIERRE: We’re landing, guys.\n\nQ Karine, is "
        "there a reason why Biden didn’t sign the aid bill on camera — the Ukraine aid package?",
        [("Karine Jean-Pierre", "Press Secretary", "White House", "current")],
        [("Karine", "Press Secretary", ANY, ANY)], id="wh-53841-a-headline-name-in-full"),
    pytest.param(  # "State" before a title is its scope, not part of the owner's name
        "President Biden Announces Key Regional Appointments for USDA\n\nMark Gibbons, USDA State "
        "Executive Director, Farm Service Agency, Utah\n\nChristy Davis, USDA State Director, "
        "Rural Development, Kansas\n\n",
        [("Christy Davis", "State Director, Rural Development", "Department of Agriculture")],
        [("Christy Davis", ANY, "USDA State", ANY)], id="wh-56138-usda-state-director"),
    pytest.param(  # a reporter's address, then a clause about the President: no apposition
        "A majority of the American public support Roe — support Roe v. Wade.\n\nQ Karine, the "
        "President — you know, you talk about bringing the President out on the road, taking him "
        "on the road; he likes to connect with the American people.",
        [], [("Q Karine", "President", ANY, ANY), ("Karine", "President", ANY, ANY)],
        id="wh-56284-a-reporter-addresses-the-press-secretary"),
    pytest.param(  # "... Prime Minister" at the end of a phrase is no portfolio's minister
        "Participants in today’s call included Kęstutis Budrys, Chief Security Advisor to the "
        "Lithuanian President; Asta Skaisgirytė, Chief Foreign Affairs Advisor to the Lithuanian "
        "President; Māris Cepurītis, National Security Advisor to the Latvian Prime Minister; "
        "Jānis Kažociņš, National Security Advisor to the Latvian President; and Indrek Sirp, "
        "Director for National Security and Defense for the Estonian Prime Minister.",
        [("Māris Cepurītis", "National Security Advisor to the Latvian Prime Minister", None)],
        [("Māris Cepurītis", ANY, "Ministry of National Security Advisor To the Latvian Prime")],
        id="wh-54604-an-advisor-to-a-prime-minister"),
    pytest.param(
        "While there, he will meet with Prime Minister Naftali Bennett, Foreign Minister and "
        "Alternate Prime Minister Yair Lapid, Defense Minister Benny Gantz, and also with Israeli "
        "President Isaac Herzog.",
        [("Yair Lapid", "Alternate Prime Minister", ANY, "current")],
        [("Yair Lapid", ANY, "Ministry of Alternate Prime", ANY)],
        id="sd-327832-alternate-prime-minister"),
    pytest.param(  # the White House's First Lady is a US president's wife only
        "The United States strongly condemns, as you heard from President Biden earlier today, "
        "the assassination of President Jovenel Moise and the attack on First Lady Martine Moise "
        "in Haiti.",
        [("Martine Moise", "First Lady", None)], [("Martine Moise", ANY, "White House")],
        id="sd-257769-a-foreign-first-lady"),
    pytest.param(  # a title's own field before its organisation: "of Global Programs | for"
        "Bernadette Meehan currently serves as the Executive Vice President of Global Programs for the Obama Foundation, where she served previously as Chief International Officer and Executive Director of International Programs. Prior to joining the Obama Foundation, Ms. Meehan was a career Foreign Service Officer for over a decade. During her time with the State Department, she was detailed to work in multiple positions at the National Security Council, including as a Senior Advisor, as Special Assistant to the President and National Security Council Spokesperson, and earlier, as Director for Strategic Communications. Among her other assignments, Ms. Meehan served as Special Assistant to Secretary of State Hillary Clinton; Dean and Virginia Rusk Fellow at Georgetown University’s Institute for the Study of Diplomacy; Special Assistant in the State Department’s Executive Secretariat; Public Affairs Officer at the U.S. Consulate General Dubai, United Arab Emirates; both Consular Officer and Special Assistant to the Ambassador at the U.S. Embassy in Baghdad, Iraq; and Consular Officer at the U.S. Embassy in Bogota, Colombia.",
        [("Bernadette Meehan", "Executive Vice President of Global Programs", "Obama Foundation",
          "current")],
        [("Bernadette Meehan", ANY, "Global Programs for Obama Foundation", ANY)],
        id="wh-23565-a-titles-field-then-its-organisation"),
]

#: Precision: what the guards keep out (a sentence adverb, a title word, another person's title
#: or name is never an organisation, a person or part of a post), and status from the sentence.
GUARD_CASES = [
    pytest.param(
        "Since Justice Stephen Breyer announced his retirement, President Biden has conducted a "
        "rigorous process to identify his replacement.",
        [("Stephen Breyer", "Justice", "Supreme Court of the United States", "current")],
        [(ANY, ANY, "Since", ANY)], id="wh-47858-sentence-adverb-is-no-organisation"),
    pytest.param(
        "The Secretary’s trip will culminate in Algiers, where he will meet President Abdelmadjid "
        "Tebboune and his counterpart Foreign Minister Ramtane Lamamra to discuss regional security "
        "and stability, commercial cooperation, and advancing human rights and fundamental freedom.",
        [("Ramtane Lamamra", "Foreign Minister", "Ministry of Foreign Affairs", "current")],
        [], id="sd-327832-counterpart-foreign-minister"),
    pytest.param(
        "Deputy Secretary Sherman and Foreign Minister Antonio discussed the strong and deepening "
        "partnership between the United States and Angola.",
        [("Antonio", "Foreign Minister", ANY, "current")],
        [("Antonio", "deputy secretary sherman and foreign minister", ANY, ANY)],
        id="sd-341277-two-people-joined-by-and"),
    pytest.param(
        "Acting Assistant Secretary Hood met with Tunisian State Secretary Mohamed Ali Nafti and "
        "Diplomatic Advisor to Prime Minister Mechichi, Elyes Ghariani, and underscored the United "
        "States government’s commitment to partnering with Tunisia to advance its democratic, "
        "economic, and security goals.",
        [("Mechichi", "Prime Minister", ANY, "current")],
        [("Mechichi", "diplomatic advisor to prime minister", ANY, ANY),
         ("Elyes Ghariani", "prime minister mechichi", ANY, ANY),
         ("Mechichi", ANY, "United States", ANY)],
        id="sd-245513-advisor-to-prime-minister"),
    pytest.param(
        "Embassy Singapore, Embassy Oslo, Embassy The Hague, and Consulate General Sao Paulo "
        "received grants to build EV infrastructure for charging stations.",
        [], [("Sao Paulo", ANY, ANY, ANY)], id="sd-355241-a-city-is-no-person"),
    pytest.param(
        "These key personnel will join Deputy National Cyber Director for Federal Cybersecurity and "
        "Federal Chief Information Security Officer Chris DeRusha in fulfilling ONCD’s mission to "
        "ensure every American can share in the full benefits of our digital ecosystem.",
        [], [("Information", ANY, ANY, ANY)], id="wh-52780-a-title-word-is-no-person"),
    pytest.param(
        "Today, Domestic Policy Advisor Susan Rice and White House Intergovernmental Affairs "
        "Director Julie Rodriguez convened the third national meeting of The White House Community "
        "Violence Intervention Collaborative (CVIC), a cohort of 16 jurisdictions committed to "
        "using American Rescue Plan funding or other public funding to scale and strengthen their "
        "CVI infrastructure.",
        [("Susan Rice", "Domestic Policy Advisor", None, "current")],
        [(ANY, ANY, "Domestic", ANY), (ANY, ANY, "Intergovernmental Affairs", ANY)],
        id="wh-47401-compound-title-stays-whole"),
    pytest.param(
        "On June 19, 1865 — over 2 years after President Lincoln declared all enslaved persons "
        "free — Major General Gordon Granger and Union Army troops marched to Galveston, Texas, to "
        "enforce the Emancipation Proclamation and free the last enslaved Black Americans in Texas.",
        [("Gordon Granger", "Major General", None, "former")],
        [(ANY, "general", "Major", ANY)], id="wh-55751-rank-stays-whole-history-is-former"),
    pytest.param(
        "Deputy Secretary of State Wendy Sherman spoke today with French MFA Secretary General "
        "Francois Delattre, German MFA State Secretary Andreas Michaelis, Italian MFA Political "
        "Director Pasquale Ferrara, and UK Minister of State for Middle East, North Africa, and "
        "North America James Cleverly.",
        [("Wendy Sherman", "Deputy Secretary of State", "Department of State", "current")],
        [(ANY, ANY, "German MFA State", ANY)], id="sd-312823-acronym-owner-list"),
    pytest.param(
        "Robin Wiessmann is Executive Director and CEO of the Pennsylvania Housing Finance Agency "
        "(PHFA).",
        [("Robin Wiessmann", "CEO", "Pennsylvania Housing Finance Agency", "current")],
        [], id="wh-52072-is-title-of-org"),
    pytest.param(
        "Judge Kai Scott has served as a judge on the Philadelphia County Court of Common Pleas "
        "since her election in 2015.",
        [("Kai Scott", "Judge", None, "current")],
        [("Kai Scott", ANY, ANY, "former")], id="wh-57253-has-served-since-is-current"),
    pytest.param(
        "Before that, Cohen served as Chief of Staff to the Honorable Edward G. Rendell, the Mayor "
        "of the City of Philadelphia.",
        [],
        [("Edward G. Rendell", "chief of staff", ANY, ANY), ("Cohen", "mayor", ANY, ANY)],
        id="wh-24665-chief-of-staff-to-another"),
    pytest.param(
        "In January 2013, he began serving as Chief of Staff for U.S. Senator Mary L. Landrieu of "
        "Louisiana.",
        [("Mary L. Landrieu", "Senator", ANY, "current")],
        [("Mary L. Landrieu", "chief of staff for u.s. senator", ANY, ANY)],
        id="wh-52579-chief-of-staff-for-senator"),
    pytest.param(
        "Before moving to the private sector, Burks served as the Chief of Staff to Speaker of the "
        "House Paul Ryan, a Policy Advisor on budget and appropriations issues to Senate Majority "
        "Leader Mitch McConnell, Policy Director of the House Budget Committee.",
        [("Paul Ryan", "Speaker of the House", ANY, ANY)],
        [("Paul Ryan", "policy advisor on budget and appropriations issues", ANY, ANY),
         ("Paul Ryan", "chief", ANY, ANY), ("Mitch McConnell", "policy director", ANY, ANY)],
        id="wh-52579-list-items-keep-their-own-titles"),
    pytest.param(
        "John R. Bass, a career member of the Senior Foreign Service, class of Career Minister, "
        "currently is a Senior Advisor at the Department of State’s Foreign Service Institute. "
        "He has served as Ambassador to the Islamic Republic of Afghanistan, Ambassador to the "
        "Republic of Turkey, and Ambassador to the Republic of Georgia.",
        [("John R. Bass", ANY, "Afghanistan", "former")],
        [("John R. Bass", ANY, "Afghanistan", "current")], id="wh-24665-has-served-is-former"),
    pytest.param(
        "David L. Cohen is Senior Advisor to the CEO at Comcast Corporation, having previously "
        "served as Senior Executive Vice President where he led a broad portfolio of "
        "responsibilities.",
        [],
        [("David L. Cohen", "senior advisor to the ceo at comcast corporation", ANY, "former")],
        id="wh-24665-participle-does-not-make-main-post-former"),
    pytest.param(
        "Neal Higgins, Deputy National Cyber Director for National Cybersecurity\n\nNeal is a "
        "graduate of Princeton University, Harvard Law School, and the Fletcher School of Law & "
        "Diplomacy.",
        [], [("Neal Higgins", None, "Harvard Law School", ANY)],
        id="wh-52780-a-school-one-graduated-from-is-no-post"),
    pytest.param(
        "Lesslie Viguerie, of Virginia, a Career Member of the Senior Foreign Service, Class of "
        "Minister-Counselor, to be Ambassador Extraordinary and Plenipotentiary of the United "
        "States of America to the Kyrgyz Republic.",
        [("Lesslie Viguerie", "Ambassador Extraordinary and Plenipotentiary of the United States "
          "of America to the Kyrgyz Republic", "Department of State", "nominee", "United States")],
        [], id="wh-48537-nomination-line-with-apposition"),
    pytest.param(
        "President Joseph R. Biden, Jr. and Vice President Kamala Harris met today with Secretary "
        "General Jens Stoltenberg of the North Atlantic Treaty Organization (NATO) to prepare for "
        "the June 29-30 NATO Summit in Madrid.",
        [("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization", "current")],
        [("Jens Stoltenberg", ANY, "United Nations", ANY)],
        id="wh-54672-stated-organisation-beats-lexicon-default"),
    pytest.param(
        "Statement by White House Press Secretary Karine Jean-Pierre on the Meeting Between "
        "President Biden and Prime Minister Andersson of Sweden and President Niinistö of Finland",
        [("Karine Jean-Pierre", "Press Secretary", "White House", "current")],
        [("Karine Jean", ANY, ANY, ANY)], id="wh-53415-hyphenated-name-after-title"),
    pytest.param(
        "Office of the Spokesperson\n\nUnder Secretary for Political Affairs Victoria Nuland and "
        "Under Secretary for Economic Growth, Energy, and the Environment Jose Fernández will "
        "travel to Brasilia for the U.S.-Brazil High-Level Dialogue on April 25.",
        [("Victoria Nuland", "Under Secretary for Political Affairs", "Department of State",
          "current")],
        [("Victoria Nuland", "political affairs", ANY, ANY)],
        id="sd-336897-for-before-a-subject-is-no-tie"),
    pytest.param(
        "After Mr. Floyd was murdered, Senator Cory Booker, Representative Karen Bass, and I "
        "introduced the Justice in Policing Act to hold law enforcement accountable and build "
        "trust between law enforcement and the communities it serves.",
        [("Cory Booker", "Senator", "United States Senate", "current"),
         ("Karen Bass", "Representative", "United States House of Representatives", "current")],
        [("Cory Booker", "representative", ANY, ANY), ("Karen Bass", "senator", ANY, ANY)],
        id="wh-18381-list-items-keep-their-own-titles"),
    pytest.param(
        "Remarks by President Biden and NATO Secretary General Jens Stoltenberg | Madrid, Spain"
        "\n\nInstitución Ferial de Madrid\n\nMadrid, Spain\n\n10:17 A.M. CEST\n\nPRESIDENT "
        "BIDEN: Well, Jens, thank you very much for having me this morning.",
        [("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization",
          "current")],
        [("Jens", ANY, ANY, ANY)], id="wh-56465-headline-name-not-cut-to-the-given-name"),
    pytest.param(
        "Rosie Hidalgo currently serves as Special Assistant to the President and Senior Advisor "
        "on Gender-Based Violence at the White House Gender Policy Council.",
        [("Rosie Hidalgo", "Special Assistant to the President", None, "current")],
        [("Rosie Hidalgo", "president", ANY, ANY)],
        id="wh-52579-assistant-to-the-president-is-one-title"),
    pytest.param(
        "Ned Price, Department Spokesperson\n\nSecretary of State Antony J. Blinken will travel "
        "to Los Angeles, where, together with President Biden and Vice President Harris, he will "
        "attend the U.S.-hosted Ninth Summit of the Americas from June 7-10.",
        [("Ned Price", "Department Spokesperson", "Department of State", "current")],
        [], id="sd-349901-byline-before-a-name-on-the-next-line",
        marks=xfail("the parse joins the byline to the next line, whose name vetoes the title")),
]


#: Round 2: the kinds of error a blind reading found (garbled names and titles, post status).
NAME_SHAPE_CASES = [
    pytest.param(
        "Secretary of State Antony J. Blinken met with Republic of Korea Foreign Minister Chung "
        "Eui-yong in Cornwall today.",
        [("Chung Eui-yong", "Foreign Minister", "Ministry of Foreign Affairs", "current")],
        [("Chung Eui", ANY, ANY, ANY)], id="sd-251551-korean-hyphenated-given-name"),
    pytest.param(
        "Deputy Secretary Sherman held a trilateral call today with Republic of Korea (ROK) First "
        "Vice Foreign Minister Cho Hyun-dong and Japanese Vice Foreign Minister Mori Takeo.",
        [("Cho Hyun-dong", "Vice Foreign Minister", "Ministry of Foreign Affairs", "current")],
        [("Cho Hyun", ANY, ANY, ANY)], id="sd-347474-hyphenated-name-after-long-title"),
    pytest.param(
        "Secretary of State Antony J. Blinken will travel to Bangkok, Thailand where he will meet "
        "with Thai Prime Minister Prayut Chan-o-cha and Deputy Prime Minister and Foreign Minister "
        "Don Pramudwinai to reaffirm the U.S.-Thai alliance.",
        [("Prayut Chan-o-cha", "Prime Minister", "Thailand", "current")],
        [("Prayut Chan", ANY, ANY, ANY)], id="sd-358207-name-with-two-hyphens"),
    pytest.param(
        "Secretary of State Antony J. Blinken spoke today with Kuwaiti Foreign Minister Sheikh "
        "Ahmad Nasser Al-Mohammad Al-Sabah.",
        [("Ahmad Nasser Al-Mohammad Al-Sabah", "Foreign Minister", ANY, "current", "Kuwait")],
        [("Ahmad Nasser Al-Mohammad Al-Sabah", "foreign minister sheikh", ANY, ANY)],
        id="sd-258102-sheikh-is-the-names-not-the-posts"),
    pytest.param(
        "On March 10, Special Representative for the DPRK Sung Kim called PRC Special "
        "Representative on Korean Peninsula Affairs Liu Xiaoming to discuss the DPRK’s February "
        "26 and March 4 ballistic missile launches.",
        [("Liu Xiaoming", "Special Representative on Korean Peninsula Affairs", ANY, "current")],
        [("Korean Peninsula Affairs Liu Xiaoming", ANY, ANY, ANY)],
        id="sd-323810-affairs-closes-the-title-not-opens-the-name"),
    pytest.param(
        "Special Representative Kim will also meet Japanese Director-General for Asian and "
        "Oceanian Affairs Funakoshi Takehiro. Special Representative Kim will also meet with "
        "other senior officials.",
        [("Funakoshi Takehiro", "Director-General for Asian and Oceanian Affairs", ANY, "current")],
        [("Affairs Funakoshi Takehiro", ANY, ANY, ANY)],
        id="sd-252978-director-general-for-affairs-before-a-name"),
    pytest.param(
        "Statement by NSC Spokesperson Adrienne Watson Welcoming the Resumption of Flights from "
        "Sana’a\n\nThe United States welcomes the resumption of flights.",
        [("Adrienne Watson", "Spokesperson", ANY, "current")],
        [("Adrienne Watson Welcoming", ANY, ANY, ANY)], id="wh-53324-headline-gerund-ends-a-name"),
    pytest.param(
        "Remarks by Vice President Harris Encouraging All Americans to Take Advantage of Critical "
        "Tax Credits\n\nTHE VICE PRESIDENT: Good afternoon.",
        [(ANY, "Vice President", "United States", "current")],
        [("Harris Encouraging All Americans", ANY, ANY, ANY)],
        id="wh-46901-headline-gerund-after-a-surname"),
    pytest.param(
        "Readout of Deputy National Security Advisor for Cyber and Emerging Technology Anne "
        "Neuberger’s Meeting with Bipartisan U.S. Mayors\n\nToday, Deputy National Security "
        "Advisor for Cyber and Emerging Technology Anne Neuberger met with mayors.",
        [("Anne Neuberger", "Deputy National Security Advisor for Cyber and Emerging Technology",
          ANY, "current")],
        [], id="wh-23359-name-after-a-long-staff-title"),
    pytest.param(
        "Readout of National Security Advisor Jake Sullivan’s Call with National Security Advisor "
        "Kim Sung-han of the Republic of Korea\n\nToday, they spoke.",
        [("Kim Sung-han", "National Security Advisor", ANY, "current", "South Korea")],
        [("Kim Sung-han", "national security advisor", "National Security Council", ANY)],
        id="wh-53067-of-country-after-name-beats-the-lexicons-country"),
    pytest.param(
        "Maryland Senator Ben Cardin, Chairman, Senate Small Business Committee: “I challenge you "
        "to understand prescription drug prices in the US.”",
        [("Ben Cardin", "Senator", "United States Senate", "current")],
        [("Ben Cardin", "senator", "Maryland", ANY)], id="wh-48256-state-before-senator"),
    pytest.param(
        "Deputy Secretary of State Wendy R. Sherman, Chief Diversity and Inclusion Officer "
        "Ambassador Gina Abercrombie-Winstanley, and glifaa President Jeff Anderson will deliver "
        "remarks at a flag raising ceremony.",
        [],
        [("Jeff Anderson", "president", "United States", ANY)],
        id="sd-254790-a-bare-president-owned-by-another-word"),
    pytest.param(
        "Jenny Black, President and CEO, Planned Parenthood South Atlantic\n",
        [],
        [("Jenny Black", "president", "United States", ANY)],
        id="wh-58039-apposed-president-is-no-head-of-state"),
    pytest.param(
        "And our Secretary of Energy, Jennifer Granholm, has got a few things we’re going to build.",
        [("Jennifer Granholm", "Secretary of Energy", "Department of Energy", "current")],
        [("Jennifer Granholm", "our secretary", ANY, ANY)],
        id="wh-46725-a-possessive-opens-no-title"),
    pytest.param(
        "Secretary Antony J. Blinken With Costa Rican Foreign Minister Rodolfo Solano Quirós, "
        "Dominican Republic Foreign Minister Roberto Álvarez, and Panamanian Foreign Minister "
        "Erika Mouynes Before Their Meeting\n\nSECRETARY BLINKEN: Well, good morning, everyone.",
        [("Rodolfo Solano Quirós", "Foreign Minister", "Ministry of Foreign Affairs", "current",
          "Costa Rica")],
        [("Rodolfo Solano Quirós", "with costa rican foreign minister", ANY, ANY)],
        id="sd-319858-headline-with-opens-no-title"),
    pytest.param(
        "Denis Udall, of California, to be a Member of the Board of Trustees of the Morris K. "
        "Udall and Stewart L. Udall Foundation for a term expiring April 15, 2029. "
        "(Reappointment)\n\nTeresa Arrington Fox Udall, of Colorado, to be a Member of the Board "
        "of Trustees of the Morris K. Udall and Stewart L. Udall Foundation for a term expiring "
        "October 6, 2028.",
        [(ANY, "Member",
          "Board of Trustees of the Morris K. Udall and Stewart L. Udall Foundation", "nominee")],
        [(ANY, "member", "Board of Trustees of the Morris K.", ANY)],
        id="wh-49477-organisation-cut-at-an-initial"),
]

#: Lists under a plural title: each name holds the singular title.
LIST_CASES = [
    pytest.param(
        "Thank you to Senators Debbie Stabenow and John Boozman and Representatives Bobby Scott "
        "and Virginia Foxx for their work.",
        [("Debbie Stabenow", "Senator", "United States Senate", "current"),
         ("John Boozman", "Senator", "United States Senate", "current"),
         ("Bobby Scott", "Representative", "United States House of Representatives", "current"),
         ("Virginia Foxx", "Representative", "United States House of Representatives",
          "current")],
        [("Bobby Scott", "senator", ANY, ANY)], id="wh-56270-senators-and-representatives"),
    pytest.param(
        "U.S. Senators Bob Menendez (NJ) and Dick Durbin (IL), as well as Ai-Jen Poo and Jessica "
        "Morales Rocketto of the National Domestic Workers Alliance, also participated.",
        [("Bob Menendez", "Senator", "United States Senate", "current"),
         ("Dick Durbin", "Senator", "United States Senate", "current")],
        [("Ai-Jen Poo", "senator", ANY, ANY), ("Senators Bob Menendez", ANY, ANY, ANY)],
        id="wh-21201-list-over-state-abbreviations-stops-at-as-well-as"),
]

#: Status: dead holders and predecessors are former; a new appointee is current.
STATUS_CASES = [
    pytest.param(
        "As my good friend, the late Congressman Elijah Cummings, said, “Our children are the "
        "living messengers we send to a future we will never see.”",
        [("Elijah Cummings", "Congressman", ANY, "former")],
        [("Elijah Cummings", "congressman", ANY, "current")], id="wh-55751-the-late"),
    pytest.param(
        "In the aftermath of the assassination of President Moise, the Department of Justice is "
        "providing assistance to support the Haitian authorities.",
        [("Moise", "President", ANY, "former")],
        [("Moise", "president", ANY, "current")], id="wh-23775-assassination-of"),
    pytest.param(
        "Dr. Cary Fowler, a noted agriculturalist, has joined the Department of State as U.S. "
        "Special Envoy for Global Food Security.",
        [("Cary Fowler", "Special Envoy for Global Food Security", ANY, "current")],
        [("Cary Fowler", ANY, ANY, "former")], id="sd-341193-has-joined-as-is-current"),
    pytest.param(  # "past" right before a title head: a post once held
        "Dr. Elizabeth M. Jaffee, to serve as Chair, is an internationally recognized expert in cancer immunology and pancreatic cancer. She is the Deputy Director of the Sidney Kimmel Comprehensive Cancer Center at Johns Hopkins, Co-Director of the Skip Viragh Pancreatic Cancer Center, and Associate Director of the Bloomberg Kimmel Institute for Cancer Immunotherapy. Jaffee is a Past President of the American Association for Cancer Research. She has served on a number of committees at the National Cancer Institute, including co-chair of the Blue Ribbon Panel that provided scientific advice to then-Vice President Biden’s Moonshot Initiative and as Past Chair of the National Cancer Advisory Board. She is the inaugural Director of the new Convergence Institute at Johns Hopkins. She was recently elected to the National Academy of Medicine and is a Fellow of the Academy of Immuno-Oncology, a Fellow of the American Association for the Advancement of Science, a Fellow of the American Association of Cancer Research, and a Fellow of the American College of Physicians.",
        [("Elizabeth M. Jaffee", "President", "American Association for Cancer Research",
          "former")],
        [("Elizabeth M. Jaffee", "past president", ANY, ANY),
         ("Elizabeth M. Jaffee", "president", ANY, "current")],
        id="wh-57394-a-past-president"),
    pytest.param(  # a holder said to be killed (or to have lost his life) is a former holder
        "MR PRICE: I can confirm that a Foreign Service officer, Shawn O’Donnell, was killed yesterday. We extend our deepest condolences to her family, to her loved ones. We need to refer you to the Metropolitan Police Department for additional information.",
        [("Shawn O’Donnell", "officer", "Foreign Service", "former")],
        [("Shawn O’Donnell", "officer", ANY, "current")],
        id="sd-361852-a-holder-who-was-killed"),
    pytest.param(  # an organisation's acronym the model put into the name belongs to the title
        "Statement by NSC Spokesperson Adrienne Watson on Changes to U.S. Anti-Personnel Landmine Policy\n\nToday, the Biden-Harris Administration is announcing an important step to limit the United States’ use of anti-personnel landmines.",
        [("Adrienne Watson", "Spokesperson", "National Security Council", "current")],
        [("Adrienne Watson", "Spokesperson", None, ANY)],
        id="wh-55935-an-acronym-inside-the-name"),
    pytest.param(  # a title-case headline's verb ends the words before a title
        "WHAT THEY ARE SAYING: Members of the Congress Applaud President Biden’s State of the Union Address\n\nIn his first State of the Union, the President spoke directly to the American people about his vision to build a better America.",
        [("Biden", "President", "United States", "current")],
        [("Biden", "President", "Members of the Congress Applaud", ANY)],
        id="wh-48256-a-headline-verb-before-the-title"),
    pytest.param(
        "Commitments to Security and Prosperity Underscore Secretary Blinken’s Travel to Morocco\n\nOffice of the Spokesperson",
        [("Blinken", "Secretary", "Department of State", "current")],
        [("Blinken", "Prosperity Underscore Secretary", ANY, ANY)],
        id="sd-328663-a-headline-verb-before-the-title"),
    pytest.param(
        "President Biden to Host His Majesty King Abdullah II of Jordan\n\nThe President is pleased to welcome His Majesty King Abdullah II of Jordan and his Royal Highness Crown Prince Hussein to the White House on May 13, 2022.",
        [("Abdullah II", "King", "Jordan", "current")],
        [("Abdullah II", "Host King", ANY, ANY)],
        id="wh-52847-a-headline-verb-before-the-title"),
    pytest.param(  # a country's formal name stays whole in an ambassador's post
        "President Biden Announces His Intent to Nominate Nine More Individuals to Serve as Ambassadors\n\nSharon L. Cromer, Nominee for U.S. Ambassador to the Republic of The Gambia\n\nTroy Damian Fitrell, Nominee for Ambassador",
        [("Sharon L. Cromer", "Ambassador to the Republic of The Gambia", "Department of State",
          "nominee")],
        [("Sharon L. Cromer", "Ambassador to the Republic", ANY, ANY)],
        id="wh-21071-a-countrys-formal-name"),
    pytest.param(  # a roster line's organisation without an organisation's head word (round
        # 17 judged "COO" without Cummins partly); a region or a state is no organisation
        "Geoff Martha, CEO, Medtronic\n\nSanjay Mehrota, President and CEO, Micron\n\nJennifer "
        "Rumsey, President and COO, Cummins\n\nThomas Sivak, FEMA "
        "Regional Administrator, Region 5\n\nThe Honorable Roy Blunt, United States Senator (R), "
        "Missouri",
        [("Jennifer Rumsey", "President", "Cummins", "current"),
         ("Jennifer Rumsey", "COO", "Cummins", "current")],
        [("Thomas Sivak", ANY, "Region 5", ANY), ("Roy Blunt", ANY, "Missouri", ANY),
         ("Jennifer Rumsey", "COO", None, ANY)],
        id="wh-48741-a-roster-lines-company"),
    pytest.param(  # round 17 judged it partly: a description, not a title
        "Christina Brandt is the CEO of an innovative nonprofit, an AbilityOne producer with over "
        "four decades of quality service to the government customer.",
        [],
        [("Christina Brandt", "CEO of an innovative nonprofit", ANY, ANY)],
        id="wh-27173-a-description-is-no-title"),
    pytest.param(  # "Domestic" is the title's (round 18 judged "White House Domestic | Policy
        # Advisor" partly)
        "Vice President Kamala Harris Announces Release of Plan During White House Event with "
        "Secretary Marcia L. Fudge, White House Domestic Policy Advisor Susan Rice, and Americans "
        "Impacted by Bias in the Appraisal Process",
        [("Susan Rice", "Domestic Policy Advisor", "White House", "current")],
        [("Susan Rice", "Policy Advisor", ANY, ANY)],
        id="wh-49523-domestic-policy-advisor"),
    pytest.param(  # "a leader in/on ..." in lower case describes, it names no post (judged wrong
        # in rounds 13-15: "Senator Jeff Merkley — a leader on climate and foreign policy")
        "Alan Estevez, a recognized leader in the defense and aerospace community, joined Deloitte "
        "Consulting as a national security strategy and logistics executive in June 2017 after "
        "completing a 36 year career with the Department of Defense.",
        [], [("Alan Estevez", "leader in the defense and aerospace community", ANY, ANY)],
        id="wh-23745-a-leader-in-a-field-is-no-post"),
]


@pytest.mark.parametrize("text, expected, forbidden",
                         CASES + GUARD_CASES + NAME_SHAPE_CASES + LIST_CASES + STATUS_CASES)
def test_holds_post(facts_of, text, expected, forbidden):
    _check(facts_of(text, "holds_post"), expected, forbidden)


def _check(facts, expected, forbidden) -> None:
    """The posts found hold every `expected` row and no `forbidden` one."""
    facts = [f for f in facts if isinstance(f, HoldsPost)]
    for row in expected:
        rows = [_row(f, len(row)) for f in facts]
        assert _expected(row) in rows, f"missing {row}; got {rows}"
    for row in forbidden:
        rows = [_row(f, len(row)) for f in facts]
        assert _expected(row) not in rows, f"unexpected {row}"


#: Posts that depend on the article's date (`published`): a US president's name tells whether
#: the post was held then (`kg/data/us_terms.tsv`); a name no US president bore is another
#: country's president. Real sentences with their articles' dates.
DATED = [
    pytest.param(  # a titled person another served, in a sentence dated before the article
        "2021-07-16", "From 1994 to 2005, Mr. Hunter served in a variety of staff positions in "
        "the House of Representatives including as Appropriations Associate for Congressman "
        "Norman D. Dicks; as Military Legislative Assistant and Legislative Director for "
        "Congressman John M. Spratt, Jr.; and as a staff member for the Select Committee on U.S. "
        "National Security and Military/Commercial Concerns with the People’s Republic of China.",
        [("Norman D. Dicks", "Congressman", ANY, "former")],
        [("Norman D. Dicks", "Congressman", ANY, "current")],
        id="wh-24253-served-for-a-congressman-until-2005"),
    pytest.param(  # judged in the eleventh blind check (partly: the court left out)
        "2022-07-02", "Justice Thomas himself said that, under the reasoning of this decision, "
        "that the Court should reconsider marriage equality and contraception.",
        [("Thomas", "Justice", "Supreme Court of the United States", "current")], [],
        id="wh-56770-a-justice-by-surname"),
    pytest.param(  # judged in the eleventh blind check (partly: the department left out)
        "2022-06-30", "Secretary Austin just brought together more than 50 countries — more than "
        "50 countries — pledging new commitments, and this is a global effort to support Ukraine: "
        "nearly 140,000 anti-tank systems, more than 600 tanks, nearly 500 artillery systems, more "
        "than 600,000 rounds of artillery ammunition, as well as advanced multiple launch rocket "
        "systems, anti-ship systems, and air defense systems.",
        [("Austin", "Secretary", "Department of Defense", "current", "United States")], [],
        id="wh-56560-a-department-head-by-surname"),
    pytest.param(
        "2022-05-22", "Since the outbreak of the Korean War, President Truman ordered to deploy "
        "U.S. forces to Korea just five days after the war.",
        [("Truman", "President", "United States", "former")],
        [("Truman", "President", ANY, "current")], id="wh-53838-a-past-president"),
    pytest.param(
        "2022-06-09", "In 2016, President Obama went to Cuba and he believed that more contacts, "
        "more tourism, more diplomacy would promote democracy in the region.",
        [("Obama", "President", "United States", "former")],
        [("Obama", "President", ANY, "current")], id="sd-351377-president-obama-in-2022"),
    pytest.param(
        "2021-06-16", "I don’t know about you, I never anticipated, notwithstanding no matter how "
        "persuasive President Trump was, that we’d have people attacking and breaking down the "
        "doors of the United States Capitol.",
        [("Trump", "President", "United States", "former")],
        [("Trump", "President", ANY, "current")], id="wh-21193-president-trump-in-2021"),
    pytest.param(
        "2021-06-04", "That means we have now created over 2 million jobs in total since I took "
        "office — more jobs than have ever been created in the first four months of any presidency "
        "in modern history, triple the rate of my predecessor, eight times the rate of President "
        "Reagan.\n\nPresident Biden will travel to Delaware.",
        [("Reagan", "President", "United States", "former"),
         ("Biden", "President", "United States", "current")],
        [("Reagan", "President", ANY, "current")], id="wh-19769-then-and-now"),
    pytest.param(
        "2021-05-23", "We just had President Moon’s visit.",
        [("Moon", "President", "South Korea", "current")],
        [("Moon", "President", "United States", ANY)], id="sd-245703-a-surname-written-first"),
    pytest.param(
        "2022-02-19", "We acknowledge public statements by President Zelensky underlining "
        "Ukraine’s firm commitment to the Minsk Agreements and his readiness to contribute "
        "constructively to the process.",
        [], [("Zelensky", "President", "United States", ANY)],
        id="sd-316039-no-us-president-bore-the-name"),
    pytest.param(  # a bare "Secretary General" is the lexicon's UN only for the UN's own
        # (`kg/data/org_heads.tsv`; judged partly in the fourteenth blind check: Stoltenberg)
        "2021-06-14", "But now I want to thank Secretary General Stoltenberg for leading a very "
        "successful NATO Summit today.",
        [("Stoltenberg", "Secretary General", "North Atlantic Treaty Organization", "current")],
        [("Stoltenberg", ANY, "United Nations", ANY)], id="wh-20859-natos-secretary-general"),
    pytest.param(
        "2022-05-03", "I also am very pleased to see an old friend and colleague, the Secretary "
        "General Almagro.",
        [("Almagro", "Secretary General", "Organization of American States", "current")],
        [("Almagro", ANY, "United Nations", ANY)], id="sd-340715-the-oass-secretary-general"),
    pytest.param(
        "2022-05-20", "Deputy Secretary Sherman also discussed with Secretary General Delattre "
        "France’s plans for the final weeks of France’s presidency of the Council of the European "
        "Union, including support for EU accession paths for aspirants willing to do the hard "
        "work to qualify for membership.",
        [], [(ANY, "Secretary General", "United Nations", ANY),
             (ANY, "Secretary General", "Department of State", ANY)],
        id="sd-346268-another-secretary-general"),
    pytest.param(
        "2022-06-21", "That’s something that we’ve worked on with the UN and Secretary-General "
        "Guterres.",
        [("Guterres", "Secretary-General", "United Nations", "current")], [],
        id="sd-353881-the-uns-secretary-general"),
    pytest.param(  # a bare "Secretary X" no US department had at the date (`us_officers.tsv`,
        # complete from 2021): a former secretary's courtesy title (judged partly in the
        # fourteenth blind check)
        "2022-07-19", "MR PRICE: We remain absolutely committed, and it just so happens that, "
        "as record heat waves are striking the world, including in Europe, Secretary Kerry is in "
        "Berlin today where Germany, along with many of its neighbors, are experiencing this "
        "record heat wave.",
        [("Kerry", "Secretary", ANY, "former")], [("Kerry", "Secretary", ANY, "current")],
        id="sd-361153-a-former-secretarys-courtesy-title"),
    pytest.param(  # a sitting secretary named with a country already: the department found
        "2022-02-23", "That’s why I’ve asked the Secretary of Energy, Governor Granholm — Senator "
        "[sic] Granholm — senator — Secretary Granholm — but you’re my governor, former governor "
        "— to visit the Imperial Valley in California and hear directly from local residents how "
        "this will impact on them.",
        [("Granholm", "Secretary", "Department of Energy", "current")],
        [("Granholm", "Secretary", ANY, "former")], id="wh-47668-a-sitting-secretary"),
]


@pytest.mark.parametrize("published, text, expected, forbidden", DATED)
def test_holds_post_on_its_date(facts_of, published, text, expected, forbidden):
    _check(facts_of(text, "holds_post", published), expected, forbidden)
