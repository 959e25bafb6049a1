"""scripts/eval_templates --sets: real outlet sets scored in publication order (a small set written
here), and scripts/build_outlet_sets turning saved page records into such a set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.settings import BriefSettings
from scripts import build_outlet_sets
from scripts.eval_templates import catalog_store, main, memory_store
from scripts.outlet_sets import measure_sets

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
STORIES = [
    ("Brug over de Vecht weer open", "De brug over de Vecht is na drie maanden werk weer open voor fietsers."),
    ("Bakker stopt na veertig jaar", "Bakkerij De Korenbloem sluit zaterdag voorgoed de deuren."),
    ("Raad stemt in met nieuw zwembad", "De gemeenteraad heeft dinsdagavond ingestemd met een nieuw zwembad."),
    ("Schapen ontsnapt op de dijk", "Een kudde van dertig schapen liep woensdag over de dijk bij Nigtevecht."),
    ("Fietspad langs kanaal verbreed", "Het fietspad langs het kanaal wordt deze zomer een meter breder."),
    ("Kerkklok luidt weer na reparatie", "Na een jaar stilte luidt de klok van de dorpskerk weer elk uur."),
    ("Markt verhuist naar het plein", "De weekmarkt staat vanaf volgende week op het Dorpsplein."),
]
WEATHER = ["Zon en 18 graden.", "Regen en 12 graden.", "Wind en 14 graden.", "Mist en 9 graden.", "Buien en 11 graden."]


def page(number: int) -> tuple[str, list[dict]]:
    """A page of the Vechtbode: its greeting names the day; a weather section; a tip line."""
    title, lede = STORIES[number]
    greeting = f"Goedemorgen! Het is {DAYS[number]} {number + 4} mei. Dit is het nieuws uit de Vechtstreek."
    blocks = [
        ("site_text", greeting),
        ("headline", title),
        ("lede", lede),
        ("subheading", "Het weer"),
        ("paragraph", f"Vandaag {WEATHER[number % 5].lower()}"),
        ("site_text", "Tip de redactie via tips@vechtbode.example of bel ons op werkdagen."),
    ]
    return "\n\n".join(text for _, text in blocks) + "\n", [{"kind": k, "text": t} for k, t in blocks]


@pytest.fixture
def sets(tmp_path: Path) -> Path:
    folder = tmp_path / "sets" / "vechtbode"
    folder.mkdir(parents=True)
    for number in range(len(STORIES)):
        text, blocks = page(number)
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
        gold = {"headline": blocks[1]["text"], "outlet": "Vechtbode", "order": number, "blocks": blocks}
        (folder / f"{number:02d}.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path / "sets"


def test_repetition_finds_the_template_lines_the_rules_miss_and_sets_aside_no_article_text(sets: Path) -> None:
    (tally,) = measure_sets(sets, BriefSettings(), memory_store)
    assert (tally.outlet, tally.pages, tally.scored) == ("Vechtbode", 7, 4)  # the first 3 fall back to the rules
    assert tally.recall(tally.both) > tally.recall(tally.rules)
    assert tally.recall(tally.both) == 1.0  # the greeting (its date read past) and the tip line
    assert tally.both.article_lost == 0 and tally.rules.article_lost == 0  # "Het weer" and the title stay
    assert tally.both.precision() == 1.0


def test_a_title_shown_twice_is_scored_once_whichever_copy_is_set_aside() -> None:
    from dataclasses import replace

    from pipeline.document import Block, BlockKind
    from pipeline.text.read import parse_article
    from scripts.outlet_sets import OutletTally, Side, score

    text = "Brug weer open\n\nBrug weer open\n\nDe brug is weer open voor fietsers.\n"
    gold = {
        "headline": "Brug weer open",
        "blocks": [
            {"kind": "headline", "text": "Brug weer open"},
            {"kind": "site_text", "text": "Brug weer open"},
            {"kind": "lede", "text": "De brug is weer open voor fietsers."},
        ],
    }
    article = parse_article(text, source_name="brug.txt")
    title, lede = (
        Block(BlockKind.HEADLINE, "Brug weer open"),
        Block(BlockKind.LEDE, "De brug is weer open voor fietsers."),
    )
    aside = Block(BlockKind.SITE_TEXT, "Brug weer open", reason="repeated")
    for blocks, found, lost in (
        ([aside, title, lede], 12, 0),
        ([title, title, lede], 0, 0),
        ([aside, aside, lede], 12, 12),
    ):
        tally, side = OutletTally("Vechtbode"), Side()
        score(replace(article, blocks=tuple(blocks)), gold, tally, side, "brug", count_gold=True)
        assert (tally.site_gold, side.site_found, side.article_lost) == (12, found, lost)


def test_the_catalog_gives_the_same_figures_as_memory(sets: Path, tmp_path: Path) -> None:
    in_memory = measure_sets(sets, BriefSettings(), memory_store)[0]
    in_catalog = measure_sets(sets, BriefSettings(), catalog_store(tmp_path / "catalogs"))[0]
    assert (in_catalog.both.site_found, in_catalog.both.article_lost) == (
        in_memory.both.site_found,
        in_memory.both.article_lost,
    )


def test_the_command_reports_each_outlet_and_refuses_a_folder_without_sets(
    sets: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--sets", str(sets)])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "Vechtbode: 7 pages, 4 scored" in out and "rules + repetition  recall 1.000" in out
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit) as refused:
        main(["--sets", str(tmp_path / "empty")])
    assert refused.value.code == 1
    assert capsys.readouterr().out.startswith("cannot score the outlet sets:")


def test_the_builder_writes_pages_and_gold_from_records_only_when_they_match_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, data = tmp_path / "raw", tmp_path / "data"
    raw.mkdir()
    data.mkdir()
    text = "Webmail\n\nBrug open\n\nDe brug is open.\n"
    (raw / "vechtbode_1.txt").write_text(f"### brug\thttps://vechtbode.example/brug\t2026-05-04\n{text}", "utf-8")
    pages = build_outlet_sets.read_records(raw)
    (data / "manifest.json").write_text(json.dumps(build_outlet_sets.manifest(pages)))
    label = {"blocks": [{"kind": "site_text", "start": 0, "end": 7}, {"kind": "headline", "start": 9, "end": 18}]}
    (data / "labels.json").write_text(json.dumps({"vechtbode/brug": label}))
    monkeypatch.setattr(build_outlet_sets, "DATA", data)
    assert build_outlet_sets.build(raw, tmp_path / "out") == 1
    gold = json.loads((tmp_path / "out" / "vechtbode" / "01_brug.json").read_text())
    assert gold["headline"] == "Brug open" and gold["blocks"][0] == {"kind": "site_text", "text": "Webmail"}
    (raw / "vechtbode_1.txt").write_text(f"### brug\thttps://vechtbode.example/brug\t2026-05-04\n{text}X", "utf-8")
    with pytest.raises(ValueError, match="not the ones"):
        build_outlet_sets.build(raw, tmp_path / "out")


def test_template_recall_counts_a_piece_once_and_a_line_at_most_whole():
    """A piece set aside that sits inside two template lines counts for one of them, and the pieces
    of one line never count for more than the line: recall cannot pass 1."""
    from types import SimpleNamespace

    from pipeline.document import BlockKind
    from scripts.eval_templates import _set_aside_chars

    template = {"Volg ons op Facebook en Instagram", "Volg ons op X"}
    aside = [SimpleNamespace(kind=BlockKind.SITE_TEXT, text=t) for t in ("Volg ons op", "Volg ons op", "Facebook")]
    found = _set_aside_chars(aside, template)
    assert found <= sum(len(t) for t in template)
    assert found == len("Volg ons op") * 2 + len("Facebook")
    whole = [SimpleNamespace(kind=BlockKind.SITE_TEXT, text=t) for t in sorted(template)]
    assert _set_aside_chars(whole, template) == sum(len(t) for t in template)


def test_pages_dated_by_publication_months_apart_fall_back_to_the_rules(sets: Path) -> None:
    """With --dates published a page counts on its own publication day, as the build path dates an
    article: pages 40 days apart never have enough others in the 30-day window, so repetition finds
    nothing; the same pages one a day (a daily feed) find the greeting and the tip line."""
    from datetime import date, timedelta

    for number, gold_path in enumerate(sorted((sets / "vechtbode").glob("*.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["published"] = (date(2025, 1, 1) + timedelta(days=40 * number)).isoformat()
        gold_path.write_text(json.dumps(gold), encoding="utf-8")
    (apart,) = measure_sets(sets, BriefSettings(), memory_store, dates="published")
    assert apart.recall(apart.both) == apart.recall(apart.rules)
    (daily,) = measure_sets(sets, BriefSettings(), memory_store)
    assert daily.recall(daily.both) == 1.0


def test_a_publication_month_counts_from_its_first_day_and_an_undated_page_follows_the_page_before() -> None:
    from datetime import date

    from scripts.outlet_sets import page_days, published_day

    assert published_day({"published": "2017-07"}) == date(2017, 7, 1)
    assert published_day({"published": "2017-05-08"}) == date(2017, 5, 8)
    assert published_day({"published": ""}) is None
    pages = [(Path(f"{n}.txt"), {"published": p}) for n, p in enumerate(["2017-05-08", "", "2017-07"])]
    assert page_days(pages, "published") == [date(2017, 5, 8), date(2017, 5, 9), date(2017, 7, 1)]
    assert page_days(pages, "daily")[1] - page_days(pages, "daily")[0] == date(2026, 1, 2) - date(2026, 1, 1)


def test_an_unreadable_publication_date_stops_the_command_with_one_line_naming_it(
    sets: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--dates published on a page dated '12-03-2019': exit 1 and one line naming the page and the
    value (not a page silently dated the day after the page before); --dates daily does not read it."""
    gold_path = sets / "vechtbode" / "02.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_path.write_text(json.dumps({**gold, "published": "12-03-2019"}), encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        main(["--sets", str(sets), "--dates", "published"])
    assert refused.value.code == 1
    out = capsys.readouterr().out
    assert out.startswith("cannot score the outlet sets:") and out.count("\n") == 1
    assert "vechtbode/02.json" in out and "'12-03-2019'" in out and "--dates daily" in out
    with pytest.raises(SystemExit) as daily:
        main(["--sets", str(sets)])
    assert daily.value.code == 0
