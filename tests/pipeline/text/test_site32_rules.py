"""Site-text rules of helper site32 (issue 21): examples written for these tests."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

_NAMED = (
    "Het collectief begon in een leegstaande drukkerij aan de haven, onder de naam De Schuilplaats. Die naam "
    "draagt de stichting nog altijd, ook al verhuisde ze twee keer."
)


def test_a_lower_case_heading_between_paragraphs_that_the_next_paragraph_names_is_kept() -> None:
    text = joined(TITLE, BODY, MORE, "schuilplaats", _NAMED)
    assert "schuilplaats" not in [t for _, t in aside(text)]
    assert _NAMED in kept(text)


def test_a_lower_case_tag_between_paragraphs_that_the_next_paragraph_does_not_name_stays_aside() -> None:
    text = joined(TITLE, BODY, MORE, "duurzaamheid", _NAMED)
    assert "duurzaamheid" in [t for _, t in aside(text)]
