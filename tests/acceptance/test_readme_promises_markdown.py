"""The README's promises about a Markdown article as a CMS exports it: front matter as metadata, a date
that is no ISO date, source text escaped, and numbers the English lost marked. One `brief` run (tiny
models) serves every test here."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.acceptance.conftest import User, body, front_matter, once, user_env

EXPORT = """---
title: Rutte: geen uitstel van de begroting
date: 12-02-2022
author: Redactie Binnenland
outlet: Het Parool
---

# Kabinet houdt vast aan begroting

Premier Rutte zei dinsdag in Den Haag dat er geen uitstel komt. Volgens het kabinet kost het plan 127.000 euro per gemeente.

1. Dat zei hij na afloop van de ministerraad, waar het plan urenlang werd besproken.

Op sociale media ging de uitspraak rond onder #begroting, en een lezer stuurde de tekst <script>alert(1)</script> in.
"""


@pytest.fixture(scope="session")
def export_brief(tmp_path_factory, worker_id, models) -> Path:
    def build(root: Path) -> dict:
        article = root / "parool.md"
        article.write_text(EXPORT, encoding="utf-8")
        run = User(root, user_env(root, *models)).brief(str(article))
        return {"code": run.code, "out": run.out, "err": run.err}

    _, result = once(tmp_path_factory, worker_id, "markdown", build)
    assert result["code"] == 0, result
    return Path(result["out"].strip().splitlines()[-1])


def test_front_matter_is_metadata_not_text(export_brief: Path):
    """README: "a YAML front matter (a CMS export: title, date, author, url, outlet, other fields as found) is
    metadata, not text — also when YAML cannot read it but its lines are flat `key: value` lines (`title:
    Rutte: geen …`, an unquoted colon)"."""
    meta = front_matter(export_brief)
    assert meta["outlet"] == "Het Parool"
    quotes = [b for b in body(export_brief).split("\n\n") if b.startswith(">")]
    assert quotes and not any("Rutte: geen uitstel" in q or "date:" in q or "outlet:" in q for q in quotes)


def test_date_that_is_no_iso_date_is_a_warning(export_brief: Path):
    """README: "A `date` that is no ISO date (`12-02-2022`) is a warning of the brief"."""
    warnings = front_matter(export_brief)["warnings"]
    assert any("12-02-2022" in str(w) for w in warnings), warnings


def test_source_text_is_escaped(export_brief: Path):
    """README: "Source text is escaped: a `#hashtag`, `1.` or `<script>` in the article shows as text"."""
    html = MarkdownIt("commonmark").render(body(export_brief))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<ol" not in html
    assert "#begroting" in html


def test_numbers_the_english_lost_are_marked(export_brief: Path):
    """README: "a sentence that lacks one is listed in `struggles` (`missing_numbers`, …), counted in `fidelity:
    {numbers_checked, numbers_missing, …}` and marked in the article with _(⚠ check the Dutch: …)_" (the tiny
    translator writes one word a sentence: 127.000 cannot survive it)."""
    meta = front_matter(export_brief)
    assert meta["fidelity"]["numbers_checked"] >= 1 and meta["fidelity"]["numbers_missing"] >= 1
    assert any(s.get("missing_numbers") for s in meta["struggles"]), meta["struggles"]
    assert "⚠ check the Dutch" in body(export_brief)
