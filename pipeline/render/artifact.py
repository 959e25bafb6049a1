"""A brief as a Prefect UI artifact: what a reader wants first — title, summary, article — and
the metadata as a compact two-column table at the end. The UI renders YAML front matter as a
wall of bold text, so the artifact never carries it.

Built from the brief file's text: its front matter is one `key: <JSON value>` line per field
(pipeline.render.markdown.yaml_value), so every value reads back exactly."""

from __future__ import annotations

import json
from typing import Any

from pipeline.render.markdown import escape_markdown

# front-matter fields shown in the table, in this order (the title is the heading already)
DETAILS = (
    "source_file",
    "source_date",
    "translator",
    "summarizer",
    "paragraphs",
    "sentences",
    "sentences_split",
    "sentences_retried",
    "sentences_degenerate",
    "struggles",
    "summary_chunks",
    "warnings",
    "created_at",
    "content_hash",
    "cache_key",
)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front-matter fields, body) of a brief; no front matter gives ({}, text)."""
    if not text.startswith("---\n") or "\n---\n" not in text:
        return {}, text
    head, body = text[4:].split("\n---\n", 1)
    fields: dict[str, Any] = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        try:
            fields[key] = json.loads(value)
        except (ValueError, RecursionError):  # RecursionError: a value nested thousands deep
            fields[key] = value
    return fields, body.lstrip("\n")


def artifact_markdown(brief_text: str) -> str:
    """The brief's body (title first), then a "Details" table of its metadata."""
    fields, body = split_front_matter(brief_text)
    rows = [(key, _cell(fields[key])) for key in DETAILS if key in fields and fields[key] not in (None, "", [])]
    if not rows:
        return body
    table = ["## Details", "", "| detail | value |", "|---|---|"]
    table += [f"| {key.replace('_', ' ')} | {value} |" for key, value in rows]
    return body.rstrip("\n") + "\n\n" + "\n".join(table) + "\n"


def _cell(value: Any) -> str:
    """One table cell: a model as `name @ revision`, a list as a count or a joined line."""
    if isinstance(value, dict) and "model" in value:
        return f"{escape_markdown(str(value['model']))} @ `{str(value.get('revision') or '')[:12]}`"
    if isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            return escape_markdown("; ".join(value))
        return str(len(value))
    text = str(value)
    if text.startswith("sha256:") or (isinstance(value, str) and len(value) == 64):  # hashes: a prefix tells them apart
        return f"`{text[:19]}…`"
    return escape_markdown(text)
