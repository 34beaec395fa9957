"""The advisor's suggestions as rows the user accepts or overrides, written into a DataclassForm.

Each row shows the setting, an editor bound to the same field of the form (so the Advanced section
and the row never disagree), and the advisor's one-line reason. Unticking "use" puts back the value
the field had before the suggestion.
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QWidget

from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.config_form import DataclassForm, FieldEditor, humanise, make_editor, translated

# The advisor groups pitch_shift_prob and time_stretch_prob as one suggestion, shown under this label.
QT_TRANSLATE_NOOP("ConfigFields", "Augmentation")


class _SuggestionRow:
    def __init__(self, name: str, values: dict[str, Any], reason: str, previous: dict[str, Any]):
        self.name = name
        self.values = values
        self.reason = reason
        self.previous = previous
        self.use: QCheckBox | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.reason_label: QLabel | None = None


class SuggestionsPanel(QWidget):
    """Rows of (use?, setting, value editor, reason) for objects with `.name`, `.value`, `.reason`."""

    def __init__(self, form: DataclassForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self._rows: dict[str, _SuggestionRow] = {}
        self._syncing = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        form.changed.connect(self._on_form_changed)

    def clear(self) -> None:
        for row in self._rows.values():
            if row.use.isChecked():
                self._write(row.previous)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())
        self._rows.clear()

    def set_suggestions(self, suggestions: Iterable[Any]) -> None:
        self.clear()
        for index, suggestion in enumerate(suggestions):
            values = dict(suggestion.value) if isinstance(suggestion.value, dict) else {suggestion.name: suggestion.value}
            values = {k: v for k, v in values.items() if k in self.form.editors}
            if not values:
                continue
            previous = {k: self.form.editors[k].value() for k in values}
            row = _SuggestionRow(suggestion.name, values, translate_message(suggestion.reason), previous)
            row.use = QCheckBox(self.tr("use"), self)
            row.use.setChecked(True)
            row.use.setToolTip(self.tr("Untick to keep your own value for this setting."))
            row.use.toggled.connect(lambda checked, r=row: self._on_use_toggled(r, checked))
            # A suggestion covering several fields (augmentation) gets one labelled editor per line.
            editors_box = QFormLayout()
            editors_box.setContentsMargins(0, 0, 0, 0)
            for field_name in values:
                editor = make_editor(self.form.cls, field_name, self)
                editor.changed.connect(lambda name, r=row: self._on_row_edited(r, name))
                if len(values) > 1:
                    editors_box.addRow(translated(humanise(field_name)), editor.widget)
                else:
                    editors_box.addRow(editor.widget)
                row.editors[field_name] = editor
            row.reason_label = QLabel(row.reason, self)
            row.reason_label.setWordWrap(True)
            row.reason_label.setStyleSheet(f"color: {theme.CAPTION}; font-size: 8.5pt; margin-bottom: 6px;")
            # Two grid rows per suggestion: the setting and its editor, then the reason under it.
            self._grid.addWidget(row.use, 2 * index, 0)
            self._grid.addWidget(QLabel(f"<b>{translated(humanise(suggestion.name))}</b>", self), 2 * index, 1)
            self._grid.addLayout(editors_box, 2 * index, 2)
            self._grid.addWidget(row.reason_label, 2 * index + 1, 1, 1, 2)
            self._rows[suggestion.name] = row
            self._write(values)
            self._refresh_row(row)

    def names(self) -> list[str]:
        return list(self._rows)

    def editor(self, name: str, field_name: str | None = None) -> FieldEditor:
        row = self._rows[name]
        return row.editors[field_name or next(iter(row.editors))]

    def set_used(self, name: str, used: bool) -> None:
        self._rows[name].use.setChecked(used)

    def accepted(self) -> list[str]:
        """Suggestions in use and left at the advisor's value."""
        return [n for n, r in self._rows.items() if r.use.isChecked() and self._current(r) == r.values]

    def overridden(self) -> list[str]:
        """Suggestions the user turned off or changed."""
        return [n for n in self._rows if n not in self.accepted()]

    def _current(self, row: _SuggestionRow) -> dict[str, Any]:
        return {k: self.form.editors[k].value() for k in row.values}

    def _write(self, values: dict[str, Any]) -> None:
        self._syncing = True
        try:
            for name, value in values.items():
                self.form.editors[name].set_value(value)
        finally:
            self._syncing = False
        for row in self._rows.values():
            self._refresh_row(row)

    def _on_use_toggled(self, row: _SuggestionRow, checked: bool) -> None:
        self._write(row.values if checked else row.previous)

    def _on_row_edited(self, row: _SuggestionRow, field_name: str) -> None:
        if self._syncing:
            return
        self._write({field_name: row.editors[field_name].value()})

    def _on_form_changed(self, _name: str) -> None:
        if not self._syncing:
            for row in self._rows.values():
                self._refresh_row(row)

    def _refresh_row(self, row: _SuggestionRow) -> None:
        current = self._current(row)
        self._syncing = True
        try:
            for name, editor in row.editors.items():
                editor.set_value(current[name])
                editor.set_enabled(row.use.isChecked())
        finally:
            self._syncing = False
        overridden = row.use.isChecked() and current != row.values
        suffix = self.tr(" (you changed this)") if overridden else ""
        row.reason_label.setText(row.reason + suffix)


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
