"""Stop 50's fewer wrong joins on a fresh day (issue 19): two events of one topic that share the topic's words.

The women's final of a tennis tournament beside the men's semi-final: the headline's players are written in the text
after their nationality ("de Australische Mia Tolbert"), and that adjective is no first name, so they were no headline
actors; and the tournament named after a person ("Roland Garros") was one, shared by both. And a weather warning set
"in Den Haag" beside a festival's report on the same weather: a place whose name opens with its article is a place
the article is set in. And a one-article story's subject: an item that never names its headline actor, while its own
headline names a telling name of its own, gets no second look (`subject`). Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.actors import headline_actors
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.places import place_terms
from pipeline.stories.subject import subjects, unnamed_subject
from tests.pipeline.stories.texts import at, feat, second_look, unrelated_window

SETTINGS = ClusterSettings()

SEMI = (
    "Serrano naar finale Roland Garros na zege op Bellini",
    "Pablo Serrano heeft zich vrijdag geplaatst voor de finale van Roland Garros. De Spanjaard won in Parijs in "
    "drie sets van Marco Bellini. Serrano speelt zondag zijn achtste finale op het gravel van Parijs.",
)
# the women's final, the same tournament and day: other players, named after their nationality
WOMEN = (
    "Tolbert en Dvorakova morgen in vrouwenfinale Roland Garros",
    "De Australische Mia Tolbert (24) en de Tsjechische Lenka Dvorakova (20) staan morgenmiddag tegenover elkaar "
    "in de vrouwenfinale op Roland Garros in Parijs.",
)
# the men's semi-final again, by another outlet: it names its players
SEMI_LATER = (
    "Serrano te sterk voor Bellini in halve finale Roland Garros",
    "Pablo Serrano was vrijdag in de halve finale van Roland Garros te sterk voor Marco Bellini. De Spanjaard "
    "plaatste zich in drie sets voor de finale in Parijs, zijn achtste op het gravel.",
)


def test_a_player_named_after_her_nationality_is_a_headline_actor() -> None:
    women = feat("w", "AD", at(0, 2), *WOMEN)
    assert women.actors == {"tolbert", "dvorakova"}
    names = {"australische mia tolbert", "mia", "tolbert", "australische"}
    assert headline_actors(["Tolbert", "wint"], names) == {"tolbert"}
    assert not headline_actors(["Australische", "wint"], names)  # the adjective itself is nobody


def test_a_tournament_named_after_a_person_is_no_actor() -> None:
    semi = feat("s", "AD", at(0, 1), *SEMI)
    assert semi.actors == {"serrano", "bellini"}  # not "garros"
    assert not headline_actors(["Roland", "Garros", "begint"], {"roland garros", "roland", "garros"})


def test_the_womens_final_stays_apart_from_the_mens_semi_final_and_its_follow_up_joins() -> None:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    semi = assign(feat("s", "AD", at(0, 1), *SEMI), store, settings).story_id
    assert assign(feat("w", "AD", at(0, 2), *WOMEN), store, settings).story_id != semi
    assert assign(feat("l", "NOS", at(0, 3), *SEMI_LATER), store, settings).story_id == semi


def test_a_place_whose_name_opens_with_its_article_is_where_the_text_is_set() -> None:
    warning = feat(
        "c",
        "AD",
        at(0, 1),
        "Code geel: zware windstoten verwacht",
        "Vermijd vandaag het Spuiplein in Den Haag: er worden zware windstoten verwacht.",
    )
    assert "haag" in place_terms(warning)
    plain = feat("d", "AD", at(0, 1), "Storm op komst", "In de middag komt de storm. Het waait in het land.")
    assert not place_terms(plain)  # "in de middag", "in het land": no names


FESTIVAL = (
    "Festivaldirecteur Jan Pieters: Zomerpop is storm- en bliksemproof",
    "Het hele terrein van Zomerpop is één grote voorzorgsmaatregel als het gaat om zwaar weer, zegt directeur Jan "
    "Pieters vrijdagochtend. In Limburg worden vrijdagavond onweersbuien met zware windstoten "
    "verwacht.\n\n„We hebben bliksemafleiders op het terrein staan”, zegt Pieters.",
)
# the weather warning for another city: the weather's rare word ("windstoten"), set elsewhere
WARNING = (
    "Code geel: zware windstoten en onweer verwacht",
    "Vermijd vandaag het Spuiplein in Den Haag: er worden zware windstoten verwacht, zegt de weerdienst.",
)
# the festival's weather again, set where the festival is
FESTIVAL_LATER = (
    "Zware windstoten boven Zomerpop",
    "Boven het terrein in Landgraaf in Limburg staan de tenten van de bezoekers te schudden.",
)


def test_a_weather_warning_set_elsewhere_gets_no_second_look_with_a_festivals_weather_report() -> None:
    assert not second_look(FESTIVAL, WARNING)  # set in Den Haag, which the festival's story never names
    assert second_look(FESTIVAL, FESTIVAL_LATER)


INJURY = (
    "Verhoeven mist Ronde van Portugal door sleutelbeenbreuk",
    "Bram Verhoeven mist de Ronde van Portugal. De klimmer van Team Polder liep bij een val op training een "
    "sleutelbeenbreuk op, meldt de ploeg.",
)
# another team's leader, the same rare word of what happened: its headline names its own team, never Verhoeven
OTHER_INJURY = (
    "Sleutelbeenbreuk bij kopman van Movistar gevreesd",
    "De Spaanse ploeg Movistar vreest dat haar kopman een sleutelbeenbreuk heeft opgelopen bij een val op training.",
)
# the injury's follow-up names its rider
SURGERY = (
    "Sleutelbeenbreuk Verhoeven: operatie geslaagd",
    "De operatie aan de sleutelbeenbreuk van Verhoeven is geslaagd, meldt de ploeg.",
)


def test_an_item_that_never_names_a_one_article_storys_subject_gets_no_second_look() -> None:
    settings = ClusterSettings()
    assert not second_look(INJURY, OTHER_INJURY, settings)
    assert second_look(INJURY, OTHER_INJURY, replace(settings, subject_share=0.0))  # the rare word alone let it in
    assert second_look(INJURY, SURGERY, settings)


def test_a_storys_subject_is_a_headline_actor_half_of_it_names() -> None:
    store = unrelated_window(SETTINGS)
    story = store.story(assign(feat("a", "NOS", at(0, 1), *INJURY), store, SETTINGS).story_id)
    assert subjects(story, SETTINGS.subject_share) == {"verhoeven"}
    other = feat("b", "AD", at(0, 2), *OTHER_INJURY)
    assert unnamed_subject(other, story, SETTINGS.subject_share, SETTINGS.subject_size)
    assert not unnamed_subject(other, story, SETTINGS.subject_share, 0)  # a larger story than `subject_size`
    assert not unnamed_subject(feat("c", "AD", at(0, 2), *SURGERY), story, SETTINGS.subject_share, 1)
