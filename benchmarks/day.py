"""A day's benchmark: N articles through the daily flow's path, one at a time vs batched.

The articles: the seeds and the article pages of ../shared/web/html (their <h1> and <p> text),
repeated with variations — from the second copy of a text on, most sentences get one of several
lead-in phrases, so the sentence cache does not make the later copies free (some sentences still
repeat across copies, as agency copy does across a day's feeds).

Each mode runs in a fresh process on the default backend (auto: the CTranslate2 int8
conversions, made on first use by engines.model_store), with both models loaded before the clock
starts and a fresh sentence cache:

  one at a time   pipeline.batch.build_brief per article (build_briefs of one article)
  batched         pipeline.batch.build_briefs over each group of `batch_articles` (default 20),
                  one group after the other: what the daily flow's brief-articles tasks run

Outputs are forced to a trained model's lengths (benchmarks.common.ForcedLength). The parent
compares the two modes' briefs byte for byte (timestamps aside). The forced translator hands back
its input, so translations are compared apart (`translations` mode): the first articles' sentences
translated article by article and in the flow's groups, every output forced to the same length.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from benchmarks.common import SEEDS, WEB, Meter, forced_models, log, model_seconds, peak_rss_mb, run_worker, worker_env

LEADS = (
    "Volgens ingewijden",
    "Naar verluidt",
    "Vandaag meldde het persbureau dat",
    "Opvallend is dat",
    "Zoals eerder bericht",
    "Intussen",
    "Volgens de laatste berichten",
    "Ook deze week bleek dat",
    "Bovendien",
    "Ondertussen",
)
MIN_PAGE_PARAGRAPHS = 3
TRANSLATION_SAMPLE = 20  # articles whose translations are compared apart (alone vs in a group)


class _PageText(HTMLParser):
    """The <h1> and <p> texts of a saved article page (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._current: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self._skip += tag in ("script", "style", "noscript")
        if tag in ("p", "h1"):
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style", "noscript")
        if tag in ("p", "h1") and self._current is not None:
            text = " ".join("".join(self._current).split())
            if text:
                self.blocks.append((tag, text))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None and not self._skip:
            self._current.append(data)


def page_article(path: Path) -> str | None:
    """A saved page as article text (title, blank line, paragraphs); None for pages without an article."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    parser = _PageText()
    parser.feed(text)
    titles = [t for tag, t in parser.blocks if tag == "h1"]
    paragraphs = [t for tag, t in parser.blocks if tag == "p" and len(t.split()) >= 8]
    if not titles or len(paragraphs) < MIN_PAGE_PARAGRAPHS:
        return None
    return "\n\n".join([titles[0], *paragraphs]) + "\n"


def base_texts() -> list[tuple[str, str]]:
    """(name, text) of the seeds and the usable saved pages."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in SEEDS]
    for page in sorted((WEB / "html").glob("*.html")):
        article = page_article(page)
        if article is not None:
            texts.append((page.stem, article))
    return texts


def vary(text: str, copy: int) -> str:
    """Copy `copy` of an article: copy 0 as it is; later copies give most body sentences a lead-in."""
    from pipeline.text.segment import split_sentences

    if copy == 0:
        return text
    paragraphs = text.strip().split("\n\n")
    varied = [paragraphs[0]]  # the heading stays (it names the file)
    for p_index, paragraph in enumerate(paragraphs[1:]):
        sentences = []
        for s_index, sentence in enumerate(split_sentences(paragraph)):
            pick = int(hashlib.sha256(f"{copy}/{p_index}/{s_index}".encode()).hexdigest(), 16) % (len(LEADS) + 2)
            if pick < len(LEADS) and sentence[:1].isupper():
                sentence = f"{LEADS[pick]} {sentence[0].lower()}{sentence[1:]}"
            sentences.append(sentence)
        varied.append(" ".join(sentences))
    return f"{varied[0]} ({copy + 1})\n\n" + "\n\n".join(varied[1:]) + "\n"


def write_articles(folder: Path, count: int) -> list[Path]:
    bases = base_texts()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        name, text = bases[index % len(bases)]
        path = folder / f"{index:03d}_{name}.txt"
        path.write_text(vary(text, index // len(bases)), encoding="utf-8")
        paths.append(path)
    return paths


def day_settings(params: dict[str, Any], **extra: Any) -> Any:
    from pipeline.settings import BriefSettings

    out = Path(params["out"])
    return BriefSettings(
        translator=params["marian"],
        summarizer=params["bart"],
        out_dir=out,
        cache_dir=out / ".sentence-cache",
        device="cpu",
        backend="auto",
        models_dir=Path(params["models_dir"]),
        **extra,
    )


def worker_translations(params: dict[str, Any]) -> dict[str, Any]:
    """The same sentences translated article by article and in the flow's groups (no sentence
    cache, every output forced to `tokens` tokens): how many come out the same."""
    from benchmarks.common import ForcedLength
    from pipeline.batch import in_groups
    from pipeline.brief import prepare_brief

    settings = day_settings(params, sentence_cache=False)
    files = [Path(p) for p in params["files"]]
    models = forced_models(settings, params["summary_tokens"])
    translator = models.translator()
    tokens = params["tokens"]
    translator.engine = ForcedLength(models.wrapped["translator"].engine, lambda texts, bound: min(bound, tokens))
    articles = [prepare_brief(f, settings).segmented for f in files]
    alone = [translator.translate_article(article)[0] for article in articles]
    grouped = [
        blocks
        for group in in_groups(articles, settings.batch_articles)
        for blocks, _ in translator.translate_articles(group)
    ]

    def texts(blocks: Any) -> list[str]:
        return [s.text for block in blocks for part in block.parts for s in part]

    pairs = [(a, b) for one, many in zip(alone, grouped) for a, b in zip(texts(one), texts(many))]
    return {
        "articles": len(files),
        "sentences": len(pairs),
        "identical": sum(a == b for a, b in pairs),
        "tokens": tokens,
    }


def worker_day(params: dict[str, Any]) -> dict[str, Any]:
    """One mode over all articles, in this process."""
    from pipeline.batch import build_brief, build_briefs, in_groups
    from pipeline.brief import load_models, prepare_brief

    settings = day_settings(params)
    files = [Path(p) for p in params["files"]]
    models = forced_models(settings, params["summary_tokens"])
    started = time.perf_counter()
    load_models(models)
    load = time.perf_counter() - started
    translator = models.translator()
    prepared = [prepare_brief(f, settings) for f in files]  # warm-up: the language model, the segmenter
    started = time.perf_counter()
    prepared = [prepare_brief(f, settings) for f in files]  # what extraction costs (read, language, segment)
    extraction = time.perf_counter() - started
    with Meter() as meter:
        if params["mode"] == "batched":  # the daily flow's groups, one after the other
            outcomes = [
                o
                for group in in_groups(files, settings.batch_articles)
                for o in build_briefs(group, settings, models=models)
            ]
        else:
            outcomes = [build_brief(f, settings, models=models) for f in files]
    failed = [str(o) for o in outcomes if isinstance(o, Exception)]
    spent = model_seconds(models)
    compute = sum(spent.values())
    overhead = meter.wall - compute
    return {
        "mode": params["mode"],
        "articles": len(files),
        "failed": failed,
        "seconds": round(meter.wall, 2),
        "articles_per_minute": round(60 * len(files) / meter.wall, 2),
        "seconds_per_article": round(meter.wall / len(files), 3),
        "load_seconds": round(load, 2),
        "translate_model_seconds": spent.get("translator", 0.0),
        "summarize_model_seconds": spent.get("summarizer", 0.0),
        "extraction_seconds": round(extraction, 3),
        "overhead_seconds": round(overhead, 3),
        "overhead_share": round(overhead / meter.wall, 4),
        "overhead_share_without_extraction": round((overhead - extraction) / meter.wall, 4),
        "engine_calls": {role: w.engine.model_calls for role, w in models.wrapped.items()},
        "sentences": sum(len(b.sentences) for p in prepared for b in p.segmented.blocks),
        "translation_batch_sentences": translator.options.max_batch_sentences,
        "batch_articles": settings.batch_articles,
        "foreign_cpu_share": round(meter.foreign, 3),
        "peak_rss_mb": peak_rss_mb(),
        "torch_imported": "torch" in sys.modules,
    }


def run_day(
    paths: dict[str, Any], *, count: int, threads: int, summary_tokens: int, quiet_wait: float
) -> dict[str, Any]:
    """Both modes over the same `count` articles; their figures, the ratio, and the output check."""
    with tempfile.TemporaryDirectory(prefix="dutch-brief-day-") as tmp:
        files = write_articles(Path(tmp) / "inbox", count)
        common = {
            "marian": paths["marian"],
            "bart": paths["bart"],
            "models_dir": paths["models_dir"],
            "files": [str(f) for f in files],
            "summary_tokens": summary_tokens,
        }
        modes: dict[str, dict[str, Any]] = {}
        for mode in ("one_at_a_time", "batched"):
            log(f"day of {count} articles, {mode.replace('_', ' ')} …")
            out = Path(tmp) / mode
            modes[mode] = run_worker(
                "day", {**common, "mode": mode, "out": str(out)}, threads=threads, quiet_wait=quiet_wait
            )
            log(f"    {modes[mode]['seconds']:.1f} s, {modes[mode]['articles_per_minute']:.1f} articles/min")
        identical, compared = compare_outputs(Path(tmp) / "one_at_a_time", Path(tmp) / "batched")
        log(f"    briefs identical: {identical}/{compared}; translations article by article vs in groups …")
        sample = files[:TRANSLATION_SAMPLE]
        translations = run_worker(
            "translations",
            {**common, "files": [str(f) for f in sample], "out": str(Path(tmp) / "translations"), "tokens": 16},
            threads=threads,
        )
        log(f"    translations identical: {translations['identical']}/{translations['sentences']}")
        hit = cache_hit(files[0], Path(tmp) / "batched", paths)
    one, batched = modes["one_at_a_time"], modes["batched"]
    return {
        "articles": count,
        "distinct_texts": len(base_texts()),
        "summary_tokens": summary_tokens,
        "one_at_a_time": one,
        "batched": batched,
        "ratio_vs_one_at_a_time": round(batched["articles_per_minute"] / one["articles_per_minute"], 2),
        "outputs_identical": f"{identical}/{compared}",
        "translations_identical": translations,
        "cache_hit": hit,
    }


def compare_outputs(first: Path, second: Path) -> tuple[int, int]:
    """How many briefs are byte-identical (timestamps aside) between two output folders."""

    def body(path: Path) -> list[str]:
        return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("created_at:")]

    names = sorted(p.name for p in first.glob("*.md"))
    same = sum(1 for name in names if (second / name).is_file() and body(first / name) == body(second / name))
    return same, len(names)


PROBE = """
import sys, time
started = time.perf_counter()
from brief_cli.main import app
try:
    app(sys.argv[1:], prog_name="brief")
except SystemExit as done:
    code = done.code
print(f"PROBE {code} {'torch' in sys.modules} {'transformers' in sys.modules}", file=sys.stderr)
"""


def cache_hit(article: Path, out: Path, paths: dict[str, Any], *, runs: int = 3) -> dict[str, Any]:
    """`brief ARTICLE` (default backend) in a fresh process on a brief already written in `out`."""
    command = [sys.executable, "-c", PROBE, str(article), "--out", str(out), "-q"]
    command += ["--translator", paths["marian"], "--summarizer", paths["bart"]]
    env = {**worker_env(2), "BRIEF_MODELS_DIR": paths["models_dir"]}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        times.append(round(time.perf_counter() - started, 3))
        if done.returncode != 0 or not done.stdout.strip():  # every timed run must be a real hit
            raise SystemExit(f"cache-hit brief failed: {done.stderr.strip().splitlines()[-2:]}")
    probe = [line.split() for line in done.stderr.splitlines() if line.startswith("PROBE")][-1]
    return {
        "seconds": times,
        "median_seconds": sorted(times)[len(times) // 2],
        "exit_code": int(probe[1]),
        "torch_imported": probe[2] == "True",
        "transformers_imported": probe[3] == "True",
        "backend_recorded": recorded_backend(Path(done.stdout.strip().splitlines()[-1])),
    }


def run_hit(paths: dict[str, Any], *, runs: int) -> dict[str, Any]:
    """The cache hit alone: one seed briefed (a miss, full-size models), then `runs` hits."""
    with tempfile.TemporaryDirectory(prefix="dutch-brief-hit-") as tmp:
        article = Path(tmp) / SEEDS[0].name
        article.write_bytes(SEEDS[0].read_bytes())
        out = Path(tmp) / "out"
        command = [sys.executable, "-m", "brief_cli.main", str(article), "--out", str(out), "-q"]
        command += ["--translator", paths["marian"], "--summarizer", paths["bart"]]
        env = {**worker_env(2), "BRIEF_MODELS_DIR": paths["models_dir"]}
        subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        return cache_hit(article, out, paths, runs=runs)


def recorded_backend(brief: Path) -> dict[str, str]:
    """The backends a brief's front matter records (settings.backend)."""
    import yaml

    front = yaml.safe_load(brief.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])
    return front["settings"]["backend"]
