"""What every `brief` subcommand shares: the options that choose models, backend and output
(declared once here: `brief FILE…` and `brief feeds poll` take the same ones), one-line messages
on stderr and exits by error type."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer

# -- the options that choose models, backend and output ------------------------------------------


def setting_default(name: str, otherwise: str) -> str:
    """What an option left out falls back to, for its help: its setting (a BRIEF_* variable or the
    --config file), and only then the built-in default — never "[default: X]" when a settings file
    may choose another X."""
    return f"[default: the {name} setting (BRIEF_{name.upper()}, --config), else {otherwise}]"


OUT_DEFAULT = setting_default("out_dir", "outputs")
Out = Annotated[Optional[Path], typer.Option("--out", "-o", help=f"folder for the briefs {OUT_DEFAULT}")]
Translator = Annotated[
    Optional[str],
    typer.Option(
        help="translation model: hub id or local directory "
        + setting_default("translator", "Helsinki-NLP/opus-mt-nl-en at a pinned revision")
    ),
]
Summarizer = Annotated[
    Optional[str],
    typer.Option(
        help="summarization model: hub id or local directory "
        + setting_default("summarizer", "sshleifer/distilbart-cnn-12-6 at a pinned revision")
    ),
]
Device = Annotated[Optional[str], typer.Option(help="auto, cpu or cuda " + setting_default("device", "auto"))]
Backend = Annotated[
    Optional[str],
    typer.Option(
        help="auto, torch or ct2 (CTranslate2; see `brief models convert`) " + setting_default("backend", "auto")
    ),
]
NumBeams = Annotated[
    Optional[int],
    typer.Option(help="translation beams (1-16) " + setting_default("num_beams", "the model's generation config")),
]
Config = Annotated[
    Optional[Path], typer.Option(help="TOML settings file ([brief] table; feeds: [[brief.feeds]] entries)")
]
Day = Annotated[
    Optional[str],
    typer.Option(
        help="list the briefs written under this day's digest and web edition page (YYYY-MM-DD, Amsterdam's, not "
        "after today) " + setting_default("day", "the day they are briefed on")
    ),
]
KeepAll = Annotated[
    bool, typer.Option("--keep-all", help="set no site text aside: translate navigation, promos and notices too")
]


def build_settings(
    config: Path | None,
    *,
    out: Path | None,
    translator: str | None,
    summarizer: str | None,
    device: str | None,
    backend: str | None,
    num_beams: int | None,
    keep_all: bool,
    **more: Any,
):  # -> BriefSettings
    """The settings of a command that briefs: its model, backend and output options over the
    BRIEF_* variables and the TOML file; an invalid one exits (code 2)."""
    return settings_or_exit(
        config,
        out_dir=out,
        translator=translator,
        summarizer=summarizer,
        device=device,
        num_beams=num_beams,
        backend=backend,
        keep_all=keep_all or None,  # not given: the setting (BRIEF_KEEP_ALL, config file) decides
        **more,
    )


def say(message: str) -> None:
    print(f"brief: {message}", file=sys.stderr)


class _NoticeLines(logging.Handler):
    """Each record a `brief:` line on the stderr of the moment it is said (a test runner swaps sys.stderr)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"brief: {record.getMessage()}", file=sys.stderr)


def show_notices() -> None:
    """The pipeline's notices and warnings (a first-use conversion, a fallback, a lock another process holds) as
    `brief:` lines on stderr."""
    logger = logging.getLogger("dutch_brief")
    if not any(isinstance(h, _NoticeLines) for h in logger.handlers):
        logger.addHandler(_NoticeLines())
        logger.propagate = False


