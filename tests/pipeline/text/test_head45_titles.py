"""Round head45 (issue 21): the headline on fresh pages — a regional paper's place line ("Genk/Bilzen/Tongeren")
and a liveblog's latest entry under its signature are no title (pipeline.text.entry_titles); each with a look-alike
that keeps its reading: an ordinary first line is still the title."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, headline, joined, kinds

# --- place line: the places a regional paper files a story under ---------------------------------------------

PLACE_LINES = (
    "Genk/Bilzen/Tongeren",  # Het Belang van Limburg
    "Aalst/Erpe-Mere",  # Het Nieuwsblad
    "Antwerpen / Borgerhout",  # Gazet van Antwerpen
    "Den Bosch/Vught",  # Brabants Dagblad
    "Bergen op Zoom/Roosendaal",  # BN DeStem
    "Eindhoven/Helmond",  # Eindhovens Dagblad
)


@pytest.mark.parametrize("place", PLACE_LINES)
def test_a_place_line_over_the_text_is_no_title(place: str) -> None:
    text = joined(place, BODY, MORE)
    assert headline(text) is None
    assert (K.SITE_TEXT, place) in kinds(text)  # a filing label: set aside, not translated


@pytest.mark.parametrize("place", PLACE_LINES)
def test_the_title_under_a_place_line_is_taken(place: str) -> None:
    assert headline(joined(place, TITLE, BODY, MORE)) == TITLE


@pytest.mark.parametrize(
    "first",
    (
        "Genk krijgt nieuwe politierechtbank",  # a place opening an ordinary title
        "Brug Genk/Bilzen dicht na ongeval",  # places joined by a slash inside a title
        "Voedselpakketten",  # a one-word title
    ),
)
def test_an_ordinary_first_line_is_still_the_title(first: str) -> None:
    assert headline(joined(first, BODY, MORE)) == first


# --- entry header: a liveblog's latest entry under a signature repeated below ------------------------------------

FIRST = "Alle mondelinge vragen zijn gesteld en de Kamervoorzitter doet nog enkele mededelingen over de agenda."
SECOND = "De staatssecretaris zegt dat er nog plaats is in de opvang, maar dat het netwerk op het maximum zit."


def _blog(signature: str, *, title: str | None = None) -> str:
    top = [title] if title else []
    return joined(
        *top, signature, "Mondelinge vragen allemaal gesteld", FIRST, signature, "Opvang zit op het maximum", SECOND
    )


@pytest.mark.parametrize(
    "signature",
    (
        "Simon Demeulemeester\ndoor Simon Demeulemeester",  # Knack: the reporter's name, then "door" and the name
        "Door Jan Peeters",  # De Standaard
        "Jan Peeters",  # Het Laatste Nieuws: the name alone
        "Redactie NU.nl",  # NU.nl
        "Redactie Het Parool",  # Het Parool
    ),
)
def test_a_liveblogs_latest_entry_is_no_title(signature: str) -> None:
    assert headline(_blog(signature)) is None


def test_a_liveblog_with_its_controls_on_top_has_no_title() -> None:
    controls = "Automatische update:\nAan\nUit\nDe nieuwste eerst De oudste eerst"
    text = joined(controls, _blog("Simon Demeulemeester\ndoor Simon Demeulemeester"))
    assert headline(text) is None
    # the reporter's name over each entry is its byline, not the lede the brief's English title would come from
    read = kinds(text)
    assert (K.BYLINE, "Simon Demeulemeester") in read
    assert (K.LEDE, FIRST) in read


@pytest.mark.parametrize("signature", ("Door Jan Peeters", "Jan Peeters"))
def test_a_liveblogs_own_title_above_its_entries_is_taken(signature: str) -> None:
    title = "LIVE | Kamer debatteert over opvang"
    assert headline(_blog(signature, title=title)) == title


def test_a_signed_article_with_one_byline_keeps_its_title() -> None:
    assert headline(joined("Door Jan Peeters", TITLE, BODY, "Opvang zit op het maximum", MORE)) == TITLE


def test_a_site_line_repeated_above_a_title_and_a_subheading_keeps_the_title() -> None:
    # the look-alike: a banner set aside as site text ("Advertentie") is no entry's signature
    assert headline(joined("Advertentie", TITLE, BODY, "Advertentie", "Opvang zit op het maximum", MORE)) == TITLE


# --- a byline run into the title's line -------------------------------------------------------------------------

SIGNED_LINES = (
    (f"{TITLE} Door Jan Peeters", "Door Jan Peeters"),  # De Standaard saved as text: "Door" with its capital
    (f"{TITLE}Jan Peeters", "Jan Peeters"),  # Het Nieuwsblad: the name glued to the title's last word
    (f"{TITLE} door Anna de Vries 12 maart 2024, 10:32", "door Anna de Vries 12 maart 2024, 10:32"),  # Het Parool
    (f"{TITLE} Door Simon Demeulemeester • 12/03/24", "Door Simon Demeulemeester • 12/03/24"),  # Knack
    (f"{TITLE}Bart Eeckhout 12-03-24, 10:32", "Bart Eeckhout 12-03-24, 10:32"),  # Het Laatste Nieuws
)


@pytest.mark.parametrize(("line", "byline"), SIGNED_LINES)
def test_a_byline_run_into_the_title_is_cut_from_it(line: str, byline: str) -> None:
    text = joined(line, BODY, MORE)
    assert headline(text) == TITLE
    # the byline, or its name with the date line split from it already
    assert any(kind is K.BYLINE and byline.startswith(found) for kind, found in kinds(text))


@pytest.mark.parametrize(
    "title",
    (
        "Nieuwe brug in Kampen geopend door Jan Peeters",  # by whom, no date after it: the title's own words
        "Sfeer in de nieuwe iPhone Store Amsterdam",  # a brand's capital inside a word
        "Concert in deSingel Antwerpen uitverkocht",
        "Ajax wint van PSV na doelpunt van Luuk de Jong",
    ),
)
def test_a_title_naming_someone_stays_whole(title: str) -> None:
    assert headline(joined(title, BODY, MORE)) == title


def test_long_lines_of_a_signed_titles_and_a_place_lines_shape_are_read_in_bounded_time() -> None:
    import time

    from pipeline.text.entry_titles import place_line
    from pipeline.text.signed_titles import signed_title

    start = time.perf_counter()
    for line in ("geopendJan Peeters " * 5000, "Door Jan " * 10000, "Genk/" * 20000, "Aalst-Erpe " * 9000):
        assert signed_title(line.strip()) is None
        assert not place_line(line.strip())
    assert time.perf_counter() - start < 2.0
