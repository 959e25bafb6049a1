"""review36's probes: defects found using the product as a correspondent would — `brief` on files and
loopback pages and feeds, `brief stories`, stories.xml, feed.xml, `brief catalog rebuild`, Markdown
front matter. Each was written as a strict xfail that failed on the code as reviewed because of the
defect; a fix turns it into a pass and drops the mark."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.articles import REMOVED, save_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import articles
from pipeline.settings import BriefSettings
from pipeline.storydesk.join import join_story
from pipeline.storydesk.listing import as_json, as_text, day_bound, listed
from tests.pipeline.stories.texts import DIJK_COPY, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import article_row, record
from tests.web_server import server  # noqa: F401 — a fixture

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", device="cpu", fetch_delay=0)


def _stories(out: Path, *args: str):
    return CliRunner().invoke(app, ["stories", "--out", str(out), *args])


# -- feed.xml ------------------------------------------------------------------------------------


def test_a_feed_xml_that_is_not_utf8_is_written_again(settings: BriefSettings) -> None:
    # review33 fixed this for stories.xml; feed.xml compared its old file as UTF-8 text, so `brief FILE`
    # ended in a UnicodeDecodeError traceback (exit 1) after writing the brief
    from pipeline.web.atom import write_atom_feed

    settings.out_dir.mkdir(parents=True)
    (settings.out_dir / "feed.xml").write_bytes(b"\xff\xfe<feed>")
    path = write_atom_feed(settings)
    assert path.read_bytes().startswith(b"<?xml")


# -- brief stories -------------------------------------------------------------------------------


def test_stories_of_a_folder_that_does_not_exist_is_a_one_line_error(tmp_path: Path) -> None:
    # a mistyped --out made the folder and an empty catalog in it, and said "0 stories" (exit 0)
    missing = tmp_path / "outptus"
    result = _stories(missing)
    assert result.exit_code == 2, result.output
    assert str(missing) in result.output and not missing.exists()


def test_until_a_basic_format_day_includes_that_day() -> None:
    # "20260302" is a day as surely as "2026-03-02", but it was read as a time (midnight): that day left out
    assert day_bound("20260302", "--until", end=True) == day_bound("2026-03-02", "--until", end=True)
    assert day_bound("20260302", "--since") == day_bound("2026-03-02", "--since")


def test_since_after_until_is_a_one_line_error(tmp_path: Path) -> None:
    # a period that ends before it starts listed nothing, silently (exit 0): the options swapped look like no news
    result = _stories(tmp_path, "--since", "2026-03-05", "--until", "2026-03-01")
    assert result.exit_code == 2, result.output
    assert "--since" in result.output and "--until" in result.output


# -- stories: a copy whose original's brief is gone ------------------------------------------------


def test_a_copy_whose_original_brief_was_removed_stays_in_its_story(settings: BriefSettings) -> None:
    from pipeline.storydesk.atom import entry_content

    catalog = open_catalog(settings)
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE))
    record(catalog, feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY))
    (story,) = listed(catalog, None, None)
    assert [a.duplicate_of for a in story.articles] == [None, "d1"]  # the pair is a wire copy
    catalog.write(lambda c: c.execute(update(articles).where(articles.c.brief_key == "d1").values(status=REMOVED)))
    (story,) = listed(catalog, None, None)
    assert "d1c.md" in entry_content(story)  # the one brief left is in the story's timeline
    assert as_json([story])[0]["articles"][0]["duplicate_of"] is None
    assert not any("(copy)" in line for line in as_text([story]))  # text and JSON agree


# -- stories.xml ----------------------------------------------------------------------------------


def test_stories_xml_lists_a_story_briefed_now_from_articles_published_weeks_ago(settings: BriefSettings) -> None:
    import xml.etree.ElementTree as ET

    from pipeline.storydesk.atom import write_story_feed

    now = at(30).astimezone(UTC)  # a month after the articles were published, when they are briefed
    catalog = open_catalog(settings)
    _record_briefed(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), now)
    assert len(listed(catalog, None, None)) == 1
    root = ET.parse(write_story_feed(settings, now=now)).getroot()
    assert len(list(root.iter(f"{ATOM}entry"))) == 1


def _record_briefed(catalog, features, briefed: datetime) -> None:
    """An article recorded as the write path does, briefed at `briefed` (not when it was published)."""

    def write(connection):
        save_articles(connection, [article_row(features) | {"briefed_at": briefed.astimezone(UTC)}])
        join_story(connection, features)

    catalog.write(write)


# -- catalog rebuild ------------------------------------------------------------------------------


def test_catalog_rebuild_keeps_the_stories(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    from pipeline.batch import build_briefs
    from pipeline.catalog.db import forget_open_catalogs
    from pipeline.storydesk.rebuild import rebuild_with_stories
    from tests.conftest import wire_pair

    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, copy = wire_pair(tmp_path)
    outcomes = build_briefs([first, copy], tiny_settings)
    assert all(hasattr(o, "path") for o in outcomes), outcomes
    before = json.loads(_stories(tiny_settings.out_dir, "--json").stdout)
    forget_open_catalogs()
    for path in tiny_settings.out_dir.glob("catalog.sqlite*"):
        path.unlink()
    rebuild_with_stories(tiny_settings)
    after = json.loads(_stories(tiny_settings.out_dir, "--json").stdout)
    assert [sorted(a["brief"] for a in s["articles"]) for s in after] == [
        sorted(a["brief"] for a in s["articles"]) for s in before
    ]


# -- feeds ----------------------------------------------------------------------------------------


def test_a_feed_entry_error_names_its_url_once(server, settings: BriefSettings) -> None:  # noqa: F811
    # "http://…/gone: 127.0.0.1:…/gone: page not used (127.0.0.1:…/gone: HTTP 404 …), and the feed has only a teaser"
    from pipeline.feeds import poll_feeds
    from tests.pipeline.test_feeds import FakeModels, fetcher, rss, serve_feed

    server.serve("/gone", b"", status=404)
    serve_feed(server, rss([{"title": "Weg", "link": server.url("/gone"), "guid": "g", "description": "Kort."}]))
    settings = settings.model_copy(update={"feed_missing_retry_hours": 0})  # bad input at once, not waited for
    (report,) = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    ((name, reason),) = report.failed.items()
    line = reason if reason.startswith(name) else f"{name}: {reason}"  # as `brief feeds poll` prints it
    assert line.count("/gone") == 1, line
    assert "HTTP 404" in line and "teaser" in line


# -- the command line -----------------------------------------------------------------------------


def test_a_wrong_option_points_at_brief_help() -> None:
    # click named the hidden default command: "Try 'brief brief --help' for help."
    from tests.brief_cli.test_main import run_cli

    done = run_cli("--no-such-option", "article.txt")
    assert done.returncode == 2
    assert "Try 'brief --help'" in done.stderr and "brief brief" not in done.stderr, done.stderr


# -- Markdown front matter ------------------------------------------------------------------------


def test_a_front_matter_date_that_is_no_day_is_no_unexpected_error() -> None:
    # YAML reads 2022-13-45 as a timestamp and raises ValueError: `brief` said "unexpected ValueError:
    # month must be in 1..12" (exit 1) for a typo in a CMS export's date
    from pipeline.text.markdown_source import split_front_matter

    meta, body = split_front_matter("---\noutlet: NOS\ndate: 2022-13-45\n---\n\nHet kabinet is gevallen.\n")
    assert meta.outlet == "NOS" and body.strip() == "Het kabinet is gevallen."


def test_a_front_matter_date_that_cannot_be_read_is_reported(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    from pipeline.batch import build_briefs
    from tests.conftest import SEEDS, short_article

    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    path = tmp_path / "cms.md"
    path.write_bytes(b"---\noutlet: NOS\ndate: 12-02-2022\n---\n\n" + short_article(SEEDS[2], 2))
    (outcome,) = build_briefs([path], tiny_settings)
    assert any("12-02-2022" in warning for warning in outcome.warnings), outcome.warnings


# -- the daily flow's inbox -------------------------------------------------------------------------


def test_the_daily_scan_takes_every_format_brief_reads(tiny_settings, tmp_path: Path) -> None:
    from flows.daily_briefing import find_new_articles
    from tests.conftest import SEEDS, shared_dir, short_article, wire_pair

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(short_article(SEEDS[3]))
    wire_pair(inbox)
    (inbox / "page.html").write_bytes((shared_dir("web") / "html/nos_dodental-parijs-op-129.html").read_bytes())
    (inbox / "notes.json").write_text("{}", encoding="utf-8")  # not an article format: left alone
    scan = find_new_articles.fn(tiny_settings.model_copy(update={"inbox": inbox}))
    assert sorted(Path(p).name for p in scan.new) == ["a.txt", "nu.md", "page.html", "telegraaf.md"]


def test_a_story_that_grows_gets_a_new_updated_in_stories_xml(settings: BriefSettings) -> None:
    import xml.etree.ElementTree as ET

    from pipeline.storydesk.atom import write_story_feed
    from tests.pipeline.stories.texts import DIJK_OWN

    now = at(1).astimezone(UTC)
    catalog = open_catalog(settings)
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE))
    record(catalog, feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking", DIJK_OWN))

    def entry() -> tuple[str | None, str | None]:
        root = ET.parse(write_story_feed(settings, now=now)).getroot()
        (found,) = root.iter(f"{ATOM}entry")
        return found.findtext(f"{ATOM}updated"), found.findtext(f"{ATOM}content")

    before = entry()
    # AD's copy, published at 11:00, briefed in the evening (a feed polled late)
    _record_briefed(catalog, feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY), at(0, 10))
    after = entry()
    assert after[1] != before[1]  # the story grew: its entry's content changed (AD published it too)
    assert after[0] != before[0]


def test_a_front_matter_with_an_unquoted_colon_in_its_title_is_still_metadata() -> None:
    from pipeline.text.markdown_source import split_front_matter

    front = (
        "---\ntitle: Rutte: geen identificatie twee slachtoffers MH17\noutlet: De Telegraaf\ndate: 2016-03-01\n---\n"
    )
    meta, body = split_front_matter(front + "\nHet kabinet is gevallen.\n")
    assert meta.headline == "Rutte: geen identificatie twee slachtoffers MH17"
    assert meta.outlet == "De Telegraaf" and meta.published == "2016-03-01"
    assert body.strip() == "Het kabinet is gevallen."


def test_the_cli_writes_the_feeds_as_the_flow_does_a_failure_is_a_warning(
    settings: BriefSettings, monkeypatch, capsys
) -> None:
    import pipeline.web.atom
    from brief_cli.common import write_english_feed

    def broken(settings):
        raise ValueError("a feed.xml nobody can read")

    monkeypatch.setattr(pipeline.web.atom, "write_atom_feed", broken)
    write_english_feed(settings)
    assert "feed.xml" in capsys.readouterr().err


# -- brief failures -------------------------------------------------------------------------------


def test_retrying_a_failure_by_its_path_clears_it_without_a_contradicting_warning(settings: BriefSettings) -> None:
    from pipeline.catalog.failures import remember
    from pipeline.store.failures import KnownFailure

    settings.out_dir.mkdir(parents=True)
    remember(open_catalog(settings), [KnownFailure("h", "s", "empty.txt", "the file has no text", "2026-03-02")])
    result = CliRunner().invoke(app, ["failures", "retry", "inbox/empty.txt", "--out", str(settings.out_dir)])
    assert result.exit_code == 0, result.output
    assert "empty.txt" in result.stdout and "1 will be tried again" in result.output
    assert "not among" not in result.output


# -- the README against the product ---------------------------------------------------------------


def test_the_front_matter_fields_the_readme_names_for_a_web_brief_are_in_one(tiny_settings, terse_marian: Path) -> None:
    import re

    from pipeline.batch import build_briefs
    from pipeline.store.brief_files import read_brief_file
    from tests.conftest import ROOT, shared_dir

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    extraction = readme[readme.index("**Extraction.**") : readme.index("### Feeds")]
    listed = extraction[extraction.index("listed in\nthe brief's") :].split(".", 1)[0]
    adds = extraction[extraction.index("The front matter of a web brief adds") :].split(".\n", 1)[0]
    named = set(re.findall(r"`([a-z_]+)`", listed + adds)) - {"page", "feed"}  # extracted_from's values
    assert {"source_url", "fetched_at", "extracted_from"} <= named, named  # the passage was found
    page = shared_dir("web") / "html" / "metronieuws_sapjes-en-fris-stijgen-sneller.html"
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    (outcome,) = build_briefs([page], settings)
    front = read_brief_file(outcome.path).front
    assert named <= set(front), sorted(named - set(front))


# -- fidelity -------------------------------------------------------------------------------------


def test_the_names_of_a_long_sentence_are_found_in_linear_time() -> None:
    from pipeline.quality.names import name_mentions
    from tests.bounded import finishes

    assert finishes(lambda: name_mentions("woord " * 40_000 + "Den Haag."), 3.0)


def test_name_mentions_still_skips_a_sentence_opener() -> None:  # the control: what the linear scan keeps
    from pipeline.quality.names import name_mentions

    text = "Het kabinet in Den Haag. Rutte zei: “Wij gaan door” — Kamer (Tweede) en\u00a0Brussel"
    assert name_mentions(text) == ["Den", "Haag", "Brussel"]


# -- the digest -----------------------------------------------------------------------------------


def test_an_old_article_briefed_today_is_no_developing_story(settings: BriefSettings) -> None:
    from pipeline.digest_document import DigestEntry
    from pipeline.storydesk.day import day_stories

    catalog = open_catalog(settings)
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE))
    (story,) = day_stories(catalog, at(400).date().isoformat(), [DigestEntry("EN d1", "s", "d1.md", "d1.txt", "d1")])
    assert story.day == 1


def test_the_web_edition_shows_an_old_article_briefed_today_as_no_developing_story(
    tiny_settings, terse_marian: Path
) -> None:
    from pipeline.batch import build_briefs
    from pipeline.site.adapter import site_from_outputs
    from tests.conftest import shared_dir

    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    (outcome,) = build_briefs([shared_dir("web") / "html" / "nos_dodental-parijs-op-129.html"], settings)
    assert hasattr(outcome, "path"), outcome
    (story,) = site_from_outputs(settings).stories
    assert story.developing_day is None


def test_a_digest_that_is_not_utf8_is_written_again(tmp_path: Path) -> None:
    from pipeline.store.digests import save_digest

    (tmp_path / "digest-2026-03-02.md").write_bytes("# Overzicht — café\n".encode("cp1252"))
    path, changed = save_digest(tmp_path, "2026-03-02", "# Dutch news briefing — 2026-03-02\n")
    assert changed and path.read_text(encoding="utf-8").startswith("# Dutch news briefing")


def test_feeds_list_before_the_first_poll_lists_the_configured_feeds_without_making_out(tmp_path: Path) -> None:
    # the other half of the missing --out probe: configured feeds are listed as never polled, OUT not made
    config = tmp_path / "brief.toml"
    config.write_text(
        '[brief]\n[[brief.feeds]]\nurl = "http://127.0.0.1:9/feed.xml"\nname = "Test"\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["feeds", "list", "--out", str(out), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:9/feed.xml: last poll never" in result.stdout and not out.exists()


def test_a_tweet_signature_does_not_list_a_person_twice_in_a_storys_key_names() -> None:
    # an embedded tweet's signature ("— Secretary Antony Blinken (@SecBlinken)") is a name run with the title in
    # front: one person, counted once per article under the plain name, and the title alone is no key name
    from pipeline.stories.brief import key_names

    bodies = [
        "De Amerikaanse minister Antony Blinken reist naar Kiev. Blinken spreekt er met president Zelensky.\n"
        "pic.twitter.com/dAP2nkrXfK — Secretary Antony Blinken (@SecBlinken) 18 januari 2022",
        "Antony Blinken ontmoet zijn Russische collega Sergei Lavrov in Genève. Blinken wil de-escalatie.",
        "In Genève spraken Antony Blinken en Sergei Lavrov anderhalf uur.\n"
        "We hebben gesproken. — Secretary Antony Blinken (@SecBlinken) 21 januari 2022",
    ]
    feats = [feat(f"a{i}", "NOS", at(hours=i), "Overleg over Oekraïne", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["Antony Blinken"] == 3
    assert not {"Secretary Antony Blinken", "Secretary"} & set(names)
