"""Does topical coherence — the content words a kept block shares with the article's core — separate the site text
the rules miss from article text (issue 21, helper topic36)?

    python -m scripts.measure_coherence [DIR …] [--rows PATH] [--position P] [--max-ratio R] [--min-words N] [-v]

DIRs: labelled structure sets (as for scripts.eval_structure); none: every set scripts.structure_sets finds (never a
held-out one). Each article is read as the pipeline reads it; every block the rules kept (not site text, not the
headline) is labelled by its gold characters as scripts.measure_shape_model labels them: gold site text the rules
left, and gold article text (a byline, caption or quote of the article counts as article text).

Coherence: the block's content stems (words of WORD_MIN_LETTERS letters or more, not a Dutch function word or verb,
nor a month or weekday: scripts/data/shape_words.json; the stem is the word less its last STEM_SLACK letters:
pipeline.text.unrelated.word_stems and its constants, as pipeline.text.title_words compares them) and how many of them open a word of the article's core: the headline and
the paragraphs of running text (pipeline.text.page_edges.running_text), the block itself left out. Positions: above
the headline, between the headline and the first running paragraph, among the running paragraphs, below the last
one (and `none`: an article with no running paragraph). The table: per position, length (words) and coherence
(`nostem`: no content stem; `0`: none shared; else the share shared), the gold site and article characters (and
blocks) of the kept blocks. `--rows PATH` writes every row (JSON lines) with its text; `-v` prints the blocks of
the cell given by --position/--max-ratio/--min-words.

Result (topic36; the 31 sets scripts.structure_sets found on 2026-12-05, blind26 labelled last): the signal does
not separate where most of the missed site text is. Blocks naming no word of the core (coherence 0), after the
rules, site / article characters (blocks): below the last running paragraph, 8-24 words 699 / 845 (11 / 15),
0-7 words 545 / 940, 25+ words 134 / 1,521; among the paragraphs 8-24 words 979 / 3,490, 25+ words 619 / 25,687;
between headline and first paragraph 0-7 words 420 / 1,295. With a core of 40 stems or more the below-8-24 cell is
still 182 / 164. Article text naming nothing of its core: closing sentences of short reports ("De oorzaak wordt
onderzocht."), captions, result lines, lists of items, readers' comments. In the real article bodies of
scripts.structure_precision, 37 kept blocks of 8-24 words below the last paragraph name nothing of their core:
closing sentences and captions, two a tip's prompt ("Zet het nummer in je telefoon: …"). Without the rules (`--no-rules`) below-8-24 is 7,263 / 924: a ratio, never zero. The one clean cell
is above the headline: 8 words or more, coherence 0 — 378 / 0 after the rules (3 blocks, all in blind26), 387 / 0
without them (7 blocks); the nearest article text there names one word (1 of 7 stems, a kicker) — the rule of
pipeline.text.unrelated, with a minimum core of 20 stems (a lead standing above its title leaves a core of 4-5), and
paragraphs and ledes only: a heading above the title naming nothing of the article may be its series' line (a test of
page_dump's), so blind26's author's box (a heading, 110 characters) stays; it adds 268 characters on blind26.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from pipeline.document import Block, BlockKind
from pipeline.text.page_edges import running_text
from pipeline.text.unrelated import word_stems
from scripts.eval_structure import SOURCE_SUFFIXES, projected_source, visible
from scripts.measure_shape_model import _gold_chars, _read, _spans
from scripts.structure_sets import find_sets

_WORDS = json.loads((Path(__file__).resolve().parent / "data" / "shape_words.json").read_text(encoding="utf-8"))
STOP = frozenset(
    w for k in ("dutch_function", "dutch_verbs", "english_function", "months", "relative_time") for w in _WORDS[k]
)
LENGTHS = ((0, 7), (8, 24), (25, 10_000))
RATIOS = (0.0, 0.15, 0.3, 1.01)


def stems(text: str) -> set[str]:
    return word_stems(text, STOP)


def shared(block_stems: set[str], core_words: set[str]) -> int:
    return sum(1 for s in block_stems if any(w.startswith(s) for w in core_words))


def positions(blocks: Sequence[Block]) -> tuple[int, list[int]]:
    head = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADLINE), -1)
    running = [i for i, b in enumerate(blocks) if running_text(b)]
    return head, running


def place(i: int, head: int, running: list[int]) -> str:
    if not running:
        return "none"
    if i < head:
        return "above"
    if i < running[0]:
        return "between"
    if i > running[-1]:
        return "below"
    return "among"


def rows(sets: Sequence[tuple[str, Path]], *, keep_all: bool = False) -> list[dict]:
    out = []
    for name, folder in sets:
        for gold_path in sorted(folder.glob("*.json")):
            path = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
            if path is None:
                continue
            article, _ = _read(path, keep_all=keep_all)
            source, front_span = projected_source(article)
            site, gold_article = _gold_chars(source, json.loads(gold_path.read_text(encoding="utf-8")))
            blocks = list(article.blocks)
            spans = _spans(source, blocks, front_span[1])
            aside = {
                i for b, s in zip(blocks, spans) if s and b.kind is BlockKind.SITE_TEXT for i in visible(source, s)
            }
            head, running = positions(blocks)
            core = [i for i in ([head] if head >= 0 else []) + running]
            words_of = {i: {w.casefold() for w in re.findall(r"[^\W\d_]+", blocks[i].text)} for i in core}
            for i, block in enumerate(blocks):
                if block.kind in (BlockKind.SITE_TEXT, BlockKind.HEADLINE) or spans[i] is None:
                    continue
                chars = visible(source, spans[i])
                own = stems(block.text)
                core_words = set().union(*(w for j, w in words_of.items() if j != i)) if words_of else set()
                n = shared(own, core_words)
                core_stems = len(stems(" ".join(core_words)))
                out.append(
                    {
                        "set": name, "file": path.name, "index": i, "kind": block.kind.value,
                        "position": place(i, head, running), "words": len(block.text.split()),
                        "stems": len(own), "shared": n, "core": core_stems, "site": len((chars & site) - aside),
                        "article": len(chars & gold_article), "text": block.text[:300],
                    }
                )  # fmt: skip
    return out


def _ratio_bucket(row: dict) -> str:
    if not row["stems"]:
        return "nostem"
    ratio = row["shared"] / row["stems"]
    if ratio == 0:
        return "0"
    low = 0.0
    for high in RATIOS[1:]:
        if ratio < high:
            return f"<{high:.2f}" if high <= 1 else f">={low:.2f}"
        low = high
    return f">={low:.2f}"


def _length_bucket(words: int) -> str:
    return next(f"{lo}-{hi}" if hi < 10_000 else f"{lo}+" for lo, hi in LENGTHS if lo <= words <= hi)


def table(found: Sequence[dict]) -> None:
    cells: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in found:
        cell = cells[(row["position"], _length_bucket(row["words"]), _ratio_bucket(row))]
        cell[0] += row["site"]
        cell[1] += row["article"]
        cell[2] += row["site"] > 0 and not row["article"]
        cell[3] += row["article"] > 0
    print("position  words   coherence  site chars  article chars  site blocks  article blocks")
    for (pos, length, ratio), (s, a, sb, ab) in sorted(cells.items()):
        print(f"{pos:<9} {length:<7} {ratio:<10} {s:10d} {a:14d} {sb:12d} {ab:15d}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--rows", type=Path)
    parser.add_argument("--load", type=Path, help="read the rows from a --rows file instead")
    parser.add_argument("--position")
    parser.add_argument("--max-ratio", type=float, default=0.0)
    parser.add_argument("--min-words", type=int, default=8)
    parser.add_argument("--no-rules", action="store_true", help="the blocks as read, the rules setting nothing aside")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.load:
        found = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines()]
    else:
        sets = [(d.name, d) for d in args.dirs] if args.dirs else find_sets()
        found = rows(sets, keep_all=args.no_rules)
    if args.rows:
        args.rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    table(found)
    if args.verbose:
        for row in found:
            if (
                (args.position is None or row["position"] == args.position)
                and row["words"] >= args.min_words
                and row["stems"]
                and row["shared"] / row["stems"] <= args.max_ratio
                and (row["site"] or row["article"])
            ):
                label = "SITE" if not row["article"] else "ARTICLE"
                print(f"{label:7} {row['set']}/{row['file']} [{row['position']}] {row['text'][:200]!r}")


if __name__ == "__main__":
    main()
