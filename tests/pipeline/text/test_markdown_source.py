"""Markdown articles: CommonMark structure and YAML front matter as metadata."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline.document import BlockKind
from pipeline.errors import InputError
from pipeline.text.markdown_source import markdown_blocks
from pipeline.text.read import parse_article, read_article

K = BlockKind

CMS_EXPORT = """---
title: "Kabinet neemt maatregelen tegen drukte"
date: 2024-03-01
author: [Jan de Vries, Anna Bakker]
url: https://example.nl/nieuws/123
section: Binnenland
---

# Kabinet neemt maatregelen tegen drukte

Het kabinet grijpt in. **Vanaf maart** gelden nieuwe regels, zegt [de minister](https://example.nl/m).

Foto: ANP

## De maatregelen

De belangrijkste maatregelen zijn:

- een maximumsnelheid van 30 km/u;
- extra *stallingsplekken*;

1. Utrecht
2. Amsterdam

> „Dit is onacceptabel”, zegt de oppositie.

Lees ook

Meer uit Binnenland
"""


def test_markdown_structure_and_front_matter() -> None:
    article = parse_article(CMS_EXPORT, source_name="a.md", source_format="md")
    found = [(b.kind, b.text) for b in article.blocks]
    assert found[0] == (K.HEADLINE, "Kabinet neemt maatregelen tegen drukte")
    assert found[1] == (
        K.LEDE,
        "Het kabinet grijpt in. Vanaf maart gelden nieuwe regels, zegt de minister.",
    )
    assert (K.SITE_TEXT, "Foto: ANP") in found  # a credit alone is site text (conventions37; it was a caption)
    assert (K.SUBHEADING, "De maatregelen") in found
    lists = [b.items for b in article.blocks if b.kind is K.LIST]
    assert lists == [("een maximumsnelheid van 30 km/u;", "extra stallingsplekken;"), ("1. Utrecht", "2. Amsterdam")]
    assert (K.QUOTE, "„Dit is onacceptabel”, zegt de oppositie.") in found
    assert [(b.text, b.reason) for b in article.set_aside] == [
        ("Foto: ANP", "credit"),
        ("Lees ook", "teaser"),
        ("Meer uit Binnenland", "teaser"),
    ]
    meta = article.meta
    assert meta.headline == "Kabinet neemt maatregelen tegen drukte"
    assert meta.published == "2024-03-01" and meta.byline == "Jan de Vries, Anna Bakker"
    assert meta.url == "https://example.nl/nieuws/123" and dict(meta.extra) == {"section": "Binnenland"}
    assert not any("title:" in b.text or "example.nl" in b.text for b in article.blocks)  # metadata, not text


def test_front_matter_title_without_a_heading_becomes_the_headline() -> None:
    article = parse_article(
        "---\ntitle: Boeren boos\n---\n\nDe boeren zijn boos.", source_name="a.md", source_format="md"
    )
    assert [(b.kind, b.text) for b in article.blocks] == [(K.HEADLINE, "Boeren boos"), (K.LEDE, "De boeren zijn boos.")]


def test_a_rule_that_is_not_front_matter_stays_text() -> None:
    article = parse_article("---\n\nGewone tekst. Nog een zin.\n", source_name="a.md", source_format="md")
    assert [b.text for b in article.blocks] == ["Gewone tekst. Nog een zin."]


def test_markdown_liveblog_times() -> None:
    text = "# Liveblog storm\n\nHet stormt.\n\n21.30\n\nBomen omgewaaid.\n\n21.45\n\n### Code rood\n\nDe KNMI geeft code rood af.\n"
    article = parse_article(text, source_name="a.md", source_format="md")
    assert [(b.time, b.text) for b in article.blocks if b.kind is K.LIVEBLOG] == [("21.30", ""), ("21.45", "Code rood")]


def test_md_suffix_selects_markdown(tmp_path: Path) -> None:
    path = tmp_path / "stuk.md"
    path.write_text("# Kop\n\n- een\n- twee\n", encoding="utf-8")
    article = read_article(path)
    assert article.source_format == "md" and article.blocks[1].items == ("een", "twee")
    txt = tmp_path / "stuk.txt"
    txt.write_text("# Kop\n\n- een\n- twee\n", encoding="utf-8")
    assert read_article(txt).blocks[0].text == "# Kop"  # plain text: a hash is a character


ALIAS_BOMB = (
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\nTekst.\n"
)


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        (ALIAS_BOMB, "anchors/aliases"),
        ("---\nauthor: *onbekend\n---\n\nTekst.\n", "anchors/aliases"),
        ("---\na: " + "[" * 5000 + "]" * 5000 + "\n---\n\nTekst.\n", "deeper than 10"),
        ("---\n" + "".join(f"k{i}: waarde\n" for i in range(10_000)) + "---\n\nTekst.\n", "over 64 KB"),
    ],
)
def test_hostile_front_matter_is_refused_in_one_line_before_loading(front: str, reason: str) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as refused:
        markdown_blocks(front, name="bom.md")
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    assert time.perf_counter() - started < 2


def test_an_ampersand_or_asterisk_inside_a_value_is_no_anchor() -> None:
    _, meta = markdown_blocks("---\ntitle: Q&A over *sterren*\n---\n\nTekst.\n", name="ok.md")
    assert meta.headline == "Q&A over *sterren*"


@pytest.mark.parametrize("body", ["[" * 200_000, "![" * 50_000, "> " * 100_000 + "x", "*a " * 60_000, "<" * 200_000])
def test_hostile_markdown_is_parsed_in_bounded_time(body: str) -> None:
    started = time.perf_counter()
    markdown_blocks(body, name="vreemd.md")
    assert (
        time.perf_counter() - started < 20
    )  # markdown-it-py is linear on these (~2 s for 200k "[", ~3.5 s for 50k "![" here)
