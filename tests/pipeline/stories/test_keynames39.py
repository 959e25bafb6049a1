"""A story's key names are names (issue 19's review): a Dutch function title or ministry glued before a person's
name comes off, a ministry's portfolio word alone and a capitalised common word are no key names
(`pipeline.stories.common_words`, `keynames`). Texts written for these tests, never copied from news."""

from __future__ import annotations

from pipeline.stories.brief import key_names
from pipeline.stories.common_words import is_common, without_function
from tests.pipeline.stories.texts import at, feat


def names_of(bodies: list[str]) -> dict[str, int]:
    feats = [feat(f"n{i}", "NOS", at(hours=i), "Debat in Den Haag", body) for i, body in enumerate(bodies)]
    return dict(key_names(feats, {}))


def test_a_title_or_a_ministry_glued_before_a_person_comes_off():
    assert without_function("kamervoorzitter anouchka van miltenburg") == "anouchka van miltenburg"
    assert without_function("binnenlandse zaken ronald plasterk") == "ronald plasterk"
    assert without_function("foto freek van den bergh") == "freek van den bergh"
    assert without_function("financiën steven mnuchin") == "steven mnuchin"  # "steven" is a Dutch word too
    assert without_function("kamerlid hiddema") == "hiddema"  # a surname after a function
    assert without_function("hoogleraar preventie") == ""  # a function before a common word: no name at all
    for name in ("raad van state", "tour de france", "premier league", "minister van justitie", "hoge raad"):
        assert without_function(name) == name


def test_key_names_show_the_person_not_the_title_and_keep_the_ministry_whole():
    names = names_of(
        [
            "Kamervoorzitter Anouchka van Miltenburg opent het debat. Minister van Binnenlandse Zaken Ronald "
            "Plasterk antwoordt.",
            "Het debat met Kamervoorzitter Anouchka van Miltenburg duurde lang. Volgens Binnenlandse Zaken Ronald "
            "Plasterk is er geen probleem.",
        ]
    )
    assert names["Anouchka van Miltenburg"] == 2 and names["Ronald Plasterk"] == 2
    assert names["Interior Affairs"] == 2  # the ministry the title names, whole and in English
    assert not {"Kamervoorzitter Anouchka van Miltenburg", "Binnenlandse Zaken Ronald Plasterk"} & set(names)


def test_a_portfolio_word_or_a_common_word_alone_is_no_key_name():
    names = names_of(
        [
            "Het ministerie van Justitie en Veiligheid zwijgt. „Jammer”, zegt Jan Pietersen. „Mensen willen weten "
            "wat er gebeurt.” Volgens Justitie komt er een brief. Het is jammer.",
            "Ook Jan Pietersen wacht op Justitie en Veiligheid. „Jammer dat het zo lang duurt.” Veel mensen "
            "wachten. „Mensen zijn boos”, zegt hij. In Leiden wacht men ook; Leiden is geduldig.",
        ]
    )
    assert names["Jan Pietersen"] == 2
    assert not {"Justitie", "Veiligheid", "Jammer", "Mensen"} & set(names)
    alone = names_of(["In Leiden wacht men. „Misschien morgen”, zegt Leiden-kenner Piet Jansen. Leiden is geduldig."])
    assert "Leiden" in alone and "Misschien" not in alone  # a town, though "leiden" is a Dutch verb too


def test_common_words_are_data_and_towns_stay_names():
    assert is_common("jammer") and is_common("veiligheid") and is_common("zaken")
    assert not is_common("leiden") and not is_common("amsterdam") and not is_common("plasterk")
