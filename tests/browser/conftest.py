"""Headless Debian chromium driven by Playwright over a site served on loopback.

Never `playwright install`: the browser is the system's chromium (.ci/run installs it). Where it
is missing, every test here skips with one line saying what to install. Every request the pages
make is checked: anything not on 127.0.0.1 is blocked and recorded (the pages must make none)."""

from __future__ import annotations

import dataclasses
import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
INSTALL_HINT = (
    "browser tests need Debian's chromium and playwright: apt-get install -y chromium && pip install -e '.[test]'"
)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.is_file() or shutil.which("chromium") is None:
        pytest.skip(INSTALL_HINT)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(INSTALL_HINT)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        yield launched
        launched.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclasses.dataclass
class Served:
    folder: Path
    url: str  # http://127.0.0.1:PORT/


@pytest.fixture(scope="session")
def serve_folder():
    servers: list[ThreadingHTTPServer] = []

    def start(folder: Path) -> Served:
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return Served(folder, f"http://127.0.0.1:{server.server_address[1]}/")

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@dataclasses.dataclass
class Watched:
    """A page whose console errors, page errors and outside requests are recorded."""

    page: object
    errors: list[str]
    outside: list[str]


@pytest.fixture()
def open_page(browser):
    contexts = []

    def open_(viewport: tuple[int, int] = (1280, 900), *, dark: bool = False, javascript: bool = True) -> Watched:
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            color_scheme="dark" if dark else "light",
            java_script_enabled=javascript,
        )
        contexts.append(context)
        page = context.new_page()
        watched = Watched(page, [], [])
        page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: watched.errors.append(str(e)))

        def route(route_) -> None:
            host = urlsplit(route_.request.url).hostname
            if host in ("127.0.0.1", "::1", "localhost"):
                route_.continue_()
            else:
                watched.outside.append(route_.request.url)
                route_.abort()

        page.route("**/*", route)
        return watched

    yield open_
    for context in contexts:
        context.close()
