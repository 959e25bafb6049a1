"""Round 8 (issue 21): a medium's name opening a programme's title, HTML read only when it is HTML and never
at the cost of a word, plain Teletekst furniture, an outlet's name after a feed's title. Each rule on an
example written here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, article, aside

INTRO = "De nieuwe brug over de IJssel bij Zwolle is vrijdagmiddag officieel geopend door de burgemeester."


def _text(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_media_word_before_a_programmes_name_and_colon_stays_in_the_headline() -> None:
    title = "Video Het Klokhuis: hoe een brug open kan draaien"
    found = article(_text(title, INTRO, BODY))
    assert found.headline is not None and found.headline.text == title
    assert not aside(_text(title, INTRO, BODY))


def test_a_media_word_standing_alone_before_a_title_is_still_an_embed() -> None:
    found = aside(_text("Nieuwe brug geopend", INTRO, "Video Burgemeester knipt het lint door", BODY))
    assert ("embed", "Video") in found


def test_a_media_word_inside_a_text_before_a_name_and_colon_is_still_an_embed() -> None:
    text = _text("Nieuwe brug geopend", INTRO, f"{BODY} Social Filmpje: de brug draait open. {BODY}")
    assert ("embed", "Social") in aside(text)


def test_a_sentence_that_names_tags_stays_plain_text() -> None:
    chunk = "In de cursus leer je koppen maken met <h2> en </h2>, lijsten met <ul> en <li>, en vet met <b>."
    texts = " ".join(b.text for b in article(_text("Cursus webbouw", INTRO, chunk)).blocks)
    assert "<h2> en </h2>" in texts and "<ul> en <li>" in texts


def test_a_chunk_mostly_of_markup_is_html_even_when_it_opens_with_a_word() -> None:
    chunk = (
        'Lees ook: <a href="https://example.org/a"><b>Brug</b></a> <a href="https://example.org/b"><b>IJssel</b></a>'
    )
    texts = " ".join(b.text for b in article(_text("Nieuwe brug geopend", INTRO, chunk, f"<p>{BODY}</p>")).blocks)
    assert "<a" not in texts and "<p>" not in texts


def test_html_nested_too_deep_for_the_parser_keeps_every_word() -> None:
    deep = "<span>" * 300 + "<p>De wethouder opende de brug met een schaar.</p>" + "</span>" * 300
    found = article(_text("Nieuwe brug geopend", INTRO, deep))
    assert any("wethouder opende de brug" in b.text for b in found.blocks)


def test_html_nested_twenty_deep_is_still_read_as_html() -> None:
    nested = "<div>" * 20 + "<p>De wethouder opende de brug met een schaar.</p>" + "</div>" * 20
    texts = [b.text for b in article(_text("Nieuwe brug geopend", INTRO, nested)).blocks]
    assert "De wethouder opende de brug met een schaar." in texts


ROW = '<span class="c">' + "&#xF02c;" * 30 + "</span>"


def test_a_bullet_glyph_opening_a_lines_words_is_set_aside_as_graphic() -> None:
    chunk = "\n".join([ROW, '<span class="c">&#xF02f;</span><span class="d"> De brug is open.</span>', ROW])
    found = article(_text('<span class="t">Brug open</span>', chunk))
    assert ("graphic", "\uf02f") in [(b.reason, b.text) for b in found.set_aside]
    assert "De brug is open." in [b.text for b in found.blocks]


def test_a_glyph_after_a_lines_first_word_stays_in_the_line() -> None:
    chunk = "\n".join([ROW, '<span class="d">Brug &#xF02f; open voor fietsers.</span>', ROW])
    found = article(_text('<span class="t">Brug open</span>', chunk))
    assert not [b for b in found.set_aside if b.reason == "graphic" and b.text == "\uf02f"]


PLAIN_ROW = "   \uf020" + "\uf02c" * 30


def _page(first: str, last: str) -> str:
    return "\n".join(
        [
            first,
            PLAIN_ROW,
            "   Brug over de IJssel open",
            "",
            "   \uf020\uf02f De nieuwe brug bij Zwolle is",
            "    vrijdag geopend door de burgemeester.",
            "    Fietsers mogen er vanaf zaterdag over.",
            PLAIN_ROW,
            last,
        ]
    )


def test_a_plain_teletext_pages_masthead_rows_bullet_and_key_links_are_set_aside() -> None:
    found = article(_page("        Stadstekst 301", "   nieuws  sport  weer  verkeer"))
    reasons = {b.reason: b.text for b in found.set_aside}
    assert reasons.get("masthead") == "Stadstekst 301"
    assert reasons.get("navigation") == "nieuws sport weer verkeer"
    assert "graphic" in reasons
    item = "De nieuwe brug bij Zwolle is vrijdag geopend door de burgemeester. Fietsers mogen er vanaf zaterdag over."
    assert item in [b.text for b in found.blocks]


def test_a_sentence_over_a_row_and_a_sentence_under_the_last_row_stay() -> None:
    first = "De brug is open."
    last = "   de bouw kostte tien miljoen euro."
    found = article(_page(first, last))
    assert not [b for b in found.set_aside if b.reason in ("masthead", "navigation")]
    texts = [b.text for b in found.blocks if b.kind.value != "site_text"]
    assert first in texts and "de bouw kostte tien miljoen euro." in texts


FEED_TITLE = "Nieuwe fietsbrug over de IJssel bij Zwolle geopend"


def test_an_outlets_name_after_a_feed_title_and_its_description_is_set_aside() -> None:
    found = article(_text(f"{FEED_TITLE} - Zwolse Courant", f"{FEED_TITLE} Zwolse Courant"))
    assert found.headline is not None and found.headline.text == FEED_TITLE
    assert ("site_name", "- Zwolse Courant") in [(b.reason, b.text) for b in found.set_aside]
    assert ("repeated", f"{FEED_TITLE} Zwolse Courant") in [(b.reason, b.text) for b in found.set_aside]


def test_a_dash_in_a_title_whose_tail_is_not_repeated_stays() -> None:
    title = "Burgemeester opent brug - Fietsers Blij Met Nieuwe Route"
    found = article(_text(title, INTRO, BODY))
    assert found.headline is not None and found.headline.text == title
    assert not aside(_text(title, INTRO, BODY))


def _promo(heading: str, link_colon: str) -> str:
    items = [
        f'<p><strong><a href="https://example.org/{n}">{n}</a>{link_colon}</strong> elke week nieuws.</p>'
        for n in ("Brugpraat", "Stadsgesprek")
    ]
    return "\n".join([f"<p>{BODY}</p>", f"<p>{BODY}</p>", heading, *items])


def test_a_closing_list_of_links_under_a_heading_with_a_colon_is_set_aside_as_promo() -> None:
    found = article(_text("Nieuwe brug geopend", _promo("<h2>Onze programma's:</h2>", ":")))
    promo = [b.text for b in found.set_aside if b.reason == "promo"]
    assert promo and promo[0].startswith("Onze programma's:") and "Stadsgesprek" in promo[0]
    assert BODY in [b.text for b in found.blocks]


def test_linked_paragraphs_under_a_plain_heading_or_without_colons_stay() -> None:
    plain_heading = article(_text("Nieuwe brug geopend", _promo("<h2>De programma's</h2>", ":")))
    no_colon = article(_text("Nieuwe brug geopend", _promo("<h2>Onze programma's:</h2>", "")))
    for found in (plain_heading, no_colon):
        assert not [b for b in found.set_aside if b.reason == "promo"]
