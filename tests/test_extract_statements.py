"""kg.extract.statements (statement) on real State Department and White House releases.

Each row: the corpus item it comes from (an item outside the development gold), a passage of
it (its headline, a blank line, paragraphs of its body), the statements it must give as
(speaker, direct, opening words of the quote) after resolution, and statements it must not
give (an empty opening forbids any statement of that speaker).
"""
from __future__ import annotations

import pytest

from kg.extract.statements.base import _plausible_speaker, speech_verbs
from kg.extract.statements.quotes import _quotations
from kg.gazetteer import first_names
from kg.model import ORGANIZATION, PERSON, Entity, Statement

CASES = [
    pytest.param(  # a quote's byline names its speaker ("Name, Post, Organisation: “...”", the
        # White House's collections of statements; on the development and long items 68 added,
        # the sample read right)
        'wh-52976',
        'Readout of the White House’s First Stakeholder Convening on Mining Reform\n\nTom Palmer, President and CEO, Newmont Corporation: “Newmont Corporation was honored to be a part of today’s discussion with the White House on modernizing the General Mining Law. This historic gathering of diverse stakeholders, including federal and state government agencies and representatives, Native American leaders, Labor, NGOs, Academia, and consumers provided a rare opportunity to discuss updates to the Federal regulatory system to incentivize responsible domestic metals and minerals mining in a challenging global environment. We appreciate the Administration convening this productive session and initiating the discussion on the future of mining in the United States. We look forward to Newmont’s continued participation and collaboration.”',
        [('Tom Palmer', True, 'Newmont Corporation was honored')], [],
        id='a-quotes-byline-names-its-speaker'),
    pytest.param(  # a speech verb deep inside a long quotation is not the narrator's (round 15
        # judged these words given to "President Biden", whom they praise, wrong)
        'wh-48316',
        'Wide Range of Constituencies Applaud President Biden’s State of the Union Address\n\nMiriam Calderón, Chief Policy Officer, ZERO TO THREE: “Tonight, before the nation, President Biden spoke directly to the importance of investing in our families and the care economy. For too long, parents have been burdened with painfully high child care costs while providers struggle to stay in business or care for their own families, have not had the paid leave they need to bond with their new baby or heal from childbirth, and have lacked access to the resources they need for their families to thrive. Families are consistently forced to make impossible choices between caring for young children or a loved one and putting food on the table. But as the President made clear tonight, we can and will fight to ensure that we are giving all families what they need to help their children thrive. We made great strides last year to support parents with young children through historic investments in child care and the expansion of the Child Tax Credit, but there is too much at stake to let up now. It is past time for Congress to reengage on these critical issues for our infants and toddlers, and we echo President Biden’s call for them to do so at once. Additionally, we were heartened to hear the President highlight the importance of mental health for all ages during tonight’s address. Our systems were not built with the mental health needs of babies and toddlers in mind. We look forward to working with the Administration and Congress to make certain that young children and their caregivers are at the center of this new plan.” [Statement, 3/1/22]',
        [('Miriam Calderón', True, 'Tonight, before the nation')], [('Joe Biden', True, '')],
        id='a-long-quotations-own-speech-verbs'),
    pytest.param(  # an as-clause set off by commas inside a main clause under way says nothing of
        # its own: the that-clause after it is the main clause's (on the development and long items
        # 4 removed, 4 of 4 read wrong)
        'wh-48185',
        'Press Briefing by White House and HHS Public Health Officials, March 2, 2022\n\nSo the President was very clear, as Dr. Fauci said, that we need to be prepared for any possible variant and invest in the next level — the next generation of treatments and vaccines.',
        [], [('Fauci', False, '')],
        id='a-parenthetical-as-clause-takes-no-clause'),
    pytest.param(  # a quotation whose speaker is nobody we know ends a run of quotations: the
        # next sentence-long one does not go back to the last speaker named (on the development
        # and long items 13 statements removed, 13 of 13 read wrong, none added)
        'wh-49347',
        'Remarks by President Biden at the Annual Friends of Ireland Luncheon\n\nYou know, Yeats wrote, and I quote, “Talent perceives differences; genius, unity.” “Talents perceives differences; genius, unity.” And, you know, I think today we can add a fifth item to at least my Unity Agenda, and that’s support of our relationship between Ireland and the United States, which has taken on an even more intense and cooperative form than it ever has, because of Ireland’s neutrality.\n\nAnd the other one was that — and I mean this sincerely — my dad’s: “No one is better than you, and you’re no better than anyone else.” Not a joke. “No one is better than you, but you’re no better than anyone else.” And it’s real. It’s real. Because we were taught never — as my mother would say, “Never bow, never bend, never yield.”',
        [('Yeats', True, 'Talent perceives differences')],
        [('Yeats', True, 'No one is better than you')],
        id='an-unknown-speakers-quotation-ends-the-run'),
    pytest.param(  # a readout verb in a subordinate clause before the narrator's main clause
        # reports only its own clause (on the development and long items 3 quotes trimmed, 3 of
        # 3 partly before, the narrator's clause gone after)
        'wh-50531',
        'Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan\n\nLet me close with this: Even as Russia acknowledges the failure of its initial plans and shifts its goals, three elements of this war remain constant.',
        [('Russia', False, 'the failure of its initial plans')],
        [('Russia', False, 'the failure of its initial plans and shifts its goals, three')],
        id='an-opening-clause-reports-only-itself'),
    pytest.param(  # a document (an Act, an Order) provides for things, it says nothing (on the
        # development and long items 2 such statements removed, 2 of 2 read wrong)
        'wh-48063',
        'FACT SHEET: President Biden to Announce Strategy to Address Our National Mental Health Crisis, As Part of Unity Agenda in his First State of the Union\n\nExpand and strengthen parity. The 2008 Mental Health Parity and Addiction Equity Act called for mental health care benefits to be covered at the same level as physical health care benefits.',
        [], [('2008 Mental Health Parity and Addiction Equity Act', False, '')],
        id='a-document-is-no-speaker'),
    pytest.param(  # "the Ministers" (and a "they" after them) are the ministers named before, not
        # the heads of state or government named beside them (on the development and long items
        # 44 statements of a leader removed, all read wrong; 88 of the four ministers added, right)
        'sd-333498',
        'Fourth Annual U.S.-India 2+2 Ministerial Dialogue\n\nSecretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III welcomed Minister of Defence Rajnath Singh and Minister of External Affairs Dr. S. Jaishankar to Washington, D.C., on April 11, 2022, for the fourth U.S.-India 2+2 Ministerial Dialogue. The Dialogue was preceded by a virtual meeting between Prime Minister Narendra Modi and President Joseph Biden.\n\nAs natural and trusted partners celebrating 75 years of diplomatic relations between the United States and independent India, with a shared commitment to democracy and pluralism, a multifaceted bilateral agenda, and growing convergence of strategic interests, both countries seek to continue to promote a resilient, rules-based international order that safeguards sovereignty and territorial integrity, upholds democratic values, and promotes peace and prosperity for all.\n\nBuilding upon the September 2021 meeting between President Biden and Prime Minister Modi, and their respective participation in Summits related to COVID-19, climate, infrastructure and supply chain resilience, the Ministers reaffirmed the importance of the U.S.-India Comprehensive Global Strategic Partnership to international peace and security.',
        [('Antony J. Blinken', False, 'the importance of the U.S.-India'),
         ('S. Jaishankar', False, 'the importance of the U.S.-India')],
        [('Narendra Modi', False, ''), ('Joseph Biden', False, '')],
        id='the-ministers-are-not-the-leaders'),
    pytest.param(  # the narrator's aside between dashes inside the words reported is not the
        # speaker's (4 such quotes on the development and long items, right after)
        'wh-57796',
        "Remarks by Vice President Harris at the 113th NAACP National Convention\n\nThe great Thurgood Marshall once said that every child has a right — I will now quote — “to an equal start in life and an equal opportunity to reach their potential.” I believe, to move our nation forward, we must fight to make sure all of the children of our community have that equal opportunity of which he spoke. (Applause.)",
        [('Thurgood Marshall', False, 'every child has a right “to an equal start in life')],
        [('Thurgood Marshall', False, 'every child has a right — I will now quote')],
        id='the-narrators-aside-is-not-the-speakers'),
    pytest.param(  # the narrator's appraisal set off by a dash closes the words said, it is not
        # part of them (2 such quotes on the development and long items, both right after)
        'sd-363376',
        "Secretary Antony J. Blinken At a Press Availability\n\nIn the beginning, Russia said that the purpose of the war was to “denazify” Ukraine – a false charge aimed at delegitimizing Ukraine’s democracy.",
        [('Russia', False, 'the purpose of the war was to “denazify” Ukraine')],
        [('Russia', False, 'the purpose of the war was to “denazify” Ukraine – a false charge')],
        id='a-dashed-appraisal-is-the-narrators'),
    pytest.param(  # 'respond to what X said: ...' takes up X's words, then says the speaker's own (3
        # such statements on the development and long items, 3 of 3 read wrong)
        'wh-56106',
        "Press Briefing by Press Secretary Karine Jean-Pierre and Secretary of Energy Jennifer Granholm\n\nMS. JEAN-PIERRE: So, just to respond to what — what Mitt Romney said: Look, we’ve — if you go back to January, we’ve been working with members of Congress, whether it’s a Democrat or a Republican, on funding needs for the COVID response.",
        [], [('Mitt Romney', False, '')],
        id='respond-to-what-x-said-is-not-xs'),
    pytest.param(  # judged in the fourteenth blind check (partly: 'when we were at the NATO summit
        # ...' in the quote): a when-clause right after an as-clause's verb says when it was said
        # (2 such quotes on the development and long items, both right after)
        'wh-57167',
        "Press Briefing by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan\n\nAnd we will continue to work with the Ukrainian military and Ukrainian government on a strategy that ultimately achieves their objectives, both on the battlefield and at the negotiating table. And as President Biden said when we were at the NATO summit just 10 days ago, “We will do that for as long as it takes.”",
        [('Biden', False, 'We will do that for as long as it takes')],
        [('Biden', False, 'when we were at the NATO summit')],
        id='as-he-said-when-we-were-is-not-what-was-said'),
    pytest.param(  # of a verb's two subjects, the first set off by punctuation is a name addressed
        # (or a transcript's label): the speaker is the nearer one (on the development and long
        # items 26 removed, 20 or more read wrong, the rest the turn's own words; 19 added, 13 right)
        'wh-50625',
        "Press Briefing by Press Secretary Jen Psaki, April 5, 2022\n\nMS. PSAKI: Well, that’s something the President has said and certainly we would echo. But in the same answer to that question, Peter — during an interview this week on ABC, Ron Klain also said the Justice Department is independent and they will make their own decisions.",
        [('Ron Klain', False, 'the Justice Department is independent')],
        [('Peter', False, '')],
        id='a-name-addressed-is-not-the-speaker'),
    pytest.param(  # a nationality in the plural without 'the' is the people, not the government (3
        # such statements on the development and long items, 3 of 3 read wrong)
        'sd-334884',
        "U.S. Special Envoy for Yemen Lenderking Concludes Regional Trip\n\nWe must capitalize on this positive, unique momentum by securing a more lasting halt to fighting and a renewed, comprehensive peace process. Yemenis are expressing cautious optimism for the first time in years as a result of the constructive steps in recent weeks. All parties to the conflict must answer Yemenis’ demands for peace by choosing dialogue over destruction and cooperating with UN-led peace efforts. There is hard work ahead and the United States remains committed to supporting the people of Yemen’s aspirations for a more prosperous and stable future.",
        [], [('Yemen', False, '')],
        id='a-nations-people-is-not-its-government'),
    pytest.param(  # a title and a surname name the title's holder, not the family member named in
        # full ('President Biden' read as 'Hunter Biden'; 5 speakers so corrected on the
        # development and long items, 5 of 5 right after)
        'sd-310797',
        "Department Press Briefing – February 1, 2022\n\nMR PRICE: Good afternoon. Happy Tuesday. One item at the top, and then look forward to taking your questions.\n\nYesterday, on the occasion of His Highness the Amir of Qatar Sheikh Tamim bin Hamad Al Thani’s visit to Washington D.C., President Biden announced that he intends to designate Qatar as a Major Non-NATO Ally. The President’s decision is a symbol of the strong relationship and strategic partnership between our two countries.\n\nQUESTION: Yesterday The New York Times sued the State Department over some Freedom of Information requests that the State Department hasn’t been responding to. These are in relation to Romanian embassy emails sent between 2015 and 2019 that mention a number of international businesspeople, including the President’s son, Hunter Biden. Do you have any comment on that? Why is it taking so long to release these emails?",
        [('Joe Biden', False, 'he intends to designate Qatar')],
        [('Hunter Biden', False, '')],
        id='president-and-surname-is-the-president'),
    pytest.param(  # words only supposed: 'for Russia to say, “...”' (3 such statements removed on
        # the development and long items, all three supposed)
        'sd-253670',
        'Another way to push back—and not surprising in front of the meeting with President Biden that actions would be taken for Russia to say, “this is who we are, and you can’t push us around.” So, I fully expect that the President will raise our concerns about human rights and what Russia has done: poisoning Navalny, the horrendous killing that has taken place in the past is of enormous concern.',
        [], [('Russia', True, '')],
        id='for-x-to-say-is-supposed-not-said'),
    pytest.param(  # judged in the fourteenth blind check (wrong: 'might have said' supposes)
        'wh-47837',
        'MR. SINGH: Look, on your first question, we don’t usually engage in hypotheticals up here at this podium, but let’s play this out. Had we — had we unleashed our entire package of financial sanctions preemptively, I think a couple things might have happened.\n\nNumber one, President Putin might have said, “Look, these people are not serious about diplomacy. They’re not engaging in a good-faith effort to promote peace. Instead, they’re escalating.” And that could provide a justification',
        [], [('Vladimir Putin', True, ''), ('Putin', True, ''), ('If Putin', True, '')],
        id='might-have-said-is-supposed-not-said'),
    pytest.param(  # 'VA' is the Department of Veterans Affairs, not the Holy See's ISO code (3 such
        # speakers in the whole corpus; one judged wrong in the fourteenth blind check)
        'wh-50169',
        'In June, VA also announced that it is beginning the regulatory process to remove restrictions that prevent transgender veterans from accessing the gender-affirming care they need.',
        [('Department of Veterans Affairs', False, 'it is beginning the regulatory process')],
        [('Holy See', False, '')],
        id='va-is-veterans-affairs'),
    pytest.param(  # judged in the thirteenth blind check (wrong: the narration after 'said something')
        'wh-27069',
        'But the Taoiseach of Ireland — the Prime Minister of Ireland — said something just before I got sworn in that made a lot of sense. He said, “I think I’m — I’m not sure what America can do anymore. They can’t even deal with COVID. They can’t lead anymore.”',
        [], [('Taoiseach', False, 'just before I got sworn in')],
        id='said-something-is-not-what-was-said'),
    pytest.param(  # judged in the thirteenth blind check (partly: the narrator's 'as we ... offered')
        'wh-47449',
        'So the Russians have also said in recent days that they are prepared to engage in diplomacy as we and our allies have repeatedly offered. But every indication we now know is they mean only to engage in Potemkin diplomacy where they publicly offer to talk and make claims about de-escalation while privately mobilizing for war.',
        [('Russia', False, 'they are prepared to engage in diplomacy')],
        [('Russia', False, 'they are prepared to engage in diplomacy as we')],
        id='the-narrators-as-we-offered-is-not-theirs'),
    pytest.param(  # judged in the thirteenth blind check (partly: a quote cut at '— and')
        'wh-52302',
        'MS. PSAKI: I don’t have any predictions of exactly what President Putin or the Russian military will do by May 9th. But I think you saw a State — the State Department go out yesterday and make clear that we did assess that one of the considerations — and — and we have a valid reason to believe this, that would be straight out of Russia’s playbook — would be for them to organize sham referrals — referenda in Crimea, in Luhansk, in Donetsk, and in other places.',
        [], [('Department of State', False, 'we did assess that one of the considerations — and')],
        id='a-quote-cut-at-a-conjunction-is-none'),
    pytest.param(  # a passive speech verb's subject is who was told, not who told
        'sd-353941',
        'In 2016, on his third day of Foreign Service orientation as a DS Special Agent candidate, Mr. Walsh became physically paralyzed and was told he would never walk again. He resigned from the Foreign Service and immediately set about reinventing himself.',
        [], [('Walsh', False, '')],
        id='who-was-told-did-not-say-it'),
    pytest.param(  # the eleventh development review's items (a reporter's words as a statement)
        'sd-361464',
        'Department Press Briefing – July 20, 2022\n\nQUESTION: I’ve got a question about Syria. So today, this morning, the Turkish president said that American forces on the east of the Euphrates River should immediately withdraw from the area and that – and cross-border military operation is imminent and always on the agenda. Now, back in 2019, Americans and Turks kind of reached an agreement that the YPG forces in northern Syria would move 30 kilometers south of the border, and obviously that hasn’t happened in the past three years. So if the Turkish military was to launch another offensive, would you be supporting your NATO Ally, or what’s your position going to be on that?\n\nMR PRICE: We’ve made our position on this clear for some time ever since talk of this first began. We remain deeply concerned about discussions of potential increased military activity in northern Syria, and in particular the implications it would have for the civilian population there. We continue to support the maintenance of existing ceasefire lines. We condemn any escalation that would change that. It is crucial, we believe, for all sides to maintain and respect ceasefire zones, to enhance stability in Syria towards a political solution to this conflict. You raised the 2019 agreement. It is our expectation that Turkey live up to that joint statement, including the commitment it made to halt offensive operations in northeast Syria.\n\nAny new offensive would further undermine regional stability and put at risk U.S. forces and the coalition’s campaigns – campaign against ISIS. We have achieved tremendous progress, taking on the so-called caliphate that ISIS or Daesh has – had expanded in previous years. That would stand to be at risk. It would also stand to put at risk the broader political process that the United States – of which the United States is supportive, consistent with UN Security Council Resolution 2254.\n\nQUESTION: If I could follow up on that, so you said that you’re expecting the Turks to live up to that agreement. But the Turks are feeling a little bit let down by the Americans because, obviously, some of the conditions in that agreement did not come to fruition. So do you have any plans, if at all, to remove those Turkish concerns about how those YPG elements are still in that 30-kilometer zone in northern Syria?',
        [], [('Question', False, '')],
        id='a-reporters-so-you-said-is-no-statement'),
    pytest.param(  # judged in the eleventh blind check (partly: the country for the speaker)
        'sd-332131',
        'Briefing with Special Representative for the Democratic People’s Republic of Korea Sung Kim on Recent Developments in the DPRK and U.S. Efforts to Advance Denuclearization on the Korean Peninsula\n\nAMBASSADOR KIM: Great, thank you very much, Jalina. And thank – many thanks to all of you for joining us this morning. Let me start by saying a few words on where we are and where we are heading in our work on the DPRK, and then I’d be happy to take your questions.\n\nSince taking office, the Biden-Harris administration has made clear its priority to reduce the threat posed by the DPRK. We are determined to protect the security of the United States, along with that of our allies and partners in the region and beyond. We are of course closely following developments in the DPRK, and we maintain the ultimate goal of the complete denuclearization of the Korean Peninsula.\n\nWe know there are challenges, and these will not be easily resolved, but we remain fully committed to working closely with our allies and partners in a global effort to make progress toward this end goal. Our efforts involve both diplomatic outreach and threat reduction. And while it is clear the DPRK leadership is determined to advance its illegal weapons programs, we know that our efforts are constraining their progress. At the same time, we have not closed the door on diplomacy. We are committed to pursuing serious and sustained dialogue. As we have said many times, we are prepared to meet the DPRK without preconditions. But Pyongyang must make the choice to halt its destabilizing actions and instead choose engagement.\n\nThe U.S. Government at all levels has engaged vigorously on the DPRK with our allies and partners around the world. The Secretary, Deputy Secretary Sherman, and I have consulted regularly with our counterparts in the ROK and Japan bilaterally as well as trilaterally. We have repeatedly offered to meet the DPRK to discuss any and all issues, and yet the DPRK has declined our invitation to dialogue. Instead, they have initiated a series of missile tests that recently culminated in at least three ICBM launches. These actions pose a serious threat to regional stability.\n\nThe U.S. strongly condemns these tests, each of which was a blatant violation of multiple Security Council resolutions. These launches demonstrate the DPRK continues to prioritize its weapons of mass destruction and ballistic missile programs at the expense of regional and international security. This prioritization is also at the expense of the North Korean people. The government has chosen to deploy its limited resources to fund illegal weapons programs even as the humanitarian situation in the country has grown increasingly dire.',
        [('Sung Kim', True, 'The U.S. strongly condemns these tests')],
        [('United States', False, '')],
        id='a-turns-own-government-position-is-the-speakers'),
    pytest.param(  # judged in the eleventh blind check (partly: when it was said in the quote)
        'sd-319908',
        'As President Zelenskyy said after the assault, there was never a border between Kharkiv and its Russian sister city. The two cities are joined in the hearts of the Ukrainian and the Russian people living on either side.',
        [('Zelenskyy', False, 'there was never a border')], [('Zelenskyy', False, 'after the assault')],
        id='an-as-clauses-when-is-not-what-was-said'),
    pytest.param(
        'wh-57653',
        'As Randi said yesterday, teaching has become so much harder. But you don’t quit. You show up to work with a granola bar because you know someone may come to class hungry.',
        [('Randi', False, 'teaching has become so much harder')], [('Randi', False, 'yesterday')],
        id='an-as-clauses-yesterday-is-not-what-was-said'),
    pytest.param(  # judged in the eleventh blind check (partly: a claim cut to its quoted phrase)
        'wh-51977',
        'Russia has long claimed to be, quote, “the reliable source of energy” for the world. No matter what the differences are, their customers are always going to be — be in good shape.',
        [], [('Russia', True, 'the reliable source')],
        id='a-quoted-phrase-a-verb-takes-is-no-quotation'),
    pytest.param(  # judged in the twelfth blind check (wrong: a dialogue's name in quotation marks)
        'wh-53779',
        'President Yoon and President Biden commit to strengthening the ROK-U.S. alliance across all sectors of space cooperation. Building on the ROK’s previous commitment to participate in the Artemis program, the two Presidents agreed to foster joint research in space exploration and to support the ROK’s development of the Korean Positioning System (KPS). Both leaders agree to hold “the 3rd U.S.-ROK Civil Space Dialogue” by the end of the year, and to strengthen cooperation on the two countries space industries.',
        [], [('Joe Biden', True, ''), ('Yoon Suk Yeol', True, '')],
        id='a-quoted-name-is-no-quotation'),
    pytest.param(  # judged in the twelfth blind check (wrong: the President's claim of a party)
        'wh-23447',
        'Folks, Democrats and Republicans agree we can’t afford to lose this race.',
        [], [('Republicans', False, 'we can’t afford'), ('Democrats', False, 'we can’t afford')],
        id='a-party-at-large-is-no-speaker'),
    pytest.param(  # judged in the tenth blind check (partly: the first name 'Josep' only)
        'sd-312036',
        'Secretary Antony J. Blinken and European Union High Representative for Foreign Affairs and Security Policy and Vice President of the European Commission Josep Borrell at a Joint Press Availability\n\nAntony J. Blinken, Secretary of State\n\nJosep Borrell, European Union High Representative for Foreign Affairs and Security Policy and Vice President of the European Commission\n\nSECRETARY BLINKEN: We have to deal with the facts in the context of history and we have to deal with the facts in making sure that we are fully prepared, and the facts are, as Josep said, that we have seen over the last few months a massing of Russian forces on Ukraine’s borders.',
        [('Josep Borrell', False, 'we have seen over the last few months a massing')], [],
        id='a-first-name-the-model-took-for-an-organisation'),
    pytest.param(  # judged in the tenth blind check (wrong: the President's joke given to the
        'wh-57954',  # Department of Labor, from a transcript's note on his accent)
        'And my Department of Labor, led by a guy named Marty Walsh — (said in Boston accent) — '
        'he talks funny, but he’s a hell of a guy. (Applause.) But all kidding aside, Marty was a '
        'great mayor, and I know — I know he knows how to get a job done.',
        [], [('Department of Labor', False, 'he talks funny')],
        id='a-note-in-brackets-is-no-speech'),
    pytest.param(  # judged in the ninth blind check (wrong: every turn given to Jill Biden)
        'wh-52175',
        'Remarks by President Biden at the White House Correspondents’ Association Dinner\n\nWashington Hilton\n\nWashington, D.C.\n\n(April 30, 2022)\n\n10:07 P.M. EDT\n\nTHE PRESIDENT: Thank you. Thank you, thank you, thank you. Thank you, Steve, for that introduction. And a special thanks to the 42 percent of you who actually applauded. (Laughter.)\n\nI’m really excited to be here tonight with the only group of Americans with a lower approval rating than I have. (Laughter.) That’s hard to say after what we just saw. (Laughter.)\n\nThis is the first time a President attended this dinner in six years. (Applause.) It’s understandable. We had a horrible plague followed by two years of COVID. (Laughter and applause.)\n\nJust imagine if my predecessor came to this dinner this year. Now, that would really have been a real coup if that occurred. (Laughter.) A little tough, huh? (Laughter.)\n\nBut I’m honored to be here at such an event with so much history.\n\nAs already referenced, the very first President to attend the White House Correspondents’ Dinner was Calvin Coolidge in 1924. I had just been elected to the United States Senate. (Laughter.) And I reme- — I remember telling him, “Cal, just be yourself. Get up there and speak from the heart. You’re going to be great, kid. You’re going to do it well.” (Laughter.)\n\nOf course, Jill is with me tonight. Jilly, how are you, kid? (Applause.) I think — I think she’s doing an incredible job as First Lady. (Applause.) The First Lady to continue working full-time, and she does as a professor.\n\nShe doesn’t pay much attention to the polls, though she did say the other day: Instead of introducing myself as Jill Biden’s husband, maybe I should introduce myself as her roommate. (Laughter.)',
        [('Joe Biden', True, 'I’m really excited to be here tonight')],
        [('Jill Biden', True, 'I’m really excited to be here tonight')],
        id='the-presidents-turns-are-not-the-first-ladys'),
    pytest.param(  # judged in the eighth blind check (partly: 'condemned' left out of the quote)
        'sd-317645',
        'Deputy Secretary of State Wendy Sherman spoke this morning with French MFA Secretary '
        'General Francois Delattre, German MFA State Secretary Andreas Michaelis, Italian MFA '
        'Secretary General Ettore Sequi, and UK Minister of State for Europe and North America '
        'James Cleverly. Deputy Secretary Sherman and her counterparts firmly condemned Russia’s '
        'premeditated, unprovoked, and unjustified attack on Ukraine.',
        [('Wendy Sherman', False, 'condemned Russia’s premeditated')],
        [('Wendy Sherman', False, 'Russia’s premeditated')],
        id='a-stance-verb-stays-in-the-quote'),
    pytest.param(
        'sd-262140',
        'Secretary Blinken’s Call with Colombian Vice President and Foreign Minister Ramirez'
        '\n\nSecretary of State Antony J. Blinken spoke today with Colombian Vice President and'
        ' Foreign Minister Marta Lucia Ramirez. The Secretary reaffirmed the enduring '
        'partnership between our two countries. He emphasized the importance of defending and'
        ' advancing democracy in the region, particularly in Haiti, Nicaragua, Venezuela, and'
        ' Cuba. He reiterated our gratitude to the Government of Colombia for its model '
        'outreach to the Venezuelan migrant population. He expressed U.S. support for '
        'Colombia’s COVID-19 pandemic recovery, as underscored by our recent donation of 2.5 '
        'million doses of the Johnson & Johnson vaccine and 3.5 million doses of the Moderna '
        'vaccine to Colombia. He emphasized our shared commitment to expanding citizen '
        'security in the region, meeting our joint counter-narcotics goals, and listening to '
        'citizens’ concerns and addressing the root causes of recent protests. He affirmed '
        'our support for lasting peace in Colombia and inclusive economic growth as our '
        'hemisphere recovers.',
        [('Antony J. Blinken', False, 'the enduring partnership'),
         ('Antony J. Blinken', False, 'the importance of defending and advancing'),
         ('Antony J. Blinken', False, 'our gratitude to the Government of Colombia')],
        [('Marta Lucia Ramirez', False, '')], id='he-after-a-woman-is-the-principal'),
    pytest.param(
        'wh-57729',
        'Joint Statement Following Meeting Between President Biden and Egyptian President '
        'Abdel Fattah Al Sisi in Jeddah\n\nPresident Biden congratulated President Al Sisi for '
        'Egypt presiding over the 27th United Nations Climate Change Conference (COP 27) in '
        'Sharm El Sheikh in November 2022 and reaffirmed the United States’ commitment to a '
        'successful Conference. The United States welcomes Egypt’s leadership in accelerating'
        ' global ambition and action to tackle the climate crisis. President Biden welcomed '
        'Egypt’s submission of its updated nationally determined contribution (NDC). Both '
        'leaders emphasized their countries’ support for the Global Methane Pledge (GMP) and '
        'the new GMP Energy Pathway, which Egypt has joined with respect to the oil and gas '
        'sector. The two leaders reaffirmed the U.S. and Egypt’s new partnership on '
        'Adaptation in Africa, which the U.S. and Egypt will co-lead, focused on delivering '
        'concrete initiatives that will improve people’s lives and help build resilience to a'
        ' changing climate. The leaders committed to convene the Joint U.S.-Egypt Climate '
        'Working Group as soon as possible.',
        [('Joseph R. Biden', False, 'congratulated President Al Sisi for Egypt presiding'),
         ('Joseph R. Biden', False, 'welcomed Egypt’s submission of its updated')],
        [], id='congratulated-and-welcomed'),
    pytest.param(
        'sd-255598',
        'Secretary Blinken’s Meeting with Holy See Secretary of State Cardinal Parolin and '
        'Secretary for Relations with States Archbishop Gallagher\n\nOffice of the Spokesperson'
        '\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J.'
        ' Blinken met today with Holy See Secretary of State Cardinal Pietro Parolin and '
        'Secretary for Relations with States Archbishop Paul Gallagher in Vatican City. '
        'Secretary Blinken reaffirmed our shared efforts to promote religious freedom and '
        'combat human trafficking. The Secretary reiterated U.S. support for a return to '
        'democracy in Venezuela and our desire to help the Venezuelan people rebuild their '
        'country. The Secretary, the Cardinal, and the Archbishop discussed global issues '
        'including migration, climate change, and efforts to expand distribution of vaccines '
        'against COVID-19. They underscored the importance of addressing the challenges in '
        'Syria and Lebanon, as well as Ethiopia and Belarus. They also discussed human rights'
        ' and religious freedom in China.',
        [('Antony J. Blinken', False, 'U.S. support for a return to democracy'),
         ('Ned Price', False, 'Secretary of State Antony J. Blinken met')],
        [], id='the-secretary-reiterated'),
    pytest.param(
        'sd-359318',
        'Deputy Secretary Sherman’s Call with Australia Department of Foreign Affairs and '
        'Trade Secretary Jan Adams\n\nOffice of the Spokesperson\n\nThe below is attributable to '
        'Spokesperson Ned Price:\n\nDeputy Secretary of State Wendy Sherman spoke today with '
        'Australia Department of Foreign Affairs and Trade Secretary Jan Adams to '
        'congratulate her on her new role and to discuss close U.S.-Australian coordination '
        'around the world. The Deputy Secretary highlighted the important work of the Quad '
        'and conveyed her concerns about recent developments in the Indo-Pacific. Deputy '
        'Secretary Sherman and Secretary Adams also discussed the COVID-19 pandemic and '
        'opportunities to continue collaborating with partners and allies to advance peace '
        'and stability in the region.',
        [('Wendy Sherman', False, 'her concerns about recent developments')],
        [('Jan Adams', False, '')], id='the-deputy-secretary-conveyed'),
    pytest.param(
        'sd-323810',
        'Special Representative for the Democratic People’s Republic of Korea (DPRK) '
        'Ambassador Sung Kim’s Call with The People’s Republic of China (PRC) Special '
        'Representative on Korean Peninsula Affairs Ambassador Liu Xiaoming\n\nSpecial '
        'Representative Kim strongly condemned the launches, which violated multiple UN '
        'Security Council resolutions and present a serious threat to international peace and'
        ' security. He expressed concern that these launches demonstrate the DPRK’s '
        'determination to advance its unlawful weapons of mass destruction and ballistic '
        'missile programs and continue an increasingly escalatory path. Special '
        'Representative Kim emphasized that the PRC and United States share an interest in '
        'ensuring regional stability, and he called upon Beijing to join Washington in '
        'publicly condemning the DPRK’s missile launches. Special Representative Kim also '
        'encouraged the PRC to urge the DPRK to cease its destabilizing activity and return '
        'to dialogue. Special Representative Kim reiterated that the United States remains '
        'open to diplomacy with the DPRK to make progress toward our shared goal of the '
        'complete denuclearization of the Korean Peninsula.',
        [('Sung Kim', False, 'the PRC and United States share an interest'),
         ('Sung Kim', False, 'concern that these launches')],
        [], id='special-representative-and-he'),
    pytest.param(
        'wh-53825',
        'Readout of President Biden’s Call with Prime Minister-Designate Anthony Albanese\n\n'
        'President Biden spoke with Australian Prime Minister-Designate Anthony Albanese to '
        'congratulate him on his election as Australia’s 31st prime minister. President Biden'
        ' reaffirmed the United States’ steadfast commitment to the U.S-Australia alliance '
        'and his intent to work closely with the new government to make it stronger still. '
        'President Biden expressed deep appreciation for the Prime Minister-Designate’s own '
        'early commitment to the alliance, reflected in his decision to travel almost '
        'immediately to Tokyo to attend the Quad Summit—a vital opportunity to exchange views'
        ' and continue to drive practical cooperation in the Indo-Pacific. President Biden '
        'looks forward to a close partnership between our administrations that will benefit '
        'the American people, the Australian people, and the world, starting with '
        'consequential meetings in Japan this week.',
        [('Biden', False, 'the United States’ steadfast commitment'),
         ('Biden', False, 'deep appreciation for the Prime Minister')],
        [('Anthony Albanese', False, '')], id='readout-of-a-call'),
    pytest.param(
        'sd-331956',
        'Secretary Blinken’s Meeting with Belgian Foreign Minister Wilmès\n\nOffice of the '
        'Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of '
        'State Antony J. Blinken met today with Belgian Foreign Minister Sophie Wilmès in '
        'Brussels. Secretary Blinken and Foreign Minister Wilmès condemned the atrocities '
        'committed by President Putin’s forces in Bucha and elsewhere in Ukraine and '
        'reaffirmed the U.S. and Belgian commitment to Ukraine’s sovereignty, independence, '
        'and territorial integrity. They noted that, together with other Allies and partners,'
        ' we will continue to impose severe sanctions on the Kremlin for as long as it '
        'carries out its brutal and unprovoked war in Ukraine. The Secretary also expressed '
        'support for Belgium’s investment screening to protect national security interests.',
        [('Antony J. Blinken', False, 'condemned the atrocities committed'),
         ('Sophie Wilmès', False, 'condemned the atrocities committed'),
         ('Antony J. Blinken', False, 'support for Belgium’s investment screening')],
        [], id='coordinated-speakers-and-the-secretary'),
    pytest.param(
        'wh-51347',
        'FACT SHEET: This Tax Day, the President Is Fighting to Reward Work, Not Wealth, '
        'While Republicans Want to Increase Taxes on the Middle Class\n\nIn recent years, both '
        'billionaires and the largest corporations have paid an average tax rate of just 8 '
        'percent. That’s less than what a teacher and firefighter can pay. The President’s '
        'plan would fix that, and give middle-class families the tax relief they deserve.\n\n'
        'President Biden is calling on Congress to pass legislation requiring the wealthiest '
        'American households to pay a minimum of 20 percent on all of their income, including'
        ' unrealized investment income that currently is untaxed. The richest Americans could'
        ' no longer do what they can now—and often pay no tax whatsoever or very little tax '
        'on their income and too often escape paying income tax forever. The tax will apply '
        'only to the top one-one hundredth of one percent (0.01%) of American households — '
        'those worth over $100 million, and over half of hundreds of billions raised would '
        'come from households worth more than $1 billion.',
        [('Biden', False, 'Congress to pass legislation')],
        [], id='calling-on-congress'),
    pytest.param(
        'wh-51623',
        'Readout of Senior Administration Travel to Hawaii, Fiji, Papua New Guinea, and '
        'Solomon Islands\n\nIf steps are taken to establish a de facto permanent military '
        'presence, power-projection capabilities, or a military installation, the delegation '
        'noted that the United States would then have significant concerns and respond '
        'accordingly. In response to these enumerated concerns, Prime Minister Sogavare '
        'reiterated his specific assurances that there would be no military base, no '
        'long-term presence, and no power projection capability, as he has said publicly. The'
        ' United States emphasized that it will follow developments closely in consultation '
        'with regional partners.',
        [('Manasseh Sogavare', False, 'his specific assurances')],
        [], id='foreign-leader-reiterated'),
    pytest.param(
        'sd-258102',
        'Secretary Blinken’s Call with Kuwaiti Foreign Minister Al-Sabah\n\nOffice of the '
        'Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of '
        'State Antony J. Blinken spoke today with Kuwaiti Foreign Minister Sheikh Ahmad '
        'Nasser Al-Mohammad Al-Sabah. The Secretary and Foreign Minister discussed regional '
        'security and other issues important to the bilateral relationship. Secretary Blinken'
        ' thanked the Foreign Minister for Kuwait’s generous support to COVAX and underscored'
        ' the importance of the strong partnership with Kuwait.',
        [('Antony J. Blinken', False, 'the importance of the strong partnership')],
        [], id='underscored-after-thanked'),
    pytest.param(
        'sd-345674',
        'Deputy Secretary Sherman’s Call with Republic of Korea First Vice Foreign Minister '
        'Cho\n\nDeputy Secretary of State Wendy Sherman and Republic of Korea (ROK) First Vice '
        'Foreign Minister Cho Hyun-dong held an introductory call today to discuss the '
        'strength of the U.S.-ROK Alliance and opportunities to deepen U.S.-ROK partnership '
        'across a broad range of global issues. The Deputy Secretary congratulated Vice '
        'Foreign Minister Cho for his appointment as First Vice Foreign Minister and stressed'
        ' her desire to work closely to address the most pressing 21st century challenges, '
        'including the climate crisis, COVID-19 pandemic response, supply chain resilience, '
        'and economic security. The Deputy Secretary thanked Vice Foreign Minister Cho for '
        'their shared commitment to pursuing the complete denuclearization of the Korean '
        'Peninsula and affirmed the importance of unified action to hold Russia accountable '
        'for its unprovoked and brutal war against Ukraine. The Deputy Secretary also '
        'emphasized her commitment to close trilateral cooperation between the United States,'
        ' the ROK, and Japan to promote a peaceful, prosperous, and secure Indo-Pacific.',
        [('Wendy Sherman', False, 'her desire to work closely'),
         ('Wendy Sherman', False, 'her commitment to close trilateral')],
        [], id='stressed-her-desire'),
    pytest.param(
        'sd-333825',
        'Deputy Secretary Sherman’s Call with Australian DFAT Secretary Kathryn Campbell\n\n'
        'Deputy Secretary of State Wendy Sherman spoke today with Australian Department of '
        'Foreign Affairs and Trade Secretary Kathryn Campbell to discuss actions allies and '
        'partners are taking to hold Russian President Vladimir Putin and his enablers to '
        'account for the unprovoked and brutal war against Ukraine, as well as ongoing '
        'efforts to provide support to Ukraine. They condemned the horrific atrocities '
        'committed by members of Russia’s forces and expressed resolve to ensure those '
        'responsible are held accountable. Both welcomed the recent AUKUS Leaders’ Statement '
        'and the continued close cooperation the partnership represents. The Deputy Secretary'
        ' highlighted her concern about recent developments in the Indo-Pacific and discussed'
        ' opportunities to continue collaborating with partners and allies to advance peace '
        'and stability in the region, including in the Taiwan Strait.',
        [('Wendy Sherman', False, 'her concern about recent developments')],
        [], id='highlighted-her-concern'),
    pytest.param(
        'sd-343825',
        'The Deputy Secretary’s Meeting with NUG Representatives\n\nDeputy Secretary Sherman '
        'met today in Washington with NUG representatives, including Zin Mar Aung. The Deputy'
        ' Secretary underscored robust U.S. support for the people of Burma in the face of '
        'the regime’s brutal crackdown and pledged to continue providing support to all those'
        ' working peacefully toward the restoration of Burma’s path to inclusive democracy. '
        'Noting the many Southeast Asian leaders in Washington for the U.S.-ASEAN Special '
        'Summit, the Deputy Secretary highlighted that the United States would continue to '
        'work closely with ASEAN and other partners in pressing for a just and peaceful '
        'resolution to the crisis in Burma. They also condemned the escalating regime '
        'violence that has led to a humanitarian crisis and called for unhindered '
        'humanitarian access to assist all those in need in Burma. The Deputy Secretary '
        'thanked Zin Mar Aung for her courage and dedication to the people of Burma and '
        'offered U.S. support for an inclusive, peaceful, and prosperous democracy for all.',
        [('Sherman', False, 'the United States would continue to work closely')],
        [('Zin Mar Aung', False, 'U.S. support')], id='the-deputy-secretary-of-a-headline-without-name'),
    pytest.param(
        'wh-46773',
        'Readout of President Joseph R. Biden, Jr.’s Call with Prime Minister Naftali Bennett'
        ' of Israel\n\nPresident Joseph R. Biden, Jr. spoke today with Prime Minister Naftali '
        'Bennett of Israel to reaffirm the warm and historic partnership between the United '
        'States and Israel. The leaders discussed the shared security and other challenges in'
        ' the Middle East region, including the threat posed by Iran and its proxies. The '
        'President underscored his commitment to expanding stability and partnerships across '
        'the Middle East region, as exemplified by the Abraham Accords, together with '
        'Israelis and Palestinians enjoying equal measures of security, freedom, and '
        'prosperity. They discussed the recent U.S. operation against the ISIS leader in '
        'northwestern Syria and the ongoing U.S. commitment to protect the American people '
        'and support the defense of its partners across the Middle East region. President '
        'Biden conveyed his unwavering support for Israel’s security and freedom of action, '
        'emphasizing his administration’s full support for replenishing Israel’s Iron Dome '
        'system. The two leaders also discussed global challenges outside of the Middle East '
        'region, including the potential of further Russian aggression against Ukraine. The '
        'President thanked the Prime Minister for his invitation to visit Israel and said he '
        'looks forward to a visit later this year. They agreed that their teams would remain '
        'in close consultation.',
        [('Joseph R. Biden', False, 'his unwavering support for Israel'),
         ('Joseph R. Biden', False, 'he looks forward to a visit')],
        [('Naftali Bennett', False, '')], id='the-president-is-the-principal'),
    pytest.param(
        'wh-50148',
        'Readout of President Biden’s Call with Prime Minister Naftali Bennett of Israel\n\n'
        'President Joseph R. Biden, Jr. spoke today with Prime Minister Naftali Bennett of '
        'Israel to express his deepest condolences following the horrific terrorist attacks '
        'that have killed 11 people in three Israeli cities. The President emphasized that '
        'the United States stands firmly and resolutely with Israel in the face of this '
        'terrorist threat and all threats to the state of Israel. The leaders discussed the '
        'importance of regional partnerships, as exemplified by the Abraham Accords and the '
        'Negev Summit, in promoting security and improving the lives of people across the '
        'Middle East. The President offered all appropriate assistance to our Israeli allies '
        'as they confront threats to their citizens.',
        [('Joseph R. Biden', False, 'the United States stands firmly')],
        [('Naftali Bennett', False, 'his deepest condolences'),
         ('Joseph R. Biden', False, 'all appropriate assistance')], id='offered-assistance-is-not-speech'),
    pytest.param(
        'wh-58039',
        'Readout of Vice President Kamala Harris’s Meeting with North Carolina State '
        'Legislators on Reproductive Rights\n\nThe Vice President shared actions the '
        'Administration is taking on a national level in response to the Supreme Court '
        'overturning Roe v. Wade, including protecting access to abortion medication, '
        'defending the Constitutional right to travel, and addressing patient privacy. The '
        'Vice President encouraged the state legislators to keep defending the rights of '
        'women in North Carolina and said she looks forward to continuing to fight alongside '
        'them to protect the people of our nation.',
        [('Kamala Harris', False, 'encouraged the state legislators to keep defending'),
         ('Kamala Harris', False, 'she looks forward')],
        [('Kamala Harris', False, 'actions the Administration')], id='encouraged-and-said-she'),
    pytest.param(
        'wh-56291',
        'Readout of President Biden’s Meeting with Chancellor Olaf Scholz of Germany\n\n'
        'President Joseph R. Biden, Jr. met today with Chancellor Olaf Scholz of Germany '
        'ahead of the G7 Leaders’ Summit. President Biden expressed appreciation for the '
        'Chancellor’s leadership of the G7, and the importance of coordinating responses to '
        'Russia’s further invasion of Ukraine, climate, and economic and democratic '
        'resilience. The leaders underlined their commitment to Ukraine’s sovereignty and '
        'territorial integrity, as well as their continued provision of military, economic, '
        'humanitarian, and diplomatic support to help Ukraine defend its democracy against '
        'Russian aggression. The leaders also discussed efforts to alleviate the impacts of '
        'Russia’s war in Ukraine on global food and energy security. The President welcomed '
        'Germany’s historic commitment to significantly boost defense spending and meet its '
        'NATO commitments, which will strengthen the Alliance’s long-term deterrence and '
        'defense posture. Finally, the leaders also discussed the challenges posed by China '
        'and our shared commitment to provide transparent and high-standard solutions to '
        'address global gaps in key infrastructure.',
        [('Joseph R. Biden', False, 'welcomed Germany’s historic commitment')],
        [], id='the-president-welcomed'),
    pytest.param(
        'wh-21201',
        'Statement From Senior Advisor and Chief Spokesperson Symone Sanders on Vice '
        'President Kamala Harris’s Meeting With Immigrant Women Who Work in the Care Economy'
        '\n\nThe Vice President heard directly from two DACA recipients, Scarleth Herrera Lopez'
        ' and Gloria Elizabeth Blanco; two Temporary Protected Status (TPS) recipients, '
        'Melissa Larette and Rukmani Bhattari Adhikari; and two green card holders, Yaquelin '
        'Lopez Chavez and Gilda Blanco. The women told the Vice President about the '
        'challenges they face on the frontlines during the pandemic, and how they and their '
        'loved ones have experienced the U.S. immigration system. The Vice President thanked '
        'the women for the critically important work they do, for their courage, and for '
        'sharing their personal stories with her and the group.',
        [('Kamala Harris', False, 'thanked the women for the critically important work')],
        [('Symone Sanders', False, 'the women')], id='statement-by-spokesperson-about-the-vice-president'),
    pytest.param(
        'sd-327928',
        'Deputy Secretary Sherman’s Call with Republic of Korea First Vice Foreign Minister '
        'Choi and Japanese Vice Foreign Minister Mori\n\nDeputy Secretary of State Wendy '
        'Sherman spoke today with Republic of Korea (ROK) First Vice Foreign Minister Choi '
        'Jong Kun and Japanese Vice Foreign Minister Mori Takeo about continued trilateral '
        'U.S.-ROK-Japan cooperation regarding the Democratic People’s Republic of Korea’s '
        '(DPRK) March 24 intercontinental ballistic missile launch, which was a clear '
        'violation of multiple United Nation Security Council resolutions. Deputy Secretary '
        'Sherman and her counterparts jointly condemned the DPRK’s increasingly escalatory '
        'launches and called on the DPRK to stop its destabilizing actions and return to '
        'diplomacy. The Deputy Secretary also reaffirmed the ironclad U.S. commitment to the '
        'defense of the ROK and Japan. Deputy Secretary Sherman stressed the importance of '
        'close coordination with our allies and partners to address the threats posed by the '
        'DPRK and to advance our shared objective of the complete denuclearization of the '
        'Korean Peninsula.',
        [('Wendy Sherman', False, 'the DPRK to stop its destabilizing'),
         ('Wendy Sherman', False, 'the ironclad U.S. commitment')],
        [], id='called-on'),
    pytest.param(
        'sd-346147',
        'Deputy Secretary Sherman’s Meeting with Zambian Foreign Minister Kakubo\n\nOffice of '
        'the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nDeputy '
        'Secretary Wendy Sherman met today in Washington with a Zambian government delegation'
        ' that included Foreign Minister Stanley Kakubo, Secretary of the Treasury Felix '
        'Nkulukusa, and interim National Security Advisor Lawrence Mwananyanda. The Deputy '
        'Secretary thanked Zambia for its unwavering support against the war on Ukraine, '
        'including at the United Nations and other multilateral institutions, and expressed '
        'support for Zambia’s political and economic renewal, including ongoing multilateral '
        'efforts to restructure Zambia’s external debt. The officials discussed the strong '
        'U.S.-Zambia partnership and opportunities to strengthen the trade and investment '
        'relationship, based on mutual prosperity for both countries.',
        [('Wendy Sherman', False, 'thanked Zambia for its unwavering support'),
         ('Wendy Sherman', False, 'support for Zambia’s political')],
        [], id='thanked-a-country'),
    pytest.param(
        'sd-363845',
        'Deputy Secretary Sherman’s Meeting with Israeli Minister for Public Security Bar Lev'
        '\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\n'
        'Deputy Secretary of State Wendy Sherman met with Israeli Minister for Public '
        'Security Omer Bar Lev yesterday in Washington to discuss the U.S.-Israel '
        'relationship. The Deputy Secretary conveyed condolences for the terrorist attacks '
        'that claimed the lives of Israelis earlier this year and underscored the United '
        'States’ unwavering commitment to Israel’s security. They also discussed efforts to '
        'ensure all Palestinians and Israelis live safely and securely with equal measures of'
        ' freedom, dignity, and prosperity. The Deputy Secretary also raised the tragic death'
        ' of Palestinian-American reporter Shireen Abu Akleh and the need for accountability.',
        [('Wendy Sherman', False, 'condolences for the terrorist attacks')],
        [], id='conveyed-condolences'),
    pytest.param(
        'sd-327350',
        'Secretary Blinken’s Call with South African Foreign Minister Pandor\n\nOffice of the '
        'Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\nSecretary of'
        ' State Antony J. Blinken spoke with South African Minister of International '
        'Relations and Cooperation Naledi Pandor about the ongoing humanitarian crisis in '
        'Ukraine and the negative ripple effects it is already causing to food security and '
        'prices for essential commodities in Africa. The Secretary underscored U.S. views on '
        'the need for a clear, unified international response to President Putin’s invasion '
        'to put a swift end to this crisis.',
        [('Antony J. Blinken', False, 'U.S. views on the need')],
        [('Naledi Pandor', False, '')], id='underscored-views'),
    pytest.param(
        'sd-345184',
        'Secretary Blinken’s Meeting with Yemen Foreign Minister Bin Mubarak\n\nSecretary of '
        'State Antony J. Blinken met today with Yemeni Foreign Minister Ahmed bin Mubarak and'
        ' reiterated the United States’ commitment to support the end of the conflict in '
        'Yemen, and a stable, safe, and prosperous future for Yemenis. The Secretary thanked '
        'the Foreign Minister for his efforts and those of his government in facilitating the'
        ' first commercial flight from Sana’a since 2016 on May 16. The Government of Yemen’s'
        ' agreement to allow these flights to proceed to Amman brings much needed relief to '
        'the Yemeni people. Secretary Blinken discussed U.S. support for securing and '
        'building on the UN-negotiated truce to achieve a comprehensive ceasefire and an '
        'inclusive political process that empowers Yemenis to determine their own future. The'
        ' Secretary specifically noted the importance of ensuring the freedom of movement of '
        'people and goods through contested areas, like the city of Taiz, Yemen’s third '
        'largest city, where hundreds of thousands of Yemenis are suffering under siege-like '
        'conditions and bearing the brunt of the humanitarian crisis. Secretary Blinken '
        'expressed U.S. support for the Presidential Leadership Council and called it a '
        'valuable opportunity for broader representation of Yemenis. He noted with '
        'appreciation the Council’s expressed commitment to peace efforts and to improving '
        'basic services and economic stability for millions of Yemenis.',
        [('Antony J. Blinken', False, 'the importance of ensuring the freedom'),
         ('Antony J. Blinken', False, 'U.S. support for the Presidential Leadership Council')],
        [], id='specifically-noted'),
    pytest.param(
        'sd-353179',
        'Deputy Secretary Sherman’s Meeting with Latvian Foreign Minister Rinkevics\n\nOffice '
        'of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\n'
        'Deputy Secretary of State Wendy R. Sherman met today with Latvian Foreign Minister '
        'Edgars Rinkevics in Washington, D.C., to discuss NATO force posture, energy '
        'security, and Allied support for Ukraine. Deputy Secretary Sherman emphasized the '
        'U.S. ironclad commitment to the defense of its Baltic Allies. Deputy Secretary '
        'Sherman and Rinkevics discussed cooperation on the global food security crisis '
        'caused by Russia’s invasion of Ukraine. The Deputy Secretary also thanked Latvia for'
        ' its leadership of the Three Seas Initiative over the past year and expressed her '
        'hope for a successful June 20-21 Three Seas Summit in Riga.',
        [('Wendy R. Sherman', False, 'her hope for a successful')],
        [('Edgars Rinkevics', False, '')], id='expressed-her-hope'),
    pytest.param(
        'sd-334884',
        'U.S. Special Envoy for Yemen Lenderking Concludes Regional Trip\n\nOffice of the '
        'Spokesperson\n\nAt the end of a three-week trip to Saudi Arabia, Jordan, the United '
        'Arab Emirates, Kuwait, and Qatar by U.S. Special Envoy for Yemen Tim Lenderking, we '
        'have seen U.S. diplomatic efforts yield tangible results that improve the lives of '
        'Yemenis and advance peace. The United States supported the UN’s efforts to secure a '
        'two-month truce, which began on April 2 and provides immediate relief to Yemenis by '
        'easing the movement of people and goods, including fuel. In Special Envoy '
        'Lenderking’s subsequent engagements, he has urged the parties to adhere to the UN '
        'truce terms to pave the way for a viable, durable resolution to the conflict.',
        [('Tim Lenderking', False, 'urged the parties to adhere')],
        [], id='he-is-the-envoy-of-the-headline'),
    pytest.param(
        'sd-354215',
        'Secretary Blinken’s Call with Families of U.S. Nationals Held Hostage or Wrongfully '
        'Detained Abroad\n\nOffice of the Spokesperson\n\nThe following is attributable to '
        'Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke today with '
        'families of U.S. nationals held hostage or wrongfully detained abroad. Secretary '
        'Blinken affirmed that working to bring their loved ones home is something he is '
        'personally focused on, and he has no higher priority as Secretary of State.\u202f He '
        'reiterated that it is vital for the Department to continue to partner with families '
        'through regular and transparent communication.\u202fThe Secretary relayed to the families'
        ' that President Biden is aware of each of their loved ones’ cases and is committed '
        'to bringing all U.S. nationals held hostage or wrongfully detained home.',
        [('Antony J. Blinken', False, 'it is vital for the Department')],
        [], id='he-reiterated-that'),
    pytest.param(
        'sd-313467',
        'Secretary Blinken’s Meeting with Australian Foreign Minister Payne\n\nThey noted '
        'ongoing efforts to deepen economic relations in the region and reiterated the '
        'importance of peace and stability across the Taiwan Strait. The leaders discussed '
        'our partnerships throughout the Pacific Islands, including our shared determination '
        'to counter collective challenges, including COVID-19, climate change, and illegal, '
        'unreported, and unregulated fishing. The Secretary noted his upcoming travel to Fiji'
        ' and engagement there with Pacific Island leaders. The Secretary and Foreign '
        'Minister reviewed our collective efforts to support the Kingdom of Tonga following '
        'the recent Hunga Tonga-Hunga Ha’apai volcanic eruptions, ashfall, and tsunami. They '
        'also recognized the resilience of the Tongan people in the face of this disaster.\n\n'
        'The Secretary noted that he looks forward to returning to Australia this year for '
        'the 32nd Australia-United States Ministerial (AUSMIN) consultations.',
        [('Antony J. Blinken', False, 'he looks forward to returning')],
        [('Antony J. Blinken', False, 'the resilience of the Tongan people')], id='recognized-is-not-speech'),
    pytest.param(
        'wh-52263',
        'Statement by Press Secretary Jen Psaki on President Biden’s Meeting with Marc and '
        'Debra Tice\n\nPresident Biden met today with Marc and Debra Tice, the parents of '
        'Austin Tice, who has spent almost a decade in captivity in Syria. During their '
        'meeting, the President reiterated his commitment to continue to work through all '
        'available avenues to secure Austin’s long overdue return to his family. The '
        'President further emphasized that his Administration will work relentlessly until '
        'Austin and other Americans held hostage and wrongfully detained worldwide are safely'
        ' at home with their loved ones.',
        [('Biden', False, 'his Administration will work relentlessly')],
        [('Jen Psaki', False, 'his Administration')], id='statement-by-press-secretary-on-the-president'),
    pytest.param(
        'wh-46323',
        'Readout of the President’s Meeting with Senate Judiciary Committee Chair Durbin and '
        'Ranking Member Grassley\n\nPresident Biden hosted Senate Judiciary Chair Dick Durbin '
        'and Ranking Member Chuck Grassley in the Oval Office this afternoon to hear their '
        'perspectives and advice about the historic nomination to the Supreme Court he will '
        'make later this month.\n\nThe President reiterated his commitment to being advised by '
        'senators from each party during this process before seeking bipartisan support for '
        'his nominee. He also expressed his appreciation to Senator Durbin and Senator '
        'Grassley for their insights and recommendations about how to move forward.',
        [('Biden', False, 'his commitment to being advised'),
         ('Biden', False, 'his appreciation to Senator Durbin')],
        [('Chuck Grassley', False, ''),
         ('Dick Durbin', False, '')], id='he-is-the-president-not-the-last-senator'),
    pytest.param(
        'wh-21121',
        'Readout of President Biden’s Meeting with President Guy Parmelin and Foreign '
        'Minister Ignazio Cassis of Switzerland\n\nPresident Joseph R. Biden, Jr. met today '
        'with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland. '
        'President Biden thanked President Parmelin for hosting the U.S.-Russia Summit in '
        'Geneva on June 16, and he expressed appreciation for Switzerland’s unique historical'
        ' role providing a neutral ground for diplomacy and negotiations. The leaders '
        'discussed the strong U.S.-Switzerland commercial, science and education, and '
        'security relationships. President Biden thanked Switzerland for its 40 years of '
        'service as the U.S. Protecting Power in Iran. He also welcomed Switzerland’s '
        'contribution to the global COVID-19 pandemic response including by hosting the Gavi '
        'vaccine alliance secretariat and its contributions to COVAX to facilitate equitable '
        'access and distribution of safe and effective COVID-19 vaccines.',
        [('Joseph R. Biden', False, 'appreciation for Switzerland’s unique'),
         ('Joseph R. Biden', False, 'welcomed Switzerland’s contribution')],
        [], id='he-also-welcomed'),
    pytest.param(
        'wh-56417',
        'Joint Declaration Between the Kingdom of Spain and the United States of America\n\n1. '
        'Spain and the United States condemn Russia’s unjustified and unprovoked war of '
        'choice against Ukraine, which has fundamentally altered the global strategic '
        'environment. This aggression constitutes the most direct threat to transatlantic '
        'security and global stability since the end of the Cold War. Russia’s actions also '
        'threaten the food security of some of the most vulnerable people around the world. '
        'Spain and the United States intend to continue working together, along and with '
        'other partners and allies, including the rest of the EU and the G7, to support the '
        'government and the people of Ukraine and to hold Russia accountable for its '
        'violations of Ukraine’s sovereignty and territorial integrity, including gross '
        'violations of international law by targeting civilians with violence, and '
        'conflict-related sexual violence. Spain and the United States also reiterate their '
        'strong support for Ukraine’s determination to choose its own future.',
        [('United States', False, 'their strong support for Ukraine’s determination'),
         ('Spain', False, 'their strong support for Ukraine’s determination')],
        [], id='joint-declaration-countries'),
    pytest.param(
        'sd-349934',
        'Counselor Chollet’s Travel to Thailand, Singapore, and Brunei\n\nOffice of the '
        'Spokesperson\n\nU.S. Department of State Counselor Derek Chollet will travel to '
        'Thailand, Singapore, and Brunei June 7-14. At each stop, he will follow up on the '
        'outcomes of last month’s U.S.-ASEAN Special Summit in Washington, DC and reaffirm '
        'the commitment of the United States to work with allies and partners to restore '
        'Burma’s path to democracy.',
        [],
        [('Derek Chollet', False, '')], id='will-reaffirm-is-not-yet-said'),
    pytest.param(
        'sd-265750',
        'Secretary Blinken’s Meeting with Palauan President Whipps, Jr.\n\nThe below is '
        'attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken met '
        'with Palauan President Surangel Whipps, Jr. today in Washington, D.C. Secretary '
        'Blinken and President Whipps discussed U.S.-Palau cooperation, building back better '
        'from the COVID-19 pandemic, and setting an ambitious agenda to combat climate '
        'change. The Secretary and the President also reiterated the importance of advancing '
        'negotiations related to the U.S.-Palau Compact Review and working with partners for '
        'a free and open Indo-Pacific.',
        [('Antony J. Blinken', False, 'the importance of advancing negotiations'),
         ('Surangel Whipps', False, 'the importance of advancing negotiations')],
        [], id='the-secretary-and-the-president'),
    pytest.param(
        'sd-260279',
        'Secretary Blinken’s Meeting with Chilean Foreign Minister Allamand\n\nOffice of the '
        'Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of '
        'State Antony J. Blinken met with Chilean Foreign Minister Andres Allamand in '
        'Washington, D.C. Secretary Blinken and Foreign Minister Allamand discussed ongoing '
        'collaboration between the United States and Chile to combat COVID-19, advance '
        'economic ties, and expand environmental cooperation, noting Chile’s impressive track'
        ' record as a strong advocate of environmental justice and climate action.\n\nThe '
        'Secretary and the Foreign Minister also stressed that bilateral and regional '
        'cooperation is essential to addressing the Hemisphere’s shared challenges and '
        'promoting democracy in the region.',
        [('Antony J. Blinken', False, 'bilateral and regional cooperation is essential'),
         ('Andres Allamand', False, 'bilateral and regional cooperation')],
        [], id='stressed-that-two-speakers'),
    pytest.param(
        'wh-19797',
        'Statement by Press Secretary Jen Psaki on the President’s Calls with Senator Shelley'
        ' Moore Capito and House Transportation and Infrastructure Chairman Peter DeFazio\n\n'
        'The President spoke to Senator Shelley Moore Capito and Chairman Peter DeFazio '
        'today.\n\nSenator Capito conveyed to the President a new offer from her group which '
        'consisted of an about $50 billion increase in spending across a number of '
        'infrastructure programs. The President expressed his gratitude for her effort and '
        'goodwill, but also indicated that the current offer did not meet his objectives to '
        'grow the economy, tackle the climate crisis, and create new jobs. He indicated to '
        'Senator Capito that he would continue to engage a number of Senators in both parties'
        ' in the hopes of achieving a more substantial package. They agreed to speak again on'
        ' Monday.',
        [('Shelley Moore Capito', False, 'a new offer from her group')],
        [('Peter DeFazio', False, ''),
         ('Shelley Moore Capito', False, 'he would continue')], id='he-is-not-the-woman-or-the-chairman-named-last'),
    pytest.param(
        'sd-311569',
        'Secretary Blinken’s Meeting with Polish Foreign Minister Rau\n\nSecretary of State '
        'Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau in Washington,'
        ' D.C., as part of the U.S.-Poland Strategic Dialogue. Secretary Blinken and Foreign '
        'Minister Rau discussed collective security and regional issues, including the shared'
        ' commitment to Ukraine’s sovereignty and territorial integrity in the face of '
        'Russia’s unprovoked military buildup. The Secretary emphasized the importance of the'
        ' bilateral relationship and thanked Poland for its leadership on NATO’s Eastern '
        'Flank and as OSCE Chair for 2022. The Secretary and the Foreign Minister also '
        'discussed bilateral engagement on economic prosperity, clean energy diversification,'
        ' and shared democratic values. The Secretary welcomed Polish President Duda’s '
        'February 3 action to dismantle Poland’s Disciplinary Chamber of the Supreme Court, a'
        ' move that demonstrates his leadership and commitment to the rule of law and '
        'Poland’s relations within the EU.',
        [('Antony J. Blinken', False, 'welcomed Polish President Duda’s February 3 action')],
        [('Andrzej Duda', False, '')], id='the-secretary-welcomed'),
    pytest.param(
        'sd-318815',
        'Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba\n\nOffice of the '
        'Spokesperson\n\nThe below is attributable to Spokesperson Ned Price:\n\nSecretary of '
        'State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to'
        ' offer support and condemn reports of Russia’s attacks on Ukrainian cities and '
        'mounting civilian deaths.\u202f The Secretary emphasized that the United States and its '
        'allies and partners are united and resolved to stand with Ukraine and hold the '
        'Russian government accountable for its war of choice.\u202f The Secretary offered '
        'steadfast solidarity with the Ukrainian people, who are bravely resisting and '
        'repelling a brutal, premeditated, and unprovoked Russian invasion.',
        [('Antony J. Blinken', False, 'the United States and its allies and partners are united')],
        [('Dmytro Kuleba', False, '')], id='emphasized-that'),
    pytest.param(
        'wh-25751',
        'Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake '
        'Sullivan’s Meeting with Foreign Minister Retno Marsudi of Indonesia\n\nOn COVID-19, '
        'they discussed the surge of cases in Indonesia and Mr. Sullivan underscored that his'
        ' thoughts are with all those affected and that the United States will continue to '
        'stand shoulder-to-shoulder with the Indonesian people and support them as they '
        'battle the pandemic. He noted that the new $30 million in U.S. assistance will '
        'support additional oxygen and medical supplies to treat COVID-19 patients and '
        'enhance Indonesia’s ability to get shots into arms by supporting cold chain vaccine '
        'distribution, facilities readiness, and other measures. They discussed U.S. efforts '
        'to serve as an arsenal of vaccines for the world and our singular focus on saving '
        'lives, and they welcomed the August 1 arrival of an additional 3.5 million '
        'U.S.-donated Moderna vaccine doses to Indonesia through COVAX, bringing the total to'
        ' 8 million doses donated by the United States to Indonesia thus far. They also '
        'discussed the Defense Department’s donation of PPE to the Indonesian armed forces '
        'for distribution to the civilian medical system as part of the ongoing Garuda Shield'
        ' exercise. Finally, they discussed Indonesia’s continued leadership in advancing '
        'global health security and agreed on the need to create sustainable global health '
        'partnerships to prepare for future biological threats.',
        [],
        [('Covid-19', False, '')], id='no-virus-as-speaker'),
    pytest.param(
        'sd-364440',
        'The Nuclear Non-Proliferation Review Conference\n\nThe NPT is the cornerstone of the '
        'nuclear nonproliferation regime and the basis for international cooperation to '
        'prevent the spread of nuclear weapons and work toward their elimination. The United '
        'States remains committed to leading the way on arms control and addressing complex '
        'global security challenges. As President Biden said, the United States is “committed'
        ' to reducing the existential threat posed by nuclear weapons” and “reinvigorating '
        'the global nuclear order to reduce the risk of use and proliferation of nuclear '
        'weapons.” Since the NPT entered into force, the United States has made significant '
        'progress towards disarmament, reducing the U.S. nuclear weapons stockpile, and '
        'limiting the role of nuclear weapons.',
        [('Biden', False, 'the United States is “committed to reducing')],
        [], id='as-the-president-said'),
    pytest.param(
        'wh-46901',
        'Remarks by Vice President Harris Encouraging All Americans to Take Advantage of '
        'Critical Tax Credits\n\nTHE VICE PRESIDENT: Thank you, Sharron, for that very '
        'meaningful introduction. And Sharron and I were talking earlier. You know, there’s '
        'so much about the Child Tax Credit that is about the — the impact — the '
        'intergenerational impact.\n\nAnd Sharron was sharing with me that her grandfather '
        'actually worked with President Kennedy. And we were talking about the fact that, '
        'obviously, her family has a long, strong, and deep commitment to public service and '
        'this good work. So, thank you, Sharron, for that introduction.\n\nIt is good to be '
        'here with two of the most energetic champions of our nation’s working families: '
        'Secretary Janet Yellen and Gene Sperling.',
        [('Kamala D. Harris', True, 'And Sharron was sharing with me')],
        [('Kennedy', True, ''), ('Janet Yellen', True, '')], id='the-vice-president-label'),
    pytest.param(
        'wh-25231',
        'Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre Aboard Air Force'
        ' One En Route Allentown, PA\n\nAnd with that, Josh, do you want to kick us off?\n\nQ '
        'Sure. Two subject areas. First, we know that the administration is considering a '
        'vaccine mandate for federal employees. Can you give us any guidance in terms of how '
        'you’re defining federal employees? Does that include military, contractors? Would '
        'visitors to federal agencies also fall under that?\n\nMS. JEAN-PIERRE: So, Josh, let '
        'me first say that, you know, our goal as a federal employer is to keep our employees'
        ' safe and to also save lives. That is the number-one goal that we have here.\n\nWhile '
        'no decision has been finalized, I will say that the attestation of vaccination for '
        'federal employees is one option under strong consideration.',
        [('Karine Jean-Pierre', True, 'So, Josh, let me first say')],
        [('Karine Jean-Pierre', True, 'Sure. Two subject areas')], id='reporter-q-without-colon'),
    pytest.param(
        'wh-53834',
        'Remarks by President Biden Before Air Force One Departure | Pyeongtaek, Republic of '
        'Korea\n\nQ Mr. President, quick question: What have your health advisors told you your'
        ' level of concern should be about monkeypox and the cases that are in the United '
        'States and around the world?\n\nTHE PRESIDENT: Well, they haven’t told me the level of'
        ' exposure yet, but it is something that everybody should be concerned about.',
        [('Joe Biden', True, 'Well, they haven’t told me')],
        [('Joe Biden', True, 'Mr. President, quick question')], id='q-mr-president-is-a-reporter'),
    pytest.param(
        'wh-56434',
        'Remarks by President Biden and President Pedro Sánchez of the Kingdom of Spain '
        'Before Bilateral Meeting | Madrid, Spain\n\nPRESIDENT SÁNCHEZ: Good afternoon, and '
        'welcome to Madrid. I would like to — to start by thanking President Biden for coming'
        ' to Spain to participate in the Madrid NATO Summit. I’m also very, very glad to '
        'welcome you in the Moncloa Palace in your first visit as President of the United '
        'States.\n\n(Speaks Spanish.) (As interpreted.) Spain and the U.S. are allies. We are '
        'strategic partners. We are friends. We are linked together by strong historical '
        'bonds and strong partnership in many topics.',
        [('Pedro Sánchez', True, 'Spain and the U.S. are allies'),
         ('Pedro Sánchez', True, 'Good afternoon, and welcome to Madrid')],
        [('Joe Biden', True, '')], id='as-interpreted-paragraph-stays-with-the-speaker'),
    pytest.param(
        'wh-47550',
        'Remarks by Vice President Harris and President Zelenskyy Before Bilateral Meeting\n\n'
        'PRESIDENT ZELENSKYY: (As interpreted.) Thank you very much, Madam Vice President. '
        'And thank you for this meeting. This is our first meeting, and I’m very grateful to '
        'you and to our team for having this opportunity to talk to you about the situation',
        [('Volodymyr Zelenskyy', True, 'Thank you very much, Madam Vice President')],
        [('Kamala D. Harris', True, 'Thank you very much, Madam')], id='label-followed-by-as-interpreted'),
    pytest.param(
        'wh-57740',
        'Remarks by President Biden and Prime Minister Al-Kadhimi of the Republic of Iraq '
        'Before Bilateral Meeting\n\nPRIME MINISTER AL-KADHIMI: (As interpreted.) Thank you, '
        'Mr. President. We consider our ties with the United States as one of friendship, a '
        'strategic relationship.',
        [('Al-Kadhimi', True, 'Thank you, Mr. President. We consider')],
        [], id='prime-minister-label-interpreted'),
    pytest.param(
        'sd-261632',
        'Secretary Antony J. Blinken And Iraqi Foreign Minister Dr. Fuad Hussein Before Their'
        ' Meeting\n\nSECRETARY BLINKEN: Good morning, everyone. It’s a particular pleasure to '
        'have Foreign Minister Hussein, my friend of many years, colleague of many years here'
        ' at the State Department, with his delegation for the Strategic Dialogue with the '
        'United States and Iraq.',
        [('Antony J. Blinken', True, 'Good morning, everyone. It’s a particular pleasure')],
        [], id='secretary-label'),
    pytest.param(
        'wh-53634',
        'Remarks by First Lady Jill Biden in Ecuador\n\nFIRST LADY BIDEN: Thank you, María de '
        'Lourdes, for that very kind introduction.',
        [('Jill Biden', True, 'Thank you, María de Lourdes')],
        [('Joe Biden', True, '')], id='first-lady-label'),
    pytest.param(
        'sd-251411',
        'Department Press Briefing – June 11, 2021\n\nMS PORTER: Well, I’ll take this – your – '
        'the second part of your question first. So we don’t have any personnel announcements'
        ' to make, but what I can say at large is that we remain deeply concerned about the '
        'situation on the ground in Burma. And, of course, the military regime has shown no '
        'respect for the rule of law or the will of the people of Burma, which we are '
        'primarily concerned about. The regime’s actions, such as killing hundreds including '
        'dozens of children and unjustly detaining thousands of people, have shown little '
        'regard for justice. And again, we will continue to uplift the people of Burma, and '
        'the United States, of course, urges all countries to speak in one voice against the '
        'regime’s violence as well as the suffering of all of the people.\n\nLet’s go to Simon '
        'Lewis.\n\nQUESTION: Hi, thanks, Jalina. I have another follow-up from Gayle Smith’s '
        'comments yesterday at the press briefing. So regarding the 500 million Pfizer '
        'vaccines that the President has pledged to – from the U.S. – Ms. Smith said that '
        'those vaccines – those doses would be bought with already appropriated funds.',
        [('Jalina Porter', True, 'Well, I’ll take this')],
        [('Gayle Smith', False, ''),
         ('Jalina Porter', True, 'Hi, thanks, Jalina')], id='question-label-and-reporters-claims'),
    pytest.param(
        'wh-21553',
        'Readout of White House Roundtable with LGBTQ+ Advocates on the Equality Act and '
        'Achieving Full Equality for LGBTQ+ Americans\n\nToday, Domestic Policy Advisor Susan '
        'Rice, Senior Advisor and Director of the Office of Public Engagement Cedric Richmond, '
        'and Executive Director of the Gender Policy Council Jen Klein hosted a roundtable in '
        'the Roosevelt Room with LGBTQ+ leaders who are coordinating the national movement to '
        'pass the Equality Act.\n\nSenior White House officials expressed their gratitude for '
        'the participants’ leadership and impactful advocacy. They reiterated the President’s '
        'strong commitment to achieving full equality for every LGBTQ+ American and his calls '
        'for the Senate to quickly pass the Equality Act.',
        [],
        [('Susan Rice', False, ''), ('Cedric Richmond', False, ''), ('Jen Klein', False, '')],
        id='they-after-unnamed-officials-is-nobody-named'),
    pytest.param(
        'sd-343252',
        'Joint Communiqué by Ministers of the Global Coalition to Defeat ISIS\n\nThe Ministers '
        'of the Global Coalition to Defeat Daesh/ISIS reconvened in Marrakesh, Morocco, today '
        'at the invitation of Moroccan Foreign Minister Nasser Bourita and U.S. Secretary of '
        'State Antony J. Blinken.\n\nThe Ministers affirmed that ensuring the enduring defeat '
        'of Daesh/ISIS in Iraq and Syria remains the number one priority for the Defeat '
        'Daesh/ISIS Coalition. They stressed that despite significant setbacks suffered by '
        'Daesh/ISIS’ leadership over the recent past, the terrorist group continues to conduct'
        ' attacks in Iraq and Syria and represents an ongoing threat.',
        [],
        [('Nasser Bourita', False, ''), ('Antony J. Blinken', False, '')],
        id='the-ministers-of-a-coalition-are-not-its-two-hosts'),
    pytest.param(
        'wh-23359',
        'Readout of Deputy National Security Advisor for Cyber and Emerging Technology Anne '
        'Neuberger’s Meeting with Bipartisan U.S. Conference of Mayors\n\nToday, as part of '
        'ongoing engagement with stakeholders across the country, Deputy National Security '
        'Advisor for Cyber and Emerging Technology Anne Neuberger met virtually with the '
        'bipartisan U.S. Conference of Mayors to speak to the cybersecurity challenges facing '
        'cities and towns across the nation, including the threat from ransomware. Neuberger '
        'described the Administration’s ransomware strategy which includes several lines of '
        'effort.\n\nNeuberger outlined the measures the Biden Administration has already taken'
        ' to modernize cyber defenses. She spoke about the recent public-private Cybersecurity '
        'Industrial Control Systems Initiative and its pilot program to strengthen cyber '
        'resilience in the electric sector, noting the electric sector pilot will soon be '
        'followed by similar initiatives to strengthen the cyber resilience of other critical '
        'sectors like pipelines, water, and chemicals.',
        [('Anne Neuberger', False, 'the Administration’s ransomware strategy'),
         ('Anne Neuberger', False, 'the electric sector pilot will soon')],
        [('Cyber', False, ''), ('Emerging Technology Anne Neuberger', False, '')],
        id='readout-principal-after-a-title-complement-and-noting'),
    pytest.param(
        'sd-334086',
        'Secretary Blinken’s Meeting with Egyptian Foreign Minister Shoukry\n\nOffice of the '
        'Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\n'
        'Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh '
        'Shoukry in Washington, D.C. Secretary Blinken and Foreign Minister Shoukry discussed '
        'the strategic partnership between the United States and Egypt, noting that 2022 marks '
        '100 years of bilateral diplomatic relations.',
        [('Antony J. Blinken', False, '2022 marks 100 years'),
         ('Sameh Shoukry', False, '2022 marks 100 years')],
        [], id='discussed-noting-that'),
    pytest.param(
        'wh-46773',
        'Readout of President Joseph R. Biden, Jr.’s Call with Prime Minister Naftali Bennett '
        'of Israel\n\nPresident Biden conveyed his unwavering support for Israel’s security and'
        ' freedom of action, emphasizing his administration’s full support for replenishing '
        'Israel’s Iron Dome system.',
        [('Joseph R. Biden', False, 'his unwavering support'),
         ('Joseph R. Biden', False, 'his administration’s full support')],
        [('Naftali Bennett', False, '')], id='conveyed-emphasizing'),
    pytest.param(
        'wh-25049',
        'Statement of President Joe Biden on the Passing of Civil Rights Leader, Bob Moses\n\n'
        'Speaking in the spring of 1964 about his plans for Freedom Summer, Bob Moses summed up'
        ' the heroic effort to register Black voters in the Deep South with a question: “What '
        'kind of society will we be?”',
        [('Bob Moses', True, 'What kind of society will we be?')],
        [('Joe Biden', True, '')], id='quotation-after-a-colon-in-a-self-voiced-statement'),
    pytest.param(
        'wh-53453',
        'Remarks by President Biden and First Lady Biden Honoring the Lives Lost in Buffalo, '
        'New York, and Calling on All Americans to Condemn White Supremacy\n\nDelavan Grider '
        'Community Center\n\nTHE FIRST LADY: I just wanted to say thank you to the families for'
        ' opening up your hearts to us and for letting us be with you today.',
        [],
        [('Biden Honoring', True, '')], id='a-headline-verb-is-no-speakers-name'),
    pytest.param(
        'wh-56291',
        'Readout of President Biden’s Meeting with Chancellor Olaf Scholz of Germany\n\n'
        'President Joseph R. Biden, Jr. met today with Chancellor Olaf Scholz of Germany ahead '
        'of the G7 Leaders’ Summit. President Biden expressed appreciation for the Chancellor’s'
        ' leadership of the G7, and the importance of coordinating responses to Russia’s '
        'further invasion of Ukraine, climate, and economic and democratic resilience.',
        [('Joseph R. Biden', False, 'appreciation for the Chancellor’s leadership of the G7, '
          'and the importance of coordinating responses')],
        [('Olaf Scholz', False, '')], id='an-object-runs-over-a-conjunct-hung-on-the-verb'),
    pytest.param(
        'sd-313467',
        'Secretary Blinken’s Meeting with Australian Foreign Minister Payne\n\nSecretary of '
        'State Antony J. Blinken met today with Australian Foreign Minister Marise Payne in '
        'Melbourne to affirm the continued vitality of the U.S.-Australia alliance. The '
        'Secretary noted his upcoming travel to Fiji and engagement there with Pacific Island '
        'leaders.',
        [('Antony J. Blinken', False, 'his upcoming travel to Fiji and engagement there')],
        [], id='noted-a-and-b'),
    pytest.param(  # an indirect question or a relative clause after a speech verb names what the
        # words were about, not the words (on the 1,800 development and 464 long items 8
        # removed: 6 read wrong, 1 partly, 1 an announced operation, an act)
        'sd-333743',
        'Secretary Antony J. Blinken on the Release of the 2021 Country Reports on Human Rights Practices\n\nIn response, people and governments in every region are voicing their condemnation and calling for those responsible to be held accountable. This global outcry has been clarifying. In its disdain for human life and dignity, the Kremlin has reinvigorated a belief in people worldwide that there are human rights that everyone everywhere should enjoy, and underscored why these rights are worth defending.',
        [], [('Kremlin', False, '')],
        id='an-indirect-question-is-not-the-words'),
    pytest.param(  # (the same rule) a relative clause is the narrator's comment
        'wh-50531',
        'Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan\n\nMS. PSAKI: So, I’m sure you’ve seen, Kelly, that the EU announced their intention to send a team there, which obviously hasn’t happened yet. But that was an announcement made earlier today.',
        [], [('European Union', False, 'which')],
        id='a-relative-clause-is-not-the-words'),
    pytest.param(  # words broken off at a dash after a word that cannot end a clause (the
        # words before a dash are otherwise kept: a blind judge found 3 of 4 such quotes right)
        'sd-265365',
        'Department Press Briefing – August 3, 2021\n\nMR PRICE: Doha is a tactic. We’re in Doha because we believe, the international community believes, the Government of Afghanistan believes, and the Taliban say they believe that diplomacy is —\n\nQUESTION: But it’s a failure.',
        [], [('Taliban', False, '')],
        id='words-broken-off-at-a-dash'),
    pytest.param(  # a country's "we" in the next clause is its own: the words go on (round 16's
        # judge read the whole sentence as the statement)
        'sd-354095',
        'Devastating Earthquake in Afghanistan\n\nAntony J. Blinken, Secretary of State\n\nThe United States expresses deep sorrow for the victims of today’s devastating earthquake in Afghanistan, and we offer our sympathy and prayers to those who lost loved ones in the tragedy.',
        [('United States', False, 'deep sorrow for the victims of today’s devastating earthquake in Afghanistan, and we offer our sympathy')],
        [],
        id='a-countrys-we-goes-on-with-its-words'),
    pytest.param(  # a thing the verb takes as its object before the clause the parse gave it is
        # what was announced or concluded, and the clause is part of it (on the 1,800 development
        # and 464 long items 9 removed, 9 of 9 read wrong; 3 quotes now the whole object, 2 of
        # them wrong before and right after)
        'wh-54371',
        'FACT SHEET: Biden-Harris Administration Releases Tribal Playbook, Announces Massive New Tribal Funding from Bipartisan Infrastructure Law\n\nDrought Resilience: The Department of the Interior announced awards of $420 million for rural water projects for drought resilience, and $240 million for aging water infrastructure through the Bureau of Reclamation. This investment in rural water systems includes work related to pipeline connections, construction of water treatment plants and intakes, pump systems, reservoir construction and other efforts to provide potable water to rural and Tribal communities. The Bureau of Reclamation also announced application periods for hundreds of millions of dollars in Bipartisan Infrastructure Law funding opportunities for water infrastructure, some of which are still open. Funding for the maintenance of aging infrastructure, and water recycling and desalination projects have been advertised, with more on the way during the rest of 2022.',
        [], [('Bureau of Reclamation', False, '')],
        id='an-object-before-the-clause-is-what-was-announced'),
    pytest.param(  # (the same rule) discussions concluded are no conclusion stated
        'wh-50294',
        'A Proclamation on Adjusting Imports of Steel into the United States\n\n3. The United States has successfully concluded discussions with Japan on satisfactory alternative means to address the threatened impairment to the national security posed by imports of steel articles and derivative steel articles from Japan. The United States and Japan have agreed to expand coordination involving trade remedies and customs matters, monitor bilateral steel and aluminum trade, cooperate on addressing non-market excess capacity and carbon intensity in these sectors, and annually review their arrangement and their ongoing cooperation.',
        [], [('United States', False, 'means to address')],
        id='discussions-concluded-are-no-conclusion'),
    pytest.param(  # (the same rule) the object reiterated is the whole of what remains ironclad
        'sd-327922',
        'Secretary Blinken’s Call with Japanese Foreign Minister Hayashi\n\nSecretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Hayashi Yoshimasa and they jointly condemned the DPRK’s March 24 Intercontinental ballistic missile launch as a clear violation of multiple UN Security Council resolutions. This provocation, which follows two ICBM tests earlier this year, further demonstrates the threat the DPRK’s unlawful weapons of mass destruction and ballistic missile programs pose to the DPRK’s neighbors and the broader international community. Secretary Blinken reaffirmed the U.S.-Japan Alliance as the cornerstone of peace, security, and prosperity in the Indo-Pacific and beyond, and committed to trilateral cooperation with Japan and the Republic of Korea towards the complete denuclearization of the Korean Peninsula. The Secretary reiterated the United States’ commitment to the defense of Japan and the Republic of Korea remains ironclad.',
        [('Antony J. Blinken', False, 'the United States’ commitment to the defense of Japan')],
        [('Antony J. Blinken', False, 'the Republic of Korea remains ironclad')],
        id='the-object-reiterated-is-the-whole-of-it'),
    pytest.param(  # a quotation without a verb inside a noun phrase names it ("“last one mile
        # support” programs"), nobody says it (on the 1,800 development and 464 long items 2
        # removed, 2 of 2 read wrong; it also drops a judged item's "its “Last One Mile” support")
        'wh-53860',
        'Japan-U.S. Joint Leaders’ Statement: Strengthening the Free and Open International Order\n\nPrime Minister Kishida and President Biden confirmed that they will continue cooperating to overcome the COVID-19 crisis and strengthen health security to prevent, prepare for, and respond to future pandemics, including through frameworks such as the Quad, the COVID-19 Global Action Plan, and the G20 Finance and Health fora. The two leaders confirmed support through COVAX, as well as for “last one mile support” programs to increase equitable access to vaccines, while working together on therapeutics, testing, and strengthening health systems. They also confirmed the need to strengthen the global health architecture, including by reforming the WHO, establishing a new pandemic preparedness and global health security fund at the World Bank, strengthening coordination arrangements between finance and health authorities, with a view to achieving universal health coverage.',
        [], [('Kishida', True, 'last one mile'), ('Joseph R. Biden', True, 'last one mile')],
        id='a-quotation-inside-a-noun-phrase-names-it'),
    pytest.param(  # what was said ends before a coordinated clause with a subject of its own, a
        # pronoun or a name: the narrator's next sentence (on the 1,800 development and 464 long
        # items 7 quotes cut there, 6 of them read partly or wrong before and right after, 1 right
        # either way; 2 statements removed, left with under four words: 1 right, 1 partly)
        'wh-19489',
        'Press Briefing by Press Secretary Jen Psaki, June 2, 2021\n\nAnd so President Biden is calling for a historic investment in these areas, and those are things that are laid out specifically in his budget and shows his desire and commitment to level the playing field and provide necessary assistance.',
        [('Joe Biden', False, 'a historic investment in these areas')],
        [('Joe Biden', False, 'a historic investment in these areas, and')],
        id='a-clause-with-its-own-subject-is-not-the-words'),
]



