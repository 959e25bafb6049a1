"""One match told several times (`fixture`): the preview, the reactions and the summary of one match name other
players in their headlines and share few words, yet their leads name one pair of sides: they join one story.
Another match of the day (another pair) and the same pair days later stay apart."""

from dataclasses import replace
from datetime import date

from pipeline.stories import fixture, two_fixtures
from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()
WITHOUT = replace(SETTINGS, fixture_floor=1.0)  # no match key: the reactions open stories of their own

PREVIEW = (
    "Bondscoach Wolters blikt vooruit op eerste WK-duel",
    "Bondscoach Anneke Wolters vertelt vlak voor de aftrap van Canada - Nederland wat de plannen van Oranje zijn. "
    "De ploeg traint nog een keer in het stadion van Rennes.",
)
REACTION = (
    "Dekkers: 'Het was niet goed genoeg, we waren niet fris'",
    "De reactie van aanvoerster Femke Dekkers na de WK-wedstrijd van de Oranjevrouwen tegen Canada. "
    "Ze baalt van de slordige eerste helft.",
)
# the reaction to another match of the same tournament, the same evening
OTHER_MATCH = (
    "Dekkers: 'Het was niet goed genoeg, we waren niet fris'",
    "De reactie van aanvoerster Femke Dekkers na de WK-wedstrijd van Japan tegen Schotland. "
    "Ze baalt van de slordige eerste helft.",
)


def test_the_lead_names_the_match_its_headline_does_not() -> None:
    assert fixture.marks(REACTION[0], [REACTION[1]], 600) == {"fixture:canada|nederland"}  # "Canada." ends it
    assert fixture.marks(PREVIEW[0], [PREVIEW[1]], 600) == {"fixture:canada|nederland"}
    assert fixture.marks("Kamer stemt tegen Rutte", ["De Kamer stemde dinsdag tegen het plan."], 600) == frozenset()


def _joins(
    lead: tuple[str, str], hours: float, settings: ClusterSettings, first: tuple[str, str] = PREVIEW, at_hour: int = 10
) -> bool:
    """`lead` (AD) joins the story `first` (NOS, at `at_hour` on day 0) opened, `hours` after it."""
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, at_hour), *first), store, settings)
    return assign(feat("ad", "AD", at(0, at_hour + hours), *lead), store, settings).story_id == story.story_id


def test_a_reaction_to_the_storys_match_joins_it() -> None:
    assert _joins(REACTION, 5, SETTINGS)
    assert not _joins(REACTION, 5, WITHOUT)


def test_a_reaction_to_another_match_stays_apart() -> None:
    assert not _joins(OTHER_MATCH, 5, SETTINGS)


def test_the_same_pair_days_later_is_another_match() -> None:
    assert not _joins(REACTION, 24 * 3, SETTINGS)


FRIDAY = date(2019, 7, 26)


def test_a_stage_of_a_race_and_a_win_are_keys_with_their_day() -> None:
    stage = fixture.marks("Etappe afgebroken", ["De negentiende etappe werd gestaakt. Het hagelde."], 600, (), FRIDAY)
    assert stage == {"fixture:stage 19|2019-07-26"}
    win = fixture.marks("Quintana wint zware bergrit", [], 600, ["outcome:win:quintana"], FRIDAY)
    assert win == {"fixture:win quintana|2019-07-26"}


def test_a_tournaments_round_and_a_stage_recalled_later_are_no_keys() -> None:
    assert fixture.marks("Bertens door naar derde ronde", [], 600, (), FRIDAY) == frozenset()  # many matches
    recalled = ["Pinot stapte af. Hij viel donderdag in de achttiende etappe."]
    assert fixture.marks("Pinot verlaat de Tour", recalled, 600, (), FRIDAY) == frozenset()


STAGE_REPORT = (
    "Vandaag de negentiende etappe: Bernal pakt de gele trui",
    "De negentiende etappe van de Ronde van Frankrijk is vrijdag stilgelegd door hagel. Egan Bernal nam de gele "
    "trui over van Julian Alaphilippe.",
)
RIDERS_WORDS = (
    "Kruijswijk: 'Ik voelde me sterk vandaag'",
    "Steven Kruijswijk reed in de negentiende etappe sterk bergop voor de jury de koers stillegde. De kopman van "
    "Jumbo-Visma staat derde.",
)
# another race's stage of that number, the next day
NEXT_DAY = (
    "Kruijswijk: 'Ik voelde me sterk vandaag'",
    "Steven Kruijswijk reed in de twintigste etappe sterk bergop voor de finish. De kopman van Jumbo-Visma "
    "staat derde.",
)


def _stage_joins(lead: tuple[str, str], hours: float, settings: ClusterSettings) -> bool:
    return _joins(lead, hours, settings, STAGE_REPORT, 16)


