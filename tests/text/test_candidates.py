"""Stage `text.candidates`: the text masked to the sentences that can hold an encounter and their context (issue 10)."""
from __future__ import annotations

import pytest

from summitry.model import Article, ArticleRecord
from summitry.text.candidates import Sentence, mask, split_sentences, word_forms

pytestmark = pytest.mark.issue(10)


@pytest.fixture(scope="module")
def select():
    """The candidate stage as the pipeline builds it (from the cue lexicon, the role words and the knowledge base)."""
    from summitry.pipeline import Pipeline

    return Pipeline().candidates


def _kept(select, text: str) -> list[str]:
    return [text[span.start:span.end] for span in select.kept_spans(text)]


@pytest.mark.parametrize("text,expected", [
    ("Xi met Biden. They talked for hours.", ["Xi met Biden.", "They talked for hours."]),
    # A headline line without a full stop is a sentence of its own.
    ("Xi meets Biden\nWOODSIDE (Reuters) - The two met.", ["Xi meets Biden", "WOODSIDE (Reuters) - The two met."]),
    # Titles, initials and abbreviated months do not end a sentence.
    ("Mr. Xi met U.S. President Joe Biden on Nov. 15 in Woodside. John F. Kennedy did not.",
     ["Mr. Xi met U.S. President Joe Biden on Nov. 15 in Woodside.", "John F. Kennedy did not."]),
    ('"We met," he said. "It went well."', ['"We met," he said.', '"It went well."']),
    ("   \n\n  ", []),
])
def test_split_sentences_cuts_at_sentence_ends_and_line_breaks(text, expected):
    assert [text[sentence.start:sentence.end] for sentence in split_sentences(text)] == expected


@pytest.mark.parametrize("lemma,expected", [
    ("visit", {"visit", "visits", "visited", "visiting"}),
    ("meet", {"meet", "meets", "meeting", "met"}),
    ("arrive", {"arrive", "arrives", "arrived", "arriving", "arrival"}),
    ("chat", {"chatted", "chatting"}),
    ("fly", {"flew", "flown", "flies"}),
    ("lunch", {"lunches"}),
])
def test_word_forms_inflect_the_cue_lemmas(lemma, expected):
    assert expected <= word_forms(lemma)


@pytest.mark.parametrize("sentence,expected", [
    ("Xi met Biden in Woodside on Wednesday.", True),
    ("President Lula arrived in Beijing on Friday.", True),
    ("Prime Minister Narendra Modi will be in Paris next week.", True),
    ("The two leaders held talks on trade.", True),
    ("Kishida received Chinese Premier Li Qiang at his office.", True),
    ("Biden told Xi on the sidelines of the summit that he was worried.", True),
    # The guest told after the place and the time of the audience, as state media write it.
    ("The Emir received at Lusail Palace in Doha on Monday the visiting Foreign Minister of Ghana.", True),
    ("@POTUS spoke with @narendramodi on Tuesday.", True),
    # A cue but nobody who could be a party to an encounter.
    ("The Federal Reserve met this week but kept its rate.", False),
    ("The plane arrived at Changi Airport at 6:40 p.m. on Friday.", False),
    # A party but the cue not in the shape it needs: no place after "head", no person after "called".
    ("General Arthur Lichte, head of the command, said the tanker was ready.", False),
    ("President Obama called for lower rates.", False),
    ("Biden told reporters he was tired.", False),
    # No cue at all.
    ("Chinese President Xi Jinping said growth would pick up.", False),
])
def test_is_candidate_needs_a_cue_in_shape_and_a_party(select, sentence, expected):
    assert select.is_candidate(sentence) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("They first met in Hamburg in July 2017.", True),
    ("He then flew to Beijing.", True),
    ("He said he would fly home later.", False),
])
def test_is_candidate_counts_pronouns_only_when_asked(select, sentence, expected):
    assert select.is_candidate(sentence) is False
    assert select.is_candidate(sentence, pronouns=True) is expected


