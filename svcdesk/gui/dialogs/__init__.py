"""Dialogs opened from the main window's menus (weight files, first-run welcome...).

`DIALOGS` is their registry: (key, menu title, "module:Class", menu). A dialog class is a QDialog
built as `Class(parent)` with the main window as parent (`parent.context` is the AppContext); the
main window adds one action per entry whose module exists to the named menu ("File", "Tools" or
"Help") and opens it non-modally, one instance at a time. A dialog with a `choice_made(str)` signal
(the welcome dialog) has its choice carried out by the window: "demo", "new" or "open". The
"welcome" entry is shown on the first launch, instead of opening the demo project directly.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Titles are marked for lupdate; the main window translates them in its own context.
DIALOGS: list[tuple[str, str, str, str]] = [
    ("assets", QT_TRANSLATE_NOOP("MainWindow", "Weight files..."), "svcdesk.gui.dialogs.assets:AssetsDialog", "Tools"),
    ("welcome", QT_TRANSLATE_NOOP("MainWindow", "Welcome..."), "svcdesk.gui.dialogs.welcome:WelcomeDialog", "Help"),
    ("guide", QT_TRANSLATE_NOOP("MainWindow", "User guide"), "svcdesk.gui.dialogs.guide:GuideDialog", "Help"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings..."), "svcdesk.gui.dialogs.settings:SettingsDialog", "Tools"),
    ("diagnostics", QT_TRANSLATE_NOOP("MainWindow", "Diagnostics..."),
     "svcdesk.gui.dialogs.diagnostics:DiagnosticsDialog", "Help"),
]
