"""What the structure pass sets aside in texts that are all article: a precision check without labels.

    python -m scripts.structure_precision DIR [DIR …] [--quiet]

Each DIR holds real news texts (NAME.txt or NAME.md) that are a headline and the article's paragraphs
and nothing else — a print archive, or web articles saved without their page. Whatever the structure pass
sets aside there is either site text the text did carry (a tip request, a video pointer) or article text
lost. Printed: one tab-separated line per set-aside block (file, the rule's reason, the text on one line),
then a summary: articles read, articles with something set aside, and characters set aside by reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import BlockKind
from pipeline.errors import InputError
from pipeline.text.read import read_article

SOURCE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Aside:
    """One block the structure pass set aside."""

    file: str
    reason: str
    text: str


@dataclass
class Summary:
    articles: int = 0
    with_aside: int = 0
    chars: int = 0  # characters of every block read
    by_reason: Counter[str] = field(default_factory=Counter)  # characters set aside, by reason

    @property
    def aside_chars(self) -> int:
        return sum(self.by_reason.values())


def sources(directory: Path) -> list[Path]:
    """The article files of DIR, sorted. Raises InputError when DIR is missing or holds none."""
    if not directory.is_dir():
        raise InputError(f"{directory}: no such directory — give a directory of .txt/.md article texts")
    found = sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
    if not found:
        raise InputError(f"{directory}: no .txt or .md files in it — give a directory of article texts")
    return found


def set_aside(paths: Sequence[Path], summary: Summary) -> Iterator[Aside]:
    """Each set-aside block of each file, in order; the summary counts as it goes."""
    for path in paths:
        article = read_article(path)
        summary.articles += 1
        summary.chars += sum(len(b.text) for b in article.blocks)
        aside = [b for b in article.blocks if b.kind is BlockKind.SITE_TEXT]
        if aside:
            summary.with_aside += 1
        for block in aside:
            summary.by_reason[block.reason or "-"] += len(block.text)
            yield Aside(str(path), block.reason or "-", block.text)


def one_line(text: str) -> str:
    return " | ".join(line.strip() for line in text.splitlines() if line.strip()).replace("\t", " ")


def summary_lines(summary: Summary) -> list[str]:
    share = summary.aside_chars / summary.chars if summary.chars else 0.0
    lines = [
        f"articles {summary.articles}, with something set aside {summary.with_aside}",
        f"characters set aside {summary.aside_chars} of {summary.chars} ({share:.3%})",
    ]
    lines += [f"  {reason:<14} {chars}" for reason, chars in summary.by_reason.most_common()]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="directories of .txt/.md article texts")
    parser.add_argument("-q", "--quiet", action="store_true", help="print the summary only")
    args = parser.parse_args(argv)
    summary = Summary()
    try:
        paths = [p for d in args.dirs for p in sources(d)]
        for aside in set_aside(paths, summary):
            if not args.quiet:
                print(aside.file, aside.reason, one_line(aside.text), sep="\t")
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("\n".join(summary_lines(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
