"""Site text by shape, round 9 of issue 21 (pipeline.text.title_rules): the title line and the choice of the
headline — a status tag in brackets closing the title, a kicker in capitals and a dash, a section's name above
short items, a title closed by a quotation or a full stop, the title of a whole page below its menus and
breadcrumb. Examples written here, next to lines of a similar shape that stay the article's."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, article, aside, joined


def test_a_status_tag_in_brackets_closing_the_title_is_set_aside_and_the_headline_kept() -> None:
    for title, tag in (
        ("Brand in leegstaand pand aan de Singel geblust [update]", "[update]"),
        ("Vrachtwagen kantelt op de A28 bij Zwolle [VIDEO]", "[VIDEO]"),
        ("Raad stemt in met nieuw zwembad (update)", "(update)"),
    ):
        text = joined(title, BODY)
        assert ("label", tag) in aside(text), title
        assert article(text).meta.headline == title[: -len(tag)].strip()
    # before a site name glued to the title: both set aside
    text = joined("Brand in leegstaand pand aan de Singel geblust [update] - NU.nl", BODY)
    assert article(text).meta.headline == "Brand in leegstaand pand aan de Singel geblust"
    assert {("label", "[update]"), ("site_name", "- NU.nl")} <= set(aside(text))


def test_brackets_that_belong_to_the_headline_stay() -> None:
    for title in (
        "Boer (54) uit Dalfsen wint prijs voor duurzaamheid",
        "Nieuw kabinet zoekt steun bij de oppositie (VVD)",
        "Bakker blijft wethouder [in Zwolle] tot het zomerreces van 2026",
        "Meer klachten over geluid [+3]",
        "Zwembad [update]",  # too short for a tagged headline
    ):
        text = joined(title, BODY)
        assert article(text).meta.headline == title, title
        assert not [r for r, _ in aside(text) if r == "label"], title


def test_a_kicker_in_capitals_and_a_dash_stays_in_the_headline() -> None:
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline
    line = "IN BEELD - Zo ziet het nieuwe stadhuis van Zwolle er vanbinnen uit"
    text = joined(line, BODY)
    read = article(text)
    assert read.meta.headline == line
    assert [(b.kind, b.text) for b in read.blocks[:1]] == [(BlockKind.HEADLINE, line)]
    assert not aside(text)  # the label is kept: the outlet shows it
    for title in (
        "Wethouder Bakker - de man die Zwolle een zwembad gaf",  # not in capitals: the headline's own dash
        "PSV - AJAX 2-1",  # no lower-case headline after the dash
        "NAVO - Rusland",
        "NAVO - Rusland: gesprekken over de grens lopen vast",  # a short word in capitals: a name
        "AZ - Ajax eindigt in een gelijkspel",
    ):
        assert article(joined(title, BODY)).meta.headline == title, title


def test_a_section_name_above_a_page_of_short_items_is_set_aside_and_no_headline_made_of_it() -> None:
    items = (
        "In Spanje is een bosbrand bij Valencia onder controle.Er raakte niemand gewond.",
        "De Duitse regering wil de maximumsnelheid op snelwegen niet verlagen,meldt een woordvoerder.",
    )
    for top in ((), ("Ga naar de inhoud",)):  # the first line, or the first below the page's own furniture
        text = joined(*top, "Kort nieuws buitenland", *items)
        assert ("label", "Kort nieuws buitenland") in aside(text)
        assert article(text).meta.headline is None
    # a headline with the word "nieuws" in it is a headline
    for title in ("Goed nieuws voor de binnenstad van Zwolle", "Nieuws over de formatie blijft uit"):
        assert article(joined(title, BODY)).meta.headline == title


def test_a_title_closed_by_a_quotation_stands_alone_above_the_standfirst_under_its_section_labels() -> None:
    title = "Bouwer van de nieuwe IJsselbrug: ‘Elke pijler heeft ons een half jaar rekenwerk gekost’"
    standfirst = "De brug bij Zwolle is na zes jaar klaar. Bouwleider Anne de Vries over tegenslag en trots."
    text = "\n".join(["Wonen & Verkeer", "Interview", title, standfirst, "", BODY])
    read = article(text)
    assert read.meta.headline == title
    assert [b.text for b in read.blocks if b.kind is BlockKind.LEDE] == [standfirst]
    # in the middle of an open paragraph the same shape goes on with it (a hard-wrapped sentence)
    wrapped = "\n".join(
        [
            "Nieuwe brug over de IJssel geopend",
            "",
            "Bij de opening zei de bouwleider over de pijlers: ‘Elke pijler",
            "heeft ons een half jaar rekenwerk gekost’",
            "De brug is na zes jaar klaar.",
        ]
    )
    assert not [b for b in article(wrapped).blocks if b.kind is BlockKind.SUBHEADING]


def test_a_short_title_closed_by_a_full_stop_opening_the_text_is_the_headline() -> None:
    text = joined("Nieuwe brug over de IJssel bij Zwolle geopend.", BODY)
    read = article(text)
    assert read.meta.headline == "Nieuwe brug over de IJssel bij Zwolle geopend."
    assert [b.text for b in read.blocks if b.kind is BlockKind.LEDE] == [BODY]
    # a longer first sentence, or one with no running text after it, is no title
    for first in (
        "De gemeenteraad van Zwolle heeft dinsdagavond na een lang debat ingestemd met de nieuwe brug.",
        "Het is zover. De brug is open.",
    ):
        assert article(joined(first, BODY)).meta.headline is None, first
    assert article("Nieuwe brug geopend.\n\nFietsers zijn blij.").meta.headline is None


def test_on_a_whole_page_the_title_is_the_heading_shown_twice_or_the_last_one_below_the_menu() -> None:
    title = "Nieuwe brug over de IJssel bij Zwolle geopend"
    breadcrumb = f"Dinsdag 3 maart 2026\n| De krant van Zwolle\nStadsblad\nRegio\n{title}\n{title}\nFoto: ANP"
    read = article(joined(breadcrumb, BODY))
    assert read.meta.headline == title
    menu = "\n".join(["Home", "Wonen en bouwen", "Verkeer", "Cultuur", "Sport en spel", "Stadsgids", "Agenda"])
    read = article(joined(menu, f"Gemeente Zwolle\n{title}\n3 maart 2026", BODY))
    assert read.meta.headline == title
    # a short run above the text: its first heading is the title, a kicker above it a label
    read = article(joined(f"Interview\n{title}", BODY))
    assert read.meta.headline == title


def test_a_closed_liveblogs_status_tag_is_set_aside_from_the_title() -> None:
    title = "Zwolle viert de opening van de nieuwe IJsselbrug"
    text = joined(f"Stadsblad\nRegio\nLiveblog\n{title} (gesloten)\nVoorpagina\n{title} (gesloten)", BODY)
    read = article(text)
    assert read.meta.headline == title
    assert ("label", "(gesloten)") in aside(text)


def test_a_share_bar_of_one_button_per_platform_and_its_count_are_set_aside_and_a_dated_byline_read() -> None:
    text = joined(
        "Deel op Facebook Deel op Linkedin Deel op Twitter\n0\n"
        "Nieuwe brug over de IJssel geopend\n3 maart 2026 om 14:02 door Anne de Vries",
        BODY,
    )
    assert {("share", "Deel op Facebook Deel op Linkedin Deel op Twitter"), ("share", "0")} <= set(aside(text))
    read = article(text)
    assert read.meta.headline == "Nieuwe brug over de IJssel geopend"
    assert [b.text for b in read.blocks if b.kind is BlockKind.BYLINE] == ["3 maart 2026 om 14:02 door Anne de Vries"]
    # a figure on its own line in the article stays
    assert not aside(joined("Nieuwe brug over de IJssel geopend", BODY, "12\nDe brug kreeg twaalf pijlers."))


def test_a_line_naming_an_outlet_above_the_headline_is_a_label_not_the_headline() -> None:
    read = article(
        joined("Het beste van de Volkskrant vandaag\nNieuwe brug over de IJssel geopend\n3 maart 2026", BODY)
    )
    assert read.meta.headline == "Nieuwe brug over de IJssel geopend"
    assert not aside(joined("Het beste van de Volkskrant vandaag\nNieuwe brug over de IJssel geopend", BODY))  # kept
    # a headline about an outlet, with no other heading after it, is the headline
    title = "Trouw verkoopt drukkerij in Amsterdam"
    assert article(joined(title, BODY)).meta.headline == title


def test_below_a_pages_menus_the_title_is_the_heading_under_its_breadcrumb() -> None:
    page = joined(
        "Abonneren\nStadsgids\nVacatures",
        "Fietstunnel onder de IJssel is klaar...\nRaad wil meer groen",
        "Home » Regio\nNieuwe brug over de IJssel geopend\n3 maart 2026",
        BODY,
        "Home » Regio\nColofon",
    )
    assert article(page).meta.headline == "Nieuwe brug over de IJssel geopend"
    # a breadcrumb with no running text below it changes nothing
    footer = joined("Nieuwe brug over de IJssel geopend", BODY, "Home » Regio\nColofon\nPrivacy")
    assert article(footer).meta.headline == "Nieuwe brug over de IJssel geopend"


def test_a_date_line_with_a_place_after_it_is_never_the_headline_so_a_review_title_above_it_is() -> None:
    text = joined("Recensie De Brug ★★★", "zaterdag 3 maart 2026 Theater Zwolle Anne de Vries", BODY)
    read = article(text)
    assert read.meta.headline == "Recensie De Brug ★★★"
    assert "zaterdag 3 maart 2026 Theater Zwolle Anne de Vries" in [b.text for b in read.blocks]  # kept, not a title
    assert not aside(text)
