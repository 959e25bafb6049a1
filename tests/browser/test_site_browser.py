"""The web edition in a real browser (headless chromium): navigation, the sentence highlight,
search in Dutch and English, the phone layout, no console errors, no outside requests, and
axe-core with no serious or critical violations on every page kind, light and dark."""

from __future__ import annotations

import dataclasses
import random

import pytest

from pipeline.site import paths
from pipeline.site.build import build_site
from pipeline.site.model import SentencePair, SiteBlock, SiteBlockKind, SiteStory, TimelineEntry
from pipeline.testing.site_sample import sample_article, sample_site

DUTCH_WORD = "waterschapsverkiezingen"
ENGLISH_WORD = "lighthouse"
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def site(tmp_path_factory, serve_folder):
    """A synthetic site (with hostile text) plus one article holding a Dutch and an English word no other has."""
    base = sample_site(24, 3, hostile=True)
    special = dataclasses.replace(
        sample_article("special", random.Random(5)),
        title_nl="Een " + "heel" * 30 + "lange kop",  # a word wider than a phone
        blocks=(
            SiteBlock(
                SiteBlockKind.PARAGRAPH,
                (
                    (
                        SentencePair(f"De {DUTCH_WORD} zijn in maart.", "The water board elections are in March."),
                        SentencePair("Het licht brandt.", f"The {ENGLISH_WORD} is lit.", ("12",)),
                    ),
                ),
            ),
        ),
    )
    story = SiteStory(
        "special-story",
        "A special story",
        "About the water boards.",
        ("Utrecht",),
        ("NOS",),
        (TimelineEntry(base.days[-1].date, "special"),),
    )
    last = dataclasses.replace(base.days[-1], top_stories=("special-story", *base.days[-1].top_stories))
    site = dataclasses.replace(
        base,
        articles=(*base.articles, special),
        stories=(*base.stories, story),
        days=(*base.days[:-1], last),
    )
    folder = tmp_path_factory.mktemp("site")
    report = build_site(site, folder, chunk_pages=10)  # several search chunks: the search page merges them
    assert report.search.chunks > 2
    return serve_folder(folder)


def page_urls(served) -> dict[str, str]:
    return {
        "front": served.url + paths.FRONT,
        "day": served.url + paths.day_path("2026-02-02"),
        "story": served.url + paths.story_path("special-story"),
        "article": served.url + paths.article_path("special"),
        "search": served.url + paths.SEARCH + "?q=" + ENGLISH_WORD,
    }


def test_front_page_to_story_to_article(site, open_page) -> None:
    watched = open_page()
    page = watched.page
    page.goto(site.url + paths.FRONT)
    assert page.locator("h1").inner_text().startswith("Latest briefing")
    page.get_by_role("link", name="A special story").click()
    assert page.locator("h1").inner_text() == "A special story"
    page.locator("ul.timeline a").first.click()
    assert page.url.endswith(paths.article_path("special"))
    assert page.locator(".row .en[lang=en]").count() == page.locator(".row .nl[lang=nl]").count() > 0
    assert page.locator(".flag").first.inner_text() == "(⚠ check the Dutch: 12)"
    assert not watched.errors and not watched.outside


def _background(locator) -> str:
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


def test_focus_or_hover_highlights_the_counterpart(site, open_page) -> None:
    page = open_page().page
    page.goto(site.url + paths.article_path("special"))
    row = page.locator(".row.paragraph").first
    english, dutch = row.locator('.en [data-i="1"]'), row.locator('.nl [data-i="1"]')
    other_dutch = row.locator('.nl [data-i="0"]')
    plain = _background(dutch)
    english.focus()
    lit = _background(dutch)
    assert lit != plain and _background(english) == lit
    assert _background(other_dutch) == plain  # only the counterpart lights up
    row.locator('.nl [data-i="0"]').focus()
    assert _background(row.locator('.en [data-i="0"]')) == lit and _background(english) == plain
    page.locator("h1").click()  # focus leaves the text
    row.locator('.en [data-i="0"]').hover()
    assert _background(other_dutch) == lit


