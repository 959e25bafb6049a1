"""Stage 1 — read: bytes on disk to a normalised `Article` of structural blocks.

Decoding: UTF-8 (with or without BOM) and UTF-16 with a BOM are read directly; anything else is
detected with charset-normalizer and a warning says which encoding was assumed.
A leading ` date YYYY-MM ` marker (as in the seed articles) becomes metadata, not text.
The structure comes from the lines of a `.txt` file (pipeline.text.structure; a chunk that is an HTML
fragment: pipeline.text.html_text) or the CommonMark of a `.md` file (pipeline.text.markdown_source); pipeline.text.article makes the article of it.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from pipeline.document import Article, ArticleMeta
from pipeline.errors import InputError
from pipeline.settings import DEFAULT_MAX_BYTES
from pipeline.text.article import article_from_blocks
from pipeline.text.html_text import plain_or_html_blocks
from pipeline.text.segment import one_article
from pipeline.times import iso_time, parse_time

_DATE_MARKER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2})(?:[ \t]+|[ \t]*\n|\Z)")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def display_path(path: Path | str) -> str:
    """A path as printable text: bytes that are not UTF-8 (possible in file names) become U+FFFD."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, keep_all: bool = False) -> Article:
    """Read and normalise one article file (`.md`/`.markdown`: Markdown, else plain text).
    `keep_all`: set no site text aside. Raises InputError with a one-line reason."""
    return read_article_bytes(path, max_bytes=max_bytes, keep_all=keep_all)[0]


def read_article_bytes(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, keep_all: bool = False
) -> tuple[Article, bytes]:
    """`read_article`, and the bytes it was read from: the file is opened once (the index of
    briefs, pipeline.hits, keys on these very bytes)."""
    data = _read_bytes(path, max_bytes)
    label = display_path(path)
    text, encoding, warnings = decode_bytes(data, name=label)
    return parse_article(
        text,
        source_name=display_path(path.name),
        encoding=encoding,
        warnings=warnings,
        label=label,
        source_format="md" if path.suffix.lower() in MARKDOWN_SUFFIXES else "txt",
        keep_all=keep_all,
    ), data


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    shown = display_path(path)
    try:
        if not path.exists():
            if path.is_symlink():
                raise InputError(
                    f"{shown}: a symbolic link that leads nowhere (broken or looping) — point it at an article file"
                )
            raise InputError(f"{shown}: no such file — check the path")
        if path.is_dir():
            raise InputError(f"{shown}: is a directory — pass the article files inside it (e.g. {shown}/*.txt)")
        if not path.is_file():
            raise InputError(f"{shown}: not a regular file (a pipe, socket or device) — pass a text file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{shown}: {size:,} bytes is larger than the {max_bytes:,}-byte limit for one article "
                "— split it, or raise BRIEF_MAX_INPUT_BYTES"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{shown}: permission denied — make the file readable") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot be read ({exc.strerror or exc}) — check the path") from None
    if len(data) > max_bytes:
        raise InputError(f"{shown}: larger than the {max_bytes:,}-byte limit for one article — split it")
    return data


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes; returns (text, encoding, warnings). Raises InputError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", name), "utf-8-sig", ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16", ()
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text — pass a plain-text article")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding — save the file as UTF-8")
    encoding = best.encoding
    warning = f"{name}: not UTF-8; decoded as {encoding} (detected) — save it as UTF-8 to be sure"
    return str(best), encoding, (warning,)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding} at byte {exc.start} — fix or re-save the file as UTF-8") from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def normalise_text(text: str) -> str:
    """The canonical form of an article's text: what the content hash is computed over."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def content_hash(text: str) -> str:
    """sha256 of the normalised text."""
    return normalised_hash(normalise_text(text))


def normalised_hash(normalised: str) -> str:
    """`content_hash` of text normalised already (an Article's `text`): not normalised again."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@one_article()  # every rule of the structure pass shares each paragraph's sentences
def parse_article(
    text: str,
    *,
    source_name: str,
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
    label: str | None = None,
    source_format: str = "txt",
    keep_all: bool = False,
) -> Article:
    """Normalise decoded text, pull out the date marker and find its structure."""
    normalised = normalise_text(text)
    source_date, body = split_date_marker(normalised)
    if source_format == "md":
        from pipeline.text.markdown_source import markdown_blocks

        blocks, meta = markdown_blocks(body, name=label or source_name)
        warnings += _unread_date(meta, label or source_name)
    else:
        blocks, meta = plain_or_html_blocks(body), ArticleMeta()
    return article_from_blocks(
        blocks,
        source_name=source_name,
        text=normalised,
        meta=meta,
        source_date=source_date,
        encoding=encoding,
        warnings=warnings,
        source_format=source_format,
        keep_all=keep_all,
        label=label,
    )


def split_date_marker(text: str) -> tuple[str | None, str]:
    """`' date 2022-02 De Amerikaanse…'` -> ("2022-02", "De Amerikaanse…")."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text
    year, month = match.group(1).split("-")
    if not 1 <= int(month) <= 12:
        return None, text
    return match.group(1), text[match.end() :]


def _unread_date(meta: ArticleMeta, name: str) -> tuple[str, ...]:
    """A front matter date no reader parses (12-02-2022, "gisteren") or none uses (a CMS's zero time,
    pipeline.times) is said, not dropped in silence: the article then counts as published when briefed."""
    if not meta.published or parse_time(meta.published) is not None:
        return ()
    if iso_time(meta.published) is not None:
        why, fix = "is before 1990 or beyond the clock", ""
    else:
        why, fix = "is not an ISO date", " (write it as YYYY-MM-DD)"
    return (
        f"{name}: the front matter's date {meta.published!r} {why} — the article counts as published when briefed{fix}",
    )
