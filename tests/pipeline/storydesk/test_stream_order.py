"""A batch is met by the clusterer as the stream it is: by publication time, the undated last."""

from __future__ import annotations

from dataclasses import replace

from pipeline.document import Article, ArticleMeta
from pipeline.storydesk.text import stream_order
from pipeline.text.read import parse_article


def dated(published: str | None, extra_date: str | None = None) -> Article:
    article = parse_article("Een zin over de raad van Zwolle.", source_name="a.txt")
    meta = ArticleMeta(published=published, extra=(("date", extra_date),) if extra_date else ())
    return replace(article, meta=meta)


def test_articles_are_met_by_publication_time_undated_last_ties_in_given_order() -> None:
    articles = [
        dated(None),
        dated("2022-02-12T10:15:00+01:00"),
        dated(None, extra_date="2022-02-12T08:00:00+01:00"),  # a front matter date
        dated("2022-02-12T09:30:00+01:00"),
        dated("2022-02-12T08:30:00Z"),  # 09:30 in +01:00: a tie with the one before
    ]
    assert stream_order(articles) == [2, 3, 4, 1, 0]
