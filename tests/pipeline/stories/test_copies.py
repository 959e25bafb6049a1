"""Wire copy the 4-word shingles nearly miss (edited excerpts, typographic apostrophes, a sibling
excerpt) and a paper's own follow-up that reuses its background paragraphs (not a copy)."""

from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.shingles import shingles
from tests.pipeline.stories.copies import (
    MUSEUM_EDITED,
    MUSEUM_FIRST,
    MUSEUM_SIBLING,
    MUSEUM_WIRE,
    SCHOOL_DECIDED,
    SCHOOL_PARENTS,
)
from tests.pipeline.stories.texts import at, feat


def test_a_typographic_apostrophe_makes_the_same_shingles_as_a_plain_one():
    plain = [("de", "eerste", "64", "aed's", "langs", "de", "kust")]
    curly = [("de", "eerste", "64", "aed’s", "langs", "de", "kust")]
    assert shingles(curly) == shingles(plain)


def test_a_papers_follow_up_that_ends_with_its_own_background_paragraphs_is_not_a_copy():
    store = MemoryStoryStore()
    assign(feat("decided", "Friesch Dagblad", at(0, 1), "Dorpsschool Oudemirdum gaat dicht", SCHOOL_DECIDED), store)
    parents = assign(
        feat("parents", "Friesch Dagblad", at(1, 1), "Ouders naar rechter om dorpsschool", SCHOOL_PARENTS), store
    )
    assert parents.duplicate_of is None


def test_an_excerpt_edited_as_it_was_cut_is_a_copy():
    store = MemoryStoryStore()
    assign(feat("wire", "De Telegraaf", at(0, 1), "Gouden helmen gestolen uit Drents Museum", MUSEUM_WIRE), store)
    edited = assign(feat("feed", "NU.nl", at(0, 2), "Romeinse helmen gestolen in Assen", MUSEUM_EDITED), store)
    assert edited.duplicate_of == "wire"


def test_an_excerpt_is_a_copy_of_the_whole_text_it_lies_in_not_of_a_sibling_excerpt_of_its_size():
    store = MemoryStoryStore()
    assign(feat("wire", "De Telegraaf", at(0, 1), "Gouden helmen gestolen uit Drents Museum", MUSEUM_WIRE), store)
    assign(feat("sibling", "AD", at(0, 2), "Helmen gestolen uit museum in Assen", MUSEUM_SIBLING), store)
    first = assign(feat("first", "Trouw", at(0, 3), "Inbraak in Drents Museum", MUSEUM_FIRST), store)
    assert first.duplicate_of == "wire"
