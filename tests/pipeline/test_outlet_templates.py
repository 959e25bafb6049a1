"""The repetition signal in the build path (pipeline.text.outlet_templates): a line an outlet repeats
in several of its articles on different days is set aside when its next article is briefed
("repeated in N articles of OUTLET", listed under Left out), learned from the catalog's
outlet_lines; a new outlet's first articles get the rules alone; `--keep-all` translates it."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch import build_brief
from tests.pipeline.test_brief import parse_brief

TEMPLATE = "Onze journalistiek wordt betaald door de lezers van de Streekbode."
BODIES = [
    "De gemeenteraad stemde in met een nieuw zwembad. Wethouder Bakker is blij met het besluit.",
    "Een brand heeft een schuur in Dalfsen verwoest. Niemand raakte gewond bij de brand.",
    "De bibliotheek opent een nieuwe vestiging in het centrum. De opening is op zaterdag.",
    "Boeren protesteren op het provinciehuis tegen nieuwe regels. Het protest verliep rustig.",
    "Het station krijgt een nieuwe fietsenstalling voor duizend fietsen. De bouw begint in mei.",
    "De markt verhuist tijdelijk naar het plein bij de kerk. Dat duurt tot de zomer.",
]


def article_file(folder: Path, number: int, outlet: str = "Streekbode") -> Path:
    path = folder / f"artikel-{outlet}-{number}.md"
    text = f"---\noutlet: {outlet}\ndate: 2026-11-0{number + 1}\n---\n\n# Nieuws {number} uit de regio\n\n"
    path.write_text(text + f"{BODIES[number]}\n\n{TEMPLATE}\n", encoding="utf-8")
    return path


def set_aside(path: Path) -> list[dict]:
    meta, _ = parse_brief(path)
    return meta.get("set_aside") or []


def test_a_line_repeated_across_an_outlets_articles_is_set_aside(tiny_settings, terse_marian, tmp_path: Path) -> None:
    # what is set aside is decided before the translation: the terse translator (tests/conftest.py)
    # writes a word a sentence, where the random one runs each sentence to its bound and retries it
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first = [build_brief(article_file(tmp_path, n), tiny_settings) for n in range(4)]
    assert all(not set_aside(r.path) for r in first[:3])  # a new outlet: the rules alone
    fifth = build_brief(article_file(tmp_path, 4), tiny_settings)
    assert {"text": TEMPLATE, "reason": "repeated in 4 articles of Streekbode"} in set_aside(fifth.path)
    meta, blocks = parse_brief(fifth.path)
    assert meta["source_title"] == "Nieuws 4 uit de regio"
    assert not any(TEMPLATE in text for kind, text in blocks if kind.startswith("quote"))  # not translated
    other = build_brief(article_file(tmp_path, 4, outlet="Kustkrant"), tiny_settings)  # another outlet
    assert not set_aside(other.path)
    kept = build_brief(article_file(tmp_path, 5), tiny_settings.model_copy(update={"keep_all": True}))
    assert not set_aside(kept.path)
    assert any(TEMPLATE in text for kind, text in parse_brief(kept.path)[1] if kind.startswith("quote"))  # translated


def test_an_article_dates_its_lines_by_a_usable_date_only() -> None:
    from datetime import date

    from pipeline.document import Article, ArticleMeta
    from pipeline.text.outlet_templates import article_day

    today = date(2026, 3, 2)
    for published, day in [("2026-03-01T08:00:00+01:00", date(2026, 3, 1)), ("0001-01-01T00:00:00Z", today)]:
        assert article_day(Article("a.md", "", (), ArticleMeta(published=published)), today) == day
    assert article_day(Article("a.md", "", (), ArticleMeta(published="2031-01-01")), today) == today
