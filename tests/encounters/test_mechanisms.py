"""Encounter mechanisms of issue 9, each on a sentence written for it: (text, published, expected encounters).

Expected encounters are (kind, participants, date, status, country of the place); the list
is the whole output, so a mechanism that over-reaches fails too.
"""
from __future__ import annotations

import pytest

M, C, V = "meeting", "call", "visit"

CASES = [
    # A coordinated verb shares the modality of its first conjunct: both meetings are planned.
    ("During the visit from May 2 to 5, Nepali Prime Minister Pushpa Kamal Dahal is scheduled to meet Chinese President "
     "Xi Jinping in Beijing and hold talks with Premier Li Qiang.", "2023-05-01",
     [(M, {"Pushpa Kamal Dahal", "Xi Jinping"}, "2023-05-02..2023-05-05", "planned", "CHN"),
      (M, {"Pushpa Kamal Dahal", "Li Qiang"}, "2023-05-02..2023-05-05", "planned", "CHN")]),
    # A trip told as an aside on a party is its own, recalled encounter; it does not become the meeting.
    ("Bahamian Prime Minister Philip Davis met Cuban Prime Minister Manuel Marrero in Havana on Tuesday. "
     "Davis thanked Marrero, who visited Nassau in August to attend a regional meeting.", "2022-12-21",
     [(M, {"Philip Davis", "Manuel Marrero Cruz"}, "2022-12-20", "occurred", "CUB"),
      (V, {"Manuel Marrero Cruz"}, "2022-08", "occurred", "BHS")]),
    # "Before his meeting with Xi": the with-phrase is that meeting's, not the clause's.
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on October 23. "
     "Before his meeting with Xi, Modi met Iranian President Masoud Pezeshkian.", "2024-10-25",
     [(M, {"Narendra Modi", "Xi Jinping"}, "2024-10-23", "occurred", "RUS"),
      (M, {"Narendra Modi", "Masoud Pezeshkian"}, "2024-10-23", "occurred", "RUS")]),
    # A bare plural with no parties, time or venue of its own is a statement about meetings ...
    ("Japanese Prime Minister Shigeru Ishiba said he and Chinese President Xi Jinping agreed to continue to hold meetings in the future.",
     "2024-11-16", []),
    # ... unlike separate meetings with named people, one each.
    ("On December 13, Chinese President Xi Jinping is scheduled to have separate meetings with Vietnamese President "
     "Vo Van Thuong and Prime Minister Pham Minh Chinh.", "2023-12-12",
     [(M, {"Xi Jinping", "Vo Van Thuong"}, "2023-12-13", "planned", None),
      (M, {"Xi Jinping", "Pham Minh Chinh"}, "2023-12-13", "planned", None)]),
    # "announced" before the noun reports it: the call took place.
    ("Russian President Vladimir Putin's last publicly announced conversation with Saudi Crown Prince Mohammed bin Salman "
     "was on March 3, the Kremlin said. The two spoke by phone again on Saturday.", "2022-04-16",
     [(C, {"Vladimir Putin", "Mohammed bin Salman"}, "2022-03-03", "occurred", None),
      (C, {"Vladimir Putin", "Mohammed bin Salman"}, "2022-04-16", "occurred", None)]),
    # A participle continues its clause: a tour the main verb plans is planned, one visit per country.
    ("US Secretary of State Marco Rubio will make his first trip abroad next week, traveling to Panama and Guatemala.",
     "2025-01-22", [(V, {"Marco Rubio"}, "2025-01-27..2025-02-02", "planned", "PAN"),
                    (V, {"Marco Rubio"}, "2025-01-27..2025-02-02", "planned", "GTM")]),
    # A relative clause inside a dated trip's phrase shares its time.
    ("Syrian President Ahmed al-Sharaa made his first foreign trip to Saudi Arabia in February, where he met Crown Prince "
     "Mohammed bin Salman in Riyadh.", "2025-05-07",
     [(M, {"Ahmed al-Sharaa", "Mohammed bin Salman"}, "2025-02", "occurred", "SAU")]),
    # "Moon's envoys" travel; Moon does not.
    ("South Korean President Moon Jae-in's envoys will head to Pyongyang on Wednesday.", "2018-09-04", []),
]


