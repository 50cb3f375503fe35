"""Encounter mechanisms of issue 9, tenth round: each on a sentence written for it.

Same shape as test_ninth_round.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

TENTH_ROUND = [
    # "During the calls" points back at the calls just told: "the leaders" of those calls make no third call.
    pytest.param("ABU DHABI: Abu Dhabi Crown Prince Khaled bin Mohamed bin Zayed received separate phone calls on Tuesday "
                 "from Kenyan President William Ruto and Ugandan President Yoweri Museveni, the state news agency reported. "
                 "During the calls, the leaders discussed trade.", "2024-04-17",
                 [(C, {"Khaled bin Mohamed Al Nahyan", "William Ruto"}, "2024-04-16", "occurred", None),
                  (C, {"Khaled bin Mohamed Al Nahyan", "Yoweri Museveni"}, "2024-04-16", "occurred", None)],
                 id="during-the-calls-told-before"),
    # The same for meetings: "during the talks" with people who all took part in the ones told.
    pytest.param("Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara on Monday and with "
                 "Togolese President Faure Gnassingbé on Tuesday. During the talks, the leaders reviewed border security.",
                 "2025-03-06",
                 [(M, {"John Mahama", "Alassane Ouattara"}, "2025-03-03", "occurred", None),
                  (M, {"John Mahama", "Faure Gnassingbé"}, "2025-03-04", "occurred", None)],
                 id="during-the-talks-told-before"),
    # ... but "their previous call", with a time of its own, is another call.
    pytest.param("Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Saturday. In "
                 "their previous call, in March, the two discussed the fuel pipeline.", "2024-06-17",
                 [(C, {"William Ruto", "Yoweri Museveni"}, "2024-06-15", "occurred", None),
                  (C, {"William Ruto", "Yoweri Museveni"}, "2024-03", "occurred", None)],
                 id="during-their-previous-call-is-another"),
    # A trip to attend a summit edition the tables know goes where it is held, on its opening day; not when
    # attended from afar, nor by the host country's own leader.
    pytest.param("Ghanaian President Nana Akufo-Addo will attend the G20 summit next month, his office said.", "2023-08-15",
                 [(V, {"Nana Akufo-Addo"}, "2023-09-09", "planned", "IND")],
                 id="attending-a-known-summit-is-a-trip-there"),
    pytest.param("Ghanaian President Nana Akufo-Addo will attend the G20 summit virtually next month, his office said.",
                 "2023-08-15", [], id="attending-a-summit-virtually-is-no-trip"),
    pytest.param("Indian Prime Minister Narendra Modi will attend the G20 summit next month, his office said.", "2023-08-15",
                 [], id="the-host-attending-is-no-trip"),
    # Counted forward: the encounter lies the offset from the time told inside the phrase that places it.
    pytest.param("Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House, a day after he "
                 "was hosted by Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday.", "2024-05-10",
                 [(M, {"William Ruto", "Yoweri Museveni"}, "2024-05-08", "occurred", "KEN"),
                  (M, {"William Ruto", "Samia Suluhu Hassan"}, "2024-05-07", "occurred", "TZA")],
                 id="a-day-after-a-clause-with-its-own-day"),
    pytest.param("Argentine President Javier Milei and Paraguayan President Santiago Peña held talks in Asunción the morning "
                 "after Peña welcomed his guest at the airport on the evening of March 4.", "2025-03-06",
                 [(M, {"Javier Milei", "Santiago Peña"}, "2025-03-05", "occurred", "PRY")],
                 id="the-morning-after"),
    # ... and a call in such a phrase, with only "with" named, is the clause subject's.
    pytest.param("French President Emmanuel Macron hosted Polish Prime Minister Donald Tusk at the Elysee, a day after a "
                 "long phone call with German Chancellor Olaf Scholz on Monday.", "2024-05-08",
                 [(M, {"Emmanuel Macron", "Donald Tusk"}, "2024-05-07", "occurred", "FRA"),
                  (C, {"Emmanuel Macron", "Olaf Scholz"}, "2024-05-06", "occurred", None)],
                 id="a-day-after-a-call-with"),
    # "It came a day after ...": "it" is the encounter just told; the one in the clause lies a day before it.
    pytest.param("Chinese President Xi Jinping met Chilean President Gabriel Boric in Santiago on Wednesday. It came a day "
                 "after Xi held talks with Argentine President Javier Milei in Buenos Aires.", "2024-12-12",
                 [(M, {"Xi Jinping", "Gabriel Boric"}, "2024-12-11", "occurred", "CHL"),
                  (M, {"Xi Jinping", "Javier Milei"}, "2024-12-10", "occurred", "ARG")],
                 id="it-came-a-day-after"),
    # A dash list of names that the parser hung on the encounter noun names the group it follows.
    pytest.param("Canadian Prime Minister Justin Trudeau held a video call on Tuesday with Nordic leaders — Swedish "
                 "Prime Minister Ulf Kristersson, Finnish President Sauli Niinistö and Danish Prime Minister Mette "
                 "Frederiksen — to discuss Arctic security.", "2023-05-10",
                 [(C, {"Justin Trudeau", "Ulf Kristersson", "Sauli Niinistö", "Mette Frederiksen"}, "2023-05-09", "occurred", None)],
                 id="dash-list-hung-on-the-call"),
    # "the presidents of ..." are the holders of the title each country gives "president".
    pytest.param("The presidents of Turkey, Russia and Iran met in Tehran on Tuesday to discuss Syria.", "2022-07-20",
                 [(M, {"Recep Tayyip Erdoğan", "Vladimir Putin", "Ebrahim Raisi"}, "2022-07-19", "occurred", "IRN")],
                 id="presidents-of-by-title"),
    # A nationality that is part of a named person's title adds no country's leader to "the leaders of ...".
    pytest.param("U.S. President Joe Biden met the leaders of Angola and Zambia and Tanzanian Vice President Philip Mpango "
                 "in Lobito on Wednesday.", "2024-12-05",
                 [(M, {"Joe Biden", "João Lourenço", "Hakainde Hichilema", "Philip Mpango"}, "2024-12-04", "occurred", "AGO")],
                 id="leaders-of-list-and-a-named-official"),
    # "The three" standing alone: the three officials just named together.
    pytest.param("Danish Foreign Minister Lars Løkke Rasmussen, Swedish Foreign Minister Tobias Billström and Norwegian "
                 "Foreign Minister Espen Barth Eide met in Copenhagen on Thursday. The three met again in Oslo on 2 March.",
                 "2024-05-10",
                 [(M, {"Lars Løkke Rasmussen", "Tobias Billström", "Espen Barth Eide"}, "2024-05-09", "occurred", "DNK"),
                  (M, {"Lars Løkke Rasmussen", "Tobias Billström", "Espen Barth Eide"}, "2024-03-02", "occurred", "NOR")],
                 id="the-three-standing-alone"),
    # One who "attended the meeting" told before joins it.
    pytest.param("Estonian Prime Minister Kaja Kallas met Latvian Prime Minister Evika Siliņa in Riga on Monday. Lithuanian "
                 "President Gitanas Nausėda attended the meeting.", "2024-05-10",
                 [(M, {"Kaja Kallas", "Evika Siliņa", "Gitanas Nausėda"}, "2024-05-06", "occurred", "LVA")],
                 id="attended-the-meeting-told"),
    # Signing is done together by two or more; one signing alone, or writing to someone, meets no one.
    pytest.param("The accord was signed in Vilnius on Tuesday by Estonian Prime Minister Kaja Kallas, Latvian Prime "
                 "Minister Evika Siliņa and Lithuanian President Gitanas Nausėda.", "2024-05-10",
                 [(M, {"Kaja Kallas", "Evika Siliņa", "Gitanas Nausėda"}, "2024-05-07", "occurred", "LTU")],
                 id="signed-by-three"),
    pytest.param("Ukrainian President Volodymyr Zelensky signed a letter to U.S. President Donald Trump on Tuesday.",
                 "2024-05-10", [], id="signed-a-letter-to-is-no-meeting"),
    # "with the participation of" a list whose titles the parser made the heads.
    pytest.param("The summit took place in Riga on Tuesday with the participation of President of Estonia Alar Karis, "
                 "President of Latvia Edgars Rinkēvičs and President of Lithuania Gitanas Nausėda. It was seen as a sign of unity in "
                 "the region at a time when there is no end to the war in sight.", "2024-05-10",
                 [(M, {"Alar Karis", "Edgars Rinkēvičs", "Gitanas Nausėda"}, "2024-05-07", "occurred", "LVA")],
                 id="participation-of-titled-list"),
    # "had been scheduled ... but was called off": the subject shared by the joined passive is cancelled; the one
    # who mediates is a party.
    pytest.param("A summit between Estonian Prime Minister Kaja Kallas and Latvian Prime Minister Evika Siliņa under the "
                 "mediation of Lithuanian President Gitanas Nausėda had been scheduled in Vilnius on May 2 but was called "
                 "off.", "2024-05-10",
                 [(M, {"Kaja Kallas", "Evika Siliņa", "Gitanas Nausėda"}, "2024-05-02", "cancelled", "LTU")],
                 id="scheduled-but-was-called-off-with-mediator"),
    # A name written with another transliteration ("el-Sissi"), which the tagger cut at its particle.
    pytest.param("Egyptian President Abdel Fattah el-Sissi met French President Emmanuel Macron in Cairo on Monday.",
                 "2025-04-08", [(M, {"Abdel Fattah el-Sisi", "Emmanuel Macron"}, "2025-04-07", "occurred", "EGY")],
                 id="other-transliteration-of-a-surname"),
    # Those who look on as others sign are with them.
    pytest.param("Qatar's Emir Sheikh Tamim bin Hamad Al Thani looked on as Rwandan President Paul Kagame and Congolese "
                 "President Felix Tshisekedi signed a ceasefire deal in Doha on Tuesday.", "2025-03-19",
                 [(M, {"Tamim bin Hamad Al Thani", "Paul Kagame", "Félix Tshisekedi"}, "2025-03-18", "occurred", "QAT")],
                 id="looked-on-as-they-signed"),
    # An apart word of another encounter that places this one in time does not split it; that one-on-one, right
    # before the lead's news, is of its day.
    pytest.param("KYIV, June 3 (Reuters) - Ukrainian President Volodymyr Zelenskiy hosted Polish President Andrzej Duda and "
                 "NATO Secretary-General Jens Stoltenberg in Kyiv, his office said, after holding a one-on-one meeting "
                 "with Duda.", "2024-06-03",
                 [(M, {"Volodymyr Zelenskyy", "Andrzej Duda", "Jens Stoltenberg"}, "2024-06-03", "occurred", "UKR"),
                  (M, {"Volodymyr Zelenskyy", "Andrzej Duda"}, "2024-06-03", "occurred", "UKR")],
                 id="one-on-one-before-is-no-split"),
    # A name the parser made an owner, with no "'s" of its own, is one of the list.
    pytest.param("Turkish President Recep Tayyip Erdogan was joined in Istanbul on Friday by Azerbaijan's Ilham Aliyev, "
                 "Kazakhstan's Kassym-Jomart Tokayev, Kyrgyzstan's Sadyr Japarov and Uzbekistan's Shavkat Mirziyoyev.",
                 "2021-11-13",
                 [(M, {"Recep Tayyip Erdoğan", "Ilham Aliyev", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Shavkat Mirziyoyev"},
                   "2021-11-12", "occurred", "TUR")],
                 id="owner-without-s-is-in-the-list"),
    # A title word that is the given name of someone in the tables stays in the name.
    pytest.param("Chinese Foreign Minister Wang Yi met Afghan Foreign Minister Amir Khan Muttaqi in Kabul on Wednesday.",
                 "2025-08-21", [(M, {"Wang Yi", "Amir Khan Muttaqi"}, "2025-08-20", "occurred", "AFG")],
                 id="title-word-as-given-name"),
    # An encounter the parties talked over is a plan, not held; nor is it of the day a past offset counts to.
    pytest.param("Indian Prime Minister Narendra Modi spoke by telephone with U.S. President Donald Trump a week after "
                 "Trump's inauguration, and the two leaders discussed a visit by Modi to the White House.", "2025-01-28",
                 [(C, {"Narendra Modi", "Donald Trump"}, "2025-01-27", "occurred", None),
                  (M, {"Narendra Modi", "Donald Trump"}, None, "planned", "USA")],
                 id="discussed-a-visit-is-a-plan"),
    # The gathering "on the eve of" which two met is no encounter of theirs, however the parser nests its "of".
    pytest.param("South African President Cyril Ramaphosa received Chinese Premier Li Qiang in Pretoria on the eve of "
                 "the Group of 20 summit, which opened in Johannesburg on Saturday.", "2025-11-23",
                 [(M, {"Cyril Ramaphosa", "Li Qiang"}, "2025-11-21", "occurred", "ZAF")],
                 id="eve-of-the-group-of-20-summit"),
    # "The session came a week after ... on April 12": the encounter the noun points back to is counted from that
    # day; "would meet again" is another encounter, planned, not folded into the one held.
    pytest.param("U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi held talks in Rome. The session came "
                 "exactly a week after their first round in Muscat on April 12, and both sides said they would meet again.",
                 "2025-04-20",
                 [(M, {"Steve Witkoff", "Abbas Araghchi"}, "2025-04-19", "occurred", "ITA"),
                  (M, {"Steve Witkoff", "Abbas Araghchi"}, None, "planned", None)],
                 id="the-session-came-a-week-after-and-meet-again"),
    # An encounter told in a "while" clause of another is at its time and occasion.
    pytest.param("U.S. Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky on the sidelines of the "
                 "Munich Security Conference, while Chinese Foreign Minister Wang Yi held talks with German Foreign "
                 "Minister Annalena Baerbock.", "2024-02-19",
                 [(M, {"Antony Blinken", "Volodymyr Zelenskyy"}, "2024-02-16", "occurred", "DEU"),
                  (M, {"Wang Yi", "Annalena Baerbock"}, "2024-02-16", "occurred", "DEU")],
                 id="while-clause-same-occasion"),
    # "also", of one of the people just told, with no time of its own: the same occasion.
    pytest.param("Italian Prime Minister Giorgia Meloni held talks with Indian Prime Minister Narendra Modi on the "
                 "sidelines of the G7 summit in Apulia, her office said. Modi also met Ukrainian President Volodymyr "
                 "Zelensky at the resort.", "2024-06-17",
                 [(M, {"Giorgia Meloni", "Narendra Modi"}, "2024-06-13", "occurred", "ITA"),
                  (M, {"Narendra Modi", "Volodymyr Zelenskyy"}, "2024-06-13", "occurred", None)],
                 id="also-on-that-occasion"),
    # Two of different countries doing something together right before "the meeting" are its parties (a caption).
    pytest.param("Kenyan President William Ruto with Tanzanian President Samia Suluhu Hassan walks through the gardens of "
                 "State House in Nairobi before the bilateral meeting, on May 6, 2024.", "2025-01-10",
                 [(M, {"William Ruto", "Samia Suluhu Hassan"}, "2024-05-06", "occurred", "KEN")],
                 id="caption-walks-with-before-the-meeting"),
    # "gathering" and "trilateral" are encounter nouns.
    pytest.param("Japanese Prime Minister Fumio Kishida held a trilateral with U.S. President Joe Biden and Philippine "
                 "President Ferdinand Marcos Jr. at the White House on Thursday.", "2024-04-12",
                 [(M, {"Fumio Kishida", "Joe Biden", "Ferdinand Marcos Jr."}, "2024-04-11", "occurred", "USA")],
                 id="trilateral-as-a-noun"),
    # Readiness and plans denied are no encounters.
    pytest.param("Angolan President João Lourenço said he would be prepared to meet Rwandan President Paul Kagame in "
                 "Luanda, but no such encounter has been arranged.", "2024-06-14", [], id="would-be-prepared-to-meet"),
    pytest.param("Kenyan President William Ruto had no plans to travel to meet Rwandan President Paul Kagame in person "
                 "for now, his office said.", "2024-06-14", [], id="no-plans-to-travel-to-meet"),
    # "spoke again in the evening": a second call the same day.
    pytest.param("Kenyan President William Ruto spoke with Rwandan President Paul Kagame on Tuesday morning without "
                 "reaching a deal. The two leaders spoke again in the evening and agreed to lift the levy.", "2024-06-14",
                 [(C, {"William Ruto", "Paul Kagame"}, "2024-06-11", "occurred", None),
                  (C, {"William Ruto", "Paul Kagame"}, "2024-06-11", "occurred", None)],
                 id="spoke-again-in-the-evening"),
    # Those who reach a deal "after ten hours of talks hosted by" others held the talks with them.
    pytest.param("Rwandan President Paul Kagame and Congolese President Felix Tshisekedi reached a deal late on Saturday "
                 "in Luanda, after ten hours of talks hosted by Angolan President João Lourenço.", "2024-06-14",
                 [(M, {"Paul Kagame", "Félix Tshisekedi", "João Lourenço"}, "2024-06-08", "occurred", "AGO")],
                 id="after-hours-of-talks-hosted-by"),
    # A headline's encounter that the story tells with all its parties is that one.
    pytest.param("Sánchez, Meloni and Mitsotakis hold Valletta summit on Libya, call Tebboune\n\nVALLETTA, June 14 "
                 "(Agency) - Spanish Prime Minister Pedro Sánchez, Italian Prime Minister Giorgia Meloni and Greek Prime "
                 "Minister Kyriakos Mitsotakis held a summit in Valletta on Friday on the crisis in Libya. The three "
                 "leaders held a joint phone call with Algerian President Abdelmadjid Tebboune.", "2024-06-14",
                 [(M, {"Pedro Sánchez", "Giorgia Meloni", "Kyriakos Mitsotakis"}, "2024-06-14", "occurred", "MLT"),
                  (C, {"Pedro Sánchez", "Giorgia Meloni", "Kyriakos Mitsotakis", "Abdelmadjid Tebboune"}, "2024-06-14",
                   "occurred", None)],
                 id="headline-told-in-full-by-the-story"),
    # A time that opens the sentence before an "after" clause is the main clause's.
    pytest.param("On March 4, two days after Kagame threatened a levy on Kenyan tea, Kenyan President William Ruto and "
                 "Rwandan President Paul Kagame spoke by phone.", "2024-06-14",
                 [(C, {"William Ruto", "Paul Kagame"}, "2024-03-04", "occurred", None)],
                 id="opening-time-before-an-after-clause"),
    # "The meeting followed a call last Wednesday": the time is the call's.
    pytest.param("KIGALI, March 14 (Agency) - Kenyan Foreign Minister Musalia Mudavadi and Rwandan Foreign Minister "
                 "Olivier Nduhungirehe sat down for three hours at the State House in Kigali. The meeting followed a "
                 "telephone call last Wednesday between Kenyan President William Ruto and Rwandan President Paul Kagame.",
                 "2025-03-14",
                 [(M, {"Musalia Mudavadi", "Olivier Nduhungirehe"}, "2025-03-14", "occurred", "RWA"),
                  (C, {"William Ruto", "Paul Kagame"}, "2025-03-12", "occurred", None)],
                 id="followed-a-call-last-wednesday"),
    # "the same day" after a time known to its month is that month.
    pytest.param("Kenyan President William Ruto made his first foreign tour of the year in March, flying to Kigali for "
                 "talks with Rwandan President Paul Kagame and then on to Kinshasa, where he was received by Félix "
                 "Tshisekedi the same day.", "2024-06-14",
                 [(M, {"William Ruto", "Paul Kagame"}, "2024-03", "occurred", "RWA"),
                  (M, {"William Ruto", "Félix Tshisekedi"}, "2024-03", "occurred", "COD")],
                 id="the-same-day-of-a-month"),
    # "Attending were the presidents of A, Name; B, Name; ...": those listed join the gathering told.
    pytest.param("KIGALI, June 14 - Rwandan President Paul Kagame hosted a regional summit on Friday. Attending were the "
                 "presidents of Kenya, William Ruto; DR Congo, Félix Tshisekedi; and Tanzania, Samia Suluhu Hassan.",
                 "2024-06-14",
                 [(M, {"Paul Kagame", "William Ruto", "Félix Tshisekedi", "Samia Suluhu Hassan"}, "2024-06-14", "occurred", "RWA")],
                 id="attending-were-a-semicolon-list"),
    # "Its previous summit" is a grouping's, not an earlier meeting of the pair in focus.
    pytest.param("Malaysian Prime Minister Anwar Ibrahim met Philippine President Ferdinand Marcos Jr. in Kuala Lumpur on "
                 "Thursday ahead of the summit of the regional grouping. Its previous summit was held in Manila in 2017.",
                 "2024-06-14", [(M, {"Anwar Ibrahim", "Ferdinand Marcos Jr."}, "2024-06-13", "occurred", "MYS")],
                 id="its-previous-summit"),
    # A condition on what was said in a call does not make the call hypothetical.
    pytest.param("U.S. President Joe Biden warned Russian President Vladimir Putin on Tuesday that the West would impose "
                 "strong measures if Russia invaded Ukraine, during a two-hour secure video call, the White House said.",
                 "2021-12-07", [(C, {"Joe Biden", "Vladimir Putin"}, "2021-12-07", "occurred", None)],
                 id="condition-inside-a-call"),
    # "X and the four leaders": the four named together before (not counting X), however far back in the story;
    # "We had a productive call with ..." said by them is that call.
    pytest.param("French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer "
                 "and Polish Prime Minister Donald Tusk arrived in Kyiv on Saturday for talks with Ukrainian President "
                 "Volodymyr Zelensky. The visit was their first together. The leaders travelled overnight by train. They "
                 "laid flowers at a memorial. During the meeting, Zelensky and the four European leaders held a phone "
                 "conversation with U.S. President Donald Trump. \"We had a productive phone call with President Trump,\" "
                 "the leaders said.", "2025-05-10",
                 [(M, {"Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk", "Volodymyr Zelenskyy"},
                   "2025-05-10", "occurred", "UKR"),
                  (C, {"Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk", "Volodymyr Zelenskyy", "Donald Trump"},
                   "2025-05-10", "occurred", None)],
                 id="the-four-named-further-back-and-we-had-a-call"),
    # An apart word of another encounter ("held separate meetings") does not split the talks they were then brought
    # together for.
    pytest.param("ANKARA, Dec 12 (Reuters) - Turkish President Tayyip Erdogan held separate meetings with Somali President "
                 "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on Wednesday before bringing them together "
                 "for several hours of talks, Turkish officials said.", "2024-12-12",
                 [(M, {"Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud"}, "2024-12-11", "occurred", "TUR"),
                  (M, {"Recep Tayyip Erdoğan", "Abiy Ahmed"}, "2024-12-11", "occurred", "TUR"),
                  (M, {"Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud", "Abiy Ahmed"}, "2024-12-11", "occurred", "TUR")],
                 id="separate-meetings-then-brought-together"),
    # A phone call the parser hung on the verb's object ("prepared the meeting in a phone call") is the subjects' call.
    pytest.param("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday. "
                 "Rubio and Lavrov had prepared the Riyadh meeting in a phone call on Saturday, the State Department said.",
                 "2025-02-18",
                 [(M, {"Marco Rubio", "Sergey Lavrov"}, "2025-02-18", "occurred", "SAU"),
                  (C, {"Marco Rubio", "Sergey Lavrov"}, "2025-02-15", "occurred", None)],
                 id="call-hung-on-the-object"),
    # "had postponed the visit to March 10": the trip told before is planned for the new date.
    pytest.param("Ukrainian President Volodymyr Zelenskiy had been due to travel to Saudi Arabia on Wednesday, but he told "
                 "reporters in Ankara that he had postponed the visit to March 10.", "2025-02-18",
                 [(V, {"Volodymyr Zelenskyy"}, "2025-03-10", "planned", "SAU")],
                 id="postponed-the-visit-to-a-new-date"),
    # A regnal number names a monarch: "King Abdullah II" is not the Sheikh Abdullah named before.
    pytest.param("UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan met Israeli Foreign Minister Yair Lapid in "
                 "Jerusalem on Sunday. King Abdullah II visited Ramallah on Monday and met Palestinian President Mahmoud "
                 "Abbas.", "2022-03-29",
                 [(M, {"Abdullah bin Zayed Al Nahyan", "Yair Lapid"}, "2022-03-27", "occurred", "ISR"),
                  (M, {"Abdullah II", "Mahmoud Abbas"}, "2022-03-28", "occurred", "PSE")],
                 id="regnal-number-names-a-monarch"),
    # A name the tagger ran on into "and" is the name without it; signing a treaty together during a state visit.
    pytest.param("On March 13, Sadyr Japarov and Emomali Rahmon signed the Treaty on the Kyrgyz-Tajik State Border in "
                 "Bishkek during the Tajik leader's state visit to Kyrgyzstan.", "2025-03-31",
                 [(M, {"Sadyr Japarov", "Emomali Rahmon"}, "2025-03-13", "occurred", "KGZ")],
                 id="name-tagged-with-and-signing-during-a-visit"),
    # Talks on trips told in the same sentence are of those trips, not of the gathering told before; "the same day"
    # after a month in focus, with the last day told outside it, is of that month; "trips abroad" placed at home are
    # no visit.
    pytest.param("NIAMEY, July 6 (Reuters) - Niger's General Abdourahamane Tchiani hosted Mali's Colonel Assimi Goïta "
                 "and Burkina Faso's Captain Ibrahim Traoré for a summit on Saturday. Tchiani made his first trips abroad "
                 "as head of state in November, flying to Bamako for talks with Goïta and then on to Ouagadougou, where "
                 "he was received by Traoré the same day.", "2024-07-06",
                 [(M, {"Abdourahamane Tchiani", "Assimi Goïta", "Ibrahim Traoré"}, "2024-07-06", "occurred", "NER"),
                  (M, {"Abdourahamane Tchiani", "Assimi Goïta"}, "2023-11", "occurred", None),
                  (M, {"Abdourahamane Tchiani", "Ibrahim Traoré"}, "2023-11", "occurred", "BFA")],
                 id="talks-on-the-trips-told-with-them"),
    # A trip told later in the story than the lead's undated news is the trip it was on; its arrival day does not
    # date the news.
    pytest.param("NAIROBI (Reuters) - Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian "
                 "President Samia Suluhu Hassan met for several hours at State House in Nairobi, the first such summit "
                 "since 2014. The three leaders agreed to build a joint railway. Ruto and Museveni also spoke about fuel "
                 "imports. Museveni arrived in Nairobi on Sunday.", "2023-01-10",
                 [(M, {"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, "2023-01-10", "occurred", "KEN")],
                 id="trip-told-later-than-the-lead-news"),
    # "beforehand" goes on from the day of what the same people did in the sentence before.
    pytest.param("Spanish Prime Minister Pedro Sánchez and Portuguese Prime Minister Luís Montenegro gave a joint news "
                 "conference in Madrid on Thursday after talks with Moroccan Prime Minister Aziz Akhannouch. Sánchez and "
                 "Montenegro had met for a working breakfast beforehand.", "2025-02-14",
                 [(M, {"Pedro Sánchez", "Luís Montenegro", "Aziz Akhannouch"}, "2025-02-13", "occurred", "ESP"),
                  (M, {"Pedro Sánchez", "Luís Montenegro"}, "2025-02-13", "occurred", None)],
                 id="beforehand-same-day"),
    # "in a meeting attended by X", hung on a noun that restates the meeting the verb tells: X was there too.
    pytest.param("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Thursday, the "
                 "first such encounter between the two countries' leaders in 12 years, in a meeting attended by Ethiopian "
                 "Prime Minister Abiy Ahmed.", "2024-06-12",
                 [(M, {"William Ruto", "Hassan Sheikh Mohamud", "Abiy Ahmed"}, "2024-06-06", "occurred", "KEN")],
                 id="meeting-attended-by-on-a-restating-noun"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", TENTH_ROUND)
def test_mechanisms_of_the_tenth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
