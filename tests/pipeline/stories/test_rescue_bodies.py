"""The second look and elected bodies: a short lead on the election a story reports joins it without a rare name;
"Kamer" of the Tweede Kamer in a headline is not the Eerste Kamer of a story's every article."""

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued
from tests.pipeline.stories.texts import at, feat, unrelated_window

SENATE = [
    (
        "Coalitie verliest meerderheid in Eerste Kamer",
        "De Statenleden hebben maandag een nieuwe Eerste Kamer gekozen. De coalitie haalt 32 zetels en verliest haar"
        " meerderheid in de senaat.",
    ),
    (
        "Oppositie blij met uitslag Eerste Kamer",
        "De oppositie is blij met de nieuwe zetelverdeling in de Eerste Kamer. Het kabinet moet nu steun zoeken.",
    ),
    (
        "Nieuwkomers in Eerste Kamer willen snel aan de slag",
        "De nieuwe leden van de Eerste Kamer willen na hun verkiezing snel aan de slag in de senaat.",
    ),
]


def _second_look(title: str, body: str) -> bool:
    """Whether a short lead two hours after the Senate story, scoring 0.2 with it, joins it on the second look."""
    settings = ClusterSettings()
    store = unrelated_window(settings)
    for i, text in enumerate(SENATE):
        story = assign(feat(f"s{i}", "Krant", at(0, 1 + i * 0.2), *text), store, settings)
    lead = feat("lead", "Omroep", at(0, 3), title, body)
    store.add_document([t for t, _ in lead.all_terms()] + ["@" + n for n in lead.names], lead.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(lead, name_weights(lead, store, prior), (0.2, story.story_id), store, settings)


def test_a_short_lead_on_the_election_the_story_reports_joins_it():
    assert _second_look("Hoe gaat zo'n verkiezing eigenlijk?", "Vanmiddag kiezen de Statenleden een nieuwe senaat.")
    # the look-alike: a lead on another body's election
    assert not _second_look("Hoe gaat zo'n verkiezing eigenlijk?", "Donderdag kiest Europa een nieuw parlement.")


def test_the_kamer_of_the_tweede_kamer_is_not_the_story_of_the_eerste_kamer():
    # every article of the story names the Eerste Kamer: a headline "Kamer" that the text writes as the
    # Tweede Kamer is another chamber's news
    assert not _second_look("Kamer neemt afscheid van Jansen", "Jansen zat twintig jaar in de Tweede Kamer.")
    # the look-alike: a headline "Kamer" that the text writes as the Eerste Kamer goes on with the story
    assert _second_look("Kamer neemt afscheid van Jansen", "Jansen zat twintig jaar in de Eerste Kamer.")
