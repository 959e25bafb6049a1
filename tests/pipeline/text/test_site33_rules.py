"""Site-text rules of helper site33 (issue 21): a scraper that glued every element's text without a separator —
examples written for these tests."""

from __future__ import annotations

from pipeline.text.glued_menus import glued_menu, glued_tail
from pipeline.text.text_ends import CUT_SENTENCE
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

_MENU = "HomeNieuwsRegio ZwolleBinnenlandEconomieSport en VrijetijdCultuurOver onsContact"
_TITLES = (
    "Nieuwe rotonde bij Hattem eindelijk open",
    "Bakker uit Kampen wint landelijke prijs",
    "Waarom de IJssel dit jaar zo laag staat",
    "Raad wil meer groen in de binnenstad",
    "Oude fabriek wordt woonwijk met driehonderd huizen en een park aan het water",
    "Boeren protesteren opnieuw op het Provinciehuis",
    "Wie betaalt de nieuwe sporthal?",
    "Brand in schuur aan de Hessenweg snel geblust",
    "Schoolkinderen planten bos bij Dalfsen",
)


def test_a_menu_glued_without_spaces_to_the_first_sentence_is_set_aside() -> None:
    text = joined(_MENU + BODY, MORE)
    assert ("navigation", _MENU) in aside(text)
    assert BODY in kept(text)


def test_a_sentence_with_one_glued_name_is_no_menu() -> None:
    sentence = "YouTube en PostNL openen een kantoor in Zwolle. De gemeente is blij met de komst van de bedrijven."
    assert glued_menu(sentence) == []
    assert glued_menu(_MENU + BODY) == [(0, len(_MENU), "navigation")]


def test_links_glued_together_closing_the_text_are_set_aside() -> None:
    assert ("navigation", "Naar bovenNaar bovenPrivacy") in aside(
        joined(TITLE, BODY, MORE + " Naar bovenNaar bovenPrivacy")
    )
    assert glued_tail("Dat meldt de NOS op YouTube. Meer op TikTok") == []


def test_the_next_and_previous_article_links_with_their_titles_are_set_aside() -> None:
    for link in (
        "Volgende artikel: Nieuwe fietsbrug bij Deventer in gebruik",
        "Vorige artikel: Raad stemt in met begroting",
    ):
        assert ("teaser", link) in aside(joined(TITLE, BODY, MORE, link))


def test_a_label_whose_link_is_gone_is_set_aside() -> None:
    for label in ("Bron:", "Volg ons:", "Categorie:"):
        assert ("label", label) in aside(joined(TITLE, BODY, MORE, label))


def test_a_list_of_other_titles_after_a_source_label_with_a_menu_link_among_them_is_set_aside() -> None:
    lines = "\n".join((*_TITLES[:5], "Over ons", *_TITLES[5:]))
    found = [t for _, t in aside(joined(TITLE, BODY, MORE, f"Bron:\n\n{lines}"))]
    assert all(title in found for title in _TITLES)


def test_a_text_cut_off_in_a_sentence_keeps_its_last_heading() -> None:
    text = joined(TITLE, BODY, MORE, "Lagere kosten voor de gemeente\nAls deelnemer")
    assert "Lagere kosten voor de gemeente" in kept(text)
    assert CUT_SENTENCE.match("Als deelnemer") and not CUT_SENTENCE.match("Partner Content")


def test_the_sites_wordmark_opening_the_text_is_set_aside() -> None:
    assert ("site_name", "ZwolseKrant") in aside(joined("ZwolseKrant", TITLE, BODY, MORE))


def test_a_donation_box_opening_the_text_is_set_aside() -> None:
    box = (
        "Steun Zwolle Vrij financieel!\nDe servers kosten veel geld, we kunnen elke euro gebruiken!"
        "Je kunt geld overmaken naar bankrekening NL12 ABCD 0123 4567 89 tnv Stichting Zwolle Vrij."
    )
    found = [t for _, t in aside(joined(box, TITLE, BODY, MORE))]
    assert "Steun Zwolle Vrij financieel!" in found
    assert any(t.startswith("De servers kosten veel geld") for t in found)
    reported = "„We kunnen elke euro gebruiken”, zei de voorzitter van de voedselbank tegen de raad."
    assert reported in kept(joined(TITLE, BODY, reported, MORE))  # a call for money the news reports is the news


def test_a_map_widgets_place_with_the_country_in_english_is_set_aside() -> None:
    place = "Grote Markt, Grote Markt, Zwolle, Netherlands"
    assert ("interface", place) in aside(joined(TITLE, f"Contact:\n{place}", BODY, MORE))
    sentence = "De optocht gaat van de Grote Markt naar het station, zegt de organisatie."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))
    # the same shape closed by a full stop is a sentence (an English caption quoted whole): article text
    quoted = "Betogers op het Museumplein, Amsterdam, Netherlands."
    assert quoted in kept(joined(TITLE, BODY, quoted, MORE))


def test_a_menu_buttons_hidden_text_glued_to_the_menu_and_the_text_is_set_aside() -> None:
    text = joined("Toggle navigationHomeArchief" + BODY, MORE)
    assert ("interface", "Toggle navigationHomeArchief") in aside(text)
    assert BODY in kept(text)


def test_a_scripts_empty_value_in_place_of_a_caption_is_set_aside() -> None:
    assert ("markup", "null Beeld") in aside(joined("null Beeld", TITLE, BODY, MORE))


def test_a_stock_pictures_licence_after_its_alt_text_is_set_aside() -> None:
    line = "fietsers op een brug No attribution required"
    assert ("interface", line) in aside(joined(line, TITLE, BODY, MORE))


def test_a_gift_articles_notice_and_a_series_note_are_set_aside() -> None:
    gift = "Dit artikel krijg je cadeau van Zwolle Vandaag."
    series = "Dit artikel vormt een onderdeel van de serie ‘Bruggen van Overijssel’."
    found = [t for _, t in aside(joined(TITLE, BODY, f"{gift} Word abonnee", series, MORE))]
    assert any(t.startswith(gift) for t in found)
    assert series in found
