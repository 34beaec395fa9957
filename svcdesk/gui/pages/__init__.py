"""The sidebar's pages, imported lazily when first shown.

Each entry is (key, title, "module:Class"). A page class takes `(context, parent=None)`, where
context is the `svcdesk.gui.context.AppContext`. A page whose module does not exist yet is shown
disabled in the sidebar as "coming". Optional page methods the main window calls:
`page_shown()` when it becomes the current page, `shutdown()` when the window closes (stop timers,
quit jobs, stop playback).
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Titles are marked for lupdate; the main window translates them in its own context.
PAGES: list[tuple[str, str, str]] = [
    ("dataset", QT_TRANSLATE_NOOP("MainWindow", "Dataset"), "svcdesk.gui.pages.dataset:DatasetPage"),
    ("slicer", QT_TRANSLATE_NOOP("MainWindow", "Slicer"), "svcdesk.gui.pages.slicer:SlicerPage"),
    ("train", QT_TRANSLATE_NOOP("MainWindow", "Train"), "svcdesk.gui.pages.train:TrainPage"),
    ("convert", QT_TRANSLATE_NOOP("MainWindow", "Convert"), "svcdesk.gui.pages.convert:ConvertPage"),
    ("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), "svcdesk.gui.pages.compare:ComparePage"),
    ("library", QT_TRANSLATE_NOOP("MainWindow", "Library"), "svcdesk.gui.pages.library:LibraryPage"),
]


def split_target(target: str) -> tuple[str, str]:
    module, _, attribute = target.partition(":")
    if not module or not attribute:
        raise ValueError(f"registry target must look like 'package.module:Class', got {target!r}")
    return module, attribute


def target_available(target: str) -> bool:
    """True when the target's module exists (found without importing it)."""
    module, _ = split_target(target)
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def load_target(target: str):
    """Import "module:Class" and return the class."""
    module, attribute = split_target(target)
    return getattr(importlib.import_module(module), attribute)
