"""Stage 3 orchestration, on a fake engine: accounting, batching, long inputs, the repetition guard."""

from __future__ import annotations

import pytest

from pipeline.model_options import TranslationOptions
from pipeline.translate import Translator, halve, has_runaway_repetition
from tests.fakes import FakeEngine


def test_every_sentence_gets_its_own_translation_in_order() -> None:
    engine = FakeEngine()
    sentences = ["Een zin.", "Nog een zin hier.", "Een zin.", "127.000", "Derde zin met meer woorden erin."]
    results = Translator(engine).translate_sentences(sentences)
    assert [r.source for r in results] == sentences
    assert [r.text for r in results] == [
        "EEN ZIN.",
        "NOG EEN ZIN HIER.",
        "EEN ZIN.",
        "127.000",
        "DERDE ZIN MET MEER WOORDEN ERIN.",
    ]
    # duplicates are translated once; a sentence without letters is kept as it is, not sent
    assert sorted(engine.texts_seen) == sorted(["Een zin.", "Nog een zin hier.", "Derde zin met meer woorden erin."])


def test_batches_are_sorted_by_length_and_bounded() -> None:
    engine = FakeEngine()
    sentences = [" ".join(["woord"] * n) + "." for n in (3, 12, 7, 1, 9, 5, 11, 2)]
    Translator(engine, TranslationOptions(max_batch_sentences=3)).translate_sentences(sentences)
    lengths = [len(t.split()) for batch in engine.batches for t in batch]
    assert lengths == sorted(lengths, reverse=True)
    assert all(len(batch) <= 3 for batch in engine.batches)
    assert len(engine.texts_seen) == len(sentences)


def test_batch_token_budget_is_respected() -> None:
    engine = FakeEngine()
    sentences = [" ".join(["w"] * 20) + f" {i}." for i in range(10)]
    Translator(engine, TranslationOptions(max_batch_tokens=50)).translate_sentences(sentences)
    assert all(len(batch) * 22 <= 50 for batch in engine.batches)


def test_output_length_is_bounded_relative_to_the_input() -> None:
    engine = FakeEngine()
    Translator(engine, TranslationOptions(length_ratio=1.5, length_margin=4)).translate_sentences(
        ["een twee drie vier."]
    )
    assert engine.calls[0]["max_new_tokens"] == 16  # 5 input tokens: ceil(1.5 * 5) + 4 = 12, up to a multiple of 8


def test_a_sentence_longer_than_the_model_input_is_translated_in_parts() -> None:
    engine = FakeEngine(max_input_tokens=64)
    clauses = [" ".join(f"w{i}_{j}" for j in range(9)) + "," for i in range(30)]  # 270 words, 30 clauses
    long_sentence = " ".join(clauses)[:-1] + "."
    result = Translator(engine, TranslationOptions(piece_tokens=32)).translate_sentences([long_sentence])[0]
    assert result.parts > 1 and result.split
    assert result.text.split() == long_sentence.upper().split()  # every word translated, in order
    assert all(len(t.split()) + 1 <= 32 for t in engine.texts_seen)


def test_degenerate_output_is_retried_with_no_repeat_ngrams() -> None:
    def stutter(text: str, options) -> str:
        if "no_repeat_ngram_size" in options:
            return text.upper()
        return "the the the the the the the"

    engine = FakeEngine(transform=stutter)
    results = Translator(engine).translate_sentences(["Het kabinet valt.", "Niets aan de hand."])
    assert [r.text for r in results] == ["HET KABINET VALT.", "NIETS AAN DE HAND."]
    assert all(r.retried and not r.degenerate for r in results)
    assert engine.calls[-1]["no_repeat_ngram_size"] == 3


def test_output_that_hits_the_length_bound_is_split_in_halves() -> None:
    def runaway(text: str, options) -> str:
        words = text.split()
        return text.upper() if len(words) <= 3 else " ".join(f"x{i}" for i in range(500))

    engine = FakeEngine(transform=runaway)
    sentence = "Een twee drie, vier vijf zes."
    result = Translator(engine).translate_sentences([sentence])[0]
    assert result.text == "EEN TWEE DRIE, VIER VIJF ZES."
    assert result.retried and result.parts == 2 and not result.degenerate and not result.split


def test_hopeless_output_is_kept_marked_and_counted() -> None:
    engine = FakeEngine(transform=lambda text, options: "")
    paragraphs_result = Translator(engine).translate_sentences(["Eén zin die nooit lukt."])
    assert paragraphs_result[0].degenerate and paragraphs_result[0].text == "Eén zin die nooit lukt."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the the the the", True),
        ("in the city in the city in the city", True),
        ("He said that that was fine.", False),
        ("Very, very good news for the city.", False),
        ("Wait... what - - - - happened?", False),
        ("", False),
    ],
)
def test_runaway_repetition_detector(text: str, expected: bool) -> None:
    assert has_runaway_repetition(text) is expected


def test_halve_cuts_near_the_middle_at_a_clause() -> None:
    assert halve("een twee, drie vier vijf zes") == ["een twee,", "drie vier vijf zes"]
    assert halve("alleen") == ["alleen"]


def test_output_ended_by_a_forced_end_token_at_the_bound_counts_as_runaway() -> None:
    """opus-mt's config forces an end token at the length bound: such an output looks finished."""
    from pipeline.engines.base import Generated

    class ForcedEos(FakeEngine):
        def generate(self, texts, *, max_new_tokens, options):
            self.batches.append(list(texts))
            self.calls.append({"max_new_tokens": max_new_tokens, **options})
            if "no_repeat_ngram_size" in options:
                return [Generated(t.upper(), len(t.split()), True) for t in texts]
            return [
                Generated(" ".join(f"w{i}" for i in range(max_new_tokens - 1)), max_new_tokens - 1, True) for t in texts
            ]

    result = Translator(ForcedEos()).translate_sentences(["Een zin van vijf woorden."])[0]
    assert result.retried and result.text == "EEN ZIN VAN VIJF WOORDEN."


def test_a_sentence_gets_the_same_bound_whatever_shares_its_batch() -> None:
    short, longer = "een twee.", " ".join(["woord"] * 30) + "."
    alone, mixed = FakeEngine(), FakeEngine()
    Translator(alone).translate_sentences([short])
    Translator(mixed).translate_sentences([longer, short])
    bound_alone = alone.calls[0]["max_new_tokens"]
    assert [c["max_new_tokens"] for b, c in zip(mixed.batches, mixed.calls) if short in b] == [bound_alone]
    assert bound_alone % TranslationOptions().bound_step == 0


def test_articles_translated_together_share_batches_and_get_their_own_results() -> None:
    from pipeline.brief import segment_article
    from pipeline.text.read import read_article
    from tests.conftest import SEEDS

    articles = [segment_article(read_article(path)) for path in SEEDS[:3]]
    alone = [Translator(FakeEngine()).translate_article(article) for article in articles]
    engine = FakeEngine()
    together = Translator(engine).translate_articles(articles)
    assert together == alone
    unique = {s for a in articles for b in a.blocks for s in b.sentences if any(ch.isalpha() for ch in s)}
    assert sorted(engine.texts_seen) == sorted(unique)  # every distinct sentence sent once, across articles
