"""The dark, DAW-like theme: Fusion style, a dark palette, and resources/theme/dark.qss on top.

Plot colours live here too, because pyqtgraph does not read style sheets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger("svcdesk.gui.theme")

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
ACCENT = "#E69F00"
INFO = "#56B4E9"
OK = "#009E73"
WARNING = "#F0E442"
#: Secondary text (reasons, captions): a mid grey readable on the dark and the light theme alike.
CAPTION = "#8c93a0"
ERROR = "#D55E00"
PLOT_BACKGROUND = "#141518"
PLOT_FOREGROUND = "#9a9da4"
WAVEFORM = "#4A90C2"
RMS_CURVE = "#009E73"
THRESHOLD = "#D55E00"
PLAYHEAD = "#F0F0F0"
SEGMENT_BRUSH = (230, 159, 0, 26)
SEGMENT_HOVER_BRUSH = (230, 159, 0, 70)
SELECTED_SEGMENT_BRUSH = (86, 180, 233, 70)
EXCLUDED_BRUSH = (120, 120, 120, 40)
STATUS_COLOURS = {"ok": OK, "warning": WARNING, "error": ERROR}


def resource_path(*parts: str) -> Path | None:
    """A file under resources/, from the installed package data or the source tree; None if absent."""
    package_dir = Path(__file__).resolve().parent.parent
    for root in (package_dir / "resources", package_dir.parent / "resources"):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return None


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202125",
        QPalette.ColorRole.WindowText: "#dcdcdc",
        QPalette.ColorRole.Base: "#1b1c20",
        QPalette.ColorRole.AlternateBase: "#202126",
        QPalette.ColorRole.ToolTipBase: "#2b2d33",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#70737a",
        QPalette.ColorRole.Text: "#dcdcdc",
        QPalette.ColorRole.Button: "#2d3036",
        QPalette.ColorRole.ButtonText: "#e4e4e4",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#17181b",
        QPalette.ColorRole.Link: INFO,
        QPalette.ColorRole.Light: "#3a3d44",
        QPalette.ColorRole.Midlight: "#30333a",
        QPalette.ColorRole.Mid: "#26282d",
        QPalette.ColorRole.Dark: "#151619",
        QPalette.ColorRole.Shadow: "#0b0b0d",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6a6d74"))
    return palette


def apply_dark_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    qss = resource_path("theme", "dark.qss")
    if qss is None:
        log.warning("theme file resources/theme/dark.qss not found; using the plain dark palette")
        return
    app.setStyleSheet(qss.read_text(encoding="utf-8"))


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options matching the theme; call before creating plots (imports pyqtgraph)."""
    import pyqtgraph as pg

    pg.setConfigOptions(background=PLOT_BACKGROUND, foreground=PLOT_FOREGROUND, antialias=False)
