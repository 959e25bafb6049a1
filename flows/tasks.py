"""Prefect tasks: the pipeline's model stages with retries and task caching declared — no logic
of their own. `TaskStages` hands them to `pipeline.brief.build_brief` for the `brief-article`
flow, the same build path the CLI runs (same lock, same `force` rule, same language check, same
errors). The daily flow's groups run pipeline.batch instead (flows/outcome.py); they publish
their briefs with `publish_brief` below.

Models are never task arguments: every task asks `pipeline.runtime.Models`, which loads each
model once per worker process. Caching is keyed on the brief's cache key (content hash + models +
settings), not on Prefect's default policy, which includes the flow run id and never hits across runs.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.context import TaskRunContext

from pipeline.brief import summarize_article, translate_article, write_brief
from pipeline.document import DigestEntry, DigestFailure, Prepared, Summary, TranslatedArticle, WrittenBrief
from pipeline.errors import BusyError, InputError, ModelUnavailableError, SettingsError
from pipeline.render.artifact import artifact_markdown
from pipeline.render.digest import render_digest
from pipeline.runtime import Models
from pipeline.settings import BriefSettings

RETRY_DELAYS = [2, 10]  # seconds: backoff for transient failures (network, timeouts), one delay per retry
# fail the same way again: bad input, invalid settings, a model that cannot load, an article busy elsewhere
PERMANENT = (InputError, SettingsError, ModelUnavailableError, BusyError)


def is_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry condition: everything but the permanent errors gets the retry policy."""
    try:
        state.result()
    except PERMANENT:
        return False
    except Exception:  # noqa: BLE001 — anything else (network, timeouts, out of memory) may pass next time
        return True
    return True


RETRY: dict[str, Any] = {
    "retries": len(RETRY_DELAYS),
    "retry_delay_seconds": RETRY_DELAYS,
    "retry_condition_fn": is_transient,
}


def _cached_by_brief_key(stage: str) -> dict[str, Any]:
    """Prefect task caching under the brief's cache key (not the default policy, which includes the run id)."""

    def key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
        return f"dutch-brief-{stage}-{parameters['prepared'].plan.key}"

    return {"cache_key_fn": key, "cache_expiration": timedelta(days=30)}


@task(name="translate", **_cached_by_brief_key("translate"), **RETRY)
def translate(prepared: Prepared, settings: BriefSettings, refresh: bool = False) -> TranslatedArticle:
    return translate_article(prepared.segmented, Models(settings), refresh=refresh)


@task(name="summarize", **_cached_by_brief_key("summarize"), **RETRY)
def summarize(prepared: Prepared, translated: TranslatedArticle, settings: BriefSettings) -> Summary:
    return summarize_article(translated, Models(settings))


@task(name="write-brief", cache_policy=NONE, **RETRY)
def write(prepared: Prepared, translated: TranslatedArticle, summary: Summary, settings: BriefSettings) -> WrittenBrief:
    written = write_brief(prepared.plan, settings, translated, summary)
    publish_brief(written)
    return written


def brief_artifact_key(key: str) -> str:
    return f"brief-{key[:24]}"


def publish_brief(written: WrittenBrief) -> None:
    """The brief as a Markdown artifact (key derived from the cache key), readable in the UI:
    title, summary and article first, metadata as a table at the end."""
    create_markdown_artifact(
        markdown=artifact_markdown(written.path.read_text(encoding="utf-8")),
        key=brief_artifact_key(written.key),
        description=f"English brief of {written.source_name}",
    )


def publish_digest(day: str, entries: list[DigestEntry], failures: list[DigestFailure]) -> None:
    """The day's digest as a Markdown artifact whose links open each brief's artifact in the UI."""
    from prefect.settings import PREFECT_UI_URL

    base = str(PREFECT_UI_URL.value() or "").rstrip("/")  # unset: a link within the UI's own origin
    ids = latest_artifact_ids([brief_artifact_key(entry.key) for entry in entries])

    def link(entry: DigestEntry) -> str:
        key = brief_artifact_key(entry.key)
        return f"{base}/artifacts/artifact/{ids[key]}" if key in ids else f"{base}/artifacts/key/{key}"

    create_markdown_artifact(
        markdown=render_digest(day, entries, failures, link=link),
        key=f"digest-{day}",
        description=f"Dutch news digest {day}",
    )


def latest_artifact_ids(keys: list[str]) -> dict[str, str]:
    """The id of each key's latest artifact (its page shows the brief itself; the key's page lists
    versions). Keys the API does not answer for are left out: their link goes to the key's page."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactCollectionFilter, ArtifactCollectionFilterKey

    if not keys:
        return {}
    try:
        with get_client(sync_client=True) as client:
            found = client.read_latest_artifacts(
                artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=keys)), limit=len(keys)
            )
    except httpx.HTTPError:
        return {}
    return {collection.key: str(collection.latest_id) for collection in found}


class TaskStages:
    """pipeline.brief.Stages as Prefect tasks; `refresh` (a forced rebuild) bypasses Prefect's task cache."""

    def __init__(self, settings: BriefSettings, *, refresh: bool = False) -> None:
        self.settings, self.refresh = settings, refresh

    def load(self) -> None:
        """Models load inside the tasks, on first use in each worker process."""

    def translate(self, prepared: Prepared, *, refresh: bool) -> TranslatedArticle:
        return translate.with_options(refresh_cache=self.refresh or None)(prepared, self.settings, refresh=refresh)

    def summarize(self, prepared: Prepared, translated: TranslatedArticle) -> Summary:
        return summarize.with_options(refresh_cache=self.refresh or None)(prepared, translated, self.settings)

    def write(self, prepared: Prepared, translated: TranslatedArticle, summary: Summary) -> WrittenBrief:
        return write(prepared, translated, summary, self.settings)
