"""End to end on tiny models of the real classes, loaded through the real loading code."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from pipeline.batch import build_brief
from pipeline.brief import plan_brief, segment_article
from pipeline.document import TRANSLATED_KINDS, Article, Block, BlockKind, ModelRef
from pipeline.engines import registry
from pipeline.engines.hub import load_seq2seq
from pipeline.engines.torch_engine import TorchEngine
from pipeline.model_options import TranslationOptions
from pipeline.runtime import Models
from pipeline.summarize import Summarizer
from pipeline.translate import Translator
from tests.conftest import ROOT, SEEDS, model_args, short_article

PARSER = MarkdownIt("commonmark")


def parse_brief(path: Path) -> tuple[dict, list[tuple[str, str]]]:
    """(front matter, [(kind, text)]) where kind is h1/h2/h3/p, or quote/quote2 (quote depth) for
    each block of the body (a list item is a block)."""
    text = path.read_text(encoding="utf-8")
    head, body = text[4:].split("\n---\n", 1)
    blocks: list[tuple[str, str]] = []
    stack: list[str] = []
    for token in PARSER.parse(body):
        if token.type in ("blockquote_open", "heading_open"):
            stack.append("quote" if token.type == "blockquote_open" else token.tag)
        elif token.type in ("blockquote_close", "heading_close"):
            stack.pop()
        elif token.type == "inline":
            depth = stack.count("quote")
            kind = "quote" if depth == 1 else f"quote{depth}" if depth else (stack[-1] if stack else "p")
            blocks.append((kind, "".join(c.content for c in token.children if c.type == "text")))
    return yaml.safe_load(head), blocks


def split_languages(body: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """(English, Dutch) texts of the Article section: the Dutch is the innermost quote of its
    group (a quoted English quote holds its Dutch one level deeper)."""
    english, dutch = [], []
    for index, (kind, text) in enumerate(body):
        deeper = (
            index + 1 < len(body) and body[index + 1][0].startswith("quote") and len(body[index + 1][0]) > len(kind)
        )
        (dutch if kind.startswith("quote") and not deeper else english).append(text)
    return english, dutch


def assert_shows_dutch(dutch: list[str], article: Article, *, normalise: bool = False) -> None:
    """The brief's Article section shows the Dutch of every translated block, in order (a list: item
    by item); a liveblog entry's line holds its time as written, then its text."""
    flat = (lambda text: " ".join(text.split())) if normalise else (lambda text: text)
    expected: list[tuple[Block, str]] = []
    for block in article.blocks:
        if block.kind is BlockKind.LIVEBLOG:
            expected += [(block, block.text)] if block.text else []
        elif block.kind in TRANSLATED_KINDS:
            expected += [(block, part) for part in block.parts]
    assert len(dutch) == len(expected), (dutch, expected)
    for line, (block, text) in zip(dutch, expected):
        if block.kind is BlockKind.LIVEBLOG:
            assert line.startswith(flat(block.time or "")) and line.endswith(flat(text)), (line, block)
        else:
            assert line == flat(text)


