"""Logging for the GUI: a rotating file in the platform's log folder, Qt's own messages, and a
bridge that carries records (as plain strings) to the log panel on the GUI thread."""

from __future__ import annotations

import collections
import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler

from svcdesk.gui.i18n import translate_message
from svcdesk.messages import Message

LOG_FILE_NAME = "svcdesk.log"
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
HISTORY = 2000  # records the log panel can show when it is opened late

log = logging.getLogger("svcdesk.gui")


@dataclass(frozen=True)
class LogLine:
    """A log record reduced to plain data, safe to pass between threads."""

    created: float
    level: int
    logger: str
    message: str
    shown_in_page: bool = False  # a page already shows it (a job's error): not repeated in the status bar

    @property
    def level_name(self) -> str:
        return logging.getLevelName(self.level)


#: A log record attribute (set with `extra=`) for messages the page that raised them already shows.
SHOWN_IN_PAGE = "svcdesk_shown_in_page"


class LogBridge(QObject):
    """Lives on the GUI thread; `line` is emitted (queued when from another thread) per record."""

    line = Signal(object)  # LogLine


def display_message(record: logging.LogRecord) -> str:
    """The record's text in the interface language: core Messages among its arguments are translated.

    Only the window's lines (log panel, status bar) are translated; the log file keeps the English.
    """
    args = record.args
    if not args or not any(isinstance(arg, (Message, BaseException)) for arg in args):
        return translate_message(record.msg) if isinstance(record.msg, Message) and not args else record.getMessage()
    try:
        return str(record.msg) % tuple(translate_message(arg) if isinstance(arg, (Message, BaseException)) else arg
                                       for arg in args)
    except (TypeError, ValueError):
        return record.getMessage()


class BridgeHandler(logging.Handler):
    """Turns records into LogLines: kept in a ring buffer and emitted through a LogBridge."""

    def __init__(self, bridge: LogBridge, level: int = logging.INFO):
        super().__init__(level)
        self.bridge = bridge
        self.history: collections.deque[LogLine] = collections.deque(maxlen=HISTORY)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = display_message(record)
            if record.exc_info and record.exc_info[1] is not None:
                message = f"{message}: {type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
            line = LogLine(record.created, record.levelno, record.name, message,
                           bool(getattr(record, SHOWN_IN_PAGE, False)))
            self.history.append(line)
            if shiboken6.isValid(self.bridge):
                self.bridge.line.emit(line)
        except Exception:  # a broken handler must never take the app down
            self.handleError(record)


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Root logging to `log_dir/svcdesk.log` (1 MB x 5 files) and to stderr when there is one."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    # A full disk must not turn every later log record into a "--- Logging error ---" traceback on stderr.
    logging.raiseExceptions = False
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(formatter)
    root.addHandler(file_handler)
    if sys.stderr is not None:  # a windowed Windows build has no console
        stream_handler = logging.StreamHandler(sys.stderr)
        stream_handler.setFormatter(formatter)
        stream_handler.setLevel(logging.WARNING)
        root.addHandler(stream_handler)
    return path


def attach_bridge(bridge: LogBridge) -> BridgeHandler:
    handler = BridgeHandler(bridge)
    logging.getLogger().addHandler(handler)
    return handler


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")
# Platform-plugin chatter that says nothing about the app (the offscreen plugin used by tests and CI).
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    level = logging.DEBUG if message in _QT_NOISE else _QT_LEVELS.get(mode, logging.WARNING)
    _qt_log.log(level, "%s%s", message, where)


def install_qt_message_handler() -> None:
    """Qt's warnings (bad stylesheet, missing platform plugin...) go to the log, not to a lost console."""
    qInstallMessageHandler(_qt_message_handler)


def uninstall_qt_message_handler() -> None:
    qInstallMessageHandler(None)
