"""Review 49 probes of the language check (`language.require_dutch`): a Flemish page of football results or a
league table is Dutch (club names, figures and "Stand"/"Uitslagen"), and must not be refused because the detector,
unsure, guesses Luxembourgish. The texts are made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.language import require_dutch

RESULTS = {
    "pro_league": "Jupiler Pro League\nClub Brugge - Standard 2-0\nAnderlecht - Genk 1-1\nGent - Charleroi 3-1\n"
    "Zulte Waregem - KV Mechelen 0-1\nAntwerp - Oostende 2-1",
    "stand": "Stand: 1. Club Brugge 45, 2. Antwerp 41, 3. Genk 38, 4. Union 37, 5. Anderlecht 33, 6. Standard 30",
    "eredivisie": "Uitslagen\nAjax - PSV 2-1\nFeyenoord - AZ 0-0\nFC Utrecht - Vitesse 3-2\nHeracles - FC Twente 1-1",
}


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_a_list_of_football_results_is_not_refused(name):
    require_dutch(RESULTS[name], name=name)  # raises InputError when refused
