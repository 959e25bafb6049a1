"""Pipeline errors are worded for the command line ("pass --translator DIR"); a flow has no
flags. `for_flow` rewords the flags of a message as the settings and parameters a flow run
takes, so each message is written once and reads right where it appears."""

from __future__ import annotations

import re
from pathlib import Path

# CLI flag -> what a flow run sets instead (a flow parameter, or a key of its `settings` parameter)
FLAG_SETTINGS = {
    "out": "out_dir",
    "translator": "translator",
    "summarizer": "summarizer",
    "device": "device",
    "backend": "backend",
    "quantization": "quantization",
    "num-beams": "num_beams",
    "config": "BRIEF_CONFIG",
}
# a flag with no setting of the same meaning: the flow's equivalent, spelled out
FLAG_PHRASES = {"pass --force": "set the require_dutch setting to false"}

_SET = re.compile(r"\b(?:pass|use) --([a-z][a-z-]*)(?: ([A-Z]+|[a-z0-9]+)\b)?")
_VALUED = re.compile(r"--([a-z][a-z-]*) ([a-z0-9]+)\b(?= was)")
_BARE = re.compile(r"--([a-z][a-z-]*)\b")


def setting_name(flag: str) -> str:
    name = FLAG_SETTINGS.get(flag, flag.replace("-", "_"))
    if name.isupper() or name == "out_dir":
        return f"the {name} " + ("variable" if name.isupper() else "parameter")
    return f"the {name} setting (BRIEF_{name.upper()})"


def for_flow(message: str) -> str:
    """`message` with CLI flags replaced by the flow's settings and parameters."""
    for phrase, replacement in FLAG_PHRASES.items():
        message = message.replace(phrase, replacement)

    def set_it(match: re.Match[str]) -> str:
        value = match.group(2)
        return f"set {setting_name(match.group(1))}" + (f" to {value}" if value else "")

    message = _SET.sub(set_it, message)
    message = _VALUED.sub(lambda m: f"{FLAG_SETTINGS.get(m.group(1), m.group(1))}={m.group(2)}", message)
    return _BARE.sub(lambda m: FLAG_SETTINGS.get(m.group(1), m.group(1).replace("-", "_")), message)


def without_file_name(message: str, path: Path, shown: str) -> str:
    """A per-article message without its leading `file: ` (the file is named once, beside it)."""
    for prefix in (shown, str(path), path.name):
        if message.startswith(prefix + ": "):
            return message[len(prefix) + 2 :]
    return message
