"""The false joins of the story clusterer on a TUNE set, by the path that made them (issue 19, stop 45).

Usage:  .venv/bin/python scripts/stories_trace.py [SET ...] [--set NAME=VALUE ...] [--jobs N] [--text N]

Each article's join is traced: `copy` (a wire copy joins its original's story), `score` (its best score over the
threshold), `plain` (the plain look lifts it to the bar), `fixture` / `owned` / `ballot` (one match, an owned name, one
election at their floors), `rescue` / `theme` / `kin` (the second look), `merge` (`merge_if_one`), `meet` (`merge_met`) and
`letters` (`letter_pages.merge_page`) of two stories. A join's false pairs are those of the article (or the absorbed
story's articles) with the story's members of another gold story. Printed per join with false pairs: the path, the pair
count, the article's headline and the members' of another gold story (and `--text` characters of each opening), then
the counts per path. TUNE sets only (`stories_split.group`); a CHECK set is refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from pipeline.stories import ballot, cluster, fixture, owned, plain  # noqa: E402
from pipeline.stories.features import extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from scripts.stories_split import load_set, tune_sets  # noqa: E402

_flags: set[str] = set()  # what fired in the current `score` call
_best: dict[int, tuple[float, frozenset[str]]] = {}  # story -> best score of the article and its flags
_path: list[str] = []  # the second look's or the merge's path for the current article


def _flag(name: str, original):
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        if result:
            _flags.add(name)
        return result

    return wrapped


_installed = False


def _install() -> None:
    """Wrap the paths once per process (a worker that traces several sets would wrap them again)."""
    global _installed
    if _installed:
        return
    _installed = True
    fixture.same_match = _flag("fixture", fixture.same_match)
    owned.follows = _flag("owned", owned.follows)
    ballot.same = _flag("ballot", ballot.same)
    plain.cosine = _flag("plain?", plain.cosine)
    original_score = cluster.score

    def score(features, vec, names, story, settings, *args, **kwargs):
        _flags.clear()
        value = original_score(features, vec, names, story, settings, *args, **kwargs)
        if value >= _best.get(story.story_id, (-1.0, frozenset()))[0]:
            _best[story.story_id] = (value, frozenset(_flags))
        return value

    cluster.score = score
    for name, attr in (
        ("rescue", "rescued"),
        ("merge", "merge_if_one"),
        ("meet", "merge_met"),
        ("letters", "merge_page"),
    ):
        setattr(cluster, attr, _path_flag(name, getattr(cluster, attr)))
    cluster.theme.joins = _path_flag("theme", cluster.theme.joins)
    cluster.kin.kin = _path_flag("kin", cluster.kin.kin)


def _path_flag(name: str, original):
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        if result:
            _path.append(name)
        return result

    return wrapped


def _join_path(result, settings, story_id: int) -> str:
    if result.duplicate_of:
        return "copy"
    second = [p for p in _path if p in ("rescue", "theme", "kin")]
    value, flags = _best.get(story_id, (0.0, frozenset()))
    if second and value < settings.threshold:
        return second[0]
    for name in ("fixture", "owned", "ballot"):
        if name in flags:
            return name
    if "plain?" in flags and abs(value - settings.threshold) < 1e-12:
        return "plain"
    return "score"


def trace(job: tuple[str, list[str], int]) -> list[tuple[str, int, str]]:
    """(path, false pairs, description) of each join of the set with false pairs."""
    name, overrides, chars = job
    _install()
    settings = ev.settings_with(overrides)
    items = load_set(name, ROOT / "tests" / "data", Path("/work/data"))
    gold = {x.article.article_id: x.story for x in items}
    info = {x.article.article_id: x.article for x in items}
    members: dict[int, list[str]] = {}
    store = MemoryStoryStore()
    out = []

    def show(aid: str) -> str:
        a = info[aid]
        body = " ".join(a.body.split())[:chars] if chars else ""
        return f"[{gold[aid]}] {a.published:%m-%d %H:%M} {a.outlet or ''}: {a.title[:90]}" + (
            f" | {body}" if body else ""
        )

    for item in items:
        aid = item.article.article_id
        _best.clear()
        _path.clear()
        joined: list[int] = []
        set_story = store.set_article_story

        def record(article_id, story_id, day, _set=set_story, _joined=joined):
            _joined.append(story_id)
            return _set(article_id, story_id, day)

        store.set_article_story = record
        result = cluster.assign(extract(item.article), store, settings)
        store.set_article_story = set_story
        sid = joined[0] if joined else result.story_id
        before = members.get(sid, [])
        wrong = [m for m in before if gold[m] != gold[aid]]
        if wrong and not result.created:
            path = _join_path(result, settings, sid)
            out.append((path, len(wrong), f"{name} {path} +{len(wrong)}: {show(aid)}\n" + _lines(wrong, show)))
        members.setdefault(sid, []).append(aid)
        for merge in result.merges:
            kept, absorbed = members.get(merge.kept, []), members.pop(merge.absorbed, [])
            false = [(a, b) for a in absorbed for b in kept if gold[a] != gold[b]]
            if false:
                path = next((p for p in ("letters", "meet") if p in _path), "merge")
                text = f"{name} {path} +{len(false)}: by {show(aid)}\n  absorbed:\n{_lines(absorbed, show)}"
                out.append((path, len(false), text + f"\n  kept:\n{_lines(kept, show)}"))
            members.setdefault(merge.kept, []).extend(absorbed)
    return out


def _lines(ids: list[str], show) -> str:
    return "\n".join(f"    {show(a)}" for a in ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--text", type=int, default=0)
    args = parser.parse_args(argv)
    names = tune_sets(parser, args.sets, ROOT / "tests" / "data")
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        found = [row for rows in pool.map(trace, [(n, args.overrides, args.text) for n in names]) for row in rows]
    for _, _, text in found:
        print(text)
    counts = Counter()
    for path, pairs, _ in found:
        counts[path] += pairs
    print("false pairs by path:", dict(counts.most_common()), "sum", sum(counts.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
