"""The daily digest as Markdown: the day's briefs (title, summary, link) and the articles that
could not be briefed. The day's entries are kept by pipeline.store.digests.

Links: the digest file links each brief by its relative file name (works beside the briefs, on
GitHub and in editors); the digest artifact in the Prefect UI passes `link` to point at each
brief's own artifact instead."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.document import DigestEntry, DigestFailure
from pipeline.render.markdown import escape_markdown


def file_link(entry: DigestEntry) -> str:
    """The brief's file name, relative to the digest (they share a folder)."""
    return entry.brief


def render_digest(
    day: str,
    entries: list[DigestEntry],
    failures: list[DigestFailure],
    link: Callable[[DigestEntry], str] = file_link,
) -> str:
    lines = [f"# Dutch news briefing — {day}", ""]
    count = f"{len(entries)} article{'s' if len(entries) != 1 else ''} briefed"
    if failures:
        count += f"; {len(failures)} could not be briefed"
    lines += [f"_{count}._", ""]
    for entry in entries:
        lines += [f"## [{escape_markdown(entry.title) or 'Untitled'}]({_destination(link(entry))})", ""]
        lines += [escape_markdown(entry.summary) or "_No summary._", ""]
        lines += [f"_Source: {escape_markdown(entry.source_name)}_", ""]
    if failures:
        lines += ["## Not briefed", ""]
        for failure in failures:
            lines.append(f"- {escape_markdown(failure.source_name)}: {escape_markdown(failure.message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _destination(target: str) -> str:
    return "<" + target.replace("<", "%3C").replace(">", "%3E") + ">"
