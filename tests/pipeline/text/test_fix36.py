"""Article text the structure pass set aside on the development sets of run 36 (issue 21, precision): an example
written here for each narrowed rule, next to the rule's own case that it still takes."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, joined, kept

# --- pipeline.text.page_dump: a photo gallery's file names are no page head or tail (blind48) ----------------------

_GALLERY = [f"IMG_{n}" for n in range(3101, 3106)]
_SECOND_GALLERY = [f"DSC_{n:04d}" for n in range(210, 232)]
_TEAM = (
    "Vorig jaar begon de tuinvereniging met een cursus snoeien voor nieuwe leden. Onder leiding van hovenier "
    "Marieke Jansen kregen acht cursisten hun eerste lessen in de boomgaard aan de rand van het dorp."
)
_DAY = "Na afloop kregen de cursisten een oorkonde uit handen van de voorzitter en een zakje zaden voor thuis."
_THANKS = "Daarna was er koffie met appeltaart voor iedereen die was komen kijken."
_FEAST = (
    "Langs het pad kwamen de bezoekers naar het grasveld achter de kas. Op het terras speelde het dorpsorkest de "
    "hele middag, en de kinderen zochten eieren in de moestuin tot het begon te regenen."
)


def _two_events() -> str:
    """A club's review of its year: a title printed twice, then two events, each a heading over a gallery of file
    names and the event's paragraphs — no menu, no share row: no page head and no page tail."""
    return joined(
        "Jaaroverzicht 2024",
        "JAAROVERZICHT 2024",
        "OPEN DAG - 12 april",
        "\n".join(_GALLERY),
        "Cursisten: leden en buren van de tuinvereniging uit Zwolle en Kampen",
        _TEAM,
        _DAY,
        _THANKS,
        "ZOMERFEEST - De Wijde Tuin - 20 juli",
        "\n".join(_SECOND_GALLERY),
        "Zomerfeest in de Wijde Tuin aan de rand van het dorp",
        _FEAST,
    )


def test_a_gallery_between_an_articles_sections_makes_no_page_head_or_tail() -> None:
    text = _two_events()
    kept_text = kept(text)
    for line in ("Jaaroverzicht 2024", "OPEN DAG - 12 april", "Zomerfeest in de Wijde Tuin aan de rand", _FEAST):
        assert line in kept_text
    reasons = {reason for reason, _ in aside(text)}
    assert "page_head" not in reasons and "page_tail" not in reasons
    assert ("interface", "IMG_3101") in aside(text)  # the file names themselves still go


_MENU = ["Naar de inhoud", "Tuinkrant", "Moestuin", "Bloemen", "Vijvers", "Kassen", "Snoeien", "12 maart 2024"]
_TAIL = ["Tags:", "Boomgaard", "Cursus", "Leden", "12 maart 2024", "Lid worden", "Vacatures", "Colofon", "Links"]
_TAIL += ["Tuinkrant Zwolle", "Vrijwilligers", "14"]


def test_a_menu_above_the_title_and_a_footer_below_the_body_still_go_beside_a_gallery() -> None:
    title = "Tuinvereniging sluit cursus snoeien feestelijk af"
    text = joined(*_MENU, "\n".join(_GALLERY), title, BODY, _TEAM, LONGER, *_TAIL, "\n".join(_SECOND_GALLERY))
    assert {"Tuinkrant", "Moestuin", "Vijvers"} <= {t for reason, t in aside(text) if reason == "page_head"}
    assert {"Boomgaard", "Lid worden", "Vrijwilligers"} <= {t for reason, t in aside(text) if reason == "page_tail"}
    assert title in kept(text) and _TEAM in kept(text)


# --- pipeline.text.line_groups.continues_site_line: a one-word label does not wrap (blind50) -----------------------


def test_a_caption_under_an_image_placeholder_is_no_wrap_of_it() -> None:
    caption = "de nieuwe leden van de tuinvereniging bij de kas"
    text = joined(TITLE, BODY, f"Afbeelding\n{caption}", LONGER)
    assert caption in kept(text)
    assert ("interface", "Afbeelding") in aside(text)


def test_a_site_lines_wrap_still_goes_with_it() -> None:
    text = joined("Uw advertentie op deze website\nal vanaf 5 euro per week", TITLE, BODY, LONGER)
    assert ("promo", "Uw advertentie op deze website\nal vanaf 5 euro per week") in aside(text)
    assert BODY in kept(text)
