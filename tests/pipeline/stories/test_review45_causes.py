"""Review of stories45b (`cause.causes` skipping a passive's participle, `participles`): nouns of Dutch news shaped
like participles ("verbod", "verkeersinfarct", "verkiezingsdebat") after their adjective are the cause, not a passive's verb; the
passive's agent ("door de politie aangehouden") still gives no participle. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.stories.cause import causes
from pipeline.stories.terms import stem
from tests.pipeline.stories.texts import at, feat


@pytest.mark.parametrize(
    ("lead", "noun"),
    (
        ("Vanwege het nieuwe verbod op vuurwerk verkopen de winkels in Venlo geen pijlen meer.", "verbod"),
        ("Door het urenlange verkeersinfarct rond Antwerpen kwamen honderden leerlingen te laat.", "verkeersinfarct"),
        ("Tijdens het tweede verkiezingsdebat in Hilversum viel de stroom in de studio even uit.", "verkiezingsdebat"),
    ),
)
def test_a_noun_shaped_like_a_participle_after_its_adjective_is_the_cause(lead: str, noun: str) -> None:
    assert stem(noun) in causes(feat("x", "NOS", at(0, 1), "Scholen dicht", lead))


def test_a_passives_participle_after_its_agent_is_still_no_cause() -> None:
    lead = "Een 58-jarige Bredase is dinsdag door de politie aangehouden na een steekpartij in het centrum."
    assert stem("aangehouden") not in causes(feat("x", "Omroep Brabant", at(0, 1), "Vrouw aangehouden", lead))
