"""A page cut off one letter into its next sentence keeps that letter as article text (stop 42: structure_blind64's
'… en netheid. D' was set aside as a site's name); a brand after the last sentence is still set aside."""

from __future__ import annotations

from pipeline.text.spans import site_spans

CLOSING = (
    "Anderzijds moet de gemeente grote uitdagingen het hoofd bieden. De oppositie laat geen kans onbenut om te wijzen "
    "op problemen met veiligheid en netheid."
)


def test_a_letter_cut_off_after_the_last_sentence_stays() -> None:
    assert site_spans(f"{CLOSING} D") == []


def test_a_brand_after_the_last_sentence_is_still_set_aside() -> None:
    text = f"{CLOSING} Radio 2"
    assert [(text[a:b], reason) for a, b, reason in site_spans(text)] == [("Radio 2", "site_name")]
