"""Encounter mechanisms of issue 9, sixth round: each on a sentence written for it.

Same shape as test_fifth_round.py: (text, published, expected encounters), where an expected
encounter is (kind, participants, date, status, country of the place) and the list is the whole
output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

SIXTH_ROUND = [
    # A name the parser joins to the country that ends the name before it is listed beside that name.
    pytest.param("President Joe Biden of the United States and Fumio Kishida, the prime minister of Japan, met in "
                 "Tokyo on Monday.", "2023-06-14",
                 [(M, {"Joe Biden", "Fumio Kishida"}, "2023-06-12", "occurred", "JPN")], id="name-run-on-from-country"),
    pytest.param("William Ruto, the president of Kenya, Giorgia Meloni, the prime minister of Italy, and Cyril "
                 "Ramaphosa, the president of South Africa, met in Nairobi on Monday.", "2023-06-14",
                 [(M, {"William Ruto", "Giorgia Meloni", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "KEN")],
                 id="appositive-list-of-three"),
    # ... but the one an envoy is "of" is not a party.
    pytest.param("Wang Yi, the envoy of President Xi Jinping, met Italian Prime Minister Giorgia Meloni in Rome on "
                 "Monday.", "2023-06-14",
                 [(M, {"Wang Yi", "Giorgia Meloni"}, "2023-06-12", "occurred", "ITA")], id="envoy-of-is-no-party"),
    # A name the parser makes a modifier of the weekday after it ("met ... Ramaphosa Monday") is the one met.
    pytest.param("Kenyan President William Ruto met South African President Cyril Ramaphosa Monday in Pretoria.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "ZAF")], id="name-before-bare-weekday"),
    # A participle with no tense of its own is told in the tense of the clause it hangs on ...
    pytest.param("After meeting South African President Cyril Ramaphosa in Pretoria on Monday, Kenyan President William "
                 "Ruto said the two countries would expand trade.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "ZAF")], id="participle-takes-clause-tense"),
    pytest.param("Before meeting South African President Cyril Ramaphosa in Pretoria on Monday, Kenyan President William "
                 "Ruto will address parliament.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-19", "planned", "ZAF")], id="participle-takes-future-tense"),
    # ... and what a dated clause did "after meeting" someone, it did that day.
    pytest.param("Kenyan President William Ruto called for calm on Monday after meeting South African President Cyril "
                 "Ramaphosa.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", None)], id="right-after-same-day"),
    # (but a clause dated on its own counts back by the offset: "on Monday, two days after meeting")
    pytest.param("Ruto flew home on Monday, two days after meeting Ramaphosa.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-10", "occurred", None)], id="days-after-is-not-same-day"),
    pytest.param("Ruto opened the new port in Mombasa in May 2023, a year after hosting Ramaphosa.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2022-05", "occurred", "KEN")], id="year-counted-back-keeps-month"),
    # A verb that is a call only by a phone word: "exchanged views over the phone", "discussed ... by telephone".
    pytest.param("Kenyan President William Ruto and South African President Cyril Ramaphosa exchanged views over the "
                 "phone on Monday.", "2023-06-14",
                 [(C, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", None)], id="exchanged-views-by-phone"),
    pytest.param("Kenyan President William Ruto discussed trade with South African President Cyril Ramaphosa by "
                 "telephone on Monday.", "2023-06-14",
                 [(C, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", None)], id="discussed-by-telephone"),
    pytest.param("Kenyan President William Ruto discussed trade with South African President Cyril Ramaphosa in "
                 "Pretoria on Monday, and later spoke to reporters.", "2023-06-14", [], id="discussed-without-phone-is-no-call"),
    # A phone call the clause is placed after is not how its own encounter is held.
    pytest.param("Presidents William Ruto and Cyril Ramaphosa spoke by phone on Monday. Following their phone call, the "
                 "two leaders will discuss trade in Pretoria next week.", "2023-06-14",
                 [(C, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", None)], id="call-placed-before-is-not-the-means"),
    # A dated dateline is the day the report speaks from: its "today", not the page's later date.
    pytest.param("PRETORIA, June 12 (Reuters) - Kenyan President William Ruto held talks with South African President "
                 "Cyril Ramaphosa at the Union Buildings today.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "ZAF")], id="dateline-day-anchors-today"),
    # A headline's present-tense meeting is the report's news, dated by the day the lead gives it, not
    # hedged to the month as a visit going on is.
    pytest.param("Ruto meets Ramaphosa in Pretoria\n\nThe Kenyan leader arrived on Monday for a two-day state visit.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "ZAF")], id="headline-present-meeting-is-the-news"),
    pytest.param("Modi is on a six-day visit to Japan, Papua New Guinea and Australia.", "2023-05-22",
                 [(V, {"Narendra Modi"}, "2023-05", "occurred", "JPN"), (V, {"Narendra Modi"}, "2023-05", "occurred", "PNG"),
                  (V, {"Narendra Modi"}, "2023-05", "occurred", "AUS")], id="visit-going-on-keeps-the-month"),
    # Two short names joined by a hyphen before an encounter noun are its two parties.
    pytest.param("The Ruto-Modi talks in New Delhi on Monday focused on maritime security.", "2023-11-16",
                 [(M, {"William Ruto", "Narendra Modi"}, "2023-11-13", "occurred", "IND")], id="hyphen-joined-short-names"),
    # An apostrophe inside a capitalised word belongs to the name: "Yar'Adua" (which the tagger calls a number).
    pytest.param("Nigerian President Umaru Musa Yar'Adua hosted Ghana's President John Kufuor in Abuja on Monday.", "2008-03-12",
                 [(M, {"Umaru Musa Yar'Adua", "John Agyekum Kufuor"}, "2008-03-10", "occurred", "NGA")], id="apostrophe-inside-a-name"),
    pytest.param("Yar'Adua later met Ghana's President John Kufuor in Accra on Monday.", "2008-03-12",
                 [(M, {"Umaru Musa Yar'Adua", "John Agyekum Kufuor"}, "2008-03-10", "occurred", "GHA")], id="apostrophe-short-name"),
    # Countries of two words in a list (tagged as a place) and in a dashed compound.
    pytest.param("The leaders of Uganda, Kenya and South Sudan met in Nairobi on Monday.", "2023-06-14",
                 [(M, {"Yoweri Museveni", "William Ruto", "Salva Kiir Mayardit"}, "2023-06-12", "occurred", "KEN")],
                 id="two-word-country-in-a-list"),
    pytest.param("Kenya hosted a Uganda-Kenya-South Sudan summit in Nairobi on Monday.", "2023-06-14",
                 [(M, {"Yoweri Museveni", "William Ruto", "Salva Kiir Mayardit"}, "2023-06-12", "occurred", "KEN")],
                 id="two-word-country-dash-joined"),
    # A visit that "is being prepared" is planned.
    pytest.param("A Ruto visit to New Delhi in July is being prepared, officials said.", "2023-06-14",
                 [(V, {"William Ruto"}, "2023-07", "planned", "IND")], id="visit-being-prepared"),
    # A forum's name with no gathering word, months from its summit, is not that summit: a building named
    # after it, or a chair's title.
    pytest.param("Indian Prime Minister Narendra Modi held talks with Papua New Guinea Prime Minister James Marape at "
                 "APEC Haus in Port Moresby on Monday.", "2023-05-22",
                 [(M, {"Narendra Modi", "James Marape"}, "2023-05-22", "occurred", "PNG")], id="forum-named-building-is-no-summit"),
    pytest.param("Malaysian Prime Minister Anwar Ibrahim, in his capacity as ASEAN chair, held talks with Cambodian Prime "
                 "Minister Hun Manet in Putrajaya.", "2023-05-22",
                 [(M, {"Anwar Ibrahim", "Hun Manet"}, "2023-05-22", "occurred", "MYS")], id="chairs-title-is-no-summit"),
    # ... but a meeting "on the sidelines of the G20 summit" in a report of that year is at its edition.
    pytest.param("Modi met Lula on the sidelines of the G20 summit.", "2023-09-10",
                 [(M, {"Narendra Modi", "Luiz Inácio Lula da Silva"}, "2023-09-09", "occurred", "IND")], id="sidelines-of-this-years-summit"),
    # What a lead's clause was done right after ("after speaking with Putin by phone"), on the news's day.
    pytest.param("WASHINGTON (AP) - President Donald Trump said Monday he had begun arranging a summit. Trump made the "
                 "announcement on social media after speaking with Putin by phone.", "2025-08-19",
                 [(C, {"Donald Trump", "Vladimir Putin"}, "2025-08-18", "occurred", None)], id="right-before-the-news"),
    # A "where" clause about a place is face to face, however long they "talked".
    pytest.param("Trump welcomed Putin on Friday at a military base in Anchorage, where the two leaders talked for nearly "
                 "three hours.", "2025-08-19",
                 [(M, {"Donald Trump", "Vladimir Putin"}, "2025-08-15", "occurred", "USA")], id="where-clause-of-a-place-is-in-person"),
    # The time told on a plan is the planned encounter's: "Later in the day, X is scheduled to call on Y".
    pytest.param("Indian Prime Minister Narendra Modi held talks with Bangladesh Prime Minister Sheikh Hasina in New Delhi "
                 "on Saturday. Later in the day, Sheikh Hasina is scheduled to call on Indian President Droupadi Murmu.",
                 "2024-06-22",
                 [(M, {"Narendra Modi", "Sheikh Hasina"}, "2024-06-22", "occurred", "IND"),
                  (M, {"Sheikh Hasina", "Droupadi Murmu"}, "2024-06-22", "planned", None)], id="time-of-the-plan"),
    # "Attending the summit were A, B and C", and the host the sentence before names for "the summit".
    pytest.param("CAIRO, Oct 21 - Egyptian President Abdel Fattah el-Sisi hosted a peace summit in Cairo on Saturday. "
                 "Attending the summit were Jordan's King Abdullah II, Qatar's Emir Sheikh Tamim bin Hamad Al Thani and "
                 "Italian Prime Minister Giorgia Meloni.", "2023-10-21",
                 [(M, {"Abdel Fattah el-Sisi", "Abdullah II", "Tamim bin Hamad Al Thani", "Giorgia Meloni"}, "2023-10-21",
                   "occurred", "EGY")], id="attending-were-and-the-host-before"),
    # A format set up ("since the three-way meeting was launched in 2008") is no encounter of its own.
    pytest.param("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Rwandan President Paul Kagame "
                 "for a summit at State House in Nairobi, the ninth since the three-way meeting was launched in 2013.",
                 "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-14", "occurred", "KEN")],
                 id="format-launched-is-no-encounter"),
    # A dated dateline is no subject for the parse; "a summit expected to bring A and B together" names its
    # parties, and "called off" cancels it.
    pytest.param("LUANDA, Dec 15 (Reuters) - A summit that was expected to bring Kenyan President William Ruto and Ugandan "
                 "President Yoweri Museveni together in Luanda on Sunday was called off at the last minute.", "2024-12-15",
                 [(M, {"William Ruto", "Yoweri Museveni"}, "2024-12-15", "cancelled", None)], id="summit-expected-to-bring-together"),
    # Told one after the other ("before the two were joined by ..."), the talks and the summit are two encounters;
    # meetings "on the sidelines of the summit" are with those they name, not the summit's people.
    pytest.param("Prime Minister Narendra Modi on Saturday held talks with US President Joe Biden, before the two leaders "
                 "were joined by their Australian and Japanese counterparts, Anthony Albanese and Fumio Kishida, for the "
                 "Quad leaders' summit in Wilmington. Modi also held separate bilateral meetings with Albanese and Kishida "
                 "on the sidelines of the summit.", "2024-09-22",
                 [(M, {"Narendra Modi", "Joe Biden"}, "2024-09-21", "occurred", "USA"),
                  (M, {"Narendra Modi", "Joe Biden", "Anthony Albanese", "Fumio Kishida"}, "2024-09-21", "occurred", "USA"),
                  (M, {"Narendra Modi", "Anthony Albanese"}, "2024-09-21", "occurred", "USA"),
                  (M, {"Narendra Modi", "Fumio Kishida"}, "2024-09-21", "occurred", "USA")], id="told-in-turn-and-on-the-sidelines"),
    # An encounter on a gathering's sidelines, with no time of its own, takes the time told of the gathering.
    pytest.param("On the sidelines of the regional summit, held in Nairobi on 20 November, Ethiopian Prime Minister Abiy "
                 "Ahmed held a bilateral meeting with Kenyan President William Ruto.", "2024-11-25",
                 [(M, {"Abiy Ahmed", "William Ruto"}, "2024-11-20", "occurred", None)], id="time-of-the-gathering-on-whose-sidelines"),
    # "the meeting in bilateral format between A and B": the parties hang on the noun of the manner; a country in
    # a party's title ("President of the Republic of Kazakhstan") is not where they met.
    pytest.param("Prior to the start of the summit, the meeting in bilateral format between President Shavkat Mirziyoyev "
                 "and President of the Republic of Kazakhstan Kassym-Jomart Tokayev took place in the cultural centre on "
                 "Thursday.", "2022-07-22",
                 [(M, {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}, "2022-07-21", "occurred", None)], id="parties-of-the-format"),
    # What follows the lead is of the day the lead names, not of an arrival the night before; "later" goes on
    # from what the same person did, not from a time an aside named.
    pytest.param("Home | News | World | Politics | Business | Sport | Culture | Search\n\nNairobi played host to two "
                 "visitors on Monday, with several leaders holding talks in the capital. Ethiopian Prime Minister Abiy "
                 "Ahmed was greeted at the airport on Sunday night by Kenyan President William Ruto. Across town, Indian "
                 "Foreign Minister Subrahmanyam Jaishankar and Ruto held talks. Ruto had been due in Addis Ababa last "
                 "week but cancelled the trip. Jaishankar later sat down with Ugandan President Yoweri Museveni.",
                 "2023-06-12",
                 [(M, {"Abiy Ahmed", "William Ruto"}, "2023-06-11", "occurred", None),
                  (M, {"S. Jaishankar", "William Ruto"}, "2023-06-12", "occurred", None),
                  (V, {"William Ruto"}, "2023-06-05", "cancelled", "ETH"),
                  (M, {"S. Jaishankar", "Yoweri Museveni"}, "2023-06-12", "occurred", None)],
                 id="the-day-the-lead-names-and-later"),
    # In a local report "the prime minister" is the country's own once named, whoever was named last; "both
    # leaders" as the ones called are the two named together before, and each is called on their own.
    pytest.param("PUTRAJAYA, July 28 - Malaysian Prime Minister Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet "
                 "and Thailand's acting Prime Minister Phumtham Wechayachai at his residence today. The prime minister "
                 "said he had spoken separately by telephone with Hun Manet and Phumtham on Thursday night. US President "
                 "Donald Trump spoke to both leaders by phone on Saturday.", "2025-07-28",
                 [(M, {"Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"}, "2025-07-28", "occurred", "MYS"),
                  (C, {"Anwar Ibrahim", "Hun Manet"}, "2025-07-24", "occurred", None),
                  (C, {"Anwar Ibrahim", "Phumtham Wechayachai"}, "2025-07-24", "occurred", None),
                  (C, {"Donald Trump", "Hun Manet"}, "2025-07-26", "occurred", None),
                  (C, {"Donald Trump", "Phumtham Wechayachai"}, "2025-07-26", "occurred", None)],
                 id="local-prime-minister-and-both-leaders-called"),
    # ... but "the leaders of France, Germany and Italy" spoken with are one call with the group.
    pytest.param("On Monday, Biden spoke with the leaders of France, Germany and Italy to coordinate a common message, the "
                 "White House said.", "2021-12-07",
                 [(C, {"Joe Biden", "Emmanuel Macron", "Angela Merkel", "Mario Draghi"}, "2021-12-06", "occurred", None)],
                 id="leaders-of-a-list-one-call"),
    # Hosting a reception or a dinner for a named official is meeting them (not "a dinner for donors").
    pytest.param("Earlier the same day, Prime Minister Pham Minh Chinh hosted a reception for US Secretary of State "
                 "Antony Blinken at the Government headquarters.", "2023-04-15",
                 [(M, {"Pham Minh Chinh", "Antony Blinken"}, "2023-04-15", "occurred", "VNM")], id="reception-for-a-guest"),
    pytest.param("Kenyan President William Ruto hosted a dinner for donors in Nairobi on Monday.", "2023-06-14", [],
                 id="dinner-for-donors-is-no-encounter"),
    # "A summit that was to have gathered A, B and C ... was cancelled".
    pytest.param("A four-way summit that was to have gathered Egyptian President Abdel Fattah el-Sisi, Jordan's King "
                 "Abdullah II and US President Joe Biden in Amman on Wednesday was cancelled.", "2023-10-21",
                 [(M, {"Abdel Fattah el-Sisi", "Abdullah II", "Joe Biden"}, None, "cancelled", None)], id="was-to-have-gathered"),
    # "the foreign ministers of both countries" spoken with: those of the pair just told, one call each.
    pytest.param("PUTRAJAYA, July 28 - Malaysian Prime Minister Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet "
                 "and Thailand's acting Prime Minister Phumtham Wechayachai at his residence today. US Secretary of State "
                 "Marco Rubio spoke with the foreign ministers of both countries on Sunday.", "2025-07-28",
                 [(M, {"Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"}, "2025-07-28", "occurred", "MYS"),
                  (C, {"Marco Rubio", "Sok Chenda Sophea"}, "2025-07-27", "occurred", None),
                  (C, {"Marco Rubio", "Maris Sangiampongsa"}, "2025-07-27", "occurred", None)], id="ministers-of-both-countries"),
    # "called X on Tuesday to discuss ...": a purpose, and a person the parser took for what X is called, are no
    # naming ("called the move reckless", "called Petro a friend" still are).
    pytest.param("Brazilian President Luiz Inácio Lula da Silva called Colombian President Gustavo Petro on Tuesday to "
                 "discuss the Amazon.", "2023-06-14",
                 [(C, {"Luiz Inácio Lula da Silva", "Gustavo Petro"}, "2023-06-13", "occurred", None)], id="called-to-discuss"),
    pytest.param("Lula called Petro a friend on Tuesday.", "2023-06-14", [], id="called-someone-something"),
    # Postponed to a new date, an encounter is planned on that date (and one postponed with no date, cancelled).
    pytest.param("The meeting between Kenyan President William Ruto and South African President Cyril Ramaphosa, planned "
                 "for Thursday, has been postponed to July 10.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-07-10", "planned", None)], id="postponed-to-a-new-date"),
    pytest.param("Kenyan President William Ruto postponed his visit to Pretoria.", "2023-06-14",
                 [(V, {"William Ruto"}, None, "cancelled", "ZAF")], id="postponed-with-no-date"),
    # A meeting rejected, or not rejected "in principle", is none told.
    pytest.param("Lavrov said Moscow did not in principle reject a meeting between President Vladimir Putin and his "
                 "Ukrainian counterpart Volodymyr Zelensky.", "2022-03-10", [], id="meeting-not-rejected-is-none"),
    # One who meets four or more people of several countries at once meets them together.
    pytest.param("At the summit of the trade bloc in the capital of Uruguay on Friday, Brazilian President Luiz Inácio Lula "
                 "da Silva met with the host, President Luis Lacalle Pou, and with Argentina's Javier Milei, Paraguay's "
                 "Santiago Peña and European Commission President Ursula von der Leyen, who was there for the deal.",
                 "2024-12-07",
                 [(M, {"Luiz Inácio Lula da Silva", "Luis Lacalle Pou", "Javier Milei", "Santiago Peña", "Ursula von der Leyen"},
                   "2024-12-06", "occurred", "URY")], id="four-of-several-countries-met-together"),
    # One who arranges a meeting between two others is no party of it, and a meeting being arranged is planned.
    pytest.param("WASHINGTON (AP) - President Donald Trump said Monday he had begun arranging a meeting between Russian "
                 "President Vladimir Putin and Ukrainian President Volodymyr Zelensky. Trump first met Zelensky alone in "
                 "the Oval Office.", "2025-08-19",
                 [(M, {"Vladimir Putin", "Volodymyr Zelenskyy"}, None, "planned", None),
                  (M, {"Donald Trump", "Volodymyr Zelenskyy"}, "2025-08-18", "occurred", "USA")], id="arranging-a-meeting-between-others"),
    # Those who take part in or join "the talks" just told are its parties, unless their country is already at
    # the table (a delegation).
    pytest.param("Trump met Zelensky in the Oval Office on Monday. The White House said Vice President JD Vance and "
                 "Secretary of State Marco Rubio took part in parts of the talks.", "2025-08-19",
                 [(M, {"Donald Trump", "Volodymyr Zelenskyy"}, "2025-08-18", "occurred", "USA")], id="delegation-takes-part"),
    pytest.param("Trump met Zelensky in the Oval Office on Monday. British Prime Minister Keir Starmer later joined the "
                 "talks.", "2025-08-19",
                 [(M, {"Donald Trump", "Volodymyr Zelenskyy", "Keir Starmer"}, "2025-08-18", "occurred", "USA")],
                 id="a-leader-joins-the-talks"),
    # Talks "at" a gathering told with its own time are of that time.
    pytest.param("At the previous summit, held in Sofia in May 2020, French President Emmanuel Macron and Serbian "
                 "President Aleksandar Vucic held bilateral talks.", "2021-05-28",
                 [(M, {"Emmanuel Macron", "Aleksandar Vučić"}, "2020-05", "occurred", "BGR")], id="talks-at-a-gathering-told-with-its-time"),
    # A meeting sought "but the request failed" is cancelled; so is a trip one sends someone else on "in his place".
    pytest.param("Prime Minister Kyriakos Mitsotakis had also sought a meeting with Portuguese Prime Minister Antonio Costa "
                 "in Geneva on Monday, but the request failed because Costa left before Mitsotakis arrived.", "2019-05-28",
                 [(M, {"Kyriakos Mitsotakis", "António Costa"}, "2019-05-27", "cancelled", "CHE")], id="request-failed"),
    pytest.param("Chancellor Sebastian Kurz was expected at the summit in Tirana on Thursday, but he will send Foreign "
                 "Minister Alexander Schallenberg in his place, his office said.", "2019-05-28",
                 [(V, {"Sebastian Kurz"}, "2019-05-30", "cancelled", "ALB")], id="sent-another-in-his-place"),
    # "met on Monday, two months after they spoke by phone": the offset restates Monday, the call lies before it.
    pytest.param("Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on Monday, two "
                 "months after they spoke by phone.", "2023-06-14",
                 [(M, {"William Ruto", "Cyril Ramaphosa"}, "2023-06-12", "occurred", "ZAF"),
                  (C, {"William Ruto", "Cyril Ramaphosa"}, "2023-04", "occurred", None)], id="months-after-they-spoke"),
    # "a three-day state visit, during which he will meet Xi": the time of the visit the clause hangs on.
    pytest.param("Kenyan President William Ruto is in Beijing for a three-day state visit, during which he will meet "
                 "President Xi Jinping.", "2023-06-14",
                 [(V, {"William Ruto"}, "2023-06", "occurred", "CHN"),
                  (M, {"William Ruto", "Xi Jinping"}, "2023-06", "planned", None)], id="during-which-of-a-visit-going-on"),
    # "pressed Putin for a ceasefire in a phone call": the call the parser hangs on the object's phrase is the
    # clause's, between its subject and object.
    pytest.param("Turkish President Tayyip Erdogan pressed Russian President Vladimir Putin for an urgent ceasefire in a "
                 "phone call on Sunday, his office said.", "2022-03-10",
                 [(C, {"Recep Tayyip Erdoğan", "Vladimir Putin"}, "2022-03-06", "occurred", None)], id="call-hung-on-the-objects-phrase"),
    # "a group of Pacific leaders, including A and B": the ones the group is said to include, met at one sitting.
    pytest.param("US Secretary of State Antony Blinken later sat down with a group of Pacific leaders who were in town for "
                 "the two meetings, among them New Zealand Prime Minister Chris Hipkins and Fiji's Prime Minister Sitiveni Rabuka, "
                 "on Monday.", "2023-05-22",
                 [(M, {"Antony Blinken", "Chris Hipkins", "Sitiveni Rabuka"}, "2023-05-22", "occurred", None)],
                 id="a-group-among-them"),
    pytest.param("Blinken met a group of Pacific leaders, including New Zealand Prime Minister Chris Hipkins and Fiji's "
                 "Prime Minister Sitiveni Rabuka, on Monday.", "2023-05-22",
                 [(M, {"Antony Blinken", "Chris Hipkins", "Sitiveni Rabuka"}, "2023-05-22", "occurred", None)],
                 id="a-group-including"),
    # Three or more parties: "his Ugandan and Rwandan counterparts" (a nationality the tagger missed), "the summit
    # ... brought together A, B and C", and "the three leaders" listed after a colon.
    pytest.param("Kenyan President William Ruto and his Ugandan and Rwandan counterparts met in Nairobi on Monday.", "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-12", "occurred", "KEN")], id="his-two-counterparts"),
    pytest.param("The summit in Nairobi on Monday brought together Kenyan President William Ruto, Ugandan President Yoweri "
                 "Museveni and Rwandan President Paul Kagame.", "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-12", "occurred", "KEN")],
                 id="summit-brought-together"),
    pytest.param("The three leaders met in Nairobi on Monday: Kenya's William Ruto, Uganda's Yoweri Museveni and Rwanda's "
                 "Paul Kagame.", "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-12", "occurred", "KEN")],
                 id="three-leaders-listed-after-a-colon"),
    # "The summit brought together A, B and C" after a summit told: more parties of that summit.
    pytest.param("Czech Prime Minister Petr Fiala hosted a summit of the four countries in Prague on Tuesday. The summit "
                 "brought together Hungarian Prime Minister Viktor Orban, Polish Prime Minister Donald Tusk and Slovak "
                 "Prime Minister Robert Fico.", "2024-02-28",
                 [(M, {"Petr Fiala", "Viktor Orbán", "Donald Tusk", "Robert Fico"}, "2024-02-27", "occurred", "CZE")],
                 id="the-summit-told-brought-together"),
    # Met "along with" others, "joined by" others for talks: one meeting of them all.
    pytest.param("Kenyan President William Ruto, along with Ugandan President Yoweri Museveni and Rwandan President Paul "
                 "Kagame, met in Nairobi on Monday.", "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-12", "occurred", "KEN")], id="along-with"),
    pytest.param("Kenyan President William Ruto was joined by Ugandan President Yoweri Museveni and Rwandan President Paul "
                 "Kagame for talks in Nairobi on Monday.", "2023-06-14",
                 [(M, {"William Ruto", "Yoweri Museveni", "Paul Kagame"}, "2023-06-12", "occurred", "KEN")], id="joined-by-for-talks"),
    # "was to have (been) ...": a plan of the past that did not come about; the hosts of the meeting that was to
    # have been hosted are its parties.
    pytest.param("Biden was to have met Xi in Bali on October 2.", "2023-10-04",
                 [(M, {"Joe Biden", "Xi Jinping"}, "2023-10-02", "cancelled", "IDN")], id="was-to-have-met"),
    pytest.param("The meeting between Aliyev and Pashinyan, on the sidelines of the summit, was to have been hosted by "
                 "European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf "
                 "Scholz.", "2023-10-04",
                 [(M, {"Ilham Aliyev", "Nikol Pashinyan", "Charles Michel", "Emmanuel Macron", "Olaf Scholz"}, None,
                   "cancelled", None)], id="was-to-have-been-hosted-by"),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", SIXTH_ROUND)
def test_mechanisms_of_the_sixth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
