"""Furniture of mainstream news pages, helper site39 (issue 21, written on structure_blind59): each rule on an
example written for these tests, with an article-text look-alike that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, joined, kinds, page


def _headline(text: str) -> str | None:
    return next((b.text for b in article(text).blocks if b.kind is K.HEADLINE), None)


# -- a series' episode after the bar closing the title stays in the headline ------------------------------------------


def test_a_series_episode_after_the_bar_stays_in_the_headline() -> None:
    title = "Wat doet de gemeente met het nieuwe zwembad? | Raadsronde Zwolle #12"
    assert _headline(joined("Regio • gisteren, 09:10", title, BODY, MORE)) == title
    assert not [t for _, t in aside(joined(title, BODY, MORE)) if "#12" in t]


def test_a_topic_pages_name_after_the_bar_is_still_set_aside() -> None:
    text = joined("Wat doet de gemeente met het nieuwe zwembad? | Oorlog in Oekraïne", BODY, MORE)
    assert ("rubric", "| Oorlog in Oekraïne") in aside(text)


# -- a genre label "Fragment" on its own line (a radio site's fragment page) -------------------------------------------


def test_a_fragment_label_above_the_title_is_site_text() -> None:
    text = page("Fragment", TITLE, BODY, MORE)
    assert (K.SITE_TEXT, "Fragment") in kinds(text)
    assert _headline(text) == TITLE


def test_a_sentence_about_a_fragment_stays() -> None:
    line = "Fragment van een brief uit 1944 gevonden."
    assert (K.SITE_TEXT, line) not in kinds(joined(TITLE, BODY, line, MORE))


# -- a lone asterisk above the title ----------------------------------------------------------------------------------


def test_a_lone_asterisk_above_the_title_is_site_text() -> None:
    text = joined("*", TITLE, BODY, MORE)
    assert (K.SITE_TEXT, "*") in kinds(text)
    assert _headline(text) == TITLE


def test_an_asterisked_footnote_stays() -> None:
    note = "* De cijfers over 2024 zijn voorlopig."
    assert (K.SITE_TEXT, note) not in kinds(joined(TITLE, BODY, MORE, note))


# -- a picture's notice that it only illustrates ------------------------------------------------------------------


def test_an_illustration_notice_with_its_credit_is_site_text() -> None:
    for notice in ("Afbeelding ter illustratie © Bron: Omroep Zuid", "Foto ter illustratie: ANP"):
        text = page("12 mei 2024", notice, TITLE, BODY, MORE)
        assert (K.SITE_TEXT, notice) in kinds(text), notice
        assert _headline(text) == TITLE


def test_a_sentence_about_an_illustration_stays() -> None:
    line = "De afbeelding ter illustratie van het plan toont een brug van glas over de rivier bij de binnenstad."
    assert (K.SITE_TEXT, line) not in kinds(joined(TITLE, BODY, line, MORE))


# -- a tip line under the article: the correction question and the instruction to the site's form -------------------


def test_a_correction_and_news_tip_line_is_site_text() -> None:
    reasons = aside(joined(TITLE, BODY, MORE, "Fout gezien of meer nieuws? Meld het hier"))
    assert [r for r, _ in reasons] == ["correction", "tip"]


def test_a_question_about_an_error_in_the_news_stays() -> None:
    line = "Fout opgemerkt of meer nieuws? De scheidsrechter zag het niet en liet doorspelen."
    kept = " ".join(b.text for b in article(joined(TITLE, BODY, line, MORE)).blocks if b.kind is not K.SITE_TEXT)
    assert "Fout opgemerkt of meer nieuws?" in kept
    assert "De scheidsrechter zag het niet" in kept


# -- a sports liveblog's score and programme box ----------------------------------------------------------------------


def test_a_liveblogs_score_box_is_site_text() -> None:
    box = ("13.30 uur:", "Heracles-Go Ahead Eagles 1-1", "15.45 uur:", "NEC-Sparta", "Willem II-Fortuna Sittard")
    text = joined(BODY, *box, "18.00 uur:", "Almere City-Excelsior Welkom in ons liveblog van deze speelronde.", MORE)
    blocks = kinds(text)
    for line in (*box, "18.00 uur:"):
        assert (K.SITE_TEXT, line) in blocks, line
    assert (K.SITE_TEXT, MORE) not in blocks


def test_a_programme_listed_in_the_articles_lines_stays() -> None:
    lines = ("13.30 uur: Heracles-Go Ahead Eagles", "15.45 uur: NEC-Sparta", "18.00 uur: Almere City-Excelsior")
    blocks = kinds(joined(TITLE, BODY, "Het programma van zondag:", *lines, MORE))
    assert not any(kind is K.SITE_TEXT and text in lines for kind, text in blocks)
    # one slot alone is no box
    one = kinds(joined(TITLE, BODY, "13.30 uur:", "Heracles-Go Ahead Eagles 1-1", MORE))
    assert (K.SITE_TEXT, "Heracles-Go Ahead Eagles 1-1") not in one


# -- a news bulletin's standing lead-in above its items ---------------------------------------------------------------


def test_a_bulletins_lead_in_naming_the_programme_is_site_text() -> None:
    for lead in ("De onderwerpen van OmroepNWS:", "De onderwerpen in het journaal van vandaag:"):
        text = joined(TITLE, lead, "Brug dicht voor onderhoud", BODY, "Nieuw zwembad open", MORE)
        assert (K.SITE_TEXT, lead) in kinds(text), lead


def test_a_line_introducing_a_debates_subjects_stays() -> None:
    lead = "De onderwerpen van het debat:"
    text = joined(TITLE, BODY, lead, "Het zwembad, de brug en de begroting.", MORE)
    assert (K.SITE_TEXT, lead) not in kinds(text)
