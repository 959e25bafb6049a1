"""Recording a run by hand under its day (pipeline.day_record) loads the catalog only: a `brief URL` cache hit and a
poll where every feed answers 304 record their day, and must not load the story desk, the renderer or the stories
(pipeline.digest does: ~58 modules, ~80 ms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = (
    "import sys\n"
    "from pipeline.day_record import record_pages_by_hand\n"
    "from pipeline.errors import BriefError\n"
    "from pipeline.settings import BriefSettings\n"
    "settings = BriefSettings(out_dir=sys.argv[1])\n"
    "page = 'https://www.example.nl/nieuws/1'\n"
    "assert record_pages_by_hand(settings, [(page, BriefError('HTTP 404'))]).listed == 1\n"
    "assert record_pages_by_hand(settings, [(page, object())]).warning is None\n"
    "print(','.join(sorted(m for m in sys.modules if m.startswith(('pipeline.stories', 'pipeline.storydesk',"
    " 'pipeline.render', 'pipeline.digest')) and m != 'pipeline.digest_document')))\n"
)


def test_recording_a_page_by_hand_does_not_load_the_stories(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
