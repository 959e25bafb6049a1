"""Wire copy (copies36 review): a short text sharing one long sentence with another and closing with the same stock
line is no copy edited in every sentence (`DuplicateSettings.edited_gap`: its own sentences stand just before that
line). An edited cut naming a club's other side ("PSV Vrouwen" for the story's "PSV") names another team
(`copy_checks.names_its_own`). Left as they are (xfail): a short item half of which is the other's sentence and the stock line (the
`opened` rule's half, where blind8's edited excerpt sits), and an edited cut with an attribution appended to its end
(`ends_inside` asks the very last shingle). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.stories.test_copies36 import GARAGES, GARAGES_CUT
from tests.pipeline.stories.texts import assigned_in_turn

# one police statement, two outlets' own reports: the statement's long sentence quoted by both, the stock end
ROBBERY = (
    "Bij een overval op een tankstation aan de Rijksweg in Venlo is maandagavond een medewerker gewond geraakt. "
    "Volgens de politie kwamen twee mannen met bivakmutsen rond half tien het tankstation binnen, bedreigden zij "
    "het personeel met een vuurwapen en sloegen zij een medewerker met de kolf van het wapen op het hoofd. "
    "De mannen gingen er met een onbekend geldbedrag vandoor in de richting van de snelweg. Een traumahelikopter "
    "landde op de parkeerplaats. De politie is op zoek naar getuigen."
)
ROBBERY_OWN = (
    "Een 23-jarige medewerker van een tankstation in Venlo moest maandag na een gewapende overval naar het "
    "ziekenhuis. Volgens de politie kwamen twee mannen met bivakmutsen rond half tien het tankstation binnen, "
    "bedreigden zij het personeel met een vuurwapen en sloegen zij een medewerker met de kolf van het wapen op "
    "het hoofd. Het is al de tweede overval op dit tankstation in een half jaar tijd, zegt de eigenaar "
    "tegen L1. Hij overweegt nu om 's avonds eerder te sluiten. De politie is op zoek naar getuigen."
)

# two items of the day on one ministry figure, each closing with the agency's background line
ALLOWANCE = (
    "Het aantal mensen dat zich heeft gemeld voor de nieuwe ronde van de energietoeslag is hoger dan verwacht. "
    "Volgens het ministerie van Sociale Zaken hebben inmiddels ruim driehonderdduizend huishoudens met een laag "
    "inkomen een aanvraag ingediend bij hun gemeente. Gemeenten krijgen extra geld om de aanvragen af te handelen. "
    "De toeslag werd in 2022 ingevoerd vanwege de sterk gestegen energieprijzen."
)
ALLOWANCE_OWN = (
    "Gemeenten kampen met lange wachttijden bij het uitbetalen van de energietoeslag. Volgens het ministerie van "
    "Sociale Zaken hebben inmiddels ruim driehonderdduizend huishoudens met een laag inkomen een aanvraag ingediend "
    "bij hun gemeente. Sommige aanvragers wachten al twee maanden op hun geld, omdat de ambtenaren het werk niet "
    "aankunnen. De toeslag werd in 2022 ingevoerd vanwege de sterk gestegen energieprijzen."
)


def test_two_reports_quoting_one_statement_and_closing_with_the_stock_line_are_no_copies():
    got = assigned_in_turn(
        [
            ("bericht", "De Limburger", 1, "Medewerker gewond bij overval tankstation Venlo", ROBBERY),
            ("eigen", "L1", 3, "Tankstation Venlo opnieuw overvallen", ROBBERY_OWN),
        ]
    )
    assert got["eigen"][1] is None


def test_a_short_item_closing_with_the_agencys_background_line_is_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Meer aanvragen energietoeslag dan verwacht", ALLOWANCE),
            ("eigen", "RTL Nieuws", 4, "Lange wachttijden bij energietoeslag", ALLOWANCE_OWN),
        ]
    )
    assert got["eigen"][1] is None


def test_the_cut_edited_in_every_sentence_stays_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Drie parkeergarages in Utrecht dicht om scheuren in beton", GARAGES),
            ("cut", "AD", 3, "Utrecht sluit parkeergarages om slecht beton", GARAGES_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"


# ... the same item with one short sentence of its own before the background line: half its opening is inside
ALLOWANCE_SHORT = (
    "Gemeenten kampen met lange wachttijden bij het uitbetalen van de energietoeslag. Volgens het ministerie van "
    "Sociale Zaken hebben inmiddels ruim driehonderdduizend huishoudens met een laag inkomen een aanvraag ingediend "
    "bij hun gemeente. Sommige aanvragers wachten al twee maanden op hun geld van de gemeente. "
    "De toeslag werd in 2022 ingevoerd vanwege de sterk gestegen energieprijzen."
)


@pytest.mark.xfail(
    strict=True,
    reason="half its opening (0.50) is inside the other's, the `opened` share of a short copy whose first sentence "
    "was edited (blind8's 'In heel Nederland komen vandaag fikse buien' cut: 0.50); the shared sentence and the stock "
    "line are that half, and a signature's hashes do not tell a stock line from a kept end",
)
def test_a_short_item_half_of_it_one_quoted_sentence_and_the_background_line_is_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Meer aanvragen energietoeslag dan verwacht", ALLOWANCE),
            ("eigen", "RTL Nieuws", 4, "Lange wachttijden bij energietoeslag", ALLOWANCE_SHORT),
        ]
    )
    assert got["eigen"][1] is None


@pytest.mark.xfail(
    strict=True,
    reason="`ends_inside` asks the last shingle of the cut: an attribution appended ('..., laat de gemeente weten.') "
    "ends it with shingles of its own; a tolerance for a few is not tried here (it would pass a stock line followed "
    "by a short attribution too)",
)
def test_a_cut_edited_in_every_sentence_with_an_attribution_appended_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NU.nl", 1, "Drie parkeergarages in Utrecht dicht om scheuren in beton", GARAGES),
            (
                "cut",
                "AD",
                3,
                "Utrecht sluit parkeergarages om slecht beton",
                GARAGES_CUT[:-1] + ", laat de gemeente weten.",
            ),
        ]
    )
    assert got["cut"][1] == "bericht"


# the agency's match report, and the same sentences filled in the same day for the club's women's side
MATCH = (
    "PSV heeft zondag in eigen huis met 3-1 gewonnen van Feyenoord en staat daardoor weer alleen bovenaan in de "
    "eredivisie. In een uitverkocht Philips Stadion kwam de thuisploeg al na tien minuten op voorsprong. Feyenoord kwam "
    "kort na rust nog langszij, maar in het laatste kwartier besliste PSV de wedstrijd met twee doelpunten.\n\n"
    "Trainer Bosz sprak na afloop van een verdiende overwinning. Feyenoord-trainer Van Persie baalde van de slordige "
    "tweede helft.\n\nPSV speelt woensdag in de Champions League."
)
MATCH_WOMEN = (
    "De voetbalsters van PSV Vrouwen hebben zondag in eigen huis met 3-1 gewonnen van Feyenoord en staan daardoor weer "
    "alleen bovenaan. In een uitverkocht stadion kwam de thuisploeg al na tien minuten op voorsprong. Feyenoord kwam "
    "kort na rust nog langszij, maar in het laatste kwartier besliste PSV de wedstrijd met twee doelpunten."
)
MATCH_CUT = MATCH_WOMEN.replace("De voetbalsters van PSV Vrouwen", "De voetballers van PSV")


def test_an_edited_cut_naming_the_clubs_other_side_stays_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NOS", 1, "PSV wint van Feyenoord en staat alleen bovenaan", MATCH),
            ("vrouwen", "AD", 5, "Thuiszege voor PSV tegen Feyenoord", MATCH_WOMEN),
        ]
    )
    assert got["vrouwen"][1] is None


def test_the_edited_cut_naming_the_club_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "NOS", 1, "PSV wint van Feyenoord en staat alleen bovenaan", MATCH),
            ("cut", "AD", 5, "Thuiszege voor PSV tegen Feyenoord", MATCH_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"
