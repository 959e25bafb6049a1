"""Wire copy rewritten by a regional edition is still a copy; another report of the event is not."""

from pipeline.stories.cluster import assign
from pipeline.stories.duplicates import DuplicateSettings, find_original, remember, signature_of
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.shingles import shingles
from tests.pipeline.stories.rewrites import BRUG_BACKGROUND, BRUG_CUT, BRUG_EDITION, BRUG_ORIGINAL, BRUG_OTHER
from tests.pipeline.stories.texts import at, feat


def _first(store: MemoryStoryStore) -> None:
    assign(feat("dc", "De Stentor", at(0, 1), "Wilhelminabrug vijf maanden dicht", BRUG_ORIGINAL), store)


def test_an_editions_rewrite_with_moved_byline_and_numbers_written_out_is_a_copy():
    store = MemoryStoryStore()
    _first(store)
    edition = assign(
        feat("ed", "Deventer Dagblad", at(0, 3), "Omrijden geblazen: brug maanden dicht", BRUG_EDITION), store
    )
    assert edition.duplicate_of == "dc"


def test_a_cut_that_opens_like_the_copy_and_then_goes_its_own_way_is_a_copy():
    store = MemoryStoryStore()
    _first(store)
    cut = assign(feat("cut", "Regiokrant", at(0, 2), "Brug Deventer dicht voor onderhoud", BRUG_CUT), store)
    assert cut.duplicate_of == "dc"


def test_the_rewrite_is_found_in_either_order():
    store = MemoryStoryStore()
    assign(feat("ed", "Deventer Dagblad", at(0, 1), "Omrijden geblazen", BRUG_EDITION), store)
    later = assign(feat("dc", "De Stentor", at(0, 2), "Wilhelminabrug vijf maanden dicht", BRUG_ORIGINAL), store)
    assert later.duplicate_of == "ed"


def test_another_reporters_article_on_the_same_event_is_not_a_copy_but_joins_the_story():
    store = MemoryStoryStore()
    _first(store)
    edition = assign(feat("ed", "Deventer Dagblad", at(0, 2), "Omrijden geblazen", BRUG_EDITION), store)
    other = assign(
        feat("other", "RTV Oost", at(0, 4), "Deventer vijf maanden zonder Wilhelminabrug", BRUG_OTHER), store
    )
    assert other.duplicate_of is None
    assert other.story_id == edition.story_id


def test_a_longer_piece_reprinting_two_paragraphs_under_its_own_opening_is_not_a_copy():
    store = MemoryStoryStore()
    _first(store)
    background = assign(
        feat("bg", "De Stentor", at(0, 6), "Deventer en zijn bruggen: een oude worsteling", BRUG_BACKGROUND), store
    )
    assert background.duplicate_of is None


def test_without_the_rewrite_rule_the_edition_is_missed():
    # the measure of what the rule adds: the 4-word shingles alone (Jaccard, 70% containment) miss it
    store = MemoryStoryStore()
    strict = DuplicateSettings(rewrite=1.01)
    original = feat("dc", "De Stentor", at(0, 1), "Brug dicht", BRUG_ORIGINAL)

    remember(original, signature_of(original, store, strict), store, strict)
    edition = feat("ed", "Deventer Dagblad", at(0, 2), "Omrijden geblazen", BRUG_EDITION)
    assert find_original(signature_of(edition, store, strict), store, strict) is None
    assert find_original(signature_of(edition, store, DuplicateSettings()), store, DuplicateSettings()) is not None


def test_numbers_in_digits_and_in_words_make_the_same_shingles():
    assert shingles([("over", "vijf", "jaar", "4.000", "euro")]) == shingles([("over", "5", "jaar", "4000", "euro")])


class _NoLsh(MemoryStoryStore):
    """A store whose LSH returns nothing (as for a rewrite whose Jaccard it misses by chance)."""

    def similar_signatures(self, signature):
        return []


def test_a_rewrite_the_lsh_misses_is_found_among_the_latest_articles_of_its_story():
    store = _NoLsh()
    first = assign(feat("dc", "De Stentor", at(0, 1), "Wilhelminabrug vijf maanden dicht", BRUG_ORIGINAL), store)
    edition = assign(feat("ed", "Deventer Dagblad", at(0, 3), "Omrijden geblazen", BRUG_EDITION), store)
    assert edition.duplicate_of == "dc" and edition.story_id == first.story_id
    other = assign(feat("other", "RTV Oost", at(0, 4), "Deventer zonder Wilhelminabrug", BRUG_OTHER), store)
    assert other.duplicate_of is None
