"""Round head44 (issue 21): the headline on fresh pages — a headline glued to its photo's caption, a report's
section heading and a site maker's credit that are no title; each with a look-alike that keeps its reading."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, headline, joined, kinds

# --- caption_titles: a headline glued to the caption under it --------------------------------------------------


def test_a_title_glued_to_its_photos_caption_is_cut_from_it() -> None:
    text = joined(
        "Deel dit artikel:",
        "Nieuwe fietsbrug in Kampen en omgeving open voor verkeer Er reden meteen honderden fietsers over (foto: RTV Oost)",
        BODY,
        MORE,
    )
    assert headline(text) == "Nieuwe fietsbrug in Kampen en omgeving open voor verkeer"
    assert (K.CAPTION, "Er reden meteen honderden fietsers over") in kinds(text)


def test_a_title_glued_to_a_caption_naming_someone_is_cut_at_the_only_place() -> None:
    text = joined(
        "Deel dit artikel:",
        "Het nieuws in een minuut: 3 mei Joke Verhoef (72) neemt afscheid als lerares (foto: RTV Oost)",
        BODY,
        MORE,
    )
    assert headline(text) == "Het nieuws in een minuut: 3 mei"


def test_a_caption_with_names_and_no_sentence_opener_is_not_cut() -> None:
    # the look-alike: more than one place, none opening a sentence — no headline rather than a wrong one
    text = joined(
        "Deel dit artikel:",
        "Wethouder bezoekt Kampen Zuid met minister Jansen in de regen voor de opening (foto: RTV Oost)",
        BODY,
        MORE,
    )
    assert headline(text) is None


@pytest.mark.xfail(reason="head44: a name opening with an article reads as a sentence's start ('De Vlaamse regering')")
def test_a_caption_naming_a_place_that_opens_with_an_article_is_not_cut() -> None:
    # the look-alike: "Het Hoogeland" is a name, no sentence's start — the caption should stay whole
    text = joined(
        "Deel dit artikel:",
        "De wethouder bij de opening van zwembad Het Hoogeland in Kampen (foto: RTV Oost)",
        BODY,
        MORE,
    )
    assert headline(text) is None


def test_a_caption_cut_after_a_preposition_is_not_cut() -> None:
    # the look-alike: one place, but the part before it ends in "in" — a caption's words, no title
    text = joined(
        "Deel dit artikel:",
        "Wethouder opent het nieuwe zwembad in Kampen met kinderen van de basisschool (foto: RTV Oost)",
        BODY,
        MORE,
    )
    assert headline(text) is None


def test_an_ordinary_first_line_stays_the_title() -> None:
    assert headline(joined(TITLE, BODY, MORE)) == TITLE
    assert headline(joined("Deel dit artikel:", TITLE, BODY, MORE)) == TITLE


# --- untitled_lines: a report's section heading, a site maker's credit --------------------------------------------


def test_a_papers_summary_heading_over_the_text_is_no_title() -> None:
    assert headline(joined("Samenvatting", BODY, MORE)) is None
    assert headline(joined("Conclusies", BODY, MORE)) is None
    assert headline(joined("Inleiding", BODY, MORE)) == "Inleiding"  # a piece's own title (headline39)


def test_a_site_makers_credit_over_the_title_is_passed_over() -> None:
    assert headline(joined("Site by wieni", TITLE, BODY, MORE)) == TITLE
    assert headline(joined("Website door Studio Noord", TITLE, BODY, MORE)) == TITLE


def test_a_title_about_a_summary_or_a_site_stays_the_title() -> None:
    # the look-alikes: a title holding the words, not the label alone
    title = "Samenvatting van het rapport over de IJsselbrug"
    assert headline(joined(title, BODY, MORE)) == title
    title = "Site van de gemeente ligt plat"
    assert headline(joined(title, BODY, MORE)) == title
