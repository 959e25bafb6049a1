"""How well the structure of scraped-style articles is found, against gold labels.

    python -m scripts.eval_structure [DIR …]        (default: tests/data/structure_dev)

Each DIR holds NAME.json gold files next to their sources (NAME.txt or NAME.md). Gold:
`{"headline": str | null, "blocks": [{"kind": "...", "text": "...", "items": [...], "time": "..."}]}`
with the kinds of pipeline.document.BlockKind — or one block per line, with the kinds `list_item`
(a line of a list) and `liveblog_time` (a timestamp line), and `site_text_tail` (the site text glued
to the end of a paragraph). Reported:

    headline    the Dutch headline found (or none) equals the gold one
    site text   character-level precision and recall of what was set aside; "article text set aside"
                counts the characters (and blocks) of gold article text that were set aside — must be 0
    kept out    the share of gold site text that never reaches the translator: set aside, front matter, or
                read as a byline or dateline (pipeline.document.TRANSLATED_KINDS; the labelling conventions of
                the sets differ on date lines, photo credits and "Bron:" lines, which the reader may take as
                dateline or byline: kept out of the translation, but not "set aside" in recall)
    front matter  characters of a Markdown front matter that the reader consumed as metadata
    kinds       gold blocks whose characters mostly landed in a predicted block of the same kind
                (strict; and with lede = paragraph)
    lists       gold lists found with the same items, and rendered as a Markdown list (English, then Dutch)
    liveblog    gold entries found with the same time and heading, and rendered as `time — heading`

Texts are compared as visible text: the source, the gold texts and the predicted texts all pass through
`visible_text` (HTML tags removed, entities unescaped, whitespace collapsed) before they are located, so
a CMS export's markup in the source does not hide a set-aside paragraph the reader found by its words.
Gold site text inside a Markdown front matter the reader consumed as metadata counts as found (it never
reaches the translator; only its title, date, author and url fill the brief's header) — in recall only:
precision is computed over set-aside blocks alone, so front matter the gold calls article text is no error.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.brief import english_title, segment_article
from pipeline.document import TRANSLATED_KINDS, Article, BlockKind, Brief, ModelRef, Summary
from pipeline.engines.base import Generated
from pipeline.render.brief import render_brief
from pipeline.text.markdown_source import split_front_matter
from pipeline.text.read import read_article, split_date_marker
from pipeline.translate import Translator
from scripts.structure_gold import BULLET, gold_chars, gold_kind, gold_text, locate, norm, visible, visible_text

DEV_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "structure_dev"
SOURCE_SUFFIXES = (".txt", ".md", ".markdown")
_SEPARATORS = " -–—|:"


class EchoEngine:
    """An engine whose English is its Dutch: the rendered brief can be checked against the source."""

    max_input_tokens = 100_000
    max_output_tokens = 100_000

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t.split()) + 1 for t in texts]

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]) -> list[Generated]:
        return [Generated(t, len(t.split()), True) for t in texts]

    generate_each = generate  # every output is its input: nothing to pad


@dataclass
class Tally:
    articles: int = 0
    headlines_right: int = 0
    site_gold: int = 0  # non-space characters of gold site text
    site_found: int = 0  # non-space characters set aside (blocks only: front matter is not counted)
    site_right: int = 0  # set aside and gold site text (blocks only)
    article_blocks_hit: int = 0  # gold article blocks with characters set aside
    kinds: int = 0
    kinds_right: int = 0
    kinds_right_lede: int = 0
    lists: int = 0
    lists_found: int = 0
    lists_rendered: int = 0
    entries: int = 0
    entries_found: int = 0
    entries_rendered: int = 0
    unlocated: int = 0  # gold blocks whose (visible) text was not found in the source
    front_matter: int = 0  # non-space characters of front matter read as metadata
    front_matter_site: int = 0  # of which gold site text not set aside otherwise (counted as found, in recall)
    site_untranslated: int = 0  # gold site text kept from the translator: set aside, front matter, or a byline/dateline
    confusions: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:  # the share of characters set aside as blocks that is gold site text
        return self.site_right / self.site_found if self.site_found else 1.0

    @property
    def recall(self) -> float:  # the share of gold site text set aside or consumed as front matter
        return (self.site_right + self.front_matter_site) / self.site_gold if self.site_gold else 1.0

    @property
    def kept_out(self) -> float:  # the share of gold site text that never reaches the translator (TRANSLATED_KINDS)
        return self.site_untranslated / self.site_gold if self.site_gold else 1.0


def projected_source(article: Article) -> tuple[str, tuple[int, int]]:
    """The article's source as visible text, and the span in it of a Markdown front matter the
    reader consumed as metadata ((n, n) when there is none); the body follows the span."""
    _, body = split_date_marker(article.text)
    head = article.text[: len(article.text) - len(body)]
    front = ""
    if article.source_format == "md":
        _, rest = split_front_matter(body)
        front, body = body[: len(body) - len(rest)], rest
    parts = [visible_text(head), visible_text(front)]
    start = len(parts[0]) + 1 if parts[0] else 0
    end = start + len(parts[1])
    return " ".join(p for p in (*parts, visible_text(body)) if p), (start, end)


def score_article(article: Article, gold: Mapping[str, Any], tally: Tally, name: str) -> None:
    source, front_span = projected_source(article)
    front = visible(source, front_span)
    blocks = list(gold.get("blocks") or [])
    tally.articles += 1
    found_headline = article.meta.headline
    if norm(found_headline) == norm(gold.get("headline")):
        tally.headlines_right += 1
    else:
        tally.misses.append(f"{name}: headline {found_headline!r}, gold {gold.get('headline')!r}")
    gold_spans = locate(source, (gold_text(b) for b in blocks), project=visible_text)
    tally.unlocated += sum(1 for b, s in zip(blocks, gold_spans) if s is None and visible_text(gold_text(b)))
    predicted = list(article.blocks)
    texts = ((b.time or "") + " " + (b.text or "") for b in predicted)
    predicted_spans = locate(source, texts, start=front_span[1], project=visible_text)  # the body: after the front
    owner: dict[int, BlockKind] = {}
    for block, span in zip(predicted, predicted_spans):
        for i in visible(source, span) if span else ():
            owner[i] = block.kind
    set_aside = {i for i, kind in owner.items() if kind is BlockKind.SITE_TEXT}
    gold_site: set[int] = set()
    for block, span in zip(blocks, gold_spans):
        if span is None:
            continue
        chars, tail = gold_chars(source, block, span)
        gold_site |= tail
        kind = gold_kind(block)
        if kind == "site_text":
            gold_site |= chars
            if chars - set_aside - front:
                tally.misses.append(f"{name}: site text kept: {norm(gold_text(block))[:70]!r}")
        elif chars & set_aside:
            tally.article_blocks_hit += 1
            tally.misses.append(f"{name}: article text set aside: {norm(gold_text(block))[:70]!r}")
        _score_kind(kind, chars, owner, tally, name, block)
    metadata = (gold_site & front) - set_aside  # kept out of the translation by the reader (see the docstring)
    tally.front_matter += len(front)
    tally.front_matter_site += len(metadata)
    tally.site_gold += len(gold_site)
    tally.site_found += len(set_aside)  # precision over set-aside blocks alone; front matter only in recall
    tally.site_right += len(gold_site & set_aside)
    untranslated = {i for i, kind in owner.items() if kind not in TRANSLATED_KINDS}
    tally.site_untranslated += len(gold_site & (untranslated | front))
    _score_lists_and_entries(article, blocks, gold_spans, source, owner, tally, name)


def _score_kind(
    kind: str, chars: set[int], owner: Mapping[int, BlockKind], tally: Tally, name: str, block: Mapping[str, Any]
) -> None:
    votes = Counter(owner[i].value for i in chars if i in owner)
    if not votes:
        return
    found = votes.most_common(1)[0][0]
    tally.kinds += 1
    tally.kinds_right += found == kind
    merged = {"lede": "paragraph"}
    tally.kinds_right_lede += merged.get(found, found) == merged.get(kind, kind)
    if merged.get(found, found) != merged.get(kind, kind):
        tally.confusions[f"{kind}->{found}"] += 1
        tally.misses.append(f"{name}: {kind} read as {found}: {norm(gold_text(block))[:60]!r}")


def _score_lists_and_entries(
    article: Article,
    blocks: Sequence[Mapping[str, Any]],
    spans: Sequence[tuple[int, int] | None],
    source: str,
    owner: Mapping[int, BlockKind],
    tally: Tally,
    name: str,
) -> None:
    """A gold list (or a run of list_item lines) is found when a predicted list holds all its
    characters, and rendered when that list shows as a Markdown list in English and in Dutch; a
    liveblog entry is found when a predicted entry holds its time, rendered as a `time — …` heading."""
    rendered = render(article)
    predicted_lists = [tuple(norm(i) for i in b.items) for b in article.blocks if b.kind is BlockKind.LIST]
    shown = [
        items for items in predicted_lists if items in rendered["english_lists"] and items in rendered["dutch_lists"]
    ]
    shown_items = {item for items in shown for item in items}
    for run in _gold_lists(blocks, spans):
        chars = set().union(*(visible(source, span) for _, span in run))
        tally.lists += 1
        found = bool(chars) and all(owner.get(i) is BlockKind.LIST for i in chars)
        tally.lists_found += found
        items = [BULLET.sub("", norm(item)) for block, _ in run for item in (block.get("items") or [block.get("text")])]
        tally.lists_rendered += found and all(any(i in s or s in i for s in shown_items) for i in items if i)
        if not found:
            tally.misses.append(f"{name}: list not found: {items[:2]}")
    for block, span in zip(blocks, spans):
        if gold_kind(block) != "liveblog" or span is None:
            continue
        time = norm(str(block.get("time") or block.get("text") or "")).rstrip(_SEPARATORS)
        tally.entries += 1
        found = owner.get(next(iter(sorted(visible(source, span))), -1)) is BlockKind.LIVEBLOG
        tally.entries_found += found
        tally.entries_rendered += any(h == time or h.startswith(f"{time} — ") for h in rendered["headings"])
        if not found:
            tally.misses.append(f"{name}: liveblog entry not found: {time}")


def _gold_lists(
    blocks: Sequence[Mapping[str, Any]], spans: Sequence[tuple[int, int] | None]
) -> list[list[tuple[Mapping[str, Any], tuple[int, int]]]]:
    """Gold lists: each `list` block, or each run of consecutive `list_item` lines."""
    runs: list[list[tuple[Mapping[str, Any], tuple[int, int]]]] = []
    previous = None
    for block, span in zip(blocks, spans):
        kind = str(block.get("kind") or "").lower()
        if span is not None and kind == "list_item" and previous == "list_item":
            runs[-1].append((block, span))
        elif span is not None and kind in ("list", "list_item"):
            runs.append([(block, span)])
        previous = kind
    return runs


def render(article: Article) -> dict[str, Any]:
    """The article's brief (echo translation), parsed back: lists (English / in a quote) and headings."""
    from markdown_it import MarkdownIt

    blocks, stats = Translator(EchoEngine()).translate_article(segment_article(article))
    title, title_from = english_title(blocks)
    brief = Brief(
        article,
        blocks,
        Summary("", 0),
        title,
        title_from,
        "0" * 64,
        "0" * 64,
        ModelRef("echo"),
        ModelRef("none"),
        {},
        stats,
    )
    body = render_brief(brief).split("\n## Article\n", 1)[1].split("\n## Left out", 1)[0]
    english: list[tuple[str, ...]] = []
    dutch: list[tuple[str, ...]] = []
    headings: list[str] = []
    items: list[str] = []
    quotes = 0
    heading = False
    for token in MarkdownIt("commonmark").parse(body):
        if token.type == "blockquote_open":
            quotes += 1
        elif token.type == "blockquote_close":
            quotes -= 1
        elif token.type == "bullet_list_open":
            items = []
        elif token.type == "bullet_list_close":
            (dutch if quotes else english).append(tuple(items))
        elif token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
        elif token.type == "inline":
            text = norm("".join(c.content for c in token.children or [] if c.type == "text"))
            items.append(text)
            if heading:
                headings.append(text)
    return {"english_lists": english, "dutch_lists": dutch, "headings": headings}


