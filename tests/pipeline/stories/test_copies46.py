"""Wire copy (copies46, the TUNE sets' missed copies of stop 46): one outlet's two posts at one moment, of a size, one
re-worded (another tense, a word for another) but ending alike, are one item posted twice — neither is the other's
update (`own_update.grown_update`); a demand and the verdict posted at one moment, ending apart, stay two items. A
flash of two short sentences, too short for its lead to be compared, is the copy of a later text that opens with it
under a dateline (`openings.opens_whole`), not of one that quotes it under a first sentence of its own. A column of
short news holding one item under its standing intro is read as that item (`column_item`); one of several items lists
it. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

CRASH_PAST = (
    "LEERDAM - Een ongeluk met drie vrachtwagens heeft dinsdagochtend voor lange files gezorgd op de A2 bij Everdingen."
    " Het verkeer dat in de richting van Utrecht reed, kwam vanaf Geldermalsen in een file van een uur terecht."
)
CRASH_NOW = (
    "LEERDAM - Een ongeluk met drie vrachtwagens zorgt dinsdagochtend voor lange files op de A2 bij Everdingen."
    " Het verkeer dat in de richting van Utrecht rijdt, komt vanaf Geldermalsen in een file van een uur terecht."
)


def test_one_outlets_two_posts_at_one_moment_one_re_worded_ending_alike_are_one_item():
    for first, second in (("past", "now"), ("now", "past")):
        texts = {"past": CRASH_PAST, "now": CRASH_NOW}
        got = assigned_in_turn(
            [
                (first, "Dagblad", 2, "Ongeluk met drie vrachtwagens op A2 bij Everdingen", texts[first]),
                (second, "Dagblad", 2, "Lange files op A2 door ongeluk met drie vrachtwagens", texts[second]),
            ]
        )
        assert got[second] == (got[first][0], first)


DEMAND = (
    "Tegen de man die afgelopen maart een scheidsrechter van een hockeywedstrijd in Tiel bewusteloos sloeg, is een"
    " taakstraf van 120 uur en een voorwaardelijke celstraf van 30 dagen geëist. De politierechter doet later vanmiddag"
    " uitspraak."
)
VERDICT = (
    "De man die afgelopen maart een scheidsrechter van een hockeywedstrijd in Tiel bewusteloos sloeg, moet een taakstraf"
    " van 120 uur uitvoeren. Ook is hem een voorwaardelijke celstraf van 30 dagen opgelegd."
)


def test_a_demand_met_after_its_verdict_at_one_moment_ending_apart_stays_its_own_item():
    # (met the other way round, the verdict is read as the demand's cut under an edited first sentence, as before
    # stop 46: the shorter post opening otherwise, `grown_update`'s first test)
    got = assigned_in_turn(
        [
            ("verdict", "Dagblad", 2, "Taakstraf voor Tielenaar die scheidsrechter mishandelde", VERDICT),
            ("demand", "Dagblad", 2, "Taakstraf geëist tegen Tielenaar die scheidsrechter mishandelde", DEMAND),
        ]
    )
    assert got["demand"][1] is None


FLASH = "Tuincentrum De Groene Hoek in Lisse is woensdagmiddag overvallen. Dat meldt de politie."
FLASH_FULL = (
    "LISSE - " + FLASH + " Een woordvoerder kan nog weinig kwijt, maar bevestigt dat een van de twee overvallers is"
    " aangehouden. De andere man wordt gezocht. Of er bij de overval gewonden zijn gevallen, is nog niet bekend.\n\n"
    "De politie heeft de omgeving van het tuincentrum aan de Heereweg afgezet en zoekt met een helikopter naar de"
    " tweede overvaller. Getuigen worden gevraagd zich te melden."
)


def test_a_flash_of_two_sentences_is_the_copy_of_a_later_text_opening_with_it_under_a_dateline():
    got = assigned_in_turn(
        [
            ("flash", "Omroep Zuid", 1, "Overval op tuincentrum Lisse", FLASH),
            ("full", "Streekomroep", 1.6, "Overval op De Groene Hoek", FLASH_FULL),
        ]
    )
    assert got["full"] == (got["flash"][0], "flash")


def test_a_later_text_quoting_a_flash_under_a_first_sentence_of_its_own_is_no_copy_of_it():
    own = (
        "Voor de tweede keer in een maand is een bedrijf aan de Heereweg doelwit geworden van gewapende overvallers,"
        " en ondernemers in de buurt willen nu camera's. " + FLASH_FULL.removeprefix("LISSE - ")
    )
    got = assigned_in_turn(
        [
            ("flash", "Omroep Zuid", 1, "Overval op tuincentrum Lisse", FLASH),
            ("own", "Streekomroep", 1.6, "Ondernemers Heereweg willen camera's na nieuwe overval", own),
        ]
    )
    assert got["own"][1] is None


INTRO = (
    "In de rubriek Sport Kort hebben we aandacht voor de overige sportgebeurtenissen. Dagelijks brengen we hier in"
    " een korte samenvatting de andere hoogtepunten."
)
KEEPER = (
    "Het Belgische voetbalelftal moet het in de komende twee kwalificatieduels voor het EK doen zonder doelman Jens"
    " Verbeke. De keeper van Olympique Lyon heeft een liesblessure, meldt de Belgische bond. België speelt zaterdag"
    " tegen Schotland en treft drie dagen later Cyprus."
)
CYCLIST = (
    "Wielrenner Daan Kuipers is donderdag niet gestart in de vierde etappe van de Ronde van Zwitserland. De renner van"
    " het Deense Team Nordvik heeft last van een ontstoken knie en wil op tijd fit zijn voor de Tour de France, waar"
    " hij zijn kopman in de bergen moet bijstaan."
)

CHESS = (
    "Schaker Pieter Hoogland heeft het open kampioenschap van Dieren gewonnen. De twintigjarige Groninger bleef in de"
    " slotronde met remise tegen de Oekraïner Oleg Marchenko een halve punt voor op zijn achtervolgers en verdiende"
    " daarmee zijn laatste normpartij voor de titel van grootmeester."
)


def test_a_column_of_one_item_is_the_copy_of_the_agency_text_it_repeats():
    got = assigned_in_turn(
        [
            ("wire", "Dagblad", 1, "Verbeke moet EK-kwalificatieduels laten schieten", KEEPER),
            ("column", "Krant", 3, "Sport kort - België mist geblesseerde Verbeke", INTRO + "\n\n10.50 uur " + KEEPER),
        ]
    )
    assert got["column"] == (got["wire"][0], "wire")


def test_a_column_of_three_items_listing_the_agency_text_is_no_copy_of_it():
    column = INTRO + "\n\n10.50 uur " + KEEPER + "\n\n09.40 uur " + CYCLIST + "\n\n08.15 uur " + CHESS
    got = assigned_in_turn(
        [
            ("wire", "Dagblad", 1, "Verbeke moet EK-kwalificatieduels laten schieten", KEEPER),
            ("column", "Krant", 3, "Sport kort - België mist geblesseerde Verbeke", column),
        ]
    )
    assert got["column"][1] is None
