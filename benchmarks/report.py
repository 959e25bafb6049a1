"""The numbers as targets and Markdown tables (printed, and written between the markers of
benchmarks/README.md): every figure in that section comes from results.json."""

from __future__ import annotations

from typing import Any

from benchmarks.common import README
from pipeline.store.files import write_atomic

MARKER_START, MARKER_END = "<!-- results:start -->", "<!-- results:end -->"


def target(measured: float, limit: float, *, at_least: bool) -> dict[str, Any]:
    return {"target": limit, "measured": measured, "met": measured >= limit if at_least else measured <= limit}


def targets(report: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if report.get("engines"):
        c = report["engines"]["engines"]["c"]
        found["translation_vs_naive"] = target(c["vs_naive"], 8.0, at_least=True)
        found["translation_vs_torch_batched"] = target(c["vs_torch_batched"], 3.0, at_least=True)
    day = report.get("day")
    if day:
        batched = day["batched"]
        found["day_ratio_vs_one_at_a_time"] = target(day["ratio_vs_one_at_a_time"], 1.5, at_least=True)
        found["day_overhead_share"] = target(batched["overhead_share"], 0.03, at_least=False)
        found["day_peak_rss_mb"] = target(
            max(batched["peak_rss_mb"], day["one_at_a_time"]["peak_rss_mb"]), 1331, at_least=False
        )
        hit = day["cache_hit"]
        if report.get("hit") and report["hit"].get("date", "") >= report["machine"]["date"]:
            hit = report["hit"]  # measured alone, in this run or after it
        found["cache_hit_seconds"] = target(hit["median_seconds"], 0.3, at_least=False)
        found["day_outputs_identical"] = {
            "target": "all",
            "measured": day["outputs_identical"],
            "met": _all(day["outputs_identical"]),
        }
        if day.get("translations_identical"):
            seen = day["translations_identical"]
            fraction = f"{seen['identical']}/{seen['sentences']}"
            found["day_translations_identical"] = {"target": "all", "measured": fraction, "met": _all(fraction)}
        backend = hit["backend_recorded"]
        found["default_backend_is_ct2"] = {
            "target": "ct2-int8",
            "measured": backend,
            "met": set(backend.values()) == {"ct2-int8"},
        }
    return found


def _all(fraction: str) -> bool:
    same, total = fraction.split("/")
    return same == total and total != "0"


def render(report: dict[str, Any]) -> str:
    facts = report["machine"]
    lines = [
        f"Machine: {facts['cores']} cores ({facts['cpu']}), {facts['memory_gb']} GiB; {facts['date']}; torch "
        f"{facts['torch']}, transformers {facts['transformers']}, ctranslate2 {facts['ctranslate2']}. "
        f"Machine busy with other work at the start: {report['busy_at_start']:.0%}.",
    ]
    if report.get("day"):
        lines += ["", *render_day(report["day"])]
    if report.get("hit"):
        hit = report["hit"]
        lines += [
            "",
            f"Cache hit measured alone (the `hit` measurement, run {hit.get('date', '')}): `brief SEED` in a fresh process on its "
            f"brief, {len(hit['seconds'])} runs: median {hit['median_seconds']:.3f} s of {hit['seconds']}; torch imported: "
            f"{hit['torch_imported']}, transformers imported: {hit['transformers_imported']}.",
        ]
    if report.get("engines"):
        lines += ["", *render_engines(report["engines"], report["setup"])]
    if report.get("brief"):
        lines += ["", *render_brief(report["brief"])]
    lines += [
        "",
        "Targets: "
        + "; ".join(
            f"{name} {v['measured']} ({'met' if v['met'] else 'missed'}, target {v['target']})"
            for name, v in report["targets"].items()
        ),
    ]
    return "\n".join(lines)


def render_day(day: dict[str, Any]) -> list[str]:
    one, batched = day["one_at_a_time"], day["batched"]
    lines = [
        f"A day of {day['articles']} articles ({day['distinct_texts']} distinct texts with variations; "
        f"{batched['sentences']} sentences; translations forced to their batch's mean input length, summaries to "
        f"{day['summary_tokens']} tokens; default backend: CTranslate2 int8, converted on first use; translation batches "
        f"of {batched['translation_batch_sentences']} sentences, measured at conversion):",
        "",
        "| mode | seconds | articles/min | s/article | translate (model) | summarize (model) | extraction | overhead | engine calls (translator/summarizer) | peak RSS MB | others' CPU share |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups = f"build_briefs in groups of {batched.get('batch_articles', day['articles'])}"
    for name, run in (("one at a time (build_brief per article)", one), (f"batched ({groups})", batched)):
        calls = run["engine_calls"]
        lines.append(
            f"| {name} | {run['seconds']:.1f} | {run['articles_per_minute']:.1f} | {run['seconds_per_article']:.2f} | "
            f"{run['translate_model_seconds']:.1f} | {run['summarize_model_seconds']:.1f} | {run['extraction_seconds']:.2f} | "
            f"{run['overhead_seconds']:.2f} ({run['overhead_share']:.1%}) | {calls.get('translator', 0)}/{calls.get('summarizer', 0)} | "
            f"{run['peak_rss_mb']:.0f} | {run['foreign_cpu_share']:.0%} |"
        )
    hit = day["cache_hit"]
    lines += [
        "",
        f"Batched / one at a time: {day['ratio_vs_one_at_a_time']:.2f}x articles per minute; briefs byte-identical "
        f"(timestamps aside): {day['outputs_identical']}. Models loaded before the clock starts "
        f"({batched['load_seconds']:.1f} s). Overhead = wall time − model compute (extraction included).",
        *_translations(day),
        f"Cache-hit `brief` in a fresh process (default backend): median {hit['median_seconds']:.2f} s of {hit['seconds']}; "
        f"torch imported: {hit['torch_imported']}, transformers imported: {hit['transformers_imported']}; "
        f"backend recorded in the brief: {hit['backend_recorded']}.",
    ]
    return lines


def _translations(day: dict[str, Any]) -> list[str]:
    found = day.get("translations_identical")
    if not found:
        return []
    return [
        f"Translations compared apart (the forced translator above hands back its input): the sentences of the first "
        f"{found['articles']} articles, translated article by article and in one group, each forced to {found['tokens']} "
        f"tokens, no sentence cache: {found['identical']}/{found['sentences']} identical."
    ]


def render_engines(engines: dict[str, Any], setup: dict[str, Any]) -> list[str]:
    batching = engines["batching"]
    lines = [
        f"Translation: {setup['sentences']} seed sentences, {setup['tokens']} forced tokens each, the model's default beams, "
        f"batches of <= {batching['max_batch_sentences']} sentences / {batching['max_batch_tokens']} tokens unless said otherwise.",
        "",
        "| run | engine | seconds | tokens/s | vs (a) | vs (b) | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for key, result in engines["engines"].items():
        flag = " ⚠" if result["foreign_cpu_share"] > 0.10 else ""
        lines.append(
            f"| ({key}) | {result['label']}{flag} | {result['seconds']:.1f} | {result['tokens_per_second']:.0f} | "
            f"{result['vs_naive']:.1f}x | {result['vs_torch_batched']:.2f}x | {result['peak_rss_mb']:.0f} |"
        )
    greedy = engines["greedy_check"]
    parts = [f"{k}: {v}/{greedy['sentences']}" for k, v in greedy.items() if k not in ("sentences", "max_new_tokens")]
    lines += [
        "",
        f"Greedy outputs identical to torch fp32 ({greedy['max_new_tokens']} new tokens): " + ", ".join(parts),
    ]
    return lines


def render_brief(brief: dict[str, Any]) -> list[str]:
    stages = brief["stages"]
    lines = [
        f"Full brief of {brief['files']} seed file(s) through pipeline.brief ({brief['sentences']} sentences, "
        f"{brief['summary_chunks']} summary chunks):",
        "",
        "| stage | seconds | share |",
        "|---|---:|---:|",
    ]
    lines += [
        f"| {name} | {stages[name]:.2f} | {stages[name] / stages['total']:.1%} |"
        for name in ("read", "load", "translate", "summarize", "render", "total")
    ]
    lines += [
        "",
        f"Model compute {brief['model_seconds']:.2f} s; pipeline overhead {brief['overhead_seconds']:.2f} s = "
        f"{brief['overhead_share']:.1%} of the total; peak RSS with both models {brief['peak_rss_mb']:.0f} MB.",
    ]
    return lines


def update_readme(table: str) -> None:
    text = README.read_text(encoding="utf-8") if README.is_file() else f"{MARKER_START}\n{MARKER_END}\n"
    if MARKER_START not in text or MARKER_END not in text:
        text += f"\n{MARKER_START}\n{MARKER_END}\n"
    head, rest = text.split(MARKER_START, 1)
    _, tail = rest.split(MARKER_END, 1)
    write_atomic(README, f"{head}{MARKER_START}\n{table}\n{MARKER_END}{tail}")
