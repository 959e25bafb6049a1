"""The pairs the plain TF-IDF baseline joins against the clusterer's, sorted by who is right (issue 19; an
analysis tool, not part of the product).

Usage:  .venv/bin/python scripts/baseline_pairs.py [SET ...] [--set NAME=VALUE ...] [--show KIND ...] [--max N]

For each TUNE set (`stories_split.group`; a CHECK set is refused, held-out sets are never among the development
sets) both clusterers run over the set in publication order and every pair of articles either joins is one of:

- `both-right`, `both-wrong` (both join it; gold says one story, or not);
- `base-only-right`: the baseline joins it, gold says one story, we do not (our miss);
- `ours-only-right`: we join it rightly, the baseline does not;
- `base-only-wrong`: the baseline's false pair that we avoid;
- `ours-only-wrong`: our false pair that the baseline avoids.

Counted per set and summed, `ours-only-*` also by how we joined the later article b to the earlier a (`how`):
`copy` (a wire copy), `score` (the score passed the threshold by itself), `plain` (the whole texts lifted it to the
threshold, `plain`), `floor` (a match or an election's floor lifted it: `fixture`, `ballot`), `rescue` (the second
look), `merge` (two stories merged, at b's time or later), `via` (b joined a story that held a only later).
`base-only-right` pairs by their `story_misses` cause. For each `ours-only-wrong` and `base-only-right` pair
(`--show`): the baseline's cosine of b with the baseline story holding a at b's time (`story`) and of the two
articles (`pair`: each its own vector when it came), our score of b with the story holding a at b's time, the gap in
hours, the outlets and the two titles (`ours ... plain`: `plain.cosine` of b's whole text with that story).

Counted besides, per join of an existing story (not a copy; `right`: the story held an article of b's gold story):
`join HOW right|wrong base-cos BIN` (the baseline's cosine of b with the sum of the story's members' baseline
vectors) and `... our-plain BIN` (`plain.cosine`): can a plain word overlap tell a wrong join of a kind from a right
one? `new near|far right|wrong our-plain BIN`: an article that opened a story, its best plain cosine with a
candidate story (`near`: last seen within NEAR_HOURS; `right`: that story held its gold story): would a high plain
cosine alone join rightly? `name-clash near|far right|wrong lifted BIN` / `our-plain BIN`: a candidate story scored
below the threshold only for the name clash (`story_misses.GATES`), by its score without the clash and by the plain
cosine. `--show join-rescue` (`join-plain`, `join-floor`) lists those joins.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories import cluster, plain  # noqa: E402
from pipeline.stories.features import extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from scripts.eval_stories import settings_with  # noqa: E402
from scripts.stories_split import development_sets, group, load_set  # noqa: E402
from scripts.story_baseline import _WORD, TfidfBaseline  # noqa: E402
from scripts.story_misses import Recorder, _cause  # noqa: E402

KINDS = ("both-right", "both-wrong", "base-only-right", "ours-only-right", "base-only-wrong", "ours-only-wrong")


class RecordingBaseline(TfidfBaseline):
    """The baseline, keeping each article's own unit vector and its cosine with each story of the window."""

    def __init__(self) -> None:
        super().__init__()
        self.vectors: dict[str, dict[str, float]] = {}
        self.sims: dict[str, dict[int, float]] = {}

    def take(self, article_id: str, published, text: str) -> int:  # type: ignore[no-untyped-def]
        words = Counter(w.lower() for w in _WORD.findall(text))
        docs, df = self.docs + 1, self.df.copy()
        df.update(words.keys())
        vec = {w: (1 + math.log(c)) * (math.log((docs + 1) / (df[w] + 1)) + 1) for w, c in words.items()}
        length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {w: v / length for w, v in vec.items()}
        sims = {}
        for story_id, (total, _size, last) in self.stories.items():
            if published - last <= self.window:
                n = math.sqrt(sum(v * v for v in total.values())) or 1.0
                sims[story_id] = sum(v * total.get(w, 0.0) for w, v in vec.items()) / n
        self.vectors[article_id], self.sims[article_id] = vec, sims
        return self.assign(published, text)


