"""user41: an outlet that ran its own article twice (two versions under two URLs, the second marked a copy) is
"published again", not "Nederlands Dagblad; also published by Nederlands Dagblad" — which told a reader another
outlet had run it."""

from __future__ import annotations

from pipeline.digest_document import DigestEntry, DigestStory, DigestStoryArticle
from pipeline.render.digest import copies_line, render_digest


def entry(name: str, key: str) -> DigestEntry:
    return DigestEntry(f"Title {name}", "Summary.", f"{name}.md", f"{name}.txt", key * 64)


def test_an_outlets_own_copy_is_published_again() -> None:
    assert copies_line(("Nederlands Dagblad",), "Nederlands Dagblad") == "published again"
    assert copies_line(("AD", "Nederlands Dagblad"), "Nederlands Dagblad") == "also published by AD; published again"
    assert copies_line(("AD",), "NOS") == "also published by AD"
    assert copies_line((), "NOS") == ""


def test_the_digest_says_published_again_in_both_kinds_of_story() -> None:
    rally = DigestStoryArticle(entry("rally", "1"), "Nederlands Dagblad", ("Nederlands Dagblad",))
    kou = DigestStoryArticle(entry("kou", "2"), "AD", ("AD", "Trouw"))
    top = DigestStory("Kou", "S.", ("AD", "Trouw"), (), 1, (kou,), True, copies=("4", "5"))
    other = DigestStory("Rally", "S.", ("Nederlands Dagblad",), (), 1, (rally,), False, copies=("3",))
    page = render_digest("2025-12-22", [entry("rally", "1"), entry("kou", "2")], [], stories=[top, other])
    assert "— Nederlands Dagblad; published again by Nederlands Dagblad" in page
    assert "— AD (also published by Trouw; published again)" in page
    assert "also published by Nederlands Dagblad" not in page and "also published by AD" not in page
