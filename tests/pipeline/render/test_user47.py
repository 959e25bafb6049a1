"""A changed page's story among the digest's other stories says so (user47): catching up on a missed day,
a story of two outlets became the day's one top story and the NOS page briefed again because it changed
moved to "Other stories", where its line lost "changed since first briefed" — the top stories, `brief
stories` and the web edition all say it."""

from __future__ import annotations

from pipeline.digest_document import DigestEntry, DigestStory, DigestStoryArticle
from pipeline.render.digest import render_digest


def _story(title: str, key: str, outlet: str, *, changed: bool, top: bool) -> DigestStory:
    entry = DigestEntry(title, "A summary.", f"{key}.md", f"https://example.org/{key}", key)
    article = DigestStoryArticle(entry, outlet, changed=changed)
    return DigestStory(title, "A summary.", (outlet,), (), 1, (article,), top)


def test_a_changed_page_among_the_other_stories_is_marked_changed() -> None:
    top = _story("Top", "top", "AD", changed=False, top=True)
    other = _story("Paris", "paris", "NOS", changed=True, top=False)
    entries = [story.articles[0].entry for story in (top, other)]
    digest = render_digest("2026-12-04", entries, [], stories=[top, other])
    assert "- [Paris](<paris.md>) — NOS; changed since first briefed" in digest


def test_an_unchanged_story_among_the_other_stories_says_nothing_of_it() -> None:
    top = _story("Top", "top", "AD", changed=False, top=True)
    other = _story("Paris", "paris", "NOS", changed=False, top=False)
    entries = [story.articles[0].entry for story in (top, other)]
    assert "- [Paris](<paris.md>) — NOS\n" in render_digest("2026-12-04", entries, [], stories=[top, other])
