"""A corpus of 36 bad and odd inputs: each gives a correct brief (every sentence accounted for) or
a one-line error with exit 2 — never a traceback, never a partial file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pipeline.batch import build_brief
from pipeline.document import TRANSLATED_KINDS
from pipeline.errors import InputError
from pipeline.runtime import Models
from pipeline.text.read import read_article
from pipeline.translate import Translator
from tests.conftest import BRIEF, ROOT, model_args
from tests.hostile_corpus import build_corpus
from tests.pipeline.test_brief import article_blocks, assert_shows_dutch, parse_brief, split_languages

CORPUS_DIR = Path(tempfile.mkdtemp(prefix="hostile-corpus-"))
CASES = build_corpus(CORPUS_DIR)
# sentences to translate, counted by hand (DUTCH is three sentences; a heading or a line of
# numbers, URLs or letters is one); (low, high) where a reader may count either way
HAND_COUNTED: dict[str, int | tuple[int, int]] = {
    "latin-1.txt": 3,  # "Café België: " opens the first sentence
    "cp1252.txt": 5,  # "“Het is één grote puinhoop”, zei de wethouder." "Kosten: €12 miljoen." + 3
    "utf-16-bom.txt": 4,  # "Kop" + 3
    "utf-8-bom-crlf.txt": 4,
    "mixed-line-endings.txt": 8,  # "Eerste kop" + 3 + 3 + "Slot."
    "single-2000-word-sentence.txt": 1,
    "only-numbers.txt": 4,
    "only-urls.txt": 4,
    "ten-thousand-chars-no-space.txt": 4,
    "emoji.txt": 4,  # the flag opens the first; "😀👍🏽 Tot slot een 🧵 over de 🚜-protesten." the fourth
    "zero-width.txt": 3,
    "right-to-left.txt": 4,
    "markdown-in-source.txt": (7, 8),  # 4 lines + 3; "*geen nadruk* en `geen code`." alone or not
    "html-script.txt": (4, 5),  # the script line + 3; the tags after "kosten." alone or not
    "javascript-link.txt": 4,
    "front-matter-in-source.txt": (4, 6),  # the front matter as one block or three lines, + 3
    "tables-and-pipes.txt": (4, 6),  # the table as one block or three lines, + 3
    "naam met spaties en ümlaut — ok.txt": 3,
    "many-tiny-paragraphs.txt": 303,  # 300 × "Ja." + 3
    "flemish.txt": 2,
    "dutch-quoting-english-tweet.txt": (7, 8),  # 3 + the tweet (its footer alone or not) + 3
    "caf\udce9-latin1-naam.txt": 3,
}


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert {c.expect for c in CASES} == {"brief", "error"}


@pytest.fixture(scope="module")
def shared_models(tiny_marian: Path, tiny_bart: Path):
    from pipeline.settings import BriefSettings

    settings = BriefSettings(translator=str(tiny_marian), summarizer=str(tiny_bart), device="cpu")
    return Models(settings)


@pytest.mark.parametrize("case", CASES, ids=[c.name.encode("ascii", "replace").decode() for c in CASES])
def test_each_input_gives_a_correct_brief_or_a_one_line_error(case, tiny_settings, shared_models, monkeypatch) -> None:
    source = CORPUS_DIR / case.name
    if case.expect == "error":
        with pytest.raises(InputError) as info:
            build_brief(source, tiny_settings, models=shared_models)
        message = str(info.value)
        assert case.reason in message and "\n" not in message and len(message) < 300
        assert not tiny_settings.out_dir.exists() or not list(tiny_settings.out_dir.glob("*.md"))
        return
    seen: list[str] = []  # what the translator was given
    translate_sentences = Translator.translate_sentences

    def recording(self, sentences, progress=None):
        seen.extend(sentences)
        return translate_sentences(self, sentences, progress)

    monkeypatch.setattr(Translator, "translate_sentences", recording)
    result = build_brief(source, tiny_settings, models=shared_models)
    article = read_article(source)
    meta, blocks = parse_brief(result.path)
    # every sentence accounted for: the translator was given every character of the article's
    # text once, in order, and the brief counts what it was given — as many as counted by hand
    text = "".join(part for b in article.blocks if b.kind in TRANSLATED_KINDS for part in b.parts)
    assert "".join("".join(s.split()) for s in seen) == "".join(text.split())
    assert meta["sentences"] == len(seen)
    low, high = (count, count) if isinstance(count := HAND_COUNTED[case.name], int) else count
    assert low <= meta["sentences"] <= high, (case.name, meta["sentences"])
    english, dutch = split_languages(article_blocks(blocks))
    assert_shows_dutch(dutch, article)  # the whole source, as inert text
    assert len(english) == len(dutch) and all(english)
    assert [a["text"] for a in meta["set_aside"]] == [b.text for b in article.set_aside]
    assert [kind for kind, _ in blocks[:1]] == ["h1"]  # the source added no headings of its own
    assert sum(1 for kind, _ in blocks if kind == "h1") == 1
    assert not list(tiny_settings.out_dir.glob(".*.tmp"))


def test_the_cli_on_the_whole_corpus_never_prints_a_traceback(tiny_settings) -> None:
    names = [str(CORPUS_DIR / c.name) for c in CASES]
    done = subprocess.run(
        [
            *BRIEF,
            *names,
            *model_args(tiny_settings),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        errors="replace",
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("brief: error:")]
    written = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(errors) == sum(c.expect == "error" for c in CASES)
    assert len(written) == sum(c.expect == "brief" for c in CASES)
    assert all(Path(p).is_file() for p in written)


def test_an_unreadable_file_is_one_line_exit_2() -> None:
    """Run as an unprivileged user (root reads everything)."""
    folder = Path(tempfile.mkdtemp(prefix="unreadable-"))
    folder.chmod(0o777)
    secret = folder / "geheim.txt"
    secret.write_text("Het kabinet is gevallen. Er komen verkiezingen.")
    secret.chmod(0)
    if os.geteuid() != 0:
        command = [*BRIEF, str(secret), "--out", str(folder / "out")]
    else:
        command = [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-m",
            "brief_cli.main",
            str(secret),
            "--out",
            str(folder / "out"),
        ]
    env = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache"), "HOME": str(folder)}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "permission denied" in done.stderr and "Traceback" not in done.stderr
    assert stat.S_IMODE(secret.stat().st_mode) == 0
