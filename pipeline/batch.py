"""The one build path: articles in, brief files out — the CLI (`brief FILE…`), the `brief-article`
flow, the daily flow's groups and feed polls all run `build_briefs`; one article is
`build_briefs([it])` (`build_brief`: that, with its error raised).

    prepare   each article alone (pipeline.brief.prepare_brief: cache hits return at once; the
              daily scan hands over the plans it made, so nothing is planned twice)
    lock      the articles' locks, in key order (two batches over the same articles never deadlock)
    translate all sentences of all articles together: de-duplicated, length-sorted, batched
    summarize all articles' chunks in one engine call a round, each decoded on its own (never
              padded beside another: that changed summaries), side by side on the engine's workers
    write     each brief alone (pipeline.brief.write_brief)

The model stages run through a `Stages` (pipeline.batch_stages): called in this process (`direct_stages`, the
default) or as Prefect tasks (flows.tasks.task_stages) — the same functions either way. Each article succeeds
or fails alone: a stage that fails for a group is tried again article by article, a failing
article is returned as its error, the others are written. A batch's briefs are byte-identical
(timestamps aside) to one-article runs': summaries are so by construction; translations share
padded batches, which on the full-size models (random weights) changed none of 550 sentences —
benchmarks/README.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from pipeline.batch_stages import Stages, direct_stages
from pipeline.brief import BriefResult, Progress, article_lock, prepare_brief, stopwatch
from pipeline.document import Article, Plan, Prepared, Summary, TranslatedArticle
from pipeline.errors import BriefError, CatalogLostError, ModelUnavailableError, SettingsError, first_line
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.text.read import display_path

Outcome = BriefResult | BriefError
# a model that cannot load, a bad setting, a catalog's database gone: every article would fail the same way — raised
EVERY_ARTICLE = (ModelUnavailableError, SettingsError, CatalogLostError)
T = TypeVar("T")


class UnexpectedError(BriefError):
    """An article failed for a reason the pipeline did not foresee (named in one line)."""


def in_groups(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` in order, in groups of at most `size` (`batch_articles`: the daily flow's and a feed
    poll's groups): a group's briefs are written when its model work is done, so a group bounds
    how long a brief waits."""
    return [list(items[start : start + size]) for start in range(0, len(items), max(1, size))]


def in_stream_order(items: Sequence[T], article_of: Callable[[T], Article | None]) -> list[T]:
    """`items` in publication order of their articles (`storydesk.text.stream_order`): a feed poll's
    or an inbox's groups then meet the clusterer as a stream, a wire copy after what it copies."""
    from pipeline.storydesk.text import stream_order  # here: a cache hit joins no story

    return [items[i] for i in stream_order([article_of(item) for item in items])]


def build_brief(
    source: Path | str,
    settings: BriefSettings,
    *,
    force: bool = False,
    models: Models | None = None,
    lock_timeout: float | None = None,
) -> BriefResult:
    """One article: `build_briefs([source])`, its error raised.
    Raises InputError (bad input), BusyError, ModelUnavailableError, OutputError, UnexpectedError."""
    outcome = build_briefs([source], settings, force=force, models=models, lock_timeout=lock_timeout)[0]
    if isinstance(outcome, BriefError):
        raise outcome
    return outcome


def build_briefs(
    sources: Sequence[Path | str],
    settings: BriefSettings,
    *,
    force: bool = False,
    articles: Sequence[Article | None] | None = None,
    plans: Sequence[Plan | None] | None = None,
    models: Models | None = None,
    progress: Progress | None = None,
    lock_timeout: float | None = None,
    stages: Stages | None = None,
) -> list[Outcome]:
    """Brief `sources` with their model work batched; one outcome per source, in order: its
    BriefResult, or the BriefError it failed with. `articles`: those already read (a feed poll
    passes the extracted pages); `plans`: those already planned (the daily scan's) — one per
    source, None where there is none. Articles with the same content are briefed once (the
    others are cache hits, as they would be one after the other). A cache hit reads nothing
    but the article and the brief's front matter. `lock_timeout` 0: an article another process
    is briefing is its BusyError at once. `stages` (default: `direct_stages` with `models`).
    Raises ModelUnavailableError / SettingsError / CatalogLostError (EVERY_ARTICLE): every article would fail."""
    started = time.perf_counter()
    outcomes: dict[int, Outcome] = {}
    groups: dict[str, list[tuple[int, Prepared]]] = {}
    given = list(articles) if articles is not None else [None] * len(sources)
    planned = list(plans) if plans is not None else [None] * len(sources)
    for index, (source, article, plan) in enumerate(zip(sources, given, planned, strict=True)):
        try:
            prepared = prepare_brief(source, settings, force=force, article=article, plan=plan, progress=progress)
        except EVERY_ARTICLE:
            raise  # every article would fail the same way
        except BriefError as exc:
            outcomes[index] = exc
            continue
        except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
            outcomes[index] = UnexpectedError(
                f"{display_path(source)}: unexpected {type(exc).__name__}: {first_line(exc)}"
            )
            continue
        if prepared.cached:
            outcomes[index] = _cached(prepared)
        else:
            groups.setdefault(prepared.plan.key, []).append((index, prepared))
    with ExitStack() as locks:
        work: list[Prepared] = []
        for key in sorted(groups):  # one order for every process: no deadlock between batches
            locked = _lock(locks, settings, groups[key][0][1], lock_timeout, force)
            if locked is None:
                work.append(groups[key][0][1])
            else:
                outcomes[groups[key][0][0]] = locked
        if work:
            # written (and joined to stories) in publication order, whatever order the locks took
            work.sort(key=lambda p: groups[p.plan.key][0][0])  # ties: the order given
            work = in_stream_order(work, lambda p: p.plan.article)
            stages = stages or direct_stages(settings, models or Models(settings), progress)
            built = _build_all(work, stages, force)
            outcomes.update((groups[p.plan.key][0][0], outcome) for p, outcome in zip(work, built))
    for members in groups.values():  # the same text again: what the first copy got, as a cache hit
        first = outcomes[members[0][0]]
        for index, duplicate in members[1:]:
            outcomes[index] = _cached(duplicate) if isinstance(first, BriefResult) else first
    total = time.perf_counter() - started
    return [_with_total(outcomes[i], total) for i in range(len(sources))]


