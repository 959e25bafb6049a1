"""The structure pass's per-line caches (pipeline.text.patterns) hold one article's lines at a time: a long-running
flow that briefs article after article keeps no earlier article's text in them."""

from __future__ import annotations

from pipeline.document import BlockKind
from pipeline.text import patterns, sentence_reasons
from pipeline.text.read import parse_article


def _article(lines: list[str]) -> str:
    return "\n\n".join(lines)


def test_the_line_caches_forget_the_previous_article() -> None:
    long_one = [f"Regel {i} van het eerste verslag over de gemeenteraad van Zwolle." for i in range(600)]
    parse_article(_article(["Raad van Zwolle vergadert", *long_one]), source_name="zwolle.txt")
    assert patterns.site_line_reason.cache_info().currsize >= 600
    assert patterns.word_count.cache_info().currsize >= 256
    assert sentence_reasons.sentence_verdict.cache_info().currsize >= 256

    short_one = ["Brand in Deventer", "De brandweer rukte uit naar een woning aan de Brink.", "Niemand raakte gewond."]
    parse_article(_article(short_one), source_name="deventer.txt")
    assert patterns.site_line_reason.cache_info().currsize < 50
    assert patterns.word_count.cache_info().currsize < 50
    assert sentence_reasons.sentence_verdict.cache_info().currsize < 50


def test_the_article_read_after_forgetting_is_the_same() -> None:
    text = _article(["Brand in Deventer", "De brandweer rukte uit naar een woning aan de Brink.", "Deel dit artikel"])
    first = parse_article(text, source_name="deventer.txt")
    assert patterns.site_line_reason.cache_info().currsize > 0
    patterns.forget_lines()
    caches = (patterns.site_line_reason, patterns.word_count, sentence_reasons.sentence_verdict)
    assert [c.cache_info().currsize for c in caches] == [0, 0, 0]
    again = parse_article(text, source_name="deventer.txt")
    assert first.blocks == again.blocks
    assert [b.text for b in first.blocks if b.kind == BlockKind.SITE_TEXT] == ["Deel dit artikel"]
