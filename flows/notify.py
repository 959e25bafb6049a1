"""Failure notifications: the daily flow's `on_failure` hook sends one message — which run failed
and why — to every target of the `failure_notify` setting (e-mail addresses over SMTP, Apprise
URLs: Slack, Teams, Matrix, ntfy, Telegram …), through the same channels as the briefing
(pipeline.deliver). The older `notify_webhook` setting still works: its URL gets the JSON body
it always got ({text, subject, body}), now POSTed by Apprise's json:// plugin.

A process that is killed runs no hook: for Crashed runs use the Prefect Automation in
automations/daily-briefing-failed.yaml (README, "Failure notifications")."""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from flows.settings import resolve_settings
from pipeline.deliver.channels import DeliveryError, webhook_target
from pipeline.deliver.send import send_notice
from pipeline.errors import BriefError
from pipeline.settings import BriefSettings

log = logging.getLogger(__name__)


def failure_targets(parameters: dict[str, Any]) -> tuple[BriefSettings | None, list[str], str | None]:
    """(settings, failure_notify, notify_webhook) of the run (its settings parameter, BRIEF_* or
    BRIEF_CONFIG); when the settings themselves are what failed, the raw parameter or variables
    (then no SMTP server is known: only Apprise URLs and the webhook can be told)."""
    given = parameters.get("settings") or {}
    try:
        settings = resolve_settings(given)
        return settings, list(settings.failure_notify), settings.notify_webhook
    except BriefError:
        targets = given.get("failure_notify") or _json_list(os.environ.get("BRIEF_FAILURE_NOTIFY"))
        targets = [targets] if isinstance(targets, str) else targets if isinstance(targets, list) else []
        webhook = given.get("notify_webhook") or os.environ.get("BRIEF_NOTIFY_WEBHOOK")
        return None, [t for t in targets if isinstance(t, str)], webhook


def _json_list(raw: str | None) -> list:
    try:
        value = json.loads(raw) if raw else []
    except (ValueError, RecursionError):
        return []
    return value if isinstance(value, list) else []


def failure_message(flow_name: str, run_name: str, reason: str | None, run_url: str | None) -> tuple[str, str]:
    """(subject, body) of the notification."""
    subject = f"{flow_name} run {run_name!r} failed"
    body = reason or "no reason given"
    return subject, body + (f"\n{run_url}" if run_url else "")


def notify_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """on_failure hook: one message to each failure target, if any is set. A notification that
    cannot be sent is logged, never raised (it must not hide the run's own failure)."""
    settings, targets, webhook = failure_targets(dict(flow_run.parameters or {}))
    if not targets and not webhook:
        return
    subject, body = failure_message(flow.name, flow_run.name, state.message, _run_url(flow_run.id))
    if webhook:
        try:
            targets = [*targets, webhook_target(webhook, subject, body)]
        except DeliveryError as exc:
            log.warning("could not send the failure notification (notify_webhook): %s", exc)
    try:
        send_notice(settings, targets, subject, body)  # logs each target that failed
    except Exception as exc:  # noqa: BLE001 — any failure to notify is reported, not raised
        log.warning("could not send the failure notification: %s", type(exc).__name__)


def _run_url(flow_run_id: Any) -> str | None:
    from prefect.settings import PREFECT_UI_URL

    base = PREFECT_UI_URL.value()
    return f"{str(base).rstrip('/')}/runs/flow-run/{flow_run_id}" if base else None