def same_person(found: str, wanted: str) -> bool:
    """The same person named fully or not ("Blinken", "Antony J. Blinken"; "Joe Biden",
    "Joseph R. Biden"), as the scorer compares names."""
    a, b = found.split(), wanted.split()
    if found == wanted:
        return True
    if a[-1] != b[-1]:
        return False
    first = {a[0].lower(), b[0].lower()}
    return len(a) == 1 or len(b) == 1 or len(first) == 1 or first in (
        {"joe", "joseph"}, {"tony", "antony"}) or any(len(n.rstrip(".")) == 1 for n in first)


@pytest.mark.parametrize("corpus_id, text, expected, forbidden", CASES)
def test_statement(facts_of, corpus_id, text, expected, forbidden):
    found = [(f.speaker.name, f.direct, f.quote)
             for f in facts_of(text, "statement") if isinstance(f, Statement)]
    for speaker, direct, opening in expected:
        assert any(same_person(s, speaker) and d == direct and q.startswith(opening)
                   for s, d, q in found), f"{corpus_id}: missing {(speaker, direct, opening)}; got {found}"
    for speaker, direct, opening in forbidden:
        assert not any(same_person(s, speaker) and d == direct and q.startswith(opening)
                       for s, d, q in found), f"{corpus_id}: unexpected {(speaker, direct, opening)}"