def fail(message: str, code: int) -> NoReturn:
    say(f"error: {message}")
    raise typer.Exit(code)


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a service manager's stop), raised in the main thread as Ctrl-C raises KeyboardInterrupt:
    the same unwinding (open catalog transactions rolled back, temporary files removed, locks let go) and the
    same line saying what was kept (`interrupted`). Without it the process died without a word."""


def stop_as_ctrl_c_does() -> None:
    """SIGTERM ends a command as Ctrl-C does (`Terminated`); another one while it unwinds is ignored."""
    import signal

    def terminated(signum, frame) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated

    signal.signal(signal.SIGTERM, terminated)


def interrupted(exc: KeyboardInterrupt, kept: str) -> NoReturn:
    """Ctrl-C or SIGTERM: one line saying what was kept and what was not; exit 130 or 143 (128 + the signal)."""
    by_term = isinstance(exc, Terminated)
    say(f"{'terminated (SIGTERM)' if by_term else 'interrupted'} — {kept}")
    raise typer.Exit(143 if by_term else 130)


def say_day(settings, keys: list[str]) -> None:
    """The day the briefs just written are listed under, when the `day` setting names one: a BRIEF_DAY exported
    for one run and forgotten would list every later brief under that day without a word. Given the briefs'
    `keys`, it says the day the catalog lists them under: a brief another day lists stays there (user48)."""
    if not settings.day:
        return
    from pipeline.catalog.days import days_listing
    from pipeline.catalog.db import open_catalog

    days = set(days_listing(open_catalog(settings), keys).values())
    if settings.day in days:
        say(f"listed under {settings.day} (the day setting: --day, BRIEF_DAY or --config), not under today")
    if elsewhere := sorted(days - {settings.day}):
        say(f"already listed under {', '.join(elsewhere)} (the first listing wins), not under {settings.day}")


def write_english_feed(settings) -> None:
    """OUT/feed.xml (the newest briefs) and OUT/stories.xml (the stories), as the flows write them
    (pipeline.storydesk.atom.write_feeds): a feed that cannot be written is a warning, not an exit."""
    from pipeline.site.stories import brief_link, story_link
    from pipeline.storydesk.atom import write_feeds

    for warning in write_feeds(settings, story_link(settings.site_url), brief_link(settings.site_url)):
        say(f"warning: {warning}")


def refresh_day(settings, record, *, models_loaded: bool) -> None:
    """After a `brief` or `brief feeds poll` that wrote briefs or listed failures (`record`: a
    pipeline.day_record.DayRecord): the day's digest, when a run wrote one already, rewritten from the catalog, then
    the web edition (user51: a brief or a failure by hand reached them only at a daily run for that day — with a
    morning schedule, never for one of the afternoon), and a line saying where the failures are listed. A day without
    a digest gets none from `brief` (a user of `brief` alone gets no file they did not ask for, and a bad file stays
    one line; the day's run writes it). Story summaries come from the summarizer only when the run has it loaded
    (`models_loaded`): a failure alone loads no model (the story's central summary stands in until a run that has
    one). A digest that cannot be written is a warning: the briefs stand."""
    from pipeline.store.digests import digest_path

    digest = digest_path(settings.out_dir, record.day)
    if digest.is_file():  # else bad input stays one line a file: `brief failures list` lists the day's failures
        from pipeline.digest import update_digest
        from pipeline.errors import BriefError, first_line

        try:
            update_digest(settings, record.day, [], [], summarizer=None if models_loaded else (lambda: None))
        except BriefError as exc:
            say(f"warning: the digest of {record.day} was not rewritten: {first_line(exc)}")
        else:
            if line := record.listed_line(digest):
                say(line)
    refresh_site(settings)


def refresh_site(settings) -> None:
    """OUT/site/ brought up to date after a run or poll that wrote briefs — when the site exists
    (`brief site build` made it) and site_build is on; only changed pages are rewritten. A site
    that cannot be written is a warning: the briefs stand."""
    from pipeline.site.paths import SITE_FOLDER

    if not settings.site_build or not (settings.out_dir / SITE_FOLDER / "index.html").is_file():
        return
    from pipeline.errors import BriefError
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.build import build_site

    try:
        report = build_site(site_from_outputs(settings), settings.out_dir / SITE_FOLDER)
    except BriefError as exc:
        say(f"warning: the web edition was not updated: {exc}")
        return
    say(f"site: {len(report.written)} pages written, {len(report.removed)} removed")


def settings_or_exit(config: Path | None = None, **overrides: Any):  # -> BriefSettings
    """Settings from options, BRIEF_* variables and the TOML file; an invalid one exits (code 2), and
    so does an OUT that is a file, for a command that takes --out (a usage error, not a failed write)."""
    from pipeline.errors import BriefError
    from pipeline.settings import load_settings

    try:
        settings = load_settings(config, **overrides)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    _warn_unknown_variables()
    if "out_dir" in overrides:
        _out_folder_or_exit(settings.out_dir, flag=overrides["out_dir"] is not None)
    return settings


def _out_folder_or_exit(out: Path, *, flag: bool) -> None:
    """OUT, or a folder it would be made in, that is a file: one line naming the way it was given (user47: an
    OUT under a file loaded the models first, then failed the write with exit 1)."""
    blocker = next((p for p in (out, *out.parents) if p.exists()), None)
    if blocker is None or blocker.is_dir():
        return
    fix = (
        "pass --out DIR (the folder for the briefs)" if flag else "set out_dir (BRIEF_OUT_DIR or --config) to a folder"
    )
    what = f"{out} is a file, not a folder" if blocker == out else f"{out} cannot be made: {blocker} is a file"
    fail(f"{what} — {fix}", 2)


def _warn_unknown_variables() -> None:
    """A BRIEF_* variable that names no setting is ignored by the settings, silently — a typo (BRIEF_DEVCE=cpu)
    would leave the default in force: one warning line each, with the variable likely meant."""
    import difflib

    from pipeline.settings import ENV_PREFIX, BriefSettings, environment_values

    names = list(BriefSettings.model_fields)
    for name in sorted(set(environment_values()) - set(names) - {"config", "debug"}):
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        meant = f" (did you mean {ENV_PREFIX}{close[0].upper()}?)" if close else ""
        say(f"warning: {ENV_PREFIX}{name.upper()} names no setting — ignored{meant}")


def briefs_folder_or_exit(settings) -> None:
    """A command that reads what `brief` wrote exits (code 2) when OUT is no folder: a mistyped --out
    must not be made, with an empty catalog in it, and answered "0 stories"."""
    if not settings.out_dir.is_dir():
        fail(f"{settings.out_dir} is not a folder of briefs — pass --out DIR (the folder `brief` wrote to)", 2)


def catalog_or_exit(opener, settings):  # -> Catalog
    """The catalog of `settings` for a command that reads it; one that cannot be opened exits in one
    line (code 1, or 2 for a bad setting). The default SQLite catalog lives in OUT, so OUT must be
    a folder already (briefs_folder_or_exit); a database_url catalog needs no OUT."""
    from pipeline.catalog.location import is_default_sqlite
    from pipeline.errors import BriefError

    if is_default_sqlite(settings):
        briefs_folder_or_exit(settings)
    try:
        return opener(settings)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
