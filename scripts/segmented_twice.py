"""Paragraphs segmented more than once while one article goes through the build path (reading,
structure pass, templates, segmentation for translation: pipeline.brief.prepare_brief), over every
text of the folders given — the contract "each article read once, segmented once"
(tests/pipeline/test_brief.py). Run by hand on data sets outside the repository:

    PYTHONPATH=. .venv/bin/python -m scripts.segmented_twice /work/data/structure-blind10 …

Prints, per folder, the texts, the paragraphs segmented, those segmented twice or more, and the
modules that segmented them again (the caller of `split_sentences`); then the totals.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html")


def _caller() -> str:
    """The first module outside pipeline.text.segment on the stack (who asked for the sentences)."""
    frame = sys._getframe(2)
    while frame and frame.f_globals.get("__name__", "").endswith(".segment"):
        frame = frame.f_back
    return f"{frame.f_globals.get('__name__', '?')}:{frame.f_lineno}" if frame else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="name each paragraph and its callers")
    args = parser.parse_args(argv)

    import pipeline.text.segment as segment
    from pipeline.brief import prepare_brief
    from pipeline.errors import InputError
    from pipeline.settings import BriefSettings

    counts: collections.Counter[str] = collections.Counter()
    callers: dict[str, list[str]] = collections.defaultdict(list)
    real = segment.sentence_spans

    def counting(paragraph: str) -> list[tuple[int, int]]:
        counts[paragraph] += 1
        callers[paragraph].append(_caller())
        return real(paragraph)

    segment.sentence_spans = counting  # type: ignore[assignment]
    out_dir = Path(tempfile.mkdtemp(prefix="segmented-twice-"))
    settings = BriefSettings(out_dir=out_dir, require_dutch=False, backend="torch")
    total = collections.Counter[str]()
    modules: collections.Counter[str] = collections.Counter()
    for folder in args.folders:
        paths = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
        row = collections.Counter[str]()
        for path in paths:
            counts.clear(), callers.clear()
            try:
                prepare_brief(path, settings, force=True)
            except InputError:  # a page that is not an article (a consent wall): refused before the rules
                row.update(refused=1)
                continue
            again = [p for p, n in counts.items() if n > 1]
            row.update(texts=1, paragraphs=len(counts), twice=len(again), calls=sum(counts.values()))
            row.update(texts_with=1 if again else 0)
            for paragraph in again:
                modules.update(set(callers[paragraph]))
                if args.verbose:
                    print(f"  {path.name}: {' '.join(callers[paragraph])}: {paragraph[:70]!r}")
        print(
            f"{folder.name}: {row['texts']} texts, {row['paragraphs']} paragraphs segmented "
            f"({row['calls']} calls), {row['twice']} segmented twice or more (in {row['texts_with']} texts), {row['refused']} refused"
        )
        total.update(row)
    print(
        f"total: {total['texts']} texts, {total['paragraphs']} paragraphs ({total['calls']} calls), "
        f"{total['twice']} segmented twice or more (in {total['texts_with']} texts)"
    )
    for module, n in modules.most_common():
        print(f"  {n:5d}  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
