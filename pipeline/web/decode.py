"""HTML bytes to text: the HTTP header's charset, then the page's meta charset, then detection.

Pages that declare UTF-8 but carry cp1252 bytes (whole, or mixed into UTF-8 — real NOS pages do
this) decode right: bytes that are not UTF-8 are read as cp1252, and a warning says so.
"""

from __future__ import annotations

import codecs
import re

from pipeline.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_FALLBACK = "cp1252"
DETECT_BYTES = 262_144  # what charset detection is given of a page


def _cp1252_for_bad_utf8(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the offending bytes as cp1252 (its 5 unassigned bytes as U+FFFD)."""
    chunk = error.object[error.start : error.end]
    return chunk.decode(_FALLBACK, "replace"), error.end


codecs.register_error("dutch-brief-cp1252", _cp1252_for_bad_utf8)


def declared_charsets(data: bytes, content_type: str | None) -> list[str]:
    """The HTTP header's charset, then the page's own <meta> charset (either may be absent)."""
    found = []
    if content_type and (match := _HEADER_CHARSET.search(content_type)):
        found.append(match.group(1))
    if match := _META_CHARSET.search(data[:8192]):
        found.append(match.group(1).decode("ascii"))
    return [name for name in (_known(n) for n in found) if name]


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(
    data: bytes, *, content_type: str | None = None, name: str = "page"
) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding used, warnings). Raises InputError when nothing decodes it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "dutch-brief-cp1252"), "utf-8", ()
    declared = declared_charsets(data, content_type)
    for charset in declared:
        try:
            return data.decode(charset), charset, ()
        except UnicodeDecodeError:
            continue
    if not declared or "utf-8" in declared:  # the usual lie: UTF-8 declared, cp1252 (in part) delivered
        try:
            return data.decode("utf-8"), "utf-8", ()
        except UnicodeDecodeError:
            text = data.decode("utf-8", "dutch-brief-cp1252")
            said = "declares UTF-8" if declared else "declares no charset"
            return text, "utf-8+cp1252", (f"{name}: {said} but is not all UTF-8; the other bytes were read as cp1252",)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECT_BYTES]).best()  # detection sees a bounded sample; the page is decoded whole
    if best is None:
        raise InputError(f"{name}: cannot tell the page's text encoding — save it as UTF-8")
    return (
        data.decode(best.encoding, "replace"),
        best.encoding,
        (f"{name}: not {declared[0]} as declared; decoded as {best.encoding} (detected)",),
    )
