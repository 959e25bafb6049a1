"""`brief models convert` — convert models for the CTranslate2 backend into the local model store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import fail, say, settings_or_exit

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="The local model store (models/): convert models for the fast CTranslate2 backend.",
)


@app.callback()
def models() -> None:
    """The local model store (models/): convert models for the fast CTranslate2 backend."""


@app.command(
    help="""Convert transformers models (hub ids or local directories) with CTranslate2.

Without SOURCE, converts the configured translator and summarizer. The result goes to
MODELS_DIR/ct2/<name>-<quantization>; `brief --backend auto` (the default) then uses it.
int8 is about 4x smaller and several times faster on CPU, at a small cost in quality
(compare with `brief eval`); float32 gives the same output as torch."""
)
def convert(
    sources: Annotated[
        Optional[list[str]], typer.Argument(metavar="[SOURCE]...", help="hub ids or local model directories")
    ] = None,
    quantization: Annotated[
        Optional[str], typer.Option(help="int8 (default), int8_float32, int16, float16, bfloat16, float32")
    ] = None,
    models_dir: Annotated[Optional[Path], typer.Option(help="local model store [default: models]")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
) -> None:
    from pipeline.engines.convert import convert_model, converted_dir
    from pipeline.errors import BriefError

    settings = settings_or_exit(config, models_dir=models_dir, quantization=quantization)
    try:
        refs = [settings.translator_ref(), settings.summarizer_ref()] if not sources else None
        jobs = [(r.name, r.revision) for r in refs] if refs else [(s, None) for s in sources or []]
        for source, revision in jobs:
            target = converted_dir(settings.models_dir, source, settings.quantization)
            say(f"converting {source} ({settings.quantization}) …")
            typer.echo(str(convert_model(source, target, revision=revision, quantization=settings.quantization)))
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
