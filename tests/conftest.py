"""Shared fixtures: tiny models of the real classes, built once per test session, offline."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"  # ../shared beside the checkout (gold splits, saved web pages)


def shared_dir(name: str) -> Path:
    """A folder of ../shared; a missing one fails loudly (it is part of every checkout's setting)."""
    path = SHARED / name
    if not path.is_dir():
        raise AssertionError(f"{path} is missing: the tests need ../shared beside the checkout")
    return path


# The tests never reach a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Tiny models gain nothing from threads, and spinning OpenMP threads on a busy 2-core machine
# slow every matrix product by an order of magnitude.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# The sentence cache of everything the tests run (CLI subprocesses included) lives in a temporary folder.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="dutch-brief-test-cache-")
# So does the model store --backend auto converts into (never the checkout's models/).
os.environ["BRIEF_MODELS_DIR"] = tempfile.mkdtemp(prefix="dutch-brief-test-models-")
# Tests run the exact fp32 torch backend unless they test a backend choice (tests/pipeline/test_runtime.py,
# tests/pipeline/engines/test_model_store.py pass backend="auto"/"ct2" explicitly).
os.environ.setdefault("BRIEF_BACKEND", "torch")

HARNESS_SECONDS: list[float] = []
BRIEF = [sys.executable, "-m", "brief_cli.main"]  # the CLI, as a subprocess of this interpreter


def wire_pair(folder: Path, original: str = "nu.md", copy: str = "telegraaf.md") -> tuple[Path, Path]:
    """A seed's whole text as NU.nl's article (09:30) and as De Telegraaf's wire copy of it under
    another headline (10:15), written as Markdown with front matter: (original, copy)."""
    body = SEEDS[1].read_text(encoding="utf-8").split(" ", 3)[3]
    first, second = folder / original, folder / copy
    first.write_text(f"---\noutlet: NU.nl\ndate: 2022-02-12T09:30:00+01:00\n---\n\n{body}", encoding="utf-8")
    second.write_text(
        f"---\noutlet: De Telegraaf\ndate: 2022-02-12T10:15:00+01:00\n---\n\n# Amerikanen moeten weg\n\n{body}",
        encoding="utf-8",
    )
    return first, second


def short_article(seed: Path, paragraphs: int = 3) -> bytes:
    """The first `paragraphs` paragraphs of a seed article, as a file's bytes: an article of the
    same kind (the date line, the title, paragraphs of news sentences) at a fraction of the model
    work — for tests where an article's length plays no part in what they assert."""
    return "\n\n".join(seed.read_text(encoding="utf-8").split("\n\n")[:paragraphs]).encode("utf-8")


def model_args(settings, out: Path | None = None) -> list[str]:
    """CLI options that point `brief` at the tiny models of `settings` (and its output folder)."""
    return [
        *("--translator", settings.translator, "--summarizer", settings.summarizer, "--device", "cpu"),
        *("--out", str(out or settings.out_dir)),
    ]


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


@pytest.fixture(scope="session")
def model_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_marian(model_store: Path, seed_texts: list[str]) -> Path:
    from pipeline.testing import build_tiny_marian

    return build_tiny_marian(model_store / "tiny-marian", seed_texts, num_beams=2)


@pytest.fixture(scope="session")
def tiny_bart(model_store: Path, seed_texts: list[str]) -> Path:
    from pipeline.testing import build_tiny_bart

    return build_tiny_bart(model_store / "tiny-bart", seed_texts, num_beams=2, max_length=24, min_length=4)


@pytest.fixture(scope="session")
def rigged_marian(model_store: Path, seed_texts: list[str]) -> Path:
    from pipeline.testing import build_rigged_repeating_marian

    return build_rigged_repeating_marian(model_store / "rigged-marian", seed_texts, num_beams=1)


@pytest.fixture(scope="session")
def terse_marian(model_store: Path, seed_texts: list[str]) -> Path:
    """A tiny Marian that translates every sentence into one word: short, finished output that
    the sentence cache keeps (the random tiny model's runaway outputs are degenerate and never
    cached, so a test with it could not see cached translations survive a kill). It is also the
    translator of tests that brief whole articles for what the briefs are made into (a site, a
    distributed run), not for the translation: the random tiny model runs every sentence to its
    length bound, retries it and halves it; this one writes a word and stops."""
    from pipeline.testing import build_rigged_repeating_marian

    return build_rigged_repeating_marian(model_store / "terse-marian", seed_texts, num_beams=1, no_repeat_ngram_size=1)


@pytest.fixture()
def tiny_settings(tiny_marian: Path, tiny_bart: Path, tmp_path: Path):
    from pipeline.settings import BriefSettings

    return BriefSettings(
        translator=str(tiny_marian),
        summarizer=str(tiny_bart),
        out_dir=tmp_path / "out",
        cache_dir=tmp_path / "cache",
        device="cpu",
    )


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory):
    """One temporary Prefect server for the session; task results stored in a temporary folder
    (not ~/.prefect/storage) so no run of the suite sees another's task cache."""
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    started = time.perf_counter()
    with temporary_settings(updates={PREFECT_LOCAL_STORAGE_PATH: tmp_path_factory.mktemp("prefect-storage")}):
        with prefect_test_harness(server_startup_timeout=120):
            HARNESS_SECONDS.append(time.perf_counter() - started)
            print(f"\nprefect_test_harness started in {HARNESS_SECONDS[0]:.1f} s")
            yield


# -- the catalog on both databases ---------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL 16 (pgserver: from its wheel, on a Unix socket in a temporary folder),
    started once per test session, stopped and removed at its end. The folder is made directly in
    the temporary directory: run as root, pgserver runs PostgreSQL as its own user, who cannot
    enter pytest's private folders."""
    import shutil

    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="dutch-brief-test-postgres-"))
    server = pgserver.get_server(folder, cleanup_mode="stop")
    yield server
    _stop_at_once(folder)
    server.cleanup()  # finds the server stopped: only forgets it
    shutil.rmtree(folder, ignore_errors=True)


def _stop_at_once(pgdata: Path, seconds: float = 30) -> None:
    """PostgreSQL's immediate shutdown (SIGQUIT to the postmaster, whose PID opens PGDATA/postmaster.pid).
    pg_ctl's default (fast) shutdown first writes a checkpoint of every database the session made,
    seconds of disk writes for a folder that is removed next."""
    import signal

    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGQUIT)
    except (OSError, ValueError, IndexError):
        return  # not running, or not ours to stop: server.cleanup() does it the usual way
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture()
def postgres_url(postgres_server) -> str:
    """A new, empty PostgreSQL database for one test (SQLAlchemy URL, psycopg 3)."""
    name = f"brief_test_{next(_DATABASES)}"
    postgres_server.psql(f"CREATE DATABASE {name};")
    socket_dir = postgres_server.get_uri().split("host=", 1)[1]
    return f"postgresql+psycopg://postgres@/{name}?host={socket_dir}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str | None:
    """The catalog's database: None (SQLite in OUT, the default) or a PostgreSQL URL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("postgres_url")


@pytest.fixture(autouse=True)
def _catalogs_closed():
    """Each test opens its own catalogs (the process keeps one engine per database URL)."""
    yield
    if "pipeline.catalog.db" in sys.modules:
        sys.modules["pipeline.catalog.db"].forget_open_catalogs()
