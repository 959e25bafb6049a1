"""Where settings come from besides the caller, read raw (pipeline.settings validates them): the BRIEF_* variables,
a TOML settings file (`--config FILE` or BRIEF_CONFIG), and the per-user cache folder. The only code that reads the
environment.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pipeline.errors import SettingsError

ENV_PREFIX = "BRIEF_"


def environment_values() -> dict[str, str]:
    """The BRIEF_* variables by setting name; names are not case-sensitive (brief_device works)."""
    prefix = ENV_PREFIX.lower()
    return {key[len(prefix) :].lower(): value for key, value in os.environ.items() if key.lower().startswith(prefix)}


def parse_env(raw: str, annotation: Any) -> Any:
    """A variable's text as the setting's value: JSON for lists and tables (pydantic validates
    and converts the rest: numbers, booleans, paths, choices)."""
    import json
    import types
    import typing

    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    kinds = {typing.get_origin(a) or a for a in (typing.get_args(annotation) if union else (annotation,))}
    if kinds & {list, dict}:
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            return raw  # pydantic names the setting and what it expected
    return raw


def default_cache_dir() -> Path:
    """Per-user, on local disk (SQLite's WAL mode must not live on a network file system)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dutch-brief"


def settings_file(given: Path | None) -> Path | None:
    """The TOML settings file: the one given (`--config FILE`), else BRIEF_CONFIG's, else none."""
    return given or (Path(os.environ["BRIEF_CONFIG"]) if os.environ.get("BRIEF_CONFIG") else None)


def read_toml(path: Path) -> dict[str, Any]:
    """The `[brief]` table of a TOML settings file (or its top level), keys with "-" read as "_"; a file that is
    missing, a folder, too large, not TOML or without such a table: SettingsError in one line."""
    try:
        if path.is_file() and path.stat().st_size > 1_000_000:  # a settings file is a few kB; 300 MB took 2 min
            raise SettingsError(f"config file {path} is over 1,000,000 bytes — pass the TOML settings file")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"config file {path} not found") from None
    except IsADirectoryError:
        raise SettingsError(f"config file {path} is a folder — pass the TOML settings file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: nested deep
        raise SettingsError(f"config file {path} is not valid TOML ({exc})") from None
    except OSError as exc:  # unreadable: permissions, a symlink loop, a name too long
        raise SettingsError(
            f"config file {path} cannot be read ({exc.strerror or exc}) — pass a readable TOML file"
        ) from None
    section = data.get("brief", data)
    if not isinstance(section, dict):
        raise SettingsError(f"config file {path}: [brief] must be a table")
    return {key.replace("-", "_"): value for key, value in section.items()}
