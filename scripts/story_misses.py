"""The gold-same-story pairs the plain TF-IDF baseline links and the story clusterer does not, and why
the clusterer refused each (an analysis tool, not part of the product).

Usage:  .venv/bin/python scripts/story_misses.py DIR [--texts TEXTS] [--list] [--set NAME=VALUE ...]

Both clusterers run over the set in publication order (`eval_stories.run`, `run_baseline`). For a
missed pair (a, b), b the later article, the tool looks at b's assignment: the story that held a then
(merges followed). The cause is the first that holds:

- `copy`: b was taken as a wire copy of another story's article;
- `not-candidate`: that story was not among b's candidates (the store's inverted-index lookup);
- `outscored:split` (`:other`): b scored the threshold with it but joined another story that scored more,
  one holding an article of b's gold story (none), `sim=` the two stories' centroid cosine (the merge asks
  `merge_similarity`);
- `gate:NAME`: b scored below the threshold, and with the one factor NAME neutral (`GATES`) it would
  have passed: the gate that refused it (several: `gate:A+B`, each alone enough);
- `gates:all`: no single factor, but all of them neutral, lifts it;
- `rescue-refused:WHY`: it scored between `rescue_floor` and the threshold and the second look said no
  (`gap`: later than `rescue_late_hours`, `actors`, `marks`, else `short`/`long` with the distinct shared
  entities and how many headline terms the story holds — the shared name's words not left out);
- `low:PLAIN`: the score itself is low (`PLAIN`: `plain-below`, the whole texts were not `plain_cosine`
  alike, `plain-skip` the plain look was not asked, `floor` the score is under `plain_floor`).

Printed per cause: missed pairs and distinct later articles; `--list` prints each pair with the score;
`--all` looks at every gold pair the clusterer misses, linked by the baseline or not.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories import cluster, events, evidence, plain, rescue  # noqa: E402
from pipeline.stories.dates import gap_hours  # noqa: E402
from pipeline.stories.features import extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from pipeline.stories.settings import ClusterSettings  # noqa: E402
from pipeline.stories.vectors import dot  # noqa: E402
from scripts.eval_stories import Labelled, load, run_baseline, settings_with  # noqa: E402

# a factor of `cluster.score` made neutral: the settings it changes and the flags it clears
GATES: dict[str, tuple[dict[str, float], tuple[str, ...]]] = {
    "name_clash": ({"name_clash": 1.0}, ()),
    "date_clash": ({"date_clash": 1.0}, ()),
    "place_clash": ({"place_clash": 1.0}, ("only_places",)),
    "event_clash": ({"event_clash": 1.0}, ()),
    "actor_clash": ({"actor_clash": 1.0}, ("other_actors",)),
    "decay": ({"decay_days": 1e9, "later_factor": 1.0, "again_factor": 1.0}, ()),
}


@dataclasses.dataclass
class Look:
    value: float = 0.0
    gates: dict[str, float] = dataclasses.field(default_factory=dict)
    all_gates: float = 0.0
    plain: float | None = None  # the whole texts' likeness, when the plain look could be asked


class Recorder:
    """Wraps `cluster.score` and `cluster.rescued`: each (article, story)'s best score, and what it would be
    with each gate neutral."""

    def __init__(self) -> None:
        self.looks: dict[tuple[str, int], Look] = {}
        self.rescues: dict[tuple[str, int], str] = {}
        self.score = cluster.score
        self.rescued = cluster.rescued

    def install(self) -> None:
        cluster.score = self._score  # type: ignore[assignment]
        cluster.rescued = self._rescued  # type: ignore[assignment]

    def _score(self, features, vec, names, story, settings, other=False, only=False, *rest):  # type: ignore[no-untyped-def]
        value = self.score(features, vec, names, story, settings, other, only, *rest)
        look = self.looks.setdefault((features.article_id, story.story_id), Look())
        if value < look.value and look.gates:
            return value
        look.value = value
        flags = {"other_actors": other, "only_places": only}
        everything: dict[str, float] = {}
        for gate, (changes, cleared) in GATES.items():
            everything.update(changes)
            changed = dataclasses.replace(settings, **changes)
            args = {**flags, **{f: False for f in cleared}}
            look.gates[gate] = self.score(
                features, vec, names, story, changed, args["other_actors"], args["only_places"], *rest
            )
        look.all_gates = self.score(
            features, vec, names, story, dataclasses.replace(settings, **everything), False, False, *rest
        )
        whole = rest[1] if len(rest) > 1 else None
        if whole is not None and not plain.short_lead(features, settings.rescue_max_terms):
            look.plain = plain.cosine(whole(), story)
        return value

    def _rescued(self, features, names, pair, store, settings, *rest):  # type: ignore[no-untyped-def]
        result = self.rescued(features, names, pair, store, settings, *rest)
        self.rescues[(features.article_id, pair[1])] = (
            "yes" if result else _why_not(features, names, pair, store, settings)
        )
        return result


def _why_not(features, names, pair, store, settings) -> str:  # type: ignore[no-untyped-def]
    """Which test of `rescue.rescued` said no."""
    story = store.story(pair[1])
    long = rescue.term_count(features) > settings.rescue_max_terms
    if gap_hours(features.published, story.first_seen, story.last_seen) > settings.rescue_late_hours:
        return "gap"
    if rescue.other_actors(features, names, story, store, settings):
        return "actors"
    if events.clash(features.marks, story.marks):
        return "marks"
    entities = evidence.shared_entities(names, story.names, settings.rescue_key)
    n = evidence.distinct(entities, names)
    overlap = evidence.title_overlap(features.title_terms + features.quote_lead, story.centroid)
    return f"{'long' if long else 'short'}:entities={n}:title={overlap}"


def analyse(
    items: list[Labelled], settings: ClusterSettings, baseline_threshold: float = 0.3, every: bool = False
) -> list[tuple]:
    """(cause, a, b, look) for each missed pair (`every`: each gold pair the clusterer misses, the baseline's
    link or not)."""
    recorder = Recorder()
    recorder.install()
    try:
        store = MemoryStoryStore()
        story: dict[str, int] = {}
        at_time: dict[str, dict[str, int]] = {}  # b -> the story of each earlier article when b was assigned
        joined: dict[str, tuple[int, str | None]] = {}
        similar: dict[tuple[str, int], float] = {}
        for item in items:
            aid = item.article.article_id
            at_time[aid] = dict(story)
            result = cluster.assign(extract(item.article), store, settings)
            story[aid] = result.story_id
            looks = [k[1] for k in recorder.looks if k[0] == aid and k[1] != result.story_id]
            mine = store.story(result.story_id)
            for other_id in looks:
                other = store.story(other_id)
                if mine and other and mine.norm and other.norm:
                    similar[(aid, other_id)] = dot(mine.centroid, other.centroid) / (mine.norm * other.norm)
            joined[aid] = (result.story_id, result.duplicate_of)
            for merge in result.merges:
                for other, sid in story.items():
                    if sid == merge.absorbed:
                        story[other] = merge.kept
    finally:
        cluster.score, cluster.rescued = recorder.score, recorder.rescued  # type: ignore[assignment]
    base = run_baseline(items, baseline_threshold)
    order = [x.article.article_id for x in items]
    gold = {x.article.article_id: x.story for x in items}
    out = []
    for j, b in enumerate(order):
        for a in order[:j]:
            if gold[a] != gold[b] or (base[a] != base[b] and not every) or story[a] == story[b]:
                continue
            target = at_time[b][a]
            look = recorder.looks.get((b, target))
            cause = _cause(look, joined[b], settings, recorder.rescues.get((b, target)))
            if cause == "outscored":
                split = any(gold[x] == gold[b] for x in order[:j] if at_time[b].get(x) == joined[b][0])
                cause += f":{'split' if split else 'other'}:sim={similar.get((b, target), 0):.2f}"
            out.append((cause, a, b, look))
    return out


def _cause(look: Look | None, joined: tuple[int, str | None], settings: ClusterSettings, rescue: str | None) -> str:
    if joined[1] is not None:
        return "copy"
    if look is None:
        return "not-candidate"
    if look.value >= settings.threshold:
        return "outscored"
    lifted = [g for g, v in look.gates.items() if v >= settings.threshold]
    if lifted:
        return "gate:" + "+".join(lifted)
    if look.all_gates >= settings.threshold:
        return "gates:all"
    if rescue is not None and rescue != "yes":
        return "rescue-refused:" + rescue
    if look.value < settings.plain_floor:
        return "low:floor"
    if look.plain is None:
        return "low:plain-skip"
    return "low:plain-below"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Baseline-right pairs the story clusterer misses, and why.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--texts", type=Path)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--list", action="store_true", help="print each missed pair")
    parser.add_argument("--all", action="store_true", help="every gold pair missed, not only the baseline's links")
    args = parser.parse_args(argv)
    items = load(args.directory, args.texts)
    titles = {x.article.article_id: x.article.title for x in items}
    missed = analyse(items, settings_with(args.set), every=args.all)
    pairs: Counter[str] = Counter(c for c, *_ in missed)
    later: dict[str, set[str]] = defaultdict(set)
    for cause, _a, b, _look in missed:
        later[cause].add(b)
    print(f"{args.directory.name}: {len(missed)} missed pairs, {len({b for _, _, b, _ in missed})} articles")
    for cause, n in pairs.most_common():
        print(f"  {cause:28s} {n:5d} pairs {len(later[cause]):4d} articles")
    if args.list:
        for cause, a, b, look in sorted(missed, key=lambda m: (m[0], m[2], m[1])):
            figures = ""
            if look is not None:
                plain_ = f" plain {look.plain:.2f}" if look.plain is not None else ""
                lowered = " ".join(f"{g}={v:.3f}" for g, v in look.gates.items() if v > look.value + 1e-9)
                figures = f" score {look.value:.3f} all-gates {look.all_gates:.3f}{plain_} {lowered}"
            print(f"{cause}: {b} <- {a}{figures}\n    {titles[b][:90]}\n    {titles[a][:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
