"""Where downloadable weights live: the asset registry (`svcdesk.assets`), looked up lazily.

The feature code must keep working (and explain what is missing) even in a build whose asset
registry is absent, so a missing registry simply means "no weights found".
"""

from __future__ import annotations

from pathlib import Path

from svcdesk.errors import ModelFileError


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
    expected = model.state_dict()
    missing = sorted(set(expected) - set(state))
    extra = sorted(set(state) - set(expected))
    wrong = [
        f"{k} {tuple(state[k].shape)} != {tuple(v.shape)}"
        for k, v in expected.items()
        if k in state and tuple(state[k].shape) != tuple(v.shape)
    ]
    problems = []
    if missing:
        problems.append(f"missing {len(missing)} ({', '.join(missing[:3])}{', ...' if len(missing) > 3 else ''})")
    if extra:
        problems.append(f"unexpected {len(extra)} ({', '.join(extra[:3])}{', ...' if len(extra) > 3 else ''})")
    if wrong:
        problems.append(f"wrong shape {len(wrong)} ({'; '.join(wrong[:3])})")
    if problems:
        raise ModelFileError(f"{source} does not match the expected network: {'; '.join(problems)}")
    return {k: state[k].to(expected[k].dtype) for k in expected}
