"""The site builder: pages for every kind, strict escaping of hostile text, lang on every passage,
incremental rewrites (only what changed), removal of pages no longer in the model, safe file names."""

from __future__ import annotations

import dataclasses
import json
import random
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.site import paths
from pipeline.site.build import MANIFEST, build_site
from pipeline.site.model import Feed, SiteDay, SiteStory, TimelineEntry
from pipeline.site.render import web_link
from pipeline.testing.site_sample import HOSTILE, sample_article, sample_site

# Every element and attribute the templates write; anything else in a page came from data.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "link", "body", "a", "header", "p", "nav", "ul", "li", "main", "footer",
    "h1", "h2", "h3", "section", "article", "time", "dl", "div", "dt", "dd", "span", "details", "summary",
    "blockquote", "code", "form", "label", "input", "button", "ol", "noscript", "script",
}  # fmt: skip


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.text.append(data)


def parse(path: Path) -> Collect:
    found = Collect()
    found.feed(path.read_text(encoding="utf-8"))
    return found


def build(site, folder: Path, **options):
    return build_site(site, folder, search=False, **options)


def test_every_page_kind_is_written(tmp_path: Path) -> None:
    site = sample_site(12, 3)
    report = build(site, tmp_path)
    expected = {paths.FRONT, paths.SEARCH, paths.STYLE, paths.SEARCH_SCRIPT}
    expected |= {paths.article_path(a.key) for a in site.articles} | {paths.story_path(s.id) for s in site.stories}
    expected |= {paths.day_path(d.date) for d in site.days}
    assert set(report.written) == expected
    assert {
        str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.*") if p.name not in (MANIFEST, ".build.lock")
    } == expected
    front = parse(tmp_path / paths.FRONT)
    assert "Latest briefing: " in "".join(front.text)
    earlier = [a["href"] for t, a in front.tags if t == "a" and (a.get("href") or "").startswith("days/")]
    assert earlier == [paths.day_path(d.date) for d in reversed(site.days[:-1])]


def test_hostile_text_is_never_markup(tmp_path: Path) -> None:
    site = sample_site(30, 2, hostile=True)
    build(site, tmp_path)
    pages = [p for p in tmp_path.rglob("*.html")]
    assert len(pages) > 30
    for page in pages:
        found = parse(page)
        tags = {tag for tag, _ in found.tags}
        assert tags <= TEMPLATE_TAGS, (page, tags - TEMPLATE_TAGS)
        assert [t for t, _ in found.tags].count("h1") == 1, page
        for tag, attributes in found.tags:
            assert not any(name.startswith("on") for name in attributes), (page, tag, attributes)
            assert not (attributes.get("href") or "").lower().startswith("javascript:"), page
            if tag == "script":
                assert page.name == "search.html" and attributes["src"] == paths.SEARCH_SCRIPT
        text = "".join(found.text)
        assert "\x00" not in text and "\ud800" not in text
    article = parse(tmp_path / paths.article_path("a000000"))
    assert any(h in "".join(article.text) for h in HOSTILE)  # shown as text, not dropped
    assert "javascript:alert(1) (not a web address: not linked)" in "".join(article.text)


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://nos.nl/artikel/1", True),
        ("HTTP://example.org/a", True),
        ("javascript:alert(1)", False),
        (" data:text/html,x", False),
        ('https://x.org/"onmouseover=alert(1)', False),
        ("article.txt", False),
        (None, False),
    ],
)
def test_only_web_addresses_are_linked(url, linked: bool) -> None:
    assert (web_link(url) is not None) is linked


