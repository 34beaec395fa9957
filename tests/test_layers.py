"""The layering rule: nothing outside svcdesk/gui imports Qt, pyqtgraph, superqt or sounddevice."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "svcdesk"
GUI_ONLY = ("PySide6", "shiboken6", "pyqtgraph", "superqt", "sounddevice", "qtpy")


def imported_roots(source: str) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_is_free_of_gui_libraries():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        bad = imported_roots(path.read_text(encoding="utf-8")) & set(GUI_ONLY)
        if bad:
            offenders.append(f"{relative}: {sorted(bad)}")
    assert not offenders, "GUI libraries imported outside svcdesk/gui: " + "; ".join(offenders)


def test_detector_catches_a_leak():
    assert "PySide6" in imported_roots("from PySide6.QtCore import QTimer\n")
    assert "sounddevice" in imported_roots("def f():\n    import sounddevice as sd\n")
