"""Firstcopy38 (issue 21, conventions38): a title printed twice — the first copy on a line of its own is the headline,
the later copy site text — and a library's service line answered "laat het weten" is the article's. Examples written
here as a news page would carry them, with look-alikes that must keep their older reading."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, article, aside, joined, kept

# --- page_edges.opening_label: a section header's shape printed twice is the title's first copy --------------------


def test_a_title_shaped_like_a_section_header_printed_twice_keeps_its_first_copy_as_headline() -> None:
    title = "Nieuws uit de sporthal"
    text = joined(title, title, BODY, LONGER)
    assert article(text).meta.headline == title
    assert aside(text)[0] == ("repeated", title)  # the later copy the page's
    assert kept(text).startswith(title)


def test_a_section_header_printed_once_over_the_title_stays_the_pages() -> None:
    text = joined("Nieuws uit Almelo", TITLE, BODY, MORE)
    assert article(text).meta.headline == TITLE
    assert ("label", "Nieuws uit Almelo") in aside(text)


# --- header_boxes.crumb_headers: the title with the site's name above "U bent hier" and the title again ------------


def test_the_title_bar_with_the_sites_name_above_a_crumb_label_is_the_headline() -> None:
    title = "Tijdlijn van de wijkvereniging 1990-1999"
    text = joined(f"{title} | Wijkvereniging Oost", "U bent hier", title, BODY, LONGER)
    assert article(text).meta.headline == title
    assert ("repeated", title) in aside(text)  # the copy under the crumb label: the page's
    assert "Wijkvereniging Oost" not in kept(text)


def test_a_menu_line_above_a_crumb_label_is_still_set_aside() -> None:
    title = "Tijdlijn van de wijkvereniging 1990-1999"
    menu = "Wijkvereniging Oost | Home | Agenda | Contact"  # the title in none of its items: the page's header
    text = joined(menu, "U bent hier", title, BODY, LONGER)
    assert article(text).meta.headline == title
    assert menu not in kept(text)


# --- page_title_copies.title_bar: the site's name before the bar is still the page's ------------------------------


def test_a_bar_naming_the_site_first_over_the_title_again_is_still_set_aside() -> None:
    bar = "Kerkgemeente Noord | Nieuw orgel ingewijd"
    text = joined(bar, "Nieuw orgel ingewijd", BODY, MORE)
    assert article(text).meta.headline == "Nieuw orgel ingewijd"
    assert bar not in kept(text)


# --- offer_questions: a service asking the reader's need, answered "laat het weten", is the article's --------------


def test_a_librarys_need_question_answered_laat_het_weten_stays_the_articles() -> None:
    line = (
        "Heb je behoefte aan bepaalde boeken, maar kun je ze niet vinden? Laat het weten via bieb@dorpshuis.nl of "
        "spreek een van de vrijwilligers aan. We kunnen dan kijken of we de boeken aan kunnen schaffen."
    )
    assert "Laat het weten via bieb@dorpshuis.nl" in kept(joined(TITLE, BODY, line, MORE))


def test_an_outlets_request_for_tips_answered_laat_het_weten_is_still_set_aside() -> None:
    request = "Heb je een tip over dit nieuws? Laat het weten via tips@voorbeeldkrant.nl."
    assert "Laat het weten" not in kept(joined(TITLE, BODY, MORE, request))
    # the need asked for the paper itself: the outlet's ad
    ad = "Heb je interesse in een abonnement op de krant? Laat het ons weten via lezers@voorbeeldkrant.nl."
    assert "Laat het ons weten" not in kept(joined(TITLE, BODY, MORE, ad))
