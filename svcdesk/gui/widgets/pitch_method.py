"""The pitch-method picker of the Train, Convert and Compare pages: it starts on the best method that is installed
(svcdesk.features.pitch.best_available_method) and a caption says why, so no first run fails on a download."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from svcdesk.features.pitch import PITCH_METHODS, best_available_method
from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message

# Display order: the neural methods first, best first.
PITCH_METHOD_NAMES = ("rmvpe", "fcpe", "crepe", "crepe-tiny", "harvest", "dio", "pm")
assert set(PITCH_METHOD_NAMES) == set(PITCH_METHODS)


class PitchMethodCombo(QComboBox):
    """A QComboBox of the pitch methods plus `reason_label`, a caption to place under it in the form."""

    def __init__(self, tooltip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.addItems(PITCH_METHOD_NAMES)
        self.reason_label = QLabel(parent)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {theme.CAPTION}; font-size: 8.5pt;")
        self._tooltip = tooltip
        self._chosen_by_user = False
        self.activated.connect(self._user_chose)
        self.use_best_available()

    def use_best_available(self, force: bool = False) -> str:
        """Select the best installed method unless the user picked one (or `force`); returns the method."""
        if self._chosen_by_user and not force:
            return self.currentText()
        method, reason = best_available_method()
        self.blockSignals(True)
        self.setCurrentText(method)
        self.blockSignals(False)
        self.currentTextChanged.emit(method)
        text = self.tr("Default: {0}").format(translate_message(reason))
        self.reason_label.setText(text)
        self.setToolTip(f"{self._tooltip}\n\n{text}" if self._tooltip else text)
        return method

    def _user_chose(self, _index: int) -> None:
        self._chosen_by_user = True
        self.reason_label.setText("")
