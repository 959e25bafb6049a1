"""Round headline39 (issue 21): the headline's choice under a held-out discipline — each change with an example
written here that it must handle, and a look-alike of the same shape that must keep its reading."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kinds

# --- title_frames.file_title: an image's title made of its file name is no title --------------------------------


def test_a_cameras_file_name_over_the_text_is_no_title() -> None:
    # a CMS's image title of DSC_4791.jpg: no headline rather than a wrong one
    assert headline(joined("DSC 4791", BODY, MORE)) is None


def test_a_layouts_file_name_over_the_title_is_passed_over() -> None:
    assert headline(joined("VV02 Omslag 600", TITLE, BODY, MORE)) == TITLE


def test_a_name_and_a_year_over_the_text_stays_the_title() -> None:
    # the look-alike: a word and a figure of a year is an event's title, not a file's name
    assert headline(joined("Koningsschieting 2014", BODY, MORE)) == "Koningsschieting 2014"
    assert headline(joined("EK 2024", BODY, MORE)) == "EK 2024"


# --- title_frames.link_arrow: a link's line closed by an arrow is no title ---------------------------------------


def test_a_link_closed_by_an_arrow_over_the_title_is_passed_over() -> None:
    assert headline(joined("Uit: Nieuwsbrief 12 | Inhoudstafel >", TITLE, BODY, MORE)) == TITLE


def test_a_title_with_an_arrow_inside_stays_the_title() -> None:
    # the look-alike: an arrow between a title's words, not closing a link
    title = "Kosten > baten bij de nieuwe brug over de IJssel"
    assert headline(joined(title, BODY, MORE)) == title


# --- title_frames.framed_headline: a date in figures glued before the headline is its dateline -------------------


def test_a_date_in_figures_glued_before_the_title_is_read_as_the_dateline() -> None:
    text = joined(f"12-04-2021 {TITLE}", BODY, MORE)
    assert headline(text) == TITLE
    assert (K.DATELINE, "12-04-2021") in kinds(text)


def test_a_day_and_month_and_a_dash_glued_before_the_title_are_read_as_the_dateline() -> None:
    text = joined(f"05/07 - {TITLE}", BODY, MORE)
    assert headline(text) == TITLE
    assert (K.DATELINE, "05/07") in kinds(text)


def test_a_score_opening_the_title_stays_in_it() -> None:
    # the look-alike: figures around a dash that are a match's score, no date
    title = "2-1 zege voor Zwolle tegen Ajax"
    assert headline(joined(title, BODY, MORE)) == title


# --- title_frames.framed_headline: a back link glued before the headline is set aside ----------------------------


def test_a_back_link_glued_before_the_title_is_set_aside() -> None:
    text = joined(f"Terug naar Nieuws >{TITLE}", BODY, MORE)
    assert headline(text) == TITLE
    assert ("navigation", "Terug naar Nieuws >") in aside(text)


def test_an_arrow_with_spaces_inside_the_title_stays_in_it() -> None:
    # the look-alike: the arrow and its spaces are the title's own ("… > …"), no link run into it
    title = "Kosten > Baten bij de nieuwe brug"
    assert headline(joined(title, BODY, MORE)) == title


# --- title_frames.framed_headline: a table's bar dangling after the headline is set aside, listed (no silent loss) ----


def test_a_bar_dangling_after_the_title_is_left_out_of_it_and_listed() -> None:
    assert headline(joined(f"{TITLE} |", BODY, MORE)) == TITLE
    # stop 46: the bar was dropped without a trace (a property test found "Titel / a / |" losing its "|")
    assert aside(joined(f"{TITLE} |", BODY, MORE)) == [("layout", "|")]


def test_a_bar_between_a_titles_parts_stays_in_it() -> None:
    # the look-alike: a bar with the title's words on both sides is the title's
    title = "FULL TIME | Zwolle wint met 2-1 van Ajax"
    assert headline(joined(title, BODY, MORE)) == title


# --- untitled_marks: a periodical's issue header, a letter's sender, a shop widget's lines are no title -----------


def test_an_issue_header_over_the_title_is_passed_over() -> None:
    assert headline(joined("Vakblad Tuin & Park 212 – #03 (maart 2024)", TITLE, BODY, MORE)) == TITLE
    assert headline(joined("CLUBNIEUWS MRT 2019", TITLE, BODY, MORE)) == TITLE


def test_a_title_naming_a_month_and_a_year_stays_the_title() -> None:
    # the look-alikes: a clause in lower case before the month is a title's; a day's figure before it, a bulletin's date
    title = "Nieuwe brug gaat open in mei 2026"
    assert headline(joined(title, BODY, MORE)) == title
    assert headline(joined("Radio Oost Journaal - 4 maart 2021", BODY, MORE)) == "Radio Oost Journaal - 4 maart 2021"


def test_a_letters_sender_and_salutation_give_no_title() -> None:
    text = joined("Van onze secretaris Piet de Vries", "Beste leden,", BODY, MORE)
    assert headline(text) is None


def test_a_title_opening_with_van_stays_the_title() -> None:
    # the look-alike: "Van de …" and lower-case words, no office and name
    title = "Van de regen in de drup voor de bewoners"
    assert headline(joined(title, BODY, MORE)) == title


def test_a_salutation_without_its_comma_starts_the_running_text() -> None:
    text = joined("Voorwoord", "Beste lezer", BODY, MORE)
    assert headline(text) == "Voorwoord"


def test_a_title_opening_with_a_greetings_word_over_a_title_keeps_its_reading() -> None:
    # the look-alike: "Dag" opening a longer title's clause is the title
    title = "Dag van de open monumenten trekt veel bezoekers in Zwolle"
    assert headline(joined(title, BODY, MORE)) == title


def test_a_shops_empty_cart_widget_over_the_title_is_passed_over() -> None:
    widget = "\n".join(["Artikelen : 0", "Totaal : 0.00", "Bekijk winkelmand Afrekenen"])
    assert headline(joined(widget, TITLE, BODY, MORE)) == TITLE


def test_a_count_that_is_not_zero_stays_a_title() -> None:
    # the look-alike: a figure other than zero closing a short heading ("Scorpio 40": a boat's type)
    assert headline(joined("Scorpio 40", BODY, MORE)) == "Scorpio 40"


def test_a_bar_dangling_after_a_signed_title_leaves_the_byline_split() -> None:
    # final read, stop 46: the bar's block under the headline hid the date line from the byline split
    found = kinds(joined("Nieuwe brug in Zwolle geopend door Jan de Vries |", "12 maart 2024", BODY, MORE))
    assert (K.HEADLINE, "Nieuwe brug in Zwolle geopend") in found and (K.BYLINE, "door Jan de Vries") in found
