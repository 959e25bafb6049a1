"""ops49: the README has each worker give its settings by BRIEF_* variables or BRIEF_CONFIG, the inbox and
the output folder among them (BRIEF_INBOX, BRIEF_OUT_DIR). prefect.yaml gave the deployment the parameters
inbox=inbox and out_dir=outputs, which override every setting: a worker's BRIEF_OUT_DIR=/srv/briefs was
ignored by every scheduled run (the briefs went into the checkout's outputs/, or the run failed on a
missing inbox/ there). Without them the defaults are the same folders, and a worker's settings count."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT


def test_a_deployed_run_takes_inbox_and_out_dir_from_the_worker_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from flows.settings import resolve_settings

    (deployment,) = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    parameters = deployment.get("parameters") or {}
    monkeypatch.setenv("BRIEF_INBOX", str(tmp_path / "inbox"))
    monkeypatch.setenv("BRIEF_OUT_DIR", str(tmp_path / "briefs"))
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    # as flows.daily_briefing.daily_briefing merges its parameters over the settings
    given = {k: parameters[k] for k in ("inbox", "out_dir", "day") if parameters.get(k) is not None}
    resolved = resolve_settings({**(parameters.get("settings") or {}), **given})
    assert resolved.inbox == tmp_path / "inbox"
    assert resolved.out_dir == tmp_path / "briefs"
