"""Shapes fresh pages bring around a title, tried on the TUNE sets' pages whose headline is right (issue 21, head48).

    python -m scripts.headline_shapes [--root /work/data] [--tests tests/data] [--shape NAME …] [-v]

Each TUNE page whose gold headline stands alone on one line of its .txt source, and which the product reads right, is
read again with that line changed by one shape (a photo's caption above it, its copy printed twice, another story's
card with its read-more link above it, a byline glued to it …); one line per shape: the pages whose headline is still
the gold one. A shape many pages fail on is a weakness no labelled set may show yet — a fresh page's. `-v` names the
TUNE pages that fail. CHECK sets (scripts.headline_rules.is_check) are never read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pipeline.text.read import parse_article
from scripts.headline_rules import is_check
from scripts.structure_gold import norm
from scripts.structure_sets import ROOT, TESTS, find_sets

Shape = Callable[[str], list[str]]
SHAPES: dict[str, Shape] = {
    "caption_above": lambda t: ["Het gemeentehuis van Zwolle. Foto: ANP", t],
    "caption_sentence_above": lambda t: ["Het gemeentehuis van Zwolle aan de Grote Markt.", t],
    "date_above": lambda t: ["12 maart 2024", t],
    "date_below": lambda t: [t, "12 maart 2024, 10:32"],
    "section_above": lambda t: ["Binnenland", t],
    "two_labels_above": lambda t: ["Nieuws", "Regio", t],
    "crumb_above": lambda t: ["Home > Nieuws > Regio", t],
    "site_name_above": lambda t: ["Omroep Zwolle", t],
    "printed_twice": lambda t: [t, t],
    "byline_below": lambda t: [t, "Door Jan Peeters"],
    "byline_glued": lambda t: [f"{t} Door Jan Peeters"],
    "name_and_date_below": lambda t: [t, "Jan Peeters", "12 maart 2024"],
    "share_bar_below": lambda t: [t, "Delen", "Facebook", "Twitter"],
    "card_above": lambda t: ["Brand verwoest boerderij in Dalfsen", "Lees meer", t],
    # head49: labels fresh pages put over a title
    "genre_series_above": lambda t: ["Reportage De laatste zomer van België", t],
    "section_year_above": lambda t: ["Evenementen 2022", t],
    "caps_section_above": lambda t: ["BINNENLAND", t],
    "date_and_label_above": lambda t: ["Donderdag 17/10/2019", "Interview", t],
    "desk_glued": lambda t: [f"{t} De wielerredactie"],
}


def title_pages(root: Path, tests: Path) -> Iterator[tuple[str, list[str], int, str]]:
    """(name, source lines, the title's line, gold headline) of each TUNE page read right, its title on one line."""
    for set_name, folder in find_sets(root, tests):
        if is_check(set_name):
            continue
        for gold_path in sorted(folder.glob("*.json")):
            source = gold_path.with_suffix(".txt")
            title = json.loads(gold_path.read_text(encoding="utf-8")).get("headline") if source.exists() else None
            if not title:
                continue
            lines = source.read_text(encoding="utf-8").split("\n")
            at = [i for i, line in enumerate(lines) if norm(line) == norm(title)]
            if len(at) == 1 and norm(_headline(lines)) == norm(title):
                yield f"{set_name}/{gold_path.stem}", lines, at[0], title


def _headline(lines: Sequence[str]) -> str | None:
    return parse_article("\n".join(lines), source_name="page.txt").meta.headline


def still_right(lines: Sequence[str], at: int, title: str, shape: Shape) -> bool:
    """The headline is still the gold one with the title's line changed by the shape."""
    return norm(_headline([*lines[:at], *shape(lines[at]), *lines[at + 1 :]])) == norm(title)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="where the structure-* sets were built")
    parser.add_argument("--tests", type=Path, default=TESTS, help="the repository's tests/data")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only this shape (again for more)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name the TUNE pages that fail")
    args = parser.parse_args(argv)
    pages = list(title_pages(args.root, args.tests))
    for name in args.shape or SHAPES:
        failed = [page for page, lines, at, title in pages if not still_right(lines, at, title, SHAPES[name])]
        print(f"{name:24} {len(pages) - len(failed)}/{len(pages)}", flush=True)
        for page in failed if args.verbose else ():
            print(f"    {page}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
