"""The README's promises about `brief FILE…`, held to as a user meets them (black box: a subprocess, tiny
offline models, a temporary cache and catalog). Each test quotes the README line it holds the product to.
Tiny models write gibberish: structure and behaviour are asserted, never wording."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.acceptance.conftest import ASIDE, User, body, front_matter

ATOM = "{http://www.w3.org/2005/Atom}"


def _printed_briefs(result: dict) -> list[Path]:
    return [Path(line.strip()) for line in result["out"].splitlines() if line.strip().endswith(".md")]


def _brief_of(result: dict, name: str) -> Path:
    for path in _printed_briefs(result):
        if front_matter(path)["source_file"] == name:
            return path
    raise AssertionError(f"no brief printed for {name}: {result['out']}")


def _one_line_refusal(user: User, run, *needles: str) -> None:
    assert run.code == 2, run.text
    assert "Traceback" not in run.text, run.text
    assert len(run.lines) == 1, run.lines
    for needle in needles:
        assert needle.lower() in run.lines[0].lower(), run.lines[0]
    assert user.briefs() == [], "a refused input wrote a brief"


# -- one run over five articles and a missing file ----------------------------------------------------


def test_a_bad_file_does_not_stop_the_others(day_of_briefs):
    """README: "A file that is bad or whose brief cannot be written does not stop the others" and
    "2 for bad input (missing, …) with a one-line reason per file"."""
    _, result = day_of_briefs
    assert result["code"] == 2, result
    assert "Traceback" not in result["err"]
    assert len(_printed_briefs(result)) == 5
    complaints = [line for line in result["err"].splitlines() if "missing.txt" in line]
    assert len(complaints) == 1, result["err"]


def test_brief_path_is_printed_and_named_after_title_and_key(day_of_briefs):
    """README: "writes outputs/<title>-<key>.md and prints its path"."""
    root, result = day_of_briefs
    for path in _printed_briefs(result):
        assert path.is_file() and path.parent == root / "out"
        key = front_matter(path)["cache_key"]
        match = re.fullmatch(r"[a-z0-9-]+-([0-9a-f]{8,})\.md", path.name)
        assert match and key.startswith(match.group(1)), (path.name, key)


def test_front_matter_holds_what_the_readme_lists(day_of_briefs):
    """README: "YAML front matter (title, source file and date, content hash, cache key, `generator:
    dutch-brief X.Y.Z`, model ids and resolved commits, generation settings, counts of paragraphs and
    sentences, … `fidelity` counts, creation time, format version)"."""
    _, result = day_of_briefs
    meta = front_matter(_brief_of(result, "seed.txt"))
    for key in ("title", "source_file", "content_hash", "cache_key", "settings", "created_at", "format"):
        assert meta.get(key) not in (None, ""), key
    assert re.fullmatch(r"dutch-brief \d+\.\d+\.\d+", meta["generator"])
    for model in ("translator", "summarizer"):
        assert meta[model]["model"] and meta[model]["revision"], meta[model]
    assert isinstance(meta["paragraphs"], int) and isinstance(meta["sentences"], int)
    assert set(meta["fidelity"]) >= {"numbers_checked", "numbers_missing", "names_checked", "names_missing"}


def test_brief_is_bilingual_english_above_dutch(day_of_briefs):
    """README: "an English title and summary, then the whole article, each English paragraph above its
    Dutch original"."""
    root, result = day_of_briefs
    path = _brief_of(result, "seed.txt")
    text = body(path)
    assert re.search(r"^# \S", text, re.M), "no H1 title"
    summary, article = text.index("## Summary"), text.index("## Article")
    assert summary < article
    blocks = [b.strip() for b in text[article:].split("\n\n") if b.strip()][1:]
    source = (root / "articles" / "seed.txt").read_text(encoding="utf-8")
    dutch = [p.strip() for p in source.split("\n\n") if p.strip()]
    quoted = [re.sub(r"^> ?", "", b, flags=re.M).replace("\n", " ") for b in blocks]
    for paragraph in dutch:
        positions = [i for i, q in enumerate(quoted) if blocks[i].startswith(">") and paragraph[:60] in q]
        assert positions, f"Dutch paragraph missing from the article: {paragraph[:60]}"
        above = blocks[positions[0] - 1]
        assert positions[0] > 0 and not above.startswith(">") and not above.startswith("_"), above


def test_outputs_are_whole_files_only(day_of_briefs):
    """README: "the briefs are files, written atomically under a name that holds their cache key" —
    nothing half-written or temporary is left beside them."""
    root, _ = day_of_briefs
    allowed = re.compile(r".+-[0-9a-f]{8,}\.md|catalog\.sqlite(-wal|-shm)?|feed\.xml|stories\.xml|\.locks")
    strays = [p.name for p in (root / "out").iterdir() if not allowed.fullmatch(p.name)]
    assert strays == []
    for path in (root / "out").glob("*.md"):
        assert front_matter(path)["cache_key"] and body(path).strip()


def test_site_text_is_set_aside_and_listed(day_of_briefs):
    """README: site text "is set aside: not translated, not summarized, never the title, but listed at the
    end of the brief under "Left out" and in the front matter (`set_aside: [{text, reason}]`)"."""
    _, result = day_of_briefs
    path = _brief_of(result, "storm.txt")
    aside = front_matter(path)["set_aside"]
    texts = " ".join(item["text"] for item in aside)
    for line in ("Lees ook", "cookies", "Deel dit artikel"):
        assert line in texts, aside
    assert all(item.get("reason") for item in aside)
    text = body(path)
    left_out = text.index("Left out")
    quotes = [b for b in text[:left_out].split("\n\n") if b.startswith(">")]
    assert quotes and not any("Lees ook" in q or "cookies" in q for q in quotes), "site text was translated"


def test_feed_xml_lists_the_briefs(day_of_briefs):
    """README: "After every `brief` run and every poll, `OUT/feed.xml` is an Atom feed of the newest
    `feed_entries` (50) briefs: English title, summary, a link to the Dutch source, the brief as content"."""
    root, _ = day_of_briefs
    feed = ElementTree.parse(root / "out" / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 5
    for entry in entries:
        assert entry.findtext(f"{ATOM}title") and entry.find(f"{ATOM}content") is not None


# -- the cache, --keep-all --------------------------------------------------------------------------


def test_second_run_is_a_cache_hit(copied_user: User):
    """README: "Briefs are cached … so the same article is never processed twice"; "`brief FILE` on a text
    or Markdown file it has briefed before answers from the catalog's index"."""
    before = {p.name: p.stat().st_mtime_ns for p in copied_user.briefs()}
    run = copied_user.brief(str(copied_user.root / "articles" / "seed.txt"))
    assert run.code == 0, run.text
    printed = Path(run.out.strip().splitlines()[-1])
    assert printed.parent == copied_user.out and printed.name in before
    assert {p.name: p.stat().st_mtime_ns for p in copied_user.briefs()} == before


def test_keep_all_translates_site_text_too(user: User):
    """README: "`--keep-all` (setting `keep_all`) translates it too"."""
    article = user.root / "storm.txt"
    article.write_text(ASIDE, encoding="utf-8")
    run = user.brief(str(article), "--keep-all")
    assert run.code == 0, run.text
    (path,) = user.briefs()
    assert front_matter(path)["set_aside"] == []
    quotes = [b for b in body(path).split("\n\n") if b.startswith(">")]
    assert any("Lees ook" in q for q in quotes) and any("cookies" in q for q in quotes)


# -- bad input: one line, exit 2, no traceback, no brief ------------------------------------------


BAD_FILES = {
    "missing": (None, ["no such file"]),
    "english": (b"The weather in London was cold and rainy again today, and the trains ran late.\n", ["english"]),
    "passwd": (b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n" * 3, ["dutch"]),
    "figures": (b"12 34 56 78 90\n3,5 7,25 100.000 1.234,5\n" * 4, []),
    "empty": (b"", []),
    "binary": (bytes(range(256)) * 8, []),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_one_line_exit_2(user: User, kind: str):
    """README: "2 for bad input (missing, empty, binary or undecodable file, not Dutch, invalid setting),
    with a one-line reason per file"; "an article in another language is refused with a line naming it"."""
    content, needles = BAD_FILES[kind]
    path = user.root / f"{kind}.txt"
    if content is not None:
        path.write_bytes(content)
    _one_line_refusal(user, user.brief(str(path)), path.name, *needles)


@pytest.mark.parametrize(
    "args,env,needle",
    [
        (["--device", "tpu"], {}, "device"),
        (["--day", "2999-01-01"], {}, "day"),
        (["--day", "12-02-2022"], {}, "day"),
        ([], {"BRIEF_QUANTIZATION": "int3"}, "quantization"),
    ],
)
def test_invalid_setting_is_one_line_exit_2(user: User, args: list[str], env: dict, needle: str):
    """README: "an invalid setting stops the run at once"; `day` "not after today in Amsterdam (anything
    else is one line, exit 2)"; `quantization` "anything else is one line, exit 2"."""
    article = user.root / "a.txt"
    article.write_text("Het kabinet komt vandaag bijeen over de begroting.\n", encoding="utf-8")
    _one_line_refusal(user, user.brief(str(article), *args, extra=env), needle)


def test_unknown_toml_key_names_the_likely_setting(user: User):
    """README: "A key of the file that names no setting is refused (exit 2), naming the setting it is likely
    a typo of"."""
    config = user.root / "brief.toml"
    config.write_text('[brief]\ndevcie = "cpu"\n', encoding="utf-8")
    article = user.root / "a.txt"
    article.write_text("Het kabinet komt vandaag bijeen over de begroting.\n", encoding="utf-8")
    _one_line_refusal(user, user.brief(str(article), "--config", str(config)), "device")


def test_unknown_environment_variable_is_one_warning(user: User):
    """README: "a `BRIEF_*` variable that names none is ignored with one warning line (`BRIEF_DEVCE … did you
    mean BRIEF_DEVICE?`)"."""
    run = user.brief(str(user.root / "missing.txt"), extra={"BRIEF_DEVCE": "cpu"})
    warnings = [line for line in run.lines if "BRIEF_DEVCE" in line]
    assert len(warnings) == 1 and "BRIEF_DEVICE" in warnings[0], run.lines


def test_mistyped_subcommand_is_named(user: User):
    """README: "A first argument that is no file but a subcommand's name mistyped (`brief feed poll URL`)
    stops the run at once, naming the subcommand (exit 2)"."""
    _one_line_refusal(user, user.brief("feed", "poll", "http://127.0.0.1:9/feed.xml"), "feeds")


def test_unknown_option_is_no_traceback(user: User):
    """README: "Exit status: … 2 for bad input …" — a flag `brief` does not have is refused without a
    traceback and without a brief."""
    article = user.root / "a.txt"
    article.write_text("Het kabinet komt vandaag bijeen over de begroting.\n", encoding="utf-8")
    run = user.brief(str(article), "--no-such-flag")
    assert run.code == 2 and "Traceback" not in run.text, run.text
    assert user.briefs() == []
