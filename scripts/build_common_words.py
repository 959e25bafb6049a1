"""Build the list of Dutch common words a story's key names leave out (pipeline/stories/common_words.py).

Usage:  .venv/bin/python scripts/build_common_words.py DIC [--out pipeline/stories/data/common_words_nl.txt.gz]

DIC is the OpenTaal Hunspell word list (`nl.dic` of the Debian package hunspell-nl 2.20.19, read from
/usr/share/hunspell/nl.dic or from the unpacked .deb; BSD or CC BY 3.0, OpenTaal). Written: each word of the
rarity table's name words (`@word` in rarity_nl.tsv.gz: the words of Dutch news) that the word list holds only
in lower case — itself, or its Snowball stem ("zaken" of "zaak") — and never capitalised ("leiden" is also
"Leiden"): a common word, no name, when a text writes it capitalised ("Jammer", "Veiligheid"); then the words of
data/common_words_extra.txt (sentence-opening adverbs the word list misses: "natuurlijk"). One word a line,
sorted, gzip-compressed.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.common_words import TABLE  # noqa: E402
from pipeline.stories.rarity import TABLE as RARITY  # noqa: E402
from pipeline.stories.terms import stem  # noqa: E402


def build(dic: Path) -> list[str]:
    lower: set[str] = set()
    capitalised: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/")[0].strip()
        if not word or not word.replace("-", "").isalpha():
            continue
        if word[0].isupper():
            capitalised.add(word.lower())
        elif word.islower():
            lower.update((word, stem(word)))
    common = set()
    with gzip.open(RARITY, "rt", encoding="utf-8") as fh:
        for line in fh:
            key = line.partition("\t")[0]
            word = key[1:]
            known = word in lower or stem(word) in lower
            if key.startswith("@") and word.isalpha() and word not in capitalised and known:
                common.add(word)
    extra = TABLE.with_name("common_words_extra.txt").read_text(encoding="utf-8").splitlines()
    common.update(w.strip() for w in extra if w.strip() and not w.startswith("#"))
    return sorted(common)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dic", type=Path)
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    words = build(args.dic)
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
