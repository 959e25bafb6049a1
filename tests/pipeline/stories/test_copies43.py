"""Wire copy (copies43): one outlet's text posted again within minutes with a line added is a copy of it
(`own_update.added_line`, the labels' convention: blind46's 06:45:35 item one sentence longer than its 06:45:00 one);
the same line added hours later, or paragraphs of news added half an hour on, make an update; paragraphs or sentences
added below the short text within minutes, or at one moment, make one text (STORIES_CONVENTIONS rule 6a, stop 51:
`copy_align.grown_at_once`; until then an update, and a flash and its update at one moment stayed apart). Texts
written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

SCHOOLYARDS = (
    "Provincie Overijssel trekt twee miljoen euro uit voor groene schoolpleinen. Basisscholen kunnen vanaf"
    " september subsidie aanvragen om tegels te vervangen door gras, struiken en bomen."
)
# the same text posted again 35 seconds later, one sentence added
SCHOOLYARDS_LINE = SCHOOLYARDS + " Vorig jaar deden al veertig scholen mee aan een proef."
# paragraphs of news added to it
SCHOOLYARDS_NEWS = (
    SCHOOLYARDS
    + "\n\nGedeputeerde Monique van Haaften zegt dat de eerste aanvragen al binnen zijn. Volgens haar willen vooral"
    " scholen in Zwolle, Deventer en Enschede hun plein snel aanpakken, omdat daar in de zomer de hitte op de"
    " tegels het grootst is.\n\nDe ouderraad van een school in Hengelo noemt het geld welkom, maar te weinig:"
    " een groen plein kost al gauw honderdduizend euro. Scholen moeten daarom zelf ook geld inzamelen, met"
    " sponsorlopen en acties in de wijk."
)

MINUTE = 1 / 60


def test_the_outlets_text_posted_again_within_a_minute_a_sentence_added_is_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Dagblad", 6.75 + 35 / 3600, "Provincie geeft scholen geld voor groen plein", SCHOOLYARDS_LINE),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_the_same_sentence_added_hours_later_is_news_not_a_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Dagblad", 9.75, "Provincie geeft scholen geld voor groen plein", SCHOOLYARDS_LINE),
        ]
    )
    assert got["b"][1] is None


def test_paragraphs_of_news_added_below_it_within_minutes_make_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Dagblad", 6.75 + 5 * MINUTE, "Scholen willen snel groen plein", SCHOOLYARDS_NEWS),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_paragraphs_of_news_added_half_an_hour_on_make_an_update_not_a_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Dagblad", 6.75 + 30 * MINUTE, "Scholen willen snel groen plein", SCHOOLYARDS_NEWS),
        ]
    )
    assert got["b"][1] is None


def test_a_flash_and_its_update_two_sentences_longer_posted_at_one_moment_are_one_text():
    """One short sentence more at one moment is the same item posted twice (blind47's labels: `test_copies44`); two
    sentences more below it are one text too (rule 6a)."""
    update = SCHOOLYARDS_LINE + " De provincie wil dat over vijf jaar de helft van alle schoolpleinen groen is."
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Dagblad", 6.75, "Provincie geeft scholen geld voor groen plein", update),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_another_outlets_text_a_sentence_longer_is_still_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 6.75, "Twee miljoen voor groene schoolpleinen", SCHOOLYARDS),
            ("b", "Omroep", 6.75 + 3 * MINUTE, "Geld voor groene schoolpleinen", SCHOOLYARDS_LINE),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


JAM = (
    "Het verkeer op de A50 tussen Arnhem en Oss staat in beide richtingen vast na een ongeluk met een vrachtwagen"
    " bij knooppunt Valburg. De weg is dicht voor het verkeer, omdat de lading van de vrachtwagen over de rijbanen"
    " verspreid ligt en eerst moet worden opgeruimd. Weggebruikers moeten rekening houden met ruim een uur extra"
    " reistijd. Rijkswaterstaat raadt aan om via de A15 en de A2 te rijden."
)
# the same text posted again a minute later, a clause dropped and two words edited as it was cut
JAM_CUT = (
    "Het verkeer op de A50 tussen Arnhem en Oss zit in beide richtingen vast na een ongeluk met een vrachtwagen"
    " bij knooppunt Valburg. De weg is dicht voor het verkeer. Automobilisten moeten rekening houden met ruim een"
    " uur extra reistijd. Rijkswaterstaat raadt aan om via de A15 en de A2 te rijden."
)


def test_the_outlets_text_posted_again_a_minute_later_cut_and_edited_is_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 8, "Verkeer op A50 loopt in beide richtingen vast", JAM),
            ("b", "Dagblad", 8 + MINUTE, "Verkeer op A50 vast, ruim een uur extra reistijd", JAM_CUT),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_the_same_cut_hours_later_is_the_outlets_own_new_item():
    """Cut and edited hours later (under `own_cut` of its opening inside the earlier's), as before: its update."""
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 8, "Verkeer op A50 loopt in beide richtingen vast", JAM),
            ("b", "Dagblad", 11, "Verkeer op A50 vast, ruim een uur extra reistijd", JAM_CUT),
        ]
    )
    assert got["b"][1] is None
