"""The score's term vectors leave out an outlet's boilerplate (`boilerplate`): two short items of one outlet
about other events, that share only the tip line it prints under every item, stay apart."""

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

TIP = (
    "Heb jij meer informatie over dit nieuws of beelden gemaakt? Stuur ze via WhatsApp naar de redactie van "
    "Omroep Veluwe of mail naar tips@omroepveluwe.nl."
)
EARLIER = [
    ("Kerk in Epe krijgt nieuwe klokken", "De Grote Kerk in Epe krijgt drie nieuwe klokken, gegoten in Asten."),
    ("Schaapskudde Ede weer op de hei", "De schaapskudde van Ede graast sinds woensdag weer op de Ginkelse Heide."),
]
BICYCLE = (
    "Fietser gewond bij aanrijding Apeldoorn",
    "Een fietser is dinsdagochtend gewond geraakt bij een aanrijding met een bestelbus op de Laan van Erica.",
)
BARN = (
    "Brand in schuur Nunspeet",
    "In een schuur aan de Elspeterweg in Nunspeet heeft dinsdagnacht een brand gewoed.",
)


def test_a_tip_line_under_two_short_items_does_not_join_them():
    settings = ClusterSettings()
    store = unrelated_window(settings)
    for i, (title, body) in enumerate(EARLIER):  # the outlet printed the tip line before: boilerplate
        assign(feat(f"e{i}", "Omroep Veluwe", at(0, i * 0.5), title, f"{body}\n\n{TIP}"), store, settings)
    bicycle = assign(feat("b", "Omroep Veluwe", at(0, 2), BICYCLE[0], f"{BICYCLE[1]}\n\n{TIP}"), store, settings)
    barn = assign(feat("s", "Omroep Veluwe", at(0, 3), BARN[0], f"{BARN[1]}\n\n{TIP}"), store, settings)
    assert bicycle.created and barn.created
    again = assign(feat("r", "Omroep Veluwe", at(0, 4), BARN[0], f"{BARN[1]} Niemand raakte gewond.\n\n{TIP}"), store)
    assert again.story_id == barn.story_id  # its own words still join their story
