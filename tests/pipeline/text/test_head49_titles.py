"""head49 (issue 21): labels fresh pages put over a title — a genre's word over a series' name ("Reportage De laatste
zomer van België"), a genre's word over a title printed as a quotation (‘…’). Invented pages of five sites; an
ordinary page's first line is still taken, a lede stays a lede, a heading over a pull quote stays the title."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.text.quoted_titles import capitals_title, genre_label
from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, headline, joined, page

QUOTED = "‘Het is angstaanjagend om te zien hoe snel Nederland erop vooruitgaat, terwijl België wegzakt’"
TITLE = "Gemeente Zwolle verkoopt oud raadhuis aan projectontwikkelaar"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Reportage De laatste zomer van België", QUOTED),  # a Flemish weekly's series
        ("Interview", "“We moeten de Schelde teruggeven aan de stad”"),  # a paper's interview
        ("Reportage", "‘In Charleroi gaat het licht nooit uit’"),  # a genre's word alone
        ("Column Jan Peeters", "Waarom ik nooit meer met de trein naar Brussel ga"),  # a columnist's name
        ("Analyse De Wetstraat", "Coalitie wankelt na ruzie over begroting"),  # a weekly rubric
    ],
)
def test_a_genre_label_over_the_title_is_no_headline(label: str, title: str) -> None:
    for text in (joined(label, title, BODY, LONGER), joined("Donderdag 17/10/2019", label, title, BODY, LONGER)):
        assert headline(text) == title
    if title[:1] not in "‘“":  # a quoted line with no blank line under it runs on into the paragraph below
        assert headline(page(label, title, BODY, LONGER)) == title


def test_a_pull_quote_under_a_title_and_a_title_with_a_colon_stay() -> None:
    assert headline(joined("Brand in Gent", QUOTED, BODY, LONGER)) == "Brand in Gent"  # no label: the title
    column = "Column Helma Neppérus: spits in juli"
    assert not genre_label(column) and not genre_label("Interview met de burgemeester over de begroting")
    assert headline(joined(column, BODY, LONGER)) == column


def test_an_ordinary_first_line_is_taken_and_a_lede_stays_a_lede() -> None:
    read = article(joined(TITLE, BODY, LONGER))
    assert read.meta.headline == TITLE
    assert [b.kind for b in read.blocks][:2] == [K.HEADLINE, K.LEDE]
    # a page without a title: its intro, a subheading over a long passage, stays untitled
    assert headline(joined(LONGER, "Wat betekent dit?", BODY, LONGER)) is None


def test_a_papers_desk_glued_to_the_title_is_its_byline() -> None:
    title = "Van der Poel leider af in Turkije, rittenschema Belgium Tour bekend"
    read = article(joined(f"{title} De wielerredactie", "22 februari 2019", BODY, LONGER))
    assert read.meta.headline == title
    assert read.meta.byline == "De wielerredactie"
    # a title naming a newsroom stays whole; "De redactie" alone only over a date line
    for whole in ("Ophef over bezuinigingen bij de redactie", "Lezers vragen, wij antwoorden De redactie"):
        assert headline(joined(whole, BODY, LONGER)) == whole


def test_a_title_in_capitals_under_a_label_is_the_headline() -> None:
    title = "KABINET EN TATA STEEL TEKENEN PLAN OM MILJARDEN TE STEKEN IN VERDUURZAMING"
    assert headline(page("Evenementen 2022", title, BODY, LONGER)) == title
    assert headline(joined("Evenementen 2022", title, BODY, LONGER)) == title
    # a menu in capitals set aside under a label has no sentence's word: it stays aside
    menu = [
        Block(K.SUBHEADING, "Evenementen 2022"),
        Block(K.SITE_TEXT, "HOME NIEUWS AGENDA CONTACT"),
        Block(K.PARAGRAPH, LONGER),
    ]
    assert not capitals_title(menu, 1, [0], lambda text: True)
    assert capitals_title([*menu[:1], Block(K.SITE_TEXT, title), menu[2]], 1, [0], lambda text: True)


def test_an_authors_name_over_the_date_under_a_short_title_is_the_byline() -> None:
    for title in ("Kerstsnelschaaktoernooi", "Opening jubileumjaar"):
        read = article(joined("Nieuws", title, "Jan Peeters", "12 maart 2024", BODY, LONGER))
        assert read.meta.headline == title
        assert read.meta.byline == "Jan Peeters"
    # a dated title under a label stays the title
    assert headline(joined("Nieuws", "Zwembad gaat open", "12 maart 2024", BODY, LONGER)) == "Zwembad gaat open"


def test_a_byline_after_door_with_a_capital_is_cut_from_a_short_title() -> None:
    read = article(joined("FLEET 84 Door Jan Peeters", BODY, LONGER))
    assert (read.meta.headline, read.meta.byline) == ("FLEET 84", "Door Jan Peeters")
    # "door" in lower case after a short title says by whom: the title stays whole
    assert headline(joined("Brug geopend door Jan Peeters", BODY, LONGER)) == "Brug geopend door Jan Peeters"


class _Counted(list[Block]):
    """Blocks that count how many of them a rule reads (a slice counts every block it copies)."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        item = super().__getitem__(key)
        type(self).reads += len(item) if isinstance(key, slice) else 1
        return item


def test_capitals_title_reads_a_bounded_number_of_blocks_per_line() -> None:
    """mend49t: it copied every block below each line before any cheap check (headline._headline_candidates asks
    it of every block): 20,000 site-text lines under a label read 2 * 10^8 blocks; now a few per line."""
    lines = 20_000
    blocks = _Counted([Block(K.SITE_TEXT, "Reportage"), *(Block(K.SITE_TEXT, f"menu {i}") for i in range(lines))])
    _Counted.reads = 0
    assert not any(capitals_title(blocks, index, [0], lambda _: False) for index in range(1, lines + 1))
    assert _Counted.reads <= 4 * lines
