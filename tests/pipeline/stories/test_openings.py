"""Wire copy by the opening (`openings`): a short version under a sentence of its own, or a cut of the first
paragraphs under a local intro, is a copy; a paragraph two short items both end with makes none."""

from pipeline.stories.cluster import assign
from pipeline.stories.copy_checks import names_its_own
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.openings import (
    after_start_share,
    ends_inside,
    opening,
    opening_hashes,
    opening_share,
    starts_inside,
)
from pipeline.stories.shingles import NUM_PERM
from tests.pipeline.stories.opening_texts import (
    BRIDGE_ITEM,
    FERRY_ITEM,
    HARBOUR_LOCAL,
    HARBOUR_PARAGRAPHS,
    PLATE,
    ROBBERY_HOME,
    ROBBERY_STREET,
    STORM_FULL,
    STORM_INTRO_CUT,
    STORM_LOCAL,
    STORM_SHORT,
)
from tests.pipeline.stories.texts import at, feat


def test_a_short_version_under_a_sentence_of_its_own_is_a_copy_of_the_agency_text():
    store = MemoryStoryStore()
    full = assign(feat("anp", "ANP", at(0, 1), "Tientallen bomen omgewaaid in Friesland", STORM_FULL), store)
    short = assign(feat("omrop", "Regio Noord", at(0, 2), "Storm in het noorden: bomen om", STORM_SHORT), store)
    assert short.duplicate_of == "anp"
    assert short.story_id == full.story_id


def test_the_agency_text_after_the_short_version_points_to_it():
    store = MemoryStoryStore()
    assign(feat("omrop", "Regio Noord", at(0, 1), "Storm in het noorden: bomen om", STORM_SHORT), store)
    full = assign(feat("anp", "ANP", at(0, 2), "Tientallen bomen omgewaaid in Friesland", STORM_FULL), store)
    assert full.duplicate_of == "omrop"


def test_two_short_items_ending_with_the_same_paragraph_are_no_copies():
    store = MemoryStoryStore()
    assign(feat("pont", "Regio Noord", at(0, 1), "Veerpont vaart niet", FERRY_ITEM + "\n\n" + PLATE), store)
    bridge = assign(feat("brug", "Dagblad Noord", at(0, 2), "Brug dicht", BRIDGE_ITEM + "\n\n" + PLATE), store)
    assert bridge.duplicate_of is None


def test_two_police_items_sharing_stock_sentences_are_no_copies():
    store = MemoryStoryStore()
    assign(feat("thuis", "Regio Oost", at(0, 1), "Vrouw beroofd in haar woning", ROBBERY_HOME), store)
    street = assign(feat("straat", "Dagblad Twente", at(0, 9), "Vrouw op straat beroofd", ROBBERY_STREET), store)
    assert street.duplicate_of is None


def test_a_cut_of_the_first_paragraphs_under_a_local_intro_and_ending_of_its_own_is_a_copy():
    store = MemoryStoryStore()
    assign(feat("anp", "ANP", at(0, 1), "Nieuwe veerterminal Harlingen", "\n\n".join(HARBOUR_PARAGRAPHS)), store)
    local = assign(
        feat("vl", "Eilandkrant", at(0, 3), "Vlieland kijkt uit naar terminal", "\n\n".join(HARBOUR_LOCAL)), store
    )
    assert local.duplicate_of == "anp"


def test_the_opening_leaves_out_the_last_of_several_paragraphs_and_is_shared_exactly():
    paras = [("de", "veerpont", "vaart", "niet", "vandaag"), tuple(PLATE.lower().split())]
    assert opening(paras, 120) == paras[:1]
    assert opening(paras[:1], 3) == [paras[0][:3]]
    values = tuple(range(2 * NUM_PERM))
    a = values + opening_hashes([tuple(STORM_SHORT.lower().split())], 120)
    assert opening_share(a, a, 12) == 1.0
    assert opening_share(values, a, 12) == 0.0  # a signature kept before openings were: no opening
    long = [tuple(f"woord{i}" for i in range(400))]
    assert len(opening_hashes(long, 400)) == NUM_PERM - 1  # never a third band of `NUM_PERM` values in a store


