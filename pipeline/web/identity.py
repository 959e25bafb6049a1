"""How this client names itself to web servers: `dutch-brief/<version> (+<repository URL>)`."""

from __future__ import annotations

import functools
from importlib import metadata

PRODUCT = "dutch-brief"


@functools.lru_cache(maxsize=1)
def user_agent() -> str:
    """From the installed package's metadata (version and [project.urls] Repository)."""
    try:
        meta = metadata.metadata(PRODUCT)
        version = meta["Version"]
        urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL") or [] if ", " in entry)
    except metadata.PackageNotFoundError:  # running from a bare checkout: say so
        version, urls = "0+unknown", {}
    repository = urls.get("Repository") or urls.get("Homepage")
    return f"{PRODUCT}/{version} (+{repository})" if repository else f"{PRODUCT}/{version}"
