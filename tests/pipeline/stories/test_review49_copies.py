"""Review 49 probe of one outlet's re-post (`copy_align.re_worded`, `duplicates`): an update whose first sentence tells
new news (nobody hurt -> a man died) is the outlet's follow-up, not its copy (STORIES_CONVENTIONS 5 and 7: a copy adds
nothing a reader has not got). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.stories.texts import assigned_in_turn

REST = (
    " De brandweer was met vier wagens ter plaatse en had het vuur rond drie uur onder controle. De woning is"
    " onbewoonbaar. De oorzaak van de brand wordt onderzocht."
)
FIRST = (
    "Bij een uitslaande brand in een rijtjeswoning aan de Assendorperstraat in Zwolle is vannacht niemand gewond"
    " geraakt. De bewoners konden op tijd naar buiten komen." + REST
)
UPDATE = (
    "Bij een uitslaande brand in een rijtjeswoning aan de Assendorperstraat in Zwolle is vannacht een man van 54"
    " om het leven gekomen. Zijn vrouw kon op tijd naar buiten komen." + REST
)


@pytest.mark.xfail(
    strict=True,
    reason="review49: one outlet's update an hour on, its first sentence telling a death where the first post told "
    "nobody hurt, is marked a copy of the first post (before and after copies49: the rest of the text aligns), so the "
    "briefing may show the text that says nobody was hurt; telling new news in a changed opening from a re-wording "
    "needs a rule of the copies owner (an outcome's words in the first sentence: events/outcome marks)",
)
def test_an_update_telling_a_death_is_no_copy_of_the_post_saying_nobody_was_hurt():
    got = assigned_in_turn(
        [
            ("eerst", "RTV Oost", 10, "Niemand gewond bij brand in Zwolle", FIRST),
            ("update", "RTV Oost", 11, "Man (54) omgekomen bij woningbrand Zwolle", UPDATE),
        ],
        None,
    )
    assert got["update"][1] is None