def test_kept_spans_keep_candidates_neighbours_lead_and_introductions(select):
    text = (
        "Leaders gather in Lima\n"
        "LIMA, Nov 14 (Reuters) - Chinese President Xi Jinping arrived in Peru on Thursday for a week of events.\n"
        "The city was calm, and traffic was light across the centre of town this morning.\n"
        "Shops stayed open as usual and prices were stable on Thursday afternoon, traders said.\n"
        "Analysts expect growth to slow next year in most of the region's economies, they wrote.\n"
        "Exports of copper rose by a tenth in October, the statistics office said on Monday.\n"
        "A new port north of the capital opened last year with Chinese money, officials said.\n"
        "On Saturday, Xi will hold talks with Chilean President Gabriel Boric.\n"
        "Boric wants more trade.\n"
        "Fishermen in the south complained about quotas for anchovy this season, a union said.\n"
    )
    kept = _kept(select, text)
    assert kept[:2] == ["Leaders gather in Lima", text.splitlines()[1]]  # headline and lead (a candidate too)
    assert "The city was calm, and traffic was light across the centre of town this morning." in kept  # lead
    # The candidate, the sentence before and the one after it:
    assert "On Saturday, Xi will hold talks with Chilean President Gabriel Boric." in kept
    assert "A new port north of the capital opened last year with Chinese money, officials said." in kept
    assert "Boric wants more trade." in kept
    # Sentences no rule keeps are not parsed.
    assert "Exports of copper rose by a tenth in October, the statistics office said on Monday." not in kept
    assert "Fishermen in the south complained about quotas for anchovy this season, a union said." not in kept


def test_kept_spans_keep_the_first_sentence_that_names_a_party(select):
    text = (
        "Markets rose on Monday after a quiet weekend, and the currency gained against the dollar.\n"
        "Investors bought bonds and shares alike, and volumes were high for the time of year.\n"
        "Bank economist Maria Variava said inflation would ease in the spring as prices settle.\n"
        "Oil prices fell by two per cent in early trading, and gold was steady at its recent high.\n"
        "Traders said the central bank would keep its rate on hold when it meets in March.\n"
        "The yen was little changed and copper rose slightly in thin trading across Asia.\n"
        "Shares in miners led the gains, while banks lagged behind the wider market.\n"
        "Variava met Prime Minister Sonexay Siphandone on Tuesday.\n"
    )
    kept = _kept(select, text)
    assert "Bank economist Maria Variava said inflation would ease in the spring as prices settle." in kept
    assert "The yen was little changed and copper rose slightly in thin trading across Asia." not in kept


def test_kept_spans_keep_the_list_after_a_colon(select):
    text = (
        "Prime Minister Sonexay Siphandone yesterday received:\n\n"
        "- Mr. Nguyen Ba Hung, Ambassador of Vietnam;\n\n"
        "- Ms. Heather Variava, the new Ambassador of the United States;\n\n"
        "Rice harvests were good this year in the northern provinces, the ministry said.\n"
    )
    kept = _kept(select, text)
    assert "- Ms. Heather Variava, the new Ambassador of the United States;" in kept


def test_kept_spans_are_empty_without_a_candidate(select):
    text = "Shares rose on Monday.\nHe said he would fly home later.\nThe Federal Reserve met this week.\n"
    assert select.kept_spans(text) == []


@pytest.mark.parametrize("text,spans,expected", [
    ("Ab. Cd.\nEf.", [Sentence(4, 7)], "    Cd.\n   "),
    ("Ab.\n\nCd.", [], "   \n\n   "),
    ("Ab. Cd.", [Sentence(0, 3), Sentence(4, 7)], "Ab. Cd."),
])
def test_mask_blanks_what_is_not_kept_and_keeps_offsets(text, spans, expected):
    masked = mask(text, spans)
    assert masked == expected and len(masked) == len(text)


def test_candidates_stage_masks_the_record_text_only(select):
    text = "Shares rose on Monday.\nXi met Biden in Woodside.\nOil fell."
    record = ArticleRecord(article=Article(id="a", text=text))
    select(record)
    assert record.article.text == text
    assert len(record.text) == len(text)
    assert "Xi met Biden in Woodside." in record.text


@pytest.mark.issue(9)
def test_countries_at_a_summit_name_its_parties(select):
    # At a summit countries stand for their leaders, so the sentence is parsed ...
    assert select.names_a_party("Kenya, Uganda and Tanzania will hold a summit in Arusha later this month.")
    # ... but not one country, nor countries without a summit.
    assert not select.names_a_party("Kenya will hold a summit in Arusha later this month.")
    assert not select.names_a_party("Kenya, Uganda and Tanzania held talks on trade.")


@pytest.mark.issue(9)
def test_a_conference_is_a_candidate_only_after_a_phone_or_video_word(select):
    """ "convened the video conference with Sisi" may hold a call; "told a press conference" may not (and news is
    full of press conferences, so taking them would cost the cascade its speed)."""
    assert select.has_cue("Ramaphosa convened the video conference with the three leaders on Friday.")
    assert not select.has_cue("The minister told a news conference on Friday that sales were up.")
