"""No number lost in translation: numbers (and names) of the Dutch must be in the English, in
English form; a miss is flagged in `struggles`, counted in the front matter and marked in the brief."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from pipeline.document import Article, Block, BlockKind, Brief, ModelRef, Summary
from pipeline.quality.fidelity import check_sentence, check_translation
from pipeline.render.brief import render_brief
from pipeline.translate import Translator, summarise_stats
from scripts.fidelity_report import cases, measure
from tests.fakes import FakeEngine

DATA = Path(__file__).resolve().parents[2] / "data"

CORRECT = [
    ("Rusland heeft 127.000 militairen klaarstaan.", "Russia has 127,000 troops ready."),
    ("Het kost 3,5 miljoen euro.", "It costs 3.5 million euros."),
    ("Er zijn 1.439 doden.", "There are 1,439 dead."),
    ("De top is op 12 februari.", "The summit is on 12 February."),
    ("De top is op 12 februari.", "The summit is on February 12."),
    ("Het begint om 20.00 uur.", "It starts at 8 p.m."),
    ("Het begint om 20.00 uur.", "It starts at 20:00."),
    ("Ajax won met 7-5.", "Ajax won 7-5."),
    ("De inflatie is 2,5 procent.", "Inflation is 2.5%."),
    ("Het kost € 12,50.", "It costs €12.50."),
]
FAULTY = [
    ("Rusland heeft 127.000 militairen klaarstaan.", "Russia has troops ready.", "127.000"),
    ("Rusland heeft 127.000 militairen klaarstaan.", "Russia has 127.000 troops ready.", "127.000"),  # Dutch form
    ("Rusland heeft 127.000 militairen klaarstaan.", "Russia has 172,000 troops ready.", "127.000"),
    ("Het kost 3,5 miljoen euro.", "It costs 3.5 billion euros.", "3,5 miljoen"),
    ("Er zijn 1.439 doden.", "There are 1,349 dead.", "1.439"),
    ("De top is op 12 februari.", "The summit is on 12 March.", "12 februari"),
    ("Het begint om 20.00 uur.", "It starts at 8 a.m.", "20.00"),
    ("Ajax won met 7-5.", "Ajax won 5-7.", "7-5"),
    ("De inflatie is 2,5 procent.", "Inflation is 25 percent.", "2,5"),
]


@pytest.mark.parametrize("dutch, english", CORRECT)
def test_correct_conversions_pass(dutch: str, english: str) -> None:
    check = check_sentence(dutch, english)
    assert check.numbers and check.missing_numbers == ()


@pytest.mark.parametrize("dutch, english, missing", FAULTY)
def test_dropped_or_altered_numbers_are_flagged(dutch: str, english: str, missing: str) -> None:
    assert check_sentence(dutch, english).missing_numbers == (missing,)


def test_names_are_checked_where_the_english_keeps_them() -> None:
    dutch = "Volgens de Amerikaanse president Joe Biden wil Poetin de Navo verzwakken."
    kept = check_sentence(dutch, "According to US President Joe Biden, Putin wants to weaken NATO.")
    assert set(kept.names) == {"Joe", "Biden", "Poetin", "Navo"} and kept.missing_names == ()
    lost = check_sentence(dutch, "According to the US president, Putin wants to weaken NATO.")
    assert lost.missing_names == ("Joe", "Biden")


def _article(sentences: list[str]) -> Article:
    text = " ".join(sentences)
    return Article("bron.txt", text, (Block(BlockKind.PARAGRAPH, text),))


def test_a_lost_number_is_flagged_counted_and_marked_next_to_its_sentence() -> None:
    from pipeline.document import SegmentedArticle, SegmentedBlock

    dutch = ["Het kabinet trekt 3,5 miljoen euro uit.", "Er komen 127.000 woningen bij."]
    english = {dutch[0]: "The cabinet is setting aside 3.5 million euros.", dutch[1]: "There will be more homes."}
    engine = FakeEngine(transform=lambda text, options: english[text])
    article = _article(dutch)
    segmented = SegmentedArticle(article, (SegmentedBlock(0, article.blocks[0], (tuple(dutch),)),))
    blocks, stats = Translator(engine).translate_article(segmented)
    fidelity = check_translation(blocks)
    brief = Brief(
        article=segmented.article,
        blocks=blocks,
        summary=Summary("Homes.", 3),
        title_en="Homes",
        title_from="lede",
        cache_key="k" * 64,
        content_hash="c" * 64,
        translator=ModelRef("m"),
        summarizer=ModelRef("s"),
        stats=summarise_stats([s for b in blocks for s in b.sentences]),
        fidelity=fidelity,
    )
    markdown = render_brief(brief)
    meta = yaml.safe_load(markdown[4:].split("\n---\n", 1)[0])
    assert meta["fidelity"] == {"numbers_checked": 2, "numbers_missing": 1, "names_checked": 0, "names_missing": 0}
    assert meta["struggles"] == [
        {
            "block": 1,
            "sentence": 2,
            "split_for_length": False,
            "retried": False,
            "degenerate": False,
            "missing_numbers": ["127.000"],
        }
    ]
    body = markdown.split("\n---\n", 1)[1]
    assert "There will be more homes. _(⚠ check the Dutch: 127.000)_" in body
    assert "3.5 million euros. There will" in body  # the faithful sentence is not marked
    html = MarkdownIt("commonmark").render(body)
    assert "<em>(⚠ check the Dutch: 127.000)</em>" in html


def test_false_positives_on_the_seed_references_and_precision_recall_on_faulty_ones() -> None:
    """Measured by scripts/fidelity_report.py; the bounds guard against a regression of the check."""
    with (DATA / "seed_references.tsv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle, delimiter="\t"))) >= 150
    everything = cases()
    references = measure([c for c in everything if c.kind == "reference"])
    assert references["false_positive_rate"] <= 0.02
    overall = measure(everything)
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    numbers = measure([c for c in everything if c.kind.startswith("number")])
    assert numbers["tp"] >= 30 and numbers["recall"] == 1.0
