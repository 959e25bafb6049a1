"""The day's briefing as a message: a subject, plain text, and HTML (Jinja2, autoescaped), with
links into the published site when `site_url` is set. Source text is data in both forms."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.site import paths
from pipeline.site.model import Site, SiteDay, SiteStory
from pipeline.site.render import safe_environment, web_link
from pipeline.times import long_date

TEXT_WIDTH_NOTE = "Machine-translated from Dutch. Read the original before you quote."
OTHER_LISTED = 15  # other stories a message lists, one line each, when the web edition has the rest


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str

    @property
    def digest(self) -> str:
        return hashlib.sha256((self.subject + "\0" + self.text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class StoryLine:
    title: str
    summary: str
    link: str | None
    developing_day: int | None
    articles: int
    outlets: tuple[str, ...]
    also: tuple[str, ...] = ()  # outlets that only ran a copy: "also published by", as the digest names them


def site_link(site_url: str | None, relative: str) -> str | None:
    """The address of a page of the published site; None when `site_url` is not an http(s) address."""
    base = web_link(site_url)
    return f"{base.rstrip('/')}/{relative}" if base else None


def _line(story: SiteStory, day: SiteDay, site_url: str | None) -> StoryLine:
    articles, _ = day.coverage_of(story)  # as of the day: a later delivery of it counts no later coverage
    link = site_link(site_url, paths.story_path(story.id))
    also, own = day.also_published_by(story), day.own_outlets(story)
    return StoryLine(story.title, story.summary, link, day.developing_day(story), articles, own, also)


@cache
def _template():
    return safe_environment("pipeline.deliver").get_template("briefing.html")


def briefing_message(site: Site, day: SiteDay, site_url: str | None = None) -> Message:
    stories = {s.id: s for s in site.stories}
    top = [_line(stories[i], day, site_url) for i in day.top_stories if i in stories]
    other = [_line(stories[i], day, site_url) for i in day.other_stories if i in stories]
    count = len(top) + len(other)
    subject = f"{site.title}: briefing of {day.date} ({count} stor{'y' if count == 1 else 'ies'})"
    front = site_link(site_url, paths.day_path(day.date))
    # the other stories one line each, as in the digest; past OTHER_LISTED the web edition has the rest
    more = len(other) - OTHER_LISTED if front and len(other) > OTHER_LISTED else 0
    other = other[: len(other) - more]
    text = _text(day, top, other, more, front)
    html = _template().render(
        title=subject,
        heading=f"Briefing of {long_date(day.date)}",
        day=day,
        top=top,
        other=other,
        more=more,
        front=front,
        note=TEXT_WIDTH_NOTE,
    )
    return Message(subject, text, html)


def _developing(story: StoryLine) -> str:
    return f" [developing — day {story.developing_day}]" if story.developing_day else ""


def _outlets(story: StoryLine) -> str:
    named = ", ".join(one_line(o) for o in story.outlets)
    also = f"also published by {', '.join(one_line(o) for o in story.also)}" if story.also else ""
    return " · ".join(part for part in (named, also) if part)


def _text(day: SiteDay, top: list[StoryLine], other: list[StoryLine], more: int, front: str | None) -> str:
    lines = [f"Briefing of {long_date(day.date)}", ""]  # the day as the web edition writes it
    if top:
        lines += ["TOP STORIES", ""]
        for story in top:
            lines.append(f"* {one_line(story.title)}{_developing(story)}")
            if story.summary:
                lines.append(f"  {one_line(story.summary)}")
            sources = f"{story.articles} article{'s' if story.articles != 1 else ''}"
            lines.append(f"  {sources}" + (f" · {_outlets(story)}" if story.outlets or story.also else ""))
            if story.link:
                lines.append(f"  {story.link}")
            lines.append("")
    if other:
        lines += ["OTHER STORIES", ""]
        for story in other:
            lines.append(
                f"* {one_line(story.title)}{_developing(story)}"
                + (f" — {_outlets(story)}" if story.outlets or story.also else "")
            )
            if story.link:
                lines.append(f"  {story.link}")
        if more:
            lines.append(f"… and {more} more stor{'y' if more == 1 else 'ies'}: {front}")
        lines.append("")
    if day.failures:
        originals = [f.original for f in day.failures if f.original]  # as the day's page lists them; no reason
        lines += [day.failures_line] + [f"  {original}" for original in originals] + [""]
    if front:
        lines += [f"On the web: {front}", ""]
    lines.append(TEXT_WIDTH_NOTE)
    return "\n".join(lines) + "\n"


def one_line(text: str) -> str:
    return " ".join(text.split())


def plain_html(lines: Iterable[str], link: str | None = None) -> str:
    """Plain-text lines as an HTML message: one escaped paragraph a line (blank ones left out), the
    paragraph that is `link` made a link."""
    from html import escape

    html = "".join(f"<p>{escape(line)}</p>" for line in lines if line.strip())
    if link:
        html = html.replace(f"<p>{escape(link)}</p>", f'<p><a href="{escape(link)}">{escape(link)}</a></p>')
    return f'<!doctype html><html lang="en"><body>{html}</body></html>'
