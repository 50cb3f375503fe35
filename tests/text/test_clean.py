"""Stage `text.clean`: boilerplate blanked out, text length (and so every offset) unchanged."""
from __future__ import annotations

import pytest

from summitry.model import Article
from summitry.text import clean_article, clean_text



def _blank(line: str) -> str:
    return " " * len(line)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Teasers, share prompts, cookies and copyright lines vanish whole.
        ("READ MORE: Why the Biden-Xi summit matters", _blank("READ MORE: Why the Biden-Xi summit matters")),
        ("Read more ... Xi meets Putin in Moscow", _blank("Read more ... Xi meets Putin in Moscow")),
        ("Share this article", _blank("Share this article")),
        ("Facebook | Twitter | WhatsApp", _blank("Facebook | Twitter | WhatsApp")),
        ("We use cookies to improve your experience on our site.", _blank("We use cookies to improve your experience on our site.")),
        ("© 2023 Reuters. All rights reserved.", _blank("© 2023 Reuters. All rights reserved.")),
        ("Copyright 2024 The Associated Press", _blank("Copyright 2024 The Associated Press")),
        ("Advertisement", _blank("Advertisement")),
        ("Photo: Reuters", _blank("Photo: Reuters")),
        ("📌You may be interested in: Xi meets Putin", _blank("📌You may be interested in: Xi meets Putin")),
        # Article sentences stay as they are.
        ("Home Minister Amit Shah met the Nepalese envoy.", "Home Minister Amit Shah met the Nepalese envoy."),
        ("Biden met Xi in Woodside on Wednesday.", "Biden met Xi in Woodside on Wednesday."),
        # Image captions are kept: they often state a meeting and its date.
        (
            "Biden and Xi walk in Woodside, California, on Nov. 15, 2023.",
            "Biden and Xi walk in Woodside, California, on Nov. 15, 2023.",
        ),
        # ... but their trailing photo credit goes.
        (
            "Biden and Xi shake hands in Bali on November 14, 2022. EFE/EPA/ALEX BRANDON / POOL",
            "Biden and Xi shake hands in Bali on November 14, 2022." + _blank(" EFE/EPA/ALEX BRANDON / POOL"),
        ),
        (
            "Xi Jinping meets Lula in Beijing, China April 14, 2023. REUTERS/Ken Ishii/Pool",
            "Xi Jinping meets Lula in Beijing, China April 14, 2023." + _blank(" REUTERS/Ken Ishii/Pool"),
        ),
        # A short line is not stripped of a "credit": it may be all there is.
        ("EFE/EPA/ALEX BRANDON / POOL", "EFE/EPA/ALEX BRANDON / POOL"),
        # HTML tags inside a text field are blanked, the words between them kept.
        ("<p>Macron met <b>Modi</b> in Paris.</p>", "   Macron met    Modi     in Paris.\n   "),
        ('<div class="x">Macron met Modi.</div>', _blank('<div class="x">') + "Macron met Modi.\n     "),
        ("Macron met Modi &amp; Scholz.", "Macron met Modi       Scholz."),
        # A comparison in prose is not a tag.
        ("Turnout was 3 < 5 and 7 > 2.", "Turnout was 3 < 5 and 7 > 2."),
        # Several lines: only the boilerplate line goes, line breaks stay.
        (
            "Biden met Xi.\nShare this article\r\nXi met Putin.\n",
            "Biden met Xi.\n" + _blank("Share this article") + "\r\nXi met Putin.\n",
        ),
        ("", ""),
    ],
)
def test_clean_text(text, expected):
    cleaned = clean_text(text)
    assert cleaned == expected
    assert len(cleaned) == len(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Latest talks between Biden and Xi took place in Bali last year.",
            "Latest talks between Biden and Xi took place in Bali last year.",
            id="prose-starting-latest",
        ),
        pytest.param(
            "Related talks were held in Geneva on Monday between the two foreign ministers.",
            "Related talks were held in Geneva on Monday between the two foreign ministers.",
            id="prose-starting-related",
        ),
        pytest.param(
            "Print media reported that Modi met Macron in Paris on Friday.",
            "Print media reported that Modi met Macron in Paris on Friday.",
            id="prose-starting-print",
        ),
        pytest.param(
            "Macron met Scholz in Berlin to discuss the joint EU/NATO position.",
            "Macron met Scholz in Berlin to discuss the joint EU/NATO position.",
            id="acronym-slash-in-prose",
        ),
        pytest.param(
            "Biden and Xi walk in Woodside, California, on Nov. 15, 2023. (Photo by Jim Watson/AFP via Getty Images)",
            "Biden and Xi walk in Woodside, California, on Nov. 15, 2023." + _blank(" (Photo by Jim Watson/AFP via Getty Images)"),
            id="photo-by-credit-capitalised",
        ),
        pytest.param(
            "Biden spoke with Xi, the White House said on Wednesday. AP Photo/Evan Vucci",
            "Biden spoke with Xi, the White House said on Wednesday." + _blank(" AP Photo/Evan Vucci"),
            id="ap-photo-credit",
        ),
    ],
)
def test_clean_text_keeps_prose_and_drops_credits(text, expected):
    cleaned = clean_text(text)
    assert cleaned == expected
    assert len(cleaned) == len(text)


