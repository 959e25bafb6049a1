"""Adversarial probes of this stop's structure rules (review40, issue 21: article text is never set aside), each an
article's text written here in the shape of a rule of site40: what the rule must leave alone. The probes the rules
got wrong and were narrowed for pass; those left (a narrower rule would cost the labelled page text it was written
for) are strict xfails saying why."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import LONGER, MORE, K, aside, date_lines, headline, joined, kinds, page

# -- a title ending in a date (shape_rules.TITLE_UPDATE_STAMP) ---------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Deadline belastingaangifte verschoven naar 1 mei 2025",  # after "naar": the title's own date
        "Examens dit jaar verplaatst naar 15 juni 2025",
        "Aangifte doen kan nog tot uiterlijk 30 april 2025",
        "Herdenking van de Bijlmerramp 4 oktober 1992",  # one digit: no Flemish page's stamp ("07 augustus 2018")
        "Nieuwe regels gelden sinds 1 januari 2020",
        "Sluiting kerncentrale Borssele uitgesteld tot 1 januari 2034",
    ],
)
def test_a_title_ending_in_its_own_date_keeps_it(title: str) -> None:
    assert headline(joined(title, LONGER, MORE)) == title


def test_the_flemish_pages_date_glued_to_its_title_still_goes() -> None:
    text = joined("Brand in VRT-gebouw aan de Reyerslaan 07 augustus 2018", LONGER, MORE)
    assert headline(text) == "Brand in VRT-gebouw aan de Reyerslaan"
    assert ("stamp", "07 augustus 2018") in aside(text)


@pytest.mark.xfail(
    strict=True,
    reason="an event's name and its two-digit date with no preposition between is the Flemish page's title and "
    "publication date run together word for word ('Brand in VRT-gebouw 07 augustus 2018'): nothing in the line tells",
)
def test_an_election_results_title_keeps_its_date() -> None:
    title = "Uitslag Tweede Kamerverkiezingen 22 november 2023"
    assert headline(joined(title, LONGER, MORE)) == title


# -- a login notice (site40_rules "login") ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Je moet abonnee zijn om de wedstrijden te kunnen bekijken.",
        "U moet geregistreerd zijn om de uitzendingen terug te kijken.",
    ],
)
def test_an_articles_sentence_on_what_subscribers_may_watch_stays(line: str) -> None:
    text = joined("ESPN verhoogt de prijs van het abonnement", LONGER, line, MORE)
    assert line not in [t for _, t in aside(text)]


@pytest.mark.parametrize(
    "line",
    ["Je moet ingelogd zijn om gratis livestreams en video's te kunnen bekijken.", "Log in om deze video te bekijken"],
)
def test_the_players_login_notice_still_goes(line: str) -> None:
    assert ("login", line) in aside(joined("Nieuwe brug over de IJssel geopend", LONGER, line, MORE))


# -- left: a whole line word for word the page's notice or button, told apart only by its place -----------------------

_PLACE = "the line is the page's notice or button word for word; only its place (between paragraphs of the text, "


@pytest.mark.xfail(strict=True, reason=_PLACE + "after a question it answers) tells, and SHAPE_LINES read one line")
def test_no_reactions_yet_answering_the_article_stays() -> None:
    text = joined("Stilte na ontslag directeur", LONGER, "Heeft de raad van toezicht al iets gezegd?", "Er zijn nog "
                  "geen reacties.", MORE)  # fmt: skip
    assert "Er zijn nog geen reacties." not in [t for _, t in aside(text)]


@pytest.mark.xfail(
    strict=True, reason=_PLACE + "after the consultation it closes) tells, and SHAPE_LINES read one line"
)
def test_a_closed_consultation_stays() -> None:
    text = joined("Gemeente vraagt mening over windmolens", LONGER, "De inspraakperiode liep tot vrijdag.",
                  "Reageren is niet meer mogelijk.", MORE)  # fmt: skip
    assert "Reageren is niet meer mogelijk." not in [t for _, t in aside(text)]


@pytest.mark.xfail(strict=True, reason=_PLACE + "a how-to's steps in a row) tells, and SHAPE_LINES read one line")
def test_a_how_tos_step_stays() -> None:
    text = page(
        "Zo deel je je locatie via WhatsApp",
        "Wie een vriend wil laten weten waar hij is, kan dat in een paar stappen doen. We leggen uit hoe dat werkt.",
        "Open Google Maps",
        "Tik op je locatie",
        "Kopieer de link",
        "Plak de link in het gesprek",
        MORE,
    )
    assert "Kopieer de link" not in [t for _, t in aside(text)]


# -- the newsroom's byline glued to the title (glued_bylines) ----------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a name before a capitalised 'Redactie' is the Flemish page's own shape ('Roglic dankt De Plus Redactie'): "
    "the newsroom's name as the title's last words reads the same",
)
def test_a_title_naming_a_newsroom_keeps_it() -> None:
    title = "Onrust op de Nieuwsuur Redactie"
    assert headline(page(title, "12 maart 2024", LONGER, MORE)) == title


# -- a liveblog's entries under "Update om <tijd>" (site40_rules.DATELINES) ---------------------------------------------


def test_a_liveblogs_update_times_stay_its_text() -> None:
    """ "Update om 16.45 uur" alone over each entry: the liveblog's own, not the page's one update stamp."""
    text = joined(
        "Storm raast over Nederland",
        LONGER,
        "Update om 16.45 uur",
        "De A12 is weer open. Rijkswaterstaat heeft de bomen van de weg gehaald.",
        "Update om 17.10 uur",
        "In Utrecht is een boom op een auto gevallen. Niemand raakte gewond.",
        MORE,
    )
    stamps = [t for k, t in kinds(text) if k in (K.DATELINE, K.SITE_TEXT)]
    assert stamps == []


@pytest.mark.parametrize("stamp", ["Bijgewerkt om 15:10", "Laatste update om 9.05 uur", "Update: 12-02-2024"])
def test_the_pages_update_stamp_is_still_a_date_line(stamp: str) -> None:
    assert stamp in date_lines(joined("Nieuwe brug over de IJssel geopend", stamp, LONGER, MORE))


@pytest.mark.xfail(
    strict=True,
    reason="'iframe' alone in lower case is the embedded player's label word for word (site40 'interface'); an "
    "explainer's glossary heading is told apart only by the definition under it, and SHAPE_LINES read one line",
)
def test_a_glossarys_lower_case_heading_stays() -> None:
    text = joined(
        "Wat is een iframe?",
        LONGER,
        "iframe",
        "Een iframe is een venster in een webpagina dat een andere pagina toont.",
        MORE,
    )
    assert "iframe" not in [t for _, t in aside(text)]


# -- a caption under "Afbeelding:" without its full stop (site40_rules "credit") ----------------------------------------


@pytest.mark.parametrize(
    "caption",
    ["Afbeelding: De nieuwe brug over de IJssel", "Illustratie: Kaart van het overstromingsgebied"],
)
def test_a_caption_without_its_full_stop_is_no_credit(caption: str) -> None:
    text = joined("Nieuwe brug over de IJssel geopend", LONGER, caption, MORE)
    assert (K.CAPTION, caption) in kinds(text)


@pytest.mark.parametrize(
    "credit", ["Afbeelding: Shutterstock", "Illustratie: Marloes de Vries", "Afbeelding: ANP / Koen van Weel"]
)
def test_a_credit_under_afbeelding_still_goes(credit: str) -> None:
    assert ("credit", credit) in aside(joined("Nieuwe brug over de IJssel geopend", LONGER, credit, MORE))
