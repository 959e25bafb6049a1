"""Wire copies on text nobody tuned for (stop 38). An edited cut that writes a name of its original another way
("Istanboel" for "Istanbul": the Dutch exonym) names nothing new (`respelled`); a cut of the same words filled in for
another city, or a road number changed among other words, still does. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories.features import ArticleText, extract
from pipeline.stories.openings import opening_hashes
from pipeline.stories.respelled import respelled, spelling
from pipeline.stories.shingles import NUM_PERM
from pipeline.stories.store import Signature
from tests.pipeline.stories.texts import assigned_in_turn, at

VOTE = (
    "De regeringspartij van de Turkse president wil dat de burgemeestersverkiezing in Istanbul van vorige week zondag"
    " wordt overgedaan wegens onregelmatigheden. De partij blijft zich daarmee verzetten tegen de uitslag.\n\n"
    "Na de verkiezing eiste de partij al een hertelling in zeventien districten. De kandidaat van de oppositie bleef"
    " daarna echter de winnaar en wordt de burgemeester van de grootste stad van het land.\n\n"
    "Nadat de kiesraad een nieuw verzoek om alle stemmen in Istanbul te hertellen afwees, kwam de partij dinsdag met de"
    " eis van een nieuwe verkiezing. Volgens de partij zijn er dingen gebeurd die de uitslag hebben beïnvloed.\n\n"
    "Als de kiesraad niet instemt, zal er altijd twijfel blijven over de uitslag, meent de partij."
)
# another site's feed, minutes later: the first paragraph, "Istanboel" for "Istanbul" and "zondag" dropped
VOTE_CUT = (
    "De regeringspartij van de Turkse president wil dat de burgemeestersverkiezing in Istanboel van vorige week wordt"
    " overgedaan wegens onregelmatigheden. De partij blijft zich daarmee verzetten tegen de uitslag."
)
# the same words filled in for another city
VOTE_ELSEWHERE = VOTE_CUT.replace("Istanboel", "Ankara")


def _in_turn(cut: str) -> dict[str, tuple[int, str | None]]:
    return assigned_in_turn(
        [
            ("full", "De Telegraaf", 1, "Erdogan wil nieuwe verkiezing in Istanbul", VOTE),
            ("cut", "AD", 1.2, "Regeringspartij wil verkiezing overdoen", cut),
        ]
    )


def test_an_edited_cut_writing_the_dutch_exonym_of_its_originals_city_is_a_copy():
    got = _in_turn(VOTE_CUT)
    assert got["cut"][1] == "full"


def test_the_same_words_filled_in_for_another_city_are_no_copy():
    got = _in_turn(VOTE_ELSEWHERE)
    assert got["cut"][1] is None


def _signature(body: str) -> Signature:
    features = extract(ArticleText("o", "ANP", at(0, 1), "Vrachtwagen gekanteld", body))
    hashes = opening_hashes(features.paragraphs, 120)
    return Signature("o", "ANP", at(0, 1), (0,) * (2 * NUM_PERM) + hashes, 40)


def _paragraphs(body: str) -> tuple[tuple[str, ...], ...]:
    return extract(ArticleText("c", "Omroep", at(0, 2), "Ongeluk", body)).paragraphs


def test_a_name_is_respelled_only_where_the_original_writes_it_among_the_same_words():
    original = _signature(
        "Op het vliegveld van Zürich is maandagochtend een vliegtuig met 120 passagiers uitgeweken.\n\nDe passagiers zijn met bussen verder gereisd."
    )
    known = {"zürich", "swiss"}
    assert spelling("istanboel") == spelling("istanbul") and spelling("zürich") == spelling("zurich")
    # the place's name without its accent, the words around it the original's
    plain = _paragraphs("Op het vliegveld van Zurich is maandagochtend een vliegtuig met 120 passagiers uitgeweken.")
    assert respelled("zurich", plain, known, original)
    # the template filled in for another place: spelled otherwise
    refilled = _paragraphs("Op het vliegveld van Genève is maandagochtend een vliegtuig met 120 passagiers uitgeweken.")
    assert not respelled("genève", refilled, known, original)
    # a place a letter or two apart, in the same words: the template filled in again, not a spelling
    horn = _signature(
        "Bij een brand in een loods in Hoorn is dinsdagavond een man gewond geraakt.\n\nDe politie zoekt."
    )
    refilled = _paragraphs("Bij een brand in een loods in Horn is dinsdagavond een man gewond geraakt.")
    assert not respelled("horn", refilled, {"hoorn"}, horn)
    heerde = _signature(
        "Bij een brand in een loods in Heerlen is dinsdagavond een man gewond geraakt.\n\nDe politie zoekt."
    )
    refilled = _paragraphs("Bij een brand in een loods in Heerde is dinsdagavond een man gewond geraakt.")
    assert not respelled("heerde", refilled, {"heerlen"}, heerde)
    # the name spelled alike among words of its own: another item, not the original's words
    other = _paragraphs("In Zurich is zondagavond een brand uitgebroken in een loods aan de haven.")
    assert not respelled("zurich", other, known, original)
