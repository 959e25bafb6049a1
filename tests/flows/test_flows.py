"""Prefect flows over the pipeline, under one session-scoped prefect_test_harness."""

from __future__ import annotations

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import SEEDS, short_article, wire_pair


@pytest.fixture()
def flow_settings(tiny_marian: Path, tiny_bart: Path) -> dict[str, str]:
    return {"translator": str(tiny_marian), "summarizer": str(tiny_bart), "device": "cpu"}


@pytest.fixture()
def terse_flow_settings(flow_settings, terse_marian: Path, tmp_path: Path) -> dict[str, str]:
    """With the terse translator (tests/conftest.py), for tests of what a run does around the
    translation (digests, failures, reruns, reads): it writes a word a sentence. Its translations
    are kept (the random model's never are): in the test's own sentence cache, so that no other
    test's run can spare this one a model load."""
    return {**flow_settings, "translator": str(terse_marian), "cache_dir": str(tmp_path / "sentence-cache")}


def without_timestamp(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("created_at:")]


def test_flow_and_cli_write_byte_identical_briefs(
    prefect_harness, flow_settings, tiny_settings, tmp_path: Path
) -> None:
    from flows.brief_article import brief_article
    from pipeline.batch import build_brief

    seed = tmp_path / SEEDS[1].name  # its first three paragraphs: the length plays no part
    seed.write_bytes(short_article(SEEDS[1]))
    cli_result = build_brief(seed, tiny_settings)
    flow_path = Path(brief_article(str(seed), settings={**flow_settings, "out_dir": str(tmp_path / "flow")}))
    assert flow_path.name == cli_result.path.name
    assert without_timestamp(flow_path) == without_timestamp(cli_result.path)
    # the brief is also a Markdown artifact keyed by its cache key, readable in the UI: the title
    # first (no YAML front matter), then summary and article, the metadata as a table at the end
    key = f"brief-{flow_path.stem.rsplit('-', 1)[1]}" + published_key_tail(flow_path)
    artifacts = read_artifacts(key)
    assert len(artifacts) == 1
    shown = artifacts[0]["data"]
    body = flow_path.read_text(encoding="utf-8").split("\n---\n", 1)[1].lstrip("\n")
    assert shown.startswith("# ") and "---" not in shown.split("\n", 1)[0]
    assert shown.startswith(body.rstrip("\n"))  # every line of the brief's body, in order
    assert shown.index("## Summary") < shown.index("## Article") < shown.index("## Details")
    assert "| cache key |" in shown and "cache_key:" not in shown


def test_daily_flow_groups_write_the_briefs_one_article_runs_write(
    prefect_harness, flow_settings, tiny_settings, tmp_path: Path
) -> None:
    """Groups of batch_articles (here 2: three groups for five seeds, each cut to its first three
    paragraphs), one brief-articles task each; every brief byte-identical (timestamps aside) to a
    one-article run's."""
    from flows.daily_briefing import daily_briefing
    from pipeline.batch import build_brief

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS:
        (inbox / seed.name).write_bytes(short_article(seed))
    settings = {**flow_settings, "batch_articles": 2, "max_concurrency": 2}
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(tmp_path / "flow"), settings=settings, day="2026-02-15", return_state=True
    )
    report = state.result(_sync=True)
    assert state.is_completed() and len(report.briefed) == 5 and report.failed == {}
    groups = [run for run in task_runs(state) if run.name.startswith("brief-articles")]
    assert len(groups) == 3 and all(run.state.is_completed() for run in groups)
    for seed in SEEDS:
        alone = build_brief(inbox / seed.name, tiny_settings).path
        assert without_timestamp(tmp_path / "flow" / alone.name) == without_timestamp(alone), seed.name