def _lock(
    locks: ExitStack, settings: BriefSettings, prepared: Prepared, timeout: float | None, force: bool
) -> Outcome | None:
    """Take the article's lock; an outcome instead when it is busy or another process just briefed it."""
    try:
        locks.enter_context(article_lock(settings, prepared, timeout))
    except BriefError as exc:  # BusyError, or the lock folder cannot be made
        return exc
    if not force and briefs.lookup(prepared.plan.path, prepared.plan.key):
        return _cached(prepared)
    return None


def _build_all(work: list[Prepared], stages: Stages, refresh: bool) -> list[Outcome]:
    """Load, translate and summarize all of `work` together, then write each brief alone."""
    timings: dict[str, float] = {}
    lap = stopwatch(timings)
    stages.load()
    lap("load")
    translated = translate_all(work, stages, refresh=refresh)
    lap("translate")
    summaries = summarize_all(work, translated, stages)
    lap("summarize")
    outcomes: list[Outcome] = []
    for prepared, article, summary in zip(work, translated, summaries):
        if isinstance(summary, BriefError):
            outcomes.append(summary)
            continue
        assert isinstance(article, TranslatedArticle)
        try:
            written = stages.write(prepared, article, summary)
        except EVERY_ARTICLE:
            raise
        except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
            outcomes.append(_failure(prepared, "writing the brief", exc))
            continue
        plan = prepared.plan
        outcomes.append(BriefResult(plan.source, plan.path, False, timings, _warnings(prepared), written, key=plan.key))
    lap("render")
    return outcomes


def translate_all(
    work: list[Prepared], stages: Stages, *, refresh: bool = False
) -> list[TranslatedArticle | BriefError]:
    """All articles' sentences in shared batches; if that fails, article by article, so that
    the failure is the failing article's alone."""
    every = list(range(len(work)))
    return _each_alone(
        work, lambda indexes: stages.translate([work[i] for i in indexes], refresh), every, "translation"
    )


def summarize_all(
    work: list[Prepared], translated: list[TranslatedArticle | BriefError], stages: Stages
) -> list[Summary | BriefError]:
    """The summaries of the translated articles, their chunks in shared engine calls (article by
    article if that fails); an article whose translation failed keeps its error."""
    results: dict[int, Summary | BriefError] = {i: t for i, t in enumerate(translated) if isinstance(t, BriefError)}
    ready = [i for i in range(len(translated)) if i not in results]

    def summarize(indexes: list[int]) -> list[Summary]:
        done = [translated[i] for i in indexes]
        assert all(isinstance(t, TranslatedArticle) for t in done)
        return stages.summarize([work[i] for i in indexes], done)  # type: ignore[arg-type]

    results.update(zip(ready, _each_alone(work, summarize, ready, "summary")))
    return [results[i] for i in range(len(translated))]


def _each_alone(
    work: list[Prepared], stage: Callable[[list[int]], list[T]], indexes: list[int], name: str
) -> list[T | BriefError]:
    """`stage` over the articles `indexes` of `work` together; if it raises, over each alone (a
    failure is the failing article's); ModelUnavailableError / SettingsError: every article would
    fail the same way, raised."""
    if not indexes:
        return []
    try:
        return list(stage(indexes))
    except EVERY_ARTICLE:
        raise
    except Exception as exc:  # noqa: BLE001 — find the failing article below
        if len(indexes) == 1:
            return [_failure(work[indexes[0]], name, exc)]
    alone: list[T | BriefError] = []
    for index in indexes:
        try:
            alone.extend(stage([index]))
        except EVERY_ARTICLE:
            raise
        except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
            alone.append(_failure(work[index], name, exc))
    return alone


def _failure(prepared: Prepared, stage: str, exc: Exception) -> BriefError:
    if isinstance(exc, BriefError):
        return exc
    return UnexpectedError(
        f"{display_path(prepared.plan.source)}: {stage} failed: {type(exc).__name__}: {first_line(exc)}"
    )


def _warnings(prepared: Prepared) -> tuple[str, ...]:
    return prepared.plan.article.warnings


def _cached(prepared: Prepared) -> BriefResult:
    plan = prepared.plan
    return BriefResult(plan.source, plan.path, True, {}, _warnings(prepared), key=plan.key, placed=prepared.placed)


def _with_total(outcome: Outcome, total: float) -> Outcome:
    """The batch's wall time as every result's total (the stages were shared)."""
    if not isinstance(outcome, BriefResult):
        return outcome
    return replace(outcome, timings={**outcome.timings, "total": total})
