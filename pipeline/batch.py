"""Many articles in one process: the build path of pipeline.brief, with the model work batched
across articles.

    prepare   each article alone (pipeline.brief.prepare_brief: cache hits return at once)
    lock      the articles' locks, in key order (two batches over the same articles never deadlock)
    translate all sentences of all articles together: de-duplicated, length-sorted, batched
    summarize all articles' chunks in one engine call a round, each decoded on its own (never
              padded beside another: that changed summaries), side by side on the engine's workers
    write     each brief alone (pipeline.brief.write_brief)

Each article succeeds or fails alone: a failing article is returned as its error, the others
are written. Every brief is meant to be byte-identical (timestamps aside) to a one-article
`build_brief`: summaries are so by construction; translations share padded batches, which on
the full-size models (random weights) changed none of 550 sentences — benchmarks/README.md.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from pipeline.brief import (
    BriefResult,
    Progress,
    article_lock,
    load_models,
    prepare_brief,
    stopwatch,
    summary_input,
    write_brief,
)
from pipeline.document import Article, Prepared, Summary, TranslatedArticle
from pipeline.errors import BriefError, ModelUnavailableError, SettingsError, first_line
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.text.read import display_path

Outcome = BriefResult | BriefError
T = TypeVar("T")


class UnexpectedError(BriefError):
    """An article failed for a reason the pipeline did not foresee (named in one line)."""


def in_groups(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` in order, in groups of at most `size` (`batch_articles`: the daily flow's and a feed
    poll's groups): a group's briefs are written when its model work is done, so a group bounds
    how long a brief waits."""
    return [list(items[start : start + size]) for start in range(0, len(items), max(1, size))]


def build_briefs(
    sources: Sequence[Path | str],
    settings: BriefSettings,
    *,
    force: bool = False,
    articles: Sequence[Article | None] | None = None,
    models: Models | None = None,
    progress: Progress | None = None,
    lock_timeout: float | None = None,
) -> list[Outcome]:
    """Brief `sources` with their model work batched; one outcome per source, in order: its
    BriefResult, or the BriefError it failed with. `articles`: those already read (a feed poll
    passes the extracted pages), one per source. Articles with the same content are briefed
    once (the others are cache hits, as they would be one after the other).
    Raises ModelUnavailableError when a model cannot be loaded (every article would fail)."""
    started = time.perf_counter()
    outcomes: dict[int, Outcome] = {}
    groups: dict[str, list[tuple[int, Prepared]]] = {}
    given = list(articles) if articles is not None else [None] * len(sources)
    for index, (source, article) in enumerate(zip(sources, given, strict=True)):
        try:
            prepared = prepare_brief(source, settings, force=force, article=article, progress=progress)
        except (ModelUnavailableError, SettingsError):
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
        built = _build_all(work, settings, models or Models(settings), progress, force)
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


def _build_all(
    work: list[Prepared], settings: BriefSettings, models: Models, progress: Progress | None, refresh: bool
) -> list[Outcome]:
    """Load, translate and summarize all of `work` together, then write each brief alone."""
    if not work:
        return []
    timings: dict[str, float] = {}
    lap = stopwatch(timings)
    load_models(models, progress)
    lap("load")
    translated = translate_all(work, models, progress, refresh=refresh)
    lap("translate")
    summaries = summarize_all(work, translated, models, progress)
    lap("summarize")
    outcomes: list[Outcome] = []
    for prepared, article, summary in zip(work, translated, summaries):
        if isinstance(summary, BriefError):
            outcomes.append(summary)
            continue
        assert isinstance(article, TranslatedArticle)
        try:
            written = write_brief(prepared.plan, settings, article, summary)
        except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
            outcomes.append(_failure(prepared, "writing the brief", exc))
            continue
        outcomes.append(
            BriefResult(prepared.plan.source, prepared.plan.path, False, timings, _warnings(prepared), written)
        )
    lap("render")
    return outcomes


def translate_all(
    work: list[Prepared], models: Models, progress: Progress | None = None, *, refresh: bool = False
) -> list[TranslatedArticle | BriefError]:
    """All articles' sentences in shared batches; if that fails, article by article, so that
    the failure is the failing article's alone."""
    report = (lambda done, total: progress("translate", done, total)) if progress else None
    translator = models.translator(refresh)
    try:
        results = translator.translate_articles([p.segmented for p in work], report)
        return [TranslatedArticle(blocks, stats) for blocks, stats in results]
    except Exception:  # noqa: BLE001 — find the failing article below
        pass
    alone: list[TranslatedArticle | BriefError] = []
    for prepared in work:
        try:
            blocks, stats = translator.translate_article(prepared.segmented)
            alone.append(TranslatedArticle(blocks, stats))
        except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
            alone.append(_failure(prepared, "translation", exc))
    return alone


def summarize_all(
    work: list[Prepared],
    translated: list[TranslatedArticle | BriefError],
    models: Models,
    progress: Progress | None = None,
) -> list[Summary | BriefError]:
    """The summaries of the translated articles, their chunks in shared engine calls (article by
    article if that fails); an article whose translation failed keeps its error."""
    summarizer = models.summarizer()
    results: dict[int, Summary | BriefError] = {i: t for i, t in enumerate(translated) if isinstance(t, BriefError)}
    ready = [i for i in range(len(translated)) if i not in results]
    bodies = {i: _body(translated[i]) for i in ready}
    if progress:
        progress("summarize", 0, len(ready))
    try:
        results.update(zip(ready, summarizer.summarize_many([bodies[i] for i in ready])))
    except Exception:  # noqa: BLE001 — find the failing article below
        for index in ready:
            try:
                results[index] = summarizer.summarize(bodies[index])
            except Exception as exc:  # noqa: BLE001 — this article fails alone, named in one line
                results[index] = _failure(work[index], "summary", exc)
    if progress:
        progress("summarize", len(ready), len(ready))
    return [results[i] for i in range(len(translated))]


def _body(article: TranslatedArticle | BriefError) -> list[str]:
    assert isinstance(article, TranslatedArticle)
    return summary_input(article)


def _failure(prepared: Prepared, stage: str, exc: Exception) -> BriefError:
    if isinstance(exc, BriefError):
        return exc
    return UnexpectedError(
        f"{display_path(prepared.plan.source)}: {stage} failed: {type(exc).__name__}: {first_line(exc)}"
    )


def _warnings(prepared: Prepared) -> tuple[str, ...]:
    return prepared.plan.article.warnings


def _cached(prepared: Prepared) -> BriefResult:
    return BriefResult(prepared.plan.source, prepared.plan.path, True, {}, _warnings(prepared))


def _with_total(outcome: Outcome, total: float) -> Outcome:
    """The batch's wall time as every result's total (the stages were shared)."""
    if not isinstance(outcome, BriefResult):
        return outcome
    return replace(outcome, timings={**outcome.timings, "total": total})
