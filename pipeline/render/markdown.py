"""Source and model text as inert Markdown: escaping for CommonMark/GitHub and YAML-safe scalars.

Every piece of text a brief shows is data: escaped so that it renders as plain text (no headings,
lists, links, HTML, math or front matter that the article did not contain).
"""

from __future__ import annotations

import json
import re
from typing import Any

# Characters that can start inline Markdown/HTML/math constructs anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$&])")
# Constructs that only matter at the start of a line: headings, lists, quotes, breaks, tables.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
# GitHub's autolink extension turns bare www./scheme:// addresses and e-mail addresses into links.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WWW = re.compile(r"(?i)\b(www)\.")
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):(?=//)")
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
    for match in _EMAIL.finditer(text):  # e-mail addresses become code spans: shown, not linked
        parts.append(_escape_plain(text[position : match.start()]))
        parts.append(f"`{match.group(0)}`")
        position = match.end()
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    match = _LINE_START.match(escaped)
    if match:
        lead, token = match.group(1), match.group(2)
        replacement = token[:-1] + "\\" + token[-1] if token[-1] in ".)" else "\\" + token
        escaped = lead + replacement + escaped[match.end() :]
    return _TRAILING_HASHES.sub(lambda m: "\\" + m.group(1), escaped)


def _escape_plain(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _WWW.sub(r"\1\\.", text)
    return _SCHEME.sub(r"\1\\:", text)


def yaml_value(value: Any) -> str:
    """A YAML scalar or flow mapping: JSON syntax is valid YAML and quotes everything safely, once
    the characters YAML readers reject (DEL, C1 controls, line/paragraph separators) are escaped."""
    return _YAML_UNSAFE.sub(_yaml_escape, json.dumps(value, ensure_ascii=False, sort_keys=False))


def _yaml_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
