"""Review 49 probes of the language check (`language.require_dutch`): a Flemish page of football results or a
league table is Dutch (club names, figures and "Stand"/"Uitslagen"), and must not be refused because the detector,
unsure, guesses Luxembourgish. The texts are made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
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


FOREIGN_LISTS = {
    "premier_league": "Results: Arsenal 2 Chelsea 1, Spurs 0 Liverpool 3, Everton 1 Leeds 1, Fulham 2 Wolves 2",
    "bundesliga": "Ergebnisse: Bayern - Dortmund 2-0, Schalke - Köln 1-1, Mainz - Bremen 0-3, Freiburg - Augsburg 2-2",
    "ligue": "Résultats: Anderlecht - Standard 2-0, Charleroi - Mons 1-1, Namur - Liège 0-3, Mouscron - Tubize 2-2",
}


@pytest.mark.parametrize("name", sorted(FOREIGN_LISTS))
def test_a_list_of_results_in_another_language_is_still_refused(name):
    with pytest.raises(InputError):
        require_dutch(FOREIGN_LISTS[name], name=name)
