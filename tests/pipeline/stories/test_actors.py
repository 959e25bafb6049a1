"""Headline actors: two reports of one tour about different riders are two events, a follow-up
naming the rider of its story is not; a short lead naming a growing story's own actor gets a
second look however common the name has become. Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.actors import clash, headline_actors
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

LEADER = (
    "Verhoeven kopman van Team Polder in Ronde van Portugal",
    "De ploeg heeft Bram Verhoeven aangewezen als kopman van Team Polder in de Ronde van Portugal, die zaterdag "
    "in Lissabon begint. "
    "De klimmer uit Zwolle mikt op een plaats bij de eerste vijf in het eindklassement van de Portugese "
    "rittenkoers.\n\n"
    "Verhoeven reed dit voorjaar sterk in de bergen. De ploegleiding rekent op hem in de zware bergritten "
    "van de tweede week van de Ronde van Portugal.",
)
# another rider's news about the same tour: the same tour and most words, another person
DEBUT = (
    "Kuipers maakt debuut in Ronde van Portugal",
    "De sprinter Sander Kuipers maakt zaterdag in Lissabon zijn debuut in de Ronde van Portugal. De renner van "
    "Team Kust mikt in de Portugese rittenkoers op een zege in een van de vlakke ritten.\n\n"
    "Kuipers was dit voorjaar snel in de sprints. Zijn ploeg hoopt op een ritzege in de eerste week.",
)
# the leader's story again, hours later, by another outlet: it names him
LEADER_LATER = (
    "Verhoeven ziet kansen in Ronde van Portugal",
    "Kopman Bram Verhoeven van Team Polder ziet kansen in de Ronde van Portugal, die zaterdag in Lissabon "
    "begint. De klimmer mikt op een plaats bij de eerste vijf in het eindklassement.\n\n"
    "De ploegleiding rekent op Verhoeven in de zware bergritten van de tweede week.",
)


def window_with_leader(settings: ClusterSettings) -> tuple[MemoryStoryStore, int]:
    """60 unrelated items (a window that can tell a rare name), then the leader's story."""
    store = unrelated_window(settings)
    return store, assign(feat("nos", "NOS", at(0, 1), *LEADER), store, settings).story_id


def test_headline_actors_are_people_named_in_full_in_the_text():
    leader = feat("nos", "NOS", at(0, 1), *LEADER)
    assert leader.actors == {"verhoeven", "polder"}  # "Bram Verhoeven", "Team Polder"
    names = {"den haag", "haag", "us open", "open", "spaanse valencia", "valencia", "new york", "york"}
    names |= {"eva smit", "smit"}
    title = ["Smit", "wint", "US", "Open", "in", "New", "York", "Den", "Haag", "en", "Valencia", "juichen"]
    assert headline_actors(title, names) == {"smit"}


def test_an_actor_is_written_as_a_name_in_the_headline_with_its_particles():
    names = {"frenkie de jong", "frenkie", "jong", "mathieu van der poel", "mathieu", "poel", "jan de groot", "jan"}
    assert headline_actors(["De", "Jong", "scoort", "twee", "keer"], names) == {"jong"}
    assert headline_actors(["Frenkie", "de", "Jong", "scoort"], names) == {"jong"}
    assert headline_actors(["Van", "der", "Poel", "wint"], names) == {"poel"}
    assert not headline_actors(["Jong", "talent", "wint"], names)  # no particle before it: the adjective
    assert not headline_actors(["Club", "zoekt", "jong", "talent"], names)  # lower case: a word, not a name
    assert not headline_actors(["Poel", "wint"], names)
    assert not headline_actors(["De", "Groot", "ontkent"], names)  # "groot" is no name of the text (a stopword)


def test_races_institutions_and_regions_give_no_actor():
    names = {"ronde van drenthe", "ronde", "drenthe", "tweede kamer", "kamer", "raad van state", "raad", "state"}
    names |= {"amstel gold race", "amstel", "gold", "race", "provincie limburg", "provincie", "limburg"}
    title = ["Ronde", "van", "Drenthe", "Tweede", "Kamer", "Raad", "van", "State", "Amstel", "Gold", "Race", "Limburg"]
    assert not headline_actors(title, names)


def test_another_riders_news_about_the_same_tour_stays_apart():
    debut = feat("nu", "NU.nl", at(0, 3), *DEBUT)
    assert debut.actors == {"kuipers"}
    store, leader = window_with_leader(ClusterSettings())
    assert assign(debut, store).story_id != leader
    no_clash = replace(ClusterSettings(), actor_clash=1.0)  # its words alone would pull it in
    store, leader = window_with_leader(no_clash)
    assert assign(debut, store, no_clash).story_id == leader


def test_a_follow_up_naming_the_stories_rider_joins_it():
    store, leader = window_with_leader(ClusterSettings())
    assert assign(feat("ad", "AD", at(0, 5), *LEADER_LATER), store).story_id == leader


def test_actors_survive_the_catalogs_json_and_old_features_read_as_unknown():
    debut = feat("nu", "NU.nl", at(0, 3), *DEBUT)
    data = debut.to_json()
    assert type(debut).from_json(data) == debut
    del data["actors"]
    assert type(debut).from_json(data).actors is None


