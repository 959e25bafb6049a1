"""How `brief` reads and shows its command line: the main form with its name left out (`brief FILE…`), a
mistyped command's name refused before anything is read, usage lines as typed, and the progress display."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from typer.core import TyperCommand, TyperGroup
from typer.models import Context as TyperContext

from brief_cli.common import fail


class BriefGroup(TyperGroup):
    """`brief FILE…` is the main form: arguments that do not start with a subcommand's name go to
    the default command (`brief ./cache` briefs a file named cache; `brief cache` is the
    subcommand). `brief --help` alone shows the main form's help and lists every subcommand."""

    default_command = "brief"

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args != ["--help"] and (not args or args[0] not in self.commands):
            _refuse_a_mistyped_command(args[0] if args else "", [c for c in self.commands if c != self.default_command])
            args = [self.default_command, *args]
            ctx.meta[_IMPLIED] = True  # its usage hints read `brief --help`, as it was typed
        return super().parse_args(ctx, args)

    def format_help(self, ctx, formatter) -> None:
        main = self.commands[self.default_command]
        with click.Context(main, info_name=ctx.info_name) as main_ctx:
            main.format_help(main_ctx, formatter)
        self.format_commands(ctx, formatter)
        formatter.write_paragraph()
        formatter.write_text("brief COMMAND [ARGS]... runs one of these; each has its own --help.")


_IMPLIED = "brief.default_command_implied"


def _refuse_a_mistyped_command(first: str, commands: list[str]) -> None:
    """`brief feed poll URL`: no file `feed`, and a command's name but for a letter — the command was meant, not
    three articles (the rest of the line is that command's); stop before anything is read or loaded."""
    import difflib

    if not first or any(mark in first for mark in "/\\.:") or first.startswith("-") or Path(first).exists():
        return
    close = difflib.get_close_matches(first, commands, n=1, cutoff=0.75)
    if close:
        fail(f"{first}: no such file, and no command — did you mean `brief {close[0]}`? (a file: brief ./{first})", 2)


class _MainContext(TyperContext):
    """The default command's context: when its name was left out (`brief FILE…`), its path is the
    group's, so an error's hint says "Try 'brief --help'", not "Try 'brief brief --help'"."""

    @property
    def command_path(self) -> str:
        if self.parent is not None and self.parent.meta.get(_IMPLIED):
            return self.parent.command_path
        return super().command_path


class MainCommand(TyperCommand):
    """The default command: its usage line reads `brief [OPTIONS] FILE|URL...`, as it is typed."""

    context_class = _MainContext

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.find_root().info_name or "brief", " ".join(self.collect_usage_pieces(ctx)))


class Progress:
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
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
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