def test_keyboard_reaches_the_sentences(site, open_page) -> None:
    page = open_page().page
    page.goto(site.url + paths.article_path("special"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('s')"):
            break
    assert page.evaluate("document.activeElement.closest('[lang]').lang") == "en"


@pytest.mark.parametrize("word", [DUTCH_WORD, ENGLISH_WORD])
def test_search_finds_dutch_and_english_words(site, open_page, word: str) -> None:
    watched = open_page()
    page = watched.page
    page.goto(site.url + paths.SEARCH)
    page.get_by_label("Search every article and story").fill(word)
    page.get_by_role("button", name="Search").click()
    page.locator("#results li a").first.wait_for(timeout=15_000)
    links = page.locator("#results li a").all()
    assert [link.get_attribute("href") for link in links] == ["/" + paths.article_path("special")]
    assert word in page.locator("#results mark").first.inner_text().lower()
    links[0].click()
    assert page.locator("h1").inner_text().startswith("Council votes")
    assert not watched.errors and not watched.outside


def test_phone_width_puts_the_dutch_under_the_english(site, open_page) -> None:
    for width, stacked in ((375, True), (1280, False)):
        page = open_page((width, 800)).page
        page.goto(site.url + paths.article_path("special"))
        row = page.locator(".row.paragraph").first
        english, dutch = row.locator(".en").bounding_box(), row.locator(".nl").bounding_box()
        if stacked:
            assert dutch["y"] >= english["y"] + english["height"] - 1
            assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the phone
        else:
            assert dutch["x"] >= english["x"] + english["width"] and abs(dutch["y"] - english["y"]) < 2


def test_pages_are_readable_without_javascript(site, open_page) -> None:
    page = open_page(javascript=False).page
    page.goto(site.url + paths.article_path("special"))
    assert DUTCH_WORD in page.locator(".nl").first.inner_text()
    page.goto(site.url + paths.SEARCH)
    assert "needs JavaScript" in page.locator("main").inner_text()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_page_kind_has_no_serious_axe_violation_and_no_console_error(site, open_page, dark: bool) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for kind, url in page_urls(site).items():
        watched = open_page(dark=dark)
        watched.page.goto(url)
        if kind == "search":
            watched.page.locator("#results li").first.wait_for(timeout=15_000)
        violations = axe.run(watched.page).response["violations"]
        serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in SERIOUS]
        assert serious == [], f"{kind}: {serious}"
        assert watched.errors == [], f"{kind}: {watched.errors}"
        assert watched.outside == [], f"{kind}: {watched.outside}"


def test_hostile_text_stays_text_in_the_browser(site, open_page) -> None:
    watched = open_page()
    page = watched.page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for key in ("a000000", "a000001", "a000002"):
        page.goto(site.url + paths.article_path(key))
        assert page.locator("main script, main img, main iframe").count() == 0
        assert page.locator("h1").count() == 1
    page.goto(site.url + paths.SEARCH + "?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")  # a hostile query
    page.locator("#status").filter(has_text="result").wait_for(timeout=15_000)
    assert "<img src=x onerror=alert(1)>" in page.locator("#status").inner_text()
    assert page.locator("main img").count() == 0
    assert dialogs == [] and not watched.errors


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory, serve_folder, terse_marian, tiny_bart):
    """The seeds briefed with the tiny models, built by `brief site build`'s own path (the adapter).
    The whole seeds, every block of them; the terse translator (tests/conftest.py) writes one word
    a sentence: what is checked here is the pages, not the English."""
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from pipeline.testing.site_seeds import brief_seeds
    from tests.conftest import SEEDS

    out = tmp_path_factory.mktemp("seeds-out")
    settings = BriefSettings(
        translator=str(terse_marian), summarizer=str(tiny_bart), out_dir=out, cache_dir=out / "cache", device="cpu"
    )
    briefs = brief_seeds(SEEDS, settings, "2026-02-12")
    assert len(briefs) == len(SEEDS)
    model = site_from_outputs(settings)
    build_site(model, out / "site")
    return serve_folder(out / "site"), model


def test_the_seeds_site_in_the_browser(seeds_site, open_page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    served, model = seeds_site
    article = max(model.articles, key=lambda a: len(a.blocks))
    story = next(s for s in model.stories if article.key in {t.article_key for t in s.timeline})
    urls = [paths.FRONT, paths.day_path("2026-02-12"), paths.story_path(story.id), paths.article_path(article.key)]
    for url in urls:
        watched = open_page()
        watched.page.goto(served.url + url)
        violations = Axe().run(watched.page).response["violations"]
        assert [v["id"] for v in violations if v["impact"] in SERIOUS] == [], url
        assert watched.errors == [] and watched.outside == [], url
    page = watched.page  # the article: every block of the brief is a row, its Dutch as the seed has it
    assert page.locator(".row:not(.labels)").count() == len(article.blocks)
    first = article.blocks[0].parts[0][0]
    assert page.locator('.row:not(.labels) .nl [data-i="0"]').first.inner_text() == first.nl
    assert "paragraph by paragraph" in page.locator("p.how").inner_text()
