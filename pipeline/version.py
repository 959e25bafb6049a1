"""The code's versions, part of every cache key (briefs, cached sentences, Prefect task results).

`PIPELINE_VERSION` is bumped by hand whenever translation, summary, structure or rendering output
changes (a new repetition guard, length bound, map-reduce, segmenter, front matter…): old briefs,
sentences and task results are then never served again. The package version comes from the
installed distribution's metadata (no import of anything heavy).
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "dutch-brief"
# 2: repetition guard aware of numbers and lists, retry by repetition_penalty, number fidelity check
# 3: articles as blocks (lists, captions, liveblog entries…), site text set aside, whole-headline titles
PIPELINE_VERSION = 3


@cache
def package_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def generator() -> str:
    """What the front matter names as the brief's maker: `dutch-brief X.Y.Z`."""
    return f"{DISTRIBUTION} {package_version()}"


def code_versions() -> dict[str, object]:
    """The versions every cache key includes."""
    return {"dutch_brief": package_version(), "pipeline": PIPELINE_VERSION}