BINS = (0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
NEAR_HOURS = 6.0
SHOW_JOINS = ("rescue", "plain", "floor")


def cos_bin(value: float | None) -> str:
    if value is None:
        return "none"
    below = [b for b in BINS if value < b]
    return f"<{below[0]:.2f}" if below else f">={BINS[-1]:.2f}"


def how_joined(result, look, settings) -> str:  # type: ignore[no-untyped-def]
    """How the article came into the story it joined (see the module's `how`)."""
    if result.duplicate_of:
        return "copy"
    if result.created:
        return "new"
    if result.score < settings.threshold:
        return "rescue"
    if look is not None and abs(result.score - settings.threshold) < 1e-12:
        raw = look.gates.get("plain_off")
        return "plain" if raw is not None and raw < settings.threshold else "floor"
    return "score"


class PlainOffRecorder(Recorder):
    """`story_misses.Recorder`, and each look's score without the plain look (to tell a plain lift from a floor's)
    and the article's plain cosine with the story (`plain.cosine`, short leads too)."""

    def __init__(self) -> None:
        super().__init__()
        self.plain_all: dict[tuple[str, int], float] = {}
        self.gaps: dict[tuple[str, int], float] = {}

    def _score(self, features, vec, names, story, settings, other=False, only=False, *rest):  # type: ignore[no-untyped-def]
        value = super()._score(features, vec, names, story, settings, other, only, *rest)
        look = self.looks[(features.article_id, story.story_id)]
        whole = rest[1] if len(rest) > 1 else None
        if whole is not None:
            self.plain_all[(features.article_id, story.story_id)] = plain.cosine(whole(), story)
            self.gaps[(features.article_id, story.story_id)] = (
                features.published - story.last_seen
            ).total_seconds() / 3600
        if value >= look.value:
            off = dataclasses.replace(settings, plain_cosine=0.0)
            look.gates["plain_off"] = self.score(features, vec, names, story, off, other, only, *rest)
        return value


def analyse_set(name: str, overrides: list[str]) -> tuple[Counter[str], list[tuple[str, str]]]:
    items = load_set(name, ROOT / "tests" / "data", Path("/work/data"))
    settings = settings_with(overrides)
    arts = {x.article.article_id: x.article for x in items}
    gold = {x.article.article_id: x.story for x in items}
    recorder = PlainOffRecorder()
    recorder.install()
    story: dict[str, int] = {}
    at_time: dict[str, dict[str, int]] = {}
    how: dict[str, str] = {}
    joined: dict[str, tuple[int, str | None]] = {}
    joins: list[tuple[str, str, float | None, list[str], bool]] = []  # (b, how, our plain cosine, members, right)
    opened: list[str] = []  # an article that opened a story: its best plain cosine with one, right or wrong
    try:
        store = MemoryStoryStore()
        for item in items:
            aid = item.article.article_id
            at_time[aid] = dict(story)
            result = cluster.assign(extract(item.article), store, settings)
            story[aid] = result.story_id
            joined[aid] = (result.story_id, result.duplicate_of)
            how[aid] = how_joined(result, recorder.looks.get((aid, result.story_id)), settings)
            for (b, sid), look in recorder.looks.items():  # a story only the name clash kept it from
                lifted = look.gates.get("name_clash", 0.0)
                if b != aid or look.value >= settings.threshold or lifted < settings.threshold:
                    continue
                held = [m for m, s in at_time[aid].items() if s == sid]
                verdict = "right" if any(gold[m] == gold[aid] for m in held) else "wrong"
                near = "near" if recorder.gaps[(aid, sid)] <= NEAR_HOURS else "far"
                opened.append(f"name-clash {near} {verdict} lifted {cos_bin(lifted)}")
                opened.append(f"name-clash {near} {verdict} our-plain {cos_bin(recorder.plain_all.get((aid, sid)))}")
            if result.created:  # the story it might have joined: its best by the plain cosine
                looked = [(v, k[1]) for k, v in recorder.plain_all.items() if k[0] == aid]
                if looked:
                    best, sid = max(looked)
                    held = [m for m, s in story.items() if s == sid and m != aid]
                    verdict = "right" if any(gold[m] == gold[aid] for m in held) else "wrong"
                    near = "near" if recorder.gaps[(aid, sid)] <= NEAR_HOURS else "far"
                    opened.append(f"new {near} {verdict} our-plain {cos_bin(best)}")
            members = [m for m, sid in story.items() if sid == result.story_id and m != aid]
            if members and not result.duplicate_of:
                right = any(gold[m] == gold[aid] for m in members)
                joins.append((aid, how[aid], recorder.plain_all.get((aid, result.story_id)), members, right))
            for merge in result.merges:
                for other, sid in story.items():
                    if sid == merge.absorbed:
                        story[other] = merge.kept
    finally:
        cluster.score, cluster.rescued = recorder.score, recorder.rescued  # type: ignore[assignment]
    baseline = RecordingBaseline()
    base_at: dict[str, dict[str, int]] = {}
    base: dict[str, int] = {}
    for x in items:
        aid = x.article.article_id
        base_at[aid] = dict(base)
        base[aid] = baseline.take(aid, x.article.published, x.article.title + "\n" + x.article.body)
    counts: Counter[str] = Counter(opened)
    shown: list[tuple[str, str]] = []
    for b, mech, ours_plain, members, right in joins:  # each join of an existing story, by the two plain cosines
        total: dict[str, float] = {}
        for m in members:
            for w, v in baseline.vectors[m].items():
                total[w] = total.get(w, 0.0) + v
        norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
        base_view = sum(v * total.get(w, 0.0) for w, v in baseline.vectors[b].items()) / norm
        verdict = "right" if right else "wrong"
        counts[f"join {mech:6} {verdict} base-cos {cos_bin(base_view)}"] += 1
        counts[f"join {mech:6} {verdict} our-plain {cos_bin(ours_plain)}"] += 1
        if mech in SHOW_JOINS:
            plain_ = f"{ours_plain:.2f}" if ours_plain is not None else "-"
            shown.append(
                (
                    f"join-{mech}",
                    f"{name} join {mech} {verdict} our-plain {plain_} base-view {base_view:.2f} "
                    f"{arts[b].outlet}\n      b {arts[b].title[:100]}\n      story {arts[members[0]].title[:100]}",
                )
            )
    order = [x.article.article_id for x in items]
    for j, b in enumerate(order):
        for a in order[:j]:
            ours, theirs, same = story[a] == story[b], base[a] == base[b], gold[a] == gold[b]
            if not (ours or theirs):
                continue
            who = "both" if ours and theirs else "ours-only" if ours else "base-only"
            kind = f"{who}-{'right' if same else 'wrong'}"
            counts[kind] += 1
            target = at_time[b].get(a)
            look = recorder.looks.get((b, target))
            if who == "ours-only":
                mech = how[b] if joined[b][0] == target else "merge" if target is not None else "via"
                if mech not in ("merge", "via") and story[a] != joined[b][0]:
                    mech = "merge"
                counts[f"{kind} how={mech}"] += 1
            elif kind == "base-only-right":
                mech = _cause(look, joined[b], settings, recorder.rescues.get((b, target))).split(":")[0]
                counts[f"{kind} cause={mech}"] += 1
            else:
                continue
            if kind not in ("ours-only-wrong", "base-only-right"):
                continue
            va, vb = baseline.vectors[a], baseline.vectors[b]
            pair_cos = sum(v * va.get(w, 0.0) for w, v in vb.items())
            story_cos = baseline.sims[b].get(base_at[b][a], 0.0)
            ours_score = f"{look.value:.3f}" if look is not None else "n/c"
            ours_plain = recorder.plain_all.get((b, target))
            ours_score += f" plain {ours_plain:.2f}" if ours_plain is not None else " plain -"
            gap = (arts[b].published - arts[a].published).total_seconds() / 3600
            shown.append(
                (
                    kind,
                    f"{name} {kind} [{mech}] base story {story_cos:.2f} pair {pair_cos:.2f} ours {ours_score} "
                    f"gap {gap:.1f}h {arts[a].outlet} / {arts[b].outlet}\n"
                    f"      a {arts[a].title[:100]}\n      b {arts[b].title[:100]}",
                )
            )
    return counts, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument(
        "--show",
        action="append",
        default=[],
        choices=("ours-only-wrong", "base-only-right", "join-rescue", "join-plain", "join-floor"),
    )
    parser.add_argument("--max", type=int, default=1000, help="at most this many pairs shown per set and kind")
    args = parser.parse_args(argv)
    development = development_sets(ROOT / "tests" / "data")  # held-out sets are never among them
    names = args.sets or [n for n in development if group(n) == "TUNE"]
    total: Counter[str] = Counter()
    for name in names:
        if name not in development:
            raise SystemExit(f"{name}: not a development set (held out, or no such set)")
        if group(name) != "TUNE":
            raise SystemExit(f"{name}: a CHECK set is scored in aggregate only")
        counts, shown = analyse_set(name, args.overrides)
        total.update(counts)
        print(f"{name}: " + " ".join(f"{k} {counts[k]}" for k in KINDS))
        for kind in args.show:
            for line in [text for k, text in shown if k == kind][: args.max]:
                print("    " + line)
    print("ALL TUNE: " + " ".join(f"{k} {total[k]}" for k in KINDS))
    for key, n in sorted(total.items()):
        if key not in KINDS:
            print(f"  {n:6d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
