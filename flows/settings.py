"""Flow parameters -> pipeline settings (flows take plain JSON-able parameters)."""

from __future__ import annotations

from typing import Any

from pipeline.settings import BriefSettings, load_settings


def resolve_settings(overrides: dict[str, Any] | None) -> BriefSettings:
    """BRIEF_* variables and BRIEF_CONFIG as for the CLI, overridden by the flow's `settings` parameter."""
    return load_settings(**(overrides or {}))
