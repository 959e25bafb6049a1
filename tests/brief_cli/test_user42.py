"""user42: `brief serve --inbox MISTYPED` served the deployment (against a running Prefect server) and every
scheduled run failed on the missing inbox, the first one hours later; it is refused at once, in one line, before
the server is asked."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.brief_cli.test_main import assert_one_line_error
from tests.conftest import BRIEF, ROOT


def test_serve_refuses_a_missing_inbox_at_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    done = subprocess.run(
        [*BRIEF, "serve", "--inbox", str(tmp_path / "inbxo")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert_one_line_error(done, 2, "inbxo is not a folder")
    assert "--inbox" in done.stderr and "prefect" not in done.stderr.lower()
