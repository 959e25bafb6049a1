"""The address clash (`clash.other_address`): two events at two addresses of one city stay apart though
both name the city; a follow-up that names its event's street joins. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories.clash import other_address, street
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.test_meet import story, vector
from tests.pipeline.stories.texts import at, feat, unrelated_window

KANAALSTRAAT = (
    "Brand in bovenwoning aan de Kanaalstraat in Utrecht",
    "In een bovenwoning aan de Kanaalstraat in Utrecht is dinsdagavond brand uitgebroken. De brandweer was snel"
    " ter plaatse; de bewoners konden op tijd naar buiten. De politie onderzoekt hoe de brand kon ontstaan.",
)
VLEUTENSEWEG = (
    "Bewoner gered uit brandende woning aan de Vleutenseweg in Utrecht",
    "Uit een brandende woning aan de Vleutenseweg in Utrecht heeft de brandweer dinsdagavond een bewoner gered. De"
    " politie onderzoekt hoe de brand kon ontstaan.",
)
KANAALSTRAAT_CAUSE = (
    "Brand aan de Kanaalstraat in Utrecht begon in de keuken",
    "De brand in een bovenwoning aan de Kanaalstraat in Utrecht is dinsdagavond in de keuken ontstaan, zegt de"
    " brandweer. Ook de buren aan de Damstraat moesten even hun huis uit.",
)


def test_a_fire_at_another_street_of_the_same_city_that_evening_is_another_story():
    store = unrelated_window(ClusterSettings())
    first = assign(feat("k", "Krant", at(0, 10), *KANAALSTRAAT), store)
    other = assign(feat("v", "Krant", at(0, 11), *VLEUTENSEWEG), store)
    cause = assign(feat("c", "Krant", at(0, 12), *KANAALSTRAAT_CAUSE), store)
    assert other.story_id != first.story_id
    assert cause.story_id == first.story_id  # it names its own street beside the neighbours'


def test_two_addresses_clash_only_when_each_side_names_a_street_the_other_never_names():
    fire = story(1, 2, ("utrecht", "kanaalstraat"), vector(4, "a"))
    names = {"utrecht": 0.7, "vleutenseweg": 1.0}
    assert other_address(names, fire, 0.55)
    assert not other_address({**names, "kanaalstraat": 1.0}, fire, 0.55)  # names it too
    assert not other_address(names, story(1, 2, ("utrecht",), vector(4, "a")), 0.55)  # no street there
    assert not other_address({**names, "vleutenseweg": 0.4}, fire, 0.55)  # a street common in the window


BULLETIN = (
    "Ochtendbericht: grote brand in Utrecht",
    "Goedemorgen! Vannacht heeft een grote brand gewoed in een woning aan de Vleutenseweg in Utrecht. De politie"
    " onderzoekt hoe de brand kon ontstaan.",
)


def test_a_bulletin_opening_with_a_greeting_gives_its_street_further_on():
    # its headline and first sentence ("Goedemorgen!") name no street: the address is in its second
    store = unrelated_window(ClusterSettings())
    first = assign(feat("k", "Krant", at(0, 10), *KANAALSTRAAT), store)
    bulletin = assign(feat("b", "Krant", at(0, 12), *BULLETIN), store)
    assert bulletin.story_id != first.story_id


def test_a_street_is_a_one_word_name_with_a_street_ending():
    assert street("kanaalstraat") and street("vleutenseweg") and street("saffierhorst") and street("zuidplein")
    assert not street("horst") and not street("gerechtshof") and not street("den haag") and not street("weg")


def test_a_surname_ending_like_a_street_is_no_address_on_either_side():
    # the mayor "Marieke Hoogendijk" of a follow-up, or of the story's articles, is no other address
    fire = story(1, 2, ("helmond", "kanaalweg"), vector(4, "a"))
    mayor = {"helmond": 0.7, "hoogendijk": 1.0, "marieke hoogendijk": 1.0}
    assert not other_address(mayor, fire, 0.55)
    quoted = story(1, 2, ("helmond", "hoogendijk", "marieke hoogendijk"), vector(4, "a"))
    assert not other_address({"helmond": 0.7, "kanaalweg": 1.0}, quoted, 0.55)
    # a street a longer name writes after a particle or an adjective of its own is a street still
    assert other_address({"helmond": 0.7, "wittlaan": 1.0, "johan de wittlaan": 1.0}, fire, 0.55)
    assert other_address({"helmond": 0.7, "binnenweg": 1.0, "nieuwe binnenweg": 1.0}, fire, 0.55)


def test_the_articles_street_counts_where_its_text_writes_it_as_an_address():
    fire = story(1, 2, ("helmond", "kanaalweg"), vector(4, "a"))
    names = {"helmond": 0.7, "hoogendijk": 1.0}
    assert not other_address(names, fire, 0.55, [("volgens", "burgemeester", "hoogendijk", "is", "het", "rustig")])
    names = {"helmond": 0.7, "beekstraat": 1.0}
    assert other_address(names, fire, 0.55, [("brand", "aan", "de", "beekstraat", "in", "helmond")])
    assert other_address(names, fire, 0.55, [("woning", "beekstraat", "12", "ontruimd")])
