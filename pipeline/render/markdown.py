"""Source and model text as inert Markdown: escaping for CommonMark/GitHub and YAML-safe scalars.

Every piece of text a brief shows is data: escaped so that it renders as plain text (no headings,
lists, links, HTML, math or front matter that the article did not contain).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

# Characters that can start inline Markdown/HTML/math constructs anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$&])")
# Constructs that only matter at the start of a line: headings, lists, quotes, breaks, tables.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
# GitHub's autolink extension turns bare www./scheme:// addresses and e-mail addresses into links.
# An e-mail address is `[\w.+-]+@[\w-]*(?:\.[\w-]+)+` (GitHub links "0@.A": a domain may open with a dot)
# and a scheme `\b[a-z][a-z0-9+.-]*:` before "//", but
# found from their "@" and "://" outwards (_emails, _escape_schemes): a regular expression searching for them
# tries every start in a long run of such characters ("a.a.a…") and takes quadratic time.
_LOCAL_RUN = re.compile(r"[\w.+-]+")  # matched on the reversed text, leftwards from an "@"
_DOMAIN = re.compile(r"[\w-]*(?:\.[\w-]+)+")
_WWW = re.compile(r"(?i)\b(www)\.")
_SCHEME_RUN = re.compile(r"(?i)[a-z0-9+.-]+")  # matched on the reversed text, leftwards from a "://"
_SCHEME_START = re.compile(r"(?i)\b[a-z]")
_TRAILING_HASHES = re.compile(r"(?<=\s)(#+)\s*$")
# Characters YAML readers refuse or rewrite inside double-quoted scalars (JSON passes them raw):
# DEL and C1 controls, line/paragraph separators, BOM, surrogates, and every non-character
# (U+FDD0..U+FDEF and the last two code points of each plane, U+FFFE/U+FFFF first of all).
_YAML_UNSAFE = re.compile(
    "[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_markdown(text: str) -> str:
    """Escape `text` so CommonMark and GitHub render it as literal text on a single line:
    no emphasis, links, autolinks, HTML, math, headings, lists, quotes or tables."""
    text = _SURROGATE.sub("\ufffd", re.sub(r"\s+", " ", text).strip())  # a lone surrogate cannot be written
    parts: list[str] = []
    position = 0
    for start, end in _emails(text):  # e-mail addresses become code spans: shown, not linked
        parts.append(_escape_plain(text[position:start]))
        parts.append(f"`{text[start:end]}`")
        position = end
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    match = _LINE_START.match(escaped)
    if match:
        lead, token = match.group(1), match.group(2)
        replacement = token[:-1] + "\\" + token[-1] if token[-1] in ".)" else "\\" + token
        escaped = lead + replacement + escaped[match.end() :]
    escaped = _TRAILING_HASHES.sub(lambda m: "\\" + m.group(1), escaped)
    # a renderer drops a byte-order mark opening a document: written as its entity it is shown (property test, stop 46)
    return "&#xFEFF;" + escaped[1:] if escaped.startswith("\ufeff") else escaped


def _emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each e-mail address, left to right, as `[\\w.+-]+@[\\w-]*(?:\\.[\\w-]+)+` would find
    them — in linear time: each "@" looks leftwards only as far as the previous address's end."""
    reverse, size, end = text[::-1], len(text), 0
    at = text.find("@")
    while at != -1:
        local = _LOCAL_RUN.match(reverse, size - at, size - end)
        domain = _DOMAIN.match(text, at + 1)
        if local and domain:
            yield at - (local.end() - local.start()), domain.end()
            end = domain.end()
            at = text.find("@", end)
        else:
            at = text.find("@", at + 1)


def _escape_schemes(text: str) -> str:
    """A backslash before the ":" of every "scheme://" (`\\b[a-z][a-z0-9+.-]*:` before "//"), in linear time:
    each "://" looks leftwards over its run of scheme characters once."""
    reverse, size = text[::-1], len(text)
    parts: list[str] = []
    position = 0
    colon = text.find("://")
    while colon != -1:
        run = _SCHEME_RUN.match(reverse, size - colon, size - position)
        if run and _SCHEME_START.search(text, colon - (run.end() - run.start()), colon):
            parts.append(text[position:colon] + "\\")
            position = colon
        colon = text.find("://", colon + 1)
    parts.append(text[position:])
    return "".join(parts)


def _escape_plain(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _WWW.sub(r"\1\\.", text)
    return _escape_schemes(text)


def yaml_value(value: Any) -> str:
    """A YAML scalar or flow mapping: JSON syntax is valid YAML and quotes everything safely, once
    the characters YAML readers reject (DEL, C1 controls, line/paragraph separators) are escaped."""
    return _YAML_UNSAFE.sub(_yaml_escape, json.dumps(value, ensure_ascii=False, sort_keys=False))


def _yaml_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def web_link(url: str | None) -> str | None:
    """An http(s) address to link to; anything else (javascript:, data:, a file name) is not linked."""
    if not url:
        return None
    lowered = url.strip().lower()
    if not lowered.startswith(("http://", "https://")) or any(c in url for c in "\x00\r\n\t <>\"'`"):
        return None
    return url.strip()


def autolink(url: str | None) -> str | None:
    """An http(s) address as a CommonMark autolink ("<https://…>"), or None when it is not one a
    reader can follow as written (`web_link`) or holds whitespace or a control character."""
    link = web_link(url)
    if link is None or any(c.isspace() or unicodedata.category(c)[0] == "C" for c in link):
        return None
    return f"<{link}>"
