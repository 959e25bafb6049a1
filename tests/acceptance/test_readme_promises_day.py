"""The README's promises about a day's briefing: stories, the daily flow's digest, delivery by e-mail,
failures listed, and the web edition. Black box: subprocesses, tiny models, mail on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest

from tests.acceptance.conftest import User, once, user_env
from tests.conftest import SEEDS, short_article

ATOM = "{http://www.w3.org/2005/Atom}"
FLOW = (
    "import sys; from flows.daily_briefing import daily_briefing\n"
    "state = daily_briefing(return_state=True); print(state.message); sys.exit(0 if state.is_completed() else 1)"
)


def _today() -> str:
    return datetime.now(ZoneInfo("Europe/Amsterdam")).date().isoformat()


def _stories(user: User) -> list[dict]:
    run = user.brief("stories", "--out", str(user.out), "--json")
    assert run.code == 0, run.text
    return json.loads(run.out)


def test_stories_json_has_the_documented_shape(copied_user: User):
    """README: "`--json` prints `[{"id", "title", "summary", "outlets", "first_seen", "last_seen", "articles":
    [{"brief", "source", "outlet", "published", "duplicate_of", "newest_version"}]}]`"."""
    stories = _stories(copied_user)
    assert stories and all(
        {"id", "title", "summary", "outlets", "first_seen", "last_seen", "articles"} <= set(s) for s in stories
    )
    keys = {"brief", "source", "outlet", "published", "duplicate_of", "newest_version"}
    assert all(keys <= set(a) for s in stories for a in s["articles"])
    assert sum(len(s["articles"]) for s in stories) == 5


def test_wire_copy_is_marked_and_shares_the_story(copied_user: User):
    """README: "An article whose Dutch text is a near-copy of one already seen (… another headline, small
    edits) is marked `duplicate_of` it"; every article joins a story of "the same event"."""
    stories = _stories(copied_user)
    by_outlet = {a["outlet"]: (s["id"], a) for s in stories for a in s["articles"]}
    nu_story, nu = by_outlet["NU.nl"]
    telegraaf_story, telegraaf = by_outlet["De Telegraaf"]
    assert nu_story == telegraaf_story
    assert telegraaf["duplicate_of"] and nu["duplicate_of"] is None
    assert telegraaf["duplicate_of"] in (nu["brief"], nu["source"]) or nu["brief"] in str(telegraaf["duplicate_of"])


def test_different_events_are_different_stories(copied_user: User):
    """README: stories are "the articles about the same event or development": a storm in Friesland does
    not join the story of Americans told to leave Ukraine."""
    stories = _stories(copied_user)
    by_outlet = {a["outlet"]: s["id"] for s in stories for a in s["articles"]}
    assert by_outlet["Omrop Fryslân"] != by_outlet["NU.nl"]


def test_stories_xml_has_one_entry_per_story(copied_user: User):
    """README: "`OUT/stories.xml`: an Atom feed with one entry per story (`urn:dutch-brief:story:N`)"."""
    ids = [e.findtext(f"{ATOM}id") for e in ElementTree.parse(copied_user.out / "stories.xml").getroot()]
    ids = [i for i in ids if i and i.startswith("urn:dutch-brief:story:")]
    assert len(ids) == len(set(ids)) == len(_stories(copied_user))


# -- the daily flow: digest, e-mail, failures -----------------------------------------------------


@pytest.fixture(scope="session")
def daily_run(tmp_path_factory, worker_id, models, day_of_briefs):
    """The README's "One run now, without a server": the day's five hand briefs already in OUT, an inbox of
    them plus one new article and one English file, mail to a loopback SMTP server (one recipient refused),
    a watchlist."""

    def build(root: Path) -> dict:
        from tests.mail_server import _smtp

        shutil.copytree(day_of_briefs[0], root / "machine", ignore=shutil.ignore_patterns("*.lock", "result.json"))
        machine = root / "machine"
        inbox = machine / "inbox"
        shutil.copytree(machine / "articles", inbox)
        (inbox / "nieuw.txt").write_bytes(short_article(SEEDS[2], 2))
        (inbox / "english.txt").write_text("The weather in London was cold and rainy today, and trains ran late.\n")
        box, controller = _smtp("none", None)
        box.refuse.add("gone@example.org")
        config = machine / "brief.toml"
        config.write_text(
            f'[brief]\nsmtp_host = "127.0.0.1"\nsmtp_port = {box.port}\nsmtp_security = "none"\n'
            'smtp_from = "briefing@example.org"\nmail_to = ["desk@example.org", "gone@example.org"]\n\n'
            '[[brief.watch]]\nname = "floods"\nterms = ["Leeuwarden"]\nnotify = ["analyst@example.org"]\n',
            encoding="utf-8",
        )
        user = User(machine, user_env(machine, *models))
        try:
            run = user.python(FLOW, extra={"BRIEF_INBOX": str(inbox), "BRIEF_CONFIG": str(config)})
            sent = len(box.messages)
            again = user.python(FLOW, extra={"BRIEF_INBOX": str(inbox), "BRIEF_CONFIG": str(config)})
        finally:
            controller.stop()
        mails = []
        for recipients, message in box.messages:
            types = [part.get_content_type() for part in message.walk()]
            plain = message.get_body(("plain",))
            mails.append({"to": recipients, "types": types, "plain": plain.get_content() if plain else ""})
        return {
            "code": run.code,
            "out": run.out,
            "err": run.err[-4000:],
            "mails": mails[:sent],
            "again": {"code": again.code, "out": again.out, "err": again.err[-4000:], "mails": mails[sent:]},
        }

    root, result = once(tmp_path_factory, worker_id, "flow", build)
    return User(root / "machine", user_env(root / "machine", *models)), result


def test_daily_run_counts_briefed_failed_done(daily_run):
    """README: a run's message `12 briefed, 2 failed, 40 already done`; "some or all articles briefed (some
    may have failed) | Completed"."""
    _, result = daily_run
    assert result["code"] == 0, result
    counts = re.search(r"(\d+) briefed, (\d+) failed, (\d+) already done", result["out"])
    assert counts and counts.groups() == ("1", "1", "5"), result["out"]


def test_digest_opens_with_stories_and_lists_the_failure(daily_run):
    """README: "`digest-DAY.md` … opens with the day's **top stories** …; then the other stories, one line
    each; then what could not be briefed" and "an article briefed by hand that day … joins it"."""
    user, _ = daily_run
    digest = (user.out / f"digest-{_today()}.md").read_text(encoding="utf-8")
    assert digest.startswith(f"# Dutch news briefing — {_today()}")
    assert re.search(r"_6 articles briefed in \d+ stor(y|ies)[;.]", digest), digest[:400]
    assert digest.index("## Top stories") < digest.index("english.txt")
    assert "also published by" in digest


def test_briefing_is_mailed_as_text_and_html(daily_run):
    """README: `deliver-briefing` "sends the day's briefing: one multipart e-mail (plain text + HTML …) to each
    of `mail_to`"; "A recipient the server refuses … is logged …; the others still get theirs, and the
    briefing run stays Completed"."""
    _, result = daily_run
    assert result["code"] == 0
    desk = [m for m in result["mails"] if "desk@example.org" in m["to"]]
    assert len(desk) == 1, result["mails"]
    assert {"text/plain", "text/html"} <= set(desk[0]["types"])
    assert desk[0]["plain"].strip()


def test_watchlist_sends_one_message(daily_run):
    """README: "Each `[[brief.watch]]` sends one message when a story first matches any of its terms (… the
    English or Dutch of its articles), to each of its `notify` targets"."""
    _, result = daily_run
    assert len([m for m in result["mails"] if "analyst@example.org" in m["to"]]) == 1, result["mails"]


def test_second_run_skips_known_failures_and_sends_nothing(daily_run):
    """README: "a run that briefs nothing new sends nothing again"; a known failure: "later runs skip it ("2 known
    failures skipped") until the file or the settings change"; "nothing new | Completed"."""
    _, result = daily_run
    again = result["again"]
    assert again["code"] == 0, again
    assert re.search(r"0 briefed, 0 failed, 6 already done", again["out"]), again["out"]
    assert re.search(r"1 known failures? skipped", again["out"]), again["out"]
    assert again["mails"] == []


def test_failures_list_names_the_failed_file(daily_run, tmp_path):
    """README: "A file that failed for a permanent reason … is recorded in the catalog …; `brief failures
    list` shows them"."""
    user, _ = daily_run
    run = user.brief("failures", "list", "--out", str(user.out))
    assert run.code == 0, run.text
    assert "english.txt" in run.out


# -- the web edition --------------------------------------------------------------------------------


def _pages(site: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


@pytest.fixture()
def site(copied_user: User):
    run = copied_user.brief("site", "build", "--out", str(copied_user.out))
    assert run.code == 0, run.text
    return copied_user, copied_user.out / "site"


def test_site_has_front_day_story_and_article_pages(site):
    """README: "`OUT/site/` holds a front page …, a page per day, per story … and per article"; "Every passage
    carries `lang="nl"` or `lang="en"`"."""
    user, folder = site
    pages = _pages(folder)
    assert (folder / "index.html").is_file()
    storm = [p for p, html in pages.items() if "Een zware storm heeft dinsdag" in html and 'lang="nl"' in html]
    assert storm and 'lang="en"' in pages[storm[0]]
    assert len(pages) >= 1 + 1 + 4 + 5  # front, a day, the stories, the articles


def test_site_makes_no_outside_request(site):
    """README: pages "work without JavaScript, in light and dark mode, and make no outside request"."""
    _, folder = site
    outside = re.compile(r"""(src|srcset)\s*=\s*["']?\s*(https?:)?//|@import\s+url\(\s*["']?(https?:)?//""", re.I)
    sheets = re.compile(r"""<link[^>]+rel=["']?(stylesheet|preload|icon|modulepreload)[^>]+href=["']?(https?:)?//""")
    pages = _pages(folder)
    assert pages, folder  # no page at all would pass the checks below
    for path, html in pages.items():
        assert not outside.search(html) and not sheets.search(html), path


def test_site_search_index_holds_dutch_and_english(site):
    """README: "Search (English and Dutch, Pagefind from the `pagefind-bin` wheel) runs in the browser"."""
    _, folder = site
    assert list((folder / "pagefind").rglob("pagefind.js"))
    text = ""
    for fragment in (folder / "pagefind").rglob("*.pf_fragment"):
        text += gzip.decompress(fragment.read_bytes()).decode("utf-8", "replace")
    assert "Leeuwarden" in text


def test_site_links_the_feeds(site):
    """README: "`feed.xml` (and `stories.xml` when it exists) is copied in and linked with
    `<link rel="alternate">`"."""
    _, folder = site
    assert (folder / "feed.xml").is_file() and (folder / "stories.xml").is_file()
    assert re.search(r"""<link[^>]+rel=["']?alternate""", (folder / "index.html").read_text(encoding="utf-8"))


def test_site_rebuild_rewrites_nothing_unchanged(site):
    """README: "`brief site build --out outputs      # OUT/site/: only pages whose content changed are
    rewritten`"."""
    user, folder = site
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*.html")}
    run = user.brief("site", "build", "--out", str(user.out))
    assert run.code == 0, run.text
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*.html")} == before


def test_brief_brings_a_built_site_up_to_date(site):
    """README: "Once `brief site build` has made `OUT/site/`, `brief FILE` and `brief feeds poll` bring it up to
    date too whenever they write a brief"."""
    user, folder = site
    article = user.root / "dijk.txt"
    article.write_text(
        "Dijk bij Zwolle verzwakt door hoog water\n\n"
        "Het waterschap heeft zondag een dijk bij Zwolle extra bewaakt omdat het water in de IJssel snel steeg.\n",
        encoding="utf-8",
    )
    run = user.brief(str(article))
    assert run.code == 0, run.text
    assert any("Zwolle extra bewaakt" in html for html in _pages(folder).values())
