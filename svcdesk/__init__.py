"""svcdesk: a desktop studio for singing-voice conversion (RVC v2 compatible)."""

import os as _os

__version__ = "0.1.0"


def _numba_cache_dir() -> str:
    # librosa (training augmentation) compiles numba functions on first use and caches them beside its own
    # files, in site-packages: an installed app may not write there, and then it compiles again on every start.
    # The user's cache folder persists the compiled code instead. Set here, before anything imports librosa.
    home = _os.environ.get("SVCDESK_HOME")
    if home:
        return _os.path.join(home, "cache", "numba")
    try:
        import platformdirs

        return _os.path.join(platformdirs.user_cache_dir("svcdesk", appauthor=False), "numba")
    except ImportError:
        return ""


if not _os.environ.get("NUMBA_CACHE_DIR"):
    _folder = _numba_cache_dir()
    if _folder:
        _os.environ["NUMBA_CACHE_DIR"] = _folder
