"""Stage 4 orchestration, on a fake engine: direct summaries, map-reduce, no truncation."""

from __future__ import annotations

from pipeline.model_options import SummaryOptions
from pipeline.summarize import Summarizer
from tests.fakes import FakeEngine


def first_words(n: int):
    return lambda text, options: " ".join(text.split()[:n])


def paragraph(i: int, words: int) -> str:
    return " ".join(f"p{i}w{j}" for j in range(words)) + "."


def test_short_article_is_summarized_in_one_pass() -> None:
    engine = FakeEngine(max_input_tokens=100, transform=first_words(5))
    summary = Summarizer(engine).summarize([paragraph(0, 20), paragraph(1, 20)])
    assert (summary.chunks, summary.rounds) == (1, 1)
    assert summary.text == "p0w0 p0w1 p0w2 p0w3 p0w4"
    assert len(engine.batches) == 1


def test_long_article_goes_through_map_reduce_at_paragraph_boundaries() -> None:
    engine = FakeEngine(max_input_tokens=100, transform=first_words(10))
    paragraphs = [paragraph(i, 30) for i in range(12)]  # ~372 tokens: no single input can hold it
    summary = Summarizer(engine).summarize(paragraphs)
    assert summary.chunks >= 4 and summary.rounds == 2
    first_level = engine.texts_seen[: summary.chunks]  # batched longest first
    # chunks are whole consecutive paragraphs, each within the limit (FakeEngine refuses anything longer)
    in_order = sorted(first_level, key=lambda chunk: paragraphs.index(chunk.split("\n")[0]))
    assert [p for chunk in in_order for p in chunk.split("\n")] == paragraphs
    assert summary.input_tokens > engine.max_input_tokens


def test_a_paragraph_longer_than_the_input_is_cut_not_truncated() -> None:
    engine = FakeEngine(max_input_tokens=50, transform=first_words(3))
    huge = paragraph(0, 400)
    summary = Summarizer(engine).summarize([huge])
    first_level = sorted(engine.texts_seen[: summary.chunks], key=huge.index)
    assert " ".join(first_level).split() == huge.split()


def test_non_shrinking_summaries_stop_instead_of_looping() -> None:
    engine = FakeEngine(max_input_tokens=30, transform=lambda text, options: text)
    summary = Summarizer(engine).summarize([paragraph(i, 20) for i in range(4)])
    assert summary.rounds == 1 and summary.chunks == 4
    assert len(summary.text.split()) == 4 * 20  # everything kept, nothing cut


def test_generation_settings_come_from_config_and_can_be_overridden() -> None:
    engine = FakeEngine(max_input_tokens=200, transform=first_words(5))
    Summarizer(engine).summarize([paragraph(0, 150)])
    assert engine.calls[-1]["max_new_tokens"] == 141  # BART's max_length 142 counts the start token
    Summarizer(engine, SummaryOptions(max_length=60, min_length=20, num_beams=2)).summarize([paragraph(0, 150)])
    assert engine.calls[-1]["max_new_tokens"] == 59
    assert engine.calls[-1]["min_new_tokens"] == 19 and engine.calls[-1]["num_beams"] == 2


def test_min_length_is_lowered_for_short_inputs() -> None:
    engine = FakeEngine(max_input_tokens=200, transform=first_words(5))
    Summarizer(engine, SummaryOptions(min_length=56)).summarize(["Kort stukje tekst van acht woorden hier."])
    assert engine.calls[-1]["min_new_tokens"] == 4  # half of the 9 input tokens, not 56


def test_many_articles_share_engine_calls_never_a_padded_batch_and_get_the_summaries_they_get_alone() -> None:
    articles = [[paragraph(10 * a + i, 30) for i in range(n)] for a, n in enumerate((1, 12, 0, 3))]
    engines = [FakeEngine(max_input_tokens=100, transform=first_words(10)) for _ in articles]
    alone = [Summarizer(engine).summarize(article) for engine, article in zip(engines, articles)]
    engine = FakeEngine(max_input_tokens=100, transform=first_words(10))
    together = Summarizer(engine).summarize_many(articles)
    assert together == alone
    assert sorted(engine.texts_seen) == sorted(t for e in engines for t in e.texts_seen)  # the same work
    assert engine.each_calls < sum(e.each_calls for e in engines)  # in fewer engine calls
    assert all(len(batch) == 1 for batch in engine.batches)  # but no chunk padded beside another
