"""A brief file read back: its front matter (JSON scalars, one key a line), its body, and the blocks
of its article section (`written_blocks`: each block's English and Dutch) — what the catalog and its
stories are rebuilt from, feed.xml shows and the web edition pairs sentence by sentence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from pipeline.document import FORMAT


@dataclass(frozen=True)
class BriefFile:
    path: Path
    front: dict[str, object]
    body: str  # the Markdown after the front matter

    @property
    def summary(self) -> str:
        _, _, rest = self.body.partition("## Summary\n\n")
        return rest.split("\n\n## ", 1)[0].strip()

    def when(self, key: str) -> datetime | None:
        value = self.front.get(key)
        if not isinstance(value, str) or not value:
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_brief_file(path: Path) -> BriefFile | None:
    """A brief's front matter (JSON scalars, one key a line) and body; None for any other file."""
    try:
        with path.open(encoding="utf-8-sig") as handle:  # -sig: a byte-order mark (Notepad) is no text
            if handle.read(4) != "---\n":  # another Markdown file in OUT (however large) is not read on
                return None
            text = "---\n" + handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    if "\n---\n" not in text:
        return None
    head, body = text[4:].split("\n---\n", 1)
    front: dict[str, object] = {}
    for line in head.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            try:
                front[key] = json.loads(value)
            except (ValueError, RecursionError):  # RecursionError: a value nested thousands deep
                continue
    return BriefFile(path, front, body) if front.get("format") == FORMAT else None


# -- the article section, as pipeline.render.brief writes it ----------------------------------------

ARTICLE_START = "## Article\n\n"
LEFT_OUT = "\n## Left out:"
MARK = re.compile(r"\s*_\(⚠ check the Dutch: (.*?)\)_")  # after an English sentence that lost a number or name
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_EMAIL_SPAN = re.compile(r"`([^`\s]+@[^`\s]+)`")
_BOM_ENTITY = "&#xFEFF;"  # pipeline.render.markdown.escape_markdown writes a leading BOM so
_QUOTE = re.compile(r"\A> (?P<en>.*)\n>\n> > (?P<nl>.*)\Z", re.S)
LIVEBLOG_SEPARATORS = " -–—|:"  # between a liveblog time and its heading, as written


def unescape(text: str) -> str:
    """The text escape_markdown was given (its whitespace already collapsed; a leading byte-order mark it wrote as
    its entity — a literal "&" is always written "\\&", so an unescaped entity is escape_markdown's own)."""
    text = "\ufeff" + text.removeprefix(_BOM_ENTITY) if text.startswith(_BOM_ENTITY) else text
    return _ESCAPED.sub(r"\1", _EMAIL_SPAN.sub(r"\1", text))


class Written(StrEnum):
    """A block's kind as its Markdown shows it (a lede, a paragraph and a table line look alike)."""

    QUOTE = "quote"
    HEADING = "heading"  # `### …`: the headline or a subheading
    LIVEBLOG = "liveblog"
    LIST = "list"
    CAPTION = "caption"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class WrittenBlock:
    """One block of a brief's article section: its English (escaped Markdown, with the fidelity marks)
    and its Dutch (plain text), one of each per list item; a liveblog entry's time."""

    kind: Written
    english: tuple[str, ...]
    dutch: tuple[str, ...]
    time: str | None = None


def written_blocks(body: str) -> list[WrittenBlock]:
    """The blocks of a brief's article section (between "## Article" and "## Left out"), in order."""
    start = body.find(ARTICLE_START)
    if start < 0:
        return []
    section = body[start + len(ARTICLE_START) :].split(LEFT_OUT, 1)[0]
    chunks = [c.strip("\n") for c in section.split("\n\n") if c.strip()]
    if chunks and chunks[0].startswith("_Each English paragraph"):
        chunks = chunks[1:]
    blocks: list[WrittenBlock] = []
    position = 0
    while position < len(chunks):
        chunk = chunks[position]
        dutch = chunks[position + 1] if position + 1 < len(chunks) and chunks[position + 1].startswith(">") else None
        position += 2 if dutch is not None else 1
        block = _written(chunk, dutch)
        if block is not None:
            blocks.append(block)
    return blocks


def _written(chunk: str, dutch: str | None) -> WrittenBlock | None:
    quote = _QUOTE.match(chunk)
    if quote:
        return WrittenBlock(Written.QUOTE, (quote["en"],), (unescape(quote["nl"]),))
    if chunk.startswith("### "):
        return _heading(chunk[4:], dutch)
    if dutch is None:
        return None  # nothing the renderer writes without its Dutch
    if chunk.startswith("- "):
        english = tuple(line[2:] for line in chunk.split("\n"))
        items = [line[4:] if line.startswith("> - ") else line.lstrip("> ") for line in dutch.split("\n")]
        return WrittenBlock(Written.LIST, english, tuple(unescape(i) for i in items))
    escaped = dutch[2:] if dutch.startswith("> ") else dutch[1:]
    if chunk.startswith("*") and chunk.endswith("*") and len(chunk) > 1:
        italic = len(escaped) > 1 and escaped.startswith("*") and escaped.endswith("*")
        return WrittenBlock(Written.CAPTION, (chunk[1:-1],), (unescape(escaped[1:-1] if italic else escaped),))
    return WrittenBlock(Written.PARAGRAPH, (chunk,), (unescape(escaped),))


def _heading(english: str, dutch: str | None) -> WrittenBlock:
    """`### text` (a headline or subheading) or `### time — text` / `### time` (a liveblog entry: its
    Dutch starts with the time as written)."""
    dutch_text = unescape(dutch[2:]) if dutch and dutch.startswith("> ") else None
    time, separator, rest = english.partition(" — ")
    if dutch_text is None:  # a time alone
        return WrittenBlock(Written.LIVEBLOG, (), (), time=unescape(english))
    plain_time = unescape(time)
    if separator and dutch_text.startswith(plain_time):
        text = dutch_text[len(plain_time) :].lstrip(LIVEBLOG_SEPARATORS)
        return WrittenBlock(Written.LIVEBLOG, (rest,), (text,), time=plain_time)
    return WrittenBlock(Written.HEADING, (english,), (dutch_text,))
