"""User pass 44: the web edition built into a folder that holds a file where the site needs a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import OutputError
from pipeline.site.build import build_site
from pipeline.testing.site_sample import sample_site


def test_a_file_where_the_search_index_folder_goes_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "pagefind").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError) as caught:  # it was NotADirectoryError, a traceback of `brief site build`
        build_site(sample_site(2, 1), site_dir)
    assert str(caught.value) == (
        f"cannot write the web edition at {site_dir / 'pagefind'}: Not a directory"
        " (a file where the site needs a folder: move it away)"
    )


def test_no_page_makes_the_browser_ask_for_a_favicon_the_site_does_not_have() -> None:
    from pipeline.site.build import plan_pages

    # every page view logged "GET /favicon.ico 404" (brief site serve, any static host) and a console error
    pages = [p for p in plan_pages(sample_site(2, 1)) if p.path.endswith(".html")]
    assert pages and all('<link rel="icon" href="data:,">' in page.render() for page in pages)
