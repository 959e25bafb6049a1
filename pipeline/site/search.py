"""The search index: Pagefind (the binary `pagefind-bin` ships) over the article and story pages
(they carry data-pagefind-body), their English and their Dutch alike.

Pagefind has no incremental mode: one index of 13,000 pages takes it about 90 s here. So the pages
are indexed in chunks of CHUNK_PAGES, oldest first, each its own Pagefind bundle in
SITE/pagefind/<n>/; the search page merges them (Pagefind's mergeIndex). A chunk is indexed again
only when one of its pages changed, came or went; new pages fill the newest chunk. Which page is
in which chunk, with its fingerprint, is kept in SITE/.search-chunks.json; the list the search
page loads is SITE/pagefind/chunks.json."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import OutputError
from pipeline.site.files import write_file
from pipeline.store.files import make_dirs

CHUNK_PAGES = 300
SEARCH_TIMEOUT = 600.0  # seconds for one chunk (a few seconds here)
STATE = ".search-chunks.json"
FOLDER = "pagefind"
CHUNK_LIST = "chunks.json"
STATE_VERSION = 1


@dataclass(frozen=True)
class SearchIndex:
    folder: Path
    seconds: float
    chunks: int
    rebuilt: tuple[str, ...]  # the chunks indexed this time


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise OutputError("the search index needs pagefind-bin — pip install pagefind-bin") from None
    try:
        return get_executable()
    except FileNotFoundError as exc:
        raise OutputError(f"the search index needs the pagefind binary ({exc}) — reinstall pagefind-bin") from None


def update_search_index(
    site_dir: Path, indexed: list[tuple[str, str, str]], chunk_pages: int = CHUNK_PAGES
) -> SearchIndex:
    """Bring the chunks up to date with `indexed`: (page path, fingerprint, order key) of every
    page to search, the order key placing new pages (oldest first)."""
    started = time.perf_counter()
    executable = pagefind_executable()
    chunks = _read_state(site_dir, executable)
    current = {path: fingerprint for path, fingerprint, _ in indexed}
    dirty: set[str] = set()
    for name, pages in chunks.items():
        for path in list(pages):
            if path not in current:
                del pages[path]
                dirty.add(name)
            elif pages[path] != current[path]:
                pages[path] = current[path]
                dirty.add(name)
        if not (site_dir / FOLDER / name / "pagefind.js").is_file():
            dirty.add(name)
    placed = {path for pages in chunks.values() for path in pages}
    newest = max(chunks, key=int) if chunks else None
    for _, path, fingerprint in sorted((order, path, fp) for path, fp, order in indexed if path not in placed):
        if newest is None or len(chunks[newest]) >= chunk_pages:
            newest = str(int(newest) + 1 if newest is not None else 0)
            chunks[newest] = {}
        chunks[newest][path] = fingerprint
        dirty.add(newest)
    for name in sorted(dirty, key=int):
        if chunks.get(name):
            _index_chunk(executable, site_dir, name, sorted(chunks[name]))
        else:
            chunks.pop(name, None)
            shutil.rmtree(site_dir / FOLDER / name, ignore_errors=True)
    _write(site_dir / FOLDER / CHUNK_LIST, json.dumps(sorted(chunks, key=int)))
    _write(site_dir / STATE, json.dumps({"version": _version(executable), "chunks": chunks}, indent=0))
    return SearchIndex(site_dir / FOLDER, time.perf_counter() - started, len(chunks), tuple(sorted(dirty, key=int)))


def _version(executable: Path) -> str:
    return f"{STATE_VERSION}:{executable.stat().st_size}:{executable.stat().st_mtime_ns}"


def _read_state(site_dir: Path, executable: Path) -> dict[str, dict[str, str]]:
    """The chunks as last indexed; none (everything indexed again) when the state is missing,
    unreadable, or from another Pagefind binary."""
    try:
        data = json.loads((site_dir / STATE).read_text(encoding="utf-8"))
        if data.get("version") == _version(executable) and isinstance(data.get("chunks"), dict):
            return {
                str(int(name)): {str(p): str(f) for p, f in pages.items()}
                for name, pages in data["chunks"].items()
                if isinstance(pages, dict)
            }
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        pass
    shutil.rmtree(site_dir / FOLDER, ignore_errors=True)
    return {}


def _index_chunk(executable: Path, site_dir: Path, name: str, pages: list[str]) -> None:
    """Index `pages` (hard links in a staging folder mirror their paths, so results link right)
    into a new bundle, then swap it in for the chunk's old one."""
    target = site_dir / FOLDER / name
    with tempfile.TemporaryDirectory(dir=site_dir, prefix=".search-stage-") as stage:
        staged = Path(stage) / "site"
        for page in pages:
            (staged / page).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / page, staged / page)
            except OSError:
                shutil.copyfile(site_dir / page, staged / page)
        bundle = Path(stage) / "bundle"
        command = [str(executable), "--site", str(staged), "--output-path", str(bundle), "--silent"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=SEARCH_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise OutputError(
                f"indexing search chunk {name} took over {SEARCH_TIMEOUT:.0f} s — the pages are written, search is stale"
            ) from None
        except OSError as exc:
            raise OutputError(f"cannot run pagefind: {exc}") from None
        if done.returncode != 0:
            last = (done.stderr.strip() or done.stdout.strip() or "no message").splitlines()[-1]
            raise OutputError(f"the search index was not built: {last}")
        old = Path(stage) / "old"
        make_dirs(target.parent)
        if target.exists():
            target.rename(old)
        bundle.rename(target)


def _write(path: Path, text: str) -> None:
    write_file(path, text.encode("utf-8"), sync=True)
