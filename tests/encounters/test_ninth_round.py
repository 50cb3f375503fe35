"""Encounter mechanisms of issue 9, ninth round: each on a sentence written for it.

Same shape as test_eighth_round.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

NINTH_ROUND = [
    # A time told between a reporting verb and the subject of what it reports is the report's, wherever the
    # parser hung it; a "with" joined to the verb after "and then" is a second party, called apart.
    pytest.param("Brazilian President Lula said on Friday he would speak by phone with French President Emmanuel Macron "
                 "on Tuesday, and then with Argentine President Javier Milei.", "2024-03-15",
                 [(C, {"Luiz Inácio Lula da Silva", "Emmanuel Macron"}, "2024-03-19", "planned", None),
                  (C, {"Luiz Inácio Lula da Silva", "Javier Milei"}, "2024-03-19", "planned", None)],
                 id="report-day-before-the-clause-subject"),
    # "hours earlier": the day in focus; the name the parser hung on the count of hours is the one called.
    pytest.param("Canadian Prime Minister Justin Trudeau spoke by phone with U.S. President-elect Donald Trump on "
                 "Wednesday morning. Mexican President Claudia Sheinbaum had spoken with Trump hours earlier, her office said.",
                 "2024-11-08",
                 [(C, {"Justin Trudeau", "Donald Trump"}, "2024-11-06", "occurred", None),
                  (C, {"Claudia Sheinbaum", "Donald Trump"}, "2024-11-06", "occurred", None)],
                 id="hours-earlier-same-day"),
    # "days later" tells some other day: not the day of what the same people did before.
    pytest.param("Kenyan President William Ruto met Chinese President Xi Jinping in Beijing in April 2024, and the two of them "
                 "spoke about a new railway line. Tanzanian President Samia Suluhu Hassan met Xi days later.", "2024-09-01",
                 [(M, {"William Ruto", "Xi Jinping"}, "2024-04", "occurred", "CHN"),
                  (M, {"Samia Suluhu Hassan", "Xi Jinping"}, None, "occurred", None)],
                 id="days-later-no-same-day"),
    # "both leaders" hosted by one: the two named last besides the host, met together.
    pytest.param("Egyptian President Abdel Fattah el-Sisi spoke by phone with Sudanese army chief Abdel Fattah al-Burhan on "
                 "Monday and with Chadian President Mahamat Deby on Tuesday. On Thursday he hosted both leaders in Cairo.",
                 "2024-06-14",
                 [(C, {"Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"}, "2024-06-10", "occurred", None),
                  (C, {"Abdel Fattah el-Sisi", "Mahamat Déby"}, "2024-06-11", "occurred", None),
                  (M, {"Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan", "Mahamat Déby"}, "2024-06-13", "occurred", "EGY")],
                 id="hosted-both-leaders"),
    # A dateline closed by a horizontal bar is a dateline: "here" is its city.
    pytest.param("WELLINGTON, May 6 \u2015 New Zealand Prime Minister Christopher Luxon met Fijian Prime Minister Sitiveni "
                 "Rabuka on Monday. Their previous talks were held here in February.", "2024-05-07",
                 [(M, {"Christopher Luxon", "Sitiveni Rabuka"}, "2024-05-06", "occurred", "NZL"),
                  (M, {"Christopher Luxon", "Sitiveni Rabuka"}, "2024-02", "occurred", "NZL")],
                 id="horizontal-bar-dateline"),
    # An encounter put off from an earlier time is the plan now dated, not a cancelled one.
    pytest.param("Chilean President Gabriel Boric will travel to Peru next month to meet Peruvian President Dina Boluarte, "
                 "his office said. Boric had intended to meet Boluarte in December, but the meeting was delayed.",
                 "2024-01-20", [(M, {"Gabriel Boric", "Dina Boluarte"}, "2024-02", "planned", "PER")],
                 id="put-off-then-planned"),
    # A namesake town is read in the country its owner's adjective names.
    pytest.param("Brazilian President Lula will meet Argentine President Javier Milei at the Argentine leader's ranch in "
                 "Santa Rosa next month.", "2024-01-20",
                 [(M, {"Luiz Inácio Lula da Silva", "Javier Milei"}, "2024-02", "planned", "ARG")],
                 id="owner-adjective-places-namesake"),
    # "their" of a clause whose subject is a group that names no one is none of the people in focus.
    pytest.param("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "
                 "Regional leaders had keenly awaited the summit, hoping to get their first talks with Mr Albanese.",
                 "2023-09-05", [(M, {"Joko Widodo", "Anwar Ibrahim"}, "2023-09-04", "occurred", "IDN")],
                 id="their-of-an-unnamed-group"),
    # A previous gathering that is the setting of others' talks is no earlier edition of the one in focus.
    pytest.param("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. The "
                 "previous summit, in Phnom Penh in November 2022, saw Jacinda Ardern hold bilateral talks with Hun Sen.",
                 "2023-09-05", [(M, {"Joko Widodo", "Anwar Ibrahim"}, "2023-09-04", "occurred", "IDN"),
                                (M, {"Jacinda Ardern", "Hun Sen"}, "2022-11", "occurred", None)],
                 id="previous-summit-as-a-setting"),
    # State media name the guest after the place and the time of the audience.
    pytest.param("His Royal Highness Crown Prince Mohammed bin Salman received at Al-Yamamah Palace in Riyadh today the "
                 "Foreign Minister of France, Jean-Noel Barrot.", "2025-02-10",
                 [(M, {"Mohammed bin Salman", "Jean-Noël Barrot"}, "2025-02-10", "occurred", "SAU")],
                 id="guest-after-place-and-time"),
    # A dateline of a place in plain case and an agency's initials: the call of its story is found.
    pytest.param("Tehran, IRNA -- Iranian President Masoud Pezeshkian, in a telephone conversation with his Iraqi "
                 "counterpart Abdul Latif Rashid on Thursday evening, stressed the need to expand trade.", "2025-01-10",
                 [(C, {"Masoud Pezeshkian", "Abdul Latif Rashid"}, "2025-01-09", "occurred", None)],
                 id="agency-dateline-in-plain-case"),
    # "The visiting minister" is the foreign minister of that office named last.
    pytest.param("RABAT - Moroccan Foreign Minister Nasser Bourita held talks in Rabat on Monday with Spanish Foreign "
                 "Minister Jose Manuel Albares. The visiting minister was later received by Prime Minister Aziz Akhannouch.",
                 "2024-02-20",
                 [(M, {"Nasser Bourita", "José Manuel Albares"}, "2024-02-19", "occurred", "MAR"),
                  (M, {"José Manuel Albares", "Aziz Akhannouch"}, "2024-02-19", "occurred", "MAR")],
                 id="the-visiting-minister"),
    # What one "must" do is no encounter told.
    pytest.param('"President Tinubu must meet President Tiani and reopen the border," an opposition leader told a rally '
                 "in Kano on Sunday.", "2024-05-13", [], id="must-meet"),
    # A handshake shared is an encounter of the two who shared it.
    pytest.param("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping shared a brief handshake at the "
                 "BRICS summit in Johannesburg on Wednesday.", "2023-08-24",
                 [(M, {"Narendra Modi", "Xi Jinping"}, "2023-08-23", "occurred", "ZAF")], id="shared-a-handshake"),
    # "hours after holding meetings with": the day of the clause they place; the one who held them is the sentence's
    # subject where the reported clause names no one.
    pytest.param("German Chancellor Olaf Scholz said Berlin remained committed to the deal, hours after holding talks "
                 "with French President Emmanuel Macron in Paris on Monday.", "2023-07-04",
                 [(M, {"Olaf Scholz", "Emmanuel Macron"}, "2023-07-03", "occurred", "FRA")], id="hours-after-holding-talks"),
    # A trip's time told after "since" inside it is no time of the trip.
    pytest.param("Chinese Premier Li Qiang held talks with Spanish Prime Minister Pedro Sanchez in Madrid on Monday. Li, "
                 "on his first trip to Europe since becoming premier in March, also met King Felipe VI.", "2023-06-27",
                 [(M, {"Li Qiang", "Pedro Sánchez"}, "2023-06-26", "occurred", "ESP"),
                  (M, {"Li Qiang", "Felipe VI"}, "2023-06-26", "occurred", "ESP")], id="since-inside-the-trip"),
    # A time that is no one's but a relative clause's, later than the report, leaves a done call done once the
    # call is dated "earlier in the day".
    pytest.param("Prime Minister Narendra Modi today received Egyptian President Abdel Fattah el-Sisi at Hyderabad House. "
                 "The President, who will be the Chief Guest at the parade tomorrow, had called on President Droupadi "
                 "Murmu earlier in the day.", "2023-01-25",
                 [(M, {"Narendra Modi", "Abdel Fattah el-Sisi"}, "2023-01-25", "occurred", "IND"),
                  (M, {"Abdel Fattah el-Sisi", "Droupadi Murmu"}, "2023-01-25", "occurred", None)],
                 id="earlier-in-the-day-done"),
    # Talks that place another clause, on a weekday of their own, were held that past day whatever the clause's mood.
    pytest.param("WARSAW, Poland (AP) - NATO Secretary-General Mark Rutte said the alliance would defend every inch of "
                 "allied territory after talks Thursday with Polish Prime Minister Donald Tusk.", "2024-11-15",
                 [(M, {"Mark Rutte", "Donald Tusk"}, "2024-11-14", "occurred", "POL")], id="after-talks-thursday"),
    # A year that is part of a name does not move the time in focus; "a week later" counts from the day before it.
    pytest.param("French President Emmanuel Macron hosted Saudi Crown Prince Mohammed bin Salman at the Elysee Palace on "
                 "Friday, June 16, as Riyadh lobbied to host the World Expo 2030. A week later, Macron hosted Brazilian "
                 "President Luiz Inacio Lula da Silva for a working lunch.", "2023-06-26",
                 [(M, {"Emmanuel Macron", "Mohammed bin Salman"}, "2023-06-16", "occurred", "FRA"),
                  (M, {"Emmanuel Macron", "Luiz Inácio Lula da Silva"}, "2023-06-23", "occurred", "FRA")],
                 id="a-year-in-a-name-keeps-the-focus"),
    # "Earlier," opening a sentence goes back within the day the story tells.
    pytest.param("CAIRO, Feb 6 (Reuters) - U.S. Secretary of State Antony Blinken said on Tuesday that a response from "
                 "Hamas had just been received. Earlier, Blinken met Egyptian President Abdel Fattah al-Sisi.", "2024-02-06",
                 [(M, {"Antony Blinken", "Abdel Fattah el-Sisi"}, "2024-02-06", "occurred", "EGY")], id="opening-earlier"),
    # A where-clause hung on the day of a place phrase is at that place: one encounter, told twice.
    pytest.param("Visiting Sri Lankan President Anura Kumara Dissanayake called on President Droupadi Murmu at Rashtrapati "
                 "Bhavan on Monday evening, where she hosted a banquet in his honour.", "2024-12-17",
                 [(M, {"Anura Kumara Dissanayake", "Droupadi Murmu"}, "2024-12-16", "occurred", "IND")],
                 id="where-clause-on-the-day-of-a-place"),
    # "On the eve of" a gathering whose own phrase gives its day: the day before (the text beats the tables).
    pytest.param("Russian President Vladimir Putin will hold talks with Belarusian President Alexander Lukashenko in St. "
                 "Petersburg on the eve of the informal summit of CIS leaders, which will take place on December 26, a "
                 "Kremlin aide told reporters on Monday.", "2024-12-23",
                 [(M, {"Vladimir Putin", "Alexander Lukashenko"}, "2024-12-25", "planned", "RUS")], id="eve-of-a-day-told-with-it"),
    # A caption's date, set after its place, is the date of what it shows.
    pytest.param("FILE PHOTO: Chinese President Xi Jinping meets U.S. President Joe Biden on the sidelines of the summit, "
                 "in Woodside, California, November 15, 2023. REUTERS/File Photo\n\nBEIJING, May 2 (Reuters) - China "
                 "said on Thursday that trade talks would resume.", "2024-05-02",
                 [(M, {"Xi Jinping", "Joe Biden"}, "2023-11-15", "occurred", "USA")], id="caption-date-after-its-place"),
    # Meetings told as a habit are no encounter; members of a body who "sat on" it did not sit down together.
    pytest.param("Dutch Prime Minister Mark Rutte often met Belgian Prime Minister Charles Michel when both sat on the "
                 "European Council.", "2019-05-20", [], id="habit-and-membership"),
    # A person who is the subject inside a phrase the parser headed with another noun is the one met.
    pytest.param("NATO Secretary-General Mark Rutte said the alliance would defend every inch of allied territory after "
                 "talks Thursday with Polish Prime Minister Donald Tusk, whose country borders both Ukraine and Russia's "
                 "Kaliningrad exclave.", "2024-11-15",
                 [(M, {"Mark Rutte", "Donald Tusk"}, "2024-11-14", "occurred", None)], id="person-inside-a-misheaded-phrase"),
    # "his counterparts from A and B" (the "from" hung on the verb): the leaders of those countries.
    pytest.param("Turkish President Tayyip Erdogan hosted his counterparts from Somalia and Ethiopia in Ankara on Wednesday.",
                 "2024-12-12", [(M, {"Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud", "Abiy Ahmed"}, "2024-12-11", "occurred", "TUR")],
                 id="counterparts-from-countries"),
    # A country whose name the tagger calls an organisation is still a country of "the leaders of ...".
    pytest.param("The leaders of Egypt, Jordan and the Palestinian Authority met in the Egyptian city of El Alamein on Monday.",
                 "2023-08-14", [(M, {"Abdel Fattah el-Sisi", "Abdullah II", "Mahmoud Abbas"}, "2023-08-14", "occurred", None)],
                 id="palestinian-authority-is-a-country"),
    # The title after a country's long name is the next name's, not the country's words made a person.
    pytest.param("Rwandan President Paul Kagame and Democratic Republic of the Congo President Felix Tshisekedi held direct "
                 "talks in Doha on Tuesday, mediated by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.", "2025-03-19",
                 [(M, {"Paul Kagame", "Félix Tshisekedi", "Tamim bin Hamad Al Thani"}, "2025-03-18", "occurred", "QAT")],
                 id="title-after-a-long-country-name"),
    # A meeting noun framing the meeting its verb tells, "attended by" someone more: one meeting of all of them.
    pytest.param("U.S. President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday, in a meeting "
                 "attended by Saudi Crown Prince Mohammed bin Salman.", "2025-05-15",
                 [(M, {"Donald Trump", "Ahmed al-Sharaa", "Mohammed bin Salman"}, "2025-05-14", "occurred", "SAU")],
                 id="met-in-a-meeting-attended-by"),
    # "hosted by A and attended by B" joined to the main verb; one-on-one talks told later are another encounter.
    pytest.param("Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky met on Monday at a summit in "
                 "Paris hosted by Emmanuel Macron and attended by German Chancellor Angela Merkel. Putin and Zelensky "
                 "later held one-on-one talks, the Elysee said.", "2019-12-10",
                 [(M, {"Vladimir Putin", "Volodymyr Zelenskyy", "Emmanuel Macron", "Angela Merkel"}, "2019-12-09", "occurred", "FRA"),
                  (M, {"Vladimir Putin", "Volodymyr Zelenskyy"}, "2019-12-09", "occurred", None)],
                 id="hosted-and-attended-then-one-on-one"),
    # A call that frames a clause, whose "with" hangs elsewhere in it: one call with each of those named.
    pytest.param("Kenyan President William Ruto discussed efforts to end the fighting in Sudan in separate phone calls on "
                 "Tuesday with Egyptian President Abdel Fattah el-Sisi and Ethiopian Prime Minister Abiy Ahmed.", "2024-02-14",
                 [(C, {"William Ruto", "Abdel Fattah el-Sisi"}, "2024-02-13", "occurred", None),
                  (C, {"William Ruto", "Abiy Ahmed"}, "2024-02-13", "occurred", None)], id="calls-framing-a-clause"),
    # "from A and B's C": a name joined to a possessive country is one of the list, not the owner.
    pytest.param("Saudi Crown Prince Mohammed bin Salman received separate phone calls on Monday from Egyptian President "
                 "Abdel Fattah El-Sisi and Jordan's King Abdullah II, the Saudi Press Agency reported.", "2023-10-10",
                 [(C, {"Mohammed bin Salman", "Abdullah II"}, "2023-10-09", "occurred", None),
                  (C, {"Mohammed bin Salman", "Abdel Fattah el-Sisi"}, "2023-10-09", "occurred", None)],
                 id="coordinated-owner-is-a-party"),
    # "with A, B and C taking part"; a verb whose object is the encounter noun defers to the noun's kind.
    pytest.param("Japanese Prime Minister Fumio Kishida chaired a video conference of Group of Seven leaders on Sunday, "
                 "with U.S. President Joe Biden, French President Emmanuel Macron and German Chancellor Olaf Scholz taking "
                 "part.", "2023-02-26",
                 [(C, {"Fumio Kishida", "Joe Biden", "Emmanuel Macron", "Olaf Scholz"}, "2023-02-26", "occurred", None)],
                 id="with-them-taking-part"),
    # A gathering "of leaders", with "including" hung on the verb: those included are its parties.
    pytest.param("British Prime Minister Keir Starmer hosted a virtual meeting of around 25 leaders on Saturday, including "
                 "Ukrainian President Volodymyr Zelenskiy, French President Emmanuel Macron and Italy's Giorgia Meloni.",
                 "2025-03-15",
                 [(C, {"Keir Starmer", "Volodymyr Zelenskyy", "Emmanuel Macron", "Giorgia Meloni"}, "2025-03-15", "occurred", None)],
                 id="a-gathering-including"),
    # An invitation is a plan once accepted; a call during which one was made stays a call held.
    pytest.param("Guyanese President Irfaan Ali accepted an invitation from Kenyan President William Ruto to visit Nairobi, "
                 "his office said on Monday.", "2024-05-13",
                 [(M, {"Irfaan Ali", "William Ruto"}, None, "planned", "KEN")], id="invitation-accepted"),
    pytest.param("Kenyan President William Ruto made a phone call to Guyanese President Irfaan Ali on Sunday, during which "
                 "he invited him to visit Nairobi later this year.", "2024-05-13",
                 [(C, {"William Ruto", "Irfaan Ali"}, "2024-05-12", "occurred", None)], id="invitation-during-a-call"),
    # Pulling out of or skipping an encounter calls it off; so does cancelling a summit one had planned to host.
    pytest.param("Cambodian Prime Minister Hun Manet has pulled out of Tuesday's planned meeting with Thai Prime Minister "
                 "Paetongtarn Shinawatra, a government spokesman said on Sunday.", "2025-06-15",
                 [(M, {"Hun Manet", "Paetongtarn Shinawatra"}, "2025-06-17", "cancelled", None)], id="pulled-out-of"),
    pytest.param("Indian Prime Minister Narendra Modi skipped the summit in Astana, where he had been expected to meet Chinese "
                 "President Xi Jinping, and sent his foreign minister in his place.", "2024-07-05",
                 [(M, {"Narendra Modi", "Xi Jinping"}, None, "cancelled", None)], id="skipped-the-summit"),
    pytest.param("Jordan's King Abdullah has cancelled a summit he had planned to host in Amman on Wednesday with Egyptian "
                 "President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas, his office said.", "2023-10-17",
                 [(M, {"Abdullah II", "Abdel Fattah el-Sisi", "Mahmoud Abbas"}, "2023-10-18", "cancelled", "JOR")],
                 id="cancelled-a-summit-he-had-planned-to-host"),
    # Talks in an undated report with a guest "on an official visit": the report's day, not only its month.
    pytest.param("HANOI (VNA) - Prime Minister Pham Minh Chinh held talks with Singaporean Prime Minister Lawrence Wong, "
                 "who is on an official visit to Vietnam, at the Government Headquarters in Hanoi.", "2024-11-06",
                 [(M, {"Pham Minh Chinh", "Lawrence Wong"}, "2024-11-06", "occurred", "VNM")], id="undated-news-of-a-visit"),
    # A possessor's title makes no one of what he owns: welcoming an offer is no meeting with its maker.
    pytest.param("President Joe Biden spoke today with President Andres Manuel Lopez Obrador of Mexico. President Biden "
                 "welcomed President Lopez Obrador's offer to keep the border open.", "2023-12-20",
                 [(C, {"Joe Biden", "Andrés Manuel López Obrador"}, "2023-12-20", "occurred", None)],
                 id="welcomed-someones-offer"),
    # An active "joined" with a person and a place is a meeting; joining someone in doing something is not.
    pytest.param("Latvian President Edgars Rinkevics and Lithuanian President Gitanas Nauseda joined NATO Secretary-General "
                 "Mark Rutte on stage in Vilnius on Friday.", "2025-01-18",
                 [(M, {"Edgars Rinkēvičs", "Gitanas Nausėda", "Mark Rutte"}, "2025-01-17", "occurred", None)],
                 id="joined-someone-on-stage"),
    pytest.param("French President Emmanuel Macron joined U.S. President Joe Biden in calling for a ceasefire on Friday.",
                 "2024-03-02", [], id="joined-someone-in-doing"),
    # A gathering that opened "with" leaders; an untagged given name right after "Presidents".
    pytest.param("The Amazon summit opened on Tuesday in Belem with Presidents Luiz Inacio Lula da Silva of Brazil, Gustavo "
                 "Petro of Colombia and Luis Arce of Bolivia around the table.", "2023-08-09",
                 [(M, {"Luiz Inácio Lula da Silva", "Gustavo Petro", "Luis Arce"}, "2023-08-08", "occurred", "BRA")],
                 id="a-summit-opened-with"),
    # A trip one "will leave" for is planned, as the setting off is.
    pytest.param("Chinese President Xi Jinping will leave Astana on Thursday for a state visit to Tajikistan.", "2024-07-02",
                 [(V, {"Xi Jinping"}, "2024-07-04", "planned", "TJK")], id="leaves-for-a-visit"),
    # What happened during a trip ("during which the two announced ...") says nothing of the trip's status; a
    # time of what a call was about is not the call's.
    pytest.param("Chinese President Xi Jinping recalled that last November he paid a state visit to Brazil, during which the "
                 "two sides announced a new partnership.", "2025-02-07",
                 [(V, {"Xi Jinping"}, "2024-11", "occurred", "BRA")], id="during-which-announced"),
    pytest.param("Colombian President Gustavo Petro and his Venezuelan counterpart, Nicolas Maduro, talked on the phone on "
                 "Saturday about the reopening of the border on Sept. 26, the Colombian presidency said.", "2022-08-28",
                 [(C, {"Gustavo Petro", "Nicolás Maduro"}, "2022-08-27", "occurred", None)], id="time-of-the-topic"),
    # Itineraries: a leg joined with its verb left out keeps its own time; a verb the parser left unlabelled shares
    # the subject of the one before; a past "was back in X to host Y" reports what was done.
    pytest.param("Indian Prime Minister Narendra Modi will travel to Paris on Monday, where he will meet French President "
                 "Emmanuel Macron, and then to Athens on Wednesday for talks with Greek Prime Minister Kyriakos Mitsotakis.",
                 "2023-07-08",
                 [(M, {"Narendra Modi", "Emmanuel Macron"}, "2023-07-10", "planned", "FRA"),
                  (M, {"Narendra Modi", "Kyriakos Mitsotakis"}, "2023-07-12", "planned", "GRC")], id="legs-of-an-itinerary"),
    pytest.param("U.S. President Donald Trump will fly to Riyadh on Tuesday for talks with Saudi Crown Prince Mohammed bin "
                 "Salman, then travel to Doha on Wednesday to meet Qatar's Emir Sheikh Tamim bin Hamad Al Thani.", "2025-05-12",
                 [(M, {"Donald Trump", "Mohammed bin Salman"}, "2025-05-13", "planned", "SAU"),
                  (M, {"Donald Trump", "Tamim bin Hamad Al Thani"}, "2025-05-14", "planned", "QAT")], id="then-travel-unlabelled"),
    pytest.param("On Wednesday Russian President Vladimir Putin flew to Abu Dhabi, where he met UAE President Sheikh Mohamed "
                 "bin Zayed. On Thursday he was back in Moscow to host Iranian President Ebrahim Raisi.", "2023-12-08",
                 [(M, {"Vladimir Putin", "Mohamed bin Zayed Al Nahyan"}, "2023-12-06", "occurred", "ARE"),
                  (M, {"Vladimir Putin", "Ebrahim Raisi"}, "2023-12-07", "occurred", "RUS")], id="was-back-to-host"),
    # Talks with no subject in a where-clause on a destination are the traveller's.
    pytest.param("Ukrainian President Volodymyr Zelensky will address the U.N. General Assembly in New York on Tuesday and "
                 "then travel to Washington, where talks with U.S. President Joe Biden are planned for Thursday.", "2023-09-18",
                 [(M, {"Volodymyr Zelenskyy", "Joe Biden"}, "2023-09-21", "planned", "USA")], id="talks-where-the-traveller-goes"),
    # A name right after a meeting verb that the parser hung elsewhere is the one met.
    pytest.param("Russian President Vladimir Putin is expected to visit North Korea later this month, where he will meet "
                 "leader Kim Jong Un, South Korean officials said on Monday.", "2024-06-10",
                 [(M, {"Vladimir Putin", "Kim Jong Un"}, "2024-06", "planned", "PRK")], id="name-right-after-the-verb"),
    # A verb of talking says only that two talked: in person after a reception, by phone where the story says so.
    pytest.param("Colombian President Gustavo Petro travelled to Caracas on Tuesday. Venezuelan President Nicolas Maduro "
                 "received him at Miraflores palace. The two presidents spoke for more than four hours.", "2022-11-02",
                 [(M, {"Nicolás Maduro", "Gustavo Petro"}, "2022-11-01", "occurred", "VEN")], id="spoke-after-a-reception"),
    pytest.param("Japanese Prime Minister Shigeru Ishiba talked with U.S. President-elect Donald Trump for about five minutes "
                 "on Thursday, their first conversation since the election. Ishiba said the phone conversation had been "
                 "friendly.", "2024-11-08",
                 [(C, {"Shigeru Ishiba", "Donald Trump"}, "2024-11-07", "occurred", None)], id="talked-then-phone-conversation"),
    # An encounter after which a clause is placed, with a party of its own, is the subject's with that party only.
    pytest.param("Ukrainian President Volodymyr Zelensky was received in Rome on Saturday by Prime Minister Giorgia Meloni, "
                 "after an audience with President Sergio Mattarella.", "2023-05-14",
                 [(M, {"Volodymyr Zelenskyy", "Giorgia Meloni"}, "2023-05-13", "occurred", "ITA"),
                  (M, {"Volodymyr Zelenskyy", "Sergio Mattarella"}, "2023-05-13", "occurred", "ITA")],
                 id="received-after-an-audience"),
    # "The four leaders met": with no one named before, the four the next sentence names.
    pytest.param("The four Quad leaders met in Hiroshima on Saturday on the sidelines of the G7 summit. U.S. President Joe "
                 "Biden, Japanese Prime Minister Fumio Kishida, Indian Prime Minister Narendra Modi and Australian Prime "
                 "Minister Anthony Albanese pledged to expand cooperation.", "2023-05-21",
                 [(M, {"Joe Biden", "Fumio Kishida", "Narendra Modi", "Anthony Albanese"}, "2023-05-20", "occurred", "JPN")],
                 id="the-four-named-after"),
    # Being "on the line" or "on the phone" together is a call.
    pytest.param("U.S. President Donald Trump and Russian President Vladimir Putin were on the line for more than two hours "
                 "on Tuesday. During the conversation, Putin agreed to a pause in strikes.", "2025-03-19",
                 [(C, {"Donald Trump", "Vladimir Putin"}, "2025-03-18", "occurred", None)], id="on-the-line"),
    # A tour owned by a traveller is the traveller's alone, whoever received him on it.
    pytest.param("MANAGUA (Prensa Latina) Nicaraguan President Daniel Ortega received today his Iranian counterpart Ebrahim "
                 "Raisi at the Casa de los Pueblos, as part of the Iranian leader's tour of Venezuela, Nicaragua and Cuba. "
                 "Both leaders signed agreements on energy.", "2023-06-13",
                 [(M, {"Daniel Ortega", "Ebrahim Raisi"}, "2023-06-13", "occurred", "NIC"),
                  (V, {"Ebrahim Raisi"}, "2023-06-13", "occurred", "VEN")], id="a-tour-is-the-owners"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", NINTH_ROUND)
def test_mechanisms_of_the_ninth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
