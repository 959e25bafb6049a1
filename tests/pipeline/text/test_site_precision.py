"""Site text, issue 21 round 4: article text that real pages showed set aside, on examples written
here — each next to the site text the rule was meant for, which stays set aside."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.document import Block, BlockKind
from pipeline.text.read import parse_article
from pipeline.text.templates import MemoryOutletLines, TemplateDetector

K = BlockKind
DAY = date(2024, 3, 1)


def article(text: str, *, source_format: str = "txt"):
    return parse_article(text, source_name=f"a.{source_format}", source_format=source_format)


def aside(text: str, **options) -> list[tuple[str | None, str]]:
    return [(b.reason, b.text) for b in article(text, **options).blocks if b.kind is K.SITE_TEXT]


def kept(text: str, **options) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in article(text, **options).blocks if b.kind is not K.SITE_TEXT]


# -- raw HTML in a Markdown export ----------------------------------------------------------------

CMS_MARKDOWN = """---
title: "Brandweer blust schuurbrand in Dalfsen"
---
Een schuur aan de Kerkweg in Dalfsen is zondagavond uitgebrand. Niemand raakte gewond.

<h3>Buren geëvacueerd</h3>
<p>De bewoners van twee huizen ernaast moesten hun woning uit. Ze konden na een uur terug.</p>
<p> </p>

<p><img class="kader" src="https://example.nl/kader.png"></p>

<p>Lees ook: <a href="https://example.nl/brand">Vorige week brandde ook een boerderij af</a></p>

<p>De politie onderzoekt hoe de brand is ontstaan. Getuigen worden gevraagd zich te melden.</p>

<script>trackPageView();</script>
"""


def test_html_paragraphs_and_headings_in_markdown_are_article_text() -> None:
    found = kept(CMS_MARKDOWN, source_format="md")
    assert (K.SUBHEADING, "Buren geëvacueerd") in found
    assert (
        K.PARAGRAPH,
        "De bewoners van twee huizen ernaast moesten hun woning uit. Ze konden na een uur terug.",
    ) in found
    assert (
        K.PARAGRAPH,
        "De politie onderzoekt hoe de brand is ontstaan. Getuigen worden gevraagd zich te melden.",
    ) in found
    assert not any("<" in text for _, text in found)  # the markup is not text


def test_html_without_words_and_a_related_link_in_markdown_stay_site_text() -> None:
    found = aside(CMS_MARKDOWN, source_format="md")
    assert ("html", '<p><img class="kader" src="https://example.nl/kader.png"></p>') in found
    assert ("html", "<script>trackPageView();</script>") in found
    assert ("teaser", "Lees ook: Vorige week brandde ook een boerderij af") in found
    assert len(found) == 3  # the empty paragraph is nothing at all


def test_a_box_of_promos_in_a_div_is_read_and_set_aside_by_the_rules() -> None:
    text = (
        "# Nieuw zwembad\n\nHet zwembad in Zwolle gaat in mei open. De bouw duurde twee jaar.\n\n"
        '<div class="kader">\n<p>Volg ons via WhatsApp, Facebook of Instagram.</p>\n</div>\n'
    )
    assert ("promo", "Volg ons via WhatsApp, Facebook of Instagram.") in aside(text, source_format="md")


# -- a menu word as a round-up's section heading ------------------------------------------------

ROUND_UP = """Goedemorgen! Dit is het nieuws uit de Achterhoek.

Nieuwe burgemeester in Winterswijk

De gemeenteraad van Winterswijk heeft dinsdagavond een nieuwe burgemeester voorgedragen aan de minister.

Sport

