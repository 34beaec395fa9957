"""One place for uncaught errors: sys.excepthook and threading.excepthook log them, and one
non-modal dialog on the GUI thread tells the user; a flood of errors updates that dialog instead of
opening a pile of new ones."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from svcdesk.gui.workers import friendly_message

log = logging.getLogger("svcdesk.gui.errors")


class ErrorReporter(QObject):
    """Owns the excepthooks and the error dialog. Create it on the GUI thread."""

    # Emitted from any thread; connected with a queued connection, so the dialog opens on the GUI thread.
    error_reported = Signal(str, str)  # one-line message, details (traceback)

    def __init__(self, parent_widget: QWidget | None = None, show_dialogs: bool = True):
        super().__init__()
        self.parent_widget = parent_widget
        self.show_dialogs = show_dialogs
        self.dialog: QMessageBox | None = None
        self.count = 0  # errors shown by the dialog currently open
        self._previous_hooks = None
        self.error_reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def report(self, message: str, details: str = "") -> None:
        """Tell the user about an error (thread-safe). It is logged by the caller or the hooks."""
        self.error_reported.emit(message, details)

    def _excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        self.report(friendly_message(exc), "".join(traceback.format_exception(exc_type, exc, tb)))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        self.report(friendly_message(args.exc_value), details)

    @Slot(str, str)
    def _show(self, message: str, details: str) -> None:
        if not self.show_dialogs:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.count += 1
            self.dialog.setInformativeText(self.tr("%n more error(s) since; see the log panel.", "", self.count - 1))
            return
        self.count = 1
        dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("svcdesk - error"), message,
                             QMessageBox.StandardButton.Close, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if details:
            dialog.setDetailedText(details)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None
        self.count = 0
