"""review33's probes: defects found reviewing pipeline/stories, the pipeline/text rules and `brief stories`
against the project's standards. Each is a strict xfail that fails on the code as reviewed because of the
defect; the fix turns it into a pass (then drop the mark)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.stories.spelled import spelled_out
from pipeline.text import patterns, tail_titles, title_line, truncated_lists
from tests.bounded import finishes

BOUND_SECONDS = 2.0  # a linear pass over the probes' 40,000 characters takes milliseconds; the defects, minutes


def _finishes(call: Callable[[], object], seconds: float = BOUND_SECONDS) -> bool:
    return finishes(call, seconds)


def _stories(out: Path, *args: str):
    return CliRunner().invoke(app, ["stories", "--out", str(out), *args])


def test_until_the_last_representable_day_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--until", "9999-12-31")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--until" in result.output


def test_since_a_time_before_year_one_in_utc_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--since", "0001-01-01T00:00:00+05:00")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output


def test_since_a_time_after_year_9999_in_utc_is_a_one_line_error(tmp_path: Path) -> None:
    result = _stories(tmp_path, "--since", "9999-12-31T23:59:59-05:00")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output


def test_a_bad_since_is_a_one_line_error(tmp_path: Path) -> None:  # the control: what the probes above ask for
    result = _stories(tmp_path, "--since", "x")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2, result.exception
    assert "--since" in result.output


def test_a_line_of_one_long_image_number_is_read_in_linear_time() -> None:
    assert _finishes(lambda: patterns.site_line_reason("img" + "1" * 40_000 + "!"))


def test_a_first_line_of_one_long_word_in_capitals_is_read_in_linear_time() -> None:
    assert _finishes(lambda: title_line.kicker_of("A" * 40_000 + "!"))


def test_the_bound_lets_a_linear_call_through() -> None:  # the control: the harness itself passes a quick call
    assert _finishes(lambda: patterns.site_line_reason("img" + "1" * 400 + "!"))


def test_the_written_out_names_of_a_hostile_lead_are_read_in_bounded_time() -> None:
    import itertools

    abbreviations = ["A" + "".join(p) + "A" for p in itertools.product("ABCD", repeat=4)][:64]
    text = (" ".join(abbreviations) + " " + " ".join(["Aaaaaaaaaa"] * 2000))[:20_000]
    assert _finishes(lambda: spelled_out(text, {}))


def test_a_stories_feed_that_is_not_utf8_is_written_again(tmp_path: Path) -> None:
    from pipeline.settings import BriefSettings
    from pipeline.storydesk.atom import write_story_feed

    out = tmp_path / "out"
    out.mkdir()
    (out / "stories.xml").write_bytes(b"\xff\xfe<feed>")
    write_story_feed(BriefSettings(out_dir=out, cache_dir=tmp_path / "cache", device="cpu"))
    assert (out / "stories.xml").read_bytes().startswith(b"<?xml")


def test_a_tags_line_of_one_long_glued_token_is_read_in_linear_time() -> None:
    assert _finishes(lambda: patterns.site_line_reason("In dit artikel A" + "Aa" * 30_000 + "!"))


def test_a_closing_run_of_lines_of_long_figures_is_read_in_linear_time() -> None:
    assert _finishes(lambda: tail_titles.FIGURE_END.search("1" * 40_000 + "!"))


def test_a_list_item_of_a_long_run_of_dots_is_read_in_linear_time() -> None:
    assert _finishes(lambda: truncated_lists._CUT_MARK.search(".." + "." * 40_000 + "!"))


def test_the_language_check_reads_one_long_word_in_linear_time() -> None:
    from pipeline.text.language import _NOT_LANGUAGE

    assert _finishes(lambda: _NOT_LANGUAGE.sub(" ", "a" * 40_000))


def test_a_logo_line_with_one_long_figure_is_read_in_linear_time() -> None:
    from pipeline.text.page_edges import GLUED_ALT_TEXT

    assert _finishes(lambda: GLUED_ALT_TEXT.match("Logo A" + "1" * 40_000 + "!"))


def test_a_last_line_of_one_long_token_of_at_signs_is_read_in_linear_time() -> None:
    from pipeline.text.web_edges import AUTHOR_MORE_LINK

    assert _finishes(lambda: AUTHOR_MORE_LINK.search("@" * 40_000 + "!"))


def test_a_line_of_many_comment_counters_is_read_in_linear_time() -> None:
    from pipeline.text.inline_chrome import COMMENT_COUNTER

    assert _finishes(lambda: list(COMMENT_COUNTER.finditer("1 reacties " * 11_000 + "!")))


def test_a_text_of_many_sections_under_one_repeated_heading_is_read_in_bounded_time() -> None:
    from pipeline.document import Block, BlockKind
    from pipeline.text.repeated_lines import repeated_lines

    para = "De gemeente heeft dinsdag besloten de oude brug over de rivier te vernieuwen, zei de wethouder."
    blocks = [Block(BlockKind.HEADLINE, "Brug wordt vernieuwd"), Block(BlockKind.PARAGRAPH, para)]
    for i in range(2000):
        blocks += [Block(BlockKind.SUBHEADING, "Het nieuws"), Block(BlockKind.PARAGRAPH, f"{para} Nummer {i}.")]
    assert _finishes(lambda: repeated_lines(blocks))


ZERO_TIME = datetime(1, 1, 1, tzinfo=UTC)  # Go's zero time, "0001-01-01T00:00:00Z": a CMS's date never set


def test_an_article_dated_year_one_is_put_into_a_story() -> None:
    from pipeline.stories.cluster import assign
    from pipeline.stories.features import ArticleText, extract
    from pipeline.stories.memory import MemoryStoryStore

    text = ArticleText(
        "a", "NU.nl", ZERO_TIME, "Brug in Utrecht wordt vernieuwd", "De gemeente Utrecht vernieuwt de brug."
    )
    assert assign(extract(text), MemoryStoryStore()).created


def test_an_article_dated_year_one_is_briefed(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    from pipeline.batch import build_briefs
    from tests.conftest import SEEDS

    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    body = SEEDS[1].read_text(encoding="utf-8").split(" ", 3)[3]
    source = tmp_path / "zero.md"
    source.write_text(f"---\noutlet: NU.nl\ndate: 0001-01-01T00:00:00Z\n---\n\n{body}", encoding="utf-8")
    (outcome,) = build_briefs([source], settings)
    assert hasattr(outcome, "path"), outcome


def test_an_article_naming_many_streets_is_assigned_in_bounded_time() -> None:
    import itertools
    import string

    from pipeline.stories.cluster import assign
    from pipeline.stories.features import ArticleText, extract
    from pipeline.stories.memory import MemoryStoryStore

    store, start = MemoryStoryStore(), datetime(2026, 3, 1, 8, tzinfo=UTC)
    lead = "Bij een grote brand in een woning in Utrecht is dinsdagavond een man om het leven gekomen. " * 2
    for i in range(3):
        report = ArticleText(f"a{i}", f"o{i}", start + timedelta(minutes=i), "Dode bij woningbrand in Utrecht", lead)
        assign(extract(report), store)
    streets = ["".join(p).capitalize() + "straat" for p in itertools.product(string.ascii_lowercase, repeat=3)][:1600]
    body = lead + "Hij noemde " + " en ".join(streets) + ".\n\n" + "en dan nog wat woorden hier " * 6000
    hostile = extract(ArticleText("b", "ob", start + timedelta(hours=1), "Dode bij woningbrand in Utrecht", body))
    assert _finishes(lambda: assign(hostile, store))
