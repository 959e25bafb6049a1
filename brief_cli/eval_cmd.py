"""`brief eval --refs FILE.tsv` — BLEU/chrF (and ROUGE) of the configured models on your references."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import Backend, Device, NumBeams, Summarizer, Translator, fail, settings_or_exit

HELP = """Score the configured translator (BLEU, chrF) and summarizer (ROUGE) on references.

FILE.tsv has a header row naming the columns nl and en, optionally summary_ref; each row is a
Dutch text, its reference English translation and optionally a reference summary. Compare
backends or models on your own data: run it once per setting."""


def evaluate(
    refs: Annotated[Path, typer.Option("--refs", help="TSV with columns nl, en[, summary_ref]", readable=False)],
    translator: Translator = None,
    summarizer: Summarizer = None,
    device: Device = None,
    num_beams: NumBeams = None,
    backend: Backend = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
) -> None:
    from pipeline.errors import BriefError
    from pipeline.quality.evaluate import evaluate as run_evaluation
    from pipeline.quality.evaluate import format_scores, read_references
    from pipeline.runtime import Models, backend_label

    settings = settings_or_exit(
        config,
        translator=translator,
        summarizer=summarizer,
        device=device,
        num_beams=num_beams,
        backend=backend,
        sentence_cache=False,
    )
    try:
        references = read_references(refs)
        models = Models(settings)
        needs_summary = any(r.summary_ref for r in references)
        scores = run_evaluation(references, models.translator(), models.summarizer() if needs_summary else None)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    backend = backend_label(settings, settings.translator_ref())
    typer.echo(json.dumps({"backend": backend, **asdict(scores)}) if as_json else format_scores(scores, backend))
