from pipeline.stories.apart import again_elsewhere
from tests.pipeline.stories.texts import at, feat

AGAIN = feat(
    "b",
    "AD",
    at(0, 22),
    "Opnieuw ongeluk met vrachtwagen op A28",
    "Op de A28 tussen Zwolle en Meppel is maandag bij de plaats Nieuwleusen opnieuw een ongeluk gebeurd. Een "
    "vrachtauto kwam op zijn kant terecht.\n\nEerder maandag was er bij Staphorst ook al een ongeluk met drie trucks.",
)
STORY_NAMES = {"staphorst": 2, "zwolle": 1, "a28": 2}  # the first accident's story: at Staphorst, towards Zwolle
WEIGHTS = {"nieuwleusen": 0.9, "zwolle": 0.4, "meppel": 0.5, "staphorst": 0.9}


def test_the_same_kind_again_named_by_a_place_the_story_never_names_is_another_event():
    assert "nieuwleusen" in (AGAIN.lead_names or ())
    assert again_elsewhere(AGAIN, WEIGHTS, STORY_NAMES, 0.55)


def test_again_at_the_storys_place_is_the_same_event():
    assert not again_elsewhere(AGAIN, WEIGHTS, {**STORY_NAMES, "nieuwleusen": 1}, 0.55)


def test_a_source_named_in_a_longer_name_is_no_place():
    stat = feat(
        "c",
        "NU.nl",
        at(0, 8),
        "Aantal schadeclaims door autobranden opnieuw gestegen",
        "Het aantal schadeclaims door autobranden is in 2018 met 9 procent gestegen, meldt RTL Nieuws op basis van "
        "cijfers van het Verbond van Verzekeraars.",
    )
    weights = {"rtl nieuws": 0.9, "rtl": 0.9, "nieuws": 0.9, "verbond van verzekeraars": 0.6}
    assert not again_elsewhere(stat, weights, {"verbond van verzekeraars": 2}, 0.55)
