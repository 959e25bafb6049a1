"""A full brief of the seeds through pipeline.brief (default backend: the int8 conversions), split
by stage: the pipeline overhead outside model compute, and peak RSS with both models loaded."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from benchmarks.common import Meter, forced_models, front_matter_int, model_seconds, peak_rss_mb

STAGES = ("load", "translate", "summarize", "render")


def worker_brief(params: dict[str, Any]) -> dict[str, Any]:
    from pipeline.batch import build_brief
    from pipeline.settings import BriefSettings

    out = Path(params["out"])
    settings = BriefSettings(
        translator=params["marian"],
        summarizer=params["bart"],
        out_dir=out,
        cache_dir=out / ".sentence-cache",  # a first brief: nothing cached yet
        device="cpu",
        backend="auto",
        models_dir=Path(params["models_dir"]),
    )
    models = forced_models(settings, params["summary_tokens"])
    totals = {name: 0.0 for name in ("read", *STAGES, "total")}
    counted = {"sentences": 0, "sentences_retried": 0, "summary_chunks": 0, "summary_input_tokens": 0}
    with Meter() as meter:
        for path in map(Path, params["seeds"]):
            result = build_brief(path, settings, models=models)
            timings = dict(result.timings)
            timings["read"] = timings["total"] - sum(timings.get(name, 0.0) for name in STAGES)  # read + plan + segment
            for name in totals:
                totals[name] += timings.get(name, 0.0)
            text = result.path.read_text(encoding="utf-8")
            for key in counted:
                counted[key] += front_matter_int(text, key)
    spent = model_seconds(models)
    compute = sum(spent.values())
    overhead = totals["total"] - totals["load"] - compute
    return {
        "stages": {k: round(v, 3) for k, v in totals.items()},
        "model_seconds": round(compute, 3),
        "translator_model_seconds": spent["translator"],
        "summarizer_model_seconds": spent["summarizer"],
        "overhead_seconds": round(overhead, 3),
        "overhead_share": round(overhead / totals["total"], 4),
        "overhead_share_without_load": round(overhead / (totals["total"] - totals["load"]), 4),
        "foreign_cpu_share": round(meter.foreign, 3),
        "files": len(params["seeds"]),
        **counted,
        "peak_rss_mb": peak_rss_mb(),
        "threads": {role: [w.engine.inter_threads, w.engine.intra_threads] for role, w in models.wrapped.items()},
        "torch_imported": "torch" in sys.modules,
    }