def test_clean_text_keeps_offsets_of_every_kept_character():
    text = (
        "Xi meets Boric\n"
        "READ MORE: China and Latin America\n"
        "<p>Chinese President Xi Jinping met Chilean President Gabriel Boric in Lima.</p>\n"
        "Xi and Boric in Lima on Nov 16, 2024. EFE/EPA/STRINGER / POOL\n"
        "© 2024 Xinhua\n"
    )
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    start = text.index("Gabriel Boric")
    assert cleaned[start:start + len("Gabriel Boric")] == "Gabriel Boric"
    assert cleaned.count("\n") >= text.count("\n")
    for original, kept in zip(text, cleaned):
        assert kept == original or kept in " \n"


@pytest.mark.parametrize("text", ["Modi met Macron.\nShare this article\n"])
def test_clean_article_replaces_only_text(text):
    article = Article(id="a", text=text, title="t", path="p")
    cleaned = clean_article(article)
    assert cleaned.text == clean_text(text)
    assert (cleaned.id, cleaned.title, cleaned.path) == ("a", "t", "p")


@pytest.mark.issue(9)
@pytest.mark.parametrize("text,kept", [
    # A page's date stamp before the prose on one line is blanked; the prose stays where it was.
    (" date 2025-02-27 The envoy arrived in Accra on Wednesday.", "The envoy arrived in Accra on Wednesday."),
    ("Published: 16 November 2024 Xi met Boric in Lima.", "Xi met Boric in Lima."),
    # A sentence that merely starts with the word "date" is prose.
    ("Date palms grew along the road to Riyadh.", "Date palms grew along the road to Riyadh."),
])
def test_clean_text_blanks_page_date_stamps(text, kept):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.strip() == kept
    assert cleaned.index(kept) == text.index(kept)


@pytest.mark.issue(9)
def test_titles_listed_under_a_links_heading_are_blanked_and_prose_after_them_kept():
    text = ("Obi met Ruto in Nairobi on Monday.\nRelated News\nAfrican leaders hold talks in Addis\n"
            "Ruto, Tinubu discuss trade\nThe two leaders also spoke about the visa regime, officials said.\n")
    cleaned = clean_text(text)
    assert "Obi met Ruto in Nairobi on Monday." in cleaned
    assert "hold talks in Addis" not in cleaned and "Ruto, Tinubu discuss trade" not in cleaned
    assert "The two leaders also spoke about the visa regime, officials said." in cleaned
    # Navigation words head no list: the headline after them stays.
    assert "Ruto hosts Obi" in clean_text("Home\nWorld\nRuto hosts Obi\nObi met Ruto in Nairobi on Monday.\n")