def read_artifacts(key: str) -> list[dict]:
    """The latest artifact with `key`, straight from the API (prefect 3.8.8's client sends nulls
    its own server rejects with 422 on /artifacts/filter)."""
    import httpx
    from prefect.settings import PREFECT_API_URL

    body = {"artifacts": {"key": {"any_": [key]}}, "limit": 10, "offset": 0}
    response = httpx.post(f"{PREFECT_API_URL.value()}/artifacts/latest/filter", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def task_runs(state) -> list:
    """The task runs of the flow run that ended in `state`."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def read() -> list:
        async with get_client() as client:
            ids = FlowRunFilterId(any_=[state.state_details.flow_run_id])
            return await client.read_task_runs(flow_run_filter=FlowRunFilter(id=ids))

    return run_coro_as_sync(read())


LOGS_SENT_WITHIN = 300.0  # seconds: a bound on a stuck sender, not a wait (drain_all returns when all are sent)


def run_logs(flow_run_id) -> list:
    """Every log line of a flow run and its tasks, as the UI shows them. Logs go to the API in the background
    (prefect.logging.handlers.APILogWorker): every line the run logged is sent, and written by the server, before
    they are read — `APILogHandler().flush()` waited 5 s at most, then the lines that had not arrived on a loaded
    machine were missing (user pass 46)."""
    from prefect import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    # drain_all returns a coroutine where an event loop runs in the calling thread (it did in a full suite run):
    # called on a thread of its own it always waits and returns the (sent, unsent) futures
    with ThreadPoolExecutor(max_workers=1) as drainer:
        _, unsent = drainer.submit(APILogWorker.drain_all, timeout=LOGS_SENT_WITHIN).result()
    assert not unsent, f"the run's log lines were not all sent to the API within {LOGS_SENT_WITHIN} s"

    async def read() -> list:
        async with get_client() as client:
            return await client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))

    return run_coro_as_sync(read())


def brief_key(brief: Path) -> str:
    return json.loads(
        next(line for line in brief.read_text(encoding="utf-8").splitlines() if line.startswith("cache_key: "))[11:]
    )


def published_key_tail(brief: Path) -> str:
    """The artifact key is `brief-` + the first 24 hex digits of the cache key (front matter)."""
    import json

    for line in brief.read_text(encoding="utf-8").splitlines():
        if line.startswith("cache_key: "):
            return json.loads(line[len("cache_key: ") :])[12:24]
    raise AssertionError("no cache_key in the front matter")


def make_inbox(root: Path, seeds: list[Path]) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    for seed in seeds:
        (inbox / seed.name).write_bytes(short_article(seed))  # their first three paragraphs
    (inbox / "leeg.txt").write_bytes(b"")
    (inbox / "foto.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return inbox


def test_daily_briefing_digest_failures_and_idempotent_rerun(
    prefect_harness, terse_flow_settings, tmp_path: Path
) -> None:
    from flows.daily_briefing import daily_briefing
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.failures import forget, load_failures
    from pipeline.engines import registry
    from pipeline.settings import BriefSettings

    inbox = make_inbox(tmp_path, SEEDS[2:4])
    out = tmp_path / "out"
    flow_settings = {**terse_flow_settings, "num_beams": 1}  # a cache key no other test uses
    registry.unload_all()
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(out), settings=flow_settings, day="2026-02-12", return_state=True
    )
    report = state.result(_sync=True)
    assert len(registry.loaded()) == 2  # translator + summarizer, once for all articles
    # some failed: Completed, and the message counts
    assert state.is_completed() and state.message == "2 briefed, 2 failed, 0 already done"

    assert len(report.briefed) == 2 and all(Path(p).is_file() for p in report.briefed)
    assert set(report.failed) == {"leeg.txt", "foto.txt"}
    assert "no text" in report.failed["leeg.txt"] and "binary" in report.failed["foto.txt"]
    assert not any("leeg.txt" in reason or "foto.txt" in reason for reason in report.failed.values())  # named once
    digest = Path(report.digest)
    assert digest.name == "digest-2026-02-12.md" and report.digest_changed
    text = digest.read_text(encoding="utf-8")
    for brief in report.briefed:
        assert f"(<{Path(brief).name}>)" in text  # a relative link to each brief
    assert "## Not briefed" in text and "leeg.txt" in text and "foto.txt" in text
    assert "## Top stories" in text and "_2 articles briefed in " in text  # the digest opens with its stories
    # the digest artifact links each brief's artifact (a UI page), not a file name
    shown = read_artifacts("digest-2026-02-12")[0]["data"]
    links = re.findall(r"\]\(<([^>]+)>\)", shown)
    ids = {a["latest_id"] for brief in report.briefed for a in read_artifacts(f"brief-{brief_key(Path(brief))[:24]}")}
    assert {link.rsplit("/artifacts/artifact/", 1)[1] for link in links} == ids and len(ids) == 2
    catalog = open_catalog(BriefSettings(out_dir=out))
    # remembered, by their file:// addresses (as `brief FILE` by hand lists a file: user51)
    assert {f.source_name for f in load_failures(catalog)} == {
        (inbox / "leeg.txt").as_uri(),
        (inbox / "foto.txt").as_uri(),
    }
    # the run's log: one ERROR line per failed article, naming it once — no traceback, no cascade
    errors = [log.message for log in run_logs(state.state_details.flow_run_id) if log.level >= 40]
    assert sorted(line.split(":")[0] for line in errors) == ["foto.txt", "leeg.txt"], errors
    assert all("\n" not in line and line.count(".txt") == 1 for line in errors), errors
    # the articles were briefed in one group: one brief-articles task, its model work shared (one
    # translate and one summarize task for both), each brief written by a write-brief task
    stages = ("brief-articles", "translate", "summarize", "write-brief")
    names = sorted(name for run in task_runs(state) if (name := run.name.rsplit("-", 1)[0]) in stages)
    assert names == ["brief-articles", "summarize", "translate", "write-brief", "write-brief"]

    # nothing new, the bad files known: nothing is read, loaded, retried or rewritten
    stamps = {p: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith("catalog.sqlite")}
    registry.unload_all()
    again = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=flow_settings, day="2026-02-12")
    assert again.briefed == [] and again.failed == {} and again.already_briefed == 2 and again.known_failures == 2
    assert not again.digest_changed
    assert {p: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith("catalog.sqlite")} == stamps
    assert registry.loaded() == []

    # a new article (under any name) is added to the same day's digest; a changed bad file is tried again
    (inbox / "nieuw artikel.txt").write_bytes(short_article(SEEDS[4]))
    (inbox / "leeg.txt").write_bytes(b"   \n")
    third = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=flow_settings, day="2026-02-12")
    assert len(third.briefed) == 1 and third.digest_changed and set(third.failed) == {"leeg.txt"}
    assert third.known_failures == 1  # foto.txt, unchanged
    assert len(set(re.findall(r"\]\(<([^>]+\.md)>\)", digest.read_text(encoding="utf-8")))) == 3  # each brief linked

    # `brief failures retry`: forgotten, so the next run tries it again (and fails it again)
    assert [f.source_name for f in forget(catalog, ["foto.txt"])] == [(inbox / "foto.txt").as_uri()]  # by its name
    state = daily_briefing(
        inbox=str(inbox), out_dir=str(out), settings=flow_settings, day="2026-02-13", return_state=True
    )
    fourth = state.result(raise_on_failure=False, _sync=True).report  # ops49: the state's data is an exception
    # every article it tried failed: the run is Failed, and says so
    assert (
        state.is_failed()
        and state.message == "every article failed: 0 briefed, 1 failed, 3 already done, 1 known failure skipped"
    )
    assert set(fourth.failed) == {"foto.txt"} and fourth.known_failures == 1
    next_day = Path(fourth.digest).read_text(encoding="utf-8")
    assert "foto.txt" in next_day and "leeg.txt" not in next_day  # listed on the day it (first) failed


def test_same_content_under_a_new_name_is_not_briefed_again_and_each_file_is_read_once_a_run(
    prefect_harness, terse_flow_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan reads and plans each inbox file; its plans go on to the build, which reads nothing again."""
    import collections

    import pipeline.web.source as source
    from flows.daily_briefing import daily_briefing

    reads: collections.Counter[str] = collections.Counter()
    reader = source.read_article_bytes

    def counting(path, **options):
        reads[Path(path).name] += 1
        return reader(path, **options)

    monkeypatch.setattr(source, "read_article_bytes", counting)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(short_article(SEEDS[0]))  # their first three paragraphs
    (inbox / "b.txt").write_bytes(short_article(SEEDS[2]))
    out = tmp_path / "out"
    first = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=terse_flow_settings, day="2026-02-13")
    assert len(first.briefed) == 2 and reads == {"a.txt": 1, "b.txt": 1}
    (inbox / "a.txt").rename(inbox / "hernoemd.txt")
    os.utime(inbox / "hernoemd.txt")
    reads.clear()
    second = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=terse_flow_settings, day="2026-02-13")
    assert second.briefed == [] and second.already_briefed == 2
    assert reads == {}  # the catalog's index of briefs by file bytes knows both: no article is read again


