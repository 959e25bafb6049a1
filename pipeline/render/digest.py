"""The daily digest as Markdown: the day's briefs (title, summary, link) and the articles that
could not be briefed. The day's entries are kept by pipeline.store.digests."""

from __future__ import annotations

from pipeline.document import DigestEntry, DigestFailure
from pipeline.render.markdown import escape_markdown


def render_digest(day: str, entries: list[DigestEntry], failures: list[DigestFailure]) -> str:
    lines = [f"# Dutch news briefing — {day}", ""]
    count = f"{len(entries)} article{'s' if len(entries) != 1 else ''} briefed"
    if failures:
        count += f"; {len(failures)} could not be briefed"
    lines += [f"_{count}._", ""]
    for entry in entries:
        lines += [f"## [{escape_markdown(entry.title) or 'Untitled'}]({_link(entry.brief)})", ""]
        lines += [escape_markdown(entry.summary) or "_No summary._", ""]
        lines += [f"_Source: {escape_markdown(entry.source_name)}_", ""]
    if failures:
        lines += ["## Not briefed", ""]
        for failure in failures:
            lines.append(f"- {escape_markdown(failure.source_name)}: {escape_markdown(failure.message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _link(name: str) -> str:
    return "<" + name.replace("<", "%3C").replace(">", "%3E") + ">"
