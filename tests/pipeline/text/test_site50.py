"""Rules of site50 (issue 21: no article text set aside, on every set), each on examples written here."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, aside, joined, kept

# --- text_ends: one headed item, and the next item's title closing the text (its paragraphs cut off) -------------

ITEM = "Rechtbank eist celstraf voor brandstichter"
ITEM_TEXT = (
    "Het Openbaar Ministerie eiste donderdag drie jaar cel tegen de man die in maart een schuur in brand stak. "
    "Hij ontkent de brand te hebben gesticht."
)


@pytest.mark.parametrize(
    "title",
    [
        "Drukte bij de veerpont in Zwolle",  # a regional programme's next item
        "Nieuwe school opent na zomer",
        "Boeren protesteren op het Malieveld",
        "Storm raast over de kust",
        "Wethouder stapt op na ruzie",
    ],
)
def test_the_next_items_title_under_one_headed_item_stays(title: str) -> None:
    text = joined(TITLE, BODY, MORE, ITEM, ITEM_TEXT, LONG, title)
    assert title in kept(text)
    assert not aside(text)


@pytest.mark.parametrize("label", ["Niet te missen", "Meer uit de regio", "Lees het hele artikel", "Nieuwsoverzicht"])
def test_a_box_label_under_a_headed_item_still_goes(label: str) -> None:
    text = joined(TITLE, BODY, MORE, ITEM, ITEM_TEXT, LONG, label)
    assert label not in kept(text)


@pytest.mark.parametrize("heading", ["Achtergrond", ITEM])
def test_a_status_line_closing_the_text_still_goes_under_any_heading(heading: str) -> None:
    # a line naming the page's furniture is no item's title, even four words long under a titled item
    text = joined(TITLE, BODY, heading, ITEM_TEXT, LONG, "Video niet langer beschikbaar")
    assert ("tail", "Video niet langer beschikbaar") in aside(text)
