"""The brief as a Prefect UI artifact: title, summary and article first, metadata as a table at
the end — never YAML front matter (the UI renders it as a wall of bold text)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from pipeline.render.artifact import artifact_markdown, split_front_matter
from pipeline.render.brief import front_matter, render_brief
from tests.pipeline.render.test_render_brief import make_brief

PARSER = MarkdownIt("commonmark").enable(["table"])


def test_artifact_starts_with_the_title_and_ends_with_a_table_of_the_metadata() -> None:
    brief = make_brief(["Eerste alinea | met een pijp.", "Tweede *alinea*."], title="Titel | met pijp")
    text = render_brief(brief)
    shown = artifact_markdown(text)
    assert shown.startswith("# Titel \\| met pijp\n") and "cache_key" not in shown
    fields, body = split_front_matter(text)
    assert fields == front_matter(brief)  # every front-matter value reads back exactly
    assert shown.startswith(body.rstrip("\n"))  # the whole brief body, unchanged, first
    tokens = PARSER.parse(shown)
    headings = [t.map[0] for t in tokens if t.type == "heading_open"]
    table = [t.map[0] for t in tokens if t.type == "table_open"]
    assert len(table) == 1 and table[0] > max(headings)  # one table, after the article
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 1 + sum(
        1 for line in shown.split("## Details", 1)[1].splitlines() if line.startswith("| ") and "detail" not in line
    )
    assert f"| cache key | `{brief.cache_key[:19]}…` |" in shown
    assert "| translator | " in shown and brief.translator.name in shown


def test_text_without_front_matter_is_shown_as_it_is() -> None:
    assert artifact_markdown("# Kop\n\nTekst.\n") == "# Kop\n\nTekst.\n"
