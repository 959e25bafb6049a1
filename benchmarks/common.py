"""What every benchmark shares: paths, the worker subprocess protocol, meters, forced lengths."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.json"
README = BENCH_DIR / "README.md"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
WEB = ROOT.parent / "shared" / "web"
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "dutch-brief" / "benchmarks"
SUMMARY_TOKENS = 80  # forced summary length: a typical distilbart-cnn summary (its min 56, max 142)

Log = Callable[[str], None]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- meters (inside the workers) --------------------------------------------------------------


def cpu_busy_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


class Meter:
    """Wall time, this process's CPU time, and the share of the machine other processes took meanwhile."""

    def __enter__(self) -> Meter:
        self.busy0, _ = cpu_busy_jiffies()
        self.cpu0 = time.process_time()
        self.wall0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0
        busy1, _ = cpu_busy_jiffies()
        other = max(0.0, (busy1 - self.busy0) / os.sysconf("SC_CLK_TCK") - self.cpu)
        self.foreign = other / (self.wall * (os.cpu_count() or 1)) if self.wall > 0 else 0.0


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def forced(n: int) -> dict[str, Any]:
    """generate() options that make every output exactly n tokens long (default beams)."""
    return {"min_new_tokens": n, "forced_eos_token_id": None}


class ForcedLength:
    """An engine wrapper, so that a random model does the work a trained one would: outputs of a
    fixed length, reported as finished (a trained model ends its outputs). With `echo`, the text
    handed back is the input itself: a random translator's gibberish tokenizes into several times
    the summarizer tokens a real translation has; the source has about a translation's length."""

    def __init__(self, engine: Any, length: Callable[[Sequence[str], int], int], *, echo: bool = False) -> None:
        self.engine = engine
        self.length = length
        self.echo = echo
        self.generated = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: dict[str, Any]) -> list[Any]:
        return self._forced(self.engine.generate, texts, max_new_tokens, options)

    def generate_each(self, texts: Sequence[str], *, max_new_tokens: int, options: dict[str, Any]) -> list[Any]:
        return self._forced(self.engine.generate_each, texts, max_new_tokens, options)

    def _forced(
        self, generate: Callable[..., Any], texts: Sequence[str], max_new_tokens: int, options: dict[str, Any]
    ) -> list[Any]:
        from pipeline.engines.base import Generated

        n = self.length(texts, max_new_tokens)
        outputs = generate(texts, max_new_tokens=n, options={**options, **forced(n)})
        self.generated += sum(g.tokens for g in outputs)
        if self.echo:
            return [Generated(text, count, True) for text, count in zip(texts, self.engine.count_tokens(list(texts)))]
        return [Generated(g.text, g.tokens, True) for g in outputs]


def mean_tokens(engine: Any, texts: Sequence[str]) -> int:
    """The batch's mean input length: a trained model's outputs are about as long as their inputs,
    and CTranslate2 drops finished hypotheses from a batch, so a batch costs about its mean."""
    counts = engine.count_tokens(list(texts))
    return max(1, -(-sum(counts) // len(counts)))


def forced_models(settings: Any, summary_tokens: int) -> Any:
    """pipeline.runtime.Models with its engines wrapped in ForcedLength (the pipeline's own Models)."""
    from pipeline.runtime import Models

    class BenchModels(Models):
        def __init__(self) -> None:
            super().__init__(settings)
            self.wrapped: dict[str, ForcedLength] = {}

        def engine(self, ref: Any, role: str) -> Any:
            if role not in self.wrapped:
                engine = super().engine(ref, role)  # loaded once per process by the registry
                if role == "translator":
                    length = lambda texts, bound: min(bound, mean_tokens(engine, texts))
                    self.wrapped[role] = ForcedLength(engine, length, echo=True)
                else:
                    self.wrapped[role] = ForcedLength(engine, lambda texts, bound: min(bound, summary_tokens))
            return self.wrapped[role]

    return BenchModels()


def model_seconds(models: Any) -> dict[str, float]:
    """Seconds spent inside each engine (CT2Engine counts them)."""
    return {role: round(getattr(w.engine, "model_seconds", 0.0), 3) for role, w in models.wrapped.items()}


# -- workers (the parent side) ----------------------------------------------------------------


def worker_env(threads: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        OMP_NUM_THREADS=str(threads),
        MKL_NUM_THREADS=str(threads),
        TOKENIZERS_PARALLELISM="false",
        PYTHONWARNINGS="ignore",
    )
    return env


def wait_for_quiet(limit: float) -> float:
    """Wait (at most `limit` s) until other processes use < 10 % of the machine; returns that share."""
    deadline = time.monotonic() + limit
    while True:
        busy0, total0 = cpu_busy_jiffies()
        time.sleep(1.0)
        busy1, total1 = cpu_busy_jiffies()
        share = (busy1 - busy0) / max(1, total1 - total0)
        if share < 0.10 or time.monotonic() > deadline:
            if share >= 0.10:
                log(f"  (machine still {share:.0%} busy with other work; measuring anyway)")
            return share


def run_worker(name: str, params: dict[str, Any], *, threads: int, quiet_wait: float = 0.0) -> dict[str, Any]:
    """Run worker `name` of benchmarks/run.py in a fresh process (its own peak RSS); its JSON result."""
    if quiet_wait:
        wait_for_quiet(quiet_wait)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(BENCH_DIR / "run.py"), "--worker", name],
        input=json.dumps(params),
        capture_output=True,
        text=True,
        env=worker_env(threads),
        cwd=str(ROOT),
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"benchmark worker {name} failed:\n{tail}")
    result = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    result["process_seconds"] = round(time.perf_counter() - started, 1)
    return result


def machine_facts() -> dict[str, Any]:
    from importlib.metadata import version

    model = "unknown"
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    try:
        memory_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        memory_gb = None
    return {
        "date": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        **{name: version(name) for name in ("torch", "transformers", "ctranslate2")},
    }


def front_matter_int(text: str, key: str) -> int:
    for line in text.splitlines()[:60]:
        if line.startswith(f"{key}:"):
            try:
                return int(line.split(":", 1)[1].strip())
            except ValueError:
                return 0
    return 0
