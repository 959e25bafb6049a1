"""Adversarial review review50 (stop 50) of the head50 and site50 rules (issue 21): a refused headline shape that
throws away a real title, a programme's title rule that takes a place's dateline, a closing item title kept that is
the page's box label. Invented pages; each probe failed on the code of e422f5b1."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, LONGER, MORE, TITLE, article, headline, joined, kept, page
from tests.pipeline.text.test_site50 import ITEM, ITEM_TEXT

# --- refused_titles: one word in capitals is a round-up's label only among others like it -------------------------


@pytest.mark.parametrize("title", ["BREXIT", "VERKIEZINGEN", "NAVO", "KLM"])
def test_one_capitals_word_alone_over_the_text_is_the_title(title: str) -> None:
    assert headline(joined(title, BODY, LONGER)) == title


def test_a_round_ups_capitals_labels_are_still_no_title() -> None:
    assert article(joined("SCHIETPARTIJEN", BODY, "STOEPTEGELS", LONGER, "KANAAL", BODY)).meta.headline is None


# --- refused_titles: a question to the reader over a quoted answer is a vox pop's title -------------------------


@pytest.mark.xfail(
    reason="review50: refused_titles' question shape cannot tell a vox pop's title ('Wat vindt u van …?' over the"
    " first quoted answer) from an interviewer's question under a dropped title; a bar (a statement before the"
    " question, 'Jij mocht …, komen er …?', or more words than a title) is the lead's call: one page in the sets",
    strict=True,
)
@pytest.mark.parametrize(
    "title", ["Wat vindt u van het nieuwe zwembad?", "Ga jij ook naar het zwembad?", "Zou jij hier willen wonen?"]
)
def test_a_vox_pops_question_to_the_reader_is_the_title(title: str) -> None:
    answer = "“Het is een prachtig plan,” zegt Kees Bakker (54) uit Zwolle. " + BODY
    assert headline(joined(title, answer, LONGER)) == title


# --- programme_titles: a place's name of two words under the stamp is the article's dateline ---------------------


@pytest.mark.parametrize(
    "place",
    ["Den Haag", "Den Bosch", "Bergen op Zoom", "Nieuw Vennep", "Hoek van Holland", "DEN HAAG", "SINT OEDENRODE"],
)
def test_a_places_dateline_under_the_stamp_is_no_programmes_title(place: str) -> None:
    read = article(page("25/07/2018 - 18:31", f"{place}, 25 juli 2018", BODY, LONGER))
    assert read.meta.headline is None


def test_a_programmes_dated_title_is_still_the_headline() -> None:
    items = page("- " + BODY, "- " + LONG)
    for title in (
        "TVL Nieuws, 25 juli 2018",
        "Drenthe Vandaag, 25 juli 2018",
        "Omroep Gelderland, 25 juli 2018",
        "NOS Journaal, 25 juli 2018",
        "TVL NIEUWS, 25 juli 2018",
        "ROB-tv Actueel, 25 juli 2018",
    ):
        assert headline(page("25/07/2018 - 18:31", title, items)) == title


# --- text_ends.cut_item: a box's label under one headed item is no next item's title -----------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Nieuws uit de regio",
        "Sport in de regio",
        "Nieuws uit jouw buurt",
        "Andere mensen lazen ook",
        "Praat mee op onze Facebookpagina",
        "Kijk vanavond naar TV Oost",
    ],
)
def test_a_box_label_closing_one_headed_item_still_goes(label: str) -> None:
    assert label not in kept(joined(TITLE, BODY, MORE, ITEM, ITEM_TEXT, LONG, label))
