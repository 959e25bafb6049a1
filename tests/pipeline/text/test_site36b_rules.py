"""Round site36b (issue 21, first-contact sets 41p-44p): each rule with an example written here that it must handle,
and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

# --- reader_site_sentences: a read-more link with an adverb, or naming the whole text, alone on its line -----------


def test_a_read_more_link_with_an_adverb_closing_a_paragraph_is_set_aside() -> None:
    intro = "Wil je weten hoe de nieuwe buurtbus rijdt? Lees dan verder...."
    assert "Lees dan verder...." in [text for _, text in aside(_text(TITLE, intro, BODY, MORE))]


def test_a_link_to_the_whole_text_is_set_aside() -> None:
    line = "Lees het volledige bericht..."
    assert ("link", line) in aside(_text(TITLE, BODY, line, MORE))


def test_a_sentence_that_goes_on_after_read_on_stays() -> None:
    line = "Lees dan verder in het rapport van de commissie, dat vorige week in de gemeenteraad werd besproken."
    assert line in kept(_text(TITLE, BODY, line, MORE))


# --- reader_site_sentences: a reading time in other words -------------------------------------------------------


def test_a_bounded_reading_time_is_set_aside() -> None:
    line = "< 2 min lezen"
    assert ("interface", line) in aside(_text(TITLE, line, BODY, MORE))


def test_the_templates_reading_time_sentence_is_set_aside() -> None:
    line = "Geschatte leestijd voor dit artikel is 3 minuten"
    assert ("interface", line) in aside(_text(TITLE, line, BODY, MORE))


def test_a_sentence_about_reading_times_in_general_stays() -> None:
    line = "De gemiddelde leestijd van een krant is volgens het onderzoek 20 minuten."
    assert line in kept(_text(TITLE, BODY, line, MORE))


# --- site_rules: a menu item naming the kind of page, alone above the title ----------------------------------------


def test_a_page_kind_label_above_the_title_is_set_aside() -> None:
    assert ("navigation", "Artikelen") in aside(_text("Artikelen", TITLE, BODY, MORE))


def test_a_genre_label_above_the_title_goes() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a genre's label alone on its line above the title is site
    # text (it was kept as the article's kicker)
    assert ("label", "Achtergrond") in aside(_text("Achtergrond", TITLE, BODY, MORE))


# --- reader_site_sentences: the site's notice sending readers to another outlet's domain ---------------------------


def test_a_notice_sending_readers_to_another_domain_is_set_aside() -> None:
    line = "Voor nieuws uit Kampen en IJsselmuiden verwijzen we u vanaf nu door naar voorbeeldkrant.nl"
    assert ("link", line) in aside(_text(line, TITLE, BODY, MORE))


def test_an_office_referring_people_elsewhere_stays() -> None:
    line = "De gemeente verwijst inwoners met vragen over de afvalpas door naar afvalwijzer.nl."
    assert line in kept(_text(TITLE, BODY, line, MORE))
