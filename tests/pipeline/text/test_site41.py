"""Helper site41 (issue 21): what mainstream CMSs print in an article's head, by shape — a stamp line (a publication
stamp and an update stamp, a reading time or the source beside it), a date and its time across a separator, a stamp
glued before the first words (the source and its share counter, a Flemish time and counter, a date without a year),
the author's initials run into the title's line. Each rule with an example written here and an article-text
look-alike that must stay."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from pipeline.text.dateline_titles import dateline_title
from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, date_lines, joined, kept, kinds

K = BlockKind


@pytest.mark.parametrize(
    "stamp",
    [
        "12 mrt. 2023 om 14:32 Aangepast 12 mrt. 2023 om 15:01",
        "13 maart 2023, 07:00 · 3 min leestijd",
        "12-03-23, 14:45 Bron: Belga",
        "Geplaatst: 12 maart 2023 14:45 | Aangepast: 12 maart 2023 15:10",
        "vandaag, 09:12 - Bijgewerkt om 10:40",
    ],
)
def test_stamp_line_is_set_aside(stamp: str) -> None:
    text = joined(TITLE, stamp, BODY, LONGER)
    assert ("stamp", stamp) in aside(text)
    assert BODY in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "12 maart 2023: de raad stemt in met het nieuwe zwembad",  # news after the date
        "Aangepast 12 maart 2023, toen de raad opnieuw vergaderde over het plan",
        "12 maart 2023 14:45",  # a date line alone stays a dateline
    ],
)
def test_stamp_look_alike_is_not_a_stamp_line(line: str) -> None:
    assert all(reason != "stamp" for reason, _ in aside(joined(TITLE, line, BODY, LONGER)))


@pytest.mark.parametrize("line", ["12/03/2023 - 14:45", "13-03-2023 | 14:45", "13/03 om 14u45"])
def test_date_and_time_across_a_separator_is_a_dateline(line: str) -> None:
    assert line in date_lines(joined(TITLE, line, BODY, LONGER))


def test_date_and_time_look_alike_stays_text() -> None:
    line = "12/03/2023 - 14:45 uur: de brandweer meldt dat het vuur onder controle is"
    assert line not in date_lines(joined(TITLE, line, BODY, LONGER))


def test_source_and_counter_glued_before_the_lede() -> None:
    lede = "Op de E40 is de rijbaan richting Gent opnieuw vrij na een ongeval met vier voertuigen bij Wetteren."
    text = joined(TITLE, "30 augustus 2018", f"Bron: Belga, Vlaams Verkeerscentrum 71 {lede}", LONGER)
    assert ("stamp", "Bron: Belga, Vlaams Verkeerscentrum 71") in aside(text)
    assert lede in kept(text)


def test_flemish_time_counter_and_tag_glued_before_the_lede() -> None:
    lede = "Op de E40 tussen Brussel en de kust is het zowel in Dilbeek als bij Gent filerijden door twee ongevallen."
    text = joined(TITLE, "08 augustus 2020", f"11u03 2 Dilbeek {lede}", LONGER)
    assert ("stamp", "11u03 2") in aside(text)  # the place opening the lede is its dateline: article text (site43)
    assert f"Dilbeek {lede}" in kept(text)


def test_date_without_year_glued_before_the_lede() -> None:
    lede = (
        "Opnieuw rivaliteit in de koers. Na de klassieker gingen de poppen aan het dansen toen de renner zijn "
        "ergernis in niet mis te verstane woorden uitsprak."
    )
    text = joined(TITLE, f"13 oktober {lede}", LONGER)
    assert ("stamp", "13 oktober") in aside(text)
    assert lede in kept(text)


def test_source_and_date_look_alikes_stay() -> None:
    # a source named in a sentence, no counter after it; an agenda's date below running text; a short item
    sentence = "Bron: de politie meldt dat 3 mensen gewond zijn geraakt bij het ongeval op de snelweg bij Gent."
    agenda = "13 oktober Lezing over de geschiedenis van het zwembad in de bibliotheek, de toegang is gratis."
    item = "13 oktober Opening van het nieuwe zwembad"
    for text in (joined(TITLE, BODY, sentence), joined(TITLE, BODY, LONGER, agenda), joined(TITLE, item, BODY)):
        assert all(reason != "stamp" for reason, _ in aside(text))


@pytest.mark.parametrize(
    ("line", "title", "author"),
    [
        (
            "E40 in Wetteren opnieuw vrij na ongeval met vier voertuigen, wel nog file HA",
            "E40 in Wetteren opnieuw vrij na ongeval met vier voertuigen, wel nog file",
            "HA",
        ),
        (
            "Filerijden op E40 richting kust na twee ongevallen Sander Bral / MVDB",
            "Filerijden op E40 richting kust na twee ongevallen",
            "Sander Bral / MVDB",
        ),
    ],
)
def test_initials_glued_to_the_title_over_its_date_line(line: str, title: str, author: str) -> None:
    blocks = kinds(joined(line, "30 augustus 2018", BODY, LONGER))
    assert blocks[:2] == [(K.HEADLINE, title), (K.BYLINE, author)]


@pytest.mark.parametrize(
    "title",
    [
        "Vakbonden dreigen met nieuwe staking bij de NMBS",
        # a word in capitals no acronym list knows, after a preposition (site41_rules.BEFORE_INITIALS)
        "Kritiek op plannen voor nieuwe kerncentrale vanuit PVDA",
    ],
)
def test_title_closing_on_an_acronym_keeps_it(title: str) -> None:
    assert kinds(joined(title, "30 augustus 2018", BODY, LONGER))[0] == (K.HEADLINE, title)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Telstar-trainer Andries Jonker - Pro Shots / Paul Roling", "- Pro Shots / Paul Roling"),  # dash: site43
        ("De wethouder in de raadszaal. ANP / Robin Utrecht", "ANP / Robin Utrecht"),
    ],
)
def test_agency_credit_after_a_dash_or_the_captions_sentence(caption: str, credit: str) -> None:
    text = joined(TITLE, BODY, caption, LONGER)
    assert ("credit", credit) in aside(text)
    assert caption[: -len(credit)].rstrip() in kept(text)


def test_a_bylines_photo_credit_after_a_dash_stays() -> None:
    # the photographer's label after a dash is the byline's second half, and an agency named in a heading stays
    byline = "(Tekst: Dirk Vanhove - Foto’s: Walter Van den Bulck)"
    heading = "Samenwerking tussen Belga en ANP"
    for line in (byline, heading):
        assert all(reason != "credit" for reason, _ in aside(joined(TITLE, BODY, line, LONGER)))


@pytest.mark.parametrize("line", ["liveblog gesloten", "Live afgelopen", "[Video:2737340|Onrust in Baambrugge]"])
def test_liveblog_badge_and_embed_code(line: str) -> None:
    assert line in [text for _, text in aside(joined(TITLE, BODY, line, LONGER))]


def test_liveblog_and_embed_look_alikes_stay() -> None:
    for line in ("Het liveblog is gesloten omdat de wedstrijd is afgelopen.", "[1] Zie de bijlage bij dit besluit"):
        assert line in kept(joined(TITLE, BODY, line, LONGER))


LONG_TITLE = "Vastzittende vislijnen en stroppende surfplanken: waterplanten zitten clubs op en om de plas dwars"
DATED_LEDE = (
    "BERGEN OP ZOOM - De hoeveelheid waterplanten in de plas maakt het lastig om een hengeltje uit te werpen. "
    "Een probleem waar meer clubs mee worstelen."
)


def test_long_title_over_a_dated_lede_on_the_next_line() -> None:
    blocks = kinds("\n".join([LONG_TITLE, DATED_LEDE, "Lees verder"]))
    assert blocks[0] == (K.HEADLINE, LONG_TITLE)
    assert blocks[1][1] == DATED_LEDE


def test_long_sentence_over_a_dated_line_is_no_title() -> None:
    # a first line that ends its sentence is the text's, and a line under which no dateline opens stays a paragraph
    sentence = "De gemeente heeft besloten dat de waterplanten in de plas dit jaar twee keer worden gemaaid."
    for first, second in ((sentence, DATED_LEDE), (LONG_TITLE, DATED_LEDE.split(" - ", 1)[1])):
        assert (K.HEADLINE, first) not in kinds("\n".join([first, second, "Lees verder"]))
    # a line ending on a colon introduces the next: no title (patterns.ends_sentence counts a colon)
    colon = "De gemeente heeft na lang overleg met de hengelsportclubs het volgende besloten over de plas:"
    assert dateline_title([LONG_TITLE, DATED_LEDE]) and not dateline_title([colon, DATED_LEDE])


@pytest.mark.parametrize(
    ("line", "name", "stamp"),
    [
        (
            "Door Robbert Daalder - 27-2-2017, 20:00 (Update 27-2-2017, 20:00)",
            "Door Robbert Daalder",
            "27-2-2017, 20:00 (Update 27-2-2017, 20:00)",
        ),
        ("Jan de Vries 12-03-23, 14:32 Laatste update: 15:01", "Jan de Vries", "12-03-23, 14:32 Laatste update: 15:01"),
    ],
)
def test_byline_with_its_stamp_is_split(line: str, name: str, stamp: str) -> None:
    blocks = kinds(joined(TITLE, line, BODY, LONGER))
    assert (K.BYLINE, name) in blocks
    assert (K.SITE_TEXT, stamp) in blocks


@pytest.mark.parametrize(
    "line",
    ["Open Monumentendag 14 september", "Recent Nieuws woensdag 03 september, 2025 18:28", "Kees Bakker 12 maart"],
)
def test_heading_with_a_date_is_no_stamped_byline(line: str) -> None:
    assert all(reason != "stamp" for reason, _ in aside(joined(TITLE, BODY, line, LONGER)))


@pytest.mark.parametrize(
    "line",
    [
        "NOS Nieuws • Aangepast vandaag, 15:02",
        "BELGA PHOTO ERIC LALMAND",
        "BeeldANP",
        "Over deze auteur",
        "Volg deze auteur",
        "Alle artikelen van Jan de Vries",
        "Praat mee",
    ],
)
def test_mainstream_head_and_author_box_lines(line: str) -> None:
    assert line in [text for _, text in aside(joined(TITLE, BODY, line, LONGER))]


def test_newsletter_prompt_with_dan() -> None:
    line = "Wil je dagelijks op de hoogte blijven? Meld je dan aan voor de nieuwsbrief."
    assert " ".join(text for _, text in aside(joined(TITLE, BODY, LONGER, line))) == line


@pytest.mark.parametrize(
    "line",
    [
        "Beeldbank van de gemeente",
        "Over de auteur van dit boek",
        "Alle artikelen van de wet",
        "Praat mee over het plan",
    ],
)
def test_head_and_author_look_alikes_stay(line: str) -> None:
    assert line in kept(joined(TITLE, BODY, line, LONGER))


def test_video_chapter_pointer_closing_a_paragraph() -> None:
    quote = "'De hele vloer trilde. Ik ben meteen even naar huis gereden om het huis te inspecteren.'"
    text = joined(TITLE, BODY, f"{quote} (Vanaf 01:20)", LONGER)
    assert ("video", "(Vanaf 01:20)") in aside(text)
    assert quote in kept(text)


def test_a_time_in_brackets_in_a_sentence_stays() -> None:
    line = "De winkels gaan weer open (vanaf 10:00 uur) en de markt begint om twaalf uur."
    assert line in kept(joined(TITLE, BODY, line, LONGER))