def test_the_administration_is_the_one_named_by_its_president(facts_of):
    # "the Administration" is the one the article names by its president, "the Biden-Harris
    # Administration" (on the development and long items 7 statements of a bare "Administration"
    # so named, 7 of 7 right); a row of CASES cannot tell them apart (same_person compares the
    # last word). wh-21853:
    text = ('FACT SHEET: Biden-Harris Administration Announces Initiatives to Promote Housing Stability By Supporting Vulnerable Tenants and Preventing Foreclosures\n\nToday, the Biden-Harris Administration is announcing a series of actions to help state and local governments prevent evictions and promote housing stability. The Administration is also calling for the acceleration of ERA funds to renters and landlords in need in addition to an all hands-on-deck effort by local governments, courts, community organizations, and the legal community to create alternatives to evictions.')
    speakers = {f.speaker.name for f in facts_of(text, "statement") if isinstance(f, Statement)
                and f.quote.startswith("the acceleration of ERA funds")}
    assert speakers == {"Biden-Harris Administration"}


def test_an_organisation_named_by_its_head_word_is_the_one_named_before(facts_of):
    # "the Department", "the Court", "the Council" as a speaker told an analyst nothing (40
    # statements over the corpus); it is the organisation named before with that word, or
    # nobody (on the development, long and judged items 12 such statements given their
    # organisation, all read right, one "Assembly" dropped). wh-48115:
    text = ('The Justice Department announced $187 million for states and $85 million for '
            'localities through the Byrne JAG Program to support coordinated violence prevention '
            'and intervention; the Department explicitly encouraged the use of these funds for '
            'CVI.')
    speakers = {f.speaker.name for f in facts_of(text, "statement") if isinstance(f, Statement)
                and f.quote.startswith("encouraged the use")}
    assert speakers == {"Department of Justice"}


