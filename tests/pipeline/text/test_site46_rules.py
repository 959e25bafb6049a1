"""Round site46 (issue 21, blind37 as a development set): each rule with an example written here that it must
handle, and text of the same shape on the other side of the rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, headline, kept, page

# --- page_dump._copy_above: the title, a byline's label, the title again over its photo's credit -------------------


def test_the_title_printed_again_under_a_bare_byline_label_stays_set_aside_and_the_first_copy_is_the_headline() -> None:
    text = page(TITLE, "", "door", TITLE, "Foto: © Persbureau Zuid", "", BODY, "", LONGER, "", MORE)
    assert headline(text) == TITLE
    assert ("repeated", TITLE) in aside(text)
    assert kept(text).count(TITLE) == 1


def test_a_heading_that_differs_from_the_title_under_the_byline_label_stays_article_text() -> None:
    other = "Fietsers blij met de nieuwe verbinding"
    text = page(TITLE, "", "door", other, "Foto: © Persbureau Zuid", "", BODY, "", LONGER, "", MORE)
    assert headline(text) in (TITLE, other)
    assert other in kept(text) and TITLE in kept(text)
