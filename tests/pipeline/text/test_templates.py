"""An outlet's template learned from repetition: lines recurring in its articles on different days
are set aside with the reason naming the count and the outlet; new outlets fall back to the rules."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.document import Block, BlockKind
from pipeline.text.templates import MemoryOutletLines, TemplateDetector

K = BlockKind
FOOTER = "Onze journalistiek wordt betaald door de lezers van de Streekbode."
DAY = date(2026, 3, 2)


def article(number: int) -> list[Block]:
    return [
        Block(K.HEADLINE, f"Nieuwe brug over de Vecht nummer {number} geopend"),
        Block(K.LEDE, f"De brug is de {number}e in de gemeente. Wethouder {number} knipte het lint door."),
        Block(K.PARAGRAPH, FOOTER),
    ]


def feed(detector: TemplateDetector, count: int, *, outlet: str = "Streekbode", per_day: int = 1) -> list[Block]:
    out: list[Block] = []
    for number in range(count):
        out = detector.set_aside(
            article(number), outlet=outlet, article=f"{outlet}-{number}", day=DAY + timedelta(days=number // per_day)
        )
    return out


def test_a_line_repeated_across_days_is_set_aside_with_the_count_and_outlet() -> None:
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 6)
    footer = [b for b in blocks if b.text == FOOTER]
    assert footer == [Block(K.SITE_TEXT, FOOTER, reason="repeated in 5 articles of Streekbode")]
    assert [b.kind for b in blocks[:2]] == [K.HEADLINE, K.LEDE]  # the article's own text stays


def test_a_new_outlet_falls_back_to_the_rules() -> None:
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 3)
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_repetition_on_one_day_only_is_not_a_template() -> None:
    """Five articles of one day sharing a line (a story's updates) are not the outlet's furniture."""
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 6, per_day=6)
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_outlets_do_not_share_templates() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    feed(detector, 6, outlet="Streekbode")
    blocks = feed(detector, 3, outlet="Kustkrant")
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_lines_older_than_the_window_do_not_count() -> None:
    store = MemoryOutletLines()
    old = TemplateDetector(store, min_articles=3, window_days=30)
    feed(old, 5)
    late = old.set_aside(article(99), outlet="Streekbode", article="late", day=DAY + timedelta(days=200))
    assert all(b.kind is not K.SITE_TEXT for b in late)


def test_a_repeated_sentence_is_cut_out_of_its_paragraph() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    for number in range(5):
        blocks = [Block(K.PARAGRAPH, f"De brug nummer {number} is open. {FOOTER}")]
        out = detector.set_aside(blocks, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number))
    assert out == [
        Block(K.PARAGRAPH, "De brug nummer 4 is open."),
        Block(K.SITE_TEXT, FOOTER, reason="repeated in 4 articles of Streekbode"),
    ]


def test_the_builder_sets_aside_template_lines_before_choosing_the_headline_and_keep_all_translates_them() -> None:
    from functools import partial

    from pipeline.text.article import article_from_blocks

    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    banner = "Het laatste nieuws van de Streekbode"
    for number in range(4):
        built = article_from_blocks(
            [Block(K.PARAGRAPH, banner), Block(K.PARAGRAPH, f"Brug {number} is open"), *article(number)[1:]],
            source_name="a.txt",
            text="",
            templates=partial(
                detector.set_aside, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number)
            ),
        )
    assert [(b.reason, b.text) for b in built.set_aside] == [
        ("repeated in 3 articles of Streekbode", banner),
        ("repeated in 3 articles of Streekbode", FOOTER),
    ]
    assert built.meta.headline == "Brug 3 is open"  # not the banner
    kept = article_from_blocks(
        [Block(K.PARAGRAPH, banner), *article(9)],
        source_name="a.txt",
        text="",
        keep_all=True,
        templates=partial(detector.set_aside, outlet="Streekbode", article="9", day=DAY + timedelta(days=9)),
    )
    assert not kept.set_aside
