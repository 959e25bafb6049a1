"""Round site41 (issue 21, blind30 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import TITLE, K, kinds, page

# --- structure._own_paragraph: a page saved one paragraph per line, its blank lines lost -------------------------

FIRST = (
    "Het waterschap gaat de dijk bij Kampen dit najaar over een lengte van drie kilometer verhogen. De werkzaamheden "
    "duren naar verwachting tot de zomer van volgend jaar."
)
SECOND = (
    "Omwonenden krijgen volgende week een brief over de omleidingen. Het fietspad op de dijk blijft tijdens het werk "
    "zoveel mogelijk open, maar wordt op drukke dagen begeleid door verkeersregelaars."
)


def test_long_lines_each_ending_a_sentence_are_paragraphs_of_their_own() -> None:
    found = [(kind, text) for kind, text in kinds(page(TITLE, FIRST, SECOND)) if kind is not K.HEADLINE]
    assert [text for _, text in found] == [FIRST, SECOND]


def test_a_long_line_going_on_in_a_list_of_names_stays_one_paragraph() -> None:
    names = "Kampen, Zwolle, Deventer, Zutphen, Hattem, Heerde, Olst, Wijhe, " * 3
    found = [text for kind, text in kinds(page(TITLE, FIRST, names.strip())) if kind is not K.HEADLINE]
    assert found == [f"{FIRST} {names.strip()}"]