def test_task_cache_hits_across_flow_runs(prefect_harness, flow_settings, tmp_path: Path) -> None:
    """Prefect's default policy includes the run id; ours is keyed on the content hash, so a new
    flow run re-uses the translation and summary of an earlier one (no model is even loaded)."""
    from flows.brief_article import brief_article
    from pipeline.engines import registry

    settings = {**flow_settings, "out_dir": str(tmp_path / "out"), "summary_max_length": 20}  # a key no other test uses
    registry.unload_all()
    seed = tmp_path / SEEDS[3].name  # its first three paragraphs: the length plays no part
    seed.write_bytes(short_article(SEEDS[3]))
    first = Path(brief_article(str(seed), settings=settings))
    assert len(registry.loaded()) == 2  # the first run really did the work
    before = without_timestamp(first)
    first.unlink()  # the brief is gone, the task cache is not
    registry.unload_all()
    second = Path(brief_article(str(seed), settings=settings))
    assert second == first and without_timestamp(second) == before
    assert registry.loaded() == []


def test_permanent_errors_are_not_retried_network_and_timeouts_are() -> None:
    from flows.tasks import is_transient
    from pipeline.errors import InputError, ModelUnavailableError, OutputError, SettingsError

    def state(exc: Exception):
        def result(**_options):
            raise exc

        return SimpleNamespace(result=result)

    for permanent in (InputError("leeg"), SettingsError("num_beams"), ModelUnavailableError("not in the cache")):
        assert is_transient(None, None, state(permanent)) is False
    for transient in (TimeoutError("read timed out"), ConnectionError("reset"), OutputError("disk full")):
        assert is_transient(None, None, state(transient)) is True


def test_the_inbox_is_briefed_in_publication_order_so_a_wire_copy_is_marked(
    prefect_harness, terse_flow_settings, tmp_path: Path
) -> None:
    """One article a group, one group at a time: the copy (named first, published later) is briefed
    after the article it copies, whatever order the inbox lists them in."""
    from typer.testing import CliRunner

    from brief_cli.main import app
    from flows.daily_briefing import daily_briefing

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    wire_pair(inbox, original="b-origineel.md", copy="a-kopie.md")
    settings = {**terse_flow_settings, "batch_articles": 1, "max_concurrency": 1, "inbox_pattern": "*.md"}
    report = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day="2022-02-12")
    assert len(report.briefed) == 2, report.failed
    result = CliRunner().invoke(app, ["stories", "--out", str(out), "--json"])
    (story,) = json.loads(result.stdout)
    copy = {Path(a["source"]).name: a for a in story["articles"]}
    assert copy["a-kopie.md"]["duplicate_of"] == copy["b-origineel.md"]["brief"]
