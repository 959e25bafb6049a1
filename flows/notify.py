"""Failure notifications: the daily flow's `on_failure` hook posts one message — which run
failed and why — to the webhook of the `notify_webhook` setting, through Prefect's
CustomWebhookNotificationBlock (one JSON body Slack, Teams and ntfy all accept).

A process that is killed runs no hook: for Crashed runs use the Prefect Automation in
automations/daily-briefing-failed.yaml (README, "Failure notifications")."""

from __future__ import annotations

import logging
import os
from typing import Any

from flows.settings import resolve_settings
from pipeline.errors import BriefError

log = logging.getLogger(__name__)


def webhook_url(parameters: dict[str, Any]) -> str | None:
    """The notify_webhook setting of the run (its settings parameter, BRIEF_* or BRIEF_CONFIG);
    when the settings themselves are what failed, the raw parameter or variable."""
    given = parameters.get("settings") or {}
    try:
        return resolve_settings(given).notify_webhook
    except BriefError:
        return given.get("notify_webhook") or os.environ.get("BRIEF_NOTIFY_WEBHOOK")


def failure_message(flow_name: str, run_name: str, reason: str | None, run_url: str | None) -> tuple[str, str]:
    """(subject, body) of the notification."""
    subject = f"{flow_name} run {run_name!r} failed"
    body = reason or "no reason given"
    return subject, body + (f"\n{run_url}" if run_url else "")


def notify_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """on_failure hook: one message to the webhook, if one is set. A notification that cannot
    be sent is logged, never raised (it must not hide the run's own failure)."""
    url = webhook_url(dict(flow_run.parameters or {}))
    if not url:
        return
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    subject, body = failure_message(flow.name, flow_run.name, state.message, _run_url(flow_run.id))
    block = CustomWebhookNotificationBlock(
        name="dutch-brief",
        url=url,
        json_data={"text": "{{subject}}: {{body}}", "subject": "{{subject}}", "body": "{{body}}"},
    )
    try:
        block.notify(body=body, subject=subject)
    except Exception as exc:  # noqa: BLE001 — any failure to notify is reported, not raised
        log.warning("could not send the failure notification (notify_webhook): %s", type(exc).__name__)


def _run_url(flow_run_id: Any) -> str | None:
    from prefect.settings import PREFECT_UI_URL

    base = PREFECT_UI_URL.value()
    return f"{str(base).rstrip('/')}/runs/flow-run/{flow_run_id}" if base else None
