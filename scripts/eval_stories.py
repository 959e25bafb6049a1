"""Score the story clusterer (and wire-copy detection) on a labelled set.

Usage:  .venv/bin/python scripts/eval_stories.py DIR [--texts TEXTS] [--baseline] [--set NAME=VALUE ...]
            [--json] [--errors] [--midnight-is-date]

A labelled set is a directory with `labels.jsonl`, one object per article:
{"id", "published" (ISO date or datetime; without a zone: Europe/Amsterdam), "story" (a label), and
optionally "outlet", "title", "duplicate_of" (an id or null), "provenance" {"repo", "commit", "path",
"locator"}, "text" or "body"}. Without a text in the label, the text is `<id>.txt` (first line the
Dutch headline, then the body) in `DIR/texts/` or `--texts` (texts that are not ours to copy stay
out of the repository: scripts/stories_dev_texts.py rebuilds them from the provenance).

Articles are assigned in publication order (ties: id), each once, by `pipeline.stories.cluster.assign`
with an in-memory store. Printed: B-cubed P/R/F1, pairwise P/R/F1, duplicate P/R (see
scripts/story_metrics.py). `--baseline` scores the plain TF-IDF online clusterer with a three-day
window instead (scripts/story_baseline.py). `--set threshold=0.35` changes a `ClusterSettings`
field (`duplicates.threshold=0.7` one of `DuplicateSettings`). A `published` that is a date without a
time gives the article no time of day (`ArticleText.timed`); `--midnight-is-date` reads a time of exactly
midnight so too (a set built from a print archive that writes its dates as midnight).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.cluster import ClusterSettings, assign  # noqa: E402
from pipeline.stories.duplicates import DuplicateSettings  # noqa: E402
from pipeline.stories.features import ArticleText, extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from scripts.story_baseline import TfidfBaseline  # noqa: E402
from scripts.story_metrics import bcubed, copy_groups, duplicates, missed_copies, pairwise  # noqa: E402

LOCAL = ZoneInfo("Europe/Amsterdam")
REQUIRED = ("id", "published", "story")  # outlet, title, duplicate_of, provenance and text are optional
TEXT_KEYS = ("text", "body")  # a text given in the label itself (else DIR/texts/ID.txt)


class LabelError(Exception):
    pass


@dataclasses.dataclass(frozen=True)
class Labelled:
    article: ArticleText
    story: str
    duplicate_of: str | None


def parse_time(value: str) -> datetime:
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), LOCAL)
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise LabelError(f"published {value!r} is not an ISO date or datetime") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL)


def _date_only(value: str, midnight_is_date: bool = False) -> bool:
    """A label's `published` is a date without a time ("2015-06-17"); with `midnight_is_date`, a time of
    exactly midnight counts as none ("2015-06-17T00:00:00+02:00": how a set built from a print archive
    that gives dates only writes them)."""
    return len(value) == 10 or (midnight_is_date and value[10:19] == "T00:00:00" and "." not in value[19:])


def load(directory: Path, texts: Path | None = None, midnight_is_date: bool = False) -> list[Labelled]:
    texts = texts or directory / "texts"
    labels = directory / "labels.jsonl"
    if not labels.is_file():
        raise LabelError(f"{labels}: no such file")
    out: list[Labelled] = []
    seen: set[str] = set()
    with open(labels, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LabelError(f"{labels}:{n}: not JSON ({exc.msg})") from exc
            missing = [k for k in REQUIRED if k not in row]
            if missing:
                raise LabelError(f"{labels}:{n}: missing {', '.join(missing)}")
            if row["id"] in seen:
                raise LabelError(f"{labels}:{n}: id {row['id']} twice")
            seen.add(row["id"])
            title, body = _text_of(row, texts)
            outlet = str(row.get("outlet") or "unknown")
            published = str(row["published"])
            timed = not _date_only(published, midnight_is_date)
            article = ArticleText(str(row["id"]), outlet, parse_time(published), title, body, timed)
            out.append(Labelled(article, str(row["story"]), row.get("duplicate_of") or None))
    unknown = [x.duplicate_of for x in out if x.duplicate_of and x.duplicate_of not in seen]
    if unknown:
        raise LabelError(f"{labels}: duplicate_of names unknown ids: {', '.join(unknown[:5])}")
    out.sort(key=lambda x: (x.article.published, x.article.article_id))
    return out


def _text_of(row: dict, texts: Path) -> tuple[str, str]:
    """(headline, body): from the label's own `text`/`body` (headline: the label's `title`, else the
    text's first line), else from TEXTS/ID.txt (first line the headline)."""
    inline = next((row[k] for k in TEXT_KEYS if isinstance(row.get(k), str)), None)
    if inline is not None:
        title = str(row.get("title") or "")
        if not title:
            title, _, inline = inline.partition("\n")
        return title.strip(), inline[:500_000]
    path = texts / f"{row['id']}.txt"
    if not path.is_file():
        raise LabelError(f"{path}: no text (rebuild the texts: scripts/stories_dev_texts.py)")
    raw = path.read_text(encoding="utf-8")[:500_000]
    title, _, body = raw.partition("\n")
    return title.strip(), body


