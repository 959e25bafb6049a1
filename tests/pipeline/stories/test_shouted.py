"""A sentence in capitals throughout (a printed paper's headline, "GEEN KOP") gives almost no names: its
capitals say little, so its words neither count as the article's key names (whose absence from a
story pulls it apart: the name clash) nor as names two such headlines share; only the word after a place
preposition ("IN DEVENTER") and a word the text capitalises elsewhere stay names. Texts written for these tests."""

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

PLAN = (
    "Kabinet wil btw op groente verhogen",
    "Het kabinet wil de btw op groente, fruit en boeken verhogen van zes naar negen procent. Supermarkten vrezen "
    "dat klanten over de grens gaan winkelen. Volgens minister Eelco Heinen van Financiën is het nodig. De "
    "oppositie noemt het plan onrechtvaardig voor lage inkomens.",
)
REACTION = (  # the next day's paper, its headline in capitals
    "BOZE KLANTEN AAN DE KASSA",
    "Supermarkten merken nu al dat klanten boos zijn over de btw op groente. Wie weinig verdient, betaalt straks "
    "meer voor fruit en boeken, zegt de oppositie.",
)
BELGIUM = (  # two days on: another country's tax on another product
    "BELGIË VERHOOGT ACCIJNS OP SIGARETTEN",
    "De Belgische regering verhoogt de accijns op sigaretten en tabak. Een pakje wordt een euro duurder, meldt "
    "minister Vincent Van Peteghem. Rokers kopen hun tabak nu al vaak in Luxemburg.",
)


def test_a_headline_in_capitals_gives_no_names():
    assert not feat("b", "AD", at(1, -9), *REACTION).names
    assert not feat("g", "AD", at(), "GEEN KOP", "Een lezer schrijft over de btw.").names
    mixed = feat("n", "NOS", at(), "NAVO wil meer geld voor defensie", "De NAVO vraagt het van alle landen.")
    assert "navo" in mixed.names  # an abbreviation in an ordinary headline stays a name


def test_a_headline_in_capitals_keeps_a_place_and_the_names_the_text_writes():
    assert feat("d", "AD", at(), "UITSLAANDE BRAND IN DEVENTER", "Een huis brandde af.").names == {"deventer"}
    assert feat("h", "AD", at(), "RELLEN IN DEN HAAG", "Het was onrustig.").names >= {"den haag"}
    assert not feat("k", "AD", at(), "BRAND IN DE KEUKEN", "Een pan vloog in brand.").names  # no place
    written = feat("z", "AD", at(), "ZWOLLE KRIJGT NIEUW STATION", "Het station van Zwolle wordt vernieuwd.")
    assert written.lead_names == {"zwolle"}  # the body writes "Zwolle": the headline's word is a name


def test_a_reaction_under_a_headline_in_capitals_joins_its_story():
    settings = ClusterSettings()
    store = unrelated_window(settings)
    plan = assign(feat("a", "Trouw", at(0, -9), *PLAN), store, settings).story_id
    reaction = assign(feat("b", "AD", at(1, -9), *REACTION), store, settings)
    assert reaction.story_id == plan  # "klanten" and "kassa" are no key names the story lacks
    other = assign(feat("c", "AD", at(2, -9), *BELGIUM), store, settings)
    assert other.story_id != plan
