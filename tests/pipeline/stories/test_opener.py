"""A surname that opens a short text's headline ("Mulderink looft Van Aalst") is its subject, though the
text never writes it again: it counts among the article's names when the window's other articles name
it, at least half of those that hold the word (`features.opener`, `opener.with_opener`); a common word
opening a headline ("Politie zoekt ...") that one article wrote as part of a name does not. Texts
written for these tests."""

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.names import headline_opener
from pipeline.stories.opener import with_opener
from tests.pipeline.stories.texts import at, feat, unrelated_window

SQUAD = (
    "Bondscoach Mulderink kiest voor ervaring in selectie",
    "Bondscoach Frans Mulderink heeft zijn selectie voor de halve finale tegen Engeland bekendgemaakt. "
    "Mulderink neemt geen nieuwe spelers op. 'We gaan voor de winst', zei Mulderink op de persconferentie in Zeist.",
)
PRAISE = (  # an hour later, the coach named only up front
    "Mulderink looft Van Aalst: 'Hij klopt op de deur'",
    "De bondscoach bespreekt op de persconferentie de ontwikkeling van middenvelder Jesper van Aalst en de "
    "concurrentie op het middenveld.",
)


def test_the_headlines_first_word_is_kept_when_written_as_a_name_the_text_leaves_out():
    assert headline_opener("Mulderink looft Van Aalst", {"aalst": "Aalst"}) == "mulderink"
    assert headline_opener("Mulderink looft Van Aalst", {"mulderink": "Mulderink"}) is None  # a name already
    assert headline_opener("De bondscoach looft Van Aalst", {}) is None  # a stopword
    assert headline_opener("NAVO versterkt oostflank", {}) is None  # capitals say little
    assert feat("p", "NOS", at(), *PRAISE).opener == "mulderink"


def test_a_follow_up_naming_the_coach_only_in_its_headline_joins_his_story():
    settings = ClusterSettings()
    store = unrelated_window(settings)
    squad = assign(feat("s", "NOS", at(0, 2), *SQUAD), store, settings)
    praise = assign(feat("p", "NOS", at(0, 3), *PRAISE), store, settings)
    assert praise.story_id == squad.story_id


def test_a_common_word_opening_a_headline_is_no_name_for_one_article_writing_it_so():
    store = unrelated_window(ClusterSettings())
    for i, town in enumerate(("Tiel", "Culemborg", "Leerdam")):
        body = f"De politie in {town} zoekt getuigen. De politie vraagt om beelden."
        assign(feat(f"w{i}", "AD", at(0, i), f"Inbraak in {town}", body), store)
    assign(feat("n", "AD", at(0, 4), "Nieuwe chef", "Het korps Politie Oost-Brabant krijgt een nieuwe chef."), store)
    robbery = feat(
        "r", "NU.nl", at(0, 5), "Politie zoekt getuigen van overval in Geldermalsen", "Een winkel is beroofd."
    )
    assert robbery.opener == "politie"
    assert "politie" not in with_opener(robbery, store).names
    squad_store = unrelated_window(ClusterSettings())
    assign(feat("s", "NOS", at(0, 2), *SQUAD), squad_store)
    assert "mulderink" in with_opener(feat("p", "NOS", at(0, 3), *PRAISE), squad_store).names