def evaluate(directory: Path) -> Tally:
    tally = Tally()
    for gold_path in sorted(directory.glob("*.json")):
        source = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source is None:
            tally.misses.append(f"{gold_path.name}: no source file next to it")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score_article(read_article(source), gold, tally, gold_path.stem)
    return tally


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else f"{part}/0"


def report(directory: Path, tally: Tally, *, verbose: bool) -> None:
    wrongly = tally.site_found - tally.site_right
    print(f"{directory}: {tally.articles} articles")
    print(f"  headline accuracy        {ratio(tally.headlines_right, tally.articles)}")
    print(f"  site text (characters)   precision {tally.precision:.3f}  recall {tally.recall:.3f}")
    print(f"  article text set aside   {wrongly} characters, {tally.article_blocks_hit} blocks")
    print(
        f"  site text kept out       {tally.kept_out:.3f} (set aside, or read as a byline or dateline: never translated)"
    )
    print(
        f"  block kinds              strict {ratio(tally.kinds_right, tally.kinds)}; lede=paragraph {ratio(tally.kinds_right_lede, tally.kinds)}"
    )
    print(
        f"  lists                    found {ratio(tally.lists_found, tally.lists)}; rendered as lists {ratio(tally.lists_rendered, tally.lists)}"
    )
    print(
        f"  liveblog entries         found {ratio(tally.entries_found, tally.entries)}; rendered `time — heading` {ratio(tally.entries_rendered, tally.entries)}"
    )
    if tally.front_matter:
        print(
            f"  front matter read as metadata: {tally.front_matter} characters"
            f" ({tally.front_matter_site} of them gold site text, counted as found)"
        )
    if tally.unlocated:
        print(f"  (gold blocks not found in their source text: {tally.unlocated})")
    if tally.confusions:
        print("  confusions: " + ", ".join(f"{k} {v}" for k, v in tally.confusions.most_common()))
    if verbose:
        for miss in tally.misses:
            print(f"    {miss}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[DEV_DIR])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for directory in args.dirs:
        report(directory, evaluate(directory), verbose=args.verbose)


if __name__ == "__main__":
    main()
