"""An outlet an article cites as its source ("meldt persbureau Reuters") is who reported: two reports of
other events citing one agency share no entity by it, and the second look does not join them."""

from pipeline.stories import rescue
from pipeline.stories.cluster import assign
from pipeline.stories.sources import cited_media
from tests.pipeline.stories.texts import at, feat, unrelated_window

BLAST = (
    "Explosie in chemiefabriek bij Antwerpen",
    "\n\n".join(
        [
            "Bij een explosie in een chemiefabriek in de haven van Antwerpen zijn dinsdagochtend vier mensen "
            "gewond geraakt, meldt persbureau Reuters.",
            "De brandweer rukte met groot materieel uit. Omwonenden moesten ramen en deuren sluiten omdat een "
            "grote rookwolk over de wijken trok. Volgens de havenautoriteit is de oorzaak nog onbekend.",
            "Het bedrijf maakt grondstoffen voor kunststoffen en verf. De productie ligt voorlopig stil; een "
            "woordvoerder kon niet zeggen wanneer de fabriek weer opengaat.",
        ]
    ),
)


LEAD = (
    "Fabriek in Gent dicht",
    "Achthonderd banen verdwijnen bij een staalbedrijf in Gent, meldt persbureau Reuters.",
)


def _joins() -> bool:
    store = unrelated_window(None)
    blast = assign(feat("tg", "De Telegraaf", at(0, 1), *BLAST), store)
    lead = assign(feat("nu", "NU.nl", at(0, 5), *LEAD), store)
    return lead.story_id == blast.story_id


def test_a_short_lead_citing_the_same_agency_stays_apart():
    assert not _joins()


def test_the_agency_as_an_entity_would_join_it(monkeypatch):
    monkeypatch.setattr(rescue, "cited_media", lambda features: frozenset())
    assert _joins()  # the control: the second look joins on the one rare name and "fabriek"


def test_cited_media_are_the_names_after_a_word_for_a_medium():
    features = feat("x", "X", at(0, 1), "Tories mogen terug", "Dat meldde de zender Sky News. Johnson zweeg.")
    assert "sky news" in cited_media(features) and "johnson" not in cited_media(features)
