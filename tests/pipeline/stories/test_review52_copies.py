"""review52: another outlet's later report that opens with the first two sentences of an earlier one and goes on with
news of its own (the victim died, the driver arrested) is no cut of it (`excerpt_check`, `opened_run` only within
`opened_run_hours`): marked a copy, it would be hidden under the earlier, fuller text. Nor is one outlet's item that
replaces its flash's last sentence with news at its moment (`copy_align.grown_at_once`: `at_once_led` only with the
item grown `at_once_led_growth` times). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.stories.texts import assigned_in_turn

OPENING = (
    "ZWOLLE - Bij een ernstige aanrijding op de Ceintuurbaan in Zwolle is dinsdagochtend een fietser zwaargewond"
    " geraakt. De bestuurder van een bestelbus reed de vrouw aan toen zij bij de kruising met de Middelweg overstak."
)
FIRST = OPENING + (
    "\n\nEen traumahelikopter landde op het grasveld naast de weg. De vrouw werd met spoed naar het ziekenhuis in"
    " Zwolle gebracht.\n\nDe politie heeft de weg urenlang afgesloten voor onderzoek. Getuigen werden opgevangen door"
    " slachtofferhulp.\n\nOmwonenden klagen al jaren over de kruising. De gemeente beloofde vorig jaar een nieuwe"
    " verkeerslichtenregeling."
)
DIED = OPENING + " De vrouw is woensdag in het ziekenhuis aan haar verwondingen overleden, meldt de politie."
ARRESTED = OPENING + (
    " De bestuurder is aangehouden. Hij reed onder invloed van alcohol en had geen rijbewijs, meldt de politie woensdag."
)


@pytest.mark.parametrize("body", [DIED, ARRESTED])
@pytest.mark.parametrize("hours", [4, 20])
def test_a_later_report_with_news_below_the_first_two_sentences_is_no_copy(body: str, hours: float) -> None:
    got = assigned_in_turn(
        [
            ("eerst", "RTV Oost", 8, "Fietser zwaargewond bij aanrijding Ceintuurbaan", FIRST),
            ("tweede", "De Stentor", 8 + hours, "Nieuws over aanrijding Ceintuurbaan Zwolle", body),
        ]
    )
    assert got["tweede"][0] == got["eerst"][0]  # one story
    assert got["tweede"][1] is None  # but its own text


# one outlet's flash and, at its moment, the item with its last sentence replaced by news (the victim died, the driver
# arrested), grown by less than a third: marked a copy, the group would show the flash (`brief.shown_copies` shows a
# copy only with FULLER times the words) and hide the news
LEAD = (
    "ZWOLLE - Bij een ernstige aanrijding tussen een bestelbus en een fietser op de Ceintuurbaan bij de kruising met de"
    " Middelweg in Zwolle is dinsdagochtend kort na half acht een vrouw van 54 jaar zwaargewond geraakt."
)
FLASH = LEAD + " Een traumahelikopter is geland."
NEWS = (
    LEAD
    + " De vrouw is kort daarna ter plaatse overleden. De bestuurder van de bestelbus is aangehouden door de politie."
)


def test_an_outlets_item_changing_its_news_at_its_moment_is_no_copy_of_its_flash() -> None:
    got = assigned_in_turn(
        [
            ("eerst", "RTV Oost", 8, "Fietser zwaargewond op Ceintuurbaan", FLASH),
            ("tweede", "RTV Oost", 8.1, "Fietsster overleden op Ceintuurbaan", NEWS),
        ]
    )
    assert got["tweede"] == (got["eerst"][0], None)
