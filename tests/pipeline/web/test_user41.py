"""user41: a feed or page given as a path or a file: URL is refused in words a user reads — not "(not a bare
path:)" — and the README no longer says such feeds are read from disk."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.web.fetch import require_http


def test_a_path_or_a_file_url_is_refused_in_plain_words() -> None:
    with pytest.raises(InputError) as path:
        require_http("/srv/feeds/nos.xml")
    assert str(path.value).startswith("/srv/feeds/nos.xml: only http and https URLs are fetched, not paths on disk")
    assert "bare path:" not in str(path.value)
    with pytest.raises(InputError) as file_url:
        require_http("file:///srv/feeds/nos.xml")
    assert str(file_url.value) == "file:///srv/feeds/nos.xml: only http and https URLs are fetched, not file: URLs"


def test_a_page_of_one_word_says_one_word() -> None:
    """A page whose article text is one word said "only 1 words of article text found"."""
    from pipeline.web.extract import extract_page

    html = "<html><head><title>Video</title></head><body><article><p>Bekijk</p></article></body></html>"
    with pytest.raises(InputError, match=r"only 1 word of article text found \(a teaser"):
        extract_page(html, name="video.html", url="https://example.org/video")