def test_a_riders_words_on_the_stage_join_its_report() -> None:
    assert _stage_joins(RIDERS_WORDS, 2, SETTINGS)
    assert not _stage_joins(RIDERS_WORDS, 2, WITHOUT)


def test_another_stage_stays_apart() -> None:
    assert not _stage_joins(NEXT_DAY, 2, SETTINGS)


def test_a_grand_prix_is_a_key_by_its_country() -> None:
    bus = ["Drie dagen voor de Grote Prijs van Duitsland heeft een bus de startlichten gesloopt."]
    assert fixture.marks("Bus sloopt startlichten", bus, 600) == {"fixture:prix duitsland"}
    assert fixture.marks("Vierde tijd in training voor GP van Duitsland", [], 600) == {"fixture:prix duitsland"}
    assert fixture.marks("Grand Prix van Hongarije", [], 600) == {"fixture:prix hongarije"}


def test_a_grand_prix_named_by_its_circuits_town_is_its_countrys() -> None:
    preview = ["Zondag staat de Grand Prix van Monza op het programma, de thuisrace van Ferrari."]
    race = ["Verstappen is bij de start van de Grote Prijs van Italië drie plaatsen opgeschoven."]
    assert fixture.marks("Vooruitblik: Ferrari wil thuis winnen", preview, 600) == {"fixture:prix italië"}
    assert fixture.marks("Verstappen schuift op", race, 600) == {"fixture:prix italië"}
    assert not two_fixtures.clash(fixture.marks("Vooruitblik", preview, 600), fixture.marks("Race", race, 600))
    # a race named by a town that hosts no grand prix of a country keeps the town's name
    assert fixture.marks("Grote Prijs van Isbergues gaat door", [], 600) == {"fixture:prix isbergues"}


def _weekend(preview: str) -> bool:
    """Whether a race weekend's preview story and its practice story merge when a report fits both."""
    store = unrelated_window(SETTINGS)
    bus = (
        "Bus sloopt startlichten op circuit",
        f"Drie dagen voor de {preview} heeft een touringcar de startlichten op het circuit gesloopt. De "
        "organisatie plaatst nieuwe lampen.",
    )
    assign(feat("a", "AD", at(0, 1), *bus), store, SETTINGS)
    practice = (
        "Verstappen begint met vierde tijd, Ferrari's het snelst",
        "Max Verstappen is het weekend begonnen met de vierde tijd in de eerste vrije training. Sebastian Vettel "
        "was het snelst, voor Charles Leclerc.",
    )
    assign(feat("b", "AD", at(0, 3), *practice), store, SETTINGS)
    fourth = (
        "Vierde tijd Verstappen in eerste vrije training",
        "Max Verstappen heeft bij de eerste vrije training voor de Grand Prix van Duitsland de vierde tijd gereden. "
        "Sebastian Vettel was het snelst, voor Charles Leclerc.",
    )
    assign(feat("c", "NOS", at(0, 4), *fourth), store, SETTINGS)
    crash = (
        "Gasly crasht in middagtraining, vijfde tijd Verstappen",
        "Bij de tweede vrije training van de Grand Prix van Duitsland is Max Verstappen vijfde geworden. Op het "
        "circuit crashte Pierre Gasly; Sebastian Vettel was weer het snelst.",
    )
    assign(feat("d", "AD", at(0, 6), *crash), store, SETTINGS)
    return store.article_story("a") == store.article_story("d")


def test_a_report_that_fits_two_stories_of_one_race_weekend_merges_them() -> None:
    assert _weekend("Grote Prijs van Duitsland")


def test_a_preview_of_another_grand_prix_stays_apart() -> None:
    assert not _weekend("Grote Prijs van Hongarije")


def test_two_countries_one_word_with_a_hyphenated_country_are_a_pair() -> None:
    spitse = fixture.marks("Spitse na Nieuw-Zeeland-Nederland: 'Het was geen goede wedstrijd'", [], 600)
    assert spitse == {"fixture:nederland|nieuw-zeeland"}
    assert fixture.marks("Jumbo-Visma-Ineos", [], 600) == frozenset()  # no countries
    assert fixture.marks("Nieuw-Zeeland kiest nieuwe premier", [], 600) == frozenset()  # one country


def test_a_win_of_another_race_day_is_another_event() -> None:
    wellens = fixture.marks("Wellens wint vierde etappe", ["Tim Wellens won de vierde etappe."], 600, (), FRIDAY)
    hodeg = fixture.marks("Hodeg wint langste etappe", [], 600, ["outcome:win:hodeg"], date(2019, 7, 27))
    assert fixture.another_day(hodeg, wellens)
    same_day = fixture.marks("Hodeg wint langste etappe", [], 600, ["outcome:win:hodeg"], FRIDAY)
    assert not fixture.another_day(same_day, wellens)  # the day's stage and its winner, told apart: one race
    assert not fixture.another_day(hodeg, fixture.marks("Canada - Nederland", [], 600))  # a match: no day
