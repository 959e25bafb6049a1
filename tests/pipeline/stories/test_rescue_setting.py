"""The second look (`rescue.rescued`): a core name of a story that is no headline actor of it (the minister half
its articles mention) is the setting, not what happened, for a headline that names a telling name of its own."""

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued
from tests.pipeline.stories.texts import at, feat, unrelated_window

CASE = [
    (
        "Van Bergen hoopt op overbrenging naar Nederland",
        "De in Thailand gevangen Nederlander Johan van Bergen hoopt zijn straf in Nederland uit te zitten. Minister "
        "Dekkerman van Justitie voert daarover gesprekken met de Thaise regering.",
    ),
    (
        "Thailand wil praten over gevangen Van Bergen",
        "De Thaise regering is bereid te praten over de overbrenging van Johan van Bergen. Minister Dekkerman "
        "noemt dat bemoedigend.",
    ),
    (
        "Familie Van Bergen blij met gesprek in Bangkok",
        "De familie van Johan van Bergen is blij dat er in Bangkok over zijn overbrenging is gesproken. Het "
        "gesprek kwam er na een brief van minister Dekkerman.",
    ),
]
CAMPS = (  # another matter of the minister's: its headline names a telling name of its own
    "Had Dekkerman die IS-kinderen maar meteen teruggehaald",
    "In de kampen in Noord-Syrië wachten nog altijd tientallen kinderen van Nederlandse strijders. Critici "
    "verwijten het kabinet dat het te lang heeft gewacht.",
)
TALKS = (  # the case: a telling name of its own, and a headline word of what happened
    "Dekkerman spreekt ook Prayuth over overbrenging",
    "Minister Dekkerman heeft ook premier Prayuth gesproken. Dat meldt het ministerie van Justitie.",
)


def _second_look(lead: tuple[str, str]) -> bool:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    ids = {assign(feat(f"c{i}", "NOS", at(0, 1 + i), *t), store, settings).story_id for i, t in enumerate(CASE)}
    assert len(ids) == 1
    article = feat("x", "AD", at(0, 5), *lead)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(article, name_weights(article, store, prior), (0.2, ids.pop()), store, settings)


def test_a_headline_of_its_own_sharing_only_the_storys_side_name_stays_apart():
    assert not _second_look(CAMPS)


def test_a_headline_of_its_own_that_tells_what_happened_still_joins():
    assert _second_look(TALKS)