def settings_with(overrides: list[str]) -> ClusterSettings:
    settings = ClusterSettings()
    for item in overrides:
        name, _, value = item.partition("=")
        target, field = (
            (settings.duplicates, name.split(".", 1)[1]) if name.startswith("duplicates.") else (settings, name)
        )
        current = getattr(target, field, None)
        if current is None:
            raise LabelError(f"--set {item}: no setting {name}")
        new = _value(item, current, value)
        if target is settings:
            settings = dataclasses.replace(settings, **{field: new})
        else:
            settings = dataclasses.replace(settings, duplicates=dataclasses.replace(target, **{field: new}))
    return settings


def _value(item: str, current: object, value: str) -> object:
    """`value` as the setting's type: days for a window, true/false (or 1/0) for a switch."""
    if isinstance(current, timedelta):
        return timedelta(days=float(value))
    if isinstance(current, bool):
        if value.lower() not in {"true", "false", "1", "0"}:
            raise LabelError(f"--set {item}: write true or false")
        return value.lower() in {"true", "1"}
    return type(current)(value)


def run(items: list[Labelled], settings: ClusterSettings) -> tuple[dict[str, int], dict[str, str | None], int]:
    store = MemoryStoryStore()
    story: dict[str, int] = {}
    copy: dict[str, str | None] = {}
    for item in items:
        result = assign(extract(item.article), store, settings)
        story[item.article.article_id] = result.story_id
        copy[item.article.article_id] = result.duplicate_of
        for merge in result.merges:
            for aid, sid in story.items():
                if sid == merge.absorbed:
                    story[aid] = merge.kept
    return story, copy, len(store.merges)


def run_baseline(items: list[Labelled], threshold: float) -> dict[str, int]:
    baseline = TfidfBaseline(threshold=threshold)
    return {
        x.article.article_id: baseline.assign(x.article.published, x.article.title + "\n" + x.article.body)
        for x in items
    }


def score(items: list[Labelled], story: dict[str, int], copy: dict[str, str | None] | None) -> dict:
    gold = {x.article.article_id: x.story for x in items}
    result = {
        "articles": len(items),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(story.values())),
    }
    result["bcubed"] = dataclasses.asdict(bcubed(gold, story))
    result["pairwise"] = dataclasses.asdict(pairwise(gold, story))
    if copy is not None:
        gold_copy = {x.article.article_id: x.duplicate_of for x in items}
        result["duplicates"] = dataclasses.asdict(duplicates(gold_copy, copy))
        result["gold_duplicates"] = sum(1 for v in gold_copy.values() if v)
        result["predicted_duplicates"] = sum(1 for v in copy.values() if v)
    return result


def errors(items: list[Labelled], story: dict[str, int]) -> list[str]:
    """Predicted stories that mix gold stories, and gold stories split over predicted ones."""
    by_pred: dict[int, list[Labelled]] = {}
    by_gold: dict[str, set[int]] = {}
    for x in items:
        by_pred.setdefault(story[x.article.article_id], []).append(x)
        by_gold.setdefault(x.story, set()).add(story[x.article.article_id])
    lines = []
    for sid, members in sorted(by_pred.items()):
        if len({m.story for m in members}) > 1:
            lines.append(f"MIXED predicted {sid}:")
            lines += [f"    [{m.story}] {m.article.published:%m-%d %H:%M} {m.article.title[:80]}" for m in members]
    for label, sids in sorted(by_gold.items()):
        if len(sids) > 1:
            lines.append(f"SPLIT gold {label} over {sorted(sids)}")
    return lines


