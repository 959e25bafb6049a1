"""A roundup of the morning's news ("Wekdienst 2/3: dijk Zaltbommel verzakt en ...") that names an item in
its headline is listed in that item's story; its other items' words, names and days stay out of it, and a
roundup that names no item ("De sport van woensdag bij de NOS") stays a story of its own."""

from pipeline.stories.cluster import assign
from pipeline.stories.events import marks
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.test_cluster import DIJK_WIRE, STAKING_BODY
from tests.pipeline.stories.texts import at, feat

WEKDIENST = "Wekdienst 2/3: dijk Zaltbommel verzakt en buschauffeurs Keolis staken"


def _stories() -> tuple[MemoryStoryStore, int, int]:
    store = MemoryStoryStore()
    dijk = assign(
        feat("d1", "NU.nl", at(0, 0), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store
    )
    staking = assign(feat("s1", "RTV Oost", at(0, 1), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY), store)
    return store, dijk.story_id, staking.story_id


def test_a_roundup_naming_an_item_joins_a_story_it_names():
    store, dijk, staking = _stories()
    roundup = assign(feat("w1", "NOS", at(0, 2), WEKDIENST, DIJK_WIRE + "\n\n" + STAKING_BODY), store)
    assert not roundup.created and roundup.story_id in (dijk, staking)
    assert not roundup.merges
    store, dijk, staking = _stories()
    unnamed = assign(
        feat("w1", "NOS", at(0, 2), "De sport van woensdag bij de NOS", DIJK_WIRE + "\n\n" + STAKING_BODY), store
    )
    assert unnamed.created  # a roundup naming no item stays a story of its own


def test_the_roundups_other_items_stay_out_of_the_story():
    store, dijk, staking = _stories()
    roundup = assign(feat("w1", "NOS", at(0, 2), WEKDIENST, DIJK_WIRE + "\n\n" + STAKING_BODY), store)
    joined = store.story(roundup.story_id)
    assert joined is not None and "roundup" not in joined.marks
    other = staking if roundup.story_id == dijk else dijk
    again = assign(feat("s2", "AD", at(0, 3), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY), store)
    later = assign(feat("d2", "AD", at(0, 3), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store)
    assert {again.story_id, later.story_id} == {dijk, staking} and other in (again.story_id, later.story_id)


TOPBANEN = (
    "De regeringsleiders van de Europese Unie zijn in Brussel opnieuw bijeen om de topbanen te verdelen. Na een "
    "vergadering van achttien uur kwamen zij er zondag niet uit. Frans Timmermans blijft in de race voor het "
    "voorzitterschap van de Europese Commissie, maar Oost-Europese landen liggen dwars.\n\n"
    "Premier Rutte zegt te hopen dat er vandaag een meerderheid ontstaat voor een kandidaat."
)
SENAAT = (
    "De Eerste Kamer heeft een nieuwe voorzitter gekozen. De senatoren kozen in de eerste stemronde voor de "
    "kandidaat van de grootste fractie, die de verkiezing met ruime meerderheid won."
)


def test_a_roundup_lends_its_story_no_marks_of_its_other_items():
    """The morning's roundup names the summit and the Senate's election of its chair: listed in the summit's story,
    it must not give that story the Senate election's mark, or the summit's next report, on a seat in the European
    Parliament (an election mark of another body), would read as another body's election and stay apart."""
    store = MemoryStoryStore()
    top = assign(
        feat("t1", "NOS", at(0, 0), "EU-leiders weer in Brussel bijeen om topbanen te verdelen", TOPBANEN), store
    )
    roundup = assign(
        feat(
            "w1",
            "NOS",
            at(0, 1),
            "Wekdienst 2/7: weer topoverleg in Brussel en voorzitter Senaat gekozen",
            TOPBANEN + "\n\n" + SENAAT,
        ),
        store,
    )
    assert roundup.story_id == top.story_id
    joined = store.story(top.story_id)
    assert joined is not None and not any(m.startswith("elected:") for m in joined.marks)
    seat = assign(
        feat(
            "t2",
            "NU.nl",
            at(0, 3),
            "Timmermans ziet af van zetel in Europees Parlement, EU-leiders in overleg over topbanen",
            "Frans Timmermans laat de voorzitter van het Europees Parlement weten dat hij afziet van zijn zetel. De "
            "regeringsleiders van de Europese Unie zijn in Brussel in overleg over de topbanen; Timmermans is een "
            "kandidaat voor het voorzitterschap van de Europese Commissie.",
        ),
        store,
    )
    assert seat.story_id == top.story_id
    senate = assign(feat("s1", "NU.nl", at(0, 4), "Eerste Kamer kiest nieuwe voorzitter", SENAAT), store)
    assert senate.story_id != top.story_id  # the roundup's other item stays a story of its own


MEMIS_PODCAST = (
    "Zo'n twintig Nederlandse Turken zitten vast in Turkije. Een van hen is het Eindhovense SP-raadslid Murat "
    "Memis, die het land al weken niet uit mag. Vandaag buigt de Turkse rechter in Antalya zich over zijn zaak.\n\n"
    "Wat doet Nederland om deze mensen terug te krijgen? Te gast is een verslaggever die de zaak van Memis volgt."
)
MEMIS_NEWS = (
    "Het Eindhovense SP-raadslid Murat Memis is in Turkije vrijgesproken. De Turkse rechter in Antalya oordeelde "
    "dat er geen bewijs is voor propaganda voor een terroristische organisatie. Memis mocht Turkije weken niet "
    "verlaten en kan nu terug naar Nederland."
)


def test_a_podcast_episode_on_one_subject_is_that_subjects_story():
    """A podcast whose headline gives its one subject after a colon is an episode on that subject, not a roundup:
    the subject's news joins it, and news of another subject does not; a podcast without a subject is a roundup."""
    store = MemoryStoryStore()
    podcast = assign(
        feat(
            "p1", "NOS", at(0, 0), "Podcast De Dag: 'Stille diplomatie met Turkije is op eieren lopen'", MEMIS_PODCAST
        ),
        store,
    )
    news = assign(feat("n1", "NU.nl", at(0, 5), "SP-raadslid Memis in Turkije vrijgesproken", MEMIS_NEWS), store)
    assert news.story_id == podcast.story_id
    other = assign(
        feat(
            "o1",
            "NU.nl",
            at(0, 6),
            "Turkije neemt Russisch raketsysteem in ontvangst",
            "Turkije heeft de eerste onderdelen van het Russische raketsysteem S-400 ontvangen. De Verenigde Staten "
            "dreigen met sancties tegen de NAVO-bondgenoot.",
        ),
        store,
    )
    assert other.story_id != podcast.story_id
    assert "roundup" in marks("Podcast De Week", "")


def test_a_programmes_dated_episode_is_a_roundup_a_headline_ending_in_a_date_is_not():
    assert "roundup" in marks("Met het Oog op Morgen 12-05-2019", "")
    assert "roundup" in marks("Radio Rijnmond Vandaag 3-3-26", "")
    assert "roundup" not in marks("Uitstalverbod sigaretten uitgesteld tot 1-7-2020", "")
    assert "roundup" not in marks("Nieuw tarief voor afval per 1-1-2027", "")


def test_a_dated_episode_opens_a_story_of_its_own_the_days_items_do_not_join_it():
    store = MemoryStoryStore()
    episode = assign(
        feat("o1", "NOS", at(0, 0), "Met het Oog op Morgen 2-3-2026", DIJK_WIRE + "\n\n" + STAKING_BODY), store
    )
    dijk = assign(
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store
    )
    assert episode.created and dijk.story_id != episode.story_id
