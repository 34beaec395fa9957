"""Where downloadable weights live: the asset registry (`svcdesk.assets`), looked up lazily.

The feature code must keep working (and explain what is missing) even in a build whose asset
registry is absent, so a missing registry simply means "no weights found".
"""

from __future__ import annotations

from pathlib import Path


def registry_path(asset: str) -> Path | None:
    """The installed file or folder for `asset`, or None when it is absent (or there is no registry)."""
    try:
        from svcdesk import assets
    except ImportError:
        return None
    path = assets.asset_path(asset)
    if path is None or not Path(path).exists():
        return None
    return Path(path)
