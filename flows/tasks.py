"""Prefect tasks: the build path's model stages (translate, summarize, write-brief) with retries
and task caching declared — no logic of their own. `task_stages` hands them to
pipeline.batch.build_briefs, the one build path the CLI runs (same lock, same `force` rule, same
language check, same errors): the `brief-article` flow and each group of the daily flow brief
through them, and the UI shows every stage of every article as a task run.

Retries: a stage whose articles fail for a reason that may pass (a timeout, memory) raises, and
Prefect retries it (RETRY_DELAYS); the permanent errors (bad input, invalid settings, a model that
cannot load, an article busy elsewhere) are never retried. A failed stage is not cached.

Models are never task arguments: every task asks `pipeline.runtime.Models`, which loads each
model once per worker process. Caching is keyed on the briefs' cache keys (content hash + models +
settings), not on Prefect's default policy, which includes the flow run id and never hits across runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.context import TaskRunContext

from pipeline.batch_stages import Stages, summarize_group, translate_group
from pipeline.brief import write_brief
from pipeline.digest_document import DigestEntry, DigestFailure, DigestStory
from pipeline.document import Prepared, Summary, TranslatedArticle, WrittenBrief
from pipeline.errors import BusyError, InputError, ModelUnavailableError, SettingsError, first_line
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
        state.result(_sync=True)
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


def _cached_by_brief_keys(stage: str) -> dict[str, Any]:
    """Prefect task caching under the briefs' cache keys (not the default policy, which includes
    the run id): one article's stage is cached as `dutch-brief-groups-<stage>-<its key>`, a group's
    under a hash of its keys in order. ("groups": the results are lists, one per article; the
    one-article tasks before them cached under dutch-brief-<stage>-<key>.)"""

    def key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
        keys = [prepared.plan.key for prepared in parameters["work"]]
        if len(keys) == 1:
            return f"dutch-brief-groups-{stage}-{keys[0]}"
        return f"dutch-brief-groups-{stage}-{len(keys)}-{hashlib.sha256(' '.join(keys).encode()).hexdigest()}"

    return {"cache_key_fn": key, "cache_expiration": timedelta(days=30)}


@task(name="translate", **_cached_by_brief_keys("translate"), **RETRY)
def translate(work: list[Prepared], settings: BriefSettings, refresh: bool = False) -> list[TranslatedArticle]:
    return translate_group(work, Models(settings), refresh=refresh)


@task(name="summarize", **_cached_by_brief_keys("summarize"), **RETRY)
def summarize(work: list[Prepared], translated: list[TranslatedArticle], settings: BriefSettings) -> list[Summary]:
    return summarize_group(translated, Models(settings))


@task(name="write-brief", cache_policy=NONE, **RETRY)
def write(prepared: Prepared, translated: TranslatedArticle, summary: Summary, settings: BriefSettings) -> WrittenBrief:
    """Write the brief, and publish it as an artifact (a brief whose artifact cannot be published
    is still briefed, with a warning)."""
    from prefect.logging import get_run_logger

    written = write_brief(prepared.plan, settings, translated, summary)
    try:
        publish_brief(written)
    except Exception as exc:  # noqa: BLE001 — the brief is written; only its view in the UI is missing
        get_run_logger().warning(
            "%s: briefed, but its artifact was not published: %s", written.source_name, first_line(exc)
        )
    return written


def task_stages(settings: BriefSettings, *, refresh: bool = False) -> Stages:
    """pipeline.batch_stages.Stages as the tasks above; `refresh` (a forced rebuild) bypasses Prefect's
    task cache. Models load inside the tasks, on first use in each worker process."""
    fresh = refresh or None
    return Stages(
        load=lambda: None,
        translate=lambda work, again: translate.with_options(refresh_cache=fresh)(work, settings, refresh=again),
        summarize=lambda work, translated: summarize.with_options(refresh_cache=fresh)(work, translated, settings),
        write=lambda prepared, translated, summary: write(prepared, translated, summary, settings),
    )


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


def publish_digest(
    day: str, entries: list[DigestEntry], failures: list[DigestFailure], stories: Sequence[DigestStory] = ()
) -> None:
    """The day's digest (its stories first) as a Markdown artifact whose links open each brief's artifact in the UI."""
    from prefect.settings import PREFECT_UI_URL

    base = str(PREFECT_UI_URL.value() or "").rstrip("/")  # unset: a link within the UI's own origin
    ids = latest_artifact_ids([brief_artifact_key(entry.key) for entry in entries])

    def link(entry: DigestEntry) -> str:
        key = brief_artifact_key(entry.key)
        return f"{base}/artifacts/artifact/{ids[key]}" if key in ids else f"{base}/artifacts/key/{key}"

    create_markdown_artifact(
        markdown=render_digest(day, entries, failures, link=link, stories=stories),
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
