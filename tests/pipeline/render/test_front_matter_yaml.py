"""The front matter parses and round-trips whatever Unicode the article, the models or the
settings bring: non-characters (U+FFFE, U+FFFF, U+FDD0…), lone surrogates, controls, separators."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import (
    Article,
    Block,
    BlockKind,
    Brief,
    Fidelity,
    FidelityIssue,
    ModelRef,
    SentenceTranslation,
    Summary,
    TranslatedBlock,
    TranslationStats,
)
from pipeline.render.brief import front_matter, render_brief
from pipeline.render.markdown import yaml_value

NASTY = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff", "\x00", "\x1b",
         "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\t", "\n", "\r", '"', "\\", "'", ":", "-", "#", "&", "*",
         "!", "%", "@", "`", "{", "}", "[", "]", "|", ">"]  # fmt: skip
TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=[]), st.sampled_from(NASTY)), min_size=0, max_size=40
)


def brief_of(f: dict) -> Brief:
    article = Article(
        source_name=f["source"],
        text=f["dutch"],
        blocks=(Block(BlockKind.PARAGRAPH, f["dutch"]),),
        source_date=f["date"],
        encoding=f["encoding"],
        warnings=tuple(f["warnings"]),
    )
    sentence = SentenceTranslation(f["dutch"], f["english"], retried=True)
    return Brief(
        article=article,
        blocks=(TranslatedBlock(0, article.blocks[0], ((sentence,),)),),
        summary=Summary(f["summary"], 3),
        title_en=f["title"],
        title_from="lede",
        cache_key=f["key"],
        content_hash=f["hash"],
        translator=ModelRef(f["model"], f["revision"]),
        summarizer=ModelRef(f["model"][::-1], None),
        settings={"translation": {"label": f["setting"]}, f["setting"]: None},
        stats=TranslationStats(1, 0, 1, 0),
        created_at=f["created"],
        fidelity=Fidelity(1, 1, 1, 1, (FidelityIssue(0, 0, (f["number"],), (f["name"],)),)),
    )


FIELDS = st.fixed_dictionaries(
    {
        name: TEXT
        for name in (
            [
                "source",
                "dutch",
                "english",
                "date",
                "encoding",
                "summary",
                "title",
                "key",
                "hash",
                "model",
                "revision",
                "setting",
                "created",
                "number",
                "name",
            ]
        )
    }
    | {"warnings": st.lists(TEXT, max_size=3)}
)


@settings(max_examples=300, deadline=None)
@given(FIELDS)
def test_every_front_matter_field_parses_and_round_trips(fields: dict) -> None:
    brief = brief_of(fields)
    markdown = render_brief(brief)
    markdown.encode("utf-8")  # the file can be written
    head = markdown[4:].split("\n---\n", 1)[0]
    assert yaml.safe_load(head) == front_matter(brief)


def test_non_characters_and_surrogates_are_escaped() -> None:
    for char in ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\ud800"]:
        scalar = yaml_value(f"a{char}b")
        assert char not in scalar and yaml.safe_load(scalar) == f"a{char}b"
