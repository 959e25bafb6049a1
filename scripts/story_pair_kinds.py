"""The TUNE sets' missed same-story pairs sorted by what the two texts share (an analysis tool, not part of the product).

Usage:  .venv/bin/python scripts/story_pair_kinds.py [SET ...] [--set NAME=VALUE ...] [--examples N]

For each TUNE set (`stories_split.group`; CHECK sets are refused: issue 19's discipline) the missed pairs of
`story_misses.analyse` (every gold pair the clusterer splits) are counted by:

- stage: `not-candidate` (the gold story was never scored), `floor` (scored under `plain_floor`), `between`
  (plain_floor .. threshold), `outscored` (scored the bar, joined another), `copy`, `gate` (a clash factor);
- what the two texts share: `title-stem` (a headline stem of one is a headline stem of the other), `name`
  (a shared name), `compound` (a headline or lead word of one is the first part or the head of a compound word of
  the other, "hitte" / "hittegolf", with no equal stem for it), `none` (none of these);
- `live` (one of the headlines says live/liveblog);
- `score`: the best score the later article had with the earlier one's story (`story_misses.Look`), binned
  (`not-candidate`, under 0.02, 0.02-0.08, 0.08-0.15, 0.15-0.25, 0.25 and up): whether the pair was looked at.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.features import extract  # noqa: E402
from pipeline.stories.lexicon import STOPWORDS  # noqa: E402
from pipeline.stories.names import TOKEN  # noqa: E402
from pipeline.stories.terms import stem  # noqa: E402
from scripts.eval_stories import load, settings_with  # noqa: E402
from scripts.stories_split import development_sets, group  # noqa: E402
from scripts.story_misses import analyse  # noqa: E402

PART = 4  # a compound part of at least this many letters
LEAD_TOKENS = 80


def words(article) -> set[str]:  # type: ignore[no-untyped-def]
    tokens = TOKEN.findall(article.title) + TOKEN.findall(article.body)[:LEAD_TOKENS]
    return {t.lower() for t in tokens if t[0].isalpha() and t.lower() not in STOPWORDS and len(t) >= PART}


def compound_links(a: set[str], b: set[str]) -> list[tuple[str, str]]:
    """(part, compound): a word of one text that begins or ends a longer word of the other, no stem alike."""
    stems_a, stems_b = {stem(w) for w in a}, {stem(w) for w in b}
    out = []
    for small, large, other in ((a, b, stems_a), (b, a, stems_b)):
        for part in small:
            if stem(part) in (stems_b if other is stems_a else stems_a):
                continue
            for word in large:
                if len(word) >= len(part) + 3 and (word.startswith(part) or word.endswith(part)) and "-" not in word:
                    out.append((part, word))
    return out


def stage(cause: str) -> str:
    if cause.startswith(("low:plain", "rescue-refused")):
        return "between"
    if cause.startswith("low:floor"):
        return "floor"
    if cause.startswith(("gate", "gates")):
        return "gate"
    return cause.split(":")[0]


BINS = (0.02, 0.08, 0.15, 0.25)


def score_bin(look) -> str:  # type: ignore[no-untyped-def]
    if look is None:
        return "not-candidate"
    below = [b for b in BINS if look.value < b]
    return f"under {below[0]:.2f}" if below else f"{BINS[-1]:.2f} and up"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    data = ROOT / "tests" / "data"
    development = development_sets(data)  # held-out sets (HELD_OUT, stories_blind5) are never among them
    names = args.sets or [n for n in development if group(n) == "TUNE"]
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for name in names:
        if name not in development:
            raise SystemExit(f"{name}: not a development set (held out, or no such set)")
        if group(name) != "TUNE":
            raise SystemExit(f"{name}: a CHECK set is scored in aggregate only")
        folder = data / f"stories_{name}"
        readme = folder / "README.md"
        midnight = readme.is_file() and "--midnight-is-date" in readme.read_text(encoding="utf-8")
        items = load(folder, Path("/work/data") / f"stories-{name}" / "texts", midnight)
        by_id = {x.article.article_id: x.article for x in items}
        feats = {k: extract(v) for k, v in by_id.items()}
        for cause, a, b, look in analyse(items, settings_with(args.overrides), every=True):
            fa, fb = feats[a], feats[b]
            shares = []
            if set(fa.title_terms) & set(fb.title_terms):
                shares.append("title-stem")
            if fa.names & fb.names:
                shares.append("name")
            links = compound_links(words(by_id[a]), words(by_id[b]))
            if links:
                shares.append("compound")
            live = any("live" in by_id[x].title.lower() for x in (a, b))
            key = f"{stage(cause):13} {'+'.join(shares) or 'none':28} {'live' if live else ''}"
            kinds[key] += 1
            kinds[f"stage {stage(cause)}"] += 1
            kinds[f"score {score_bin(look)}"] += 1
            kinds[f"shares {'+'.join(shares) or 'none'}"] += 1
            if links:
                kinds["compound-links"] += 1
            examples.setdefault(key, []).append(
                f"{name} {by_id[b].title[:60]!r} <- {by_id[a].title[:60]!r} {links[:3]}"
            )
    for key, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:5d}  {key}")
        for line in examples.get(key, [])[: args.examples]:
            print("        " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