def test_cases_come_from_forty_corpus_items():
    assert len({corpus_id for corpus_id, *_ in (c.values for c in CASES)}) >= 40


def test_lexicons_load():
    verbs = speech_verbs()
    assert "clause" in verbs["say"].frames and "object" in verbs["reiterate"].frames
    assert "recognize" not in verbs and verbs["offer"].objects
    assert first_names()["antony"] == "m" and first_names()["wendy"] == "f"


#: Known failures, kept as targets.
KNOWN = [
    pytest.param(
        "wh-19797",
        'Statement by Press Secretary Jen Psaki on the President’s Calls with Senator Shelley'
        ' Moore Capito and House Transportation and Infrastructure Chairman Peter DeFazio\n\n'
        'Senator Capito conveyed to the President a new offer from her group which consisted '
        'of an about $50 billion increase in spending across a number of infrastructure '
        'programs. The President expressed his gratitude for her effort and goodwill, but '
        'also indicated that the current offer did not meet his objectives to grow the '
        'economy, tackle the climate crisis, and create new jobs. He indicated to Senator '
        'Capito that he would continue to engage a number of Senators in both parties in the '
        'hopes of achieving a more substantial package. They agreed to speak again on Monday.',
        [("Joe Biden", False, "his gratitude for her effort")], [],
        id="the-president-never-named-in-the-text",
        marks=pytest.mark.xfail(strict=True, reason="a White House text that never names the "
                                "President: 'The President' stays unresolved")),
]


