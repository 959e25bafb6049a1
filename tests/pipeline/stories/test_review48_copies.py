"""Review of stop 48's copy rule `copy_align.re_worded` (helper review48): one outlet's text of a size posted again
within `realigned_hours` (6) with 0.95 of its opening's words aligned is its copy. Before this stop a word edited
in the opening made a copy only within `line_minutes`; now an edit hours later does too — including the one word a
reporter changes when the news moves — but that case was a copy before this stop too (xfail below). Texts written
for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.stories.cluster import ClusterSettings
from tests.pipeline.stories.texts import assigned_in_turn

QUAKE = (
    "Bij een zware aardbeving in het oosten van Turkije zijn zeker 18 mensen om het leven gekomen. Honderden mensen"
    " raakten gewond, meldt de Turkse rampenorganisatie AFAD. De beving had een kracht van 6,8 en werd ook in Syrië"
    " en Irak gevoeld. Reddingswerkers zoeken in de stad Elazig de hele nacht naar overlevenden onder het puin van"
    " ingestorte huizen. President Erdogan heeft hulp toegezegd aan de getroffen gebieden."
)
QUAKE_AGAIN = QUAKE.replace("de hele nacht", "de nacht")  # posted again, a word cut: a copy


def test_an_outlets_text_posted_again_hours_later_with_a_word_cut_is_still_its_copy():
    got = assigned_in_turn(
        [
            ("eerst", "NU.nl", 9, "Zeker 18 doden bij aardbeving in Turkije", QUAKE),
            ("opnieuw", "NU.nl", 12, "Zeker 18 doden bij zware aardbeving in Turkije", QUAKE_AGAIN),
        ]
    )
    assert got["opnieuw"][1] == "eerst"


WARNING = (
    "Het KNMI heeft voor zondagmiddag code oranje afgegeven voor Zeeland en Zuid-Holland vanwege zeer zware windstoten"
    " van storm Ciara. Reizigers wordt aangeraden de weg zo veel mogelijk te mijden."
)
FIRE = (
    "De grote brand in een bedrijfspand op het industrieterrein in Moerdijk is nog niet onder controle. De brandweer"
    " adviseert omwonenden ramen en deuren te sluiten vanwege de rook. Er zijn geen gewonden gevallen, meldt de"
    " veiligheidsregio Midden- en West-Brabant. Het is nog onbekend hoe de brand is ontstaan."
)
# three hours on, the one word (or two) that is the news changed: the warning raised, the fire under control
UPDATES = {
    "code rood": ("Code oranje voor Zeeland", WARNING, "KNMI: nu code rood", WARNING.replace("oranje", "rood")),
    "onder controle": (
        "Brand Moerdijk nog niet onder controle",
        FIRE,
        "Brand Moerdijk onder controle",
        FIRE.replace("is nog niet onder", "is onder"),
    ),
}


@pytest.mark.xfail(
    reason="review48: one outlet's text posted again three hours later with the words that are the news changed "
    "(code oranje -> code rood; 'nog niet onder controle' -> 'onder controle') is marked a copy of its first text "
    "(duplicate_of), so the update counts as the first text shown again. Not copy_align's doing (a copy too with "
    "realigned=1.01): an older one-outlet near-copy rule. Rule 6 calls 'a corrected version' a copy, rule 5 a text "
    "that 'adds nothing': a call for the stories lead, measured on CHECK.",
    strict=True,
)
@pytest.mark.parametrize("case", sorted(UPDATES))
@pytest.mark.parametrize("realigned", [0.95, 1.01])
def test_an_outlets_update_that_changes_the_words_of_news_hours_later_is_no_copy(case, realigned):
    first_title, first, later_title, later = UPDATES[case]
    settings = ClusterSettings()
    settings = replace(settings, duplicates=replace(settings.duplicates, realigned=realigned))
    got = assigned_in_turn(
        [("eerst", "NU.nl", 9, first_title, first), ("update", "NU.nl", 12, later_title, later)], settings
    )
    assert got["update"][0] == got["eerst"][0] and got["update"][1] is None
