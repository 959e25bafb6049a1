"""`brief` — the command line: a thin typer shell over pipeline.brief.build_brief."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.errors import BriefError, ModelUnavailableError, SettingsError
from pipeline.read import display_path

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)

HELP = """Turn Dutch news articles into English briefs (Markdown).

Each FILE (UTF-8 text; paragraphs separated by blank lines) is split into sentences, every
sentence is translated with MarianMT (Helsinki-NLP/opus-mt-nl-en), the English text is
summarized (sshleifer/distilbart-cnn-12-6), and a bilingual brief is written to
OUT/<title>-<key>.md; its path is printed. A brief is cached by a hash of the article's text,
the models and the settings: running again returns it at once (use --force to rebuild).

Models download from the Hugging Face hub on first use (HF_HOME decides where); later runs
work offline (HF_HUB_OFFLINE=1). --translator/--summarizer also take a local directory.
Settings can also come from BRIEF_* environment variables or a TOML file (--config / BRIEF_CONFIG).

Unattended, scheduled runs: `brief serve --help` (Prefect). Sentence translation cache:
`brief cache stats|clear`. Quality on your own references: `brief eval --refs FILE.tsv`. Faster
CPU inference: `brief models convert` (CTranslate2, int8).

Exit status: 0 all briefs written, 2 bad input (missing, empty, binary or undecodable file,
invalid setting), 1 any other failure (e.g. a model that cannot be loaded).
"""


@app.command(help=HELP)
def brief(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", help="Dutch article files", show_default=False, readable=False)],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="folder for the briefs [default: outputs]")] = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="rebuild even if a cached brief exists")] = False,
    translator: Annotated[Optional[str], typer.Option(help="translation model: hub id or local directory")] = None,
    summarizer: Annotated[Optional[str], typer.Option(help="summarization model: hub id or local directory")] = None,
    device: Annotated[Optional[str], typer.Option(help="auto, cpu or cuda [default: auto]")] = None,
    backend: Annotated[Optional[str], typer.Option(help="auto, torch or ct2 (CTranslate2; see `brief models convert`) [default: auto]")] = None,
    num_beams: Annotated[Optional[int], typer.Option(help="translation beams [default: the model's config]")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress display")] = False,
) -> None:
    from pipeline.settings import load_settings

    try:
        settings = load_settings(
            config, out_dir=out, translator=translator, summarizer=summarizer, device=device, num_beams=num_beams,
            backend=backend,
        )
    except BriefError as exc:
        _fail(exc)
    exit_code = 0
    models = None
    for file in files:
        try:
            from pipeline.brief import Models, build_brief

            models = models or Models(settings)
            with _progress(quiet) as progress:
                result = build_brief(file, settings, force=force, models=models, progress=progress)
            for warning in result.warnings:
                _say(f"warning: {warning}")
            typer.echo(str(result.path))
        except (ModelUnavailableError, SettingsError) as exc:
            _fail(exc)  # every other file would fail the same way
        except BriefError as exc:  # bad input, or this brief could not be written: go on with the rest
            _say(f"error: {exc}")
            exit_code = max(exit_code, exc.exit_code)
        except KeyboardInterrupt:
            _say("interrupted")
            raise typer.Exit(130)
        except Exception as exc:  # noqa: BLE001 — last resort: one line, not a traceback
            if os.environ.get("BRIEF_DEBUG"):
                raise
            _say(f"error: {display_path(file)}: unexpected {type(exc).__name__}: {exc} (set BRIEF_DEBUG=1 for details)")
            exit_code = max(exit_code, 1)
    raise typer.Exit(exit_code)


def _say(message: str) -> None:
    print(f"brief: {message}", file=sys.stderr)


def _fail(exc: BriefError) -> None:
    _say(f"error: {exc}")
    raise typer.Exit(exc.exit_code)


class _progress:
    """A rich progress display on stderr (only when it is a terminal), fed by pipeline callbacks."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.display = None
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.display = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )
        self.display.start()
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        assert self.display is not None
        if stage not in self.tasks:
            self.tasks[stage] = self.display.add_task(stage, total=total)
        self.display.update(self.tasks[stage], completed=done, total=total)

    def __exit__(self, *exc_info) -> None:
        if self.display is not None:
            self.display.stop()


SUBCOMMANDS = {
    "serve": "brief_cli.serve",
    "cache": "brief_cli.cache_cmd",
    "eval": "brief_cli.eval_cmd",
    "models": "brief_cli.models_cmd",
}


def run() -> None:
    """Console-script entry point: `brief FILE...`, or `brief serve ...`."""
    if len(sys.argv) > 1 and sys.argv[1] in SUBCOMMANDS:
        import importlib

        name = sys.argv.pop(1)
        sys.argv[0] = f"brief {name}"
        importlib.import_module(SUBCOMMANDS[name]).app(prog_name=f"brief {name}")
        return
    app()


if __name__ == "__main__":
    run()