def copy_errors(items: list[Labelled], copy: dict[str, str | None], settings: DuplicateSettings) -> list[str]:
    """Missed gold copies and false predicted ones, each with the exact overlap of the two bodies
    (all paragraphs, boilerplate kept): shingle counts, Jaccard, the shorter's containment, the leads', the
    openings' (`openings`: the smaller inside the other, and how many shingles they share)."""
    from pipeline.stories.openings import first_words, opening
    from pipeline.stories.shingles import shingles

    by_id = {x.article.article_id: x for x in items}
    groups = copy_groups({x.article.article_id: x.duplicate_of for x in items})

    paras = {i: list(extract(x.article).paragraphs) for i, x in by_id.items()}

    def figures(a: str, b: str) -> str:
        sa, sb = shingles(paras[a]), shingles(paras[b])
        la, lb = (shingles(first_words(paras[i], settings.lead_words)) for i in (a, b))
        inter, small = len(sa & sb), max(1, min(len(sa), len(sb)))
        lead = len(la & lb) / max(1, min(len(la), len(lb)))
        oa, ob = (shingles(opening(paras[i], settings.opening_words)) for i in (a, b))
        opened = len(oa & ob) / max(1, min(len(oa), len(ob)))
        return (
            f"shingles {len(sa)}/{len(sb)} jaccard {inter / max(1, len(sa | sb)):.2f} "
            f"containment {inter / small:.2f} lead {lead:.2f} opening {opened:.2f} ({len(oa & ob)} shared)"
        )

    def pair(kind: str, a: str, b: str | None) -> list[str]:
        x = by_id[a]
        head = f"{kind} {a} ({x.article.outlet}) -> {b}"
        if b is None:
            return [head + ": no original in gold"]
        y = by_id[b]
        return [
            f"{head} ({y.article.outlet}): {figures(a, b)}",
            f"    {a}: {x.article.title[:90]}",
            f"    {b}: {y.article.title[:90]}",
        ]

    # as story_metrics.duplicates scores: a group member marked in place of the labeller's pick is no miss
    missed = set(missed_copies({x.article.article_id: x.duplicate_of for x in items}, copy))
    lines: list[str] = []
    for x in items:
        aid, gold, pred = x.article.article_id, x.duplicate_of, copy.get(x.article.article_id)
        if aid in missed:
            lines += pair("MISSED COPY", aid, gold)
            if pred:
                lines.append(f"    (predicted {pred} instead)")
        if pred and groups.get(pred) != groups.get(aid):
            lines += pair("FALSE COPY", aid, pred)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the story clusterer on a labelled set.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--texts", type=Path)
    parser.add_argument("--baseline", action="store_true", help="score the plain TF-IDF baseline instead")
    parser.add_argument("--baseline-threshold", type=float, default=0.3)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--errors", action="store_true", help="list mixed and split stories, missed and false wire copies"
    )
    parser.add_argument(
        "--midnight-is-date",
        action="store_true",
        help="read a label time of exactly midnight as a date without a time (a print archive's dates)",
    )
    args = parser.parse_args(argv)
    try:
        items = load(args.directory, args.texts, args.midnight_is_date)
        if args.baseline:
            story, copy, merges = run_baseline(items, args.baseline_threshold), None, 0
        else:
            story, copy, merges = run(items, settings_with(args.set))
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    settings = settings_with(args.set)
    result = score(items, story, copy)
    result["merges"] = merges
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['articles']} articles, {result['gold_stories']} gold stories, {result['predicted_stories']} predicted, {merges} merges"
        )
        for key in ("bcubed", "pairwise", "duplicates"):
            if key in result:
                m = result[key]
                print(f"{key:10s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    if args.errors:
        print("\n".join(errors(items, story)))
        if copy is not None:
            print("\n".join(copy_errors(items, copy, settings.duplicates)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
