"""Build the prior of Dutch word rarity the story clusterer starts from (pipeline/stories/rarity.py).

Usage:  .venv/bin/python scripts/build_rarity.py [--min-zipf 3.0] [--out pipeline/stories/data/rarity_nl.tsv.gz]

Reads the Dutch ('nl') word frequencies of the `wordfreq` package (pip install wordfreq==3.1.1; only
this script needs it, the clusterer reads the table it writes) and writes one line per story key:
`KEY<TAB>ZIPF` (log10 of occurrences per billion words, two decimals), gzip-compressed, sorted:
- a story term (`terms.term_of`: the Snowball stem of a lowercased word): the words of one stem add up;
- a compound prefix term (`~` and the first letters of a word of `PREFIX_FROM` or more letters): add up;
- a name word (`@` and the lowercased word), as `evidence.NAME_PREFIX` counts names.
Keys rarer than `--min-zipf` are left out (the clusterer reads a missing key as rare).

The frequencies are wordfreq's (Robyn Speer, CC BY-SA 4.0: https://github.com/rspeer/wordfreq): the
table is a derived word-frequency list (no text), shipped under the same licence.
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.evidence import NAME_PREFIX  # noqa: E402
from pipeline.stories.rarity import TABLE  # noqa: E402
from pipeline.stories.terms import PREFIX_FROM, PREFIX_LETTERS, term_of  # noqa: E402


def build(min_zipf: float) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # a tool dependency, not the clusterer's

    freq: dict[str, float] = defaultdict(float)
    for word, f in get_frequency_dict("nl", wordlist="best").items():
        if not word[:1].isalpha() or not word.replace("-", "").replace("'", "").isalpha():
            continue
        freq[NAME_PREFIX + word] += f
        term = term_of(word)
        if term and not term.startswith("#"):
            freq[term] += f
        if len(word) >= PREFIX_FROM:
            freq["~" + word[:PREFIX_LETTERS]] += f
    floor = 10 ** (min_zipf - 9)
    return {k: round(math.log10(f * 1e9), 2) for k, f in freq.items() if f >= floor}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    table = build(args.min_zipf)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    # no name and mtime 0 in the gzip header: the same table gives the same bytes wherever it is written
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
        fh.write("".join(f"{k}\t{v:.2f}\n" for k, v in sorted(table.items())).encode())
    tmp.replace(args.out)
    print(f"{args.out}: {len(table)} keys")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
