"""Two independent signs of one event (`kin`, issue 19 stop 50): a longer text scoring a little below the threshold
with a story joins it by the second look when its opening holds several words of the story that Dutch news hardly
ever writes and it shares two telling names with it (the airline and the village). The same rare words about another
crash (no name shared), with one shared name only, and the shared names with one rare word only (the airline's other
news) stay apart."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.kin import rare_opening_words
from pipeline.stories.terms import stem
from tests.pipeline.stories.texts import at, feat, unrelated_window

# the words alone do not reach this threshold and no other second look speaks: `kin` decides
STRICT = replace(
    ClusterSettings(), threshold=0.45, plain_cosine=0.0, rescue_long_entities=0, theme_words=0, rescue_told=0
)
NO_KIN = replace(STRICT, kin_words=0)

CRASH = (
    "Dertig jaar na de vliegramp van Zuidwind Air: kranslegging bij het monument in Hoogmade",
    "Bij het monument in Hoogmade is zondag een krans gelegd voor de slachtoffers van de vliegramp met een toestel "
    "van Zuidwind Air, precies dertig jaar geleden. Bij de kranslegging waren honderden nabestaanden aanwezig.\n\n"
    "Het toestel stortte in 1996 neer in een weiland bij Hoogmade. Van de 112 inzittenden kwamen er 87 om het leven. "
    "Burgemeester Annet de Wilde sprak de aanwezigen toe en onthulde een gedenkplaat met de namen van alle doden.\n\n"
    "De oorzaak van het ongeluk was een defect aan het hoogteroer, bleek later uit onderzoek van de Raad voor de "
    "Luchtvaart. Zuidwind Air ging twee jaar later failliet.",
)
# a survivor's story that day: other words, but the crash's rare words in its opening and the airline's name
SURVIVOR = (
    "Overlevende Mirjam Tolhuis: 'Ik denk er nog elke dag aan'",
    "Dertig jaar na de vliegramp met het toestel van Zuidwind Air werd in Hoogmade een gedenkplaat onthuld. Mirjam "
    "Tolhuis zat als studente op rij veertien.\n\n"
    "Ze herinnert zich de stilte in de cabine, de schok en daarna het geschreeuw. Ze kroop door een gat in de romp "
    "naar buiten en liep over het natte gras weg van het vuur. Haar vriendin Els overleefde het niet. Jarenlang kon "
    "ze niet in een vliegtuig stappen; pas na therapie durfde ze weer op vakantie naar Spanje. Nu werkt ze als "
    "psycholoog met mensen die een trauma hebben opgelopen bij rampen en ongelukken. 'Praten helpt, dat weet ik "
    "uit eigen ervaring. Maar je draagt het altijd met je mee.'",
)
# the same rare words about another crash, close enough to be looked at again: no name shared, no place of its own
ANOTHER = (
    "Overlevende: 'Ik denk er nog elke dag aan'",
    "Twintig jaar na de vliegramp met een toestel in de bergen werd bij het monument een gedenkplaat onthuld. Bij de "
    "kranslegging waren honderden nabestaanden aanwezig. Een van de overlevenden zat als studente op rij acht.\n\n"
    + SURVIVOR[1].split("\n\n", 1)[1].replace("Els", "Rianne"),
)
# the crash's rare words and the airline's name alone: one shared name may be chance
ONE_NAME = (SURVIVOR[0], SURVIVOR[1].replace(" in Hoogmade", ""))
# the airline's name and one rare word only ("vliegramp" in its opening): its other news
ONE_WORD = (
    "Oud-piloten van Zuidwind Air: 'Ik denk er nog elke dag aan'",
    "Oud-piloten van Zuidwind Air kwamen dertig jaar na de vliegramp in Hoogmade bij elkaar voor een reünie. Mirjam "
    "Tolhuis, de dochter van een van hen, organiseerde de middag in een zaaltje bij het monument.\n\n"
    + SURVIVOR[1].split("\n\n", 1)[1],
)


def _joins(item: tuple[str, str], settings: ClusterSettings, hours: float = 3) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 1), *CRASH), store, settings)
    return assign(feat("ad", "AD", at(0, 1 + hours), *item), store, settings).story_id == story.story_id


def test_a_longer_text_sharing_rare_words_and_a_name_joins():
    assert _joins(SURVIVOR, STRICT)
    assert not _joins(SURVIVOR, NO_KIN)  # the words alone are below the bar: the two signs decide


def test_the_same_rare_words_of_another_crash_stay_apart():
    assert not _joins(ANOTHER, STRICT)
    assert _joins(ANOTHER, replace(STRICT, kin_entities=0))  # the words alone would join it: the names decide


def test_the_rare_words_with_one_shared_name_stay_apart():
    assert not _joins(ONE_NAME, STRICT)
    assert _joins(ONE_NAME, replace(STRICT, kin_entities=1))


def test_the_shared_name_with_one_rare_word_stays_apart():
    assert not _joins(ONE_WORD, STRICT)
    assert _joins(ONE_WORD, replace(STRICT, kin_words=1))  # the names and one rare word would join it: the words decide


def test_a_later_day_is_no_second_look():
    assert not _joins(SURVIVOR, STRICT, hours=30)


def test_rare_opening_words_leave_out_names_places_and_common_words():
    words = rare_opening_words(
        feat("x", "X", at(0, 1), *SURVIVOR), {stem("vliegramp"): 1.0, stem("gedenkplaat"): 1.0}, 0.002
    )
    assert "vliegramp" in words
    assert not rare_opening_words(
        feat("x", "X", at(0, 1), *SURVIVOR), {stem("Hoogmade"): 1.0, stem("toestel"): 1.0}, 0.002
    )
