"""Round site34 (issue 21, blind24 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, kept
from tests.pipeline.text.site_helpers import joined as _text

# --- tail_lines: the line a colon announces (article text set aside in blind24) ---------------------------------------


def test_the_line_a_colon_announces_at_a_cut_text_end_stays() -> None:
    ruling = "Uitspraak van het Regionaal Tuchtcollege in de zaak van:"
    party = "B., tandarts, gevestigd te"  # the text cut off after the party's name
    text = _text(TITLE, BODY, LONGER, ruling, party)
    assert party in kept(text)


def test_a_short_label_under_a_short_colon_line_is_still_a_tail() -> None:
    text = _text(TITLE, BODY, LONGER, "Meer over:", "Zwembaden Zwolle")
    assert "Zwembaden Zwolle" not in kept(text)


# --- inline_chrome._closing_title: a sentence cut off at the text's end is not a title --------------------------------

ONE_LINE = " ".join([BODY, LONGER] * 6)  # a page's whole text on one line (over 150 words)


def test_a_sentence_cut_off_at_a_one_line_text_end_stays() -> None:
    cut = "Veel bewoners blijken te vrezen voor overl"
    assert cut in kept(_text(TITLE, f"{ONE_LINE} {cut}"))


def test_a_sentence_with_an_auxiliary_cut_off_stays() -> None:
    cut = "Nieuwe plannen worden volgend jaar gep"
    assert cut in kept(_text(TITLE, f"{ONE_LINE} {cut}"))


def test_an_embedded_title_closing_a_one_line_text_is_still_set_aside() -> None:
    title = "Raad buigt zich over nieuw zwembad Zwolle"
    assert title not in kept(_text(TITLE, f"{ONE_LINE} {title}"))
