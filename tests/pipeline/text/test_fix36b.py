"""Article text the structure pass set aside on structure_blind45 and 46 after their scoring (issue 21, precision,
fix36b): an example written here for each narrowed rule, next to the rule's own case that it still takes."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, joined, kinds

K = BlockKind


# --- pipeline.text.structure.chunk_blocks: a lower-case line is a label, but not a person's name above the text ----


def test_a_lower_case_name_above_the_text_is_its_byline() -> None:
    text = joined("Ga naar de inhoud", "els de wit", "advertentie", BODY, LONGER)
    assert (K.BYLINE, "els de wit") in kinds(text)
    assert ("label", "els de wit") not in aside(text)
    assert ("label", "advertentie") in aside(text)  # the advertisement's label below it stays a label


def test_a_name_with_two_particles_in_lower_case_is_a_byline_too() -> None:
    assert (K.BYLINE, "pieter van der berg") in kinds(joined(TITLE, "pieter van der berg", BODY, LONGER))


def test_lower_case_labels_stay_labels() -> None:
    # the rule's own cases: a tag link, a logo's alt text; "te" is no particle ("huis te koop")
    for label in ("apache", "secundair logo knw 1", "huis te koop"):
        assert ("label", label) in aside(joined(TITLE, label, BODY, LONGER)), label


def test_a_lower_case_name_below_the_running_text_is_no_byline() -> None:
    # once a sentence has ended the rule is unchanged: the name shape gives no byline there
    assert (K.BYLINE, "els de wit") not in kinds(joined(TITLE, BODY, "els de wit", LONGER))
