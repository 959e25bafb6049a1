from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import clash, marks
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window


def test_marks_read_ages_scores_rounds_and_repeats_from_the_headline_and_lead():
    assert "age:38" in marks("Man (38) opgepakt voor mishandeling", "")
    assert "score:2-1" in marks("Ajax wint van PSV", "Ajax heeft zondag met 2-1 gewonnen van PSV.")
    assert "round:2" in marks("Bertens begonnen aan tweederondepartij", "")
    assert "round:5" in marks("Etappe 5: massasprint in Colmar", "")
    assert "again" in marks("Magneetvissers vinden opnieuw granaten", "")
    assert "again" in marks("Weer boot met migranten in haven Lampedusa", "")
    assert "again" not in marks("Het weer wordt zonnig", "Morgen wordt het weer zonnig.")


def test_a_roundup_headline_is_marked():
    for title in ("Wekdienst 4/7: uitspraak en huldiging", "De sport van donderdag bij de NOS", "Dit was de week"):
        assert "roundup" in marks(title, ""), title
    assert "roundup" not in marks("Dit was de mooiste muziek van het jaar", "")
    assert "roundup" in marks(
        "Neres blijft bij Ajax", "In dit transferblog houden we je op de hoogte van al het nieuws."
    )


def test_scores_that_can_follow_each_other_are_one_match():
    assert not clash({"score:1-0"}, {"score:2-1"})
    assert not clash({"score:0-1"}, {"score:1-0"})  # the same match, the other team named first
    assert clash({"score:3-1"}, {"score:0-4"})


def test_other_ages_or_rounds_are_other_events():
    assert clash({"age:38"}, {"age:56"})
    assert not clash({"age:38"}, {"age:38", "age:17"})
    assert clash({"round:2"}, {"round:3"})
    assert not clash({"age:38"}, set())  # a mark on one side only says nothing


def test_a_tennis_result_is_read_as_its_run_of_sets_from_either_players_side():
    win = marks("Knappe zege Jansen", "", "Jansen won dinsdag met 4-6, 6-3 en 6-4 van de Spanjaard.")
    assert "sets:4-6/6-3/6-4" in win
    mirror = marks("Spanjaard verliest van Jansen", "", "De Spanjaard verloor met 6-4, 3-6, 4-6 van Jansen.")
    assert "sets:4-6/6-3/6-4" in mirror  # the same match, the loser's side
    assert "sets:6-7/4-6" in marks("Jansen door", "", "Zij won met 7-6 (5), 6-4.")
    football = marks("Ajax wint", "", "Ajax won met 2-0 en 3-1 zijn oefenduels; 1-0 bij rust.")
    assert not any(m.startswith("sets:") for m in football)  # no side reached six games
    assert not any(m.startswith("sets:") for m in marks("Jansen wint", "", "Jansen won de eerste set met 6-4."))
    # a tiebreak in full is skipped too, also one that reads like a set ("(7-5)")
    assert "sets:3-6/6-7/2-6" in marks("Jansen door", "", "Zij won met 6-3, 7-6 (7-5), 6-2.")
    hockey = marks("Hockeysters door", "", "De hockeysters wonnen met 6-1 en 7-0, daarna met 6-5.")
    assert not any(m.startswith("sets:") for m in hockey)  # 7-0 and 6-5 are no tennis sets


def test_a_match_stopped_after_some_sets_and_its_result_are_one_match():
    stopped = marks("Regen stopt partij Jansen", "", "Bij 6-4, 3-6, 2-1 werd de partij van Jansen gestaakt.")
    assert "sets:4-6/6-3" in stopped  # the game score of the unfinished set is no set
    assert not clash(stopped, marks("Jansen wint", "", "Jansen won de hervatte partij met 6-4, 3-6, 7-5."))
    assert not clash({"sets:4-6/6-3/5-7"}, {"sets:4-6/6-3"})
    assert clash({"sets:4-6/6-3"}, {"sets:4-6/3-6/6-1"})  # another second set: another match


def test_two_tennis_results_are_two_matches_the_same_result_one():
    assert clash({"sets:4-6/6-3/6-4"}, {"sets:3-6/4-6"})  # a player's next match, a day later
    assert not clash({"sets:3-6/4-6"}, {"sets:3-6/4-6", "sets:1-6/6-4/6-1"})


