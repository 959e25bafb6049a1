"""Web addresses as the product cites and compares them — one rule for the web reader (the address a brief cites),
the story desk (a page's briefs are one page's versions) and the catalog's migration that fills `articles.page`.

A web page is an http(s) address (any case), cited without its utm_* campaign parameters and without a fragment: the
feed's link with `?utm_source=rss` and the address a reader pasted are one page. Anything else — a path, a file: URL —
is a file, which may hold another article each time."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote_to_bytes, urlencode, urlsplit, urlunsplit


def without_tracking(url: str) -> str:
    """A URL without its utm_* (campaign tracking) parameters: the address to cite."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return urlunsplit(parts._replace(query=urlencode(query)))


def page_of(source: object) -> str | None:
    """The web page `source` names; None for a file."""
    if not isinstance(source, str) or "://" not in source:
        return None
    parts = urlsplit(source)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return without_tracking(urlunsplit(parts._replace(fragment="")))


def file_address(source: object) -> str | None:
    """A local file's address on the day's failures: its absolute path (`..` resolved, links kept) as a file:// URL —
    the same file given as `x.txt`, `./sub/../x.txt` or `file:///…/x.txt` is one address. None for a web page."""
    if isinstance(source, str):
        parts = urlsplit(source)
        if parts.scheme.lower() != "file" or "://" not in source:
            return None
        source = Path(os.fsdecode(unquote_to_bytes(parts.path)))  # a name's bytes, UTF-8 or not
    if not isinstance(source, Path):
        return None
    return Path(os.path.abspath(source)).as_uri()
