"""Tests for pipeline/text/segment.py: gold seeds, a Dutch stress set, a blind set, a scraped-style
development set, and properties."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.text.segment import sentence_spans, split_sentences
from scripts.eval_segmentation import (
    BLIND_FILE,
    DEV_FILE,
    HELDOUT2_FILE,
    HELDOUT_FILE,
    STRESS_FILE,
    CaseScore,
    load_cases,
    load_gold,
    score_cases,
    score_gold,
)
from tests.conftest import ROOT, shared_dir

GOLD_DIR = shared_dir("gold")
SEEDS_DIR = shared_dir("seeds")
LENIENT_F1_BAR = 0.99
STRICT_F1_BAR = 0.98
BLIND_F1_BAR = 0.99
BLIND_EXACT_BAR = 0.97
DEV_F1_BAR = 0.99
DEV_EXACT_BAR = 0.97
HELDOUT_F1_BAR = 0.98  # measured 0.959 on first sight (unbiased), 0.993 after the fixes it revealed
HELDOUT_EXACT_BAR = 0.97
HELDOUT2_F1_BAR = 0.98  # third blind set, scored once after all fixes: strict 0.988, lenient 0.996, exact 147/150

# ----------------------------------------------------------------------------------------------
# (1) gold seeds
# ----------------------------------------------------------------------------------------------


def test_gold_boundary_f1(record_property: pytest.RecordProperty) -> None:
    strict, lenient = score_gold(load_gold(GOLD_DIR, SEEDS_DIR), sentence_spans)
    for name, score in (("strict", strict), ("lenient", lenient)):
        print(
            f"\ngold {name}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
            f"(tp={score.tp} fp={score.fp} fn={score.fn})"
        )
        for key, value in score.as_dict().items():
            record_property(f"gold_{name}_{key}", round(value, 4))
    print("\n".join(strict.errors))
    assert lenient.f1 >= LENIENT_F1_BAR, lenient.errors
    assert strict.f1 >= STRICT_F1_BAR, strict.errors


# ----------------------------------------------------------------------------------------------
# (2) hand-written stress set
# ----------------------------------------------------------------------------------------------

STRESS_CASES = load_cases(STRESS_FILE)


@pytest.mark.parametrize("case", STRESS_CASES, ids=[case["id"] for case in STRESS_CASES])
def test_stress_case(case: dict) -> None:
    assert split_sentences(case["paragraph"]) == case["sentences"]


# ----------------------------------------------------------------------------------------------
# (3) case sets scored as a whole: blind and heldout (written without looking at the segmenter)
#     and dev (scraped-style paragraphs in 28 article shapes)
# ----------------------------------------------------------------------------------------------


def report(name: str, result: CaseScore, record_property: pytest.RecordProperty) -> None:
    for kind, score in (("strict", result.strict), ("lenient", result.lenient)):
        print(
            f"\n{name} {kind}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
            f"(tp={score.tp} fp={score.fp} fn={score.fn})"
        )
        for key, value in score.as_dict().items():
            record_property(f"{name}_{kind}_{key}", round(value, 4))
    print(f"{name} exact: {result.total - len(result.failed)}/{result.total} ({result.exact:.1%})")
    record_property(f"{name}_exact", round(result.exact, 4))
    print("\n".join(result.strict.errors))


@pytest.mark.parametrize(
    "name, path, f1_bar, exact_bar",
    [
        ("blind", BLIND_FILE, BLIND_F1_BAR, BLIND_EXACT_BAR),
        ("dev", DEV_FILE, DEV_F1_BAR, DEV_EXACT_BAR),
        ("heldout", HELDOUT_FILE, HELDOUT_F1_BAR, HELDOUT_EXACT_BAR),
        ("heldout2", HELDOUT2_FILE, HELDOUT2_F1_BAR, HELDOUT_EXACT_BAR),
    ],
    ids=["blind", "dev", "heldout", "heldout2"],
)
def test_case_set_strict_f1_and_exact_match(
    name: str, path: Path, f1_bar: float, exact_bar: float, record_property: pytest.RecordProperty
) -> None:
    result = score_cases(load_cases(path), sentence_spans)
    report(name, result, record_property)
    assert result.strict.f1 >= f1_bar, result.strict.errors
    assert result.exact >= exact_bar, result.failed


# ----------------------------------------------------------------------------------------------
# (4) properties: nothing lost, nothing invented, never raises
# ----------------------------------------------------------------------------------------------

FRAGMENTS = [
    "De",
    "het",
    "Oekraïne",
    "minister",
    "zei",
    "Biden",
    "NAVO",
    "VS",
    "op",
    "niets",
    "prof.",
    "dr.",
    "Dr.",
    "mevr.",
    "dhr.",
    "mr.",
    "J.P.",
    "A.",
    "Th.",
    "St.",
    "Sr.",
    "’s",
    "'s",
    "’s-Hertogenbosch",
    "middags",
    "Avonds",
    "bijv.",
    "o.a.",
    "d.w.z.",
    "enz.",
    "etc.",
    "nr.",
    "ca.",
    "jan.",
    "sept.",
    "mln.",
    "min.",
    "t/m",
    "B.V.",
    "vs.",
    "127.000",
    "1.5",
    "3.30",
    "12.15",
    "2.4.1",
    "1e",
    "2.",
    "6,8%",
    "€",
    "°C",
    "www.nos.nl",
    "pic.twitter.com/dAP2nkrXfK",
    "info@nos.nl",
    "https://x.nl/a.b",
    "@WBHoekstra",
    "(@TeamNL)",
    "10",
    "februari",
    "2022",
    "parketnr.",
    "weer.",
    "Geert",
    "nu.nl.",
    "N.B.",
    "\n- ",
    "\n• ",
    "21.30\n",
    "zijn:\n",
    "⚽",
    "🇳🇱",
    "‘order!’",
    "1.",
    "pic.twitter.com/aB3dE5fGh2",
    "KvK-nr.",
    "afl.",
    "Nederlanders",
    ".",
    "..",
    "...",
    "…",
    "?",
    "!",
    "?!",
    ";",
    ":",
    ",",
    "(",
    ")",
    "[",
    "]",
    "(…)",
    "’",
    "‘",
    "”",
    "“",
    "„",
    '"',
    "'",
    "»",
    "«",
    "—",
    "–",
    "-",
    "#",
    "*",
    " ",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u200b",
    "\u2028",
    "\r\n",
]

dutchish_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS).map(lambda f: f + " ")),
    max_size=40,
).map("".join)

any_text = st.text(max_size=200)

mixed_text = st.lists(st.one_of(dutchish_text, st.text(max_size=8)), max_size=6).map("".join)

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_exact_partition(paragraph: str) -> None:
    """Stripped, non-empty, ordered, non-overlapping exact substrings that cover all the text."""
    spans = sentence_spans(paragraph)
    sentences = split_sentences(paragraph)
    assert sentences == [paragraph[start:end] for start, end in spans]
    if not paragraph.strip():
        assert sentences == []
        return
    cursor = 0
    for start, end in spans:
        assert cursor <= start < end <= len(paragraph)
        gap = paragraph[cursor:start]
        assert not gap.strip(), f"text lost between sentences: {gap!r}"
        if cursor and not gap:  # only a sentence end with its space missing: "weer.Geert"
            assert paragraph[start - 1] in ".!?”’»)" and paragraph[start].isupper(), paragraph[cursor - 5 : start + 5]
        sentence = paragraph[start:end]
        assert sentence and sentence == sentence.strip()
        cursor = end
    assert not paragraph[cursor:].strip()
    assert "".join("".join(sentences).split()) == "".join(paragraph.split())


@PROPERTY_SETTINGS
@given(any_text)
def test_property_arbitrary_unicode(paragraph: str) -> None:
    assert_exact_partition(paragraph)


@PROPERTY_SETTINGS
@given(dutchish_text)
def test_property_dutchish_punctuation_heavy(paragraph: str) -> None:
    assert_exact_partition(paragraph)


@PROPERTY_SETTINGS
@given(mixed_text)
def test_property_mixed(paragraph: str) -> None:
    assert_exact_partition(paragraph)


@pytest.mark.parametrize("paragraph", ["", " ", "\n\t ", "\u00a0\u2009"])
def test_whitespace_only_gives_nothing(paragraph: str) -> None:
    assert split_sentences(paragraph) == []
    assert sentence_spans(paragraph) == []


def test_a_missing_space_gives_adjacent_spans() -> None:
    paragraph = "Het regende.Daarna scheen de zon, zie nu.nl.Morgen weer."
    assert sentence_spans(paragraph) == [(0, 12), (12, 44), (44, 56)]
    assert split_sentences(paragraph) == ["Het regende.", "Daarna scheen de zon, zie nu.nl.", "Morgen weer."]


def test_spans_are_offsets_into_the_original() -> None:
    paragraph = "  Eerste zin.   Tweede zin!\n‘Derde?’ vroeg hij.  "
    assert sentence_spans(paragraph) == [(2, 13), (16, 27), (28, 47)]
    assert split_sentences(paragraph) == ["Eerste zin.", "Tweede zin!", "‘Derde?’ vroeg hij."]


@pytest.mark.parametrize("module", ["segment", "boundary", "dutch_rules"])
def test_segmenter_imports_only_stdlib_syntok_and_itself(module: str) -> None:
    source = (ROOT / "pipeline" / "text" / f"{module}.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    allowed = {"__future__", "re", "enum", "typing", "collections.abc", "contextlib", "contextvars"}
    allowed |= {"syntok.segmenter", "syntok.tokenizer"}
    assert imported <= allowed | {"pipeline.text", "pipeline.text.boundary", "pipeline.text.versions"}, imported
