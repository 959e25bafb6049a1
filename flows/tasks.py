"""Prefect tasks: thin wrappers over the pipeline's stage functions.

Models are never task arguments: every task asks `pipeline.brief.Models`, which loads each model
once per worker process. Caching is keyed on the brief's cache key (content hash + models +
settings), not on Prefect's default policy, which includes the flow run id and therefore never
hits across runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.context import TaskRunContext

from pipeline import cache
from pipeline.brief import Models, Plan, WrittenBrief, plan_brief, segment_article
from pipeline.brief import summarize_article as summarize_stage
from pipeline.brief import translate_article as translate_stage
from pipeline.brief import write_brief as write_stage
from pipeline.errors import BriefError, InputError
from pipeline.language import require_dutch
from pipeline.settings import BriefSettings
from pipeline.types import SegmentedArticle, Summary, TranslatedArticle

RETRY_DELAYS = [2, 10, 30]  # seconds: backoff for transient failures


@dataclass(frozen=True)
class Prepared:
    plan: Plan
    segmented: SegmentedArticle
    cached: bool  # a complete brief for this key already exists


def is_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry condition: bad input (and bad settings) will fail the same way again; the rest may not."""
    try:
        state.result()
    except BriefError as exc:
        return not isinstance(exc, InputError) and exc.exit_code != 2
    except Exception:  # noqa: BLE001 — anything unexpected gets the retry policy
        return True
    return True


# Every stage: retried with backoff on transient failures, never on bad input.
RETRY = {"retries": 2, "retry_delay_seconds": RETRY_DELAYS, "retry_condition_fn": is_transient}


def _cached_by_brief_key(stage: str) -> dict[str, Any]:
    """Prefect task caching under the brief's cache key (not the default policy, which includes the run id)."""
    return {"cache_key_fn": _stage_key(stage), "cache_expiration": timedelta(days=30)}


def _stage_key(stage: str):
    def key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
        return f"dutch-brief-{stage}-{parameters['prepared'].plan.key}"

    return key


@task(name="read-and-segment", cache_policy=NONE, **RETRY)
def read_and_segment(path: str, settings: BriefSettings) -> Prepared:
    plan = plan_brief(Path(path), settings)
    cached = cache.lookup(plan.path, plan.key)
    if not cached and settings.require_dutch:
        require_dutch(plan.article.text, name=path)
    return Prepared(plan, segment_article(plan.article), cached)


@task(name="translate", **_cached_by_brief_key("translate"), **RETRY)
def translate(prepared: Prepared, settings: BriefSettings, refresh: bool = False) -> TranslatedArticle:
    return translate_stage(prepared.segmented, Models(settings), refresh=refresh)


@task(name="summarize", **_cached_by_brief_key("summarize"), **RETRY)
def summarize(prepared: Prepared, translated: TranslatedArticle, settings: BriefSettings) -> Summary:
    return summarize_stage(translated, Models(settings))


@task(name="render-and-write", cache_policy=NONE, **RETRY)
def render_and_write(prepared: Prepared, translated: TranslatedArticle, summary: Summary, settings: BriefSettings) -> WrittenBrief:
    written = write_stage(prepared.plan, settings, translated, summary)
    publish_brief(written)
    return written


def publish_brief(written: WrittenBrief) -> None:
    """The brief as a Markdown artifact (key derived from the cache key), so it shows in the UI."""
    create_markdown_artifact(
        markdown=written.path.read_text(encoding="utf-8"),
        key=f"brief-{written.key[:24]}",
        description=f"English brief of {written.source_name}",
    )
