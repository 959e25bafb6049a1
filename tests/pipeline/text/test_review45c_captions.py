"""Review of site45 (stop 45): a caption closing in a long run of credits ("… (foto: Omroep West) (foto: Omroep West)
…", a hostile or broken page) is read in bounded time — the credits were cut one by one, each cut searching the
caption again (quadratic: 20 kB took 13 s); a real caption's run of credits is still cut whole. Texts written for
these tests."""

from __future__ import annotations

import time

import pytest

from pipeline.document import Block, BlockKind
from pipeline.text.caption_credits import caption_credits

CAPTION = "De burgemeester opent de nieuwe brug over de IJssel in Kampen."


@pytest.mark.parametrize("credit", (" (foto: Omroep West)", " (eigen foto)", " (Rechten: RTV Drenthe/Steven Ophof)"))
def test_a_caption_closing_in_100_kb_of_credits_is_read_in_bounded_time(credit: str) -> None:
    text = CAPTION + credit * (100_000 // len(credit))
    start = time.perf_counter()
    out = caption_credits([Block(BlockKind.CAPTION, text)])
    assert time.perf_counter() - start < 3.0
    assert out[0].kind is BlockKind.CAPTION and out[0].text.startswith(CAPTION)


def test_a_captions_run_of_two_credits_is_still_cut_whole() -> None:
    out = caption_credits([Block(BlockKind.CAPTION, CAPTION + " (foto: Jan Smit) (foto: Omroep West)")])
    assert [(b.kind, b.text.strip()) for b in out] == [
        (BlockKind.CAPTION, CAPTION),
        (BlockKind.SITE_TEXT, "(foto: Jan Smit) (foto: Omroep West)"),
    ]
