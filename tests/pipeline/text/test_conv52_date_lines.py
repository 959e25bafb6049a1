"""A date line standing alone and a liveblog's own introduction are site text (conv52, issue 21;
tests/data/STRUCTURE_CONVENTIONS.md, stop 51): set aside and listed, the brief's date still read from the date line;
a place dateline opening the lede, a timeline's dates and a title's date prefix stay."""

from __future__ import annotations

import pytest

from pipeline.document import Brief, ModelRef, Summary
from pipeline.render.brief import render_brief
from pipeline.text.date_lines import DATE_LINE
from tests.pipeline.text.site_helpers import BODY, MORE, K, article, aside, date_lines, joined, kept

TITLE = "Gemeente opent nieuwe fietsbrug over de Schipbeek"
LEDE = (
    "De nieuwe fietsbrug over de Schipbeek bij Deventer is zaterdag geopend. Wethouder Anna Smit knipte het lint "
    "door in het bijzijn van honderden fietsers."
)


@pytest.mark.parametrize(
    "line",
    [
        "14 maart 2024, 10:32",  # a bare date and time
        "Bijgewerkt: 12:45",  # an edit time with its word
        "Gepubliceerd op 3 mei 2024",
        "Geplaatst: za 4 mei 2024 om 08:15",
        "3 uur geleden",  # a relative time, Dutch
        "2 days 5 hours ago",  # and English
        "Deventer, 14 maart 2024",  # a place before the date: a press release's date line
    ],
)
def test_a_date_line_under_the_title_is_set_aside_and_its_date_kept(line: str) -> None:
    text = joined(TITLE, line, LEDE, MORE)
    assert aside(text) == [(DATE_LINE, line)]
    read = article(text)
    assert read.meta.published == line  # the brief's publication date is still read from it
    assert read.meta.headline == TITLE and LEDE in kept(text)


def test_a_brief_from_a_page_whose_only_date_is_the_date_line_carries_it() -> None:
    read = article(joined(TITLE, "vandaag, 09:12", LEDE, MORE))
    brief = Brief(
        read, (), Summary("", 0), TITLE, "headline", "0" * 64, "0" * 64, ModelRef("echo"), ModelRef("none"), {}
    )
    rendered = render_brief(brief)
    assert 'published: "vandaag, 09:12"' in rendered  # the front matter's date
    assert "Original: vandaag, 09:12" in rendered  # the line citing the original
    assert "- vandaag, 09:12 _(date\\_line)_" in rendered.split("## Left out", 1)[1]  # listed, with its rule


def test_a_date_line_below_the_text_is_set_aside_too() -> None:
    assert aside(joined(TITLE, LEDE, MORE, "Laatst bijgewerkt op 4 mei 2024 om 17:02")) == [
        (DATE_LINE, "Laatst bijgewerkt op 4 mei 2024 om 17:02")
    ]


def test_keep_all_keeps_the_date_line_a_dateline() -> None:
    read = article(joined(TITLE, "14 maart 2024, 10:32", LEDE, MORE), keep_all=True)
    assert [b.text for b in read.blocks if b.kind is K.DATELINE] == ["14 maart 2024, 10:32"]
    assert not read.set_aside and read.meta.published == "14 maart 2024, 10:32"


def test_a_place_dateline_opening_the_lede_stays_article_text() -> None:
    lede = "DEN HAAG - Het kabinet wil de fietsbruggen in het land sneller vernieuwen. Dat staat in een brief aan de Kamer."
    text = joined(TITLE, "14 maart 2024, 10:32", lede, MORE)
    assert aside(text) == [(DATE_LINE, "14 maart 2024, 10:32")]
    assert "Het kabinet wil de fietsbruggen" in kept(text) and "DEN HAAG" in kept(text)


def test_a_timeline_of_dates_in_the_text_and_a_date_among_the_text_stay() -> None:
    timeline = ["4 januari 2023", "De gemeente kiest een ontwerp", "9 oktober 2023", "De eerste paal gaat de grond in"]
    text = joined(TITLE, LEDE, *timeline, MORE)
    assert not [line for line in timeline if line in [t for _, t in aside(text)]]
    assert "9 oktober 2023" in date_lines(text)  # still read as dates: kept out of the translation
    between = joined(TITLE, LEDE, "Update 14:05 uur", BODY, MORE)  # an update's time among the text
    assert aside(between) == []


def test_a_titles_date_prefix_and_a_day_as_the_title_are_no_date_line() -> None:
    assert not [r for r, _ in aside(joined(f"12/03 - {TITLE}", LEDE, MORE)) if r == DATE_LINE]
    assert aside(joined("Zaterdag 4 mei 2024", LEDE, MORE)) == []  # a page titled by its day


# --- reader_rules "liveblog": a liveblog's own introduction -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In dit liveblog houden we je vandaag op de hoogte van alle verkeersinformatie in de regio.",
        "Volg alles in ons liveblog.",
        "Volg in dit liveblog het laatste nieuws over de wateroverlast in Overijssel.",
        "Mijn naam is Sanne Bakker en ik houd je vanmiddag op de hoogte van alle wedstrijden.",
    ],
)
def test_a_liveblogs_own_introduction_closing_the_lede_is_set_aside(sentence: str) -> None:
    text = joined(TITLE, f"{LEDE} {sentence}", MORE)
    assert ("liveblog", sentence) in aside(text)
    assert LEDE in kept(text)


def test_a_liveblogs_standing_introduction_and_its_notification_prompt_go_whole() -> None:
    intro = (
        "In dit liveblog houden we je deze zondag op de hoogte van het laatste verkeersnieuws in Overijssel. Je vindt "
        "hier een overzicht van files, afsluitingen en ongelukken in de provincie. Wil je automatisch updates ontvangen "
        "van dit liveblog? Klik dan op het belletje."
    )
    assert aside(joined(intro, LEDE, MORE)) == [("liveblog", intro)]
    assert LEDE in kept(joined(intro, LEDE, MORE))


def test_news_about_a_liveblog_or_a_quoted_intro_stays() -> None:
    for sentence in (
        "Bewoners volgen de wateroverlast in een liveblog van de gemeente.",
        "„Volg alles in ons liveblog”, zegt de burgemeester tegen de inwoners.",
        "De redactie houdt een liveblog bij over de verkiezingen.",
    ):
        assert sentence in kept(joined(TITLE, f"{LEDE} {sentence}", MORE)), sentence


def test_a_genre_word_alone_under_a_set_aside_introduction_is_no_headline() -> None:
    intro = "In dit liveblog houden we je deze zondag op de hoogte van het laatste verkeersnieuws in Overijssel."
    text = "\n".join([intro, "Redactie", "Liveblog", "10:15", LEDE, "09:40", MORE])
    assert article(text).meta.headline != "Liveblog"
