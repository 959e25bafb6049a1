"""Article text set aside on the development sets (issue 21, helper zero36): each probe in a shape written here,
not the set's text; each failed on the code before its fix."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, aside, headline, joined


def test_a_stub_pages_pointer_title_over_only_its_own_lines_is_the_headline() -> None:
    # a liveblog's landing page whose body the scraper did not keep: its title, then the page's own promo line
    title = "Lees hier het laatste nieuws over de provinciale verkiezingen"
    promo = "Al het verkiezingsnieuws uit jouw provincie kun je volgen in ons liveblog."
    assert headline(joined(title, promo)) == title
    assert aside(joined(title, promo)) == [("promo", promo)]


def test_a_pointer_line_above_an_articles_text_is_still_set_aside() -> None:
    pointer = "Lees hier het laatste nieuws over de provinciale verkiezingen"
    assert ("teaser", pointer) in aside(joined(pointer, "Nieuwe brug over de IJssel geopend", BODY))


def test_a_bare_pointer_label_over_only_site_text_is_still_set_aside() -> None:
    text = joined("Lees ook", "Webmail")  # no subject named: a label, not a stub page's title
    assert headline(text) is None
    assert ("teaser", "Lees ook") in aside(text)
