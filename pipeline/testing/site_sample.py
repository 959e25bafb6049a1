"""A synthetic site view model for tests and the site benchmark: articles with every block kind,
stories across days, failures — and, on request, hostile text in every field a source fills."""

from __future__ import annotations

import random
from datetime import date, timedelta

from pipeline.site.model import (
    Alignment,
    SentencePair,
    SetAside,
    Site,
    SiteArticle,
    SiteBlock,
    SiteBlockKind,
    SiteDay,
    SiteFailure,
    SiteStory,
    TimelineEntry,
)

HOSTILE = (
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</p></div><h1>injected</h1>",
    "javascript:alert(1)",
    "{{ 7*7 }} {% raw %}",
    "&amp; &lt;b&gt; \u202e \x00 \ud800",
)
DUTCH = ("De gemeenteraad", "stemde dinsdag", "in Utrecht", "over het nieuwe fietsbeleid", "met 27 stemmen")
ENGLISH = ("The city council", "voted on Tuesday", "in Utrecht", "on the new cycling policy", "by 27 votes")
OUTLETS = ("NOS", "de Volkskrant", "NRC", "VRT NWS", "Het Parool")


def _pair(rng: random.Random, hostile: bool) -> SentencePair:
    words = rng.randint(2, 5)
    nl = " ".join(rng.sample(DUTCH, words)) + "."
    en = " ".join(rng.sample(ENGLISH, words)) + "."
    if hostile:
        nl, en = nl + " " + rng.choice(HOSTILE), en + " " + rng.choice(HOSTILE)
    flags = ("12",) if rng.random() < 0.05 else ()
    return SentencePair(nl, en, flags)


def sample_article(key: str, rng: random.Random, *, paragraphs: int = 12, hostile: bool = False) -> SiteArticle:
    pairs = lambda n: tuple(_pair(rng, hostile) for _ in range(n))
    blocks = [SiteBlock(SiteBlockKind.HEADING, (pairs(1),))]
    for number in range(paragraphs):
        blocks.append(SiteBlock(SiteBlockKind.PARAGRAPH, (pairs(rng.randint(1, 4)),)))
        if number == 2:
            blocks.append(SiteBlock(SiteBlockKind.LIST, (pairs(1), pairs(1), pairs(2))))
        if number == 4:
            blocks.append(SiteBlock(SiteBlockKind.QUOTE, (pairs(2),)))
        if number == 5:
            blocks.append(SiteBlock(SiteBlockKind.CAPTION, (pairs(1),)))
        if number == 7:
            blocks.append(SiteBlock(SiteBlockKind.LIVEBLOG, (pairs(1),), time="21.30"))
    marker = rng.choice(HOSTILE) if hostile else ""
    return SiteArticle(
        key=key,
        title_en=f"Council votes on cycling {key[-4:]} {marker}".strip(),
        title_nl=f"Gemeenteraad stemt over fietsen {key[-4:]} {marker}".strip(),
        outlet=rng.choice(OUTLETS) + (f" {marker}" if hostile else ""),
        author="Jan de Vries" + (f" {marker}" if hostile else ""),
        published="2026-02-12T09:30:00+01:00",
        source_url=HOSTILE[3] if hostile else f"https://nos.nl/artikel/{key}",
        summary="The city council voted on the new cycling policy." + (f" {marker}" if hostile else ""),
        blocks=tuple(blocks),
        set_aside=(SetAside("Lees ook: meer nieuws" + (f" {marker}" if hostile else ""), "teaser"),),
        source_name=f"{key}.txt",
    )


def sample_site(
    articles: int, days: int = 10, *, seed: int = 1, hostile: bool = False, start: str = "2026-02-01"
) -> Site:
    """`articles` articles spread over `days` days; every third story runs over two days."""
    rng = random.Random(seed)
    first = date.fromisoformat(start)
    made = [sample_article(f"a{n:06d}", rng, hostile=hostile) for n in range(articles)]
    stories: list[SiteStory] = []
    day_stories: dict[str, list[str]] = {}
    per_story = 3
    for number in range(0, articles, per_story):
        group = made[number : number + per_story]
        day = first + timedelta(days=(number * days) // max(articles, 1))
        spread = number // per_story % 3 == 0 and day < first + timedelta(days=days - 1)
        timeline = tuple(
            TimelineEntry((day + timedelta(days=1 if spread and i == len(group) - 1 else 0)).isoformat(), a.key)
            for i, a in enumerate(group)
        )
        story = SiteStory(
            id=f"s{number // per_story:06d}",
            title=group[0].title_en,
            summary=group[0].summary,
            key_names=("Utrecht", "Jan de Vries") + ((rng.choice(HOSTILE),) if hostile else ()),
            outlets=tuple(sorted({a.outlet for a in group if a.outlet})),
            timeline=timeline,
            developing_day=2 if spread else None,
        )
        stories.append(story)
        for entry_day in sorted({e.day for e in timeline}):
            day_stories.setdefault(entry_day, []).append(story.id)
    site_days = tuple(
        SiteDay(
            date=day,
            top_stories=tuple(ids[:5]),
            other_stories=tuple(ids[5:]),
            failures=(SiteFailure("broken.txt" + (HOSTILE[0] if hostile else ""), "not Dutch (detected: en)"),),
        )
        for day, ids in sorted(day_stories.items())
    )
    return Site(title="Dutch news in English", articles=tuple(made), stories=tuple(stories), days=site_days)


__all__ = ["Alignment", "HOSTILE", "sample_article", "sample_site"]


def add_articles(site: Site, count: int, *, seed: int = 2) -> Site:
    """`site` plus `count` new articles on its newest day: every fifth joins a story of that day
    (which then runs on), the others each start a story of their own."""
    rng = random.Random(seed)
    newest = max(site.days, key=lambda d: d.date)
    new = [sample_article(f"n{n:06d}", rng) for n in range(count)]
    stories = {s.id: s for s in site.stories}
    day_ids = list(newest.top_stories + newest.other_stories)
    added: list[str] = []
    for number, article in enumerate(new):
        entry = TimelineEntry(newest.date, article.key)
        if number % 5 == 0 and day_ids:
            grown = stories[day_ids[number % len(day_ids)]]
            stories[grown.id] = SiteStory(
                grown.id, grown.title, grown.summary, grown.key_names, grown.outlets, (*grown.timeline, entry), 2
            )
        else:
            story = SiteStory(
                f"new{number:06d}", article.title_en, article.summary, (), (article.outlet or "",), (entry,)
            )
            stories[story.id] = story
            added.append(story.id)
    days = tuple(
        SiteDay(d.date, d.top_stories, d.other_stories + tuple(added), d.failures) if d is newest else d
        for d in site.days
    )
    return Site(site.title, site.articles + tuple(new), tuple(stories.values()), days, site.feeds, site.notes)
