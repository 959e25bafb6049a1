"""Today's adapter: a brief file written by pipeline.render.brief read back into the view model —
every block's kind, Dutch and English, the fidelity marks as flags, the set-aside text, the
metadata — and a site from an output folder with digests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.brief import segment_article
from pipeline.document import (
    Article,
    ArticleMeta,
    Block,
    BlockKind,
    Brief,
    Fidelity,
    FidelityIssue,
    ModelRef,
    Summary,
)
from pipeline.render.brief import render_brief
from pipeline.settings import BriefSettings
from pipeline.site.adapter import NOTES, site_from_outputs
from pipeline.site.model import Alignment, SiteBlockKind
from pipeline.translate import Translator
from pipeline.web.atom import read_brief_file
from tests.fakes import FakeEngine

HOSTILE = "<script>alert(1)</script> *nadruk* [klik](javascript:x) `code` 1. #tag \\ www.x.nl info@x.nl"
BLOCKS = [
    Block(BlockKind.HEADLINE, "Kabinet valt over stikstof"),
    Block(BlockKind.BYLINE, "Door Jan de Vries"),
    Block(BlockKind.PARAGRAPH, f"Het kabinet is gevallen. Dat meldt de NOS. {HOSTILE}"),
    Block(BlockKind.LIST, "- Eerste punt\n- Tweede <b>punt</b>", items=("Eerste punt", "Tweede <b>punt</b>")),
    Block(BlockKind.SUBHEADING, "Wat nu?"),
    Block(BlockKind.QUOTE, "Wij gaan door, zei hij."),
    Block(BlockKind.CAPTION, "Foto: ANP"),
    Block(BlockKind.LIVEBLOG, "Nieuwe verkiezingen", time="21.30 -"),
    Block(BlockKind.PARAGRAPH, "Er komen verkiezingen op 12 maart."),
    Block(BlockKind.SITE_TEXT, "Lees ook: <a href=x>meer</a>", reason="teaser"),
]
SHOWN = [b for b in BLOCKS if b.kind not in (BlockKind.BYLINE, BlockKind.SITE_TEXT)]
EXPECTED_KINDS = ["heading", "paragraph", "list", "heading", "quote", "caption", "liveblog", "paragraph"]


def english(text: str) -> str:
    return f"EN({text})"


def make_brief() -> Brief:
    article = Article(
        source_name="bron.txt",
        text="\n\n".join(b.text for b in BLOCKS),
        blocks=tuple(BLOCKS),
        meta=ArticleMeta(
            headline="Kabinet valt", outlet="NOS <i>", byline="Jan", published="2026-02-12", url="https://nos.nl/a"
        ),
    )
    engine = FakeEngine(max_input_tokens=512, transform=lambda text, options: english(text))
    translated, stats = Translator(engine).translate_article(segment_article(article))
    last = next(b.index for b in translated if b.block.text.startswith("Er komen"))
    fidelity = Fidelity(issues=(FidelityIssue(paragraph=last, sentence=0, missing_numbers=("12 maart",)),))
    return Brief(
        article=article,
        blocks=translated,
        summary=Summary("A summary with <script>x</script> and *stars*.", 10),
        title_en="Cabinet falls",
        title_from="headline",
        cache_key="k" * 64,
        content_hash="c" * 64,
        translator=ModelRef("tiny/marian", "abc"),
        summarizer=ModelRef("tiny/bart", None),
        stats=stats,
        created_at="2026-02-12T08:00:00Z",
        fidelity=fidelity,
    )


def write(folder: Path, brief: Brief, name: str = "kabinet.md") -> Path:
    path = folder / name
    path.write_text(render_brief(brief), encoding="utf-8")
    return path


def test_a_brief_file_reads_back_block_by_block(tmp_path: Path) -> None:
    from pipeline.site.adapter import article_from_brief

    brief = make_brief()
    found = article_from_brief(read_brief_file(write(tmp_path, brief)))
    assert [b.kind.value for b in found.blocks] == EXPECTED_KINDS
    # the fake translates sentence by sentence, one English sentence each: every pair is recovered
    assert {b.alignment for b in found.blocks} == {Alignment.SENTENCE}
    for block, source, translated in zip(found.blocks, SHOWN, [b for b in brief.blocks if b.parts]):
        if block.kind is SiteBlockKind.LIST:
            assert [part[0].nl for part in block.parts] == list(source.items)
            assert [part[0].en for part in block.parts] == list(translated.part_texts)
        elif block.kind is SiteBlockKind.LIVEBLOG:
            assert (block.time, block.parts[0][0].nl) == ("21.30", source.text)
            assert block.parts[0][0].en == translated.text
        else:
            (pairs,) = block.parts
            assert " ".join(p.nl for p in pairs) == source.text and " ".join(p.en for p in pairs) == translated.text
            assert all(p.en == english(p.nl) for p in pairs)  # each English sentence beside its own Dutch
    paragraph = found.blocks[1].parts[0]
    assert len(paragraph) > 1 and paragraph[0].nl == "Het kabinet is gevallen."
    assert found.blocks[-1].parts[0][0].flags == ("12 maart",)
    assert all(not p.flags for b in found.blocks[:-1] for part in b.parts for p in part)
    assert (found.title_en, found.title_nl, found.outlet, found.author) == (
        "Cabinet falls",
        "Kabinet valt",
        "NOS <i>",
        "Jan",
    )
    assert (found.published, found.source_url, found.key) == ("2026-02-12", "https://nos.nl/a", "k" * 64)
    assert found.summary == "A summary with <script>x</script> and *stars*."
    assert [(s.text, s.reason) for s in found.set_aside] == [("Lees ook: <a href=x>meer</a>", "teaser")]


def test_a_site_from_an_output_folder(tmp_path: Path) -> None:
    from pipeline.digest import update_digest
    from pipeline.digest_document import DigestEntry, DigestFailure

    first = write(tmp_path, make_brief(), "one.md")
    second = write(
        tmp_path,
        dataclasses.replace(make_brief(), cache_key="b" * 64, title_en="Other", created_at="2026-02-11T22:00:00Z"),
        "two.md",
    )
    (tmp_path / "notes.md").write_text("# not a brief\n")
    settings = BriefSettings(out_dir=tmp_path)
    update_digest(
        settings,
        "2026-02-12",
        [DigestEntry("Cabinet falls", "s", first.name, "bron.txt", "k" * 64)],
        [DigestFailure("kapot.txt", "not Dutch (detected: en)")],
    )
    site = site_from_outputs(settings)
    assert sorted(a.key for a in site.articles) == ["b" * 64, "k" * 64]
    days = {d.date: d for d in site.days}
    assert days["2026-02-12"].top_stories == ("k" * 64,)  # listed by its digest
    assert [(f.source, f.message) for f in days["2026-02-12"].failures] == [("kapot.txt", "not Dutch (detected: en)")]
    assert days["2026-02-11"].top_stories == ("b" * 64,)  # in no digest: the day its brief was made
    assert {len(s.timeline) for s in site.stories} == {1} and site.notes == NOTES
    assert second.is_file()


def test_odd_files_in_the_output_folder_are_passed_over(tmp_path: Path) -> None:
    write(tmp_path, make_brief(), "one.md")
    (tmp_path / "broken.md").write_bytes(b"---\nformat: \xff\xfe\n---\n")
    (tmp_path / "dir.md").mkdir()
    site = site_from_outputs(BriefSettings(out_dir=tmp_path))
    assert [a.key for a in site.articles] == ["k" * 64]
    assert {d.date for d in site.days} == {"2026-02-12"}  # the brief's own day
    assert all(d.failures == () for d in site.days)


def test_sentence_pairs_follow_the_fidelity_marks_and_fall_back_to_the_block() -> None:
    from pipeline.site.brief_file import sentence_pairs

    mark = "_(⚠ check the Dutch: 12 maart)_"
    dutch = "Het kabinet is gevallen. Er komen verkiezingen op 12 maart. Dat meldt de NOS."
    pairs = sentence_pairs(f"The cabinet fell. There will be elections. {mark} The NOS reports it.", dutch)
    assert [(p.en, p.flags) for p in pairs] == [
        ("The cabinet fell.", ()),
        ("There will be elections.", ("12 maart",)),  # the mark belongs to the sentence before it
        ("The NOS reports it.", ()),
    ]
    assert [p.nl for p in pairs] == [
        "Het kabinet is gevallen.",
        "Er komen verkiezingen op 12 maart.",
        "Dat meldt de NOS.",
    ]
    # a translation that came out as two sentences: the counts differ, the block is paired whole
    assert sentence_pairs("The cabinet fell. It did. There will be elections. The NOS reports it.", dutch) is None
    assert sentence_pairs(f"{mark} The cabinet fell. Elections. The NOS.", dutch) is None  # a mark with no sentence
    # one Dutch sentence: the block's pair is the sentence pair, whatever the English
    (one,) = sentence_pairs("It fell. Really.", "Het kabinet is gevallen.")
    assert (one.nl, one.en) == ("Het kabinet is gevallen.", "It fell. Really.")