@pytest.mark.parametrize("corpus_id, text, expected, forbidden", KNOWN)
def test_known_failures(facts_of, corpus_id, text, expected, forbidden):
    test_statement(facts_of, corpus_id, text, expected, forbidden)


def test_interrupted_quotation_is_one():
    """wh-50300: "“He seems to be self-isolating,” he said, “but we don’t have hard evidence.”"."""
    text = "“He seems to be self-isolating,” he said, “but we don’t have hard evidence.”"
    assert [q for _, _, q in _quotations(text)] == [
        "He seems to be self-isolating but we don’t have hard evidence."]


def test_nothing_is_read_from_a_reporters_question(facts_of):
    """wh-50300: a reporter quoting the President is not a statement of anyone."""
    text = ('Press Briefing by Principal Deputy Press Secretary Kate Bedingfield\n\nMS. '
            'BEDINGFIELD: Kristen.\n\nQ Thanks, Kate. I want to ask you again about the President’s'
            ' comments today when he was asked about the information that Putin is being left in '
            'the dark by his advisors. He seemed much less confident in the intelligence than you'
            ' were from the podium and other top officials here.\n\nWhen he was asked about it '
            'today, he said it’s “an open question.” There’s a lot of speculation. “He seems to '
            'be self-isolating,” he said, “but we don’t have hard evidence.” You said from the '
            'podium, “We have information that Putin felt misled by the Russian military.”\n\nWhy '
            'the disconnect?')
    assert [f for f in facts_of(text, "statement") if isinstance(f, Statement)] == []


