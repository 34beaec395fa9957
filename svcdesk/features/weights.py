"""Where downloadable weights live: the asset registry (`svcdesk.assets`), looked up lazily.

The feature code must keep working (and explain what is missing) even in a build whose asset
registry is absent, so a missing registry simply means "no weights found".
"""

from __future__ import annotations

from pathlib import Path

from svcdesk.errors import ModelFileError
from svcdesk.messages import Message


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


def check_state_dict(model, state: dict, source: str) -> dict:
    """`state` cast to the torch module's dtypes after checking that keys and shapes match exactly,
    naming what is missing, unexpected or of the wrong shape."""
    from svcdesk.models.safeload import state_dict_problems

    expected = model.state_dict()
    problems = state_dict_problems({k: tuple(v.shape) for k, v in expected.items()}, state)
    if problems:
        raise ModelFileError(Message("{source} does not match the expected network: {problems}",
                                     source=source, problems='; '.join(problems)))
    return {k: state[k].to(expected[k].dtype) for k in expected}
