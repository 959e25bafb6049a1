"""A reader's pass over the web edition (reader48): what a correspondent who reads no Dutch saw on
the pages built from the seeds and saved pages over three days, as checks in a real browser."""

from __future__ import annotations

import dataclasses
import random

import pytest

from pipeline.site import paths
from pipeline.site.build import build_site
from pipeline.testing.site_sample import sample_article, sample_site

LONG_URL = "http://127.0.0.1:18748/metronieuws_sapjes-en-fris-stijgen-sneller-in-prijs-dan-alcohol.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory, serve_folder):
    base = sample_site(3, 1)
    article = dataclasses.replace(
        sample_article("long", random.Random(3)),
        published="2015-11-14T19:28:38+01:00",
        source_url=LONG_URL,  # a long original address beside the "Original" label
        author="Bianca Brasser",
    )
    folder = tmp_path_factory.mktemp("site")
    build_site(dataclasses.replace(base, articles=(*base.articles, article)), folder)
    return serve_folder(folder)


@pytest.mark.parametrize("width", [320, 390])
def test_article_meta_labels_are_not_broken_mid_word_on_a_phone(site, open_page, width: int) -> None:
    """On a 390-wide phone the article's "Published" and "Original" labels broke inside the word
    ("Publishe / d", "Origi / nal"): the label shrank beside a long date or address."""
    page = open_page((width, 800)).page
    page.goto(site.url + paths.article_path("long"))
    labels = page.locator("dl.meta dt")
    assert labels.count() >= 3
    lines = page.evaluate(
        """() => [...document.querySelectorAll("dl.meta dt")].map((dt) => {
            const range = document.createRange();
            range.selectNodeContents(dt);
            return [dt.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
        })"""
    )
    assert [label for label, count in lines if count != 1] == [], f"labels that wrap at {width} px"
