"""Actors: who "he" and "she" are, read through the whole pipeline on written texts (issue 9)."""
from __future__ import annotations

import pytest

import summitry


def _parties(text: str, published: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in summitry.extract(text, published=published)]


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,published,expected", [
    # A subject "he" continues the previous sentence's subject, not the name mentioned last.
    ("Russian Foreign Minister Sergei Lavrov arrived in Managua on Wednesday and was received by Nicaraguan President "
     "Daniel Ortega. He began his tour in Brasilia on Monday with talks with Brazilian President Luiz Inacio Lula da Silva.",
     "2023-04-19", [{"Sergey Lavrov", "Daniel Ortega"}, {"Sergey Lavrov", "Luiz Inácio Lula da Silva"}]),
    # In a relative clause, the main clause's subject.
    ("The Russian foreign minister Sergei Lavrov arrived in Managua from Caracas, where he met Venezuelan President "
     "Nicolas Maduro on Tuesday.", "2023-04-19", [{"Sergey Lavrov"}, {"Sergey Lavrov", "Nicolás Maduro"}]),
    # "X said she ...": the subject of the sentence's own main clause.
    ("Vietnamese Prime Minister Pham Minh Chinh held talks with Thai Prime Minister Paetongtarn Shinawatra in Vientiane on "
     "Wednesday. The Thai leader said she hoped to visit Vietnam next year.", "2024-10-10",
     [{"Pham Minh Chinh", "Paetongtarn Shinawatra"}, {"Paetongtarn Shinawatra"}]),
    # After a passive, the agent goes on acting (and the one described was called too).
    ("Modi is the fifth world leader to be called by US President Donald Trump. Earlier, he had made telephonic calls to "
     "the leaders of Canada and Mexico on Saturday.", "2017-01-25",
     [{"Narendra Modi", "Donald Trump"}, {"Donald Trump", "Justin Trudeau"}, {"Donald Trump", "Enrique Peña Nieto"}]),
])
def test_pronoun_stands_for_the_topic(text, published, expected):
    assert _parties(text, published) == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,name,role,country", [
    # A title phrase after the name and a comma: "X, Ambassador of Y to Z".
    ("The minister met Mr. Tran Van Hung, Ambassador of the Socialist Republic of Vietnam to Cambodia, on Monday.",
     "Tran Van Hung", "Ambassador", "VNM"),
    # The longest country name wins: the People's Republic of China is not the Republic of China.
    ("She received Jiang Wei, Ambassador of the People's Republic of China to Laos.", "Jiang Wei", "Ambassador", "CHN"),
    # A name the tagger cut short runs on to the capitalised word after it.
    ("India's Petroleum Minister Hardeep Singh Puri met the Saudi energy minister.", "Hardeep Singh Puri", "Petroleum Minister", "IND"),
])
def test_names_take_title_and_whole_name(nlp, kb, text, name, role, country):
    from summitry.actors import ArticleActors

    people = {p.name: p for p in ArticleActors(nlp(text), kb, None).people}
    assert name in people and people[name].country == country and role.lower().endswith(people[name].role.lower())
