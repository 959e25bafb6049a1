"""Every labelled structure set there is (issue 21), scored in one table.

    python -m scripts.structure_sets [--root /work/data] [--tests tests/data] [--skip SET …] [--json PATH]

Sets: `structure_dev` and `structure_heldout` under TESTS (their texts are in the repository), and every
ROOT/structure-* folder — or a folder one level below it, as ROOT/structure-real/dev — that holds NAME.json
gold files next to their sources (NAME.txt / NAME.md). A tests/data/structure_blind* set is built there by
its `build.py` (its README says how); structure_real, dev2 and blind2 by
`python -m scripts.build_structure_real /work/.mirror /work/data/structure-real`. structure_dev3 and the
check sets 3 … 3d come from a store of web pages with no git history: they are found only where their
texts were kept. Each set is scored by scripts/eval_structure (`evaluate`), one line per set:

    articles     texts scored
    headline     headlines right / articles
    precision    of the characters set aside as site text, the share that is gold site text
    recall       of the gold site text, the share set aside (or read as front matter)
    kept out     of the gold site text, the share never translated (set aside, or read as a byline or dateline)
    aside        gold article text set aside: characters, blocks (must be 0)

A set with gold blocks not found in their source text (a text rebuilt wrong, say) is named under the
table: those blocks count in none of its figures. A held-out set still to be scored once (a folder holding
a file named HELD_OUT) is never scored here; `--skip SET` leaves another set out by its name; `--json PATH` writes the figures (and
the character counts behind them).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from scripts.eval_structure import SOURCE_SUFFIXES, Tally, evaluate

ROOT = Path("/work/data")
TESTS = Path(__file__).resolve().parent.parent / "tests" / "data"
IN_REPOSITORY = ("structure_dev", "structure_heldout")
HELD_OUT = "HELD_OUT"  # a marker file: the set is being labelled blind, to be scored once, by eval_structure
COLUMNS = ("set", "articles", "headline", "precision", "recall", "kept out", "aside chars", "aside blocks")


def _labelled(folder: Path) -> bool:
    """True when the folder holds at least one gold file with its source next to it."""
    return any(gold.with_suffix(s).is_file() for gold in folder.glob("*.json") for s in SOURCE_SUFFIXES)


def _natural(name: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def find_sets(root: Path = ROOT, tests: Path = TESTS) -> list[tuple[str, Path]]:
    """(name, folder) of every structure set found: the repository's first, then ROOT's in natural order."""
    found = [(name, tests / name) for name in IN_REPOSITORY if _labelled(tests / name)]
    built = []
    for folder in (f for f in root.glob("structure-*") if f.is_dir() and not (f / HELD_OUT).exists()):
        for candidate in (folder, *(p for p in folder.iterdir() if p.is_dir())):
            if _labelled(candidate):
                built.append((candidate.relative_to(root).as_posix(), candidate))
    return found + sorted(built, key=lambda pair: _natural(pair[0]))


def figures(name: str, tally: Tally) -> dict[str, object]:
    """The table's figures of one scored set (and the counts they come from)."""
    return {
        "set": name,
        "articles": tally.articles,
        "headlines_right": tally.headlines_right,
        "precision": tally.precision,
        "recall": tally.recall,
        "kept_out": tally.kept_out,
        "article_text_aside_chars": tally.site_found - tally.site_right,
        "article_text_aside_blocks": tally.article_blocks_hit,
        "site_gold_chars": tally.site_gold,
        "site_found_chars": tally.site_found,
        "site_right_chars": tally.site_right,
        "site_untranslated_chars": tally.site_untranslated,
        "unlocated_gold_blocks": tally.unlocated,
    }


def table(rows: Sequence[dict[str, object]]) -> Iterator[str]:
    """The rows as an aligned text table, a header line first."""
    cells = [COLUMNS] + [
        (
            str(row["set"]),
            str(row["articles"]),
            f"{row['headlines_right']}/{row['articles']}",
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['kept_out']:.3f}",
            str(row["article_text_aside_chars"]),
            str(row["article_text_aside_blocks"]),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    for line in cells:
        yield "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))).rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="where the structure-* sets were built")
    parser.add_argument("--tests", type=Path, default=TESTS, help="the repository's tests/data")
    parser.add_argument("--skip", action="append", default=[], metavar="SET", help="leave this set out too")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sets = [(name, folder) for name, folder in find_sets(args.root, args.tests) if name not in args.skip]
    if not sets:
        parser.error(f"no structure set found under {args.tests} or {args.root}/structure-*")
    rows = [figures(name, evaluate(folder)) for name, folder in sets]
    for line in table(rows):
        print(line)
    unlocated = [f"{row['set']} {row['unlocated_gold_blocks']}" for row in rows if row["unlocated_gold_blocks"]]
    if unlocated:  # a text rebuilt wrong, or a gold block the scorer cannot place: left out of the figures
        print("gold blocks not found in their source text: " + ", ".join(unlocated))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
