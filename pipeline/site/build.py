"""OUT/site/ from the view model, incrementally: every page has a fingerprint (a hash of the
templates and of exactly the data it shows); a page is rendered and rewritten only when its
fingerprint changed or its file is gone, and pages no longer in the model are removed. The
fingerprints are kept in SITE/.site-manifest.json, written last (a build stopped half-way leaves
pages that the next build rewrites). Every file is written atomically (a temporary file, then a
rename): a reader sees a whole old page or a whole new one."""

from __future__ import annotations

import errno
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import OutputError
from pipeline.site import paths
from pipeline.site.files import remove_stale, write_file
from pipeline.site.model import Site, SiteArticle, SiteDay, SiteStory
from pipeline.site.render import (
    render_article,
    render_day,
    render_front,
    render_search,
    render_story,
    search_script,
    stylesheet,
    templates_fingerprint,
    timeline_day,
)
from pipeline.site.search import CHUNK_PAGES, FOLDER, SearchIndex, update_search_index
from pipeline.store.files import FILE_MODE, make_dirs

MANIFEST = ".site-manifest.json"
LOCK_SECONDS = 600.0
FEED_NAMES = frozenset({"feed.xml", "stories.xml"})


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site folder
    fingerprint: str
    render: Callable[[], str | bytes]
    search_order: str | None = None  # indexed for search (articles and stories), placed by this key


@dataclass(frozen=True)
class BuildReport:
    site_dir: Path
    pages: int
    written: tuple[str, ...]
    removed: tuple[str, ...]
    seconds: float
    search: SearchIndex | None = None


