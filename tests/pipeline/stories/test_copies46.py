"""Wire copy (copies46, the TUNE sets' missed copies of stop 46): one outlet's two posts at one moment, of a size, one
re-worded (another tense, a word for another) but ending alike, are one item posted twice — neither is the other's
update (`own_update.grown_update`); a demand and the verdict posted at one moment, ending apart, stay two items. A
flash of two short sentences, too short for its lead to be compared, is the copy of a later text that opens with it
under a dateline (`openings.opens_whole`), not of one that quotes it under a first sentence of its own. Texts written
for these tests."""

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
