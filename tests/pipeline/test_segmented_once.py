"""The standard "each article read once, segmented once" over every text the tests reach, not two:
the seeds, the saved pages of ../shared/web/html (read there), the texts of tests/data/segmented_once
written so that a rule of the structure pass asks for a paragraph's sentences (a line repeated on the
page, teasers over the article's title, a tip request under short questions, a contact note, a bio
under the closing byline), and a paragraph cut where its outlet's template sentence is. Counted on
the build path up to the models (pipeline.brief.prepare_brief): no paragraph is segmented twice."""

from __future__ import annotations

import collections
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import pipeline.text.segment as segment
from pipeline.brief import Prepared, prepare_brief
from pipeline.errors import InputError
from pipeline.settings import BriefSettings
from tests.conftest import SEEDS, shared_dir

WRITTEN = Path(__file__).resolve().parent.parent / "data" / "segmented_once"
TEMPLATE = "De Streekbode verschijnt elke donderdag in Dalfsen, Ommen en Hardenberg."
BODIES = [
    "De gemeenteraad stemde in met een nieuw zwembad. Wethouder Bakker is blij met het besluit.",
    "Een brand heeft een schuur in Dalfsen verwoest. Niemand raakte gewond bij de brand.",
    "De bibliotheek opent een nieuwe vestiging in het centrum. De opening is op zaterdag.",
    "Boeren protesteren op het provinciehuis tegen nieuwe regels. Het protest verliep rustig.",
    "De markt verhuist tijdelijk naar het plein bij de kerk. Dat duurt tot de zomer.",
]


@pytest.fixture
def segmented(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    """How often each paragraph is segmented (every sentence a rule asks for comes from sentence_spans)."""
    counts: collections.Counter[str] = collections.Counter()
    real = segment.sentence_spans

    def counting(paragraph: str) -> list[tuple[int, int]]:
        counts[paragraph] += 1
        return real(paragraph)

    monkeypatch.setattr(segment, "sentence_spans", counting)
    return counts


@pytest.fixture
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", require_dutch=False, backend="torch")


def prepared_once(source: Path, settings: BriefSettings, counts: collections.Counter[str]) -> Prepared:
    counts.clear()
    prepared = prepare_brief(source, settings, force=True)
    assert prepared.segmented is not None, source.name
    assert counts, f"{source.name}: nothing segmented"
    again = {paragraph[:60]: n for paragraph, n in counts.items() if n > 1}
    assert not again, f"{source.name}: paragraphs segmented more than once: {again}"
    return prepared


def test_no_paragraph_of_any_text_at_hand_is_segmented_twice(
    settings: BriefSettings, segmented: collections.Counter[str]
) -> None:
    pages = sorted(shared_dir("web").joinpath("html").glob("*.html"))
    written = sorted(WRITTEN.glob("*.txt"))
    assert len(written) == 5 and pages
    read = 0
    for source in [*SEEDS, *pages, *written]:
        try:
            prepared_once(source, settings, segmented)
        except InputError:  # a page that is no article (a consent wall, a page built by script): refused before
            assert source.suffix == ".html", source.name
            continue
        read += 1
    assert read >= len(SEEDS) + len(written) + 3


def test_a_paragraph_cut_at_its_outlets_template_sentence_is_segmented_once(
    settings: BriefSettings, segmented: collections.Counter[str], tmp_path: Path
) -> None:
    from pipeline.catalog.articles import save_articles
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.outlet_lines import CatalogOutletLines
    from pipeline.text.templates import line_hash

    catalog = open_catalog(settings)
    for number in range(4):  # four earlier articles of the outlet, on four days, each closing with the line
        row = {"brief_key": f"k{number}", "brief_file": "b.md", "source": f"{number}.md", "content_hash": f"h{number}"}
        catalog.write(lambda connection, row=row: save_articles(connection, [row | {"briefed_at": datetime.now(UTC)}]))
        CatalogOutletLines(catalog).add("Streekbode", {line_hash(TEMPLATE)}, f"k{number}", date(2026, 11, number + 1))
    path = tmp_path / "artikel.md"
    front = "---\noutlet: Streekbode\ndate: 2026-11-06\n---\n\n# Nieuws uit de regio\n\n"
    path.write_text(f"{front}{BODIES[0]}\n\n{BODIES[4]} {TEMPLATE}\n", encoding="utf-8")
    article = prepared_once(path, settings, segmented).plan.article
    assert [b.text for b in article.blocks if b.reason and b.reason.startswith("repeated in")] == [TEMPLATE]
