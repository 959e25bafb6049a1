"""Daily rounds of a competition held over several days (a tour's stages) are different events; a developing
story over two days is one. Texts written for these tests (an invented tour, riders and town)."""

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import clash, marks
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.rounds import named, raced
from pipeline.stories.told import another_race_day
from tests.pipeline.stories.texts import at, feat, unrelated_window


def test_rounds_written_out_past_the_twelfth_are_read():
    assert named("de achttiende etappe, de negentiende rit en de eenentwintigste ronde") == [18, 19, 21]
    assert named("speelronde 34 en de drieëntwintigste speeldag") == [34, 23]
    assert clash(
        marks("Uitslagen en standen", "Luc Moreau won de achttiende etappe."),
        marks("Uitslagen en standen", "De negentiende etappe werd stilgelegd."),
    )  # the same headline over two days' results: two stages
    assert not clash(marks("Uitslagen", "Moreau won de achttiende etappe."), marks("Moreau wint", "De 18e rit."))
    assert not named("Veldkamp twijfelt na eerste Alpenetappe")  # the first stage in the mountains, not stage 1
    assert named("na de eerste etappe") == [1]


def test_a_stage_win_counted_is_no_round_and_the_stage_it_came_in_is():
    assert not named("Vos boekt haar vierde etappezege en zijn tweede ritzege, de 3e rondeoverwinning")
    assert named("haar vierde etappezege, in de tiende etappe") == [10]
    assert named("een tweederondeduel") == [2]
    final = marks("Vos wint laatste etappe, Moreau eindwinnaar", "Vos boekt haar vierde etappezege in de ronde.")
    report = marks("Moreau eindwinnaar, Vos wint slotetappe", "De tiende etappe werd een sprint.")
    assert not clash(final, report)  # the tenth stage, her fourth stage win: one race
    assert clash(marks("Vos wint vierde etappe", ""), report)  # the fourth stage and the tenth: two races


def test_the_lead_reports_its_first_round_and_the_headline_wins():
    lead = "Moreau stapte tijdens de 19e etappe af. Hij raakte donderdag in de 18e etappe geblesseerd."
    assert {m for m in marks("Moreau stapt huilend uit", lead) if m.startswith("round:")} == {"round:19"}
    found = marks("Veldkamp wint vijfde etappe", "Na zijn val in de vierde etappe won Veldkamp.")
    assert {m for m in found if m.startswith("round:")} == {"round:5"}
    through = marks("Jansen door in Valencia", "Jansen is na de eerste ronde door naar de tweede ronde. Zij won.")
    assert {m for m in through if m.startswith("round:")} == {"round:1", "round:2"}  # one sentence: both


def test_a_round_reached_is_reported_by_the_match_of_the_round_before():
    def rounds(title: str, lead: str) -> set[str]:
        return {m for m in marks(title, lead) if m.startswith("round:")}

    reached = rounds("Jansen begint toernooi met zege", "Jansen is in Valencia doorgedrongen tot de tweede ronde.")
    assert not clash(reached, rounds("Jansen overleeft eerste ronde in Valencia", ""))  # one match
    assert rounds("Jansen naar 3e ronde", "") == {"round:2", "round:3"}
    # the look-alike: a round the text is in, not one reached, and a stage, which no one reaches
    assert rounds("In de tweede ronde wacht Smit", "") == {"round:2"}
    assert clash(reached, rounds("Jansen overleeft derde ronde", ""))
    assert rounds("Jansen door naar de tiende etappe", "") == {"round:10"}


STAGE = (
    "Moreau wint koninginnenrit in Ronde van Noordland",
    "De Fransman Luc Moreau heeft de achttiende etappe van de Ronde van Noordland gewonnen. Jan Veldkamp verloor op "
    "de slotklim naar Hoogveen tijd en zakte naar de vierde plaats in het klassement.",
)
STAGE_TOO = (
    "Veldkamp zakt naar vierde plek in Ronde van Noordland",
    "Jan Veldkamp heeft in de Ronde van Noordland tijd verloren op de slotklim naar Hoogveen. Luc Moreau won de rit.",
)
MORNING_AFTER = (  # the next morning, on yesterday's stage: it says so
    "Veldkamp baalt van tijdverlies in Ronde van Noordland",
    "Jan Veldkamp baalde gisteren na de finish van zijn tijdverlies op de slotklim van de Ronde van Noordland. "
    "Moreau was de sterkste.",
)
NEXT_STAGE = (  # the next day's stage, told without its number
    "Veldkamp slaat terug in Ronde van Noordland, Moreau verliest trui",
    "Jan Veldkamp is in de Ronde van Noordland opgeschoven naar de derde plaats in het klassement. Luc Moreau "
    "verloor op de slotklim de leiderstrui.",
)
BRIDGE = (
    "Gemeente Noordland sluit brug na scheur in pijler",
    "De gemeente Noordland heeft de brug over de Veldvaart bij Hoogveen gesloten. Inspecteurs vonden een scheur in "
    "een pijler; wethouder Jan Veldkamp zegt dat de brug dicht blijft tot die is onderzocht.",
)
BRIDGE_TOO = (
    "Brug bij Hoogveen dicht om scheur",
    "De brug over de Veldvaart bij Hoogveen is gesloten. Wethouder Jan Veldkamp van Noordland wacht op het "
    "onderzoek naar de scheur.",
)
BRIDGE_NEXT = (  # the next day, naming no day: the same developing story
    "Brug bij Hoogveen blijft weken dicht, Noordland zoekt omleiding",
    "De brug over de Veldvaart bij Hoogveen blijft weken dicht. De scheur in de pijler is groter dan gedacht, "
    "zegt wethouder Jan Veldkamp van Noordland.",
)


