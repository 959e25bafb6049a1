"""Rubric labels glued to the title line (pipeline.text.title_line): a dated rubric before the headline, tags or
a one-word rubric after its full stop. Examples written here, next to headlines of a similar shape that stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, article, aside


def _text(title: str) -> str:
    return f"{title}\n\n{BODY}\n"


def test_a_dated_rubric_before_the_headline_is_set_aside() -> None:
    title = "Ochtendpost 3/4: Kabinet praat over stikstof • Storm op komst"
    assert ("rubric", "Ochtendpost 3/4:") in aside(_text(title))
    assert article(_text(title)).meta.headline == "Kabinet praat over stikstof • Storm op komst"


def test_tags_or_a_rubric_after_the_headlines_full_stop_are_set_aside() -> None:
    tags = "Zwembad gaat na veertig jaar dicht. zwemclub de watervlo Sport"
    assert ("rubric", "zwemclub de watervlo Sport") in aside(_text(tags))
    assert article(_text(tags)).meta.headline == "Zwembad gaat na veertig jaar dicht"  # the join's full stop dropped
    rubric = "Gemeente zet streep door nieuw zwembad. Lokale-politiek"
    assert ("rubric", "Lokale-politiek") in aside(_text(rubric))
    assert article(_text(rubric)).meta.headline == "Gemeente zet streep door nieuw zwembad"


def test_headlines_of_two_sentences_a_quote_or_a_date_stay_whole() -> None:
    for title in (
        "Ajax wint. PSV verliest punten",  # a second sentence of three words
        "Zwolle: 3/4 van de bewoners wil een nieuw zwembad",  # a figure after a colon, no dated rubric
        "Wethouder Bakker: 'het zwembad blijft open'",
        "Brief aan dr. Jansen",
    ):
        read = article(_text(title))
        assert read.meta.headline == title, title
        assert not [r for r, _ in aside(_text(title)) if r == "rubric"], title
    # a second sentence after the full stop, however short, is the headline's own
    for title in ("Kabinet valt. Wat nu?", "Raad stemt in. Bouw begint snel"):
        assert not [r for r, _ in aside(_text(title)) if r == "rubric"], title


def _export(title: str) -> str:
    return (
        f"{title}\nDe Krant\n3 maart 2016\nCopyright 2016 De Krant BV All Rights Reserved\n"
        f"Section: Binnenland; Blz. 3\nLength: 120 words\n\nBody\n\n{BODY}\n\n"
        "Load-Date: March 3, 2016\nJournal Code: ABC\n\nEnd of Document"
    )


def test_an_archives_section_after_a_semicolon_is_set_aside_but_a_semicolon_in_a_headline_stays() -> None:
    title = "Open dag bij het nieuwe zwembad; Uitgelicht"
    assert ("rubric", "; Uitgelicht") in aside(_export(title))
    assert article(_export(title)).meta.headline == "Open dag bij het nieuwe zwembad"
    kept_whole = "Zwembad dicht; bewoners boos"  # a second clause in lower case
    assert article(_export(kept_whole)).meta.headline == kept_whole
    assert article(_text(title)).meta.headline == title  # outside an archive's export: the headline's own


def test_a_headline_going_on_after_an_abbreviation_or_with_one_capitalised_word_after_its_full_stop_stays_whole() -> (
    None
):
    for title in (
        "Zwolle is nu nr. een in de fietsranglijst",  # an abbreviation, then a number word
        "Gemeente steekt 2 mln. in nieuw zwembad",  # a unit after a figure, then a preposition
        "Zwemclub verliest opnieuw in eigen bad. Crisis",  # one capitalised word: too weak a sign of a tag
        "Wethouder stapt op na zwembadbesluit; Coalitiecrisis",  # a semicolon outside an archive's export
        "Zwembad 24/7: 'Wij zijn er altijd voor de zwemmers'",  # '24/7' is no date
    ):
        assert article(_text(title)).meta.headline == title, title
        assert not [r for r, _ in aside(_text(title)) if r == "rubric"], title


def test_a_name_after_a_bar_closing_the_title_is_set_aside_with_no_site_name_known() -> None:
    for title, name in (
        ("Nieuw zwembad in Zwolle goedgekeurd | Zwolse Courant", "| Zwolse Courant"),  # an outlet no rule knows
        ("Raad stemt in met nieuw zwembad | Sport in Zwolle", "| Sport in Zwolle"),  # a topic page's name
    ):
        assert ("rubric", name) in aside(_text(title)), title
        assert article(_text(title)).meta.headline == title[: title.index(" |")]
    # a clause after the bar (a lower-case word in it), or a short title before it, is the headline's own
    for title in ("Drie gewonden bij brand in Zwolle | Bewoners in shock", "Zwembad dicht | Raad Zwolle"):
        assert article(_text(title)).meta.headline == title, title