def test_a_headline_word_read_as_a_name_that_the_story_holds_is_no_template_filled_in():
    store = MemoryStoryStore()
    assign(feat("anp", "ANP", at(0, 1), "Tientallen bomen omgewaaid door storm", STORM_FULL), store)
    headline = feat("h", "Regio Noord", at(0, 2), "Noorden geteisterd: Storm blaast bomen om", STORM_SHORT)
    assert "storm" in (headline.lead_names or ())
    assert not names_its_own(headline, dict.fromkeys(headline.lead_names or (), 0.9), store, "anp", 0.55)
    template = STORM_SHORT.replace("Leeuwarden", "Harlingen")
    filled = feat("t", "Regio Noord", at(0, 2), "Bomen om in Harlingen", template)
    assert names_its_own(filled, {"harlingen": 0.9}, store, "anp", 0.55)


def test_a_version_under_an_intro_naming_its_own_town_is_a_copy_not_a_template():
    store = MemoryStoryStore()
    assign(feat("anp", "ANP", at(0, 1), "Tientallen bomen omgewaaid in Friesland", STORM_FULL), store)
    local = assign(feat("hc", "Harlinger Courant", at(0, 2), "Ook in Harlingen bomen om", STORM_LOCAL), store)
    assert local.duplicate_of == "anp"


def test_a_cut_keeping_the_first_paragraph_whole_under_an_intro_naming_its_town_is_a_copy():
    store = MemoryStoryStore()
    assign(feat("anp", "ANP", at(0, 1), "Tientallen bomen omgewaaid in Friesland", STORM_FULL), store)
    local = assign(feat("hc", "Harlinger Courant", at(0, 2), "Ook in Harlingen bomen om", STORM_INTRO_CUT), store)
    assert local.duplicate_of == "anp"


def _values(text: str) -> tuple[int, ...]:
    return tuple(range(2 * NUM_PERM)) + opening_hashes([tuple(text.lower().split())], 120)


STOCK = "het college van burgemeester en wethouders heeft dinsdag in zijn vergadering een voorstel vastgesteld"


def test_a_text_sharing_only_its_stock_start_goes_on_apart_and_an_edited_copy_does_not():
    pool = _values(
        STOCK + " het zwembad gaat twee jaar dicht voor een renovatie en zwemclubs trainen elders in de regio"
    )
    cycling = _values(STOCK + " er komt twee miljoen euro voor nieuwe fietspaden in de wijken aan de rand van de stad")
    assert after_start_share(pool, cycling, 12) == 0.0
    edited = _values("in heel het noorden waait het hard vandaag. " + STORM_SHORT.split(". ", 1)[1])
    assert after_start_share(edited, _values(STORM_SHORT), 12) >= 0.5


def test_a_start_kept_whole_counts_as_under_an_intro_only_after_a_sentence_of_its_own():
    full = _values(STORM_FULL.split("\n\n")[0])
    assert starts_inside(_values(STORM_INTRO_CUT), full, 12)
    same_start = _values(STORM_FULL.split("\n\n")[0].replace("Joure", "Heerenveen"))
    assert not starts_inside(same_start, full, 12)


def test_ends_inside_with_a_gap_counts_the_own_shingles_just_before_the_shared_end():
    pad = (0,) * (2 * NUM_PERM)
    other = pad + (1, 2, 3, 4, 5, 6, 7, 8, 9)
    short = pad + (1, 2, 3, 50, 51, 52, 9)  # three of its own before the shared end
    assert ends_inside(short, other)
    assert ends_inside(short, other, gap=3)
    assert not ends_inside(short, other, gap=2)
