"""Dataset page: import vocals (drag and drop or buttons), inspect every file, include or exclude."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from svcdesk.events import Notice, Progress
from svcdesk.gui import theme
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.job_progress import JobProgress
from svcdesk.gui.widgets.dataset_table import (
    COLUMN_INDEX,
    COLUMNS,
    FIXED_COLUMNS,
    DatasetSortProxy,
    DatasetTableModel,
    format_duration,
)
from svcdesk.gui.workers import JobWorker, start_job
from svcdesk.project import FileImported

log = logging.getLogger("svcdesk.gui.dataset")
PAGE_KEY = "dataset"
HIDDEN_COLUMNS_KEY = "dataset/hidden_columns"


def report_job(project):
    """The dataset report, computed off the GUI thread (it reads fingerprints and pairs them)."""
    yield project.dataset_report()


class DatasetPage(QWidget):
    """Signals: `report_ready(report)` after every refresh (tests and other widgets listen)."""

    report_ready = Signal(object)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.project = None
        self.report = None
        self.job: JobWorker | None = None  # import or analysis
        self._report_job: JobWorker | None = None
        self._report_stale = False
        self._notices: list[Notice] = []  # import problems of the last run
        self.setAcceptDrops(True)
        self._build()
        context.project_changed.connect(self.set_project)
        context.project_edited.connect(self._project_edited)
        self.set_project(context.project)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Dataset"), self)
        title.setObjectName("PageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("Muted")
        self.add_files_button = QPushButton(self.tr("Add files..."), self)
        self.add_files_button.setObjectName("Primary")
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button = QPushButton(self.tr("Add folder..."), self)
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected files from the project (your originals are kept)"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.reanalyse_button = QPushButton(self.tr("Re-analyse"), self)
        self.reanalyse_button.clicked.connect(self.reanalyse)
        self.separate_button = QPushButton(self.tr("Separate vocal"), self)
        self.separate_button.setToolTip(self.tr(
            "Take the vocal out of the selected songs: it joins the dataset as a new file, the song itself stays "
            "untouched in raw/ and is left out of training."))
        self.separate_button.clicked.connect(lambda: self.separate(self.selected_file_ids()))
        self.separate_on_import = QCheckBox(self.tr("Separate songs on import"), self)
        self.separate_on_import.setToolTip(self.tr(
            "Files that sound like a song with music (bass, never silent) get their vocal separated as they "
            "are imported."))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)
        header.addWidget(self.separate_on_import)
        for button in (self.separate_button, self.reanalyse_button, self.remove_button, self.add_folder_button,
                       self.add_files_button):
            header.addWidget(button)

        self.drop_hint = QLabel(self.tr("Drop vocal recordings or folders here (WAV, FLAC, OGG, MP3).\n"
                                        "Dry solo vocals work best: no music, no reverb."), self)
        self.drop_hint.setObjectName("DropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.model = DatasetTableModel(self)
        self.model.include_toggled.connect(self._include_toggled)
        self.proxy = DatasetSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long names and reasons get a width of their own (full text in the tooltip), so the columns after them
        # stay in view; the user can still drag either wider.
        heading.setSectionResizeMode(COLUMN_INDEX["name"], QHeaderView.ResizeMode.Interactive)
        heading.resizeSection(COLUMN_INDEX["name"], 260)
        heading.setSectionResizeMode(COLUMN_INDEX["reasons"], QHeaderView.ResizeMode.Interactive)
        heading.resizeSection(COLUMN_INDEX["reasons"], 320)
        heading.setStretchLastSection(True)
        heading.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        heading.customContextMenuRequested.connect(self._column_menu)
        heading.setToolTip(self.tr("Right-click to choose the columns."))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._apply_hidden_columns(self.hidden_columns())
        self.table.doubleClicked.connect(self._open_in_slicer)

        self.totals = QLabel(self)
        self.warnings = QTreeWidget(self)
        self.warnings.setObjectName("WarningList")
        self.warnings.setHeaderLabels([self.tr("Warning"), self.tr("What to do")])
        self.warnings.setRootIsDecorated(False)
        self.warnings.setColumnWidth(0, 460)
        self.warnings.setWordWrap(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.totals)
        lower_layout.addWidget(self.warnings)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.progress = JobProgress(self)
        self.progress.cancel_requested.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addLayout(header)
        layout.addWidget(self.drop_hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        self._set_busy(False)

    # -- project -------------------------------------------------------------------------------
    def set_project(self, project) -> None:
        self.cancel()
        self.project = project
        self.report = None
        self._notices = []
        self.model.clear()
        self.warnings.clear()
        self._update_enabled()
        self.drop_hint.setVisible(project is not None)
        if project is None:
            self.summary.setText(self.tr("No project open - use File > New project or File > Open project"))
            self.totals.setText("")
            return
        self.summary.setText(f"{project.name}  ·  {project.sample_rate // 1000} kHz  ·  {project.root}")
        self.refresh()

    def _project_edited(self, source: str) -> None:
        if source != PAGE_KEY and self.project is not None:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the report in the background; a request while one runs is coalesced into one more run."""
        if self.project is None:
            return
        if self._report_job is not None:
            self._report_stale = True
            return
        self._report_stale = False
        project = self.project

        def done() -> None:
            self._report_job = None
            if self._report_stale:
                self.refresh()

        self._report_job = start_job(report_job, project, on_event=lambda r: self._show_report(project, r),
                                     on_error=self._job_failed, on_finished=done, parent=self)

    # ---- columns ----------------------------------------------------------------------------------
    def hidden_columns(self) -> set[str]:
        """Keys of the columns the user hid (persisted), or the defaults."""
        settings = getattr(self.context, "settings", None)
        stored = settings.value(HIDDEN_COLUMNS_KEY) if settings is not None else None
        if stored is None:
            return {c.key for c in COLUMNS if not c.shown_by_default}
        keys = [stored] if isinstance(stored, str) else list(stored)
        return {key for key in keys if key and key in COLUMN_INDEX and key not in FIXED_COLUMNS}

    def _apply_hidden_columns(self, hidden: set[str]) -> None:
        for column in COLUMNS:
            self.table.setColumnHidden(COLUMN_INDEX[column.key], column.key in hidden)

    def set_column_shown(self, key: str, shown: bool) -> None:
        hidden = self.hidden_columns() - {key} if shown else self.hidden_columns() | {key}
        self._apply_hidden_columns(hidden)
        settings = getattr(self.context, "settings", None)
        if settings is not None:
            # A marker entry keeps "nothing hidden" distinct from "never chosen" in QSettings' lists.
            settings.set_value(HIDDEN_COLUMNS_KEY, sorted(hidden) or [""])

    def _column_menu(self, position) -> None:
        menu = QMenu(self)
        hidden = self.hidden_columns()
        for column in COLUMNS:
            if column.key in FIXED_COLUMNS:
                continue
            action = menu.addAction(QCoreApplication.translate("DatasetTableModel", column.title))
            action.setCheckable(True)
            action.setChecked(column.key not in hidden)
            action.toggled.connect(lambda shown, key=column.key: self.set_column_shown(key, shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _show_report(self, project, report) -> None:
        if project is not self.project:
            return
        self.report = report
        self.model.set_report(report)
        self.drop_hint.setVisible(not report.files)
        included = sum(1 for f in report.files if f.included)
        files = self.tr("1 file") if len(report.files) == 1 else self.tr("%d files") % len(report.files)
        segments = self.tr("1 segment") if report.segment_count == 1 else self.tr("%d segments") % report.segment_count
        self.totals.setText(self.tr("%s (%s)  ·  %d included (%s)  ·  %s (%s)") % (
            files, format_duration(report.total_seconds), included, format_duration(report.included_seconds),
            segments, format_duration(report.segment_seconds)))
        self.warnings.clear()
        for notice in [*self._notices, *report.warnings]:
            message, fix = translate_message(notice.message), translate_message(notice.fix)
            item = QTreeWidgetItem([message, fix])
            colour = theme.ERROR if notice.level == "error" else theme.WARNING if notice.level == "warning" else theme.INFO
            item.setForeground(0, QColor(colour))
            item.setToolTip(0, message)
            item.setToolTip(1, fix)
            self.warnings.addTopLevelItem(item)
        self.report_ready.emit(report)

    # -- import ----------------------------------------------------------------------------------
    def import_paths(self, paths: list[str | Path]) -> JobWorker | None:
        """Copy files (or folders of audio) into the project and analyse them in the background."""
        if self.project is None:
            self.context.report_error(self.tr("Open or create a project before importing audio."))
            return None
        if self.job is not None:
            self.context.show_status(self.tr("An import is already running; wait or cancel it first."))
            return None
        self._notices = []
        if self.separate_on_import.isChecked():
            from svcdesk.separation.dataset import import_separating_mixes

            return self._run(import_separating_mixes, self.project, [str(p) for p in paths],
                             label=self.tr("Importing"))
        return self._run(self.project.import_files, [str(p) for p in paths], label=self.tr("Importing"))

    def separate(self, file_ids: list[str]) -> JobWorker | None:
        """Separate the vocal of each file into the dataset (svcdesk.separation.dataset)."""
        if self.project is None or self.job is not None or not file_ids:
            return None
        from svcdesk.separation.dataset import separate_files

        self._notices = []
        return self._run(separate_files, self.project, file_ids, label=self.tr("Separating the vocal"))

    def reanalyse(self) -> JobWorker | None:
        if self.project is None or self.job is not None:
            return None
        return self._run(self.project.analyse_files, label=self.tr("Analysing"))

    def _run(self, job_factory, *args: Any, label: str) -> JobWorker:
        self._set_busy(True, label)
        self.job = start_job(job_factory, *args, on_event=self._job_event, on_error=self._job_failed,
                             on_finished=self._job_finished, parent=self)
        return self.job

    def _job_event(self, event: Any) -> None:
        if isinstance(event, Progress):
            self.progress.update(event)
        elif isinstance(event, Notice):
            self._notices.append(event)
            (log.warning if event.level in ("warning", "error") else log.info)("%s", event.message)
        elif isinstance(event, FileImported):
            self.refresh()

    def _job_failed(self, message: str, _exc: BaseException) -> None:
        self.context.report_error(message)

    def _job_finished(self) -> None:
        cancelled = self.job is not None and self.job.abort_requested
        self.job = None
        self._set_busy(False)
        if cancelled:
            self.context.show_status(self.tr("Import cancelled; files already copied stay in the project."))
        self.context.notify_project_edited(PAGE_KEY)
        self.refresh()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.quit()

    def _set_busy(self, busy: bool, label: str = "") -> None:
        if busy:
            self.progress.start(label)
        else:
            self.progress.finish()
        self._update_enabled(busy)

    def _update_enabled(self, busy: bool | None = None) -> None:
        busy = self.job is not None if busy is None else busy
        has_project = self.project is not None
        for button in (self.add_files_button, self.add_folder_button, self.remove_button, self.reanalyse_button,
                       self.separate_button):
            button.setEnabled(has_project and not busy)

    # -- user actions --------------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add vocal recordings"), QDir.homePath(),
            self.tr("Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff *.opus);;All files (*)"))
        if files:
            self.import_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of recordings"), QDir.homePath())
        if folder:
            self.import_paths([folder])

    def selected_file_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.file_id(r) for r in sorted(rows)]

    def _remove_selected(self) -> None:
        ids = self.selected_file_ids()
        if not ids or self.project is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove files"),
            self.tr("Remove %d file(s) and their segments from the project? Your original files are not touched.")
            % len(ids))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_files(ids)

    def remove_files(self, file_ids: list[str]) -> None:
        for file_id in file_ids:
            self.project.remove_file(file_id)
        self.context.notify_project_edited(PAGE_KEY)
        self.refresh()

    def _include_toggled(self, file_id: str, included: bool) -> None:
        if self.project is None:
            return
        self.project.set_file_included(file_id, included)
        self.context.notify_project_edited(PAGE_KEY)
        self.refresh()

    def _open_in_slicer(self, index) -> None:
        file_id = self.model.file_id(self.proxy.mapToSource(index).row())
        self.context.request_file(file_id)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.project is not None and self.job is None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self.drop_hint.setProperty("active", True)
            self.drop_hint.style().polish(self.drop_hint)

    def dragLeaveEvent(self, event) -> None:
        self.drop_hint.setProperty("active", False)
        self.drop_hint.style().polish(self.drop_hint)

    def dropEvent(self, event: QDropEvent) -> None:
        self.dragLeaveEvent(event)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- page protocol -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.cancel()
        if self._report_job is not None:
            self._report_job.quit()
