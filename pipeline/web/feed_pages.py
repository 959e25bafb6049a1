"""A feed entry's article: its page, extracted; if the page cannot be had or is refused, the entry's own full
text (`extracted_from: feed`); a teaser is refused. A page that answered 404 under a teaser-only entry is a
`MissingPage`: outlets list an item before its page is served everywhere, so the poller tries it again for a
while (`feed_missing_retry_hours`) instead of remembering it as bad input at once."""

from __future__ import annotations

from pipeline.document import Article
from pipeline.errors import BriefError, InputError, first_line
from pipeline.web.feeds import Feed, FeedEntry, page_from_entry
from pipeline.web.fetch import Fetcher, FetchError
from pipeline.web.page import article_from_page, display_name
from pipeline.web.source import fetch_page


class MissingPage(InputError):
    """The entry's page answered 404 and the entry holds only a teaser."""


def entry_article(entry: FeedEntry, feed: Feed, feed_url: str, fetcher: Fetcher) -> Article:
    """The entry's page, extracted; if the page cannot be had or is refused, the entry's own full text.
    Raises InputError (no page and only a teaser: MissingPage when the page answered 404) or the page's
    transient FetchError (retried next poll)."""
    if not entry.link:
        return article_from_page(page_from_entry(entry, feed, feed_url=feed_url, why="the entry links to no page"))
    try:
        return article_from_page(fetch_page(entry.link, fetcher))
    except BriefError as exc:
        page_error = exc
    try:
        why = f"page not used ({unnamed(first_line(page_error), entry.link)})"  # the entry's message names it
        return article_from_page(page_from_entry(entry, feed, feed_url=feed_url, why=why))
    except InputError as teaser:
        if page_error.exit_code != 2:
            raise page_error from None
        if isinstance(page_error, FetchError) and page_error.status == 404:
            raise MissingPage(str(teaser)) from None
        raise


def unnamed(message: str, link: str) -> str:
    """A message about the page `link` without its leading "URL: " (or "host/path: "): the line it goes
    into names the page once already."""
    for prefix in (link, display_name(link)):
        if message.startswith(prefix + ": "):
            return message[len(prefix) + 2 :]
    return message