def test_every_passage_carries_its_language(tmp_path: Path) -> None:
    site = sample_site(3, 1)
    build(site, tmp_path)
    found = parse(tmp_path / paths.article_path("a000001"))
    html_tag = next(a for t, a in found.tags if t == "html")
    assert html_tag["lang"] == "en"
    english = [a for t, a in found.tags if "en" in (a.get("class") or "").split()]
    dutch = [a for t, a in found.tags if "nl" in (a.get("class") or "").split()]
    blocks = len(site.articles[1].blocks)
    assert len(english) == len(dutch) == blocks
    assert {a["lang"] for a in english} == {"en"} and {a["lang"] for a in dutch} == {"nl"}
    spans = [a for t, a in found.tags if t == "span" and a.get("class") == "s"]
    pairs = sum(len(part) for block in site.articles[1].blocks for part in block.parts)
    assert len(spans) == 2 * pairs and all(a["tabindex"] == "0" for a in spans)


def test_a_rebuild_rewrites_only_what_changed(tmp_path: Path) -> None:
    site = sample_site(30, 3)
    build(site, tmp_path)
    assert build(site, tmp_path).written == ()
    # one article's summary changes: its page only (story pages show titles, not summaries)
    changed = dataclasses.replace(site.articles[4], summary="A new summary.")
    site2 = dataclasses.replace(site, articles=(*site.articles[:4], changed, *site.articles[5:]))
    assert build(site2, tmp_path).written == (paths.article_path(changed.key),)
    # a new article in a new story on the newest day: its page, its story, that day and the front page
    new = sample_article("new-one", random.Random(3))
    day = site.days[-1]
    story = SiteStory("new-story", "New", "", (), (), (TimelineEntry(day.date, new.key),))
    site3 = dataclasses.replace(
        site2,
        articles=(*site2.articles, new),
        stories=(*site2.stories, story),
        days=(*site2.days[:-1], dataclasses.replace(day, other_stories=(*day.other_stories, story.id))),
    )
    assert set(build(site3, tmp_path).written) == {
        paths.article_path("new-one"),
        paths.story_path("new-story"),
        paths.day_path(day.date),
        paths.FRONT,
    }
    # going back removes what is gone and rewrites what showed it
    report = build(site2, tmp_path)
    assert set(report.removed) == {paths.article_path("new-one"), paths.story_path("new-story")}
    assert not (tmp_path / paths.article_path("new-one")).exists()
    # a page deleted by hand comes back
    (tmp_path / paths.story_path(site.stories[0].id)).unlink()
    assert build(site2, tmp_path).written == (paths.story_path(site.stories[0].id),)


