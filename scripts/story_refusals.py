"""Why the story clusterer left apart the gold pairs it misses, on TUNE sets (issue 19, stop 49).

Usage:  .venv/bin/python scripts/story_refusals.py [SET ...] [--set NAME=VALUE ...] [--pairs] [--stories N]

A missed pair is two articles of one gold story in two predicted stories at the end. For each, in the order the
articles came (a, then b), the reason is read from b's assignment against the story that held a then:
`no-candidate` (that story was not among b's candidates: the lookup's terms or the window), `joined-other` (b scored
the threshold with it but joined another story, or a wire copy's original), the clash factors that fired on its score
(`name_clash`, `actors`, `only_places`, `date_clash`, `event_clash`, `again_elsewhere`, `race_day`, `fixture_day`,
`elsewhere`, joined by "+"), else `low` (no clash; below `rescue_floor`) or `near` (no clash, between `rescue_floor`
and the threshold: the second look refused it). Printed per set and in sum; `--pairs` each pair (reason, b's best
score with that story, its cosine and size, both headlines), `--stories N` the N gold stories with most missed pairs.
TUNE sets only (`stories_split.tune_sets`): a CHECK set's pairs are never shown.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from pipeline.stories import apart, cluster, events, fixture, story_score, told  # noqa: E402
from pipeline.stories.features import extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from pipeline.stories.vectors import dot  # noqa: E402
from scripts.stories_split import load_set, tune_sets  # noqa: E402

_flags: set[str] = set()  # the clashes that fired in the current `score` call
_best: dict[int, tuple[float, frozenset[str], float, int]] = {}  # story -> (best score, its clashes, cosine, size)


def _flag(name: str, original):
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        if name == "date_clash":
            if result is False:  # `days_agree`: False is two days, None no day or neighbours
                _flags.add(name)
        elif result:
            _flags.add(name)
        return result

    return wrapped


def _install() -> None:
    story_score.names_clash = _flag("name_clash", story_score.names_clash)  # called by `score` there
    story_score.days_agree = _flag("date_clash", story_score.days_agree)
    events.clash = _flag("event_clash", events.clash)
    apart.again_elsewhere = _flag("again_elsewhere", apart.again_elsewhere)
    apart.elsewhere = _flag("elsewhere", apart.elsewhere)
    told.another_race_day = _flag("race_day", told.another_race_day)
    fixture.another_day = _flag("fixture_day", fixture.another_day)
    original = cluster.score

    def score(features, vec, names, story, settings, other=False, only_places=False, *args, **kwargs):
        _flags.clear()
        value = original(features, vec, names, story, settings, other, only_places, *args, **kwargs)
        flags = set(_flags) | {n for n, fired in (("actors", other), ("only_places", only_places)) if fired}
        cosine = dot(vec, story.centroid) / story.norm if story.norm else 0.0
        if value > _best.get(story.story_id, (-1.0,))[0]:
            _best[story.story_id] = (value, frozenset(flags), cosine, story.size)
        return value

    cluster.score = score


def refusals(name: str, overrides: list[str]) -> list[tuple[str, str, str, str, str]]:
    """(gold story, reason, detail, a's headline, b's headline) of each missed pair of the set (`_install` first)."""
    settings = ev.settings_with(overrides)
    items = load_set(name, ROOT / "tests" / "data", Path("/work/data"))
    gold = {x.article.article_id: x.story for x in items}
    title = {x.article.article_id: x.article.title for x in items}
    where: dict[str, int] = {}  # each article's story as it stands
    then: dict[str, dict[str, int]] = {}  # b -> the stories of the articles before it, when it came
    scores: dict[str, dict[int, tuple[float, frozenset[str], float, int]]] = {}
    chosen: dict[str, int] = {}
    store = MemoryStoryStore()
    for item in items:
        aid = item.article.article_id
        _best.clear()
        then[aid] = dict(where)
        result = cluster.assign(extract(item.article), store, settings)
        scores[aid], chosen[aid] = dict(_best), result.story_id
        where[aid] = result.story_id
        for merge in result.merges:
            where = {k: merge.kept if s == merge.absorbed else s for k, s in where.items()}
    members: dict[str, list[str]] = defaultdict(list)
    for item in items:
        members[gold[item.article.article_id]].append(item.article.article_id)
    out = []
    for label, ids in members.items():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if where[a] == where[b]:
                    continue
                reason, detail = _reason(settings, then[b][a], scores[b], chosen[b])
                out.append((label, reason, detail, title[a], title[b]))
    return out


def _reason(settings, story_id: int, scores, chosen: int) -> tuple[str, str]:
    if story_id not in scores:
        return "no-candidate", ""
    value, flags, cosine, size = scores[story_id]
    detail = f"score {value:.3f} cos {cosine:.3f} size {size}"
    if value >= settings.threshold:
        return ("joined-other" if chosen != story_id else "joined"), detail
    if flags:
        return "+".join(sorted(flags)), detail
    return ("near" if value >= settings.rescue_floor else "low"), detail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--pairs", action="store_true")
    parser.add_argument("--stories", type=int, default=0)
    args = parser.parse_args(argv)
    names = tune_sets(parser, args.sets, ROOT / "tests" / "data")
    _install()
    total: Counter[str] = Counter()
    by_story: Counter[tuple[str, str]] = Counter()
    for name in names:  # one process: the wrapped functions count per call
        rows = refusals(name, args.overrides)
        counts = Counter(r[1] for r in rows)
        total.update(counts)
        by_story.update((name, r[0]) for r in rows)
        if args.pairs:
            for label, reason, detail, a, b in rows:
                print(f"{name} {label[:40]:40} {reason:18} {detail:32} | {a[:50]} || {b[:50]}")
        print(f"{name}: {sum(counts.values())} {dict(counts.most_common())}", flush=True)
    print(f"sum: {sum(total.values())} {dict(total.most_common())}")
    for (name, label), n in by_story.most_common(args.stories):
        print(f"  {name} {label}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