def test_transcript_turns_keep_the_most_substantive_paragraphs(facts_of, monkeypatch):
    """wh-52790, remarks at a bill signing: THE PRESIDENT's turn runs over many paragraphs;
    five (the longest, courtesies aside) by default, every one with KG_TRANSCRIPT_TURNS=0."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "wh-52790.txt").read_text()

    def turns():
        return [f for f in facts_of(text, "statement")
                if f.evidence.extractor == "statements.transcript"]

    default = turns()
    assert len(default) == 5
    assert {f.speaker.name for f in default} == {"Joe Biden"} or \
        all("Biden" in f.speaker.name for f in default)
    monkeypatch.setenv("KG_TRANSCRIPT_TURNS", "0")
    every = turns()
    assert len(every) > len(default)
    assert {f.quote for f in default} < {f.quote for f in every}
    monkeypatch.setenv("KG_TRANSCRIPT_TURNS", "many")
    with pytest.raises(Exception, match="KG_TRANSCRIPT_TURNS"):
        turns()


def test_a_disputed_claim_ends_before_the_publishers_rebuttal(facts_of):
    """wh-24297: the PRC's claim, reported in a briefing, without Psaki's rebuttal."""
    text = ('Press Briefing by Press Secretary Jen Psaki, July 16, 2021\n\nMS. PSAKI: And I’ll '
            'actually on — can I just — on the foreign government piece, because I think that’s '
            'an important point. The State Department’s Global Engagement Center has found that '
            'Russia and China have promoted their own vaccines through messaging that '
            'undermines Western origin vaccine development programs.\n\nSo, the PRC, for '
            'example, has also suggested that the United States hoards COVID-19 treatments and '
            'prevents other countries from acquiring vaccines, despite evidence to the '
            'contrary.\n\nQ Thank you, Jen.')
    quotes = [f.quote for f in facts_of(text, "statement")
              if isinstance(f, Statement) and f.speaker.name in ("PRC", "China")]
    assert quotes == ["the United States hoards COVID-19 treatments and prevents other countries"
                      " from acquiring vaccines"]


@pytest.mark.parametrize("name, kind, plausible", [
    ("Mustafa al-Kadhimi", PERSON, True), ("Ursula von der Leyen", PERSON, True),
    ("Mohammed bin Zayed bin Sultan Al Nahyan", PERSON, True),
    ("Department of the Treasury", ORGANIZATION, True),
    ("Antony J.", PERSON, False), ("Democratic Caucus Chair", PERSON, False),
    ("Co-Chairs of", ORGANIZATION, False), ("Ministers", ORGANIZATION, False),
    ("Like Jen", ORGANIZATION, False), ("If Putin", PERSON, False)])
def test_a_speakers_name_reads_as_a_name(nlp, name, kind, plausible):
    """Names the model cut or took from a headline's title words are not speakers."""
    assert _plausible_speaker(nlp("A text."), Entity(name, kind)) is plausible

