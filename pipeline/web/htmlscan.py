"""What an HTML page shows, found by one linear scan (str.find from a position that only moves
forward): no regular expression that backtracks on hostile markup (an unclosed `<script`, a tag
that never ends, a million `<div`) runs over a whole page."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SKIPPED = ("script", "style", "noscript")
_SHELL_ID = re.compile(r"""\bid\s*=\s*["']?(?:app|root|__next)["'\s/>]""", re.IGNORECASE)
_NAME_END = " \t\r\n/>"
_CLOSING_DIV = re.compile(r"\s*</div")  # matched where the tag ends (no copy of the rest of the page per <div>)


@dataclass(frozen=True)
class Scan:
    words: int  # visible words (outside tags, scripts, styles and noscript)
    title: str  # the first <title>'s text ("" if none)
    js_shell: bool  # an empty app/root/__next mount point, or a <noscript> asking for JavaScript
    tags: int  # how many tags the page opens (a size measure for the parsers after this)


def scan_html(html: str) -> Scan:
    lower = html.lower()
    words, tags, at, shell = 0, 0, 0, False
    end = len(html)
    while at < end:
        lt = lower.find("<", at)
        stop = end if lt == -1 else lt
        words += len(html[at:stop].split())
        if lt == -1:
            break
        gt = lower.find(">", lt)
        if gt == -1:
            break  # a tag that never ends: the rest is not shown
        name = _tag_name(lower, lt + 1, gt)
        tags += 1
        at = gt + 1
        if name in _SKIPPED:
            close = lower.find("</" + name, at)
            inner = lower[at : end if close == -1 else close]
            if name == "noscript" and "<" not in inner and "javascript" in inner:
                shell = True
            if close == -1:
                break  # an element that never closes hides the rest of the page
            after = lower.find(">", close)
            at = end if after == -1 else after + 1
        elif name == "div" and _SHELL_ID.search(html, lt, gt + 1) and _CLOSING_DIV.match(lower, at):
            shell = True
    return Scan(words, _title(html, lower), shell, tags)


def _tag_name(lower: str, start: int, stop: int) -> str:
    i = start
    while i < stop and lower[i] not in _NAME_END:
        i += 1
        if i - start > 16:
            break
    return lower[start:i]


def _title(html: str, lower: str) -> str:
    start = lower.find("<title")
    if start == -1:
        return ""
    gt = lower.find(">", start)
    close = lower.find("</title", gt) if gt != -1 else -1
    return html[gt + 1 : close][:1000] if close != -1 else ""