FIRST_MATCH = (
    "Knappe zege Jansen in Valencia",
    "Tennisser Pieter Jansen heeft in het toernooi van Valencia de achtste finales bereikt. Jansen won "
    "dinsdag met 4-6, 6-3 en 6-4 van de Spanjaard Diego Ruiz, na een lange partij op het gravel.",
)
FIRST_MATCH_AGAIN = (
    "Jansen wint weer in Valencia",
    "Pieter Jansen staat in de achtste finales van het toernooi in Valencia. De Nederlander versloeg "
    "dinsdag Diego Ruiz met 4-6, 6-3, 6-4 op het gravel.",
)
NEXT_MATCH = (
    "Jansen strandt in achtste finales Valencia",
    "Tennisser Pieter Jansen is in de achtste finales van het toernooi van Valencia uitgeschakeld. Jansen "
    "verloor woensdag met 3-6, 4-6 van de Fransman Luc Moreau, na een korte partij op het gravel.",
)


def test_a_players_next_match_is_another_story_the_same_match_told_again_is_not():
    for settings, apart in ((ClusterSettings(), True), (replace(ClusterSettings(), event_clash=1.0), False)):
        store = MemoryStoryStore()
        first = assign(feat("a", "NOS", at(0, 10), *FIRST_MATCH), store, settings).story_id
        assert assign(feat("b", "AD", at(0, 11), *FIRST_MATCH_AGAIN), store, settings).story_id == first
        assert (assign(feat("c", "NOS", at(1, 10), *NEXT_MATCH), store, settings).story_id != first) == apart


def test_a_tiebreak_in_brackets_is_no_age_nor_a_score_wherever_the_set_stands():
    for lead in (
        "Zij won met 7-6 (5) 6-4.",
        "Zij won met 6-4 7-6 (5).",
        "Zij won de eerste set met 7-6 (4), daarna 6-7 (10-8).",
    ):
        found = marks("Jansen wint", lead)
        assert not any(m.startswith("age:") for m in found), lead
        assert not {"score:5-0", "score:10-8"} & found, lead
    assert "age:27" in marks("Jansen (27) wint", "Zij won met 7-6 (5) 6-4.")  # an age beside it still counts
    assert "age:5" in marks("Meisje (5) gered", "Het meisje werd met 2-1 (5) ... gered.")  # no set: an age


def test_the_age_of_an_unnamed_person_written_as_a_word_is_a_mark():
    assert "age:45" in marks("Oplichter veroordeeld", "De rechtbank heeft een 45-jarige man veroordeeld.")
    assert "age:29" in marks("Twee jaar cel", "Een 29-jarige Vrouw uit Almere moet twee jaar de cel in.")
    # a named person beside the story's subject (a teammate, a rival) is no other case
    assert not marks("Poels deelt kopmanschap", "Poels deelt het met de 24-jarige Engelsman Tao Hart.")


SWINDLE_MONDAY = (
    "Rechter veroordeelt oplichter tot drie jaar cel",
    "De rechtbank in Amsterdam heeft maandag een 45-jarige man veroordeeld tot drie jaar cel voor het oplichten "
    "van ouderen via WhatsApp. Hij maakte ruim veertig slachtoffers.",
)
SWINDLE_WEDNESDAY = (  # another defendant of the same court for the same kind of fraud, two days later
    "Rechtbank: twee jaar cel voor oplichting via WhatsApp",
    "De rechtbank in Amsterdam heeft woensdag een 29-jarige vrouw veroordeeld tot twee jaar cel voor oplichting "
    "van ouderen via WhatsApp. Zij maakte twaalf slachtoffers.",
)


def test_two_sentences_of_one_court_for_other_defendants_two_days_apart_stay_apart():
    store = unrelated_window(ClusterSettings())
    monday = assign(feat("m", "NOS", at(0, 10), *SWINDLE_MONDAY), store)
    wednesday = assign(feat("w", "NU.nl", at(2, 10), *SWINDLE_WEDNESDAY), store)
    assert wednesday.story_id != monday.story_id


def test_one_club_winning_and_losing_are_two_matches_though_the_scores_could_be_one():
    won = marks("Vitesse wint met 2-1 van NAC in Arnhem", "")
    lost = marks("Vitesse verliest in Arnhem van Roda JC", "In Arnhem werd het 0-1.")
    assert clash(lost, won)
    # one match told from either side, or a club losing a player, is no clash
    assert not clash(marks("NAC verliest van Vitesse", ""), won)
    assert not clash(marks("Vitesse verliest aanvoerder aan blessure", ""), won)


