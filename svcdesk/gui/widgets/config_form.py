"""Editors generated from a frozen config dataclass: one widget per field, tooltips from the field comments.

The config dataclasses document each field with a trailing `# comment`; those comments become the
tooltips, and a comment listing choices as `a | b | c` turns a string field into a combo box. That
way the "Advanced" section always shows every field the core knows, without a second list to keep
in step.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import io
import re
import textwrap
import tokenize
import types
import typing
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

_CHOICE_WORD = re.compile(r"^[A-Za-z0-9_:.\-]+$")
# Field labels and comments are translated in this context; tools/update_translations.py marks them.
CONFIG_CONTEXT = "ConfigFields"


def translated(text: str) -> str:
    return QCoreApplication.translate(CONFIG_CONTEXT, text) if text else text


@lru_cache(maxsize=None)
def field_comments(cls: type) -> dict[str, str]:
    """{field name: its trailing comment, or the comment lines just above it} from the class source."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    lines = source.splitlines()
    comments_by_line: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            comments_by_line[token.start[0]] = token.string.lstrip("#").strip()
    result: dict[str, str] = {}
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            line = node.lineno
            text = comments_by_line.get(line)
            if text is None:
                above = []
                probe = line - 1
                while probe in comments_by_line and lines[probe - 1].strip().startswith("#"):
                    above.insert(0, comments_by_line[probe])
                    probe -= 1
                text = " ".join(above)
            if text:
                result[node.target.id] = text
    return result


def comment_choices(comment: str, default: str) -> tuple[list[str], bool]:
    """Choices listed as `a | b (note) | c` in a comment: (choices, editable). Empty when none are listed."""
    if "|" not in comment:
        return [], False
    head = comment.split(":", 1)[1] if ":" in comment.split("|")[0] else comment
    words = [part.strip().split(" ")[0] for part in head.split("|")]
    choices = [w for w in words if w and _CHOICE_WORD.match(w)]
    editable = any(w.endswith(":N") for w in choices)  # e.g. "cuda:N" stands for a family of values
    choices = [w for w in choices if not w.endswith(":N")]
    if default not in choices:
        return [], False
    return choices, editable


def humanise(name: str) -> str:
    return QCoreApplication.translate("ConfigFields", name.replace("_", " ").capitalize())


class FieldEditor(QObject):
    """One field's editor widget with `value()`, `set_value()` and a `changed` signal."""

    changed = Signal(str)

    def __init__(self, name: str, kind: Any, default: Any, comment: str, parent: QWidget | None = None,
                 optional: bool = False):
        super().__init__(parent)
        self.name = name
        self.kind = kind
        # An optional number shows "default" at the spin box's minimum (a value below any real one).
        self.optional = optional and kind in (int, float)
        self.default = default
        self.widget = self._build(kind, default, comment, parent)
        if self.optional:
            self.widget.setMinimum(-1)
            self.widget.setSpecialValueText(self.tr("default"))
        self.widget.setToolTip(QCoreApplication.translate("ConfigFields", comment) if comment else humanise(name))
        self.set_value(default)

    def _build(self, kind: Any, default: Any, comment: str, parent: QWidget | None) -> QWidget:
        if kind is bool:
            box = QCheckBox(parent)
            box.toggled.connect(self._emit)
            return box
        if kind is int:
            spin = QSpinBox(parent)
            spin.setRange(-1, 100_000_000)
            spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._emit)
            return spin
        if kind is float:
            spin = FloatSpinBox(parent, multiplicative=default is not None and 0.0 < abs(float(default)) < 1e-2)
            spin.valueChanged.connect(self._emit)
            return spin
        if kind is str:
            choices, editable = comment_choices(comment, str(default))
            if choices:
                combo = QComboBox(parent)
                combo.addItems(choices)
                combo.setEditable(editable)
                combo.currentTextChanged.connect(self._emit)
                return combo
            line = QLineEdit(parent)
            line.textChanged.connect(self._emit)
            if any(word in self.name for word in ("base_", "checkpoint", "path")):
                return self._with_browse(line, parent)
            return line
        line = QLineEdit(parent)  # tuples of numbers: "0.8, 0.99"
        line.textChanged.connect(self._emit)
        return line

    def _with_browse(self, line: QLineEdit, parent: QWidget | None) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        button = QPushButton(self.tr("Browse…"), holder)
        row.addWidget(button)

        def browse() -> None:
            path, _ = QFileDialog.getOpenFileName(holder, self.tr("Choose a file"), line.text(),
                                                  self.tr("Model files (*.pth *.pt *.safetensors);;All files (*)"))
            if path:
                line.setText(path)

        button.clicked.connect(browse)
        holder.line_edit = line
        return holder

    def _emit(self, *_args) -> None:
        self.changed.emit(self.name)

    def _inner(self) -> QWidget:
        return getattr(self.widget, "line_edit", self.widget)

    def value(self) -> Any:
        widget = self._inner()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            if self.optional and widget.value() == widget.minimum():
                return None
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        text = widget.text()
        if self.kind is str:
            return text
        parts = [p for p in re.split(r"[,\s]+", text.strip("() ")) if p]
        return tuple(float(p) for p in parts)

    def set_value(self, value: Any) -> None:
        widget = self._inner()
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)) and value is None:
            widget.setValue(widget.minimum())
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QComboBox):
            if widget.findText(str(value)) < 0:
                widget.addItem(str(value))
            widget.setCurrentText(str(value))
        elif self.kind is str:
            widget.setText(str(value))
        else:
            widget.setText(", ".join(f"{v:g}" for v in value))

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)


