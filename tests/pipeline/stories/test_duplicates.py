from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import BOILERPLATE, BRAND_BODY, DIJK_COPY, DIJK_OWN, DIJK_WIRE, STAKING_BODY, at, feat


def test_wire_copy_with_another_headline_and_small_edits_is_a_duplicate_and_joins_the_story():
    store = MemoryStoryStore()
    first = assign(
        feat("anp-nu", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store
    )
    copy = assign(
        feat("anp-tg", "De Telegraaf", at(0, 2), "Evacuatie in Bommelerwaard na dijkverzakking", DIJK_COPY), store
    )
    assert first.duplicate_of is None
    assert copy.duplicate_of == "anp-nu"
    assert copy.story_id == first.story_id and copy.score == 1.0


def test_own_reporting_on_the_same_event_is_not_a_duplicate():
    store = MemoryStoryStore()
    assign(feat("anp", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), store)
    own = assign(feat("own", "Omroep Gelderland", at(0, 5), "Onrust in sporthal na dijkverzakking", DIJK_OWN), store)
    assert own.duplicate_of is None


def test_a_shared_paragraph_of_boilerplate_does_not_make_two_articles_duplicates():
    store = MemoryStoryStore()
    brand = assign(
        feat("brand", "Voorbeeldkrant", at(0, 1), "Grote brand in Veenendaal", BRAND_BODY + "\n\n" + BOILERPLATE), store
    )
    staking = assign(
        feat("staking", "Voorbeeldkrant", at(0, 2), "Busstaking in Overijssel", STAKING_BODY + "\n\n" + BOILERPLATE),
        store,
    )
    assert staking.duplicate_of is None
    assert staking.story_id != brand.story_id


def test_an_outlets_repeated_boilerplate_is_set_aside_even_in_a_short_article():
    store = MemoryStoryStore()
    # the outlet prints the tip line under two articles: from then on it is boilerplate
    assign(feat("a", "Voorbeeldkrant", at(0, 1), "Brand in Veenendaal", BRAND_BODY + "\n\n" + BOILERPLATE), store)
    assign(feat("b", "Voorbeeldkrant", at(0, 2), "Staking", STAKING_BODY + "\n\n" + BOILERPLATE), store)
    # two short items that are nothing but a different first line and the tip line
    c = assign(
        feat(
            "c",
            "Voorbeeldkrant",
            at(0, 3),
            "Gemeente Ede sluit zwembad",
            "Het zwembad in Ede blijft een maand dicht.\n\n" + BOILERPLATE,
        ),
        store,
    )
    d = assign(
        feat(
            "d",
            "Voorbeeldkrant",
            at(0, 4),
            "Kerk Barneveld verkocht",
            "De oude kerk van Barneveld is verkocht aan een projectontwikkelaar.\n\n" + BOILERPLATE,
        ),
        store,
    )
    assert c.duplicate_of is None and d.duplicate_of is None


def test_a_headline_and_a_few_words_are_never_called_a_copy():
    store = MemoryStoryStore()
    assign(feat("a", "NOS", at(0, 1), "Dijk verzakt", "Dijk bij Zaltbommel verzakt."), store)
    b = assign(feat("b", "NU.nl", at(0, 2), "Dijk verzakt", "Dijk bij Zaltbommel verzakt."), store)
    assert b.duplicate_of is None  # too short to tell a copy from a coincidence; the story still joins


def test_a_feeds_excerpt_of_a_copy_is_a_duplicate_of_the_whole():
    store = MemoryStoryStore()
    whole = assign(feat("tg", "De Telegraaf", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), store)
    excerpt = DIJK_WIRE.split("\n\n")[0]  # the feed carries the first paragraph only
    short = assign(feat("nu", "NU.nl", at(0, 2), "Dijkverzakking Zaltbommel: bewoners geëvacueerd", excerpt), store)
    assert short.duplicate_of == "tg" and short.story_id == whole.story_id


def test_an_outlet_posting_the_same_text_again_under_other_headlines_posts_copies():
    store = MemoryStoryStore()
    first = assign(feat("tg1", "De Telegraaf", at(0, 1), "Binnenkijken bij de dijkwerkers", DIJK_WIRE), store)
    again = [
        assign(feat(f"tg{i}", "De Telegraaf", at(0, 1 + i), f"Kop {i} over de dijk", DIJK_WIRE), store)
        for i in (2, 3, 4)
    ]
    # by the third post every paragraph has been printed twice: not boilerplate when nothing else is left
    assert [a.duplicate_of for a in again] == ["tg1", "tg1", "tg1"]
    assert {a.story_id for a in again} == {first.story_id}


def test_an_outlets_later_text_over_its_own_intro_with_a_new_fact_is_no_copy():
    intro = (
        "Komende zondag speelt Excelsior Maassluis de derby tegen VFC op het eigen sportpark. Beide ploegen strijden"
        " om de laatste plek in de nacompetitie en het verschil is twee punten."
    )
    first = intro + (
        " Wie houdt het hoofd koel en wie gaat onderuit? Radio Maasland praat deze week met spelers, trainers en"
        " supporters over het duel van het jaar."
    )
    later = (
        intro.replace("Komende", "Aanstaande")
        + " De club verwacht zo'n 3.000 toeschouwers en zet daarom extra stewards en verkeersregelaars in."
    )
    store = MemoryStoryStore()
    assign(feat("a", "Radio Maasland", at(0, 1), "Derby in Maassluis", first), store)
    b = assign(feat("b", "Radio Maasland", at(0, 20), "Uitverkocht huis bij derby", later), store)
    assert b.duplicate_of is None  # its own intro over a new fact, not its text of the day before again
