"""`brief cache stats|clear` — the persistent sentence translation cache."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import setting_default, settings_or_exit

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Inspect or clear the sentence translation cache ($XDG_CACHE_HOME/dutch-brief/translations.sqlite, or BRIEF_CACHE_DIR).",
)

CacheDir = Annotated[
    Optional[Path],
    typer.Option(
        "--cache-dir", help="cache folder " + setting_default("cache_dir", "$XDG_CACHE_HOME/dutch-brief (~/.cache/…)")
    ),
]
Config = Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table: cache_dir)")]


def _cache(cache_dir: Path | None, config: Path | None = None):
    from pipeline.store.sentences import SentenceCache

    settings = settings_or_exit(config, cache_dir=cache_dir)
    path = settings.sentence_cache_path()
    cache = SentenceCache(path) if path.exists() else None
    if cache is not None and not cache.available:  # locked by another process past the wait, or unreadable
        typer.echo(f"brief cache: {cache.warning}", err=True)
        raise typer.Exit(1)
    return cache, path


@app.command(help="Show how many sentence translations are cached and how much space they take.")
def stats(cache_dir: CacheDir = None, config: Config = None) -> None:
    cache, path = _cache(cache_dir, config)
    if cache is None:
        typer.echo(f"{path}: no cache yet (0 sentences)")
        return
    info = cache.stats()
    typer.echo(
        f"{info['path']}: {info['sentences']} sentences in {info['namespaces']} model/settings namespace(s), "
        f"{info['bytes'] / 1e6:.1f} MB"
    )


@app.command(help="Delete every cached sentence translation (briefs are kept).")
def clear(cache_dir: CacheDir = None, config: Config = None) -> None:
    cache, path = _cache(cache_dir, config)
    removed = cache.clear() if cache is not None else 0
    typer.echo(f"{path}: removed {removed} cached sentence translations")
