"""Site text of the lowest-recall structure sets (issue 21, round site30): each rule on an example written here, and
next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, K, aside, headline, joined, kept, kinds


def test_a_section_or_region_kicker_alone_above_the_headline_is_set_aside() -> None:
    for kicker in ("WERELD", "Limburg", "EUROPA<strong> </strong>"):
        text = joined(kicker, TITLE, BODY, MORE, LONG)
        assert ("rubric", kicker) in aside(text)
        assert headline(text) == TITLE
        assert BODY in kept(text)
    # the same word as the article's own heading further down stays
    inside = joined(TITLE, BODY, "Europa", MORE, LONG)
    assert (K.SUBHEADING, "Europa") in kinds(inside)
    # a word that names no region above the headline stays; a genre's is set aside as its label (conventions37, it
    # was kept as the article's own kicker)
    assert not aside(joined("Brexit", TITLE, BODY, MORE, LONG))
    for label in ("Interview", "Achtergrond"):
        assert aside(joined(label, TITLE, BODY, MORE, LONG)) == [("label", label)]


def test_the_title_repeated_under_the_pages_byline_or_date_line_is_set_aside() -> None:
    title = "Opnieuw een trainer ontslagen: de derde al dit seizoen"
    for meta in ("door", "door Sanne de Groot", "12 maart 2024"):
        text = f"{title}\n\n{meta}\n{title}\n\n{joined(BODY, MORE, LONG)}"
        assert ("repeated", title) in aside(text)
        assert headline(text) == title
        assert (meta in kept(text) or ("date_line", meta) in aside(text)) and BODY in kept(text)  # a date: conv52
    # a subtitle under the byline that only opens with the title's words stays
    subtitle = f"{title} na een nederlaag"
    text = f"{title}\n\ndoor Sanne de Groot\n{subtitle}\n\n{joined(BODY, MORE, LONG)}"
    assert not aside(text)
    assert subtitle in kept(text)


def test_one_story_card_cut_off_at_the_texts_end_is_set_aside() -> None:
    card_title = "Kademuur aan de Spaarne verzakt: fietspad wordt afgesloten"
    card_text = "Het fietspad langs het Spaarne gaat vanaf maandag dicht. Dat is nodig omdat de kademuur verza..."
    text = joined(TITLE, BODY, MORE, LONG, card_title, card_text)
    assert ("teaser", card_title) in aside(text) and ("teaser", card_text) in aside(text)
    assert LONG in kept(text)
    # the article's last section trailing off under one of its own section headings stays
    sections = joined(TITLE, BODY, "Wat kost het de stad", MORE, "Hoe het verder moet met de brug", f"{LONG[:-1]}...")
    assert not aside(sections)
    # and so does a heading over a closing paragraph of three sentences that trails off
    closing = "Het college zwijgt. De raad wacht af. En de fietsers blijven voorlopig omrijden, of..."
    assert not aside(joined(TITLE, BODY, MORE, LONG, card_title, closing))
    # a card's shape followed by more of the page's text is no last card
    assert not aside(joined(TITLE, BODY, MORE, LONG, card_title, card_text, LONG))


def test_a_pointer_to_the_outlets_liveblog_for_one_kind_of_news_is_set_aside() -> None:
    for pointer in (
        "Al het verkiezingsnieuws uit jouw regio kun je volgen in ons liveblog.",
        "Al het sportnieuws uit de provincie lees je op onze themapagina.",
    ):
        text = joined(TITLE, BODY, f"{MORE} {pointer}", LONG)
        assert ("promo", pointer) in aside(text)
        assert MORE in kept(text)
    # a sentence of the article about someone following the news stays
    own = "Al het verkiezingsnieuws volgde de wethouder die avond in het gemeentehuis."
    assert own in kept(joined(TITLE, BODY, f"{MORE} {own}", LONG))
