"""Stage 5 — render a `Brief` as Markdown: YAML front matter, English title, summary, and the
whole article with each English paragraph above its Dutch original.

Source and model text is data: every piece of it is escaped so that it renders as plain text
(no headings, lists, links, HTML, math or front matter that the article did not contain).
"""

from __future__ import annotations

import json
import re
from typing import Any

from pipeline.types import Brief, TranslatedParagraph

FORMAT_VERSION = 1
FORMAT = f"dutch-brief/{FORMAT_VERSION}"

# Characters that can start inline Markdown/HTML/math constructs anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$&])")
# Constructs that only matter at the start of a line: headings, lists, quotes, breaks, tables.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
# GitHub's autolink extension turns bare www./scheme:// addresses and e-mail addresses into links.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WWW = re.compile(r"(?i)\b(www)\.")
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):(?=//)")
_TRAILING_HASHES = re.compile(r"(?<=\s)(#+)\s*$")
# Characters YAML readers refuse or rewrite inside double-quoted scalars (JSON passes them raw).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def escape_markdown(text: str) -> str:
    """Escape `text` so CommonMark and GitHub render it as literal text on a single line:
    no emphasis, links, autolinks, HTML, math, headings, lists, quotes or tables."""
    text = re.sub(r"\s+", " ", text).strip()
    parts: list[str] = []
    position = 0
    for match in _EMAIL.finditer(text):  # e-mail addresses become code spans: shown, not linked
        parts.append(_escape_plain(text[position:match.start()]))
        parts.append(f"`{match.group(0)}`")
        position = match.end()
    parts.append(_escape_plain(text[position:]))
    escaped = "".join(parts)
    match = _LINE_START.match(escaped)
    if match:
        lead, token = match.group(1), match.group(2)
        replacement = token[:-1] + "\\" + token[-1] if token[-1] in ".)" else "\\" + token
        escaped = lead + replacement + escaped[match.end():]
    return _TRAILING_HASHES.sub(lambda m: "\\" + m.group(1), escaped)


def _escape_plain(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _WWW.sub(r"\1\\.", text)
    return _SCHEME.sub(r"\1\\:", text)


def yaml_value(value: Any) -> str:
    """A YAML scalar or flow mapping: JSON syntax is valid YAML and quotes everything safely, once
    the characters YAML readers reject (DEL, C1 controls, line/paragraph separators) are escaped."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(value, ensure_ascii=False, sort_keys=False))


def front_matter(brief: Brief) -> dict[str, Any]:
    stats = brief.stats
    return {
        "format": FORMAT,
        "cache_key": brief.cache_key,  # first: a cache lookup reads only the start of the file
        "title": brief.title_en,
        "source_file": brief.article.source_name,
        "source_date": brief.article.source_date,
        "source_encoding": brief.article.encoding,
        "content_hash": f"sha256:{brief.content_hash}",
        "translator": {"model": brief.translator.name, "revision": brief.translator.revision},
        "summarizer": {"model": brief.summarizer.name, "revision": brief.summarizer.revision},
        "settings": brief.settings,
        "paragraphs": len(brief.paragraphs),
        "sentences": stats.sentences if stats else sum(len(p.sentences) for p in brief.paragraphs),
        "sentences_split": stats.split_sentences if stats else 0,
        "sentences_retried": stats.retried_sentences if stats else 0,
        "sentences_degenerate": stats.degenerate_sentences if stats else 0,
        "struggles": struggles(brief),
        "summary_input_tokens": brief.summary.input_tokens,
        "summary_chunks": brief.summary.chunks,
        "summary_rounds": brief.summary.rounds,
        "warnings": list(brief.article.warnings),
        "created_at": brief.created_at,
    }


def struggles(brief: Brief) -> list[dict[str, Any]]:
    """Where the machine struggled: sentences split for length, retried, or still degenerate
    (paragraph and sentence numbers count from 1, as a reader counts)."""
    found = []
    for paragraph in brief.paragraphs:
        for number, sentence in enumerate(paragraph.sentences, start=1):
            if sentence.split or sentence.retried or sentence.degenerate:
                found.append({
                    "paragraph": paragraph.index + 1,
                    "sentence": number,
                    "split_for_length": sentence.split,
                    "retried": sentence.retried,
                    "degenerate": sentence.degenerate,
                })
    return found


def render_brief(brief: Brief) -> str:
    lines = ["---"]
    lines += [f"{key}: {yaml_value(value)}" for key, value in front_matter(brief).items()]
    lines += ["---", "", f"# {escape_markdown(brief.title_en) or 'Untitled'}", ""]
    lines += [_byline(brief), ""]
    lines += ["## Summary", "", escape_markdown(brief.summary.text) or "_No summary._", ""]
    lines += ["## Article", "", "_Each English paragraph is followed by the Dutch original._", ""]
    for paragraph in brief.paragraphs:
        lines += _paragraph(paragraph)
    return "\n".join(lines).rstrip("\n") + "\n"


def _byline(brief: Brief) -> str:
    parts = [f"Machine-translated from Dutch ({escape_markdown(brief.article.source_name)}"]
    if brief.article.source_date:
        parts.append(f", {brief.article.source_date}")
    parts.append(f") by {escape_markdown(brief.translator.name)}; summary by {escape_markdown(brief.summarizer.name)}.")
    return "_" + "".join(parts) + "_"


def _paragraph(paragraph: TranslatedParagraph) -> list[str]:
    english = escape_markdown(paragraph.text)
    dutch = escape_markdown(paragraph.source_text)
    if paragraph.is_heading:
        return [f"### {english}", "", f"> {dutch}", ""]
    return [english, "", f"> {dutch}", ""]
