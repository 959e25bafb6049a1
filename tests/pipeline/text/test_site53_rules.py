"""Rules of round site53 (structure_blind83, by shape across outlets): each on an example written here, with an
article-text look-alike beside it that stays the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

# --- site53_rules "rubric": a standing rubric's introduction in the outlet's voice ---------------------------------

RUBRIC = "In deze wekelijkse rubriek zetten we de mooiste foto's van onze lezers op een rij."
NAMED_RUBRIC = "Iedere vrijdag bundelt Omroep Zuid de opvallendste berichten van de week."


def test_a_standing_rubric_introduced_in_the_outlets_voice_is_site_text() -> None:
    text = joined(TITLE, f"{RUBRIC} {BODY}", MORE)
    assert ("rubric", RUBRIC) in aside(text)
    assert BODY in kept(text)
    assert ("rubric", NAMED_RUBRIC) in aside(joined(TITLE, NAMED_RUBRIC, BODY, MORE))


def test_an_articles_own_list_or_a_one_off_selection_stays_the_articles() -> None:
    own_list = "Wij zetten de belangrijkste maatregelen van het kabinet op een rij."  # no routine: the article's list
    one_off = "Omroep Zuid heeft de leukste uitjes voor het weekend op een rij gezet."  # no routine either
    for sentence in (own_list, one_off):
        assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


# --- site53_rules "promo": the outlet's product named as the way to be up to date on the news ----------------------

NEWS = "Vandaag staken de buschauffeurs in de hele provincie. Ook de veerpont vaart niet."
UP_TO_DATE = "Met de Ochtendpost ben je weer helemaal op de hoogte van het laatste nieuws uit de regio."


def test_the_outlets_product_named_as_the_way_to_be_up_to_date_is_site_text() -> None:
    text = joined(TITLE, f"{NEWS} {UP_TO_DATE}", MORE)
    assert ("promo", UP_TO_DATE) in aside(text)
    rules = "Met de nieuwe regels blijf je als ondernemer op de hoogte van het nieuws over subsidies."
    assert rules in kept(joined(TITLE, f"{BODY} {rules}", MORE))  # no outlet's product named


# --- site41_rules _STAMP: a bar between a stamp line's date and its time ------------------------------------------


def test_a_stamp_line_with_a_bar_between_date_and_time_is_site_text() -> None:
    stamp = "maandag 3 maart 2025 | 08:15 Laatst bijgewerkt: 3-3-2025 | 09:40"
    assert ("stamp", stamp) in aside(joined(stamp, TITLE, BODY, MORE))
    programme = "maandag 3 maart 2025 | 08:15 Opening van de nieuwe brug"  # no update stamp after it
    assert "Opening van de nieuwe brug" in kept(joined(programme, TITLE, BODY, MORE))
