"""`brief models convert` — convert models for the CTranslate2 backend into the local model store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import fail, say, setting_default, settings_or_exit

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
        Optional[str],
        typer.Option(
            help="int8, int8_float32, int16, float16, bfloat16, float32 " + setting_default("quantization", "int8")
        ),
    ] = None,
    models_dir: Annotated[
        Optional[Path], typer.Option(help="local model store " + setting_default("models_dir", "models"))
    ] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
) -> None:
    from pipeline.engines.convert import source_ref
    from pipeline.engines.model_store import convert_lock, convert_locked
    from pipeline.errors import BriefError

    settings = settings_or_exit(config, models_dir=models_dir, quantization=quantization)
    try:
        configured = ((settings.translator_ref(), "translator"), (settings.summarizer_ref(), "summarizer"))
        jobs = [(source_ref(s), None) for s in sources] if sources else configured
        for ref, role in jobs:
            say(f"converting {ref.name} ({settings.quantization}) …")
            with convert_lock(settings.models_dir, ref, settings.quantization):
                target = convert_locked(settings.models_dir, ref, role=role, quantization=settings.quantization)
            typer.echo(str(target))
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
