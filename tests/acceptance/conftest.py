"""Acceptance tests written from the README alone: `brief` run as a user runs it (a subprocess), with
the tiny offline models of tests/conftest.py, a temporary Hugging Face home, sentence cache and catalog,
and pages, feeds and mail only on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.conftest import SEEDS, short_article

BIN = Path(sys.executable).parent / "brief"
BRIEF = [str(BIN)] if BIN.exists() else [sys.executable, "-m", "brief_cli.main"]
WEB = Path(__file__).resolve().parents[3] / "shared" / "web"
TIMEOUT = 600


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.out + self.err).splitlines() if line.strip()]

    @property
    def text(self) -> str:
        return self.out + self.err


@dataclass
class User:
    """One user's machine: its environment and its OUT folder."""

    root: Path
    env: dict[str, str]

    @property
    def out(self) -> Path:
        return Path(self.env["BRIEF_OUT_DIR"])

    def brief(self, *args: str, extra: dict[str, str] | None = None, timeout: float = TIMEOUT) -> Run:
        done = subprocess.run(
            [*BRIEF, *args],
            env={**self.env, **(extra or {})},
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def python(self, code: str, extra: dict[str, str] | None = None, timeout: float = TIMEOUT) -> Run:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env={**self.env, **(extra or {})},
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def briefs(self) -> list[Path]:
        return sorted(p for p in self.out.glob("*.md") if not p.name.startswith("digest-"))


def user_env(root: Path, translator: Path, summarizer: Path) -> dict[str, str]:
    """The environment the README names: local models, offline hub, a temporary cache and catalog."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "TZ", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k in keep}
    for name in ("hf", "xdg", "models", "prefect", "home"):
        (root / name).mkdir(parents=True, exist_ok=True)
    env |= {
        "HOME": str(root / "home"),
        "HF_HOME": str(root / "hf"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "XDG_CACHE_HOME": str(root / "xdg"),
        "BRIEF_MODELS_DIR": str(root / "models"),
        "BRIEF_BACKEND": "torch",
        "BRIEF_TRANSLATOR": str(translator),
        "BRIEF_SUMMARIZER": str(summarizer),
        "BRIEF_DEVICE": "cpu",
        "BRIEF_OUT_DIR": str(root / "out"),
        "OMP_NUM_THREADS": "1",
        "PREFECT_HOME": str(root / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    return env


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name} opens with no YAML front matter"
    head, _, _ = text[4:].partition("\n---\n")
    return yaml.safe_load(head)


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8")[4:].partition("\n---\n")[2]


# -- articles written for these tests (my own Dutch), and short cuts of the seeds -----------------

ASIDE = """Storm zet Friesland blank na dagen van regen

Een zware storm heeft dinsdag grote delen van Friesland onder water gezet. In Leeuwarden liepen kelders vol en moesten bewoners van twee straten hun huizen verlaten.

De brandweer pompte de hele nacht water weg. Volgens het waterschap viel er in twee dagen meer dan negentig millimeter regen, een hoeveelheid die normaal in een hele maand valt.

Lees ook: Zo bereidt u uw huis voor op een zware storm

Deel dit artikel: Facebook Twitter WhatsApp E-mail

Wij gebruiken cookies om de website goed te laten werken. Door verder te gaan gaat u akkoord met ons cookiebeleid.
"""

WEATHER_MD = """---
outlet: Omrop Fryslân
date: 2022-02-11T23:30:00Z
---

# Brand verwoest boerderij bij Drachten

Bij een grote brand in een boerderij bij Drachten zijn zaterdagochtend zestig koeien omgekomen. De boer en zijn gezin konden op tijd naar buiten.

De brandweer was met zes wagens ter plaatse. De oorzaak van de brand is nog niet bekend; de politie doet onderzoek.
"""


def wire_texts() -> tuple[str, str]:
    """NU.nl's article and De Telegraaf's copy of it under another headline (a short cut of seed 1)."""
    text = short_article(SEEDS[1], 3).decode("utf-8").split(" ", 3)[3]
    nu = f"---\noutlet: NU.nl\ndate: 2022-02-12T09:30:00+01:00\n---\n\n{text}\n"
    telegraaf = (
        "---\noutlet: De Telegraaf\ndate: 2022-02-12T10:15:00+01:00\n---\n\n# Amerikanen moeten Oekraïne uit\n\n"
        f"{text}\n"
    )
    return nu, telegraaf


def write_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    nu, telegraaf = wire_texts()
    files = {
        "seed": ("seed.txt", short_article(SEEDS[0], 3).decode("utf-8")),
        "aside": ("storm.txt", ASIDE),
        "nu": ("nu.md", nu),
        "telegraaf": ("telegraaf.md", telegraaf),
        "weather": ("omrop.md", WEATHER_MD),
    }
    paths = {}
    for key, (name, text) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths[key] = folder / name
    return paths


# -- fixtures --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def models(tmp_path_factory, worker_id) -> tuple[Path, Path]:
    """The tiny offline models of tests/conftest.py (a translator that writes a word a sentence, a random
    BART), built once for every xdist worker: one folder, so one cache key for every test's briefs."""

    def build(root: Path) -> dict:
        from pipeline.testing import build_rigged_repeating_marian, build_tiny_bart

        seeds = [path.read_text(encoding="utf-8") for path in SEEDS]
        marian = build_rigged_repeating_marian(root / "terse-marian", seeds, num_beams=1, no_repeat_ngram_size=1)
        bart = build_tiny_bart(root / "tiny-bart", seeds, num_beams=2, max_length=24, min_length=4)
        return {"translator": str(marian), "summarizer": str(bart)}

    _, result = once(tmp_path_factory, worker_id, "models", build)
    return Path(result["translator"]), Path(result["summarizer"])


@pytest.fixture()
def user(tmp_path: Path, models: tuple[Path, Path]) -> User:
    return User(tmp_path, user_env(tmp_path, *models))


def _shared_root(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


def once(tmp_path_factory, worker_id: str, name: str, build: Callable[[Path], dict]) -> tuple[Path, dict]:
    """`build(folder)` run once per test session, whichever xdist worker asks first (a file lock); the
    others read its JSON result. Tests copy the folder before they change anything in it."""
    from filelock import FileLock

    root = _shared_root(tmp_path_factory, worker_id) / f"acceptance-{name}"
    with FileLock(str(root) + ".lock"):
        done = root / "result.json"
        if not done.exists():
            if root.exists():
                shutil.rmtree(root)
            root.mkdir(parents=True)
            done.write_text(json.dumps(build(root)), encoding="utf-8")
        return root, json.loads(done.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def day_of_briefs(tmp_path_factory, worker_id, models):
    """One user briefs five articles (and a missing file) in one `brief` run: a short seed, an article
    with site text, a wire original and its copy, and a story of its own."""

    def build(root: Path) -> dict:
        user = User(root, user_env(root, *models))
        corpus = write_corpus(root / "articles")
        order = ["seed", "aside", "nu", "telegraaf", "weather"]
        run = user.brief(*(str(corpus[k]) for k in order), str(root / "articles" / "missing.txt"))
        return {"code": run.code, "out": run.out, "err": run.err, "files": {k: str(v) for k, v in corpus.items()}}

    root, result = once(tmp_path_factory, worker_id, "day", build)
    return root, result


@pytest.fixture()
def copied_user(tmp_path: Path, day_of_briefs, models) -> User:
    """A user whose OUT, caches and catalog are a copy of the shared day's."""
    root, _ = day_of_briefs
    mine = tmp_path / "machine"
    shutil.copytree(root, mine, ignore=shutil.ignore_patterns("*.lock"))
    return User(mine, user_env(mine, *models))
