"""Site text by shape, helper site29a (issue 21): each rule on an example written here (not a page's words), and
next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

_MENU = "\n".join(["Nieuws", "Sport", "Cultuur", "Weer", "Verkeer", "Zoeken", "Inloggen", "Contact"])


def _page(*lines: str) -> str:
    """A web page saved one line per element: a menu, then `lines`, then the article's running text."""
    return "\n".join([_MENU, *lines, BODY, MORE, "Deel dit artikel"])


def test_a_link_text_shown_twice_and_glued_is_set_aside() -> None:
    found = aside(_text(TITLE, "Vorige paginaVorige Pagina", BODY, MORE, "Deel dit berichtDeel dit Bericht"))
    assert ("interface", "Vorige paginaVorige Pagina") in found
    assert ("interface", "Deel dit berichtDeel dit Bericht") in found
    assert "Bora Bora" in kept(_text(TITLE, BODY, "Bora Bora", MORE))  # words said twice with a space: kept


def test_a_one_word_title_under_the_date_is_the_headline_not_a_glued_link_above_it() -> None:
    read = article(_page("Vorig berichtVorig Bericht", "4 feb 2024 09:15", "Bodembeschermingsbeleid"))
    assert read.meta.headline == "Bodembeschermingsbeleid"
    assert [b.kind for b in read.blocks if b.text == "Bodembeschermingsbeleid"] == [K.HEADLINE]
    labelled = article(_page("Vorig berichtVorig Bericht", "4 feb 2024 09:15", "Politiek", TITLE))
    assert labelled.meta.headline != "Politiek"  # a short section label under the date is no title


def test_a_transcripts_speaker_labels_between_the_title_and_the_body_stay() -> None:
    read = article(
        _page(
            "4 feb 2024 09:15",
            TITLE,
            "De schepen van mobiliteit antwoordt op vragen uit de commissie",
            "De ondervoorzitter",
            "Mevrouw De Wit krijgt het woord.",
            "Anna de Wit (Groen)",
            "Dank u. Ik heb een korte vraag over de planning.",
        )
    )
    labels = [b.kind for b in read.blocks if b.text in ("De ondervoorzitter", "Anna de Wit (Groen)")]
    assert labels and K.SITE_TEXT not in labels
    assert ("page_head", "4 feb 2024 09:15") in aside(_page("4 feb 2024 09:15", TITLE, "Mevrouw De Wit", "Cultuur"))


def test_field_labels_left_without_their_values_are_set_aside() -> None:
    assert ("interface", "Rubriek: Auteur: Link:") in aside(_text(TITLE, BODY, MORE, "Rubriek: Auteur: Link:"))
    assert "Let op: de brug is dicht." in kept(_text(TITLE, BODY, "Let op: de brug is dicht.", MORE))


def test_a_breadcrumb_without_separators_opening_with_the_home_link_is_set_aside() -> None:
    assert ("navigation", "Beginpagina Regio Sport") in aside(_text("Beginpagina Regio Sport", TITLE, BODY, MORE))
    assert "Beginpagina van de site vernieuwd" in kept(_text("Beginpagina van de site vernieuwd", BODY, MORE))


def test_a_comment_forms_prompt_on_its_own_line_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, "Schrijf een reactie op dit verhaal"))
    assert ("comments", "Schrijf een reactie op dit verhaal") in found
    assert "Laat je mening horen bij de raad" in kept(_text(TITLE, BODY, "Laat je mening horen bij de raad", MORE))


def test_an_images_placeholder_word_alone_is_set_aside() -> None:
    assert ("interface", "Afbeelding 2") in aside(_text(TITLE, "Afbeelding 2", BODY, MORE))
    assert "Afbeelding van de nieuwe brug bij nacht" in kept(
        _text(TITLE, BODY, "Afbeelding van de nieuwe brug bij nacht", MORE)
    )


_CARD = "Zwembad in Kampen gaat na de zomer weer open"
_CARD_TEASER = "Het bad was twee jaar dicht voor een grote verbouwing. De kosten vielen hoger uit dan gedacht."


def test_a_related_articles_card_printing_its_title_twice_at_the_texts_end_is_set_aside() -> None:
    found = aside(
        "\n".join([TITLE, "", BODY, "", MORE, "", f"1. {_CARD}", "ABONNEE", "Sport", "", _CARD, "", _CARD_TEASER])
    )
    assert ("teaser", f"1. {_CARD}") in found
    assert ("teaser", _CARD_TEASER) in found
    own = "\n".join(
        [TITLE, "", BODY, "", f"1. {_CARD}", "2. Ijsbaan blijft dicht", "", _CARD, "", _CARD_TEASER, "", MORE]
    )
    assert _CARD_TEASER in kept(own)  # the article's own list, its item a heading over more text: kept


def test_a_flattened_titles_dateline_before_a_word_with_a_curly_apostrophe_cuts_the_title() -> None:
    title = "Brandweer rukt groots uit voor schuurbrand bij boerderij in Kampen"
    lead = "Kampen - Zo’n twintig brandweerlieden hebben woensdagavond een brand in een schuur geblust."
    text = " ".join([title, lead, BODY, MORE, BODY, MORE])
    read = article(text)
    assert read.meta.headline == title


def test_a_sections_name_right_below_the_headline_over_the_text_is_set_aside() -> None:
    # a genre's word there is set aside as its label first (conventions37; it was the section's "rubric")
    assert ("label", "Reportage") in aside(_text(TITLE, "Reportage", BODY, MORE))
    assert "Kampen" in kept(_text(TITLE, "Kampen", BODY, MORE))  # a place's name there stays


def test_a_logos_alt_text_glued_to_the_texts_first_word_is_cut_off() -> None:
    read = article(_text(f"Logo Brandweer3{BODY}", MORE))
    assert [(b.kind, b.text) for b in read.blocks[:2]] == [(K.SITE_TEXT, "Logo Brandweer3"), (K.LEDE, BODY)]
    assert "Logo van de gemeente" in kept(_text(TITLE, "Logo van de gemeente vernieuwd na twintig jaar", BODY, MORE))


def test_a_read_more_links_arrow_goes_with_the_link() -> None:
    read = article(_text(TITLE, f"{BODY} » lees verder …"))
    assert read.blocks[-1].kind is K.SITE_TEXT and read.blocks[-1].text == "» lees verder …"
    assert read.blocks[-2].text == BODY


def test_a_cut_cards_title_closing_the_text_after_the_pages_chrome_is_set_aside() -> None:
    card = "Bakker Jansen bakt al veertig jaar brood in de Dorpsstraat:"
    assert ("teaser", card) in aside(_text(TITLE, BODY, MORE, "Advertentie", card))
    assert "Dit zeiden de bewoners:" in kept(_text(TITLE, BODY, MORE, "Dit zeiden de bewoners:"))
