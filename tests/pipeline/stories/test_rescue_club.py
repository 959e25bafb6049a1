"""The second look (`rescue.rescued`): a club's name that half a story's articles give is no headline term of what
happened for a headline that names a telling name of its own (a club has many events a day: a loan of its striker
beside its European match); a coach's surname (a person's, `actors.full_name`) still is ("Hoekstra looft ...")."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued
from tests.pipeline.stories.texts import at, feat, unrelated_window

MATCH = [
    (
        "Zandvliet wint van Korvath",
        "Zandvliet heeft in de voorronde van de Europa League met 3-0 gewonnen van Korvath. Trainer Ronald "
        "Hoekstra zag zijn ploeg sterk beginnen in het stadion in Zandvliet.",
    ),
    (
        "Europa League lonkt voor Zandvliet na zege",
        "Zandvliet staat na de zege op Korvath met een been in de groepsfase. Ronald Hoekstra was tevreden over "
        "de eerste helft.",
    ),
    (
        "Statistieken: Zege Zandvliet, Korvath nergens",
        "Ronald Hoekstra prees zijn spelers na de ruime zege van Zandvliet op Korvath. Zege Zandvliet in cijfers.",
    ),
]
COACH = (  # the match told as the coach's news: his surname is the story's headline actor
    "Hoekstra na de zege van Zandvliet: 'Korvath was nergens'",
    "Ronald Hoekstra prees zijn spelers na de ruime zege van Zandvliet op Korvath.",
)
LOAN = (  # another event of the club: the headline's own names, and the club's name only
    "Rijnstad huurt spits Daan Verkerk van Zandvliet",
    "Rijnstad huurt de spits Daan Verkerk een seizoen van Zandvliet. De aanvaller kwam daar weinig aan spelen toe.",
)
KEEPER = (  # the match: a name of its own, and a headline word of what happened
    "Doelman Pieter Brasem van Zandvliet na de zege: 'Korvath was sterk'",
    "Doelman Pieter Brasem hield de nul. Hij vond Korvath een sterke tegenstander.",
)
PRAISE = (  # the match's coach, a person: his name says whose news it is
    "Hoekstra looft Van Leersum",
    "De trainer was lovend over Jeroen van Leersum. 'Hij klopt op de deur', zei Ronald Hoekstra.",
)


def _second_look(lead: tuple[str, str], settings: ClusterSettings | None = None, coach: bool = False) -> bool:
    """Whether the second look lets `lead` join the match's story told by MATCH, its last item the club's
    statistics (the club a headline actor of the story) or, with `coach`, COACH (the coach its headline actor)."""
    settings = settings or ClusterSettings()
    store = unrelated_window(settings)
    told = MATCH[:2] + [COACH if coach else MATCH[2]]
    ids = {assign(feat(f"m{i}", "NOS", at(0, 1 + i), *t), store, settings).story_id for i, t in enumerate(told)}
    assert len(ids) == 1
    article = feat("x", "AD", at(0, 5), *lead)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(article, name_weights(article, store, prior), (0.2, ids.pop()), store, settings)


def test_another_event_of_the_club_sharing_only_its_name_stays_apart():
    assert not _second_look(LOAN)


def test_the_clubs_name_counts_again_with_the_setting_off():
    assert _second_look(LOAN, replace(ClusterSettings(), rescue_name_terms=True))


def test_a_report_of_the_match_with_a_name_of_its_own_still_joins():
    assert _second_look(KEEPER)


def test_the_coachs_surname_still_tells_whose_news_it_is():
    assert _second_look(PRAISE, coach=True)
