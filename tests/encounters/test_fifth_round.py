"""Encounter mechanisms of issue 9, fifth round: each on a sentence written for it.

Same shape as test_mechanisms.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

FIFTH_ROUND = [
    # A holiday names its day: "days after" a party took office does not recount it.
    pytest.param("Antony Blinken and Qin Gang first spoke on New Year's Day, days after Qin took office.", "2023-02-04",
                 [(C, {"Antony Blinken", "Qin Gang"}, "2023-01-01", "occurred", None)], id="holiday-names-its-day"),
    # A bare name part two people share is the one named last before it.
    pytest.param("Chinese Commerce Minister Wang Wentao met U.S. Commerce Secretary Gina Raimondo in Washington on "
                 "Thursday. Wang is due to meet U.S. Trade Representative Katherine Tai on Friday. Both meetings come "
                 "after Foreign Minister Wang Yi and U.S. National Security Adviser Jake Sullivan held talks in Vienna "
                 "earlier this month.", "2023-05-26",
                 [(M, {"Wang Wentao", "Gina Raimondo"}, "2023-05-25", "occurred", "USA"),
                  (M, {"Wang Wentao", "Katherine Tai"}, "2023-05-26", "planned", None),
                  (M, {"Wang Yi", "Jake Sullivan"}, "2023-05", "occurred", "AUT")], id="shared-surname-named-last"),
    # A participle clause with no subject of its own is the main subject's: "Recalling his talks with ...".
    pytest.param("Recalling his talks with Chancellor Olaf Scholz in Berlin last June, Chinese Premier Li Qiang said the "
                 "two sides had agreed to deepen ties.", "2024-04-01",
                 [(M, {"Li Qiang", "Olaf Scholz"}, "2023-06", "occurred", "DEU")], id="participle-takes-main-subject"),
    # "a day after holding talks with A and B": the main subject held them, one day before the main clause's day.
    pytest.param("Modi also met French President Emmanuel Macron over lunch on Sunday, a day after holding talks with "
                 "British Prime Minister Rishi Sunak and Italian Prime Minister Giorgia Meloni.", "2023-09-10",
                 [(M, {"Narendra Modi", "Emmanuel Macron"}, "2023-09-10", "occurred", None),
                  (M, {"Narendra Modi", "Rishi Sunak"}, "2023-09-09", "occurred", None),
                  (M, {"Narendra Modi", "Giorgia Meloni"}, "2023-09-09", "occurred", None)], id="day-after-holding-talks"),
    pytest.param("Albanese met Widodo in Jakarta on Tuesday, two days after meeting Philippine President Ferdinand "
                 "Marcos in Manila.", "2023-09-10",
                 [(M, {"Anthony Albanese", "Joko Widodo"}, "2023-09-05", "occurred", "IDN"),
                  (M, {"Anthony Albanese", "Ferdinand Marcos Jr."}, "2023-09-03", "occurred", "PHL")],
                 id="days-after-meeting"),
    # Counted back from a clause whose encounter is its object noun: "held talks ..., two days after hosting".
    pytest.param("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Friday, "
                 "two days after hosting Tanzanian President Samia Suluhu Hassan.", "2024-03-16",
                 [(M, {"William Ruto", "Yoweri Museveni"}, "2024-03-15", "occurred", "KEN"),
                  (M, {"William Ruto", "Samia Suluhu Hassan"}, "2024-03-13", "occurred", "KEN")],
                 id="days-after-hosting"),
    # Receiving a phone call is the call, not a visitor received.
    pytest.param("Doha, June 8 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received a phone call today "
                 "from Dr. Masoud Pezeshkian, President of the Islamic Republic of Iran, who thanked him for his support.",
                 "2025-06-08", [(C, {"Tamim bin Hamad Al Thani", "Masoud Pezeshkian"}, "2025-06-08", "occurred", None)],
                 id="received-a-phone-call"),
    # A call noun with no parties after a sentence whose joint subject is two officials: their call, not the
    # call in focus; what comes before "and" in the subject is not the second one's title.
    pytest.param("Sultan Haitham bin Tariq received a phone call from Iranian President Masoud Pezeshkian on Sunday. "
                 "His Majesty the Sultan and Jordan's King Abdullah II reviewed regional developments on Friday. "
                 "Friday's telephone conversation was made at the request of the Jordanian side.", "2025-06-08",
                 [(C, {"Haitham bin Tariq", "Masoud Pezeshkian"}, "2025-06-08", "occurred", None),
                  (C, {"Haitham bin Tariq", "Abdullah II"}, "2025-06-06", "occurred", None)], id="call-of-joint-subjects"),
    # A name hung on the last of a chain of "of" phrases is the holder of the title the chain starts with.
    pytest.param("Secretary General of the Communist Party of Laos Central Committee Thongloun Sisoulith held talks "
                 "with Chinese President Xi Jinping in Beijing on Monday.", "2024-06-08",
                 [(M, {"Thongloun Sisoulith", "Xi Jinping"}, "2024-06-03", "occurred", "CHN")], id="name-down-of-chain"),
    # A title with a post that has its article ("Envoy to the Middle East") still titles the name after it,
    # and the region's last word is not the name's first.
    pytest.param("U.S. Special Envoy to the Middle East Steve Witkoff met Qatari Prime Minister Mohammed bin "
                 "Abdulrahman Al Thani in Doha on Monday.", "2025-04-13",
                 [(M, {"Steve Witkoff", "Mohammed bin Abdulrahman bin Jassim Al Thani"}, "2025-04-07", "occurred", "QAT")],
                 id="envoy-to-a-region"),
    # "along with" adds a second object to the verb: the summit is cancelled too, and the day it was called
    # off is not its day. "The four leaders" are the four just named together.
    pytest.param("Biden cancelled his trip last week, along with a summit in Sydney with Australian Prime Minister "
                 "Anthony Albanese, Indian Prime Minister Narendra Modi and Japan's Fumio Kishida. The four leaders met "
                 "instead on Saturday in Hiroshima.", "2023-05-22",
                 [(M, {"Joe Biden", "Anthony Albanese", "Narendra Modi", "Fumio Kishida"}, None, "cancelled", "AUS"),
                  (M, {"Joe Biden", "Anthony Albanese", "Narendra Modi", "Fumio Kishida"}, "2023-05-20", "occurred", "JPN")],
                 id="along-with-and-the-four-leaders"),
    # Due in a city the tagger took for a building, then the same subject "cancelled the stop".
    pytest.param("Chancellor Olaf Scholz had been due in Port Moresby today, but cancelled the stop last week.",
                 "2023-05-22", [(V, {"Olaf Scholz"}, "2023-05-22", "cancelled", "PNG")], id="due-in-then-cancelled-the-stop"),
    # Of the times a travel verb holds on both sides of "for talks", the later one is the talks'.
    pytest.param("Anthony Albanese flies to Jakarta tonight for talks with President Joko Widodo on Wednesday.",
                 "2023-05-22", [(M, {"Anthony Albanese", "Joko Widodo"}, "2023-05-24", "planned", "IDN")],
                 id="flies-tonight-for-talks-on-a-weekday"),
    # A Korean given name goes on in lower case after its hyphen, where the tagger missed the name.
    pytest.param("Han Duck-soo, who served as acting president for much of the period, spoke with Japanese Prime "
                 "Minister Shigeru Ishiba by phone on April 8.", "2025-06-10",
                 [(C, {"Han Duck-soo", "Shigeru Ishiba"}, "2025-04-08", "occurred", None)], id="hyphenated-korean-name"),
    # The summit a trip is for is as the trip is: hoped for, it is not reported.
    pytest.param("Lee expressed hope that Chinese President Xi Jinping could visit South Korea for the APEC summit in "
                 "Gyeongju later this year.", "2025-06-10", [], id="summit-a-hoped-trip-is-for"),
    # The meeting a hosting verb takes as its object is the verb's encounter, told once.
    pytest.param("Blinken will go on to Fiji later this week before co-hosting a meeting of Pacific foreign ministers "
                 "with Fiji's Prime Minister Sitiveni Rabuka in Suva on Monday.", "2024-05-22",
                 [(V, {"Antony Blinken"}, "2024-05-20", "planned", "FJI"),
                  (M, {"Antony Blinken", "Sitiveni Rabuka"}, "2024-05-27", "planned", "FJI")], id="object-of-a-hosting-verb"),
    # Separate meetings and then the talks the host brought them together for: three encounters, on the day
    # the lead names for its news (not the dateline's).
    pytest.param("NAIROBI, Dec 12 (Reuters) - Kenya and Uganda agreed late on Wednesday to reopen their border. Kenyan "
                 "President William Ruto held separate meetings with Ugandan President Yoweri Museveni and Tanzanian "
                 "President Samia Suluhu Hassan before bringing them together for two hours of talks.", "2024-12-12",
                 [(M, {"William Ruto", "Yoweri Museveni"}, "2024-12-11", "occurred", "KEN"),
                  (M, {"William Ruto", "Samia Suluhu Hassan"}, "2024-12-11", "occurred", "KEN"),
                  (M, {"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, "2024-12-11", "occurred", "KEN")],
                 id="separate-then-brought-together"),
    # A host with guests of two countries for rounds of talks in two months: one three-way meeting a month.
    pytest.param("Kenya and Uganda signed a border accord on Monday. Kenyan Foreign Minister Musalia Mudavadi hosted his "
                 "Ugandan and Tanzanian counterparts, Jeje Odongo and Mahmoud Thabit Kombo, for rounds of talks in "
                 "Nairobi in July and August.", "2024-12-12",
                 [(M, {"Musalia Mudavadi", "Jeje Odongo", "Mahmoud Thabit Kombo"}, "2024-07", "occurred", "KEN"),
                  (M, {"Musalia Mudavadi", "Jeje Odongo", "Mahmoud Thabit Kombo"}, "2024-08", "occurred", "KEN")],
                 id="rounds-in-two-months"),
    # Titles with their post and its articles ("Special Representative of the European Union for Central Asia"),
    # and a name the parser hangs on the country ending its title, are officials.
    pytest.param("Today, President of Turkmenistan Serdar Berdimuhamedov received Special Representative of the "
                 "European Union for Central Asia Terhi Hakala. He also received Deputy Minister of Foreign Affairs of "
                 "the Russian Federation Mikhail Galuzin.", "2023-11-17",
                 [(M, {"Serdar Berdimuhamedow", "Terhi Hakala"}, "2023-11-17", "occurred", "TKM"),
                  (M, {"Serdar Berdimuhamedow", "Mikhail Galuzin"}, "2023-11-17", "occurred", "TKM")],
                 id="titles-with-posts"),
    # "the heads of state of A, B and C" are their leaders.
    pytest.param("The trilateral summit of the heads of state of Turkmenistan, Azerbaijan and Turkey was held in Avaza "
                 "in December last year.", "2023-11-17",
                 [(M, {"Serdar Berdimuhamedow", "Ilham Aliyev", "Recep Tayyip Erdoğan"}, "2022-12", "occurred", None)],
                 id="heads-of-state-of"),
    # A surname after another person's given name ends that person's name, not a namesake's.
    pytest.param("President of Turkmenistan Serdar Berdimuhamedov met Chinese Premier Li Qiang on Monday. On the same "
                 "day, Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov received Li Qiang.", "2023-11-17",
                 [(M, {"Serdar Berdimuhamedow", "Li Qiang"}, "2023-11-13", "occurred", None),
                  (M, {"Gurbanguly Berdimuhamedow", "Li Qiang"}, "2023-11-13", "occurred", "TKM")],
                 id="surname-after-a-given-name"),
    # A title holder the text spells otherwise is the one a group reference means.
    pytest.param("President of Turkmenistan Serdar Berdimukhamedoff met Chinese Premier Li Qiang on Monday. The leaders "
                 "of Turkmenistan and China then held talks with the Kazakh president.", "2023-05-18",
                 [(M, {"Serdar Berdimukhamedoff", "Li Qiang"}, "2023-05-15", "occurred", None),
                  (M, {"Serdar Berdimukhamedoff", "Xi Jinping", "Kassym-Jomart Tokayev"}, "2023-05-15", "occurred", None)],
                 id="holder-spelt-otherwise"),
    # A role is the office holder of the encounter's own time, not of the publication day.
    pytest.param("The presidents of Turkmenistan and China held a video call in January 2022.", "2023-05-18",
                 [(C, {"Gurbanguly Berdimuhamedow", "Xi Jinping"}, "2022-01", "occurred", None)],
                 id="holders-at-the-time"),
    # A handle with a short country tag after the name is that person, not a second one.
    pytest.param("Modi posted that he had held a productive meeting with President @ZelenskyyUa in Kyiv on Friday.",
                 "2024-08-23", [(M, {"Narendra Modi", "Volodymyr Zelenskyy"}, "2024-08-23", "occurred", "UKR")],
                 id="handle-with-a-country-tag"),
    # "Earlier in the day" is the day of the report's news, not the day last named in passing.
    pytest.param("Vladimir Putin and Indian Prime Minister Narendra Modi spoke by phone on Friday. Putin told Modi about "
                 "his meeting with U.S. envoy Steve Witkoff, which took place in Moscow on August 6. Earlier in the day, "
                 "Putin had a telephone conversation with Chinese President Xi Jinping.", "2025-08-08",
                 [(C, {"Vladimir Putin", "Narendra Modi"}, "2025-08-08", "occurred", None),
                  (M, {"Vladimir Putin", "Steve Witkoff"}, "2025-08-06", "occurred", None),
                  (C, {"Vladimir Putin", "Xi Jinping"}, "2025-08-08", "occurred", None)], id="earlier-in-the-day"),
    # A time quoted on its own after an encounter is that encounter's, wherever the parser hung the fragment.
    pytest.param('Macron told reporters he expected to speak with Putin "this week."', "2025-03-12",
                 [(C, {"Emmanuel Macron", "Vladimir Putin"}, "2025-03-10", "planned", None)], id="quoted-time"),
    # A delegation headed by a list of titled names the parser broke up: every name on the list leads it.
    pytest.param("The U.S. delegation, led by Secretary of State Marco Rubio and National Security Adviser Mike Waltz, "
                 "met a Ukrainian team headed by presidential chief of staff Andriy Yermak, Foreign Minister Andrii "
                 "Sybiha and Defence Minister Rustem Umerov in Jeddah on Tuesday.", "2025-03-12",
                 [(M, {"Marco Rubio", "Mike Waltz", "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov"}, "2025-03-11",
                   "occurred", "SAU")], id="delegations-headed-by-lists"),
    # A trip to hand something to the host in person is a meeting with the host.
    pytest.param("U.S. envoy Steve Witkoff is expected to travel to Moscow later this week to present the proposal to "
                 "Russian President Vladimir Putin, a source said.", "2025-03-12",
                 [(M, {"Steve Witkoff", "Vladimir Putin"}, "2025-03-10", "planned", "RUS")], id="trip-to-present-to-host"),
    # Talks that only place a clause in time ("before the talks") are not the clause's encounter; the noun
    # that names the three-way encounter is.
    pytest.param("Trump and Kim Jong Un met at Panmunjom on Sunday. President Moon Jae-in joined the two leaders briefly "
                 "outside the Freedom House before the talks, in the first three-way encounter of the leaders.",
                 "2019-06-30", [(M, {"Donald Trump", "Kim Jong Un"}, "2019-06-30", "occurred", "KOR"),
                                (M, {"Donald Trump", "Kim Jong Un", "Moon Jae-in"}, "2019-06-30", "occurred", None)],
                 id="joined-before-the-talks"),
    # "calls off" a summit is no phone call; a conversation "after" which something was announced was the
    # announcer's.
    pytest.param("Trump calls off Budapest summit with Putin. Trump had announced the summit on October 16 after a "
                 "telephone conversation with Putin.", "2025-10-22",
                 [(M, {"Donald Trump", "Vladimir Putin"}, None, "cancelled", None),
                  (C, {"Donald Trump", "Vladimir Putin"}, "2025-10-16", "occurred", None)], id="calls-off"),
    # A second with-phrase the parser joined to another preposition names a second party, with its own day;
    # counting from the swearing-in dates only the call those words are about.
    pytest.param("South Korean President Lee Jae-myung was sworn in on June 4. He spoke with French President Emmanuel "
                 "Macron for about 20 minutes on Friday night, two days after the swearing-in, and with German "
                 "Chancellor Friedrich Merz on Monday.", "2025-06-10",
                 [(C, {"Lee Jae-myung", "Emmanuel Macron"}, "2025-06-06", "occurred", None),
                  (C, {"Lee Jae-myung", "Friedrich Merz"}, "2025-06-09", "occurred", None)], id="and-with-on-another-day"),
    # A gathering whose phrase the parser broke off before its last word still takes the clause on that word,
    # and "with the leaders of A and B" names them.
    pytest.param("Kishida is also expected to travel to the United States later this month for a summit of the Quad "
                 "grouping hosted by U.S. President Joe Biden with the leaders of India and Australia.", "2024-09-05",
                 [(M, {"Fumio Kishida", "Joe Biden", "Narendra Modi", "Anthony Albanese"}, "2024-09-21", "planned", "USA")],
                 id="broken-off-gathering-phrase"),
    # "Summit Meeting" is one encounter; a list of titled names broken off "held among" still lists its parties.
    pytest.param("The two ministers welcomed the Japan-U.S.-ROK Summit Meeting held among Prime Minister KISHIDA, "
                 "President Joseph R. Biden, Jr. of the United States and President YOON Suk Yeol on the margins of the "
                 "NATO Summit in Madrid.", "2022-07-01",
                 [(M, {"Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"}, "2022-06-28", "occurred", "ESP")],
                 id="summit-meeting-held-among-a-list"),
    # An encounter worked toward is planned.
    pytest.param("The White House said the two sides agreed to work toward a phone call between President Joe Biden and "
                 "President Xi Jinping.", "2024-01-27", [(C, {"Joe Biden", "Xi Jinping"}, None, "planned", None)],
                 id="work-toward-a-call"),
    # A bare title used as a name in a release is the one of its bearers the story is about; a bullet list
    # ends where numbered paragraphs go on.
    pytest.param("Prime Minister Shri Narendra Modi held talks with President of Guyana Mohamed Irfaan Ali in Georgetown "
                 "on 20 November 2024.\n\n2. On the sidelines of the summit, Prime Minister held bilateral meetings with:"
                 "\n• Prime Minister of Barbados, Ms. Mia Amor Mottley\n• Prime Minister of Dominica, Mr. Roosevelt "
                 "Skerrit\n\n3. Prime Minister arrived in Georgetown from Abuja, where he held talks with President Bola "
                 "Ahmed Tinubu on 17 November.", "2024-11-21",
                 [(M, {"Narendra Modi", "Irfaan Ali"}, "2024-11-20", "occurred", "GUY"),
                  (M, {"Narendra Modi", "Mia Mottley"}, "2024-11-20", "occurred", None),
                  (M, {"Narendra Modi", "Roosevelt Skerrit"}, "2024-11-20", "occurred", None),
                  (M, {"Narendra Modi", "Bola Tinubu"}, "2024-11-17", "occurred", "NGA")], id="bare-title-and-numbered-list"),
    # A purpose infinitive is as the going it is the purpose of: planned, where the going is planned.
    pytest.param("The crown prince Mohammed bin Salman will fly to New Delhi on Tuesday, where he will hold talks with "
                 "Prime Minister Narendra Modi on Wednesday, before heading to Beijing to meet President Xi Jinping.",
                 "2019-02-18", [(M, {"Mohammed bin Salman", "Narendra Modi"}, "2019-02-20", "planned", "IND"),
                                (M, {"Mohammed bin Salman", "Xi Jinping"}, "2019-02-19", "planned", "CHN")],
                 id="purpose-of-a-planned-trip"),
    # "The pair" are the two just named; a recalled meeting on a summit's sidelines takes the summit's time.
    pytest.param("Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing on Monday. The "
                 "pair last met on the sidelines of the G20 summit in Bali in November last year.", "2023-11-06",
                 [(M, {"Anthony Albanese", "Xi Jinping"}, "2023-11-06", "occurred", "CHN"),
                  (M, {"Anthony Albanese", "Xi Jinping"}, "2022-11-15", "occurred", "IDN")], id="the-pair"),
    # "King Abdullah" is the king of the country the article names; "Abdullah II" is the same man.
    pytest.param("Sisi, King Abdullah, Kadhimi hold tripartite summit in Baghdad\n\nBaghdad, June 27 (MENA) - President "
                 "Abdel Fattah El Sisi, Jordan's King Abdullah II and Iraqi Prime Minister Mustafa al-Kadhimi held a "
                 "tripartite summit in Baghdad on Sunday. They said that they would work on the plans for an electricity "
                 "grid and for a pipeline in the coming years.", "2021-06-27",
                 [(M, {"Abdel Fattah el-Sisi", "Abdullah II", "Mustafa al-Kadhimi"}, "2021-06-27", "occurred", "IRQ")],
                 id="king-abdullah-and-abdullah-ii"),
    # A relative clause that brings people together, hung after the gathering by the parser; a role joined to
    # the names is the holder then.
    pytest.param("The tripartite mechanism was launched at a summit in Cairo in March 2019, which brought together "
                 "Egyptian President Abdel Fattah el-Sisi, Jordan's King Abdullah II and the then Iraqi prime minister.",
                 "2021-06-27", [(M, {"Abdel Fattah el-Sisi", "Abdullah II", "Adil Abdul-Mahdi"}, "2019-03", "occurred", "EGY")],
                 id="which-brought-together"),
    # A meeting the clause is placed after, with people but no one who had it, was the clause subject's; one
    # meeting in the singular with two others is one three-way meeting.
    pytest.param("After a meeting in Vilnius with Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf "
                 "Kristersson on Monday, NATO Secretary General Jens Stoltenberg told reporters that Ankara had agreed.",
                 "2023-07-12", [(M, {"Jens Stoltenberg", "Recep Tayyip Erdoğan", "Ulf Kristersson"}, "2023-07-10",
                                 "occurred", "LTU")], id="after-a-meeting-with-two"),
    # Talks with no place or day of their own between two the article reports a call between are that call.
    pytest.param("Sheinbaum wins one-month tariff pause after morning talk with Trump\n\nMexican President Claudia "
                 "Sheinbaum and U.S. President Donald Trump spoke by phone for about 45 minutes on Monday morning and "
                 "agreed to put off the tariffs for one month.", "2025-02-04",
                 [(C, {"Claudia Sheinbaum", "Donald Trump"}, "2025-02-03", "occurred", None)], id="talk-that-was-a-call"),
    # A call that frames a clause ("In a separate call, ...") is between the clause's people; a bare "His
    # Highness" is the one styled so before; "His Majesty" is no pronoun; an Arabic name with more lineage than
    # the tables hold is still the office holder.
    pytest.param("His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received a phone call from "
                 "French President Emmanuel Macron. His Highness also received phone calls from King Abdullah II of "
                 "Jordan and President Abdel Fattah El Sisi of Egypt. In a separate call, His Highness exchanged Eid "
                 "greetings with Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince of Saudi Arabia. His Highness "
                 "the President will travel to Paris on 18th July for a two-day state visit, during which he will hold "
                 "talks with President Macron.", "2022-07-08",
                 [(C, {"Mohamed bin Zayed Al Nahyan", "Emmanuel Macron"}, "2022-07-08", "occurred", None),
                  (C, {"Mohamed bin Zayed Al Nahyan", "Abdullah II"}, "2022-07-08", "occurred", None),
                  (C, {"Mohamed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi"}, "2022-07-08", "occurred", None),
                  (C, {"Mohamed bin Zayed Al Nahyan", "Mohammed bin Salman"}, "2022-07-08", "occurred", None),
                  (M, {"Mohamed bin Zayed Al Nahyan", "Emmanuel Macron"}, "2022-07-18", "planned", "FRA")],
                 id="his-highness-and-a-separate-call"),
    # A single word of a name is its first or last word, not a middle name another person shares.
    pytest.param("UAE central bank governor Khaled Mohamed Balama signed the currency agreement in Abu Dhabi on Saturday. "
                 "UAE President Sheikh Mohamed bin Zayed hosted Indian Prime Minister Narendra Modi at Qasr Al Watan. "
                 "Sheikh Mohamed and Modi last met in June last year.", "2023-07-15",
                 [(M, {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"}, "2023-07-15", "occurred", "ARE"),
                  (M, {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"}, "2022-06", "occurred", None)], id="not-a-middle-name"),
    # A place inside what talks are about is no venue.
    pytest.param("U.S. Secretary of State Antony Blinken held talks with Canadian Foreign Minister Melanie Joly on "
                 "Thursday on support for Ukraine and human rights in Iran.", "2022-10-28",
                 [(M, {"Antony Blinken", "Mélanie Joly"}, "2022-10-27", "occurred", None)], id="topic-is-no-venue"),
    # Several who "separately called on" one official met her one by one; the purpose of a call is that call.
    pytest.param("Prime Minister Sheikh Hasina took oath on Monday. Earlier in the morning, Indian High Commissioner "
                 "Pranay Kumar Verma, Chinese Ambassador Yao Wen and Russian Ambassador Alexander Mantytskiy separately "
                 "called on the Prime Minister at her official residence. Sri Lankan President Ranil Wickremesinghe also "
                 "telephoned the Prime Minister in the afternoon to greet her.", "2024-01-08",
                 [(M, {"Pranay Kumar Verma", "Sheikh Hasina"}, "2024-01-08", "occurred", None),
                  (M, {"Yao Wen", "Sheikh Hasina"}, "2024-01-08", "occurred", None),
                  (M, {"Alexander Mantytskiy", "Sheikh Hasina"}, "2024-01-08", "occurred", None),
                  (C, {"Ranil Wickremesinghe", "Sheikh Hasina"}, "2024-01-08", "occurred", None)],
                 id="separately-called-on"),
    # A singular relative clause on the second of two subjects is about that one alone, and what it tells
    # (talks elsewhere) does not put the two in one room.
    pytest.param("Turkish Foreign Minister Hakan Fidan and U.S. Secretary of State Antony Blinken, who was in Beijing at "
                 "the time for talks with Chinese President Xi Jinping, spoke on Friday, according to diplomatic sources.",
                 "2024-04-27", [(M, {"Antony Blinken", "Xi Jinping"}, "2024-04-26", "occurred", "CHN"),
                                (C, {"Antony Blinken", "Hakan Fidan"}, "2024-04-26", "occurred", None)],
                 id="relative-clause-on-one-subject"),
    # "took place ... with the participation of A, B and C": those who took part in the gathering.
    pytest.param("The second summit of the Central Asia - Germany format took place in Astana on Tuesday with the "
                 "participation of President Kassym-Jomart Tokayev, Chancellor Olaf Scholz and President Shavkat "
                 "Mirziyoyev.", "2024-09-17",
                 [(M, {"Kassym-Jomart Tokayev", "Olaf Scholz", "Shavkat Mirziyoyev"}, "2024-09-17", "occurred", "KAZ")],
                 id="with-the-participation-of"),
    # Participles the parser hung on the verb that holds the gathering still say who hosted and attended it.
    pytest.param("Bahrain's King Hamad bin Isa Al Khalifa took part yesterday in a consultative meeting in El Alamein, "
                 "hosted by President Abdel Fattah El-Sisi and attended by King Abdullah II and Iraqi Prime Minister "
                 "Mustafa al-Kadhimi.", "2022-08-23",
                 [(M, {"Hamad bin Isa Al Khalifa", "Abdel Fattah el-Sisi", "Abdullah II", "Mustafa al-Kadhimi"},
                   "2022-08-22", "occurred", "EGY")], id="hosted-by-and-attended-by"),
    # "met A at X and then B at Y": the verb left out before B; "and then" tells the two meetings apart.
    pytest.param("U.S. President Joe Biden met Prime Minister Rishi Sunak at Downing Street and then King Charles III "
                 "at Windsor Castle on Monday.", "2023-07-10",
                 [(M, {"Joe Biden", "Rishi Sunak"}, "2023-07-10", "occurred", "GBR"),
                  (M, {"Joe Biden", "Charles III"}, "2023-07-10", "occurred", "GBR")], id="and-then-another"),
    # A video conference one leader convenes with three others is one four-way call; a press conference is none.
    pytest.param("South African President Cyril Ramaphosa, who holds the rotating AU chairmanship, convened the video "
                 "conference with Egyptian President Abdel Fattah al-Sisi, Ethiopian Prime Minister Abiy Ahmed and "
                 "Sudanese Prime Minister Abdalla Hamdok on Friday. Ramaphosa told a press conference in Pretoria on "
                 "Saturday that the talks would go on.", "2020-06-27",
                 [(C, {"Cyril Ramaphosa", "Abdel Fattah el-Sisi", "Abiy Ahmed", "Abdalla Hamdok"}, "2020-06-26",
                   "occurred", None)], id="convened-a-video-conference"),
    # "The two leaders" are the leaders at the time spoken of: not "then-President Trump", named last.
    pytest.param("Turkish President Recep Tayyip Erdogan had been expected to hold talks with U.S. President Joe Biden at "
                 "the White House on May 9, in what would have been his first visit there since November 2019, when he "
                 "was hosted by then-President Donald Trump. The two leaders last held bilateral talks in July 2023 on "
                 "the sidelines of the NATO summit in Vilnius.", "2024-04-27",
                 [(M, {"Recep Tayyip Erdoğan", "Joe Biden"}, "2024-05-09", "planned", "USA"),
                  (M, {"Recep Tayyip Erdoğan", "Donald Trump"}, "2019-11", "occurred", "USA"),
                  (M, {"Recep Tayyip Erdoğan", "Joe Biden"}, "2023-07-11", "occurred", "LTU")], id="the-two-leaders-then"),
    # "On the eve of the summit": the day before the day the story gave the summit it is about.
    pytest.param("ASTANA, September 17 - The second summit of the Central Asia - Germany format took place in Astana on "
                 "Tuesday. On the eve of the summit, Kazakh President Kassym-Jomart Tokayev held talks with German "
                 "Chancellor Olaf Scholz at the Akorda.", "2024-09-17",
                 [(M, {"Kassym-Jomart Tokayev", "Olaf Scholz"}, "2024-09-16", "occurred", "KAZ")], id="eve-of-the-summit-told"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", FIFTH_ROUND)
def test_mechanisms_of_the_fifth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
