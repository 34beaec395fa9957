"""Where the voice library lives: a folder under the user data directory, movable from Settings.

The GUI's settings are Qt's, which the command line cannot read, so the chosen folder is remembered in
a small JSON file of our own (`library.json` in the user config folder) that both read. Order:
$SVCDESK_LIBRARY_DIR (tests, scripts), then that file, then `<user data>/library`. $SVCDESK_HOME moves
every app folder, as it does for the weights and the settings.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterator

from svcdesk.errors import LibraryError
from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.utils.atomic import read_json, write_json_atomic

LIBRARY_DIR_ENV = "SVCDESK_LIBRARY_DIR"
LOCATION_FILE = "library.json"


def _home() -> Path | None:
    home = os.environ.get("SVCDESK_HOME")
    return Path(home) if home else None


def default_library_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "data" / "library"
    import platformdirs

    return Path(platformdirs.user_data_dir("svcdesk", appauthor=False)) / "library"


def location_file() -> Path:
    home = _home()
    if home is not None:
        return home / LOCATION_FILE
    import platformdirs

    return Path(platformdirs.user_config_dir("svcdesk", appauthor=False)) / LOCATION_FILE


def chosen_library_dir() -> Path | None:
    """The folder the user chose in Settings, if any (None: the default)."""
    try:
        data = read_json(location_file())
    except (OSError, ValueError):
        return None
    folder = data.get("folder") if isinstance(data, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def library_dir() -> Path:
    override = os.environ.get(LIBRARY_DIR_ENV)
    if override:
        return Path(override)
    return chosen_library_dir() or default_library_dir()


def set_library_dir(folder: str | os.PathLike | None) -> None:
    """Remember `folder` as the library (None: back to the default). The voices are not moved: see `move_library`."""
    write_json_atomic(location_file(), {"folder": str(Path(folder).absolute()) if folder else ""})


def move_library(target: str | os.PathLike) -> Iterator[object]:
    """Move every voice folder to `target`, one at a time, then make `target` the library: Progress events.

    A voice moves by rename on the same drive; across drives it is copied to a hidden folder beside its new
    place, renamed into place and only then removed from the old library, so an interrupted move leaves each
    voice whole in one of the two places (both are listed by the folder that holds it).
    """
    from svcdesk.library.catalog import Library

    source = Library(library_dir())
    target = Path(target).absolute()
    if target == source.root.absolute():
        return
    if source.root.absolute() in target.parents:
        raise LibraryError(Message("{target} is inside the current library; choose a folder outside it",
                                   target=target))
    target.mkdir(parents=True, exist_ok=True)
    folders = source.voice_folders()
    for done, folder in enumerate(folders, start=1):
        destination = Library(target).free_folder(folder.name)
        yield Progress(done - 1, len(folders), Message("moving {name}", name=folder.name))
        try:
            os.replace(folder, destination)
        except OSError:
            staging = destination.with_name(f".moving-{destination.name}")
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(folder, staging)
            os.replace(staging, destination)
            shutil.rmtree(folder, ignore_errors=True)
    set_library_dir(target)
    yield Progress(len(folders), len(folders), Message("the library is now in {folder}", folder=target))
