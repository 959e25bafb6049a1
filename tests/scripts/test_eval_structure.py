"""The structure development set, scored by scripts/eval_structure.py: a guard against regressions."""

from __future__ import annotations

from pipeline.document import Article, ArticleMeta, Block, BlockKind
from pipeline.text.read import parse_article
from scripts.eval_structure import DEV_DIR, Tally, evaluate, score_article, visible_text


def test_the_development_set_is_read_as_its_gold_says() -> None:
    tally = evaluate(DEV_DIR)
    assert tally.articles >= 20 and tally.unlocated == 0
    assert tally.site_found - tally.site_right == 0 and tally.article_blocks_hit == 0  # no article text set aside
    assert tally.headlines_right / tally.articles >= 0.95
    assert tally.recall >= 0.95
    assert tally.lists and tally.lists_rendered == tally.lists
    assert tally.entries and tally.entries_rendered == tally.entries


def _article(text: str, blocks: list[Block], *, source_format: str = "txt") -> Article:
    return Article("made_up", text, tuple(blocks), ArticleMeta(), source_format=source_format)


def test_visible_text_drops_tags_and_unescapes_entities() -> None:
    assert visible_text('<p>Een <a href="/x">eigen</a>&nbsp;zin.</p><p>Twee</p>') == "Een eigen zin. Twee"
    assert visible_text("a &lt; b en <br/>c &amp; d\u200b") == "a < b en c & d"


def test_a_set_aside_paragraph_in_markup_is_found_by_its_words() -> None:
    """The reader sets aside the words of a promo paragraph; the source and the gold keep its tags."""
    promo = '<p><em>Volg ons op <a href="https://example.org/app">onze app</a>&nbsp;voor meer!</em></p>'
    source = f"<p>De gemeente bouwt een brug over de rivier.</p>\n{promo}"
    blocks = [
        Block(BlockKind.PARAGRAPH, "De gemeente bouwt een brug over de rivier."),
        Block(BlockKind.SITE_TEXT, "Volg ons op onze app voor meer!", reason="promo"),
    ]
    gold = {
        "headline": None,
        "blocks": [{"kind": "paragraph", "text": source.split("\n")[0]}, {"kind": "site_text", "text": promo}],
    }
    tally = Tally()
    score_article(_article(source, blocks), gold, tally, "made_up")
    assert tally.unlocated == 0
    assert tally.site_gold == tally.site_right == tally.site_found == len("Volgonsoponzeappvoormeer!")
    assert tally.article_blocks_hit == 0


def test_front_matter_read_as_metadata_counts_as_kept_out_only_in_recall() -> None:
    source = "---\nid: abc123\ntitle: Een brug\npermalink: /nieuws/een-brug/\n---\nDe gemeente bouwt een brug.\n"
    article = parse_article(source, source_name="made_up.md", source_format="md")
    gold = {
        "headline": "Een brug",
        "blocks": [
            {"kind": "site_text", "text": "---\nid: abc123"},
            {"kind": "headline", "text": "title: Een brug"},
            {"kind": "site_text", "text": "permalink: /nieuws/een-brug/\n---"},
            {"kind": "paragraph", "text": "De gemeente bouwt een brug."},
        ],
    }
    tally = Tally()
    score_article(article, gold, tally, "made_up")
    site = len("---id:abc123") + len("permalink:/nieuws/een-brug/---")
    assert tally.front_matter == len("---id:abc123title:Eenbrugpermalink:/nieuws/een-brug/---")
    assert tally.front_matter_site == site
    assert tally.site_gold == site and tally.recall == 1.0  # the front matter's site text counts as found
    assert tally.site_found == tally.site_right == 0  # ... in recall only: nothing was set aside as a block
    assert tally.precision == 1.0  # the title line is not "set aside"
    assert tally.article_blocks_hit == 0 and tally.headlines_right == 1 and tally.unlocated == 0


def test_a_date_line_read_as_a_dateline_is_kept_out_of_the_translation_but_not_set_aside() -> None:
    """Gold calls the date line site text; the reader takes it as a dateline (never translated) and sets a share
    row aside: recall counts only the share row, "kept out" both; the paragraph stays in neither."""
    stamp, share = "14 maart 2023, 10:12 uur", "Deel via WhatsApp"
    story = "De gemeente bouwt een brug over de rivier bij het dorp."
    source = f"{stamp}\n{story}\n{share}"
    blocks = [
        Block(BlockKind.DATELINE, stamp),
        Block(BlockKind.PARAGRAPH, story),
        Block(BlockKind.SITE_TEXT, share, reason="share"),
    ]
    gold = {
        "headline": None,
        "blocks": [
            {"kind": "site_text", "text": stamp},
            {"kind": "paragraph", "text": story},
            {"kind": "site_text", "text": share},
        ],
    }
    tally = Tally()
    score_article(_article(source, blocks), gold, tally, "made_up")
    stamp_chars, share_chars = len(stamp.replace(" ", "")), len(share.replace(" ", ""))
    assert tally.site_gold == stamp_chars + share_chars
    assert tally.recall == share_chars / (stamp_chars + share_chars)
    assert tally.kept_out == 1.0 and tally.site_untranslated == stamp_chars + share_chars
    assert tally.precision == 1.0 and tally.article_blocks_hit == 0
