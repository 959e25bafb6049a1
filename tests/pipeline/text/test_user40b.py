"""Front matter that is broken YAML and not flat `key: value` lines (a list, an unclosed quote) is refused in one
line naming the file and the line to fix (user40b: it was read as the article's text, its first line the headline);
a thematic break around a paragraph or a list is still text, and the flat lines a CMS writes are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.text.read import read_article

BODY = "\nHet kabinet is gevallen. De premier zei dat vanmiddag in Den Haag na een lange nacht.\n"


def _markdown(tmp_path: Path, name: str, front: str) -> Path:
    """A .md file: these front-matter lines between two rules, then BODY."""
    path = tmp_path / name
    path.write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("front", "line"),
    [
        ('title: "Rutte zegt nee\ndate: 2022-02-01\n', 2),  # an unclosed quote
        ("date: 2022-02-01\ntitle: 'Rutte zegt nee\n", 3),
        ("- title: Rutte zegt nee\n- date: 2022-02-01\n", 2),  # a list, not a mapping
        ("title: Rutte zegt nee\n  - Den Haag\nauteur Jan de Vries\n", 3),  # a stray list item under a flat line
    ],
)
def test_broken_front_matter_names_the_file_and_line(tmp_path: Path, front: str, line: int) -> None:
    with pytest.raises(InputError) as refused:
        read_article(_markdown(tmp_path, "kapot.md", front))
    message = str(refused.value)
    assert message.endswith(f"kapot.md: front matter line {line} is not 'key: value' — fix it or remove the --- block")
    assert refused.value.exit_code == 2 and "\n" not in message


@pytest.mark.parametrize(
    ("front", "headline"),
    [
        ("title: Rutte: geen identificatie\noutlet: NOS\n", "Rutte: geen identificatie"),  # flat lines, YAML's error
        ("title: 'Rutte''s kabinet valt'\n", "Rutte's kabinet valt"),
        ("title: 's-Hertogenbosch kiest een burgemeester\n", "'s-Hertogenbosch kiest een burgemeester"),  # elision
        ("title: 't Gooi: dijk verzakt\n", "'t Gooi: dijk verzakt"),
        ("Het kabinet van Rutte is gevallen.\n", "Het kabinet van Rutte is gevallen."),  # a rule, text, a rule
    ],
)
def test_flat_front_matter_and_rules_around_text_are_read_as_before(tmp_path: Path, front: str, headline: str) -> None:
    assert read_article(_markdown(tmp_path, "goed.md", front)).meta.headline == headline