De voetbalclub uit Lichtenvoorde heeft zaterdag met drie tegen nul gewonnen van de koploper uit Groenlo.
"""


def test_a_menu_word_between_paragraphs_above_running_text_is_a_section_heading() -> None:
    assert (K.SUBHEADING, "Sport") in kept(ROUND_UP)


def test_a_menu_word_above_a_text_that_breaks_off_is_a_section_heading() -> None:
    cut = ROUND_UP.rsplit("\n", 2)[0].rsplit("\n", 1)[0] + "\nDe voetbalclub uit Lichtenvoorde heeft zaterdag\n"
    assert (K.SUBHEADING, "Sport") in kept(cut)


def test_menu_words_at_the_top_and_in_a_menu_run_stay_navigation() -> None:
    text = "Sport\n\nVoetbalclub wint van koploper\n\n" + ROUND_UP.split("\n\n", 1)[1] + "\nNieuws\nSport\nWeer\n"
    found = aside(text)
    assert found[0] == ("navigation", "Sport")
    assert ("navigation", "Weer") in found
    assert (K.SUBHEADING, "Sport") in kept(text)  # the one in the middle


def test_a_repeated_section_heading_stays_where_the_text_breaks_off_under_it() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    for number in range(5):
        blocks = [
            Block(K.HEADLINE, f"Brug {number} open"),
            Block(K.LEDE, f"De brug nummer {number} is open voor fietsers en voetgangers."),
            Block(K.SUBHEADING, "Verkeer"),
            Block(K.SUBHEADING, f"Op de A{number} staat vanochtend een file van"),
        ]
        out = detector.set_aside(blocks, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number))
    assert [b.kind for b in out] == [K.HEADLINE, K.LEDE, K.SUBHEADING, K.SUBHEADING]


# -- after "Lees ook" ---------------------------------------------------------------------------

LEAD = "De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuw zwembad.\n\n"


def test_after_a_bare_read_also_the_linked_title_is_a_teaser() -> None:
    text = LEAD + "Lees ook:\nWethouder stapt op na ruzie over begroting\n\nHet zwembad komt aan de rand van de stad.\n"
    assert ("teaser", "Wethouder stapt op na ruzie over begroting") in aside(text)


def test_after_a_bare_read_also_a_heading_the_next_paragraph_names_is_its_heading() -> None:
    text = LEAD + "Lees ook:\n\nDe Grote Markt\n\nDe verbouwing van De Grote Markt begint in mei en duurt een jaar.\n"
    assert (K.SUBHEADING, "De Grote Markt") in kept(text)
    assert aside(text) == [("teaser", "Lees ook:")]


def test_after_a_bare_read_also_a_photo_caption_is_the_article_s() -> None:
    text = LEAD + "Lees ook:\n\nHet oude zwembad aan de IJssel (foto: Jan de Vries)\n\nHet gebouw wordt gesloopt.\n"
    # the caption stays, its credit is site text (conventions37, tests/data/STRUCTURE_CONVENTIONS.md; it stayed in it)
    assert (K.CAPTION, "Het oude zwembad aan de IJssel") in kept(text)


def test_a_caption_after_a_more_from_heading_is_still_a_teaser() -> None:
    text = LEAD + "Het bad opent in 2026.\n\nMeer uit Zwolle\nDe nieuwe sporthal (foto: Piet Jansen)\n"
    assert ("teaser", "De nieuwe sporthal (foto: Piet Jansen)") in aside(text)


def test_a_read_also_line_with_its_own_title_heads_no_teasers() -> None:
    text = (
        LEAD + "Lees ook: de rechtszaak voor beginners.\n\nReacties uit de buurt\n\n"
        "Buren zijn blij met de nieuwe brandweerkazerne in het dorp.\n"
    )
    assert aside(text) == [("teaser", "Lees ook: de rechtszaak voor beginners.")]
    assert (K.SUBHEADING, "Reacties uit de buurt") in kept(text)


# -- a lower-case line broken off by a blank line -----------------------------------------------


def test_a_pull_quote_broken_over_a_blank_line_keeps_its_lower_case_half() -> None:
    text = (
        LEAD + "Het bad kost twaalf miljoen euro.\n\nEen zwembad in elke wijk\n\nis een oud plan\n\nLANGUAGE: DUTCH\n"
    )
    assert any(text == "is een oud plan" for _, text in kept(text))


def test_lower_case_tag_and_logo_lines_are_still_labels() -> None:
    assert aside("logo stadskrant 2\n\n" + LEAD + "Het bad opent in mei.\n")[0] == ("label", "logo stadskrant 2")
    text = LEAD + "Jan de Vries\nzwembaden\nHet bad opent in mei.\n"
    assert ("label", "zwembaden") in aside(text)
    below_title = "Zwembad gaat open\n\nafdeling nieuws\n\n" + LEAD + "Het bad opent in mei.\n"
    assert aside(below_title) == [("label", "afdeling nieuws")]  # above the running text


def test_a_lower_case_byline_under_the_title_is_the_article_s_byline() -> None:
    """A print byline in lower case ("door een verslaggever") names the writer: it is kept as a byline,
    where a lower-case label of the same place and length stays set aside (above)."""
    for byline in ("door een verslaggever", "van onze correspondent", "door onze redacteur"):
        text = f"Zwembad gaat open\n\n{byline}\n\n" + LEAD + "Het bad opent in mei.\n"
        assert aside(text) == []
        assert (K.BYLINE, byline) in kept(text)


# -- a web address that ends a sentence ---------------------------------------------------------


def test_a_web_address_ending_the_open_sentence_above_it_is_text() -> None:
    text = LEAD + "Inwoners kunnen hun mening geven op de website\n\nwww.zwembadzwolle.nl.\n"
    assert (K.PARAGRAPH, "www.zwembadzwolle.nl.") in kept(text)


def test_a_web_address_on_its_own_after_a_finished_sentence_is_a_link() -> None:
    text = LEAD + "Het bad opent in mei.\n\nwww.zwembadzwolle.nl\n\nHet bad heeft vier banen.\n"
    assert ("link", "www.zwembadzwolle.nl") in aside(text)


def test_titles_inside_a_sentence_are_not_a_menu_but_a_glued_menu_is() -> None:
    """A run of capitalised words (song or film titles, names) inside a sentence that goes on after a
    comma or colon is the sentence's; a long menu glued before the text is still set aside."""
    songs = (
        "De bekende klanken van Born To Run en Dancing In The Dark en Glory Days van Bruce Springsteen: ze klonken "
        "zaterdag in het stadion van Nijmegen. Het concert was binnen een uur uitverkocht."
    )
    text = f"Springsteen speelt in Nijmegen\n\n{songs}\n\nDe zanger komt volgend jaar terug naar Nederland."
    assert aside(text) == []
    assert (K.LEDE, songs) in kept(text)
    menu = "Home Nieuws Sport Economie Cultuur Regio Weer Verkeer Video Podcasts Puzzels Contact Inloggen"
    glued = f"Springsteen speelt in Nijmegen\n\n{menu} {songs}"
    assert any(reason == "navigation" and "Puzzels" in piece for reason, piece in aside(glued))