def _dated(summary):
    kind, names, day, status, country = summary
    return kind, names, day, status, country


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", CASES, ids=[case[0][:50] for case in CASES])
def test_mechanism(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


@pytest.mark.issue(9)
def test_occasion_from_a_purpose_clause():
    import summitry

    text = ("UN Secretary-General Antonio Guterres arrived in Bridgetown on Wednesday, 19 February, to attend the meeting of "
            "the Conference of the Heads of Government of the Caribbean Community. In the afternoon, he held a bilateral "
            "meeting with Prime Minister Mia Mottley.")
    encounters = summitry.extract(text, published="2025-02-27")
    assert [(e.kind, e.date, e.occasion) for e in encounters] == [("meeting", "2025-02-19", "CARICOM 2025")]


CALLS = [
    # A conversation between leaders of two countries with no place named is a call ...
    ("Zelensky's office said he had a good and productive conversation with Trump on Wednesday.", "2025-03-20",
     [(C, {"Volodymyr Zelenskyy", "Donald Trump"}, "2025-03-19", "occurred", None)]),
    # ... and one told in a clause that places another event in time is not the day's news.
    ("The call came days after US President Donald Trump spoke with Russian President Vladimir Putin for more than two hours.",
     "2025-03-20", [(C, {"Donald Trump", "Vladimir Putin"}, None, "occurred", None)]),
    # A surname the tagger took for a nationality is still the office holder.
    ("During a phone conversation on Monday, Putin and Pezeshkian discussed the situation in the Middle East.",
     "2024-10-12", [(C, {"Vladimir Putin", "Masoud Pezeshkian"}, "2024-10-07", "occurred", None)]),
    # Leaders of two countries who speak with no place named speak by phone, also when the tagger took a
    # surname for a place.
    ("Macron and Scholz spoke on Wednesday about trade.", "2024-03-08", [(C, {"Emmanuel Macron", "Olaf Scholz"}, "2024-03-06", "occurred", None)]),
    # "spoke" with no phone word: a call when it lasted a measured time ...
    ("Norwegian Prime Minister Jonas Gahr Store and Nicaraguan President Daniel Ortega spoke for forty minutes on Thursday evening.",
     "2024-05-06", [(C, {"Jonas Gahr Støre", "Daniel Ortega"}, "2024-05-02", "occurred", None)]),
    # ... or in a story of phone calls.
    ("Russian President Vladimir Putin held a phone call with Saudi Crown Prince Mohammed bin Salman on Saturday. "
     "The Crown Prince on Friday spoke with Chinese President Xi Jinping.", "2024-05-06",
     [(C, {"Vladimir Putin", "Mohammed bin Salman"}, "2024-05-04", "occurred", None),
      (C, {"Mohammed bin Salman", "Xi Jinping"}, "2024-05-03", "occurred", None)]),
    # "spoke with reporters": no official, no encounter.
    ("US President Joe Biden spoke with reporters on Friday.", "2024-05-06", []),
    # A call noun with no parties of its own: the two officials just named.
    ("Russian President Vladimir Putin and Saudi Crown Prince Mohammed bin Salman discussed oil prices, the Kremlin said. "
     "Saturday's phone conversation came at the initiative of Riyadh.", "2024-05-06",
     [(C, {"Vladimir Putin", "Mohammed bin Salman"}, "2024-05-04", "occurred", None)]),
    # ... but not without a phone word: "These conversations" speak of talks already told.
    ("Angolan President Joao Lourenco held talks with Congolese President Felix Tshisekedi in Luanda on February 27. "
     "These conversations echo the African Union summit.", "2024-03-11",
     [(M, {"João Lourenço", "Félix Tshisekedi"}, "2024-02-27", "occurred", "AGO")]),
    # "received a phone call from": the receiver and the caller; the tagger's "Qatari Emir" is a title, not the name.
    ("Qatari Emir Tamim bin Hamad Al Thani received a phone call from French President Emmanuel Macron on Sunday.",
     "2024-05-06", [(C, {"Tamim bin Hamad Al Thani", "Emmanuel Macron"}, "2024-05-05", "occurred", None)]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", CALLS, ids=[case[0][:50] for case in CALLS])
def test_calls(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


LAYOUTS_AND_LISTS = [
    # A host "received:" followed by one visitor per bullet line: one meeting per line, dated as the intro.
    ("Cambodian Prime Minister Hun Manet on Monday received:\n\n"
     "- Mr. Tran Van Hung, Ambassador of the Socialist Republic of Vietnam to Cambodia, who paid a farewell call;\n\n"
     "- Ms. Ana Ruiz, the new Ambassador of the People's Republic of China to Cambodia;\n", "2024-03-12",
     [(M, {"Hun Manet", "Tran Van Hung"}, "2024-03-11", "occurred", "KHM"),
      (M, {"Hun Manet", "Ana Ruiz"}, "2024-03-11", "occurred", "KHM")]),
    # One cue, several times, each with its place: one encounter each.
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held informal summits at Wuhan in April 2018 "
     "and at Chennai in October 2019.", "2025-08-31",
     [(M, {"Narendra Modi", "Xi Jinping"}, "2018-04", "occurred", "CHN"),
      (M, {"Narendra Modi", "Xi Jinping"}, "2019-10", "occurred", "IND")]),
    # ... or each with its own party.
    ("US President Joe Biden held separate virtual meetings with Canadian Prime Minister Justin Trudeau in February "
     "and Mexican President Andres Manuel Lopez Obrador in March.", "2021-11-10",
     [(C, {"Joe Biden", "Justin Trudeau"}, "2021-02", "occurred", None),
      (C, {"Joe Biden", "Andrés Manuel López Obrador"}, "2021-03", "occurred", None)]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", LAYOUTS_AND_LISTS, ids=[case[0][:50] for case in LAYOUTS_AND_LISTS])
def test_layouts_and_lists(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


STATUS_AND_PARTIES = [
    # A tete-a-tete the tokenizer cut at its hyphens is still a meeting.
    ("US Secretary of State Antony Blinken held a tete-a-tete with Chinese Foreign Minister Wang Yi in Bangkok.",
     "2024-01-25", [(M, {"Antony Blinken", "Wang Yi"}, "2024-01-25", "occurred", "THA")]),
    # "pay a courtesy call on": a meeting, not a phone call.
    ("South Korean Foreign Minister Park Jin is scheduled to pay a courtesy call on Japanese Prime Minister Fumio Kishida "
     "on July 19.", "2022-07-18", [(M, {"Park Jin", "Fumio Kishida"}, "2022-07-19", "planned", None)]),
    # A condition on the clause: no encounter asserted.
    ("US Defense Secretary Lloyd Austin said he would welcome a visit by Chinese Defence Minister Dong Jun to Washington "
     "if conditions allow.", "2024-05-31", []),
    # A shelved meeting is cancelled; "the two" are the two just named.
    ("A preparatory meeting between US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov was "
     "shelved after the two spoke by phone on Monday.", "2025-10-22",
     [(M, {"Marco Rubio", "Sergey Lavrov"}, None, "cancelled", None),
      (C, {"Marco Rubio", "Sergey Lavrov"}, "2025-10-20", "occurred", None)]),
    # Counterparts from countries, then named in the same order: the named people, each of their country.
    ("US Defense Secretary Lloyd Austin is also set to hold a four-way meeting on Saturday with his counterparts from "
     "Australia, Japan and the Philippines, Richard Marles, Minoru Kihara and Gilberto Teodoro.", "2024-05-31",
     [(M, {"Lloyd Austin", "Richard Marles", "Minoru Kihara", "Gilberto Teodoro"}, "2024-06-01", "planned", None)]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", STATUS_AND_PARTIES, ids=[case[0][:50] for case in STATUS_AND_PARTIES])
def test_status_and_parties(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


CUES_AND_SUBJECTS = [
    # Leaders of two countries who "spoke" with no place named spoke by telephone.
    ("Brazilian President Luiz Inacio Lula da Silva said he and Argentine President Alberto Fernandez spoke on Tuesday "
     "about the trade talks.", "2023-07-13",
     [(C, {"Luiz Inácio Lula da Silva", "Alberto Fernández"}, "2023-07-11", "occurred", None)]),
    # "told X on the sidelines of" a forum: a meeting; "told reporters": none.
    ("Indian Prime Minister Narendra Modi told Chinese President Xi Jinping on the sidelines of the SCO summit on "
     "Friday that peace on the border was essential.", "2022-09-17",
     [(M, {"Narendra Modi", "Xi Jinping"}, "2022-09-16", "occurred", "UZB")]),
    ("Indian Prime Minister Narendra Modi told reporters on Monday that the talks went well.", "2022-09-17", []),
    # Presence in a foreign place is a visit; a description is not.
    ("Brazilian President Luiz Inacio Lula da Silva will be in Uruguay on Dec. 5-6 for the Mercosur gathering.",
     "2024-11-29", [(V, {"Luiz Inácio Lula da Silva"}, "2024-12-05", "planned", "URY")]),
    ("French Foreign Minister Jean-Noel Barrot and German Foreign Minister Annalena Baerbock were the first Western "
     "ministers to meet him, in Damascus in January.", "2025-05-08", []),
    # "accepted an invitation to visit": the one who accepted, ahead; "no plans to travel": nothing.
    ("Kenyan President William Ruto accepted an invitation to visit Beijing.", "2024-05-10",
     [(V, {"William Ruto"}, None, "planned", "CHN")]),
    ("Mexican President Claudia Sheinbaum said she has no plans to travel to Washington for now.", "2025-02-04", []),
    # "The last ROLE to visit X was NAME, who ... in DATE": that person, then.
    ("The last French president to visit Rwanda was Nicolas Sarkozy, who spent a few hours in Kigali in February 2010.",
     "2021-05-27", [(V, {"Nicolas Sarkozy"}, "2010-02", "occurred", "RWA")]),
    # Honorifics are not names; a country the tagger took for a person is still a destination.
    ("Malaysian Prime Minister Datuk Seri Dr Anwar Ibrahim will meet Indonesian President Joko Widodo in Jakarta next month.",
     "2023-03-13", [(M, {"Anwar Ibrahim", "Joko Widodo"}, "2023-04", "planned", "IDN")]),
    ("French President Emmanuel Macron visited Niger on Monday.", "2023-03-14", [(V, {"Emmanuel Macron"}, "2023-03-13", "occurred", "NER")]),
    # A known leader's short name the tagger missed.
    ("Chinese President Xi Jinping received Lula in Beijing on Friday.", "2023-04-15",
     [(M, {"Xi Jinping", "Luiz Inácio Lula da Silva"}, "2023-04-14", "occurred", "CHN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", CUES_AND_SUBJECTS, ids=[case[0][:50] for case in CUES_AND_SUBJECTS])
def test_cues_and_subjects(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


GROUPS_AND_STATUS = [
    # Two hosts of one country, then spoken of as "the trio": one meeting of three.
    ("Australian Foreign Minister Penny Wong is in Wellington on Thursday, where she will meet with Foreign Minister "
     "Nanaia Mahuta and Prime Minister Chris Hipkins. The trio will sit down for formal talks.", "2023-03-15",
     [(M, {"Penny Wong", "Nanaia Mahuta", "Chris Hipkins"}, "2023-03-16", "planned", "NZL")]),
    # A participle shares its clause's time and place.
    ("Australian Prime Minister Scott Morrison was in Wellington on November 2, meeting with New Zealand Prime "
     "Minister Jacinda Ardern for the first time.", "2019-03-12",
     [(M, {"Scott Morrison", "Jacinda Ardern"}, "2018-11-02", "occurred", "NZL")]),
    # Not travelling "as originally scheduled", "pulled out of" a trip: cancelled.
    ("French President Emmanuel Macron will not attend the summit in Djerba, Tunisia as originally scheduled.", "2019-06-25",
     [(V, {"Emmanuel Macron"}, None, "cancelled", "TUN")]),
    ("US President Joe Biden pulled out of his trip to Australia on Tuesday.", "2023-05-18",
     [(V, {"Joe Biden"}, "2023-05-16", "cancelled", "AUS")]),
    # A plan put off to no time at all is no encounter; the tagger's verb "Lula" is Lula.
    ("Lula and Chilean President Gabriel Boric held a phone call on Tuesday. They also agreed to meet at the earliest "
     "opportunity.", "2023-03-15", [(C, {"Luiz Inácio Lula da Silva", "Gabriel Boric"}, "2023-03-14", "occurred", None)]),
    # "calling them terrorist attacks" names; it phones no one.
    ("Indian Prime Minister Narendra Modi condemned the attacks on Saturday, calling them terrorist attacks.", "2023-10-10", []),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", GROUPS_AND_STATUS, ids=[case[0][:50] for case in GROUPS_AND_STATUS])
def test_groups_and_status(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


RECALLS_AND_LISTS = [
    # "This is X's third visit": the trip already told, counted - no second one.
    ("Indonesian President Joko Widodo will visit Australia from July 4-6. On July 5, Prime Minister Anthony Albanese "
     "and President Widodo will have a bilateral meeting in Sydney. This is Mr. Widodo's third visit to Australia since "
     "becoming President.", "2023-07-03",
     [(M, {"Anthony Albanese", "Joko Widodo"}, "2023-07-05", "planned", "AUS")]),
    # A time after "since" starts a period; the earlier encounter it names is its own, with its own time, and a
    # hyphenated compound of countries names their office holders then.
    ("Argentine Foreign Minister Diana Mondino will meet Brazilian counterpart Mauro Vieira, the first in-person meeting "
     "since the Argentina-Brazil-Chile trilateral foreign ministers' talks on Oct. 30 last year.", "2024-04-22",
     [(M, {"Diana Mondino", "Mauro Vieira"}, None, "planned", None),
      (M, {"Santiago Cafiero", "Mauro Vieira", "Alberto van Klaveren"}, "2023-10-30", "occurred", None)]),
    ("Chinese President Xi Jinping will visit France, his first trip to Europe since 2019.", "2024-05-01",
     [(V, {"Xi Jinping"}, None, "planned", "FRA")]),
    # A visit to a list of places, however the parser hung the list.
    ("German Foreign Minister Annalena Baerbock will also pay an official visit to the OECD headquarters in Paris, "
     "Tanzania, Zambia and Mozambique.", "2023-03-10",
     [(V, {"Annalena Baerbock"}, None, "planned", "FRA"), (V, {"Annalena Baerbock"}, None, "planned", "TZA"),
      (V, {"Annalena Baerbock"}, None, "planned", "ZMB"), (V, {"Annalena Baerbock"}, None, "planned", "MOZ")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", RECALLS_AND_LISTS, ids=[case[0][:50] for case in RECALLS_AND_LISTS])
def test_recalls_and_lists(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


HANDLES = [
    # A person's handle, and "I" in a quote is the one it is attributed to.
    ('"I thank PM @netanyahu for his phone call," Indian Prime Minister Narendra Modi posted on X.', "2023-10-10",
     [(C, {"Narendra Modi", "Benjamin Netanyahu"}, "2023-10-10", "occurred", None)]),
    # An office's handle stands for its holder on the day.
    ("@POTUS spoke with @narendramodi on Tuesday.", "2023-10-11",
     [(C, {"Joe Biden", "Narendra Modi"}, "2023-10-10", "occurred", None)]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", HANDLES, ids=[case[0][:50] for case in HANDLES])
def test_handles(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


HOSTS_AND_GROUPS = [
    # A group led by one official: the leader travels.
    ("South Korean President Moon Jae-in's envoys, headed by National Security Office chief Chung Eui-yong, will head "
     "to Pyongyang on Wednesday.", "2018-09-04", [(V, {"Chung Eui-yong"}, "2018-09-05", "planned", "PRK")]),
    # "Hosted by X, the meeting ...": X hosted the trip in focus, which was a meeting.
    ("Rwandan President Paul Kagame made a working visit to Luanda, Angola, on Monday. Hosted by Angolan President "
     "Joao Lourenco, the meeting focused on the security situation.", "2024-03-11",
     [(M, {"Paul Kagame", "João Lourenço"}, "2024-03-11", "occurred", "AGO")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", HOSTS_AND_GROUPS, ids=[case[0][:50] for case in HOSTS_AND_GROUPS])
def test_hosts_and_groups(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


PLACED_IN_TIME = [
    # A time told of the clause's subject, a gathering, is the time of what the clause reports.
    ("The last summit, held in Tokyo in May 2023, saw US President Joe Biden hold talks with Japanese Prime Minister "
     "Fumio Kishida.", "2023-07-10", [(M, {"Joe Biden", "Fumio Kishida"}, "2023-05", "occurred", None)]),
    # A trip named to place another event in time is its own, its hosts are not the event's, and it lies
    # the offset before the event (here the day's news).
    ("Less than a month after Blinken's trip to Beijing, US Treasury Secretary Janet Yellen met Chinese Premier Li "
     "Qiang in Beijing.", "2023-07-10",
     [(V, {"Antony Blinken"}, "2023-06", "occurred", "CHN"), (M, {"Janet Yellen", "Li Qiang"}, "2023-07-10", "occurred", "CHN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", PLACED_IN_TIME, ids=[case[0][:50] for case in PLACED_IN_TIME])
def test_placed_in_time(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


MULTILATERAL = [
    # A gathering told with its chair only waits for its parties; an attendance list gives them.
    ("Nigerian President Bola Tinubu chaired an extraordinary ECOWAS summit in Abuja on Sunday. In attendance at the "
     "session were Presidents Umaro Sissoco Embalo of Guinea-Bissau, Alassane Ouattara of Cote d'Ivoire and Nana "
     "Akufo-Addo of Ghana.", "2023-07-31",
     [(M, {"Bola Tinubu", "Umaro Sissoco Embaló", "Alassane Ouattara", "Nana Akufo-Addo"}, "2023-07-30", "occurred", "NGA")]),
    ("Nigerian President Bola Tinubu chaired an extraordinary ECOWAS summit in Abuja on Sunday.", "2023-07-31", []),
    # A gathering's clause names its parties; the chair too.
    ("The summit, attended by Presidents Umaro Sissoco Embalo of Guinea-Bissau, Alassane Ouattara of Cote d'Ivoire and "
     "Macky Sall of Senegal, was chaired by Nigerian President Bola Tinubu in Abuja on Sunday.", "2023-07-31",
     [(M, {"Umaro Sissoco Embaló", "Alassane Ouattara", "Macky Sall", "Bola Tinubu"}, "2023-07-30", "occurred", "NGA")]),
    # Coordinated nationality words before a plural role: each country's holder.
    ("The Spanish, Portuguese and Moroccan prime ministers held a trilateral meeting in Rabat on Tuesday.", "2023-07-31",
     [(M, {"Pedro Sánchez", "António Costa", "Aziz Akhannouch"}, "2023-07-25", "occurred", "MAR")]),
    # Roles listed after one nationality word share it; the leaders of one country met together ...
    ("Chinese Premier Li Qiang met the Laotian president, prime minister and assembly speaker in Vientiane on Monday.",
     "2023-07-31", [(M, {"Li Qiang", "Thongloun Sisoulith", "Sonexay Siphandone"}, "2023-07-31", "occurred", "LAO")]),
    # ... unless the text says they were met one by one.
    ("Chinese Premier Li Qiang met separately the Laotian president and prime minister in Vientiane on Monday.",
     "2023-07-31", [(M, {"Li Qiang", "Thongloun Sisoulith"}, "2023-07-31", "occurred", "LAO"),
                    (M, {"Li Qiang", "Sonexay Siphandone"}, "2023-07-31", "occurred", "LAO")]),
    # A host at home; the people hosted are no place.
    ("Kenyan President William Ruto hosted the presidents of Uganda, Tanzania and Rwanda at State House on Saturday.",
     "2023-07-31", [(M, {"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan", "Paul Kagame"}, "2023-07-29", "occurred", "KEN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", MULTILATERAL, ids=[case[0][:50] for case in MULTILATERAL])
def test_multilateral(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


PLACES_AND_FORUMS = [
    # The parser hung the subject on a place; the main verb takes the nearest people before it. The
    # sidelines phrase names the forum wherever it hangs.
    ("On the sidelines of the G20 summit in New Delhi, the foreign ministers of India and Japan held talks on Saturday.",
     "2023-09-10", [(M, {"S. Jaishankar", "Yoshimasa Hayashi"}, "2023-09-09", "occurred", "IND")]),
    # The day's news names no place: where the report was filed.
    ("NEW DELHI, Sept 9 (Reuters) - Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on Saturday.",
     "2023-09-10", [(M, {"Narendra Modi", "Fumio Kishida"}, "2023-09-09", "occurred", "IND")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", PLACES_AND_FORUMS, ids=[case[0][:50] for case in PLACES_AND_FORUMS])
def test_places_and_forums(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


@pytest.mark.issue(9)
def test_forum_from_a_sidelines_phrase_wherever_it_hangs():
    import summitry

    text = ("On the sidelines of the G20 summit in New Delhi, the foreign ministers of India and Japan held talks on Saturday.")
    assert [e.occasion for e in summitry.extract(text, published="2023-09-10")] == ["G20 2023"]


TOGETHER_OR_APART = [
    # One official meeting several named people meets them one after the other ...
    ("Chinese President Xi Jinping held talks with Kyrgyz President Sadyr Japarov and Turkmen President Serdar "
     "Berdimuhamedov in Xi'an on Thursday.", "2023-05-19",
     [(M, {"Xi Jinping", "Sadyr Japarov"}, "2023-05-18", "occurred", "CHN"),
      (M, {"Xi Jinping", "Serdar Berdimuhamedow"}, "2023-05-18", "occurred", "CHN")]),
    # ... unless the cue itself is one gathering, whatever else the sentence says ...
    ("US President Donald Trump held a three-way meeting with Japanese Prime Minister Shinzo Abe and Indian Prime "
     "Minister Narendra Modi on Friday, and separately sat down with Russian President Vladimir Putin.", "2019-06-29",
     [(M, {"Donald Trump", "Shinzo Abe", "Narendra Modi"}, "2019-06-28", "occurred", None),
      (M, {"Donald Trump", "Vladimir Putin"}, "2019-06-28", "occurred", None)]),
    # ... or a host has guests of several countries together.
    ("US President Joe Biden will host Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio "
     "Kishida in Washington on April 11.", "2024-03-19",
     [(M, {"Joe Biden", "Ferdinand Marcos Jr.", "Fumio Kishida"}, "2024-04-11", "planned", "USA")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", TOGETHER_OR_APART, ids=[case[0][:50] for case in TOGETHER_OR_APART])
def test_together_or_apart(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


WISHES_AND_DELEGATIONS = [
    # "would like to visit" is a wish, not a plan: no encounter.
    ("Chilean President Gabriel Boric said he would like to visit Vietnam and meet President Vo Van Thuong.",
     "2023-06-20", []),
    # A delegation led by two officials: both act for it.
    ("The Estonian delegation, led by Prime Minister Kaja Kallas and Foreign Minister Urmas Reinsalu, met German "
     "Chancellor Olaf Scholz in Berlin on Monday.", "2022-09-14",
     [(M, {"Kaja Kallas", "Urmas Reinsalu", "Olaf Scholz"}, "2022-09-12", "occurred", "DEU")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", WISHES_AND_DELEGATIONS, ids=[case[0][:50] for case in WISHES_AND_DELEGATIONS])
def test_wishes_and_delegations(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


def test_a_forum_year_comes_from_the_phrase_or_the_city_that_held_it():
    import summitry

    named = "Turkish President Recep Tayyip Erdogan met US President Joe Biden at the NATO summit in Vilnius in 2023."
    assert [e.occasion for e in summitry.extract(named, published="2024-07-01")] == ["NATO 2023"]
    by_city = "Erdogan last met Biden on the sidelines of the NATO summit in Vilnius."
    assert [e.occasion for e in summitry.extract(by_city, published="2024-07-01")] == ["NATO 2023"]


REGIONS = [
    # A regional word before a plural role names its members' office holders ...
    ("The three Baltic presidents met German Chancellor Olaf Scholz in Berlin on Monday.", "2024-03-05",
     [(M, {"Alar Karis", "Edgars Rinkēvičs", "Gitanas Nausėda", "Olaf Scholz"}, "2024-03-04", "occurred", "DEU")]),
    # ... so does "the leaders of the <region> countries" ...
    ("Chinese President Xi Jinping met the leaders of the five Central Asian countries in Xi'an on Friday.", "2023-05-20",
     [(M, {"Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedow",
           "Shavkat Mirziyoyev"}, "2023-05-19", "occurred", "CHN")]),
    # ... but a number short of the whole region does not say which.
    ("Two Gulf leaders met US President Joe Biden in Washington on Monday.", "2024-03-05", []),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", REGIONS, ids=[case[0][:50] for case in REGIONS])
def test_regions(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


def test_a_city_the_tagger_took_for_an_organisation_is_still_the_place():
    import summitry

    text = "Danish Prime Minister Mette Frederiksen will meet Indian Prime Minister Narendra Modi in Copenhagen next week."
    [encounter] = summitry.extract(text, published="2024-03-05")
    assert (encounter.location.name, encounter.location.country) == ("Copenhagen", "DNK")
    # A name the gazetteer does not know stays no place.
    [other] = summitry.extract(text.replace("Copenhagen", "Glorbania"), published="2024-03-05")
    assert other.location is None


COUNTED = [
    # An offset counted from another event's date dates the clause it modifies, not the event's clause.
    ("Kenyan President William Ruto visited Berlin three weeks after German Chancellor Olaf Scholz visited Nairobi "
     "on May 5, 2023.", "2024-03-07",
     [(V, {"William Ruto"}, "2023-05-26", "occurred", "DEU"), (V, {"Olaf Scholz"}, "2023-05-05", "occurred", "KEN")]),
    ("Kenyan President William Ruto met German Chancellor Olaf Scholz in Berlin two days after the election on May 5, 2023.",
     "2024-03-07", [(M, {"William Ruto", "Olaf Scholz"}, "2023-05-07", "occurred", "DEU")]),
    # Talks the meeting is placed after are another day, not the meeting's.
    ("Kenyan President William Ruto met German Chancellor Olaf Scholz in Berlin on Monday after their talks in Doha.",
     "2024-03-07", [(M, {"William Ruto", "Olaf Scholz"}, "2024-03-04", "occurred", "DEU"),
                    (M, {"William Ruto", "Olaf Scholz"}, None, "occurred", "QAT")]),
    # Without an offset or a place of its own, what a clause is placed before or after was the same day.
    ("US President Joe Biden walked with Philippine President Ferdinand Marcos Jr. through the colonnade before their "
     "bilateral meeting, on May 1, 2023.", "2024-03-19",
     [(M, {"Joe Biden", "Ferdinand Marcos Jr."}, "2023-05-01", "occurred", None)]),
    # An encounter named to place another in time lies the offset before the time of that clause: the
    # report's day for a present tense, the dated encounter of a past one; no number, no date.
    ("Leaders will gather in Astana next spring. Kenyan President William Ruto's tour of Germany comes barely a week "
     "after Chinese Foreign Minister Wang Yi's visit to Nairobi.", "2024-03-07",
     [(V, {"William Ruto"}, "2024-03-07", "occurred", "DEU"), (V, {"Wang Yi"}, "2024-02-29", "occurred", "KEN")]),
    ("Kenyan President William Ruto visited Berlin on May 26, 2023, three months after his visit to Washington.",
     "2024-03-07", [(V, {"William Ruto"}, "2023-05-26", "occurred", "DEU"), (V, {"William Ruto"}, "2023-02", "occurred", "USA")]),
    ("Kenyan President William Ruto visited Berlin on May 26, 2023, days after his visit to Washington.",
     "2024-03-07", [(V, {"William Ruto"}, "2023-05-26", "occurred", "DEU"), (V, {"William Ruto"}, None, "occurred", "USA")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", COUNTED, ids=[case[0][:50] for case in COUNTED])
def test_counted_from_another_event(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


UNDONE = [
    # A relative clause that tells the encounter's course dates it, wherever the parser hung it.
    ("French President Emmanuel Macron postponed his state visit to Germany, which was to begin on Sunday, because of "
     "riots in France.", "2024-02-20", [(V, {"Emmanuel Macron"}, "2024-02-25", "cancelled", "DEU")]),
    # A planned encounter that a joined clause calls off, or says did not happen, is cancelled; a plan
    # of the past perfect was for a time now past.
    ("German Chancellor Olaf Scholz had been due to visit Kenyan President William Ruto in Nairobi in February, "
     "but the trip was postponed.", "2024-03-07", [(M, {"Olaf Scholz", "William Ruto"}, "2024-02", "cancelled", "KEN")]),
    ("French President Emmanuel Macron had planned to meet Chancellor Olaf Scholz last month, but the meeting was called off.",
     "2024-03-07", [(M, {"Emmanuel Macron", "Olaf Scholz"}, "2024-02", "cancelled", None)]),
    ("Macron was supposed to meet Scholz on Monday but the meeting did not take place.", "2024-03-07",
     [(M, {"Emmanuel Macron", "Olaf Scholz"}, "2024-03-04", "cancelled", None)]),
    # Only said to be possible, or about another encounter: not cancelled.
    ("Macron will meet Scholz on Monday, but it may not happen.", "2024-03-07",
     [(M, {"Emmanuel Macron", "Olaf Scholz"}, "2024-03-11", "planned", None)]),
    ("Macron met Scholz on Monday, but the summit was postponed.", "2024-03-07",
     [(M, {"Emmanuel Macron", "Olaf Scholz"}, "2024-03-04", "occurred", None)]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", UNDONE, ids=[case[0][:50] for case in UNDONE])
def test_undone_in_a_joined_clause(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


PLANNERS = [
    # Who makes the plans for an encounter with others takes part in it ...
    ("Biden on Wednesday announced plans for the Nov. 18 summit with Canadian Prime Minister Justin Trudeau and Mexican "
     "President Andres Manuel Lopez Obrador.", "2021-11-10",
     [(M, {"Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador"}, "2021-11-18", "planned", None)]),
    # ... but not in a meeting between others, nor when only asked about it.
    ("Angolan Foreign Minister Tete Antonio revealed plans for a meeting between Rwandan President Paul Kagame and "
     "Congolese President Felix Tshisekedi.", "2024-03-11", [(M, {"Paul Kagame", "Félix Tshisekedi"}, None, "planned", None)]),
    ("Reporters asked Biden about plans for the summit with Trudeau.", "2021-11-10", []),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", PLANNERS, ids=[case[0][:50] for case in PLANNERS])
def test_who_plans_an_encounter_takes_part(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


def test_a_dateless_dateline_places_the_days_news():
    import summitry

    # The dateline's city for the day's news; a place known only by its country narrows to it.
    [met] = summitry.extract("NAIROBI — Kenyan President William Ruto received German Chancellor Olaf Scholz at State House "
                             "on Monday.", published="2024-03-19")
    assert (met.location.city, met.location.country) == ("Nairobi", "KEN")
    # The dateline is no subject: the place the sentence names wins, and the host is still a party.
    [planned] = summitry.extract("MANILA, Philippines – US President Joe Biden will host Philippine President Ferdinand "
                                 "Marcos Jr. and Japanese Prime Minister Fumio Kishida in Washington DC in April.",
                                 published="2024-03-19")
    assert {p.name for p in planned.participants} == {"Joe Biden", "Ferdinand Marcos Jr.", "Fumio Kishida"}
    assert planned.location.city == "Washington"


HEADLINES = [
    # A headline's infinitive, with no finite verb, is a plan; a two-letter surname named in full later
    # in the article is that person.
    ("Xi to meet Biden in Woodside\n\nChinese President Xi Jinping arrived in San Francisco on Tuesday for the APEC "
     "meetings.", "2023-11-14", [(M, {"Xi Jinping", "Joe Biden"}, None, "planned", "USA"),
                                 (V, {"Xi Jinping"}, "2023-11-14", "occurred", "USA")]),
    # A past-tense headline is no plan.
    ("Xi met Biden in Woodside\n\nChinese President Xi Jinping spoke to reporters in San Francisco on Wednesday after "
     "the talks.", "2023-11-16", [(M, {"Xi Jinping", "Joe Biden"}, "2023-11-15", "occurred", "USA")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", HEADLINES, ids=[case[0][:40] for case in HEADLINES])
def test_headlines(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


WISHES_AND_REQUESTS = [
    # An invitation declined is no encounter; one accepted is a plan.
    ("US President Joe Biden declined an invitation to visit Brasilia.", "2023-08-20", []),
    ("US President Joe Biden accepted an invitation to visit Brasilia.", "2023-08-20",
     [(V, {"Joe Biden"}, None, "planned", "BRA")]),
    # Hoping or wanting to meet with no time set is no plan; with a time it is.
    ("Colombian President Gustavo Petro said he hoped to receive Venezuelan President Nicolas Maduro in Bogota soon.",
     "2022-11-01", []),
    # (at the summit of next week: that week)
    ("Petro hopes to meet Maduro at the summit in Caracas next week.", "2022-11-01",
     [(M, {"Gustavo Petro", "Nicolás Maduro"}, "2022-11-07", "planned", "VEN")]),
    # A place the tagger took for a person is still where they met.
    ("The leaders of France, Germany and Poland met in Weimar on Monday for talks on Ukraine.", "2023-09-10",
     [(M, {"Emmanuel Macron", "Olaf Scholz", "Andrzej Duda"}, "2023-09-04", "occurred", "DEU")]),
    # Hoped for is not arranged ("hoping" is lemmatised "hop": the word's stems count) ...
    ("French President Emmanuel Macron is hoping for a first face-to-face encounter with Chinese President Xi Jinping.",
     "2024-03-07", []),
    # ... a request is a plan, and one that "was not possible" is cancelled.
    ("Macron sought a meeting with Chinese President Xi Jinping.", "2024-03-07",
     [(M, {"Emmanuel Macron", "Xi Jinping"}, None, "planned", None)]),
    ("Macron requested a meeting with Chinese President Xi Jinping in Beijing, but it was not possible.", "2024-03-07",
     [(M, {"Emmanuel Macron", "Xi Jinping"}, None, "cancelled", "CHN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", WISHES_AND_REQUESTS, ids=[case[0][:40] for case in WISHES_AND_REQUESTS])
def test_wishes_and_requests(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


ON_A_TRIP = [
    ("In her tour, which is set to end on March 9, German Foreign Minister Annalena Baerbock will also visit Kenya and "
     "Ghana.", "2024-03-01", [(V, {"Annalena Baerbock"}, "2024-03-09", "planned", "KEN"),
                              (V, {"Annalena Baerbock"}, "2024-03-09", "planned", "GHA")]),
    # The day a meeting was announced is not its day; the date written on it is.
    ("Czech Prime Minister Petr Fiala will fly to Warsaw next month to meet Polish Prime Minister Donald Tusk. The "
     "meeting was announced on Monday by the Polish government. The June 12 meeting is meant to reset ties.", "2024-05-21",
     [(M, {"Petr Fiala", "Donald Tusk"}, "2024-06-12", "planned", "POL")]),
    # Talks set for today and called off still make today the story's day.
    ("Talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev set for today were "
     "called off, officials said. The two sides blamed each other for the collapse of the process. European Council "
     "President Charles Michel was meeting alone with Aliyev instead, an aide said.", "2024-05-21",
     [(M, {"Nikol Pashinyan", "Ilham Aliyev"}, "2024-05-21", "cancelled", None),
      (M, {"Charles Michel", "Ilham Aliyev"}, "2024-05-21", "occurred", None)]),
    # What is done "on the tour" takes the tour's time, every destination alike.
    ("On the tour, which ends on March 14, German Chancellor Olaf Scholz will also visit Kenya and Nigeria.", "2024-03-07",
     [(V, {"Olaf Scholz"}, "2024-03-14", "planned", "KEN"), (V, {"Olaf Scholz"}, "2024-03-14", "planned", "NGA")]),
    # A continent is no place: the city the clause names is ("Asia" is also a town in the Philippines).
    ("On his trip to Asia, German Chancellor Olaf Scholz met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
     "2024-03-07", [(M, {"Olaf Scholz", "Fumio Kishida"}, "2024-03-04", "occurred", "JPN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", ON_A_TRIP, ids=[case[0][:40] for case in ON_A_TRIP])
def test_on_a_trip(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


def test_a_role_phrase_of_its_own_keeps_its_own_country():
    import summitry

    # "and the chancellor" opens a phrase of its own: not a Chinese chancellor, the one just named.
    [met] = summitry.extract("German Chancellor Olaf Scholz arrived in China on Sunday. The Chinese premier and the "
                             "chancellor met in Beijing on Monday.", published="2024-04-17")
    assert {p.name for p in met.participants} == {"Li Qiang", "Olaf Scholz"}
    assert met.date == "2024-04-15"



def test_a_forum_edition_from_the_city_of_the_encounter():
    import summitry

    # No publication date: the BRICS summit held in the city where they met gives the year.
    [met] = summitry.extract("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Johannesburg "
                             "on the sidelines of the BRICS summit.")
    assert met.occasion == "BRICS 2023"
    assert met.date.startswith("2023-08")


def test_coordinated_predicates_of_another_tense_keep_their_own_time():
    import summitry

    found = summitry.extract("Indian Foreign Minister S. Jaishankar met his Belgian counterpart in Brussels on Monday and "
                             "will also visit the European Union's headquarters in Brussels.", published="2024-03-07")
    by_kind = {e.kind: e for e in found}
    assert (by_kind["meeting"].date, by_kind["meeting"].status) == ("2024-03-04", "occurred")
    assert (by_kind["visit"].date, by_kind["visit"].status) == (None, "planned")


def test_bare_sidelines_are_of_the_forum_just_named():
    import summitry

    [met] = summitry.extract("Leaders of the Shanghai Cooperation Organisation gathered in Astana on Thursday for their "
                             "annual summit. Chinese President Xi Jinping met Russian President Vladimir Putin on the "
                             "sidelines.", published="2024-07-05")
    assert (met.occasion, met.location.city) == ("SCO 2024", "Astana")
    assert met.date.startswith("2024-07-0")
    # A forum only talked about is no gathering in focus.
    [other] = summitry.extract("Putin spoke about the G7 on Monday. Chinese President Xi Jinping met Russian President "
                               "Vladimir Putin on the sidelines.", published="2024-07-05")
    assert other.occasion is None


def test_a_two_letter_surname_the_tagger_ran_into_a_date_is_the_person():
    import summitry

    found = summitry.extract("Earlier this week Xi held talks with French President Emmanuel Macron in Paris.",
                             published="2024-05-10")
    assert [{p.name for p in e.participants} for e in found] == [{"Xi Jinping", "Emmanuel Macron"}]
    assert found[0].date == "2024-05-06"


RECALLED_BY_THE_SAME_PAIR = [
    # An encounter named to place the pair's meeting in time is theirs too, with the time told right after it.
    ("Biden met Xi in Woodside on Wednesday. It was their first meeting since the G20 summit in Bali in November last year.",
     "2023-11-16", [(M, {"Joe Biden", "Xi Jinping"}, "2023-11-15", "occurred", "USA"),
                    (M, {"Joe Biden", "Xi Jinping"}, "2022-11-15", "occurred", "IDN")]),  # the summit's first day
    ("President Donald Trump met North Korean leader Kim Jong Un at Panmunjom on Sunday. It was their third meeting, "
     "after summits in Singapore in June 2018 and Hanoi in February.", "2019-06-30",
     [(M, {"Donald Trump", "Kim Jong Un"}, "2019-06-30", "occurred", "KOR"), (M, {"Donald Trump", "Kim Jong Un"}, "2018-06", "occurred", "SGP"),
      (M, {"Donald Trump", "Kim Jong Un"}, "2019-02", "occurred", "VNM")]),
    # An offset the parser hung the other way round still counts back.
    ("Biden met Xi in Woodside on Wednesday, a year after their talks in Bali.", "2023-11-16",
     # (a year counted back from a day keeps the month: November 2022)
     [(M, {"Joe Biden", "Xi Jinping"}, "2023-11-15", "occurred", "USA"), (M, {"Joe Biden", "Xi Jinping"}, "2022-11", "occurred", "IDN")]),
]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", RECALLED_BY_THE_SAME_PAIR, ids=[c[0][:40] for c in RECALLED_BY_THE_SAME_PAIR])
def test_recalled_by_the_same_pair(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)



def test_a_host_at_a_seat_of_government_is_in_the_capital():
    import summitry

    [met] = summitry.extract("Japan's Emperor Naruhito hosted King Charles at the Imperial Palace.", published="2024-01-25")
    assert (met.location.city, met.location.country) == ("Tokyo", "JPN")
    # No building named: only the host's country is known.
    [other] = summitry.extract("Kenyan President William Ruto received German Chancellor Olaf Scholz.", published="2024-01-25")
    assert (other.location.city, other.location.country) == (None, "KEN")


def test_expected_to_is_no_presence():
    import summitry

    # "expected to" is the status of what follows, not presence in a place: no visit to London.
    found = summitry.extract("Starmer and Macron are expected to co-host a meeting of European leaders in London on Sunday.",
                             published="2025-03-20")
    assert not [e for e in found if e.kind == "visit"]
    [visit] = summitry.extract("Indian Prime Minister Narendra Modi is expected in Washington on Thursday.", published="2025-03-18")
    assert (visit.kind, visit.status, visit.location.city) == ("visit", "planned", "Washington")


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", [
    # "was last in <place>" is a recalled visit there, and a forum it attended names its edition.
    ("Indian Prime Minister Narendra Modi was last in Washington in 2021, when he attended the first in-person Quad "
     "leaders' summit.", "2023-06-20", [(V, {"Narendra Modi"}, "2021-09-24", "occurred", "USA")]),
    ("Indian Prime Minister Narendra Modi was last in the United States in September 2021.", "2023-06-20",
     [(V, {"Narendra Modi"}, "2021-09", "occurred", "USA")]),
], ids=["last-in-washington", "last-in-the-us"])
def test_last_in_a_place(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


def test_a_forum_edition_held_while_the_parties_were_in_office():
    import summitry

    # Johannesburg held BRICS summits in 2018 and 2023; Temer was president of Brazil only in 2018.
    [met] = summitry.extract("South African President Cyril Ramaphosa met Brazilian President Michel Temer in Johannesburg "
                             "on the sidelines of the BRICS summit.")
    assert met.occasion == "BRICS 2018"


def test_a_meeting_on_the_days_of_the_forum_just_told_is_held_there():
    import summitry

    text = ("Leaders of the world's largest economies gathered in New Delhi for the G20 summit. US President Joe Biden met "
            "Brazilian President Luiz Inacio Lula da Silva on {when}.")
    [met] = summitry.extract(text.format(when="Saturday"), published="2023-09-10")
    assert (met.occasion, met.location.city, met.date) == ("G20 2023", "New Delhi", "2023-09-09")
    # Another month is another occasion.
    [other] = summitry.extract(text.format(when="March"), published="2023-09-10")
    assert other.occasion is None



@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", [
    # In a local report "the president" is the dateline country's ...
    ("NAIROBI — The president received Chinese Foreign Minister Wang Yi at State House on Monday.", "2024-05-24",
     [(M, {"William Ruto", "Wang Yi"}, "2024-05-20", "occurred", "KEN")]),
    ("WASHINGTON (AP) — The president will host Kenyan President William Ruto at the White House on Thursday.", "2024-05-24",
     [(M, {"Joe Biden", "William Ruto"}, "2024-05-30", "planned", "USA")]),
    # ... after anyone of that office named before, and never a description ("the first foreign leader to").
    ("BEIJING — Kenyan President William Ruto arrived in Beijing on Monday. The president then met Chinese President "
     "Xi Jinping.", "2024-05-24", [(M, {"William Ruto", "Xi Jinping"}, "2024-05-20", "occurred", "CHN")]),
], ids=["nairobi", "washington", "named-before"])
def test_the_president_of_a_local_report(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)


# Mechanisms of the fourth round of issue 9, one case each (text, published, expected), with an id.
FOURTH_ROUND: list = []


def _with_ids(cases, ids):
    return [pytest.param(*case, id=name) for case, name in zip(cases, ids, strict=True)]


FOURTH_ROUND += _with_ids([
    # A vice president with a title is an official, and "toured" a list of countries is one visit each.
    ("Vice President Amina Okafor toured Ghana, Togo and Benin in March last year.", "2024-05-22",
     [(V, {"Amina Okafor"}, "2023-03", "occurred", "GHA"), (V, {"Amina Okafor"}, "2023-03", "occurred", "TGO"),
      (V, {"Amina Okafor"}, "2023-03", "occurred", "BEN")]),
    # Names apposed to a plural role hold that role: two foreign ministers met. The place noun's own
    # adjective picks the namesake town ("the Peruvian border city of ...").
    ("The foreign ministers, Lucia Ferraz and Tomas Ibarra, had met in August in the Peruvian border city of Tacna.",
     "2022-11-01", [(M, {"Lucia Ferraz", "Tomas Ibarra"}, "2022-08", "occurred", "PER")]),
    # "was due in <city>" is a presence planned, also with the city tagged as an organisation.
    ("German Chancellor Olaf Scholz was due in Copenhagen on Sept. 2, but the trip was called off.", "2022-08-21",
     [(V, {"Olaf Scholz"}, "2022-09-02", "cancelled", "DNK")]),
    # Leaving one place "for a state visit to" another: the trip goes to the second, and an apposed
    # count of it ("his second trip there") is no new trip.
    ("Chinese President Xi Jinping will leave Ankara on Thursday for a state visit to Tajikistan, his second trip to "
     "Dushanbe in five years.", "2024-07-03", [(V, {"Xi Jinping"}, "2024-07-04", "planned", "TJK")]),
], ["vice-president-tour", "apposed-plural-role", "due-in", "leave-for-a-visit"])


FOURTH_ROUND += _with_ids([
    # "the Emir" is the emir named before, not the president named since.
    ("Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah met Egyptian President Abdel Fattah el-Sisi in Cairo on "
     "Sunday. US President Joe Biden praised both. Ties have grown since the Emir's visit to Cairo in June 2021, his "
     "first in five years, during which he held talks with El-Sisi.", "2023-03-05",
     [(M, {"Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi"}, "2023-03-05", "occurred", "EGY"),
      (M, {"Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi"}, "2021-06", "occurred", "EGY")]),
    # A title with its post ("Ambassador to Lusaka") still titles the name after it.
    ("Kenyan President William Ruto received Chinese Ambassador to Nairobi Zhou Pingjian on Monday.", "2024-05-22",
     [(M, {"William Ruto", "Zhou Pingjian"}, "2024-05-20", "occurred", "KEN")]),
    # A city the tagger took into a building's name is still the city.
    ("Senegalese President Macky Sall received Malian President Ibrahim Boubacar Keita at the Palace of the Republic "
     "in Dakar, capital of Senegal, on Monday.", "2016-05-10",
     [(M, {"Macky Sall", "Ibrahim Boubacar Keïta"}, "2016-05-09", "occurred", "SEN")]),
    # "scheduled for <city>" names the place of what is planned.
    ("A three-way summit among Kenya, Uganda and Tanzania is scheduled for Arusha later this month.", "2018-09-04",
     [(M, {"Uhuru Kenyatta", "Yoweri Museveni", "John Magufuli"}, "2018-09", "planned", "TZA")]),
    # Leaders who speak around a working session of a summit are not on the telephone; "following" the session on
    # Sunday is that Sunday, one of the summit's days.
    ("Indian Prime Minister Narendra Modi and US President Donald Trump had a short encounter on the margins of the "
     "G7 summit in Biarritz, France. The two spoke following a working session on Sunday morning.", "2019-08-27",
     [(M, {"Narendra Modi", "Donald Trump"}, "2019-08-25", "occurred", "FRA")]),
    # A trip with no time of its own is the meeting its where-clause tells, at that meeting's time.
    ("German Chancellor Olaf Scholz flies on to Kenya, where he is due to meet President William Ruto in Nairobi on "
     "Friday.", "2023-05-03", [(M, {"Olaf Scholz", "William Ruto"}, "2023-05-05", "planned", "KEN")]),
    # A reduced passive on a description takes the description's "will be": planned, at the agent's home.
    ("Kenyan President William Ruto will be the first head of state hosted by King Charles III.", "2023-05-03",
     [(M, {"William Ruto", "Charles III"}, None, "planned", "GBR")]),
], ["the-emir", "ambassador-to", "city-in-building", "scheduled-for", "spoke-at-session", "flies-on-where",
        "hosted-by-description"])


FOURTH_ROUND += _with_ids([
    # "but it could not take place": an ability denied is a cancellation; "it may not" is only a doubt.
    ("Sri Lankan President Anura Kumara Dissanayake sought a meeting with Japanese Prime Minister Shigeru Ishiba in New "
     "York in September, but it could not take place because Ishiba had left.", "2025-10-02",
     [(M, {"Anura Kumara Dissanayake", "Shigeru Ishiba"}, "2025-09-23", "cancelled", "USA")]),
    # A verb the parser joined to a noun ("... in Nuku'alofa, Tonga or travel to Suva") keeps the sentence's subject
    # and its negation.
    ("New Zealand Prime Minister Christopher Luxon will not attend the summit in Nuku'alofa, Tonga or travel to Suva, "
     "Fiji as planned.", "2024-08-10",
     [(V, {"Christopher Luxon"}, None, "cancelled", "TON"), (V, {"Christopher Luxon"}, None, "cancelled", "FJI")]),
    # "the previous round of consultations took place here last June": the round is the talks, "here" the dateline's city.
    ("PARIS (Reuters) - The previous round of these annual consultations between French President Emmanuel Macron and "
     "German Chancellor Olaf Scholz took place here last June.", "2024-06-20",
     [(M, {"Emmanuel Macron", "Olaf Scholz"}, "2023-06", "occurred", "FRA")]),
    # Names given together vouch for each other: the San Pedro outside Monterrey is in Mexico.
    ("US Secretary of State Antony Blinken met Mexican Foreign Minister Alicia Barcena at a ranch in San Pedro, outside "
     "Monterrey, on Monday.", "2024-06-20",
     [(M, {"Antony Blinken", "Alicia Bárcena"}, "2024-06-17", "occurred", "MEX")]),
], ["could-not-take-place", "verb-joined-to-noun", "round-of-consultations-here", "places-vouch"])


FOURTH_ROUND += _with_ids([
    # Two possessed trips joined by "and", each with its own time, however the parser hung the times; "the
    # North's capital" is the capital of the country just named.
    ("It will be the third such summit, after then-President Kim Dae-jung's trip to Pyongyang in June 2000 and "
     "then-President Roh Moo-hyun's visit to the North's capital in October 2007.", "2018-04-26",
     [(V, {"Kim Dae-jung"}, "2000-06", "occurred", "PRK"), (V, {"Roh Moo-hyun"}, "2007-10", "occurred", "PRK")]),
    # "the kingdom" is the country of the city named before.
    ("Chinese President Xi Jinping arrived in Riyadh on Wednesday. Xi last visited the kingdom in January 2016.",
     "2022-12-08", [(V, {"Xi Jinping"}, "2022-12-07", "occurred", "SAU"), (V, {"Xi Jinping"}, "2016-01", "occurred", "SAU")]),
    # A delegation is its leader's party: "they" after "led a delegation", and "the delegation" next day.
    ("US President Joe Biden spoke to reporters. In May 2023, Senegalese President Macky Sall led a delegation of African "
     "leaders to Kyiv, where they met Ukrainian President Volodymyr Zelensky on May 16. The following day the delegation "
     "travelled to Moscow for talks with Russian President Vladimir Putin.", "2024-04-24",
     [(M, {"Macky Sall", "Volodymyr Zelenskyy"}, "2023-05-16", "occurred", None),
      (M, {"Macky Sall", "Vladimir Putin"}, "2023-05-17", "occurred", "RUS")]),
    # A counted encounter set off by a comma after the one told describes it: no third party from "their".
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday. The Prime Minister also held "
     "talks with the new Iranian President on Wednesday, their first meeting since the latter took office in July.",
     "2024-10-24", [(M, {"Narendra Modi", "Xi Jinping"}, "2024-10-23", "occurred", None),
                    (M, {"Narendra Modi", "Masoud Pezeshkian"}, "2024-10-23", "occurred", None)]),
], ["possessed-trips-and-their-times", "the-kingdom", "delegation-leader", "counted-after-comma"])


FOURTH_ROUND += _with_ids([
    # "his fellow North American leaders" are the leaders of the region's other countries; the seat of a
    # government that announces the plans ("The White House") stands for its leader.
    ("President Joe Biden is set to hold talks with his fellow North American leaders next week in Washington. The "
     "White House on Wednesday announced plans for the Nov. 18 summit with Canadian Prime Minister Justin Trudeau and "
     "Mexican President Andres Manuel Lopez Obrador.", "2021-11-10",
     [(M, {"Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador"}, "2021-11-18", "planned", "USA")]),
    # "the first meeting since their summit in June": what came before, whatever the tense of the clause.
    ("It will be the first meeting between Biden and Trudeau since their Ottawa summit in June.", "2021-11-10",
     [(M, {"Joe Biden", "Justin Trudeau"}, "2021-06", "occurred", None)]),
    # "the first get-together for the ... leaders since 2016" implies the one before, between the office
    # holders of then; the hyphenated cue is read whole.
    ("The meeting will be the first get-together for the North American leaders since 2016.", "2021-11-10",
     [(M, {"Barack Obama", "Justin Trudeau", "Enrique Peña Nieto"}, "2016", "occurred", None),
      (M, {"Joe Biden", "Justin Trudeau", "Andrés Manuel López Obrador"}, None, "planned", None)]),
], ["region-and-seat", "since-is-past", "first-since-implies-earlier"])


FOURTH_ROUND += _with_ids([
    # The people a participle clause of the chair's verb brings together take part.
    ("Chinese President Xi Jinping will chair the first China-Central Asia Summit on Friday, bringing together the "
     "presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.", "2023-05-18",
     [(M, {"Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedow",
           "Shavkat Mirziyoyev"}, "2023-05-19", "planned", "CHN")]),
    # Mediators take part in the talks they mediate; the partial mention of the same sentence is the same encounter.
    ("In one of the last encounters of the two presidents, Ethiopian Prime Minister Abiy Ahmed and Eritrean President "
     "Isaias Afwerki held talks in Nairobi in March 2019 mediated by the presidents of Kenya and Somalia.", "2022-11-01",
     [(M, {"Abiy Ahmed", "Isaias Afwerki", "Uhuru Kenyatta", "Mohamed Abdullahi Mohamed"}, "2019-03", "occurred", "KEN")]),
    # "the foreign ministers, A and B," read as conjuncts of the plural noun: each holds the role.
    ("The foreign ministers, Álvaro Leyva and Carlos Faría, had met in August in the Venezuelan border city of San "
     "Cristóbal, where they agreed to restore relations.", "2022-11-01",
     [(M, {"Álvaro Leyva", "Carlos Faría"}, "2022-08", "occurred", "VEN")]),
], ["bringing-together", "mediated-by", "plural-role-conjuncts"])


FOURTH_ROUND += _with_ids([
    # Leaders of two countries who "spoke": a country named in what they spoke of is no place they met in.
    ("Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese spoke on Tuesday and welcomed the "
     "India-Australia trade agreement.", "2025-05-07",
     [(C, {"Narendra Modi", "Anthony Albanese"}, "2025-05-06", "occurred", None)]),
    # The conversation after which something was announced on a day was that day.
    ("Trump had announced the summit on October 16 after a telephone conversation with Russian President Vladimir "
     "Putin.", "2025-10-22", [(C, {"Donald Trump", "Vladimir Putin"}, "2025-10-16", "occurred", None)]),
    # "The two": the two named in the sentence before it, or the two subjects of the sentence before.
    ("A meeting between US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov was shelved after "
     "the two spoke by phone on Monday.", "2025-10-22",
     [(M, {"Marco Rubio", "Sergey Lavrov"}, None, "cancelled", None),
      (C, {"Marco Rubio", "Sergey Lavrov"}, "2025-10-20", "occurred", None)]),
    ("French President Emmanuel Macron and German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky in "
     "Kyiv on Thursday. The two had held a joint phone call with Russian President Vladimir Putin on May 28.",
     "2022-06-17", [(M, {"Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelenskyy"}, "2022-06-16", "occurred", "UKR"),
                    (C, {"Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"}, "2022-05-28", "occurred", None)]),
    # Encounters singled out after a comma from the ones told are between the same parties.
    ("US President Joe Biden met Chinese President Xi Jinping in Bali on Monday. Since then they had held three phone "
     "calls, most recently a phone call in July, as well as a virtual summit in November last year.", "2023-11-15",
     [(M, {"Joe Biden", "Xi Jinping"}, "2023-11-13", "occurred", "IDN"),
      (C, {"Joe Biden", "Xi Jinping"}, "2023-07", "occurred", None),
      (C, {"Joe Biden", "Xi Jinping"}, "2022-11", "occurred", None)]),
    # "wrapped up two days of talks": the length of the talks is the talks.
    ("US national security adviser Jake Sullivan and Chinese Foreign Minister Wang Yi wrapped up two days of talks in "
     "Bangkok on Saturday.", "2024-01-27",
     [(M, {"Jake Sullivan", "Wang Yi"}, "2024-01-27", "occurred", "THA")]),
], ["spoke-about-countries", "after-a-conversation", "the-two-named-before", "the-two-subjects-before",
        "singled-out-after-comma", "days-of-talks"])


FOURTH_ROUND += _with_ids([
    # Two subjects of a with-verb are with each other; the lead's undated news is not the encounter recalled
    # from months before ("since they dined together in December").
    ("OSAKA (Reuters) - U.S. President Donald Trump and Chinese President Xi Jinping met for 80 minutes on Saturday. "
     "It was their first encounter since they dined together in Buenos Aires in December.", "2019-06-29",
     [(M, {"Donald Trump", "Xi Jinping"}, "2019-06-29", "occurred", "JPN"),
      (M, {"Donald Trump", "Xi Jinping"}, "2018-12", "occurred", "ARG")]),
    # "huddled" needs no with-phrase when the parties are its subjects (in May, in Hiroshima: the G7 summit there).
    ("The three leaders, US President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President "
     "Yoon Suk Yeol, last huddled in May in Hiroshima.", "2023-08-19",
     [(M, {"Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"}, "2023-05-19", "occurred", "JPN")]),
    # A city the tagger took for a person, as the object of "visited".
    ("British Prime Minister Boris Johnson visited Kyiv in April and walked through the city center with Ukrainian "
     "President Volodymyr Zelensky.", "2022-06-17",
     [(M, {"Boris Johnson", "Volodymyr Zelenskyy"}, "2022-04", "occurred", "UKR")]),
    # Talks of a measured length at a hotel were face to face; "on the eve of" a summit is the day before it.
    ("US President Joe Biden and Chinese President Xi Jinping talked for more than three hours at a luxury hotel in "
     "Nusa Dua on the eve of the G20 summit.", "2022-11-15",
     [(M, {"Joe Biden", "Xi Jinping"}, "2022-11-14", "occurred", "IDN")]),
], ["lead-news-and-recalled", "huddled", "visited-city-tagged-person", "eve-of-summit-at-hotel"])


FOURTH_ROUND += _with_ids([
    # Asking a government for a meeting is a plan, which "but it could not happen" undoes; the government
    # asked is no place.
    ("Canadian Prime Minister Justin Trudeau had earlier asked India for a meeting with Indian Prime Minister Narendra "
     "Modi but it could not happen because Modi was due to leave, officials said.", "2023-09-22",
     [(M, {"Justin Trudeau", "Narendra Modi"}, None, "cancelled", None)]),
    # What a coming meeting will cover is no call.
    ("Australian Foreign Minister Penny Wong will meet New Zealand Prime Minister Jacinda Ardern in Wellington on "
     "Thursday. They will also be talking about trade.", "2022-10-25",
     [(M, {"Penny Wong", "Jacinda Ardern"}, "2022-10-27", "planned", "NZL")]),
    # "will be the fifth chancellor to visit Russia" describes the coming trip; a promise "about going" is spoken of.
    ("BERLIN -- Chancellor Angela Merkel will travel to Russia next month to meet Vladimir Putin in Sochi on Feb. 16. "
     "Merkel will be the fifth chancellor to visit Russia. Merkel is keeping a promise she made about going to Russia.",
     "2017-01-27", [(M, {"Angela Merkel", "Vladimir Putin"}, "2017-02-16", "planned", "RUS")]),
], ["asked-for-but-could-not", "will-be-talking", "description-and-promise"])


FOURTH_ROUND += _with_ids([
    # An earlier edition of the meeting in focus is between the holders of the same offices then ("here": the
    # dateline's city).
    ("WELLINGTON, Oct 23 - New Zealand Prime Minister Jacinda Ardern will meet Australian Prime Minister Scott Morrison "
     "in Canberra next month for an annual leaders' retreat. The previous retreat took place here in February of "
     "last year.", "2019-10-23",
     [(M, {"Jacinda Ardern", "Scott Morrison"}, "2019-11", "planned", "AUS"),
      (M, {"Jacinda Ardern", "Malcolm Turnbull"}, "2018-02", "occurred", "NZL")]),
    # ... and the one the text names for then replaces the holder of now; a summit held by video is a call.
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin and Iranian President Ebrahim Raisi in "
     "Tehran on Tuesday for a summit of the Astana format. The previous summit was held via video conference in July "
     "2020, with then-Iranian President Hassan Rouhani.", "2022-07-19",
     [(M, {"Recep Tayyip Erdoğan", "Vladimir Putin", "Ebrahim Raisi"}, "2022-07-19", "occurred", "IRN"),
      (C, {"Recep Tayyip Erdoğan", "Vladimir Putin", "Hassan Rouhani"}, "2020-07", "occurred", None)]),
    # A meeting in a participle phrase is between those who act in the clause above it.
    ("Chancellor Olaf Scholz said he and Canadian Prime Minister Justin Trudeau spoke on Monday about energy. \"The Prime "
     "Minister and the Chancellor discussed how to boost their economies, building on last month's useful meeting at "
     "the NATO Summit in Vilnius,\" the Canadian statement read.", "2023-08-10",
     [(C, {"Olaf Scholz", "Justin Trudeau"}, "2023-08-07", "occurred", None),
      (M, {"Justin Trudeau", "Olaf Scholz"}, "2023-07-11", "occurred", "LTU")]),
    # A plural role's countries end where another phrase begins ("since the ... talks"); "ministers' talks" of a
    # hyphenated list of countries are their foreign ministers'.
    ("French Foreign Minister Catherine Colonna will meet Brazilian Foreign Minister Mauro Vieira in Brasilia on March "
     "14. It will be their first encounter since the France-Germany-Brazil trilateral ministers' talks held on Oct. 12 "
     "last year in Lyon.", "2023-03-10",
     [(M, {"Catherine Colonna", "Mauro Vieira"}, "2023-03-14", "planned", "BRA"),
      (M, {"Catherine Colonna", "Annalena Baerbock", "Carlos França"}, "2022-10-12", "occurred", "FRA")]),
], ["previous-retreat", "previous-summit-with-then", "meeting-in-participle", "ministers-talks-since"])


FOURTH_ROUND += _with_ids([
    # Hoping "to get" an encounter is a wish; a mountain range is no namesake town.
    ("The summit had been keenly awaited by Andean leaders, hoping to get their first face-to-face encounter with "
     "Brazilian President Luiz Inacio Lula da Silva.", "2023-06-10", []),
    ("Brazilian President Luiz Inacio Lula da Silva has called off his first tour of the Andes.", "2023-06-10", []),
    # A role one is said to act in makes an official of someone named without a title.
    ("Geraldo Alckmin has already acted as Lula's envoy to the region, going to Ecuador and holding talks with "
     "Ecuadorian President Guillermo Lasso.", "2023-06-10",
     [(M, {"Geraldo Alckmin", "Guillermo Lasso"}, "2023-06-10", "occurred", "ECU")]),
    # The one sent somewhere travels; "sent her messages" sends no one.
    ("US President Joe Biden sent Secretary of State Antony Blinken to Beijing last week.", "2023-06-10",
     [(V, {"Antony Blinken"}, "2023-05-29", "occurred", "CHN")]),
    ("European Commission leaders in Brussels sent Italian Prime Minister Giorgia Meloni messages of congratulations.",
     "2022-10-24", []),
], ["hoping-to-get", "tour-of-a-range", "acted-as-envoy", "sent-to", "sent-messages"])


@pytest.mark.issue(9)
def test_a_separate_meeting_of_some_parties_is_at_the_gathering_told():
    import summitry

    found = summitry.extract("MANILA, Philippines - US President Joe Biden will host Philippine President Ferdinand "
                             "Marcos Jr. and Japanese Prime Minister Fumio Kishida in Washington on April 11 for a "
                             "trilateral summit. Marcos and Biden will have a separate meeting on trade.",
                             published="2024-03-19")
    pair = next(e for e in found if len(e.participants) == 2)
    assert (pair.date, pair.status, pair.location.city) == ("2024-04-11", "planned", "Washington")


FOURTH_ROUND += _with_ids([
    # A trip with no time of its own whose where-clause tells a meeting is that meeting; a speaker is an official.
    ("US House Speaker Nancy Pelosi flies on to South Korea, where she will meet National Assembly Speaker Kim Jin-pyo "
     "on Thursday.", "2022-08-03", [(M, {"Nancy Pelosi", "Kim Jin-pyo"}, "2022-08-04", "planned", "KOR")]),
    # Arriving on one day and meeting someone on the next, in one sentence: the meeting is on the trip.
    ("US Secretary of State Antony Blinken, who arrives in Vientiane on Friday, expects to meet Chinese Foreign Minister "
     "Wang Yi on Saturday on the sidelines of the gatherings.", "2024-07-25",
     [(M, {"Antony Blinken", "Wang Yi"}, "2024-07-27", "planned", "LAO")]),
    # "their president": the president of the country whose people "their" stands for.
    ("Kenyan President Uhuru Kenyatta met Tanzanian President John Magufuli on Friday. Ugandan officials said their "
     "president would host Magufuli in Kampala later this year.", "2017-03-04",
     [(M, {"Uhuru Kenyatta", "John Magufuli"}, "2017-03-03", "occurred", None),
      (M, {"Yoweri Museveni", "John Magufuli"}, "2017", "planned", "UGA")]),
], ["flies-on-where-speaker", "arrives-then-meets", "their-president"])


FOURTH_ROUND += _with_ids([
    # A when-clause on a dated "was" dates the talks joined into it by "and".
    ("Indian Prime Minister Narendra Modi visits the UAE often. His most recent visit was in February, when he opened "
     "a temple and held talks with President Sheikh Mohamed bin Zayed Al Nahyan.", "2024-09-09",
     [(M, {"Narendra Modi", "Mohamed bin Zayed Al Nahyan"}, "2024-02", "occurred", None)]),
    # "The President" who receives someone at a place is that place's country's president.
    ("The President on Wednesday received Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi, at the start of "
     "a two-day state visit.", "2024-02-28",
     [(M, {"William Ruto", "Abiy Ahmed"}, "2024-02-28", "occurred", "KEN")]),
], ["when-clause-joined", "host-of-the-place"])


@pytest.mark.issue(9)
def test_a_plan_on_a_condition_without_a_time_is_no_encounter():
    import summitry

    assert summitry.extract("French President Emmanuel Macron said he would talk to Russian President Vladimir Putin "
                            "again when it is useful.", published="2022-06-16") == []
    # A when-clause with a time is no mere condition.
    found = summitry.extract("French President Emmanuel Macron will meet Russian President Vladimir Putin when he "
                             "visits Paris next week.", published="2022-06-16")
    assert any(e.kind == "meeting" and e.status == "planned" for e in found)


FOURTH_ROUND += _with_ids([
    # "is slated to be held in <city> later this month": a plan, with the time and place of "held".
    ("The three-way summit among Kenya, Uganda and Tanzania is slated to be held in Arusha later this month.",
     "2018-09-04", [(M, {"Uhuru Kenyatta", "Yoweri Museveni", "John Magufuli"}, "2018-09", "planned", "TZA")]),
    # What the two "also talked about" right after their meeting is that meeting, not a call.
    ("Australian Foreign Minister Penny Wong met New Zealand Prime Minister Jacinda Ardern in Wellington on Thursday. "
     "They also talked about trade.", "2022-10-27",
     [(M, {"Penny Wong", "Jacinda Ardern"}, "2022-10-27", "occurred", "NZL")]),
    # A conversation with someone "in" a city was held there.
    ("Chinese President Xi Jinping had a brief conversation with US President Joe Biden in Lima on Saturday.",
     "2024-11-17", [(M, {"Xi Jinping", "Joe Biden"}, "2024-11-16", "occurred", "PER")]),
], ["slated-to-be-held", "also-talked-about", "conversation-in-a-city"])


@pytest.mark.issue(9)
def test_a_stay_whose_where_clause_tells_the_meeting_is_that_meeting():
    import summitry

    found = summitry.extract("Nigerian Foreign Minister Geoffrey Onyeama is in Oslo Thursday, where he will meet with "
                             "Norwegian Prime Minister Erna Solberg.", published="2021-03-04")
    assert [(e.kind, {p.name for p in e.participants}, e.date, e.location.city) for e in found] == [
        ("meeting", {"Geoffrey Onyeama", "Erna Solberg"}, "2021-03-04", "Oslo")]


@pytest.mark.issue(9)
def test_a_predicate_with_its_own_tense_does_not_inherit_a_cancellation():
    import summitry

    [sent] = summitry.extract("Brazilian President Jair Bolsonaro has scrapped his first Africa tour and is dispatching "
                              "Vice President Hamilton Mourao to the G20 summit instead.", published="2019-06-20")
    assert (sent.kind, [p.name for p in sent.participants], sent.status) == ("visit", ["Hamilton Mourao"], "planned")
    # The summit the one sent goes "to" is the trip's occasion.
    assert sent.occasion == "G20 2019"


@pytest.mark.issue(9)
def test_a_day_the_sentence_names_outranks_one_counted_from_taking_office():
    import summitry

    [call] = summitry.extract("Czech Foreign Minister Jan Lipavsky and Egyptian Foreign Minister Badr Abdelatty first "
                              "spoke by phone on July 14, days after Abdelatty took office.", published="2024-09-20")
    assert (call.kind, call.date) == ("call", "2024-07-14")


@pytest.mark.issue(9)
def test_the_one_who_facilitates_talks_takes_part():
    import summitry

    [talks] = summitry.extract("OSLO, June 9 (NTB) -- The talks between Chilean Foreign Minister Ana Soto and Peruvian "
                               "Foreign Minister Luis Vargas were facilitated by Norwegian Foreign Minister Erik Dahl on "
                               "Sunday.", published="2024-06-09")
    assert {p.name for p in talks.participants} == {"Ana Soto", "Luis Vargas", "Erik Dahl"}


@pytest.mark.issue(9)
def test_a_second_with_phrase_joined_by_and_names_a_second_party():
    import summitry

    found = summitry.extract("Czech Prime Minister Petr Fiala had telephone conversations with Slovak Prime Minister "
                             "Robert Fico and with the President of the Republic of Croatia on Thursday.",
                             published="2025-05-16")
    assert sorted((e.kind, p.name) for e in found for p in e.participants if p.name != "Petr Fiala") == [
        ("call", "Robert Fico"), ("call", "Zoran Milanović")]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", FOURTH_ROUND)
def test_mechanisms_of_the_fourth_round(finds_exactly, text, published, expected):
    finds_exactly(text, published, expected)
