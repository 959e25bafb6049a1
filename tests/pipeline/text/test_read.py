"""Stage 1: decoding, normalisation, the date marker, blocks and headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import BlockKind
from pipeline.errors import InputError
from pipeline.text.patterns import is_heading
from pipeline.text.read import content_hash, read_article, split_date_marker
from tests.conftest import SEEDS, shared_dir


def write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_blocks_match_gold_paragraphs() -> None:
    """Each gold paragraph is one block — but for the one "Lees ook: …" teaser, set aside whole, and a caption's
    photo credit ("… Beeld REUTERS"), cut off it as site text (conventions37, tests/data/STRUCTURE_CONVENTIONS.md)."""
    import json

    gold_dir = shared_dir("gold")
    credit = " Beeld REUTERS"
    for seed in SEEDS:
        gold = json.loads((gold_dir / f"{seed.stem}.json").read_text(encoding="utf-8"))
        article = read_article(seed)
        joined = [" ".join(s for s in sentences if not s.startswith("date 20")) for sentences in gold]
        cut = [p for j in joined for p in ([j.removesuffix(credit), credit.strip()] if j.endswith(credit) else [j])]
        assert [b.text for b in article.blocks] == cut, seed.name
        aside = [(b.text[:9], b.reason) for b in article.set_aside]
        credits = [("Beeld REU", "credit")] * sum(j.endswith(credit) for j in joined)
        assert aside == ([("Lees ook:", "teaser")] if seed.name.startswith("003") else []) + credits, seed.name


@pytest.mark.parametrize(
    "raw, expected_date, first_words",
    [
        (" date 2022-02 De Amerikaanse president", "2022-02", "De Amerikaanse"),
        ("date 2021-12\nHet kabinet", "2021-12", "Het kabinet"),
        ("De datum 2022-02 staat later", None, "De datum"),
        (" date 2022-13 ongeldig", None, "date 2022-13"),
    ],
    ids=["inline", "own-line", "not-at-start", "bad-month"],
)
def test_date_marker(raw: str, expected_date: str | None, first_words: str) -> None:
    date, body = split_date_marker(raw)
    assert date == expected_date
    assert body.lstrip().startswith(first_words)


def test_bom_crlf_and_lf_give_the_same_article_and_hash(tmp_path: Path) -> None:
    text = "Kop van het stuk\r\n\r\nEerste zin. Tweede zin.\r\nNog een regel.\r\n"
    plain = read_article(write(tmp_path, text.replace("\r\n", "\n").encode(), "lf.txt"))
    bom = read_article(write(tmp_path, b"\xef\xbb\xbf" + text.encode(), "bom.txt"))
    assert plain.blocks == bom.blocks
    assert content_hash(plain.text) == content_hash(bom.text)
    assert [b.kind for b in plain.blocks] == [BlockKind.HEADLINE, BlockKind.LEDE]
    assert plain.blocks[1].text == "Eerste zin. Tweede zin. Nog een regel."


def test_utf16_with_bom(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "Één zin over Oekraïne.".encode("utf-16")))
    assert article.blocks[0].text == "Één zin over Oekraïne."
    assert article.warnings == ()


def test_latin1_is_detected_with_a_warning(tmp_path: Path) -> None:
    text = "Het café in België was gesloten. De eigenaar zei dat hij ziek was, maar dat niemand het wist. " * 3
    article = read_article(write(tmp_path, text.encode("latin-1")))
    assert "café in België" in article.blocks[0].text
    assert len(article.warnings) == 1 and "not UTF-8" in article.warnings[0]


def test_heading_glued_above_text_becomes_its_own_block(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, b"Inleiding\nDit is de tekst. Nog een zin."))
    assert [(b.text, b.kind) for b in article.blocks] == [
        ("Inleiding", BlockKind.HEADLINE),
        ("Dit is de tekst. Nog een zin.", BlockKind.LEDE),
    ]


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Pentagon", True),
        ("‘Extreem gevaarlijk’", True),
        ("Biden en Poetin spreken zaterdag met elkaar", True),
        ("In deze video leggen we uit hoe Poetin naar Oost-Europa kijkt:", False),
        ("Dit is een zin.", False),
        ("127.000", False),
        ("Een heel lange regel zonder punt aan het einde die toch echt geen kop is want hij is te lang", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "no text"),
        (b"   \n\n \t \n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"tekst\x00met\x00nul", "binary"),
        (b"\xef\xbb\xbfgoed\xff\xfeslecht", "invalid utf-8"),
    ],
    ids=["empty", "whitespace", "png", "nul", "bad-utf8-after-bom"],
)
def test_bad_input_is_refused_with_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_article(write(tmp_path, data))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_missing_directory_and_size_limit(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    big = write(tmp_path, b"Een zin. " * 200)
    with pytest.raises(InputError, match="limit"):
        read_article(big, max_bytes=1000)
