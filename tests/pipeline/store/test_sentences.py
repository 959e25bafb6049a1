"""The persistent sentence cache: real model calls are counted to prove what it saves."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

from pipeline.document import SentenceTranslation
from pipeline.store.sentences import SentenceCache, cache_namespace
from pipeline.translate import Translator
from tests.conftest import ROOT, SEEDS
from tests.fakes import FakeEngine

ARTICLE = [
    "Het kabinet is gevallen.",
    "De premier bood zijn ontslag aan.",
    "Er komen nieuwe verkiezingen.",
    "De oppositie reageerde verheugd.",
    "Volg ons ook op sociale media.",
]


def translator(engine: FakeEngine, cache: SentenceCache, namespace: str = "ns") -> Translator:
    return Translator(engine, cache=cache, namespace=namespace)


def test_an_edited_article_retranslates_only_the_changed_sentences(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "t.sqlite")
    first = FakeEngine()
    translator(first, cache).translate_sentences(ARTICLE)
    assert sorted(first.texts_seen) == sorted(ARTICLE)

    edited = ARTICLE[:2] + ["Er komen in maart nieuwe verkiezingen."] + ARTICLE[3:]
    second = FakeEngine()
    results = translator(second, cache).translate_sentences(edited)
    assert second.texts_seen == ["Er komen in maart nieuwe verkiezingen."]
    assert [r.text for r in results] == [s.upper() for s in edited]


def test_boilerplate_across_articles_is_translated_once(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "t.sqlite")
    engine = FakeEngine()
    t = translator(engine, cache)
    t.translate_sentences(["Eerste artikel.", "Volg ons ook op sociale media."])
    t.translate_sentences(["Tweede artikel.", "Volg ons ook op sociale media."])
    assert engine.texts_seen.count("Volg ons ook op sociale media.") == 1
    assert t.cache_hits == 1


def test_other_models_or_settings_do_not_share_entries(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "t.sqlite")
    a = cache_namespace("m", "rev1", "torch", {"num_beams": None})
    b = cache_namespace("m", "rev1", "torch", {"num_beams": 2})
    c = cache_namespace("m", "rev2", "torch", {"num_beams": None})
    assert len({a, b, c}) == 3
    cache.put_many(a, [SentenceTranslation("Zin.", "Sentence.")])
    assert cache.get_many(a, ["Zin."])["Zin."].text == "Sentence."
    assert cache.get_many(b, ["Zin."]) == {} and cache.get_many(c, ["Zin."]) == {}


def _writer(path: str, worker: int) -> None:
    cache = SentenceCache(Path(path))
    for batch in range(20):
        cache.put_many("ns", [SentenceTranslation(f"w{worker} b{batch} s{i}", f"t{i}") for i in range(25)])
        cache.get_many("ns", [f"w{(worker + 1) % 4} b{batch} s0"])


def test_an_unreadable_cache_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = SentenceCache(path)
    assert cache.warning and "moved it to" in cache.warning
    cache.put_many("ns", [SentenceTranslation("Zin.", "Sentence.")])
    assert cache.get_many("ns", ["Zin."])["Zin."].text == "Sentence."
    assert len(list(tmp_path.glob("t.sqlite.corrupt-*"))) == 1


def test_several_processes_share_one_cache_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    SentenceCache(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), w)) for w in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert SentenceCache(path).stats()["sentences"] == 4 * 20 * 25


def test_a_lost_brief_is_rebuilt_from_the_cache_and_force_translates_again(tiny_settings, monkeypatch) -> None:
    """The translator is a fake engine: tiny random models write degenerate output, which is never cached."""
    from pipeline.batch import build_brief
    from pipeline.runtime import Models

    fake = FakeEngine(max_input_tokens=512)
    real_engine = Models.engine
    monkeypatch.setattr(
        Models, "engine", lambda self, ref, role: fake if role == "translator" else real_engine(self, ref, role)
    )
    first = build_brief(SEEDS[1], tiny_settings)
    assert fake.texts_seen
    fake.batches.clear()
    first.path.unlink()
    again = build_brief(SEEDS[1], tiny_settings)
    assert not again.cached and again.path.is_file() and fake.texts_seen == []  # every sentence from the cache
    forced = build_brief(SEEDS[1], tiny_settings, force=True)
    assert not forced.cached and fake.texts_seen  # --force really translates again


def test_degenerate_translations_are_not_cached(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "t.sqlite")
    stutter = FakeEngine(transform=lambda text, options: "the the the the the the")
    Translator(stutter, cache=cache, namespace="ns").translate_sentences(["Het kabinet valt."])
    assert cache.get_many("ns", ["Het kabinet valt."]) == {}
    healthy = FakeEngine()
    result = Translator(healthy, cache=cache, namespace="ns").translate_sentences(["Het kabinet valt."])
    assert healthy.texts_seen == ["Het kabinet valt."] and not result[0].degenerate  # translated again
    assert cache.get_many("ns", ["Het kabinet valt."])["Het kabinet valt."].text == "HET KABINET VALT."


def test_cache_stats_and_clear_commands(tiny_settings) -> None:
    cache = SentenceCache(tiny_settings.sentence_cache_path())
    cache.put_many("ns", [SentenceTranslation(f"Zin {i}.", f"Sentence {i}.") for i in range(7)])
    cache.close()
    run = lambda *args: subprocess.run(
        [sys.executable, "-m", "brief_cli.main", "cache", *args, "--cache-dir", str(tiny_settings.cache_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    stats = run("stats")
    assert stats.returncode == 0 and ": 7 sentences in 1 " in stats.stdout  # the 7 stored above
    cleared = run("clear")
    assert cleared.returncode == 0 and "removed 7 " in cleared.stdout
    assert ": 0 sentences" in run("stats").stdout


def _held_exclusively(path: Path) -> sqlite3.Connection:
    """Another process's view: a rollback-journal database with an open exclusive transaction."""
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("CREATE TABLE IF NOT EXISTS other (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO other VALUES (1)")
    return holder


