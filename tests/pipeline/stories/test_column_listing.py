"""A column of short news lists other events below its first item: it joins only a story its headline names
(`events.lists_items`). Texts written for these tests."""

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import COLUMN, lists_items
from tests.pipeline.stories.test_review25_probes import window
from tests.pipeline.stories.texts import at, feat

BID = (
    "Chili, Bolivia en Uruguay willen samen het WK 2034 organiseren",
    "Chili, Bolivia en Uruguay hebben zich samen kandidaat gesteld om het WK voetbal van 2034 te organiseren. "
    "De drie Zuid-Amerikaanse landen willen de openingswedstrijd in Montevideo spelen.",
)
INTRO = (
    "In de rubriek Sport Kort hebben we aandacht voor de overige sportgebeurtenissen. Elke dag zetten we hier het "
    "korte nieuws op een rij."
)
BID_ITEM = (
    "Voetbal: Chili, Bolivia en Uruguay willen samen het WK 2034 organiseren. De drie Zuid-Amerikaanse landen "
    "hebben zich kandidaat gesteld en willen de openingswedstrijd van het WK in Montevideo spelen."
)
SWIMMER_COLUMN = (
    "Sport Kort: Zwemster Jansen pakt goud in Boedapest",
    f"{INTRO}\n\nZwemmen: Zwemster Lotte Jansen heeft in Boedapest goud gewonnen op de 200 meter vrije slag.\n\n"
    f"{BID_ITEM}",
)
BID_COLUMN = (
    "Sport Kort: Chili, Bolivia en Uruguay willen WK 2034",
    f"{INTRO}\n\n{BID_ITEM}\n\nZwemmen: Zwemster Lotte Jansen heeft in Boedapest goud gewonnen op de 200 meter.",
)


def _joins(column) -> bool:
    settings = ClusterSettings()
    store = window(settings)
    bid = assign(feat("a", "Dagblad", at(0, 10), *BID), store, settings)
    return assign(feat("b", "Krant", at(0, 12), *column), store, settings).story_id == bid.story_id


def test_a_column_of_short_news_lists_items():
    marks = feat("b", "Krant", at(0, 12), *SWIMMER_COLUMN).marks
    assert COLUMN in marks and lists_items(marks)
    assert not lists_items(feat("a", "Dagblad", at(0, 10), *BID).marks)


def test_a_column_stays_out_of_the_story_of_an_item_below_its_first():
    assert not _joins(SWIMMER_COLUMN)


def test_a_column_joins_the_story_its_headline_names():
    assert _joins(BID_COLUMN)


# review52: one story told in a rubric ("In de rubriek Achter het Nieuws spreekt ... met de familie van ...") lists no
# items: it joins its story as the same text without the rubric's name does
ACCIDENT = (
    "Fietsster (54) overleden na aanrijding op Ceintuurbaan Zwolle",
    "ZWOLLE - Een 54-jarige fietsster uit Zwolle is dinsdagochtend overleden na een aanrijding met een bestelbus op de "
    "Ceintuurbaan. De bestuurder van de bestelbus is aangehouden.",
)
FAMILY = (
    "'We missen haar elke dag'",
    "In de rubriek Achter het Nieuws spreekt Omroep Oost met de familie van de fietsster die dinsdag op de Ceintuurbaan "
    "in Zwolle om het leven kwam na een aanrijding met een bestelbus. Haar man vertelt over de 54-jarige vrouw.",
)


def test_one_story_told_in_a_rubric_is_no_column_and_joins_its_story():
    assert COLUMN not in feat("b", "Omroep Oost", at(0, 12), *FAMILY).marks
    settings = ClusterSettings()
    store = window(settings)
    accident = assign(feat("a", "Dagblad", at(0, 10), *ACCIDENT), store, settings)
    assert assign(feat("b", "Omroep Oost", at(0, 12), *FAMILY), store, settings).story_id == accident.story_id
