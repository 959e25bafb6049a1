"""Wire copy (copies41): one outlet's posts at one moment (`together`). Of a size, they are one item posted again,
a name corrected in one or a quote headline of its own over the same text; one grown by sentences of news is the
other's update, whichever the feed lists first. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

VERDICT = (
    "DEN HAAG/LEIDEN - Een 42-jarige Leidenaar reed op 3 mei vorig jaar wel degelijk een fietser aan op de"
    " Breestraat in zijn woonplaats. Hij is daardoor aansprakelijk voor het blijvende letsel dat de fietser opliep."
)
# the same item, the man's town corrected and "in zijn woonplaats" for the town
CORRECTED = (
    VERDICT.replace("42-jarige Leidenaar", "42-jarige Wassenaarder")
    .replace("in zijn woonplaats", "in Leiden")
    .replace("wel degelijk", "inderdaad")
)


def test_one_outlets_two_posts_at_one_moment_a_name_corrected_are_one_item():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 1, "Leidenaar aansprakelijk voor letsel fietser op Breestraat", VERDICT),
            ("b", "Dagblad", 1, "Wassenaarder moet fietser schadevergoeding betalen", CORRECTED),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_the_outlets_text_naming_another_man_hours_later_stays_apart():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 1, "Leidenaar aansprakelijk voor letsel fietser op Breestraat", VERDICT),
            ("b", "Dagblad", 4, "Wassenaarder moet fietser schadevergoeding betalen", CORRECTED),
        ]
    )
    assert got["b"] == (got["a"][0], None)  # one story, no copy


FLASH = (
    "UTRECHT - Een 36-jarige vrouw uit Zeist wordt verdacht van het doodsteken van haar buurman. Dat bevestigt een"
    " woordvoerder van het Openbaar Ministerie."
)
UPDATE = (
    FLASH + " De vrouw is vrijdag voorgeleid bij de rechter-commissaris. Die heeft bepaald dat zij zeker nog twee"
    " weken vast blijft zitten, omdat de politie nog getuigen wil horen in de flat aan de Slotlaan."
)


def test_one_outlets_flash_and_update_at_one_moment_are_no_copies_whichever_comes_first():
    for first, second in (("flash", "update"), ("update", "flash")):
        texts = {"flash": FLASH, "update": UPDATE}
        got = assigned_in_turn(
            [
                (first, "Dagblad", 2, "Vrouw uit Zeist verdacht van doodsteken buurman", texts[first]),
                (second, "Dagblad", 2, "Verdachte van doodsteken buurman blijft twee weken vast", texts[second]),
            ]
        )
        assert got[second] == (got[first][0], None)  # one story, no copy


def test_one_outlets_cut_of_its_text_hours_later_stays_its_copy():
    got = assigned_in_turn(
        [
            ("update", "Dagblad", 2, "Verdachte van doodsteken buurman blijft twee weken vast", UPDATE),
            ("flash", "Dagblad", 5, "Vrouw uit Zeist verdacht van doodsteken buurman", FLASH),
        ]
    )
    assert got["flash"] == (got["update"][0], "update")


INTRO = (
    "Huisartsen over de patiënt die hun kijk op het vak veranderde. Deze keer: kinderarts en onderzoeker Jolanda"
    " Verbeek (48) uit Deventer."
)


def test_one_text_under_two_quote_headlines_at_one_moment_is_one_item():
    got = assigned_in_turn(
        [
            ("a", "Weekblad", 3, "'Ik dacht aan een griepje, maar het bleek veel ernstiger'", INTRO),
            ("b", "Weekblad", 3, "'Die moeder wist eerder dan ik dat er iets mis was met haar zoon'", INTRO),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_one_text_under_two_quote_headlines_a_day_apart_stays_two_items():
    got = assigned_in_turn(
        [
            ("a", "Weekblad", 3, "'Ik dacht aan een griepje, maar het bleek veel ernstiger'", INTRO),
            ("b", "Weekblad", 27, "'Die moeder wist eerder dan ik dat er iets mis was met haar zoon'", INTRO),
        ]
    )
    assert got["b"][1] is None
