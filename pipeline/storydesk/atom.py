"""OUT/stories.xml: an Atom feed with one entry per story, the latest changed first. A story keeps its
entry as it grows: the same id (urn:dutch-brief:story:N, the catalog's story id), a new `updated` (when
its newest article was briefed: an article published before the story's newest one changes it too)
and its new articles in the content. The stories listed are those with an article briefed in the
last `WINDOW`, however long ago their articles were published. Written atomically, under the
catalog's lock, only when it changes; the callers turn a failure into a warning (the briefs are
written either way)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.render.digest import copies_line
from pipeline.settings import BriefSettings
from pipeline.store.files import write_if_changed
from pipeline.storydesk.summary import StoryView
from pipeline.storydesk.text import named_outlets

STORIES_FILE = "stories.xml"
BriefLink = Callable[[str], str | None]  # an article's key -> the address of its brief's page (the web edition's)
WINDOW = timedelta(days=14)  # stories with an article briefed this recently are listed (at most feed_entries)


def _xml(value: object) -> str:
    from pipeline.web.atom import xml_text

    return xml_text(value)


def entry_content(story: StoryView, brief: BriefLink | None = None) -> str:
    """The story as text; each timeline line ends in its brief's address (`brief`: the page of the
    published site) a feed reader can open, else in the brief's file name."""
    lines = [story.summary or "", ""]
    outlets = named_outlets(story.outlets)
    if outlets:
        lines.append("Outlets: " + ", ".join(outlets))
    if story.key_names:
        lines.append("Key names: " + ", ".join(story.key_names))
    lines += ["", "Timeline:"]
    for article in story.originals():
        also = copies_line(story.also_published_by(article.key), article.outlet)
        extra = f" ({also})" if also else ""
        when = " ".join([article.published.isoformat(), *named_outlets([article.outlet])])
        shown = story.latest(article)  # a page briefed again because it changed: its newest brief
        page = brief(shown.key) if brief is not None else None
        lines.append(f"- {when}: {shown.title} {f'<{page}>' if page else f'[{shown.brief}]'}{extra}")
    return "\n".join(lines).strip()


def updated(story: StoryView) -> datetime:
    """When the story's entry last changed: its newest article's brief (never before its newest
    article's publication)."""
    return max([story.last_seen, *(a.briefed for a in story.articles if a.briefed is not None)])


StoryLink = Callable[[int], str | None]  # a story's id -> the address of its page (the web edition's), if any


def write_story_feed(
    settings: BriefSettings, now: datetime | None = None, link: StoryLink | None = None, brief: BriefLink | None = None
) -> Path:
    """`link`: each entry links to its story's page at that address (a feed reader opens it); `brief`: its
    timeline links to each article's brief there (rel="related" links, the address in the timeline's line)."""
    from feedgen.feed import FeedGenerator

    from pipeline.catalog.db import catalog_lock, open_catalog
    from pipeline.storydesk.read import stories_briefed_since
    from pipeline.storydesk.summary import view
    from pipeline.web.atom import feed_id

    out_dir = settings.out_dir
    catalog = open_catalog(settings)
    now = now or datetime.now(UTC)
    with catalog_lock(catalog, "stories-xml", settings.lock_timeout):
        found = [view(s) for s in stories_briefed_since(catalog, now - WINDOW)]
        found.sort(key=lambda s: (updated(s), s.story_id), reverse=True)
        found = found[: settings.feed_entries]
        related: dict[str, list[tuple[str, str]]] = {}  # an entry's id -> its briefs' (address, title)
        generator = FeedGenerator()
        generator.id(feed_id("stories", out_dir))
        generator.title("Dutch news in English: stories (dutch-brief)")
        generator.author({"name": "dutch-brief (machine translation)"})
        generator.language("en")
        generator.subtitle("Stories across Dutch outlets and days, machine-translated and summarized.")
        generator.updated(max((updated(s) for s in found), default=now))
        for story in reversed(found):  # feedgen puts the last added first
            entry = generator.add_entry()
            entry.id(f"urn:dutch-brief:story:{story.story_id}")
            entry.title(_xml(story.title or "Untitled story"))
            entry.published(story.first_seen)
            entry.updated(updated(story))
            entry.summary(_xml(story.summary) if story.summary else None)
            entry.content(_xml(entry_content(story, brief)), type="text")
            if link is not None and (page := link(story.story_id)):
                entry.link(href=_xml(page), rel="alternate", type="text/html")
            related[f"urn:dutch-brief:story:{story.story_id}"] = _brief_pages(story, brief)
            for outlet in named_outlets(story.outlets):
                entry.category(term=_xml(outlet))
        path = out_dir / STORIES_FILE
        text = _with_related(generator.atom_str(pretty=True), related).decode("utf-8")
        write_if_changed(path, text)
    return path


def _brief_pages(story: StoryView, brief: BriefLink | None) -> list[tuple[str, str]]:
    latest = [story.latest(a) for a in story.originals()]
    pages = [(brief(a.key), a.title) for a in latest] if brief is not None else []
    return [(_xml(page), _xml(title)) for page, title in pages if page]


def _with_related(feed: bytes, related: dict[str, list[tuple[str, str]]]) -> bytes:
    """The feed with a `<link rel="related">` per brief page in each entry (feedgen 1.0 writes a link's href
    only, its rel, type and title dropped: two would both read as the entry's alternate)."""
    if not any(related.values()):
        return feed
    from lxml import etree

    root = etree.fromstring(feed, etree.XMLParser(remove_blank_text=True, resolve_entities=False))
    atom = "{http://www.w3.org/2005/Atom}"
    for entry in root.iter(f"{atom}entry"):
        links = entry.findall(f"{atom}link")
        at = entry.index(links[-1]) + 1 if links else len(entry)
        for offset, (page, title) in enumerate(related.get(entry.findtext(f"{atom}id") or "", [])):
            element = etree.Element(f"{atom}link", href=page, rel="related", type="text/html", title=title)
            entry.insert(at + offset, element)
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")


def write_feeds(
    settings: BriefSettings, story_link: StoryLink | None = None, brief_link: BriefLink | None = None
) -> tuple[str, ...]:
    """OUT/feed.xml (the newest briefs, pipeline.web.atom) and OUT/stories.xml after a run that wrote
    briefs: the one rule the command line and the flows share (`story_link`, `brief_link`: pipeline.site.stories).
    A feed that cannot be written, for any reason, is a warning (returned), never an error: the briefs are
    written and stay briefed."""
    from pipeline.errors import first_line
    from pipeline.web.atom import FEED_FILE, write_atom_feed

    warnings = []
    stories = lambda s: write_story_feed(s, link=story_link, brief=brief_link)
    for name, write in ((FEED_FILE, write_atom_feed), (STORIES_FILE, stories)):
        try:
            write(settings)
        except Exception as exc:  # noqa: BLE001 — the run's briefs stand; only a feed's view of them waits
            warnings.append(f"OUT/{name} was not written: {first_line(exc)} — the next run writes it again")
    return tuple(warnings)
