"""A run for a day with nothing catalogued writes no digest (user50): a daily run given a past `day` whose inbox and
feeds hold nothing for it wrote `digest-DAY.md` ("0 articles briefed"), built a site page of it and e-mailed it. Now
the run says "nothing catalogued for DAY" in its message and writes, builds and sends nothing; a day whose only
record is a failure still gets its digest, listing it."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.days import note_failures
from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestFailure
from pipeline.settings import BriefSettings

DAY = "2026-02-10"


def _settings(tmp_path: Path, tiny_marian: Path, tiny_bart: Path, smtp_server) -> dict:
    return {
        "translator": str(tiny_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "cache_dir": str(tmp_path / "cache"),
        "smtp_host": smtp_server.host,
        "smtp_port": smtp_server.port,
        "smtp_security": "none",
        "smtp_from": "brief@example.org",
        "mail_to": ["ann@example.org"],
    }


def _run(inbox: Path, out: Path, settings: dict):
    from flows.daily_briefing import daily_briefing

    return daily_briefing(inbox=str(inbox), out_dir=str(out), settings=settings, day=DAY, return_state=True)


def test_a_day_with_nothing_catalogued_writes_and_sends_nothing(
    prefect_harness, tiny_marian: Path, tiny_bart: Path, tmp_path: Path, smtp_server
) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    state = _run(inbox, out, _settings(tmp_path, tiny_marian, tiny_bart, smtp_server))
    assert state.is_completed(), state.message
    assert f"nothing catalogued for {DAY}" in state.message and "\n" not in state.message
    assert not (out / f"digest-{DAY}.md").exists()
    assert smtp_server.to("ann@example.org") == []
    assert not list((out / "site" / "days").glob(f"{DAY}*")) if (out / "site" / "days").is_dir() else True


def test_a_day_with_only_failures_lists_them(
    prefect_harness, tiny_marian: Path, tiny_bart: Path, tmp_path: Path, smtp_server
) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    settings = _settings(tmp_path, tiny_marian, tiny_bart, smtp_server)
    catalog = open_catalog(BriefSettings(out_dir=out))
    note_failures(catalog, DAY, [DigestFailure("https://nos.nl/artikel/1", "404 Not Found")], [])
    state = _run(inbox, out, settings)
    assert state.is_completed(), state.message
    digest = (out / f"digest-{DAY}.md").read_text(encoding="utf-8")
    assert "https://nos.nl/artikel/1" in digest and "404 Not Found" in digest
