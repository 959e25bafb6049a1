"""A copy of a copy still shows its outlet under the original ("also published by")."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.storydesk.read import StoredArticle
from pipeline.storydesk.summary import StoryView

WHEN = datetime(2026, 3, 2, 9, tzinfo=UTC)


def article(key: str, outlet: str, copy_of: str | None) -> StoredArticle:
    return StoredArticle(key, f"{key}.md", f"{key}.txt", outlet, WHEN, copy_of, f"Title {key}", "Summary.", None)


def view(*articles: StoredArticle) -> StoryView:
    return StoryView(
        story_id=1,
        title="t",
        summary="s",
        outlets=tuple(sorted({a.outlet for a in articles})),
        key_names=(),
        first_seen=WHEN,
        last_seen=WHEN,
        articles=articles,
        central=articles[0].key,
        single=True,
        notes=(),
    )


def test_a_copy_of_a_copy_is_listed_under_the_original() -> None:
    story = view(article("b", "NOS", None), article("d", "AD", "b"), article("a", "Trouw", "d"))
    assert story.also_published_by("b") == ("AD", "Trouw")
    assert story.also_published_by("d") == ()  # a copy lists nothing of its own: its outlets show under b


def test_copy_links_that_loop_end_where_the_loop_closes() -> None:
    story = view(article("x", "NOS", "y"), article("y", "AD", "x"))  # a bad pair of links must not hang
    assert story.also_published_by("x") == ("AD",)