def _stories(day_one: tuple[tuple[str, str], ...], day_two: tuple[tuple[str, str], ...], window: bool) -> list[int]:
    settings = ClusterSettings()
    store = unrelated_window(settings) if window else MemoryStoryStore()
    items = [(at(0, 7 + i), text) for i, text in enumerate(day_one)]
    items += [(at(1, -1 + 9 * i), text) for i, text in enumerate(day_two)]
    return [assign(feat(f"r{i}", "NOS", when, *text), store, settings).story_id for i, (when, text) in enumerate(items)]


NAMED_DAY = (  # the next day, naming the stage's day
    "Veldkamp blikt terug op zware dag in Ronde van Noordland",
    "Jan Veldkamp verloor maandag op de slotklim van de Ronde van Noordland tijd op Luc Moreau.",
)


def test_the_next_days_stage_is_another_story_the_next_mornings_reaction_is_not():
    for window in (False, True):  # a cold store, and one holding enough articles to tell rare names
        stage, stage_too, morning, named_day, next_stage = _stories(
            (STAGE, STAGE_TOO), (MORNING_AFTER, NAMED_DAY, NEXT_STAGE), window
        )
        assert stage == stage_too == morning == named_day
        assert next_stage != stage


def test_a_day_later_a_round_story_is_told_apart_a_developing_story_is_not():
    for window in (False, True):
        first, second, next_day = _stories((BRIDGE, BRIDGE_TOO), (BRIDGE_NEXT,), window)
        assert first == second == next_day  # no round: the next day's news of the bridge, told the same way
        stage, stage_too, next_stage = _stories((STAGE, STAGE_TOO), (NEXT_STAGE,), window)
        assert stage == stage_too != next_stage


def test_a_round_reached_tells_the_round_won_to_reach_it():
    through = marks("Jansen wint in Valencia", "Jansen is in Valencia doorgedrongen tot de tweede ronde. Zij won.")
    assert {m for m in through if m.startswith("round:")} == {"round:1", "round:2"}
    first = marks("Jansen overleeft eerste ronde in Valencia", "Het blijft voor Jansen wennen.")
    assert not clash(first, through)  # the first round's match, before and after
    third = marks("Jansen staat in de derde ronde", "Jansen won opnieuw.")
    assert clash(first, third)  # the second round's match: another event
    assert {m for m in marks("Jansen speelt in de tweede ronde", "") if m.startswith("round:")} == {"round:2"}


def test_a_round_not_reached_tells_the_round_lost() -> None:
    """ "Zij slaagde er niet in de derde ronde te bereiken" reports the second round's loss, told by another outlet
    as "verloor in de tweede ronde": one match, one wire text (blind21's missed copy)."""
    missed = marks(
        "Opnieuw vroeg uit voor Jansen", "Jansen is er niet in geslaagd de derde ronde te bereiken in Valencia."
    )
    assert {m for m in missed if m.startswith("round:")} == {"round:2", "round:3"}
    assert not clash(missed, marks("Weer klap voor Jansen", "Jansen verloor in de tweede ronde in Valencia van Smit."))
    assert {m for m in marks("Jansen heeft de 4e ronde bereikt", "") if m.startswith("round:")} == {
        "round:3",
        "round:4",
    }
    # the look-alike: a round played, the words after it not of reaching it, stays that round alone
    third = marks("Jansen in de derde ronde te sterk voor Smit", "")
    assert {m for m in third if m.startswith("round:")} == {"round:3"}
    assert clash(third, marks("Jansen wint in de tweede ronde", ""))


MATCH = (
    "Moreau verrast Veldkamp in derde ronde van Noordland Open",
    "Luc Moreau heeft in de derde ronde van het Noordland Open Jan Veldkamp verslagen: 6-3, 6-4.",
)


def test_the_next_mornings_report_of_the_storys_tennis_result_is_no_other_race_day():
    match = feat("a", "NOS", at(0, 8), *MATCH)
    story = match.marks | raced(match.marks, match.day)
    same = feat("b", "NOS", at(1, 1), "Moreau stunt tegen Veldkamp", "De Fransman wint in twee sets: 6-3, 6-4.")
    assert not another_race_day(same, story, {})
    other = feat("c", "NOS", at(1, 1), "Moreau stunt opnieuw", "De Fransman wint ook van Pieter Brand: 7-5, 6-2.")
    assert another_race_day(other, story, {})  # his next match, the next day


NAESEN = ("Naesen: 'Als je geklopt wordt, is dat geen ramp'", "De reactie van Oliver Naesen na de negende etappe.")
SPRINTER = (
    "Veldkamp lacht: 'Ik voel me goed, heb zin in morgen'",
    "De sprinter van Jumbo-Visma kwam in de negende etappe ruim binnen de tijdslimiet over de streep.",
)
SPRINTER_NEXT = (SPRINTER[0], SPRINTER[1].replace("negende", "tiende"))


def test_two_riders_reactions_after_one_stage_join_the_next_stages_stays_apart():
    for window in (False, True):
        naesen, sprinter = _stories((NAESEN, SPRINTER), (), window)
        assert naesen == sprinter
        naesen, next_stage = _stories((NAESEN,), (SPRINTER_NEXT,), window)
        assert naesen != next_stage
