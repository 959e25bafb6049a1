"""Review of stop 47's page versions (pipeline.storydesk.versions, join.earlier_version, read.rank_input):
counter-examples written as a reporter's pages would give them (invented Dutch texts)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.storydesk.listing import as_text, listed
from pipeline.storydesk.read import StoredArticle
from pipeline.storydesk.summary import StoryView
from tests.pipeline.catalog.helpers import downgrade_to
from tests.pipeline.stories.texts import DIJK_WIRE, at, feat
from tests.pipeline.storydesk.test_fix46 import UPDATE, _record
from tests.pipeline.storydesk.test_page47 import _pages

PAGE = "https://www.nu.nl/binnenland/6311234/brand-in-loods-zaltbommel.html"
STUB = (  # the first lines a site puts up on a breaking story ...
    "Bij een brand in een loods aan de Industrieweg in Zaltbommel komt veel rook vrij.\n\n"
    "De brandweer is met groot materieel ter plaatse. Omwonenden moeten ramen en deuren sluiten."
)
FULL = (  # ... and the article that replaces them under the same address three hours later, rewritten
    "Een uitslaande brand heeft maandagochtend een loods van transportbedrijf Van Dalen in Zaltbommel verwoest. "
    "Niemand raakte gewond, meldt de veiligheidsregio Gelderland-Zuid.\n\n"
    "Het vuur werd rond half negen ontdekt door een medewerker. Volgens een woordvoerder van de brandweer sloegen de "
    "vlammen snel over naar het dak. Er kwam een grote rookwolk vrij die tot in Den Bosch te zien was.\n\n"
    "Via NL-Alert kregen inwoners het advies uit de rook te blijven. Rond het middaguur was de brand onder controle. "
    "De oorzaak wordt onderzocht."
)


def test_a_file_url_is_a_file_not_a_page(tmp_path: Path) -> None:
    """`brief file:///…/artikel.txt`: one path may hold another article each time, as for a plain path. Migration
    0007 fills `articles.page` for http(s) addresses only; the join recorded a file: URL as a page (is_url)."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    text = feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE)
    _record(catalog, text, "file:///home/redactie/artikel.txt")
    _record(catalog, feat("w1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), "HTTPS://NU.NL/dijk")
    assert _pages(catalog) == {"v1" * 32: None, "w1" * 32: "https://NU.NL/dijk"}


def test_migration_0007_fills_the_rows_the_join_records_a_page_for_and_goes_back(tmp_path: Path, database) -> None:
    """A catalog from before 0007 gets `articles.page` for the rows its joins would record one for now
    (`pipeline.addresses.page_of`): an address of any case (LIKE is case-sensitive on PostgreSQL, not on SQLite), never
    a file: URL, and as the join records it — no utm_ parameters, no fragment (the lead, after the review: the fill
    kept them, and a later brief of the plain address never found its page). Its downgrade, a batch copy of
    `articles`, failed on SQLite once a row was a copy: FOREIGN KEY constraint failed."""
    from pipeline.catalog.db import forget_open_catalogs

    settings = BriefSettings(out_dir=tmp_path, database_url=database)
    catalog = open_catalog(settings)
    sources = {
        "a1": "HTTPS://NU.NL/dijk",
        "a2": "file:///home/redactie/artikel.txt",
        "a3": "https://nos.nl/l/1?utm_source=rss&id=4#boven",
    }
    for key, source in sources.items():
        _record(catalog, feat(key * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), source)
    recorded = {"a1" * 32: "https://NU.NL/dijk", "a2" * 32: None, "a3" * 32: "https://nos.nl/l/1?id=4"}
    assert _pages(catalog) == recorded

    catalog.write(lambda connection: downgrade_to(connection, "0006"))
    forget_open_catalogs()
    assert _pages(open_catalog(settings)) == recorded


def test_a_breaking_stub_rewritten_under_its_address_is_one_page(tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _record(catalog, feat("s1" * 32, "NU.nl", at(0), "Brand in loods Zaltbommel", STUB), PAGE)
    _record(catalog, feat("s2" * 32, "NU.nl", at(0, 3), "Loods in Zaltbommel verwoest door grote brand", FULL), PAGE)
    (story,) = listed(catalog, None, None)
    assert story.versions() == {"s1" * 32: "s2" * 32, "s2" * 32: "s2" * 32}
    assert "\n".join(as_text([story])).count("NU.nl  s") == 1


def _versions_of(count: int) -> tuple[dict[str, str], float]:
    """`versions()` of a story of `count` briefs (each page briefed twice, 40 outlets) and the least time of 3 calls."""
    start = datetime(2026, 3, 2, tzinfo=UTC)
    found = tuple(
        StoredArticle(
            key=f"k{i}",
            brief=f"k{i}.md",
            source=f"https://o{i // 2 % 40}.nl/{i // 2}",
            outlet=f"o{i // 2 % 40}",
            published=start + timedelta(minutes=i),
            duplicate_of=f"k{i - 1}" if i % 2 else None,  # the page's second brief: its version
            title="t",
            summary="s",
            features=None,
        )
        for i in range(count)
    )
    view = StoryView(1, "", "", (), (), start, start, found, "k0", False, ())
    view = replace(view, shown={a.key: a.duplicate_of for a in found})
    times = []
    for _ in range(3):
        began = time.perf_counter()
        changed = view.versions()
        times.append(time.perf_counter() - began)
    return changed, min(times)


def test_a_large_storys_versions_are_not_quadratic() -> None:
    """A story running for weeks gathers thousands of briefs (here 3,000); `versions()` is read by the digest,
    `brief stories` (twice) and the web edition for every story. It compared every article with every other (1.1 s
    for 3,000). Four times the briefs take about four times as long, not sixteen (a ratio, so that a loaded machine
    slows both sides alike; the least of three calls each)."""
    changed, large = _versions_of(3000)
    assert changed == {f"k{i}": f"k{i | 1}" for i in range(3000)}
    _, small = _versions_of(750)
    assert large < 8 * max(small, 1e-3), f"750 briefs {small:.3f} s, 3,000 briefs {large:.3f} s"


def test_a_page_linked_with_tracking_parameters_is_the_same_page(tmp_path: Path, database) -> None:
    """The page briefed from the outlet's feed (its link with utm_ campaign parameters) and, once changed, from the
    address a reader pasted: one page (the web reader cites it without them: pipeline.web.page.without_tracking)."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    page = "https://www.nu.nl/binnenland/6311235/dijk-bij-zaltbommel-verzakt.html"
    first = feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE)
    _record(catalog, first, page + "?utm_source=rss&utm_medium=feed&utm_campaign=binnenland")
    _record(catalog, feat("v2" * 32, "NU.nl", at(0, 5), "Dijk bij Zaltbommel verzakt", UPDATE), page)
    (dike,) = listed(catalog, None, None)
    assert dike.versions() == {"v1" * 32: "v2" * 32, "v2" * 32: "v2" * 32}
    text = "\n".join(as_text([dike]))
    assert "v1" * 32 not in text and "(changed since first briefed)" in text