MOVE = [
    (
        "Verhoeven tekent bij Team Kust",
        "De klimmer Bram Verhoeven verlaat Team Polder en tekent een contract voor drie jaar bij Team Kust. "
        "Dat maakte de ploeg maandag bekend. De transfer was al weken een gerucht in het peloton.",
    ),
    (
        "Verhoeven: 'Bij Team Kust krijg ik de ruimte'",
        "Bram Verhoeven kiest voor Team Kust omdat hij daar kopman wordt in de grote rondes, zegt de klimmer. "
        "Bij Team Polder was de verhouding met de ploegleiding bekoeld.",
    ),
    (
        "Team Polder teleurgesteld over vertrek Verhoeven",
        "De ploegleiding van Team Polder is teleurgesteld over het vertrek van Bram Verhoeven naar Team Kust. "
        "De klimmer had nog een jaar contract, maar de ploegen werden het eens over een afkoopsom.",
    ),
]
# a short reaction on the same move: it shares little wording, and after three articles "Verhoeven" is
# no longer a rare name in the window
REACTION = (
    "Oud-ploeggenoot gunt Verhoeven zijn nieuwe stap",
    "Oud-ploeggenoot Kees Mulder vindt het logisch dat Bram Verhoeven een nieuwe stap zet. 'Hij wil winnen. "
    "Hij traint hard, eet gezond en woont al jaren in de bergen, waar hij elke ochtend vroeg vertrekt. "
    "Zijn vrouw en kinderen steunen hem, en in de winter gaat het gezin samen langlaufen in Noorwegen.'",
)


def window_with_move(settings: ClusterSettings) -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(settings)
    stories = {assign(feat(f"m{i}", "Krant", at(0, i), *text), store, settings).story_id for i, text in enumerate(MOVE)}
    assert len(stories) == 1
    return store, stories.pop()


def test_a_short_lead_naming_a_growing_storys_own_actor_gets_a_second_look():
    reaction = feat("r", "AD", at(0, 4), *REACTION)
    assert reaction.actors == {"verhoeven"}
    store, move = window_with_move(ClusterSettings())
    assert assign(reaction, store).story_id == move
    # the name alone is too common by now (idf of the window alone: the prior of Dutch word rarity
    # lets the reaction's other rare words reach the threshold at this window size)
    no_core = replace(ClusterSettings(), core_size=0, prior_docs=0.0)
    store, move = window_with_move(no_core)
    assert assign(reaction, store, no_core).created


def test_a_full_name_that_opens_a_sentence_gives_the_headlines_actor():
    # the only full mention opens a sentence: the name rule drops "Bram" (not capitalised elsewhere), the actor stays
    said = feat(
        "s",
        "NOS",
        at(),
        "Verhoeven kijkt uit naar Ronde van Portugal",
        "Bram Verhoeven zegt dat hij klaar is voor de bergen. Volgens Verhoeven is de ploeg sterker dan vorig jaar.",
    )
    assert "bram" not in said.names and said.actors == {"verhoeven"}
    # a sentence opening with a word that is no name ("Ook") gives no actor
    also = feat(
        "o",
        "NOS",
        at(),
        "Ajax wint ook",
        "Ook Ajax won zaterdag. De ploeg uit Amsterdam speelde sterk tegen Ajax-fans.",
    )
    assert also.actors == frozenset()


def test_a_first_name_that_is_also_a_stopword_opens_a_persons_name_and_other_stopwords_do_not():
    for first in ("Ben", "Dan", "Wil", "Per"):
        assert headline_actors(["Hermans", "wint"], {f"{first.lower()} hermans", "hermans"}) == {"hermans"}, first
    # "Grote Markt", "Nieuwe Kerk", "Tweede Verhoeven": a stopword that is no first name opens no person's name
    for first in ("grote", "nieuwe", "tweede", "onze"):
        assert not headline_actors(["Verhoeven", "wint"], {f"{first} verhoeven", "verhoeven"}), first
    # a full name that opens a sentence ("Ben Hermans wint ...") counts too
    article = feat("a", "x", at(), "Hermans wint rit", "Ben Hermans wint de rit in Portugal. De renner was de snelste.")
    assert article.actors == {"hermans"}


def test_a_report_naming_one_of_the_storys_actors_is_no_other_peoples():
    # Stam leaves Feyenoord (story headlines: Troost, Van Gastel); "Advocaat erkent interesse" names Stam, whom he
    # succeeds, not the technical director nor the assistant: the same development, not other people's news
    names = {"advocaat": 0.9, "stam": 0.9, "jaap stam": 0.9, "feyenoord": 0.7}
    story_names = {"stam": 2, "troost": 1, "gastel": 1, "feyenoord": 2}
    weigh = {"stam": 0.9, "troost": 0.9, "gastel": 0.9}.__getitem__
    assert not clash(frozenset({"advocaat"}), names, ("troost", "gastel", "stam"), story_names, weigh, 0.55)
    without_stam = {"advocaat": 0.9, "feyenoord": 0.7}
    assert clash(frozenset({"advocaat"}), without_stam, ("troost", "gastel", "stam"), story_names, weigh, 0.55)
