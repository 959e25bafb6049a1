"""user41: what a reader of the web edition would trip over."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from pipeline.site.build import build_site
from pipeline.site.search import FOLDER
from pipeline.testing.site_sample import sample_site


def indexed_texts(site_dir: Path) -> list[str]:
    """The text Pagefind indexed of every page: what its result excerpts are cut from."""
    texts = []
    for fragment in sorted((site_dir / FOLDER).glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        texts.append(json.loads(data[data.index(b"{") :])["content"])
    return texts


def test_search_excerpts_keep_an_articles_labels_apart_from_their_values(tmp_path: Path) -> None:
    """Pagefind reads <dt>/<dd> as inline: with nothing between them, a result's excerpt read "AuthorJan de Vries.
    Published12 February 2026"; a space between the two (invisible in the page's flex layout) keeps them apart."""
    site = sample_site(1, 1)
    build_site(site, tmp_path)
    article = site.articles[0]
    [text] = [t for t in indexed_texts(tmp_path) if "Original " in t]  # its page, not its story's
    assert f"Outlet {article.outlet}." in text and f"Author {article.author}." in text
    assert "Published " in text and "Original https://nos.nl/" in text
    assert "AuthorJan" not in text and "OriginalHttps" not in text.title()
