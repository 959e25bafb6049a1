"""The search index: Pagefind (the binary `pagefind-bin` ships) over the built pages. Only article
and story pages are indexed (they carry data-pagefind-body), their English and their Dutch alike."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import OutputError

SEARCH_TIMEOUT = 900.0  # seconds: Pagefind indexes 10,000 pages in well under this


@dataclass(frozen=True)
class SearchIndex:
    folder: Path
    seconds: float


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise OutputError("the search index needs pagefind-bin — pip install pagefind-bin") from None
    try:
        return get_executable()
    except FileNotFoundError as exc:
        raise OutputError(f"the search index needs the pagefind binary ({exc}) — reinstall pagefind-bin") from None


def build_search_index(site_dir: Path, timeout: float = SEARCH_TIMEOUT) -> SearchIndex:
    """(Re)build SITE/pagefind/ from the pages; OutputError with Pagefind's own last line when it fails."""
    started = time.perf_counter()
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-subdir", "pagefind", "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise OutputError(
            f"the search index took longer than {timeout:.0f} s — the pages are written, search is stale"
        ) from None
    except OSError as exc:
        raise OutputError(f"cannot run pagefind: {exc}") from None
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip() or "no message").splitlines()[-1]
        raise OutputError(f"the search index was not built: {last}")
    return SearchIndex(site_dir / "pagefind", time.perf_counter() - started)