class FloatSpinBox(QDoubleSpinBox):
    """A spin box that shows floats in %g form (1e-09, 0.999875) without rounding them to fixed decimals.

    Learning rates step multiplicatively (x1.25 per click) since they are chosen on a log scale.
    """

    def __init__(self, parent: QWidget | None = None, multiplicative: bool = False):
        super().__init__(parent)
        self._multiplicative = multiplicative
        self.setDecimals(15)
        self.setRange(-1e12, 1e12)
        self.setSingleStep(0.05)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", stripped):
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[-+]?\d*\.?\d*([eE][-+]?\d*)?", stripped):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def stepBy(self, steps: int) -> None:
        if self._multiplicative and self.value() > 0:
            self.setValue(self.value() * 1.25 ** steps)
        else:
            super().stepBy(steps)


def _field_kind(hint: Any) -> tuple[Any, bool]:
    """(the editor's value type, whether None is allowed)."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        return tuple, False
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        kind = _field_kind(args[0])[0] if args else str
        return kind, len(args) < len(typing.get_args(hint))
    return hint, False


def make_editor(cls: type, name: str, parent: QWidget | None = None) -> FieldEditor:
    hints = typing.get_type_hints(cls)
    field = {f.name: f for f in dataclasses.fields(cls)}[name]
    default = field.default if field.default is not dataclasses.MISSING else field.default_factory()
    kind, optional = _field_kind(hints[name])
    return FieldEditor(name, kind, default, field_comments(cls).get(name, ""), parent, optional=optional)


class DataclassForm(QWidget):
    """A form with one editor per field of a frozen dataclass; `value()` rebuilds the dataclass."""

    changed = Signal(str)

    def __init__(self, cls: type, value: Any = None, hidden: tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.cls = cls
        self._base = value if value is not None else cls()
        self._hidden = set(hidden)
        self.editors: dict[str, FieldEditor] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in dataclasses.fields(cls):
            if field.name in self._hidden:
                continue
            editor = make_editor(cls, field.name, self)
            editor.set_value(getattr(self._base, field.name))
            editor.changed.connect(self.changed)
            layout.addRow(translated(humanise(field.name)), editor.widget)
            self.editors[field.name] = editor

    def value(self) -> Any:
        """The dataclass with every shown field read from its editor (hidden fields keep the base value)."""
        changes = {name: editor.value() for name, editor in self.editors.items()}
        return dataclasses.replace(self._base, **changes)

    def set_value(self, value: Any) -> None:
        self._base = value
        for name, editor in self.editors.items():
            editor.set_value(getattr(value, name))

    def set_field(self, name: str, value: Any) -> None:
        if name in self.editors:
            self.editors[name].set_value(value)
        else:
            self._base = dataclasses.replace(self._base, **{name: value})
