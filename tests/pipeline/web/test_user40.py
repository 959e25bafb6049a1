"""OUT/feed.xml's id names no folder of the operator's disk: a feed reader shows it (user40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import BriefSettings
from pipeline.web.atom import feed_id, write_atom_feed
from tests.conftest import SHARED


def test_the_feed_id_is_stable_per_folder_and_names_no_path(tmp_path: Path) -> None:
    out = tmp_path / "home-of-the-desk"
    out.mkdir()
    text = write_atom_feed(BriefSettings(out_dir=out)).read_text(encoding="utf-8")
    assert "home-of-the-desk" not in text and str(tmp_path) not in text
    assert f"<id>{feed_id('feed', out)}</id>" in text
    assert feed_id("feed", out) == feed_id("feed", tmp_path / "." / "home-of-the-desk")  # the same folder
    assert feed_id("feed", out) != feed_id("feed", tmp_path / "another")  # another folder, another id
    assert feed_id("feed", out) != feed_id("stories", out)  # the two feeds of one folder apart


@pytest.mark.parametrize(("text", "said"), [("kort", "(1 word)"), ("een korte tekst", "(3 words)")])
def test_a_teaser_counts_its_words_in_english(text: str, said: str) -> None:
    """'only a teaser (1 word)', not '(1 words)' (user40)."""
    from pipeline.errors import InputError
    from pipeline.web.feeds import Feed, FeedEntry, page_from_entry

    url = "http://127.0.0.1:9/a.html"
    entry = FeedEntry(url, url, "Titel", None, None, "f", (text,))
    with pytest.raises(InputError) as refused:
        page_from_entry(entry, Feed("Feed", None, "nl", (entry,)), feed_url=url, why="HTTP 404")
    assert f"only a teaser {said} — not briefed from the feed" in str(refused.value)


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?>\n<rss version="2.0"><channel>',
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">',
    ],
)
def test_a_feed_given_as_an_article_says_to_poll_it(body: bytes) -> None:
    """`brief FEED_URL` says it is a feed and how to brief it (`brief feeds poll`), not only 'the server sent
    application/xml, not an HTML page' (user40)."""
    from pipeline.errors import InputError
    from pipeline.web.source import refuse_binary

    with pytest.raises(
        InputError, match=r"a feed \(RSS or Atom\), not an article's page — poll it: brief feeds poll URL"
    ):
        refuse_binary(body, "127.0.0.1:9/feed.xml", "application/xml")
    with pytest.raises(InputError, match="the server sent application/json, not an HTML page"):
        refuse_binary(b'{"items": []}', "127.0.0.1:9/feed.json", "application/json")


def test_a_web_page_given_as_a_feed_says_so() -> None:
    """`brief feeds poll PAGE_URL`: 'a web page, not an RSS or Atom feed — check the feed URL', not the
    XML parser's '(<unknown>:4:1249: mismatched tag)' (user40)."""
    from pipeline.errors import InputError
    from pipeline.web.feeds import parse_feed

    page = (SHARED / "web" / "html" / "nos_dodental-parijs-op-129.html").read_bytes()
    with pytest.raises(InputError) as refused:
        parse_feed(page, url="http://127.0.0.1:9/nieuws.html")
    assert "a web page, not an RSS or Atom feed — check the feed URL" in str(refused.value)
    assert "mismatched tag" not in str(refused.value)
    with pytest.raises(InputError, match="not an RSS or Atom feed .* — check the feed URL"):
        parse_feed(b"<?xml version='1.0'?><nieuws><bericht>Hallo</nieuws>", url="http://127.0.0.1:9/kapot.xml")


@pytest.mark.parametrize(
    ("saved", "what"),
    [("hln_dpg-privacy-gate_consent-wall.html", "consent wall"), ("rtlxl_spa-shell_js-only.html", "JavaScript-only")],
)
def test_a_saved_page_without_the_article_is_told_to_save_it_again(saved: str, what: str) -> None:
    """`brief saved.html` of a consent wall or a script shell: not "save the article from a browser and brief
    the .html file" (the user did), but to save it again once the article shows; a fetched page keeps
    its advice (user40)."""
    from pipeline.errors import InputError
    from pipeline.web.extract import extract_page

    html = (SHARED / "web" / "html" / saved).read_text(encoding="utf-8", errors="replace")
    with pytest.raises(InputError) as from_disk:
        extract_page(html, name=saved)
    assert what in str(from_disk.value) and "and save it again" in str(from_disk.value)
    with pytest.raises(InputError, match="save the article from a browser and brief the .html file"):
        extract_page(html, name=saved, url="http://127.0.0.1:9/a", fetched_at="2026-12-06T14:00:00Z")