def _fingerprint(kind: str, *data: object) -> str:
    digest = hashlib.sha256(templates_fingerprint().encode())
    digest.update(kind.encode())
    digest.update(repr(data).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def plan_pages(site: Site) -> list[Page]:
    """Every page of the site with its fingerprint; nothing is rendered here."""
    articles = {a.key: a for a in site.articles}
    stories = {s.id: s for s in site.stories}
    stories_of: dict[str, list[SiteStory]] = {}
    first_day: dict[str, str] = {}  # an article's first day in any timeline: where search indexes it
    for story in site.stories:
        for entry in story.timeline:
            stories_of.setdefault(entry.article_key, []).append(story)
            first_day[entry.article_key] = min(first_day.get(entry.article_key, entry.day), entry.day)
    days = sorted(site.days, key=lambda d: paths.valid_date(d.date))
    common = (site.title, tuple((f.file_name, f.title) for f in site.feeds))
    pages: list[Page] = [
        Page(paths.STYLE, hashlib.sha256(stylesheet().encode()).hexdigest(), stylesheet),
        Page(paths.SEARCH_SCRIPT, hashlib.sha256(search_script().encode()).hexdigest(), search_script),
        Page(paths.SEARCH, _fingerprint("search", common), lambda: render_search(site)),
    ]
    for feed in site.feeds:
        if feed.file_name not in FEED_NAMES:
            raise OutputError(
                f"feed file {feed.file_name!r} is not one the site links to ({', '.join(sorted(FEED_NAMES))})"
            )
        pages.append(Page(feed.file_name, hashlib.sha256(feed.content).hexdigest(), lambda f=feed: f.content))
    latest = days[-1] if days else None
    earlier = list(reversed(days[:-1]))
    pages.append(
        Page(
            paths.FRONT,
            _fingerprint("front", common, latest, [d.date for d in earlier], _day_stories(latest, stories), site.notes),
            lambda: render_front(site, latest, earlier, stories),
        )
    )
    for number, day in enumerate(days):
        previous = days[number - 1].date if number else None
        following = days[number + 1].date if number + 1 < len(days) else None
        pages.append(
            Page(
                paths.day_path(day.date),
                _fingerprint("day", common, day, previous, following, _day_stories(day, stories)),
                lambda d=day, p=previous, f=following: render_day(site, d, p, f, stories),
            )
        )
    briefing_days = {d.date for d in site.days}
    for story in site.stories:
        listed = [(e, articles[e.article_key]) for e in story.timeline if e.article_key in articles]
        shown = [_article_line(a) for _, a in listed]
        linked = sorted({timeline_day(a.published, e.day) for e, a in listed} & briefing_days)  # headings with links
        pages.append(
            Page(
                paths.story_path(story.id),
                _fingerprint("story", common, story, shown, linked),
                lambda s=story: render_story(site, s, articles),
                search_order=min((e.day for e in story.timeline), default="") + " " + story.id,
            )
        )
    newest = {key: new for story in site.stories for key, new in story.versions}  # a changed page's briefs
    for article in site.articles:
        linked = stories_of.get(article.key, [])
        version = newest.get(article.key)  # its page changed: the newest brief (itself when it is the newest)
        superseded = version is not None and version != article.key  # its page links the newest; not searched
        pages.append(
            Page(
                paths.article_path(article.key),
                _fingerprint("article", common, article, [(s.id, s.title) for s in linked], version),
                lambda a=article, s=linked, v=version: render_article(site, a, s, v),
                search_order=""
                if superseded
                else first_day.get(article.key, "~") + " " + article.key,  # no story: last
            )
        )
    _check_unique(pages)
    return pages


def _day_stories(day: SiteDay | None, stories: dict[str, SiteStory]) -> list[SiteStory]:
    if day is None:
        return []
    return [stories[i] for i in (*day.top_stories, *day.other_stories) if i in stories]


def _article_line(article: SiteArticle) -> tuple[str, str, str | None, str | None, str | None]:
    return (article.key, article.title_en, article.title_nl, article.outlet, article.published)


def _check_unique(pages: list[Page]) -> None:
    seen: set[str] = set()
    for page in pages:
        if page.path in seen:
            raise OutputError(f"two pages would be written to {page.path}: an article key or story id is used twice")
        seen.add(page.path)


def build_site(site: Site, site_dir: Path, *, search: bool = True, chunk_pages: int = CHUNK_PAGES) -> BuildReport:
    """Write the pages whose content changed, remove those no longer in the model, then (when
    anything changed or the index is missing) rebuild the search index."""
    started = time.perf_counter()
    pages = plan_pages(site)
    with _build_lock(site_dir):
        try:
            return _build(site_dir, pages, started, search, chunk_pages)
        except OSError as exc:  # a file where the site needs a folder (OUT/site/pagefind), a full disk …: one line
            where = exc.filename or site_dir
            hint = " (a file where the site needs a folder: move it away)" if exc.errno == errno.ENOTDIR else ""
            raise OutputError(f"cannot write the web edition at {where}: {exc.strerror or exc}{hint}") from None


def _build(site_dir: Path, pages: list[Page], started: float, search: bool, chunk_pages: int) -> BuildReport:
    old = _read_manifest(site_dir)
    remove_stale([site_dir, site_dir / FOLDER, *((site_dir / page.path).parent for page in pages)])
    written: list[str] = []
    for page in pages:
        target = site_dir / page.path
        if old.get(page.path) == page.fingerprint and target.is_file():
            continue
        content = page.render()
        write_file(target, content.encode("utf-8") if isinstance(content, str) else content)
        written.append(page.path)
    current = {page.path: page.fingerprint for page in pages}
    removed = [path for path in old if path not in current]
    for path in removed:
        try:
            (site_dir / path).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot remove the old page {site_dir / path}: {exc.strerror or exc}") from None
    write_file(site_dir / MANIFEST, json.dumps(current, indent=0, sort_keys=True).encode("utf-8"), sync=True)
    index = None
    if search:
        indexed = [(p.path, p.fingerprint, p.search_order) for p in pages if p.search_order]
        index = update_search_index(site_dir, indexed, chunk_pages)
    return BuildReport(site_dir, len(pages), tuple(written), tuple(removed), time.perf_counter() - started, index)


@contextmanager
def _build_lock(site_dir: Path, timeout: float = LOCK_SECONDS) -> Iterator[None]:
    """One build of a site folder at a time (a run and a poll may both bring it up to date)."""
    from filelock import FileLock, Timeout

    try:
        make_dirs(site_dir)  # DIR_MODE: never world-writable, whatever the umask
        lock = FileLock(str(site_dir / ".build.lock"), mode=FILE_MODE)
        lock.acquire(timeout=timeout)
    except Timeout:
        raise OutputError(f"another build of {site_dir} has run for over {timeout:.0f} s — try again later") from None
    except OSError as exc:
        raise OutputError(f"cannot write to {site_dir}: {exc.strerror or exc} — choose another --out folder") from None
    try:
        yield
    finally:
        lock.release()


def _read_manifest(site_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((site_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if _inside(k)}


def _inside(relative: object) -> bool:
    """A manifest entry names a file inside the site (a tampered manifest cannot remove anything else)."""
    if not isinstance(relative, str) or not relative or relative.startswith(("/", "\\")):
        return False
    return all(part not in ("", ".", "..") for part in relative.split("/"))