def test_a_tampered_manifest_cannot_remove_files_outside_the_site(tmp_path: Path) -> None:
    folder, outside = tmp_path / "site", tmp_path / "keep.txt"
    outside.write_text("keep")
    build(sample_site(3, 1), folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest.update({"../keep.txt": "x", str(outside): "x", "a/../../keep.txt": "x"})
    (folder / MANIFEST).write_text(json.dumps(manifest))
    build(sample_site(3, 1), folder)
    assert outside.read_text() == "keep"


def test_unsafe_ids_become_safe_file_names(tmp_path: Path) -> None:
    site = sample_site(3, 1)
    odd = dataclasses.replace(site.articles[0], key="../../etc/passwd")
    story = dataclasses.replace(site.stories[0], id=".hidden/x", timeline=(TimelineEntry(site.days[0].date, odd.key),))
    site = dataclasses.replace(site, articles=(odd,), stories=(story,), days=(SiteDay(site.days[0].date, (story.id,)),))
    report = build(site, tmp_path)
    written = [p for p in report.written if p.startswith(("articles/", "stories/"))]
    assert len(written) == 2 and all(Path(p).parent.name in ("articles", "stories") for p in written)
    assert all(not Path(p).name.startswith(".") for p in written)
    assert not (tmp_path.parent / "etc").exists()


def test_a_bad_day_or_feed_name_is_one_line_error(tmp_path: Path) -> None:
    from pipeline.errors import OutputError

    site = sample_site(3, 1)
    with pytest.raises(ValueError, match="is not a date"):
        build(dataclasses.replace(site, days=(SiteDay("2026-13-45", ()),)), tmp_path)
    with pytest.raises(OutputError, match="not one the site links to"):
        build(dataclasses.replace(site, feeds=(Feed("../x.xml", "x", b""),)), tmp_path)


def test_feeds_are_copied_and_linked(tmp_path: Path) -> None:
    site = dataclasses.replace(sample_site(3, 1), feeds=(Feed("feed.xml", "English briefs (Atom)", b"<feed/>"),))
    build(site, tmp_path)
    assert (tmp_path / "feed.xml").read_bytes() == b"<feed/>"
    for page in (paths.FRONT, paths.article_path("a000000")):
        links = [a for t, a in parse(tmp_path / page).tags if t == "link" and a.get("rel") == "alternate"]
        assert [(a["type"], a["href"].rsplit("/", 1)[-1]) for a in links] == [("application/atom+xml", "feed.xml")]


def test_pages_stay_under_100_kb_and_make_no_outside_requests(tmp_path: Path) -> None:
    site = sample_site(600, 3)  # 200 stories a day on the front page
    build(site, tmp_path)
    for page in (paths.FRONT, paths.article_path("a000000"), paths.day_path(site.days[0].date)):
        assert (tmp_path / page).stat().st_size <= 100_000, page
    for page in tmp_path.rglob("*.html"):
        for _, attributes in parse(page).tags:
            for name in ("src", "href"):
                value = attributes.get(name) or ""
                assert not value.startswith(("//", "http:", "https:")) or name == "href", (page, value)


def test_a_second_build_of_the_same_folder_waits_then_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    from pipeline.errors import OutputError
    from pipeline.site.build import _build_lock

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, filelock; held = filelock.FileLock(sys.argv[1]); held.acquire(); print(1, flush=True); time.sleep(30)",
         str(tmp_path / ".build.lock")],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == b"1"
        with pytest.raises(OutputError, match="another build of .* has run for over 0 s"), _build_lock(tmp_path, 0.2):
            pass
    finally:
        holder.kill()
        holder.wait()
    with _build_lock(tmp_path, 5):  # free again
        pass


def test_a_storys_timeline_gives_each_article_its_outlet_and_time() -> None:
    """A reader sees when each article of a story came out, on Amsterdam's clock: the time under the
    day it was published (an article published on another day than it was briefed is listed under its
    own day, a heading without a link when the site has no briefing of that day), nothing made up for
    a date alone."""
    from pipeline.site.render import render_story

    site = sample_site(3, 1)
    story = site.stories[0]
    day = story.timeline[0].day
    times = [f"{day}T19:17:34Z", "2026-01-31T23:40:00+01:00", day]
    articles = {
        e.article_key: dataclasses.replace(a, published=when, outlet="NOS")
        for e, when in zip(story.timeline, times)
        for a in site.articles
        if a.key == e.article_key
    }
    page = render_story(site, story, articles)
    assert f'· NOS · <time datetime="{day}T19:17:34Z">20:17</time>' in page  # 19:17 UTC is 20:17 in Amsterdam
    assert '<h3><time datetime="2026-01-31">Saturday 31 January 2026</time></h3>' in page  # no briefing that day
    assert '<time datetime="2026-01-31T23:40:00+01:00">23:40</time>' in page
    assert page.index("31 January 2026") < page.index(f'<time datetime="{day}">')  # oldest day first
    assert page.count("<time datetime=") == 2 + 2  # two day headings and the two articles with a time of day


def test_an_article_page_gives_its_publication_time_as_a_reader_reads_it() -> None:
    """ "Sunday 14 July 2019, 20:17" (the source's own time; the machine-readable form stays in the
    <time> element), not "2019-07-14T20:17:34+02:00"; a date alone is its long date."""
    from pipeline.site.render import render_article

    site = sample_site(1, 1)
    article = dataclasses.replace(site.articles[0], published="2019-07-14T20:17:34+02:00")
    page = render_article(site, article, [])
    assert '<time datetime="2019-07-14T20:17:34+02:00">Sunday 14 July 2019, 20:17</time>' in page
    dated = render_article(site, dataclasses.replace(article, published="2019-07-13"), [])
    assert ">Saturday 13 July 2019</time>" in dated