def test_warnings_of_two_kinds_of_weather_are_two_events():
    heat = marks("Code oranje in Limburg", "Het KNMI geeft code oranje af voor Limburg vanwege hitte tot 36 graden.")
    storms = marks("Code geel voor Limburg vanwege onweersbuien", "Het KNMI waarschuwt voor hagel en onweer.")
    assert clash(storms, heat)
    # the warning raised for the same heat is the same event
    assert not clash(marks("Code rood in Limburg", "Het KNMI geeft code rood af vanwege extreme hitte."), heat)


def test_it_happening_again_on_another_day_is_another_event():
    first = marks("Bus rijdt tegen gevel in Assen", "In Assen is dinsdagavond een bus tegen een gevel gereden.")
    again = marks("Opnieuw bus tegen gevel in Assen", "In Assen is vrijdagochtend een bus tegen een gevel gereden.")
    assert clash(again, first)
    # without `again`, or naming the story's time as well, it may be the next part of the same event
    assert not clash(marks("Bus tegen gevel in Assen", "In Assen is vrijdagochtend de gevel gestut."), first)
    both = marks("Opnieuw onderzoek bus Assen", "Vrijdagochtend is de bus van dinsdagavond opnieuw onderzocht.")
    assert not clash(both, first)


def test_fires_of_two_kinds_of_things_are_two_fires():
    stable = marks("Varkensstal in Deurne afgebrand", "In Deurne is vannacht een varkensstal afgebrand.")
    car = marks("Brand verwoest camper in Deurne", "In Deurne is vannacht een camper door brand verwoest.")
    assert clash(car, stable)
    # the follow-up names the stable again; a camper bought, not burned, says no fire
    assert not clash(marks("Eigenaar varkensstal Deurne na brand: alles kwijt", ""), stable)
    assert not clash(marks("Boer in Deurne koopt camper", ""), stable)


def test_ages_a_year_apart_are_one_person_told_by_two_outlets():
    assert not clash({"age:39"}, {"age:38"})  # one outlet counts this week's birthday, the other does not
    assert not clash({"age:38"}, {"age:39", "age:12"})
    assert clash({"age:40"}, {"age:38"})  # two years apart: two people
    assert clash({"age:39"}, {"age:17"})


SUSPECT = (
    "Verdachte (38) van steekpartij bij gemaal Zwartewaal aangehouden",
    "Een 38-jarige man is aangehouden na de steekpartij bij het gemaal in Zwartewaal. Hij stak een "
    "medewerker van het waterschap met een mes.",
)
SUSPECT_OTHER_OUTLET = (
    "Man (39) opgepakt na steekpartij gemaal Zwartewaal",
    "De politie heeft een 39-jarige man aangehouden voor de steekpartij bij het gemaal in Zwartewaal. De "
    "medewerker van het waterschap werd met een mes gestoken.",
)


def test_one_suspect_whose_age_two_outlets_give_a_year_apart_is_one_story():
    store = MemoryStoryStore()
    first = assign(feat("a", "NOS", at(0, 10), *SUSPECT), store).story_id
    assert assign(feat("b", "AD", at(0, 11), *SUSPECT_OTHER_OUTLET), store).story_id == first


def test_the_age_of_a_person_named_in_full_is_no_mark():
    # two reportages of one new rule ask other people: their ages are no two cases
    shop = marks("Helmplicht goed nieuws voor handelaar", "Kees Brink (35) en Ali Demir (32) kochten helmen in.")
    street = marks("Snorfiets naar de rijbaan", "Tom Bakker rijdt door rood. 'Onzin', vindt Bakker (19) de regels.")
    assert not any(m.startswith("age:") for m in shop | street)
    assert not clash(shop, street)
    assert "age:44" in marks("Jan de Vries (44) en man (44) opgepakt", "")  # the man's age stays a mark
    # an unnamed person, a surname alone or an initial stays a case's mark
    assert "age:38" in marks("Man (38) opgepakt", "De politie hield Bakker (38) aan.")
    assert "age:45" in marks("Sjonny W. (45) voor de rechter", "")
    assert "age:25" in marks("Steekpartij", "De Amsterdammer (25) werd aangehouden.")
