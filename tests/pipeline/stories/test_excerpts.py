"""Wire copy in pieces: a feed's one-paragraph excerpt of a long wire text is a copy of it, in
either order, and a shared boilerplate paragraph does not make two articles copies."""

from pipeline.stories.cluster import assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import BRAND_BODY, at, feat
from tests.pipeline.stories.wire_texts import BOILERPLATE, BRUG_FULL, BRUG_LEAD, SPORTHAL


def test_a_one_paragraph_excerpt_after_the_full_text_is_a_copy_of_it():
    store = MemoryStoryStore()
    full = assign(
        feat("tg", "De Telegraaf", at(0, 1), "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL), store
    )
    short = assign(feat("nu", "NU.nl", at(0, 2), "Scheur in brug: A28 bij Zwolle afgesloten", BRUG_LEAD), store)
    assert short.duplicate_of == "tg"
    assert short.story_id == full.story_id


def test_the_full_text_after_its_excerpt_points_to_the_excerpt():
    store = MemoryStoryStore()
    short = assign(feat("nu", "NU.nl", at(0, 1), "Scheur in brug: A28 bij Zwolle afgesloten", BRUG_LEAD), store)
    full = assign(
        feat("tg", "De Telegraaf", at(0, 2), "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL), store
    )
    assert short.duplicate_of is None
    assert full.duplicate_of == "nu"
    assert full.story_id == short.story_id


def test_a_shared_boilerplate_paragraph_under_a_short_item_is_not_a_copy():
    store = MemoryStoryStore()
    assign(feat("hal", "RTV Regio", at(0, 1), "Deventer krijgt nieuwe sporthal", SPORTHAL), store)
    item = "De N337 tussen Deventer en Olst is donderdag de hele dag dicht voor asfaltwerk."
    short = assign(feat("weg", "RTV Regio", at(0, 2), "N337 dicht", item + "\n\n" + BOILERPLATE), store)
    other = assign(
        feat(
            "weg2", "Dagblad Regio", at(0, 3), "Weg dicht", item.replace("donderdag", "vrijdag") + "\n\n" + BOILERPLATE
        ),
        store,
    )
    assert short.duplicate_of is None
    assert other.duplicate_of != "hal"


def test_the_excerpt_of_another_text_with_the_same_boilerplate_is_not_a_copy_of_the_full_text():
    store = MemoryStoryStore()
    assign(feat("tg", "De Telegraaf", at(0, 1), "IJsselbrug dicht", BRUG_FULL + "\n\n" + BOILERPLATE), store)
    hal = SPORTHAL.split("\n\n")[0] + "\n\n" + BOILERPLATE
    short = assign(feat("hal", "De Telegraaf", at(0, 2), "Sporthal Deventer", hal), store)
    assert short.duplicate_of is None


def test_the_same_text_under_headlines_naming_other_ages_is_still_a_copy():
    store = MemoryStoryStore()
    first = assign(feat("a", "AD", at(0, 1), "Grote brand in loods Veenendaal", BRAND_BODY), store)
    owner = assign(feat("b", "NU.nl", at(0, 2), "Eigenaar (52) van afgebrande loods: alles kwijt", BRAND_BODY), store)
    suspect = assign(feat("c", "NOS", at(0, 3), "Man (38) aangehouden na brand in loods", BRAND_BODY), store)
    assert owner.duplicate_of == "a" and suspect.duplicate_of == "a"
    assert {first.story_id, owner.story_id, suspect.story_id} == {first.story_id}


def test_a_papers_cut_of_the_copy_with_its_own_opening_is_a_copy():
    """A paper runs most of the wire text under its own opening paragraph and drops the end: the
    leads differ, but most of its long body is inside the full text, so it is a copy."""
    paragraphs = BRUG_FULL.split("\n\n")
    own_opening = (
        "Wie woensdag de A28 bij Zwolle op wilde, stond voor een dichte slagboom. Automobilisten uit "
        "Hattem en Wezep moesten rechtsomkeert maken en zochten een weg door de binnenstad."
    )
    cut = "\n\n".join([own_opening, *paragraphs[1:4]])  # half of the full text: Jaccard below the threshold
    store = MemoryStoryStore()
    full = assign(
        feat("tg", "De Telegraaf", at(0, 1), "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL), store
    )
    copy = assign(feat("dvhn", "Dagblad van het Noorden", at(0, 3), "Slagboom dicht op de A28", cut), store)
    assert copy.duplicate_of == "tg"
    assert copy.story_id == full.story_id
