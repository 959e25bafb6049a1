"""One desk's items on one town: only the town's name shared is no story (`desk`). Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.desk import name_terms
from pipeline.stories.terms import term_of
from tests.pipeline.stories.test_review25_probes import window
from tests.pipeline.stories.texts import at, feat

DESK = "Dagblad Oost"
DOG_TAX = (
    "Zwartewoud verhoogt de hondenbelasting",
    "ZWARTEWOUD - Zwartewoud verhoogt volgend jaar de hondenbelasting met twintig procent. Het college van "
    "Zwartewoud wil met het geld meer afvalbakken en losloopgebieden in Zwartewoud betalen.",
)
FESTIVAL = (
    "Grote drukte verwacht bij strandfeest Zwartewoud",
    "ZWARTEWOUD - Het strandfeest aan de plas bij Zwartewoud trekt dit weekend duizenden bezoekers. Zwartewoud "
    "zet extra verkeersregelaars in en de bussen naar Zwartewoud rijden vaker.",
)
DOG_TAX_ANGER = (
    "Boze hondenbezitters in Zwartewoud over hogere hondenbelasting",
    "ZWARTEWOUD - Hondenbezitters in Zwartewoud zijn boos over de hogere hondenbelasting. Zij vinden twintig procent "
    "meer te veel voor een paar extra afvalbakken.",
)
PARTY_ANGER = (  # its headline shares the town alone; its text what happened
    "Dierenpartij boos op Zwartewoud",
    "ZWARTEWOUD - De Dierenpartij is boos dat Zwartewoud de hondenbelasting volgend jaar met twintig procent "
    "verhoogt. Meer afvalbakken en losloopgebieden betalen uit de hondenbelasting vindt de partij geen reden.",
)
NO_DESK = replace(ClusterSettings(), desk_size=0)
STRICT = replace(ClusterSettings(), desk_clash=0.0)  # where the guard holds, no join at all


def _joins(first, second, settings: ClusterSettings, outlet: str = DESK) -> bool:
    store = window(settings)
    a = assign(feat("a", DESK, at(0, 14), *first), store, settings)
    return assign(feat("b", outlet, at(0, 15), *second), store, settings).story_id == a.story_id


def test_a_one_word_names_terms_are_its_stem_its_first_letters_and_its_parts():
    assert name_terms("zwartewoud") == {"zwartewoud", "~zwart"}
    assert {"~etten", term_of("etten"), term_of("leur")} <= name_terms("etten-leur")


def test_two_items_of_one_desk_on_one_town_stay_apart():
    assert not _joins(DOG_TAX, FESTIVAL, ClusterSettings())
    # the desk's guard is what keeps them apart: without it, the town's name alone joins them
    assert _joins(DOG_TAX, FESTIVAL, NO_DESK)


def test_a_follow_up_that_shares_what_happened_is_no_desk_item_on_the_town():
    assert _joins(DOG_TAX, DOG_TAX_ANGER, STRICT)  # its headline tells what happened
    assert _joins(DOG_TAX, PARTY_ANGER, STRICT)  # the town alone in its headline: its text tells what happened
    assert not _joins(DOG_TAX, FESTIVAL, STRICT)
