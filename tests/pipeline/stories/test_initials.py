"""A party written as its initials ("FvD") in a report whose text writes it out ("Forum voor Democratie") is the
party a story names, not a telling name of its own (`initials`, read by `apart.again_elsewhere`)."""

from pipeline.stories.apart import again_elsewhere
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.initials import spelled_by
from tests.pipeline.stories.texts import at, feat

# the first report's story: it writes the party out, never its initials
STORY_NAMES = {"forum": 2, "democratie": 2, "otten": 2, "henk otten": 2, "persenaire": 1, "zuid-holland": 1}
WEIGHTS = {"fvd": 0.9, "pvv": 0.9, "otten": 0.7, "democratie": 0.6, "forum": 0.5, "henk": 0.5, "henk otten": 0.8}


def _again(party: str, written_out: str) -> ArticleFeatures:
    return feat(
        "n",
        "NOS",
        at(0, 1),
        "Opnieuw Statenlid naar groep Otten",
        f"Opnieuw stapt een lid uit de fractie van {party} over naar Henk Otten. {written_out}Het gaat om "
        "Caroline Persenaire, die de geroyeerde oprichter volgt.",
    )


def test_initials_the_text_writes_out_are_the_written_out_name():
    report = _again("FvD", "Het Forum voor Democratie verliest zo een derde Statenlid. ")
    assert "fvd" in (report.lead_names or ())
    assert not again_elsewhere(report, WEIGHTS, STORY_NAMES, 0.55)  # the story's party, told again by another outlet


def test_initials_of_a_party_the_story_never_names_are_another_event():
    report = _again("PVV", "De Partij voor de Vrijheid verliest zo een derde Statenlid. ")
    assert again_elsewhere(report, WEIGHTS, STORY_NAMES, 0.55)  # another party's defection: another event


def test_a_chance_run_of_lower_case_words_spells_no_name():
    assert spelled_by("fvd", [("fietsen", "van", "de", "forum", "voor", "democratie")], {"forum", "democratie"}) == (
        "forum",
        "voor",
        "democratie",
    )
    assert spelled_by("fvd", [("fietsen", "van", "de", "buren")], {"forum", "democratie"}) is None