def test_a_locked_cache_is_waited_for_then_left_alone_and_the_run_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    holder = _held_exclusively(path)
    try:
        cache = SentenceCache(path, busy_timeout=0.2)
        assert not cache.available and "going on without it" in (cache.warning or "")
        assert "\n" not in (cache.warning or "")
        results = Translator(FakeEngine(), cache=cache, namespace="ns").translate_sentences(ARTICLE)
        assert [r.text for r in results] == [s.upper() for s in ARTICLE]  # translations still correct
    finally:
        holder.rollback() if holder.in_transaction else None
        holder.close()
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))  # never moved
    assert sqlite3.connect(str(path)).execute("SELECT name FROM sqlite_master").fetchall() == [("other",)]


def test_a_lock_held_past_the_wait_mid_run_gives_one_warning(tmp_path: Path, caplog) -> None:
    path = tmp_path / "t.sqlite"
    cache = SentenceCache(path, busy_timeout=0.2)
    assert cache.available
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        with caplog.at_level("WARNING", logger="dutch_brief"):
            translator = Translator(FakeEngine(), cache=cache, namespace="ns", group_size=2)
            results = translator.translate_sentences(ARTICLE)
    finally:
        holder.rollback()
        holder.close()
    assert [r.text for r in results] == [s.upper() for s in ARTICLE]
    assert len([r for r in caplog.records if "going on without it" in r.getMessage()]) == 1
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_a_damaged_cache_that_cannot_be_moved_is_one_warning_not_a_traceback(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "t.sqlite"
    path.write_bytes(b"this is not a database" * 100)

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    cache = SentenceCache(path)
    assert not cache.available
    assert cache.warning and "Permission denied" in cache.warning and "\n" not in cache.warning
    assert Translator(FakeEngine(), cache=cache, namespace="ns").translate_sentences(["Zin."])[0].text == "ZIN."


def test_a_database_that_fails_quick_check_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    cache = SentenceCache(path)
    cache.put_many("ns", [SentenceTranslation(f"Zin {i}.", "x" * 200) for i in range(400)])
    cache.close()
    with sqlite3.connect(str(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        page = db.execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(path.read_bytes())
    raw[page * 2 : page * 4] = b"\xff" * (page * 2)  # smash two b-tree pages, keep the header page
    path.write_bytes(bytes(raw))
    again = SentenceCache(path)
    assert again.warning and "moved it to" in again.warning and again.available
    assert len([p for p in tmp_path.glob("t.sqlite.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]) == 1
    again.put_many("ns", [SentenceTranslation("Zin.", "Sentence.")])
    assert again.get_many("ns", ["Zin."])["Zin."].text == "Sentence."
