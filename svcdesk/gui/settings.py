"""App folders and persisted GUI settings (QSettings): recent projects, window state, output device.

`SVCDESK_HOME` moves every app folder (settings, data, logs) under one directory: used by tests,
benchmarks and portable installs so nothing touches the user's real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "svcdesk"
MAX_RECENT_PROJECTS = 10


def _home_override() -> Path | None:
    home = os.environ.get("SVCDESK_HOME")
    return Path(home) if home else None


def app_data_dir() -> Path:
    """Where the app keeps its own data (the demo project, downloaded weights live elsewhere)."""
    home = _home_override()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def app_log_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def demo_project_dir() -> Path:
    return app_data_dir() / "Demo project"


class AppSettings:
    """Typed access to the app's QSettings. Values are plain strings, ints, bools and byte arrays."""

    def __init__(self, qsettings: QSettings):
        self.qsettings = qsettings

    @classmethod
    def default(cls) -> "AppSettings":
        home = _home_override()
        if home is not None:
            return cls.from_file(home / "settings.ini")
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME))

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> "AppSettings":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- generic -------------------------------------------------------------------------------
    def value(self, key: str, default=None, kind: type | None = None):
        if kind is None:
            return self.qsettings.value(key, default)
        return self.qsettings.value(key, default, type=kind)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # -- projects ------------------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        value = self.qsettings.value("projects/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(p) for p in (value or []) if p]

    def add_recent_project(self, path: str | os.PathLike) -> None:
        text = str(Path(path))
        recent = [p for p in self.recent_projects() if p != text]
        self.qsettings.setValue("projects/recent", [text, *recent][:MAX_RECENT_PROJECTS])
        self.qsettings.setValue("projects/last", text)

    def remove_recent_project(self, path: str | os.PathLike) -> None:
        text = str(Path(path))
        self.qsettings.setValue("projects/recent", [p for p in self.recent_projects() if p != text])
        if self.last_project == text:
            self.qsettings.remove("projects/last")

    def clear_recent_projects(self) -> None:
        self.qsettings.remove("projects/recent")

    @property
    def last_project(self) -> str:
        return str(self.qsettings.value("projects/last", "") or "")

    @property
    def first_launch_done(self) -> bool:
        return self.value("app/first_launch_done", False, bool)

    def mark_first_launch_done(self) -> None:
        self.set_value("app/first_launch_done", True)

    # -- window --------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    @property
    def current_page(self) -> str:
        return str(self.value("window/page", "dataset") or "dataset")

    @current_page.setter
    def current_page(self, key: str) -> None:
        self.set_value("window/page", key)

    @property
    def log_panel_visible(self) -> bool:
        return self.value("window/log_panel", False, bool)

    @log_panel_visible.setter
    def log_panel_visible(self, visible: bool) -> None:
        self.set_value("window/log_panel", bool(visible))

    # -- audio ---------------------------------------------------------------------------------
    @property
    def output_device(self) -> str:
        """The chosen output device's name; empty means the system default."""
        return str(self.value("audio/output_device", "") or "")

    @output_device.setter
    def output_device(self, name: str) -> None:
        self.set_value("audio/output_device", name or "")
