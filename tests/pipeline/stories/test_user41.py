"""user41: a story's key names hold no Dutch noun compound ("EU-top", "EU summit"): one on a name is shown as
that name ("EU"), one on a common word is left out. Texts written for this test, never copied from news."""

from __future__ import annotations

from tests.pipeline.stories.test_keynames39 import names_of


def test_a_noun_compound_on_a_name_is_shown_as_the_name() -> None:
    names = names_of(
        [
            "Premier Bart De Wever ligt onder vuur. Op de EU-top deze week gaf hij toe.",
            "Na de EU-top in Brussel zegt Bart De Wever dat hij tevreden is.",
        ]
    )
    assert names["EU"] == 2 and "EU-top" not in names and names["Bart De Wever"] == 2


def test_a_compound_on_a_name_an_article_gives_alone_is_that_name_and_one_on_a_word_is_none() -> None:
    names = names_of(
        [
            "Piet Jansen speelt in Wimbledon. De Wimbledon-finale is zondag. Oud-burgemeester kijkt.",
            "Piet Jansen haalt de Wimbledon-finale. Oud-burgemeester kijkt ook.",
        ]
    )
    assert names["Wimbledon"] == 2 and "Wimbledon-finale" not in names
    assert not any(name.startswith("Oud") for name in names)


def test_america_and_latin_america_are_shown_in_english() -> None:
    """ "Amerika" and "Latijns-Amerika" were key names in Dutch while "Noord-Amerika" was "North America"."""
    names = names_of(
        [
            "Trump dreigt Latijns-Amerika. Volgens Trump wil Amerika de olie van Venezuela.",
            "Volgens Trump moet Latijns-Amerika kiezen. Ook Amerika is geduldig.",
        ]
    )
    assert names["Latin America"] == 2 and names["America"] == 2
    assert not {"Amerika", "Latijns-Amerika"} & set(names)
