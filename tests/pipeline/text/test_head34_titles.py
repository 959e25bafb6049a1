"""Headlines found below a page's date strip and below the page's title printed with a prefix (issue 21, head34):
examples written here, next to headlines of the same shape that stay."""

from __future__ import annotations

from pipeline.text import untitled_shapes
from tests.pipeline.text.site_helpers import BODY, LONGER, article, joined

TITLE = "Nieuw zwembad in Zwolle goedgekeurd"


def test_a_date_strip_above_the_title_is_passed_over() -> None:
    strip = "• dinsdag 03 March 2026\n• Het nieuws van de Achterhoek"
    assert article(joined(strip, TITLE, BODY, LONGER)).meta.headline == TITLE
    # a list without a date on top still opens the text: no headline from below it
    menu = "• Het nieuws van de Achterhoek elke dag\n• Nieuws uit de regio voor iedereen"
    assert article(joined(menu, TITLE, BODY, LONGER)).meta.headline is None


def test_the_date_strip_and_tagline_patterns_end_on_one_long_token() -> None:
    # possessive quantifiers: a 200 KB token is rejected in one pass (measured, not asserted: no timed tests)
    assert not untitled_shapes.WEEKDAY_DATE.match("zaterdag " + "7" * 200_000)
    assert not untitled_shapes.WEEKDAY_DATE.match("zaterdag 7 " + "a" * 200_000 + " ")
    assert not untitled_shapes.TAGLINE.match("de " + "site" * 50_000 + "x")


def test_the_page_title_with_an_edition_prefix_is_no_headline() -> None:
    page_title = f"Weekblad 812 - {TITLE}"
    assert article(joined(page_title, "Commentaar Anna de Boer", TITLE, BODY, LONGER)).meta.headline == TITLE
    assert article(joined(f"{TITLE} | Stadsblad", TITLE, BODY, LONGER)).meta.headline == TITLE


def test_a_headline_with_a_dash_and_no_copy_below_stays() -> None:
    title = "Rusland - Oekraïne: de gesprekken in Genève lopen vast"
    assert article(joined(title, BODY, LONGER)).meta.headline == title
    # a one-word heading under it is a label, no copy of the title
    title = "Politiek - Gemeente verkoopt het oude raadhuis"
    assert article(joined(title, "Politiek", BODY, LONGER)).meta.headline == title


def test_a_logo_its_name_and_the_site_tagline_are_no_headline() -> None:
    header = ("Logo Stadsnet", "Stadsnet", "De nieuwssite van Zwolle met het laatste nieuws.")
    assert article(joined(*header, TITLE, BODY, LONGER)).meta.headline == TITLE
    assert article(joined("Logo Stadsnet", "Het weekblad voor Zwolle en omgeving", TITLE, BODY)).meta.headline == TITLE


def test_a_title_below_a_logo_or_about_a_logo_stays() -> None:
    assert article(joined("Logo Stadsnet", TITLE, BODY, LONGER)).meta.headline == TITLE
    title = "Ajax onthult logo"
    assert article(joined(title, BODY, LONGER)).meta.headline == title
    # a title opening like a tagline, with no logo above it
    title = "De krant van morgen wordt digitaal"
    assert article(joined(title, BODY, LONGER)).meta.headline == title


def test_a_title_that_its_breadcrumb_and_caption_repeat_below_the_page_cards() -> None:
    cards = ("Radio | Ochtendnieuws 3 maart 2026", "Elke werkdag het nieuws van de radio, ook in het Nederlands.")
    echoes = (f"Stadsnet | {TITLE}", f"HomeNieuwsStadsnet | {TITLE}", f"{TITLE} | Foto Jan Jansen")
    blocks = article(joined(*cards, *cards, *echoes, BODY, LONGER))
    assert blocks.meta.headline == TITLE
    assert "Stadsnet |" in [b.text for b in blocks.blocks]  # the outlet's tag kept, as a label


def test_a_heading_its_captions_repeat_is_not_taken_over_the_title() -> None:
    heading = "Het nieuwe bad heeft vijf banen"
    text = joined(TITLE, BODY, heading, f"{heading} | Foto Jan Jansen", LONGER)
    assert article(text).meta.headline == TITLE
    # twice, by two photos' captions, but by no breadcrumb: still the article's own subheading
    text = joined(TITLE, BODY, heading, f"{heading} | Foto Jan Jansen", f"{heading} | Foto Anna de Boer", LONGER)
    assert article(text).meta.headline == TITLE


def test_a_link_to_all_news_and_an_older_byline_are_no_headline() -> None:
    blocks = article(joined("Al het nieuws", "Van een onzer verslaggevers", BODY, LONGER))
    assert blocks.meta.headline is None
    assert blocks.meta.byline == "Van een onzer verslaggevers"
    assert article(joined("Alle video's", TITLE, BODY, LONGER)).meta.headline == TITLE


def test_a_title_opening_with_all_stays() -> None:
    title = "Alle remmen los op de Grote Markt"
    assert article(joined(title, BODY, LONGER)).meta.headline == title
    title = "Al het geld naar de dijken"
    assert article(joined(title, BODY, LONGER)).meta.headline == title
