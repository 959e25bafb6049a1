"""head49 (issue 21): labels fresh pages put over a title — a genre's word over a series' name ("Reportage De laatste
zomer van België"), a genre's word over a title printed as a quotation (‘…’). Invented pages of five sites; an
ordinary page's first line is still taken, a lede stays a lede, a heading over a pull quote stays the title."""

from __future__ import annotations

import pytest

from pipeline.text.quoted_titles import genre_label
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
