"""The daily digest as Markdown: the day's top stories (title, summary, outlets, key names,
"developing — day N" where a story continues, its articles), then the other stories briefly, then
briefs that belong to no story (briefed before stories existed), then what could not be briefed.
The day's entries are kept by pipeline.store.digests, its stories by pipeline.storydesk.

Links: the digest file links each brief by its relative file name (works beside the briefs, on
GitHub and in editors); the digest artifact in the Prefect UI passes `link` to point at each
brief's own artifact instead."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.digest_document import DigestEntry, DigestFailure, DigestStory
from pipeline.host_failures import IN_DIGEST, grouped_failures
from pipeline.render.markdown import escape_markdown

CHANGED = "changed since first briefed"  # a page briefed again because it changed (StoryView.versions)


def file_link(entry: DigestEntry) -> str:
    """The brief's file name, relative to the digest (they share a folder)."""
    return entry.brief


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def render_digest(
    day: str,
    entries: list[DigestEntry],
    failures: list[DigestFailure],
    link: Callable[[DigestEntry], str] = file_link,
    stories: Sequence[DigestStory] = (),
) -> str:
    lines = [f"# Dutch news briefing — {day}", ""]
    count = _plural(len(entries), "article") + " briefed"
    if stories:
        count += f" in {_plural(len(stories), 'story').replace('storys', 'stories')}"
    if failures:
        count += f"; {len(failures)} could not be briefed"
    lines += [f"_{count}._", ""]
    top = [s for s in stories if s.top]
    other = [s for s in stories if not s.top]
    if top:
        lines += ["## Top stories", ""]
        for story in top:
            lines += _top_story(story, link)
    if other:
        lines += ["## Other stories", ""]
        lines += [_brief_story(story, link) for story in other]
        lines.append("")
    in_stories = {a.entry.key for s in stories for a in s.articles} | {k for s in stories for k in s.copies}
    loose = [e for e in entries if e.key not in in_stories]
    if loose and stories:
        lines += ["## Other articles", ""]
    for entry in loose:
        heading = "###" if stories else "##"
        lines += [f"{heading} [{escape_markdown(entry.title) or 'Untitled'}]({_destination(link(entry))})", ""]
        lines += [escape_markdown(entry.summary) or "_No summary._", ""]
        lines += [f"_Source: {escape_markdown(entry.source_name)}_", ""]
    if failures:
        lines += ["## Not briefed", ""]
        # an unreachable host's entries: one line with their count (the day's record and the count above: each)
        for name, message in grouped_failures(((f.source_name, f.message) for f in failures), IN_DIGEST):
            lines.append(f"- {escape_markdown(name)}: {escape_markdown(message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _developing(story: DigestStory) -> str:
    return f"developing — day {story.day}" if story.day > 1 else ""


def _top_story(story: DigestStory, link: Callable[[DigestEntry], str]) -> list[str]:
    first = story.articles[0].entry
    lines = [f"### [{escape_markdown(story.title) or 'Untitled'}]({_destination(link(first))})", ""]
    facts = [f for f in (_developing(story), ", ".join(story.outlets)) if f]
    if facts:  # a story of one article without an outlet (a file with no front matter) has none: no empty "__"
        lines += [f"_{escape_markdown(' · '.join(facts))}_", ""]
    lines += [escape_markdown(story.summary) or "_No summary._", ""]
    if story.notes:
        lines += [f"_Check: {escape_markdown('; '.join(story.notes))}._", ""]
    if story.key_names:
        lines += [f"_Key names: {escape_markdown(', '.join(story.key_names))}_", ""]
    if len(story.articles) > 1 or story.articles[0].also or story.articles[0].changed:
        for article in story.articles:
            changed = CHANGED if article.changed else ""
            also = "; ".join(f for f in (copies_line(article.also, article.outlet), changed) if f)
            source = f"{article.outlet} ({also})" if article.outlet and also else article.outlet or also
            title = escape_markdown(article.entry.title) or "Untitled"
            named = f" — {escape_markdown(source)}" if source else ""
            lines.append(f"- [{title}]({_destination(link(article.entry))}){named}")
        lines.append("")
    return lines


def _brief_story(story: DigestStory, link: Callable[[DigestEntry], str]) -> str:
    first = story.articles[0].entry
    # the outlets of its own articles: an outlet that only ran a copy is named once, under "also published by"
    named = ", ".join(sorted({a.outlet for a in story.articles if a.outlet}) or story.outlets)
    also = sorted({o for a in story.articles for o in a.also if o != a.outlet})
    again = sorted({o for a in story.articles for o in a.also if o == a.outlet})
    copies = "; ".join(
        f
        for f in (also and f"also published by {', '.join(also)}", again and f"published again by {', '.join(again)}")
        if f
    )
    changed = CHANGED if any(a.changed for a in story.articles) else ""  # as a top story says it
    facts = [f for f in (named, _developing(story), copies, changed) if f]
    shown = f" — {escape_markdown('; '.join(facts))}" if facts else ""
    return f"- [{escape_markdown(story.title) or 'Untitled'}]({_destination(link(first))}){shown}"


def copies_line(also: Sequence[str], outlet: str | None) -> str:
    """Who ran copies of an article of `outlet`, for a line that names `outlet`: "also published by AD, Trouw" —
    and the outlet running it again itself (another version, another URL) "published again", never "NOS (also
    published by NOS)"."""
    others = [o for o in also if o != outlet]
    parts = [f"also published by {', '.join(others)}"] if others else []
    return "; ".join(parts + (["published again"] if outlet in also else []))


def _destination(target: str) -> str:
    return "<" + target.replace("<", "%3C").replace(">", "%3E") + ">"