def article_blocks(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The blocks of the Article section (up to the set-aside list)."""
    start = blocks.index(("h2", "Article"))
    end = next((i for i, (kind, text) in enumerate(blocks) if kind == "h2" and "Left out" in text), len(blocks))
    return blocks[start + 2 : end]  # skip the heading and the layout note


def left_out(blocks: list[tuple[str, str]]) -> list[str]:
    """The texts listed under the "Left out" heading."""
    start = next((i for i, (kind, text) in enumerate(blocks) if kind == "h2" and "Left out" in text), len(blocks))
    return [text for _, text in blocks[start + 2 :]]


class TranslatedOnce(Models):
    """Models whose translator answers `article` with `result`, what its translate_article just
    gave for it (the same call again gives the same: the translation is deterministic, and
    tests/pipeline/test_batch.py holds a batch to one-article runs); any other article is translated."""

    def __init__(self, settings, article, result) -> None:
        super().__init__(settings)
        self.article, self.result = article, result

    def translator(self, refresh: bool = False):
        real, article, result = super().translator(refresh), self.article, self.result

        class Once:
            def translate_articles(self, articles, progress=None):
                return [result] if list(articles) == [article] else real.translate_articles(articles, progress)

        return Once()


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_every_source_sentence_has_its_translation_slot(seed: Path, tiny_settings) -> None:
    models = Models(tiny_settings)
    plan = plan_brief(seed, tiny_settings)
    segmented = segment_article(plan.article)
    translated_blocks, stats = models.translator().translate_article(segmented)
    assert stats.sentences == segmented.sentence_count
    for source, translated in zip(segmented.blocks, translated_blocks, strict=True):
        assert [s.source for s in translated.sentences] == list(source.sentences)
        assert all(s.text.strip() for s in translated.sentences)
    # and the whole article reaches the brief, Dutch and English, block by block; site text is
    # listed (the build's translation stage is handed the translation above, not made twice)
    once = TranslatedOnce(tiny_settings, segmented, (translated_blocks, stats))
    result = build_brief(seed, tiny_settings, models=once)
    meta, blocks = parse_brief(result.path)
    english, dutch = split_languages(article_blocks(blocks))
    assert_shows_dutch(dutch, plan.article)
    assert len(english) == len(dutch) and all(english)
    shown = [b for b in plan.article.blocks if b.kind in TRANSLATED_KINDS and b.parts]
    assert left_out(blocks) == [f"{b.text} ({b.reason})" for b in plan.article.set_aside]
    assert [a["text"] for a in meta["set_aside"]] == [b.text for b in plan.article.set_aside]
    assert meta["sentences"] == segmented.sentence_count
    assert meta["paragraphs"] == len(shown)
    assert meta["source_file"] == seed.name
    assert "content_hash" in meta and meta["cache_key"] == plan.key


def test_date_marker_becomes_metadata(tiny_settings, tmp_path: Path) -> None:
    seed = tmp_path / "001_1ca57c5b1627cb3d.txt"  # its first three paragraphs: the marker opens the first
    seed.write_bytes(short_article(ROOT / "seeds" / seed.name))
    meta, blocks = parse_brief(build_brief(seed, tiny_settings).path)
    assert meta["source_date"] == "2022-02"
    assert not any("date 2022" in text for kind, text in blocks if kind == "quote")


def test_second_run_is_a_cache_hit_and_force_rebuilds(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    # the terse translator (tests/conftest.py): a word a sentence; --force translates again all the
    # same (it passes the sentence cache by, tests/pipeline/store/test_sentences.py)
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    seed = tmp_path / SEEDS[1].name  # its first three paragraphs: the length plays no part
    seed.write_bytes(short_article(SEEDS[1]))
    first = build_brief(seed, tiny_settings)
    before = first.path.read_bytes()
    second = build_brief(seed, tiny_settings)
    assert (first.cached, second.cached) == (False, True)
    assert second.path == first.path and first.path.read_bytes() == before
    forced = build_brief(seed, tiny_settings, force=True)
    assert not forced.cached and forced.path == first.path
    strip = lambda data: [line for line in data.decode().splitlines() if not line.startswith("created_at:")]
    assert strip(forced.path.read_bytes()) == strip(before)  # deterministic apart from the timestamp


def test_same_text_under_another_name_and_line_endings_hits_the_cache(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # a word a sentence
    seed = tmp_path / SEEDS[2].name  # its first three paragraphs: the length plays no part
    seed.write_bytes(short_article(SEEDS[2]))
    first = build_brief(seed, tiny_settings)
    copy = tmp_path / "kopie met spatie.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + seed.read_bytes().replace(b"\n", b"\r\n"))
    again = build_brief(copy, tiny_settings)
    assert again.cached and again.path == first.path


def test_changed_settings_change_the_key(tiny_settings) -> None:
    seed = SEEDS[3]
    other = tiny_settings.model_copy(update={"num_beams": 1})
    assert plan_brief(seed, tiny_settings).key != plan_brief(seed, other).key


def test_cache_hit_runs_without_torch_in_a_fresh_process(tiny_settings, tmp_path: Path) -> None:
    seed = tmp_path / SEEDS[0].name  # its first three paragraphs: the length plays no part
    seed.write_bytes(short_article(SEEDS[0]))
    args = [str(seed), *model_args(tiny_settings), "--quiet"]
    probe = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('HEAVY=' + ','.join(m for m in ('torch', 'transformers') if m in sys.modules), file=sys.stderr))\n"
        "from brief_cli.main import run\n"
        f"sys.argv = ['brief'] + {args!r}\n"
        "run()\n"
    )
    timings = []
    outputs = []
    for _ in range(2):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=600)
        timings.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
        outputs.append((done.stdout.strip(), done.stderr))
    (first_path, first_err), (second_path, second_err) = outputs
    assert first_path == second_path and Path(first_path).is_file()
    assert "HEAVY=torch,transformers" in first_err  # the first run really did the model work
    assert "HEAVY=\n" in second_err or second_err.rstrip().endswith("HEAVY=")
    print(f"\nfirst run {timings[0]:.2f} s, cache hit {timings[1]:.2f} s (fresh processes, tiny models)")


def test_a_700_token_sentence_is_translated_in_parts(tiny_marian: Path, seed_texts: list[str]) -> None:
    engine = registry.torch_engine(ModelRef(str(tiny_marian)), role="translator", device="cpu")
    clauses = [c.strip(" .") for text in seed_texts for c in text.replace("\n", " ").split(".") if len(c.split()) > 4]
    sentence = ", ".join(clauses)
    words = sentence.split()
    while engine.count_tokens([" ".join(words)])[0] > 720:
        words.pop()
    sentence = " ".join(words) + "."
    tokens = engine.count_tokens([sentence])[0]
    assert 680 <= tokens <= 720 and tokens > engine.max_input_tokens
    result = Translator(engine, TranslationOptions(num_beams=1)).translate_sentences([sentence])[0]
    assert result.parts >= 2 and result.split and result.text.strip()
    # TorchEngine refuses over-long inputs, so reaching here means every part fitted the model


def test_an_article_over_1024_tokens_is_summarized_by_map_reduce(tiny_bart: Path, seed_texts: list[str]) -> None:
    engine = registry.torch_engine(ModelRef(str(tiny_bart)), role="summarizer", device="cpu")
    english = [
        "The government said on Tuesday that the talks with the unions would continue next week in The Hague.",
        "Officials expect a decision before the summer, although several ministers have voiced their doubts.",
        "Critics argue that the plan does not go far enough and that households will pay the price.",
    ]
    paragraphs = [" ".join(english[(i + k) % 3] for k in range(3)) for i in range(30)]
    assert engine.count_tokens(["\n".join(paragraphs)])[0] > 1024
    summary = Summarizer(engine).summarize(paragraphs)
    assert summary.chunks >= 2 and summary.rounds >= 2
    assert summary.input_tokens > 1024 and summary.text.strip()


def test_repetition_guard_fires_on_a_rigged_model(rigged_marian: Path, tiny_bart: Path, tiny_settings) -> None:
    settings = tiny_settings.model_copy(update={"translator": str(rigged_marian)})
    seed = SEEDS[4]
    meta, _ = parse_brief(build_brief(seed, settings).path)
    assert meta["sentences_retried"] > 0
    assert meta["sentences_retried"] <= meta["sentences"]
    engine = registry.torch_engine(ModelRef(str(rigged_marian)), role="translator", device="cpu")
    result = Translator(engine).translate_sentences(["Het kabinet is gevallen."])[0]
    assert result.retried and not result.degenerate


def test_full_size_opus_mt_architecture_translates_a_sentence(tmp_path: Path, seed_texts: list[str]) -> None:
    from pipeline.testing import build_fullsize_marian_random

    path = build_fullsize_marian_random(tmp_path / "opus-mt-nl-en-random", seed_texts)
    loaded = load_seq2seq(ModelRef(str(path)), role="translator", device="cpu")
    assert loaded.model.config.vocab_size == 67028 and loaded.model.config.d_model == 512
    assert loaded.max_input_tokens == 512
    engine = TorchEngine(loaded)
    # no early end allowed: the bound is reached exactly; the published config (forced_eos_token_id=0)
    # puts the end token in the last of the 8 positions: 7 text tokens, ended by the forced end token
    assert loaded.model.generation_config.forced_eos_token_id == 0
    no_early_end = {"num_beams": 1, "min_new_tokens": 9}
    output = engine.generate(["Het kabinet is gevallen."], max_new_tokens=8, options=no_early_end)
    assert len(output) == 1 and output[0].tokens == 7 and output[0].finished


# --- structure through the build path (echo engines: the English is the Dutch, so text can be traced)


class EchoModels:
    """Models whose engines echo their input and record it: what was translated, what was summarized."""

    def __init__(self) -> None:
        from tests.fakes import FakeEngine

        echo = lambda text, options: text
        self.translator_engine = FakeEngine(max_input_tokens=512, transform=echo)
        self.summarizer_engine = FakeEngine(max_input_tokens=1024, transform=echo)

    def translator(self, refresh: bool = False) -> Translator:
        return Translator(self.translator_engine)

    def summarizer(self) -> Summarizer:
        return Summarizer(self.summarizer_engine)


LONG_HEADLINE = (
    "Kabinet wil met een reeks nieuwe maatregelen de drukte op het spoor en de wegen rond de grote steden aanpakken"
)
SCRAPED = f"""NOS Nieuws - Algemeen

In het kort:

{LONG_HEADLINE}

ANP Minister Jansen op het station van Utrecht

• Johan Sabbe
01 maart 2019

Het kabinet grijpt in. Dat meldt de minister.

De belangrijkste maatregelen zijn:
- een maximumsnelheid van 30 km/u;
- extra stallingsplekken.

Lees ook
Boeren boos op minister

De Kamer debatteert morgen over het plan. Wij gebruiken cookies om je ervaring op deze site te verbeteren.
"""


def test_structure_through_the_build_path(tiny_settings, tmp_path: Path) -> None:
    source = tmp_path / "scraped.txt"
    source.write_text(SCRAPED, encoding="utf-8")
    models = EchoModels()
    result = build_brief(source, tiny_settings, models=models)
    meta, blocks = parse_brief(result.path)
    # the whole headline is the title (no word cut) and names the file
    assert len(LONG_HEADLINE.split()) > 14
    assert meta["title"] == LONG_HEADLINE and meta["source_title"] == LONG_HEADLINE
    assert meta["title_from"] == "headline" and blocks[0] == ("h1", LONG_HEADLINE)
    assert result.path.name.startswith("kabinet-wil-met-een-reeks")
    assert meta["byline"] == "Johan Sabbe" and meta["published"] == "01 maart 2019"
    # site text: never translated, never summarized, listed at the end and in the front matter
    site = [
        "NOS Nieuws - Algemeen",
        "01 maart 2019",  # the page's date line: set aside, the brief's date read from it (conv52)
        "Lees ook",
        "Boeren boos op minister",
        "Wij gebruiken cookies om je ervaring op deze site te verbeteren.",
    ]
    assert [a["text"] for a in meta["set_aside"]] == site
    assert left_out(blocks) == [f"{a['text']} ({a['reason']})" for a in meta["set_aside"]]
    translated, summarized = models.translator_engine.texts_seen, " ".join(models.summarizer_engine.texts_seen)
    for text in site:
        assert not any(text in t for t in translated) and text not in summarized
    # the summarizer reads the article's own text only: no captions, credits or datelines
    assert "Minister Jansen op het station" in " ".join(translated)
    assert "ANP Minister Jansen" not in summarized and "Johan Sabbe" not in summarized and "2019" not in summarized
    assert LONG_HEADLINE in summarized and "extra stallingsplekken." in summarized
    # --keep-all: nothing set aside, everything translated; another cache key
    keep = tiny_settings.model_copy(update={"keep_all": True})
    kept = build_brief(source, keep, models=EchoModels())
    kept_meta, _ = parse_brief(kept.path)
    assert kept_meta["set_aside"] == [] and kept.path != result.path
    assert kept_meta["sentences"] > meta["sentences"]


def test_without_a_headline_the_title_is_the_whole_first_sentence(tiny_settings, tmp_path: Path) -> None:
    source = tmp_path / "plain.txt"
    first = "Het kabinet wil met een reeks nieuwe maatregelen de drukte op het spoor en de wegen rond de grote steden aanpakken."
    source.write_text(f"{first} Dat meldt de minister.\n\nDe Kamer debatteert morgen.", encoding="utf-8")
    meta, _ = parse_brief(build_brief(source, tiny_settings, models=EchoModels()).path)
    assert meta["title"] == first and meta["title_from"] == "lede" and meta["source_title"] is None


def test_markdown_through_the_build_path(tiny_settings, tmp_path: Path) -> None:
    source = tmp_path / "export.md"
    source.write_text(
        "---\ntitle: Boeren boos\nauthor: Jan\n---\n\nDe boeren zijn boos.\n\n- een\n- twee\n", encoding="utf-8"
    )
    meta, blocks = parse_brief(build_brief(source, tiny_settings, models=EchoModels()).path)
    assert (meta["title"], meta["byline"], meta["source_format"]) == ("Boeren boos", "Jan", "md")
    english, dutch = split_languages(article_blocks(blocks))
    assert dutch == ["Boeren boos", "De boeren zijn boos.", "een", "twee"] and english == dutch


def test_each_article_is_read_once_normalised_once_and_segmented_once(
    tiny_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted on the way through the build path (a seed, and SCRAPED: site text cut out of a
    paragraph sentence by sentence): the file opened once, its text normalised once, each
    paragraph segmented once — the sentences found while looking for site text are the ones
    translated."""
    import collections
    import pathlib

    import pipeline.text.read as read
    import pipeline.text.segment as segment

    scraped = tmp_path / "scraped.txt"
    scraped.write_text(SCRAPED, encoding="utf-8")
    sources = [scraped, tmp_path / SEEDS[3].name]
    sources[1].write_bytes(SEEDS[3].read_bytes())
    opened: collections.Counter[str] = collections.Counter()
    normalised: list[str] = []
    segmented: collections.Counter[str] = collections.Counter()
    real_open, real_normalise, real_spans = pathlib.Path.open, read.normalise_text, segment.sentence_spans

    def counting_open(self, *args, **kwargs):
        opened[str(self)] += 1
        return real_open(self, *args, **kwargs)

    def counting_normalise(text: str) -> str:
        normalised.append(text)
        return real_normalise(text)

    def counting_spans(paragraph: str) -> list[tuple[int, int]]:
        segmented[paragraph] += 1
        return real_spans(paragraph)

    monkeypatch.setattr(pathlib.Path, "open", counting_open)
    monkeypatch.setattr(read, "normalise_text", counting_normalise)
    monkeypatch.setattr(segment, "sentence_spans", counting_spans)
    for source in sources:
        opened.clear(), normalised.clear(), segmented.clear()
        result = build_brief(source, tiny_settings, models=EchoModels())
        assert opened[str(source)] == 1, source.name
        assert len(normalised) == 1, source.name
        assert segmented and max(segmented.values()) == 1, [p for p, n in segmented.items() if n > 1]
        assert result.path.is_file()
        if source == scraped:  # the paragraph with a cookie notice glued to it was segmented whole;
            # the piece kept for translation was not segmented again
            kept = "De Kamer debatteert morgen over het plan."
            assert f"{kept} Wij gebruiken cookies om je ervaring op deze site te verbeteren." in segmented
            assert kept not in segmented
