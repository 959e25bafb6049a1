"""Which reader a source needs: an http(s) URL is fetched, a saved .html page is extracted from
disk (no network), a file:// URL or anything else is a local file; other schemes are refused."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from pipeline.addresses import without_tracking
from pipeline.document import Article
from pipeline.errors import InputError
from pipeline.settings import BriefSettings
from pipeline.text.read import MARKDOWN_SUFFIXES, display_path, read_article_bytes
from pipeline.text.segment import one_article
from pipeline.web.decode import decode_html
from pipeline.web.page import Page, article_from_page, display_name, utc_now

if TYPE_CHECKING:  # httpx is imported only when something is fetched
    from pipeline.web.fetch import Fetcher, Response

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)  # the files read_source reads as articles
HTML_TYPES = ("text/html", "application/xhtml+xml")
_URL = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]*://")
_BINARY_MAGIC = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image"}

_fetchers: dict[tuple, Fetcher] = {}
_fetchers_lock = threading.Lock()


def is_url(source: object) -> bool:
    return isinstance(source, str) and bool(_URL.match(source))


def read_source(source: Path | str, settings: BriefSettings) -> Article:
    """The Article of a text file, a saved HTML page or a web page. Raises InputError / FetchError."""
    return read_source_bytes(source, settings)[0]


@one_article()  # a page's extraction and its structure pass share each paragraph's sentences
def read_source_bytes(source: Path | str, settings: BriefSettings) -> tuple[Article, bytes | None]:
    """`read_source`, and for a local text or Markdown file the bytes it was read from (read once;
    None for a page, saved or fetched)."""
    if is_url(source):
        scheme = urlsplit(str(source)).scheme.lower()
        if scheme == "file":
            return read_source_bytes(Path(unquote(urlsplit(str(source)).path)), settings)
        if scheme not in ("http", "https"):
            raise InputError(f"{source}: only http and https URLs are fetched (not {scheme}:)")
        return article_from_page(fetch_page(str(source), fetcher_for(settings)), keep_all=settings.keep_all), None
    path = Path(source)
    if path.suffix.lower() in HTML_SUFFIXES:
        return article_from_page(read_saved_page(path, settings), keep_all=settings.keep_all), None
    article, data = read_article_bytes(path, max_bytes=settings.max_input_bytes, keep_all=settings.keep_all)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and _feed_root(data):
        raise InputError(  # its markup read as text would be a brief of tags (user53)
            f"{display_path(path)}: a feed (RSS or Atom) saved as a file, not an article — poll the feed by its URL: "
            "brief feeds poll URL"
        )
    return article, data


def read_saved_page(path: Path, settings: BriefSettings) -> Page:
    """A page saved from a browser: the same extraction as a fetched one, no network."""
    from pipeline.web.extract import extract_page

    data = path_bytes(path, settings.max_input_bytes)
    name = display_path(path.name)
    refuse_binary(data, name)
    html, encoding, warnings = decode_html(data, name=name)
    return extract_page(html, name=name, encoding=encoding, warnings=warnings)


def path_bytes(path: Path, max_bytes: int) -> bytes:
    shown = display_path(path)
    if not path.is_file():
        raise InputError(f"{shown}: no such file — check the path")
    if path.stat().st_size > max_bytes:
        raise InputError(f"{shown}: larger than the {max_bytes:,}-byte limit for one page")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: cannot be read ({exc.strerror or exc})") from None


def fetch_page(url: str, fetcher: Fetcher) -> Page:
    """GET a page and extract its article. Raises InputError (not an article) or FetchError."""
    fetched_at = utc_now()
    response = fetcher.get(url)
    return page_from_response(response, fetched_at)


def page_from_response(response: Response, fetched_at: str) -> Page:
    from pipeline.web.extract import extract_page

    name = display_name(response.url)
    refuse_binary(response.content, name, response.content_type)
    html, encoding, warnings = decode_html(
        response.content, content_type=response.headers.get("content-type"), name=name
    )
    url = without_tracking(response.url)
    return extract_page(html, name=name, url=url, fetched_at=fetched_at, encoding=encoding, warnings=warnings)


_FEED_START = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")  # a feed's root element, near the top
FEED_HEAD = 2048  # the bytes read for it


def _feed_root(data: bytes) -> bool:
    """Does a feed's root element (RSS, Atom, RDF) stand in the first FEED_HEAD bytes?"""
    return _FEED_START.search(data[:FEED_HEAD]) is not None


def refuse_binary(data: bytes, name: str, content_type: str = "") -> None:
    """PDFs, images and other non-HTML answers are not pages to extract."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: {what}, not an HTML page — brief the article's web page or its text")
    if content_type and content_type not in HTML_TYPES:
        if _feed_root(data):
            raise InputError(f"{name}: a feed (RSS or Atom), not an article's page — poll it: brief feeds poll URL")
        raise InputError(f"{name}: the server sent {content_type}, not an HTML page — nothing to extract")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary data, not an HTML page")


def fetcher_for(settings: BriefSettings) -> Fetcher:
    """One Fetcher per process and fetch settings: robots.txt and per-host delays are kept for the run."""
    key = (
        settings.fetch_delay,
        settings.fetch_timeout,
        settings.fetch_retries,
        settings.fetch_max_bytes,
        settings.fetch_max_wait,
        tuple(settings.fetch_private_hosts),
    )
    from pipeline.web.fetch import Fetcher

    with _fetchers_lock:
        if key not in _fetchers:
            _fetchers[key] = Fetcher(
                delay=settings.fetch_delay,
                timeout=settings.fetch_timeout,
                retries=settings.fetch_retries,
                max_bytes=settings.fetch_max_bytes,
                max_wait=settings.fetch_max_wait,
                private_hosts=tuple(settings.fetch_private_hosts),
            )
        return _fetchers[key]
