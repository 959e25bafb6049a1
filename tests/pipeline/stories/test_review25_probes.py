"""Review probes (review25) of stories25: headline actors, tennis set marks. Each test states the
behaviour a reader needs; each xfailed (strict) on stories25's code because of a defect the review
found and passes since fixstories25. Texts written for these probes."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import clash, marks, tennis_sets
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

FILLER = [
    "akker", "balkon", "circus", "duiker", "egel", "fontein", "gitaar", "haven", "iglo", "jurk", "kasteel",
    "lantaarn", "molen", "nachtegaal", "oester", "pompoen", "quiche", "raket", "sleutel", "tulp", "uil",
    "vlinder", "wortel", "yoghurt", "zeilboot", "anker", "beker", "citroen", "deken", "emmer",
]  # fmt: skip


def window(settings: ClusterSettings) -> MemoryStoryStore:
    """60 unrelated items first, so that a rare name is telling (as the authors' tests do)."""
    return unrelated_window(settings, FILLER)


# --- headline actors ---------------------------------------------------------------------------

FRAUD = (
    "Gemeente Zwolle start groot onderzoek naar fraude met subsidies",
    "De gemeente Zwolle laat onderzoeken hoe sportclubs subsidies konden krijgen voor activiteiten die nooit "
    "plaatsvonden. Volgens wethouder Jan de Groot gaat het om tonnen aan subsidies voor jeugdkampen en "
    "toernooien.\n\nEen extern bureau gaat de subsidies van de afgelopen vijf jaar doorlichten.",
)
DENIAL = (
    "Penningmeester Bakker ontkent fraude",
    "Penningmeester Piet Bakker van een Zwolse sportclub ontkent dat de club subsidies heeft gekregen voor "
    "jeugdkampen die nooit zijn gehouden. Hij noemt de beschuldigingen onzin. De gemeente Zwolle onderzoekt "
    "de zaak.",
)


def test_a_lowercase_headline_word_that_is_also_a_surname_is_no_actor():
    assert "groot" not in feat("a", "NOS", at(0, 1), *FRAUD).actors


def test_a_follow_up_joins_a_story_whose_headline_has_an_adjective_equal_to_a_surname():
    store = window(ClusterSettings())
    fraud = assign(feat("a", "NOS", at(0, 1), *FRAUD), store).story_id
    assert assign(feat("b", "AD", at(0, 3), *DENIAL), store).story_id == fraud


LEADER = (
    "Verhoeven kopman van Team Polder in Ronde van Portugal",
    "De ploeg heeft Bram Verhoeven aangewezen als kopman van Team Polder in de Ronde van Portugal, die zaterdag "
    "in Lissabon begint. De klimmer uit Zwolle mikt op een plaats bij de eerste vijf in het eindklassement van "
    "de Portugese rittenkoers.\n\nVerhoeven reed dit voorjaar sterk in de bergen. De ploegleiding rekent op hem "
    "in de zware bergritten van de tweede week van de Ronde van Portugal.",
)
# another rider's news about the same tour, a rider whose surname has two particles
OTHER_RIDER = (
    "Van der Poel maakt debuut in Ronde van Portugal",
    "De renner Mathieu van der Poel maakt zaterdag in Lissabon zijn debuut in de Ronde van Portugal. De renner "
    "van Team Kust mikt in de Portugese rittenkoers op een zege in een van de vlakke ritten.\n\nVan der Poel was "
    "dit voorjaar snel in de sprints. Zijn ploeg hoopt op een ritzege in de eerste week.",
)


def test_a_surname_with_two_particles_is_a_headline_actor():
    assert feat("nu", "NU.nl", at(0, 3), *OTHER_RIDER).actors


def test_another_riders_news_stays_apart_when_his_surname_has_particles():
    store = window(ClusterSettings())
    leader = assign(feat("nos", "NOS", at(0, 1), *LEADER), store).story_id
    assert assign(feat("nu", "NU.nl", at(0, 3), *OTHER_RIDER), store).story_id != leader


# --- tennis sets -------------------------------------------------------------------------------


def test_one_match_with_its_tiebreak_written_in_full_or_short_is_one_match():
    short = marks("Griekspoor naar kwartfinale", "", "Griekspoor won met 6-3, 7-6 (4), 6-2 van de Italiaan.")
    full = marks("Griekspoor te sterk voor Italiaan", "", "Griekspoor won met 6-3, 7-6 (7-4), 6-2 van de Italiaan.")
    assert not clash(short, full)


def test_a_suspended_match_and_its_resumption_are_one_match():
    stopped = marks("Regen stopt partij Rus", "", "Bij een stand van 6-4, 3-6 werd de partij van Rus gestaakt.")
    resumed = marks("Rus wint hervatte partij", "", "Arantxa Rus won de hervatte partij met 6-4, 3-6, 7-5.")
    assert not clash(stopped, resumed)


def test_two_hockey_results_are_not_a_tennis_match():
    lead = "De hockeysters wonnen hun eerste twee duels met 6-1 en 7-0."
    assert not tennis_sets(lead)
    again = "Na zeges met 7-0 en 6-1 staan de hockeysters in de kwartfinale."
    assert not clash(marks("Hockeysters door", "", lead), marks("Hockeysters in kwartfinale", "", again))


def in_flanders(text: tuple[str, str]) -> tuple[str, str]:
    """The authors' tour example (test_actors) moved to the Ronde van Vlaanderen."""
    return tuple(  # type: ignore[return-value]
        t.replace("Portugal", "Vlaanderen").replace("Lissabon", "Antwerpen").replace("Portugese", "Vlaamse")
        for t in text
    )


RIVAL = (
    "Kuipers maakt debuut in Ronde van Portugal",
    "De sprinter Sander Kuipers maakt zaterdag in Lissabon zijn debuut in de Ronde van Portugal. De renner van "
    "Team Kust mikt in de Portugese rittenkoers op een zege in een van de vlakke ritten.\n\n"
    "Kuipers was dit voorjaar snel in de sprints. Zijn ploeg hoopt op een ritzege in de eerste week.",
)


def test_another_riders_news_about_a_race_named_after_a_region_stays_apart():
    assert "vlaanderen" not in feat("nu", "NU.nl", at(0, 3), *in_flanders(RIVAL)).actors
    store = window(ClusterSettings())
    leader = assign(feat("nos", "NOS", at(0, 1), *in_flanders(LEADER)), store).story_id
    assert assign(feat("nu", "NU.nl", at(0, 3), *in_flanders(RIVAL)), store).story_id != leader
