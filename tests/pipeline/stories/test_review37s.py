"""Adversarial probes of the stop-37 rounds merged for issue 19 (reviewS37): copies37's re-post and hyphen rules,
precision37's sides and set_elsewhere. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.stories import sides
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()


def _run(items: list[tuple[str, str, float, str, str]]) -> dict[str, tuple[int, str | None]]:
    store = unrelated_window(SETTINGS)
    out = {}
    for a, outlet, hours, title, body in items:
        result = assign(feat(a, outlet, at(0, hours), title, body), store, SETTINGS)
        out[a] = (result.story_id, result.duplicate_of)
    return out


def test_a_country_written_with_a_space_before_the_hyphen_is_that_country_not_the_other() -> None:
    """'Samenvatting Wit Rusland-Nederland' is Wit-Rusland's match, not Rusland's (the label's capitalised words go,
    the country's first word stays); 'Zuid Korea-Duitsland' reads as 'Duitsland-Zuid Korea' does."""
    assert sides.marks("Samenvatting Wit Rusland-Nederland: 1-2") == {"match:nederland|wit"}
    assert sides.marks("Samenvatting Wit Rusland-Nederland: 1-2") != sides.marks("Samenvatting Rusland-Nederland")
    assert sides.marks("Samenvatting Zuid Korea-Duitsland: 2-0") == sides.marks("Duitsland-Zuid Korea: 0-2")
    assert sides.marks("Samenvatting Schotland-Rusland: 1-2") == {"match:rusland|schotland"}


BUS = (
    "Bij een busongeluk op het Portugese eiland Madeira zijn zeker 29 mensen om het leven gekomen. De bus met vooral"
    " Duitse toeristen raakte in de plaats Caniço van de weg en kantelde een helling af.\n\nVolgens de burgemeester"
    " van Santa Cruz raakten nog zeker twintig mensen gewond. Zij zijn naar het ziekenhuis in Funchal gebracht. De"
    " oorzaak van het ongeluk is nog niet bekend."
)


def test_an_outlets_correction_of_the_number_of_victims_is_a_copy_of_its_earlier_item() -> None:
    got = _run(
        [
            ("eerst", "NOS", 2, "Zeker 29 doden bij busongeluk Madeira", BUS),
            ("correctie", "NOS", 3, "Zeker 28 doden bij busongeluk Madeira", BUS.replace("29 mensen", "28 mensen")),
        ]
    )
    assert got["correctie"] == (got["eerst"][0], "eerst")


STOCK = (
    "In de extra beveiligde rechtbank in Amsterdam-Osdorp gaat het grote strafproces tegen de verdachten van een reeks"
    " liquidaties in de Amsterdamse onderwereld vandaag verder."
)
HEARING_WITNESS = STOCK + (
    "\n\nVandaag staat de verklaring van kroongetuige Nabil B. centraal. Hij vertelde de rechters dat hij in 2016"
    " opdracht kreeg om een auto te stelen die later bij een moord in Utrecht werd gebruikt. De advocaten van de"
    " hoofdverdachte trokken zijn geloofwaardigheid in twijfel."
)
HEARING_RULING = STOCK + (
    "\n\nDe rechtbank wees een verzoek van de verdediging af om een rechercheur opnieuw te horen. Volgens de rechters"
    " is er genoeg bekend over het onderzoek naar de telefoons die de verdachten gebruikten. De zitting gaat donderdag"
    " verder met het verhoor van een getuige uit Spanje."
)


@pytest.mark.xfail(
    strict=True,
    reason="openings.opening leaves out a text's last paragraph, so a two-paragraph item's opening is its stock first"
    " sentence alone, whole inside the other's: a copy (at main before copies37 too, and across outlets)",
)
def test_two_reports_of_a_trial_under_one_stock_first_sentence_are_no_copy() -> None:
    got = _run(
        [
            ("getuige", "NOS", 2, "Kroongetuige vertelt over gestolen auto", HEARING_WITNESS),
            ("verzoek", "NOS", 9, "Rechtbank wijst verzoek verdediging af", HEARING_RULING),
        ]
    )
    assert got["verzoek"][1] is None
