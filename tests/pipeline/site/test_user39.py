"""An article page gives a publication date a reader cannot misread: a seed's month ("2022-02") as
"February 2022", a Dutch day-first date from a CMS export's front matter ("12-02-2022", which an
English reader may take for 2 December) as its long date; what is no date stays as written (user39)."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.site.render import render_article
from pipeline.testing.site_sample import sample_site


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2022-02", "<dd>February 2022</dd>"),
        ("12-02-2022", "<dd>Saturday 12 February 2022</dd>"),
        ("1.3.2016", "<dd>Tuesday 1 March 2016</dd>"),
        ("31-02-2022", "<dd>31-02-2022</dd>"),
        ("gisteren", "<dd>gisteren</dd>"),
    ],
)
def test_a_published_date_that_is_no_iso_time_reads_as_a_date(published: str, shown: str) -> None:
    site = sample_site(1, 1)
    page = render_article(site, dataclasses.replace(site.articles[0], published=published), [])
    assert shown in page
