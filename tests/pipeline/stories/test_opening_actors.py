"""Headline actors read from the opening: another person's news that names the story's headline actor only
further on is another event ("Kuipers tekent bij Team Kust", which recalls the leader Bram Verhoeven
in its last paragraph), while a follow-up names him in its first paragraph; and a name with a hyphenated
syllable ("Kim Jong-un") is one name, its last word the headline's actor. Texts written for these tests."""

from pipeline.stories.cluster import ClusterSettings, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import other_actors
from tests.pipeline.stories.test_actors import window_with_leader
from tests.pipeline.stories.texts import at, feat

# another rider's news: it recalls the story's leader only in its last paragraph
SIGNING = (
    "Kuipers tekent bij Team Kust",
    "De sprinter Sander Kuipers rijdt volgend seizoen voor Team Kust. Hij tekende een contract voor twee "
    "jaar en mikt op ritzeges in de grote rondes.\n\n"
    "Kuipers won dit voorjaar drie koersen in Frankrijk en België.\n\n"
    "Bij zijn oude ploeg Team Polder reed hij samen met de klimmer Bram Verhoeven.",
)
# the same news, but its first paragraph names the leader: about him too
SIGNING_FOR_HIM = (
    "Kuipers tekent bij Team Kust",
    "De sprinter Sander Kuipers rijdt volgend seizoen voor Team Kust en verlaat daarmee Team Polder en de "
    "klimmer Bram Verhoeven, die hij in de Ronde van Portugal nog helpt.\n\n"
    "Kuipers won dit voorjaar drie koersen in Frankrijk en België.",
)


def headlines_clash(text: tuple[str, str]) -> bool:
    settings = ClusterSettings()
    store, leader = window_with_leader(settings)
    article = feat("nu", "NU.nl", at(0, 3), *text)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    names = name_weights(article, store, pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade))
    story = store.story(leader)
    assert story is not None
    return other_actors(article, names, story, store, settings)


def test_another_persons_news_naming_the_storys_actor_only_further_on_clashes():
    assert headlines_clash(SIGNING)
    assert not headlines_clash(SIGNING_FOR_HIM)


def test_a_hyphenated_syllable_goes_on_with_the_name():
    test = feat(
        "t", "NOS", at(), "Leider Kim Jong-un bekijkt test", "Kim Jong-un keek woensdag toe bij de test van een raket."
    )
    assert "kim jong-un" in test.names and test.actors == {"jong-un"}
    fans = feat(
        "f", "NOS", at(), "Fans juichen", "Bij het stadion van Ajax stonden woensdag Feyenoord Ajax-fans te zingen."
    )
    assert "feyenoord ajax-fans" not in fans.names  # a compound's part ("-fans") is no syllable
