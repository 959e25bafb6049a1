"""`brief site build|serve` — the bilingual web edition in OUT/site/ and a local preview of it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import OUT_DEFAULT, briefs_folder_or_exit, fail, say, settings_or_exit
from pipeline.site.paths import SITE_FOLDER

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="The web edition: build OUT/site/ from the briefs (build), preview it in a browser (serve).",
)

Out = Annotated[Optional[Path], typer.Option("--out", "-o", help=f"folder of the briefs {OUT_DEFAULT}")]
Config = Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")]

BUILD_HELP = """Build (or bring up to date) OUT/site/: a front page with the newest day's briefing, a page per
day, per story and per article (English beside the Dutch), and a search index (Pagefind). Only pages
whose content changed are rewritten. Any static host serves the folder as it is.

Exit status: 0 built, 2 OUT is no folder of briefs or a setting is invalid, 1 the site could not be written."""


@app.command(help=BUILD_HELP)
def build(
    out: Out = None,
    config: Config = None,
    search: Annotated[bool, typer.Option("--search/--no-search", help="(re)build the search index")] = True,
) -> None:
    from pipeline.errors import BriefError
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.build import build_site

    settings = settings_or_exit(config, out_dir=out)
    briefs_folder_or_exit(settings)
    try:
        report = build_site(site_from_outputs(settings), settings.out_dir / SITE_FOLDER, search=search)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    searched = f"; search index in {report.search.seconds:.1f} s" if report.search else ""
    say(
        f"site: {report.pages} pages, {len(report.written)} written, {len(report.removed)} removed"
        f" in {report.seconds:.1f} s{searched}"
    )
    print(report.site_dir / "index.html")


SERVE_HELP = """Serve OUT/site/ on http://BIND:PORT/ for a local preview (Ctrl-C stops). Build it first with
`brief site build`. For publishing, copy the folder to any static host."""


@app.command(help=SERVE_HELP)
def serve(
    out: Out = None,
    config: Config = None,
    port: Annotated[int, typer.Option(min=0, max=65535, help="port (0: any free one)")] = 8000,
    bind: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
) -> None:
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class QuietHandler(SimpleHTTPRequestHandler):
        """One short line per request on stderr."""

        def log_message(self, format: str, *args: object) -> None:
            say(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}")

    settings = settings_or_exit(config, out_dir=out)
    folder = settings.out_dir / SITE_FOLDER
    if not (folder / "index.html").is_file():
        fail(f"no site in {folder} — run `brief site build --out {settings.out_dir}` first", 2)
    handler = functools.partial(QuietHandler, directory=str(folder))
    try:
        server = ThreadingHTTPServer((bind, port), handler)
    except OSError as exc:
        fail(f"cannot listen on {bind}:{port}: {exc.strerror or exc} — choose another --port or --bind", 2)
    host, chosen = server.server_address[:2]
    say(f"serving {folder} on http://{host}:{chosen}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
