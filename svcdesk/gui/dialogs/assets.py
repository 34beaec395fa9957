"""The Weight files dialog: what is present, download with progress/speed/ETA/cancel, import, verify.

All work runs through `start_job` on the core generators of `svcdesk.assets`; this dialog only
turns their events into a table, a progress bar and a message line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from svcdesk import assets
from svcdesk.events import Notice, Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.workers import JobWorker, start_job
from svcdesk.gui.widgets.table_rows import select_key, selected_keys

NAME_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("file", "purpose", "size", "status")


def goal_labels() -> dict[str, str]:
    """What each goal means to a user (shared by this dialog and the welcome dialog)."""
    return {
        assets.GOAL_DEMO: QCoreApplication.translate("Goals", "Try the demo (nothing to download)"),
        assets.GOAL_CONVERT: QCoreApplication.translate("Goals", "Convert songs with a voice model I have"),
        assets.GOAL_TRAIN: QCoreApplication.translate("Goals", "Train my own voice (40 kHz, recommended)"),
        assets.GOAL_TRAIN_32K: QCoreApplication.translate("Goals", "Train my own voice at 32 kHz"),
        assets.GOAL_TRAIN_48K: QCoreApplication.translate("Goals", "Train my own voice at 48 kHz"),
        assets.GOAL_SONGS: QCoreApplication.translate("Goals", "Make covers of whole songs (vocal separation)"),
    }


def download_job(names: list[str]):
    from svcdesk.assets_download import download_many

    yield from download_many(names)


class AssetsDialog(QDialog):
    """Lists the registry with each file's state; `assets_changed` fires after a download, import or check."""

    assets_changed = Signal()

    def __init__(self, parent: QWidget | None = None, goal: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weight files"))
        self.resize(860, 420)
        self._worker: JobWorker | None = None
        self._job_kind = ""
        self._import_request: tuple[str, str] | None = None
        self._pending_confirm: tuple[tuple[str, str], str] | None = None
        self.goal = goal

        self.intro = QLabel(self.tr(
            "ContentVec, RMVPE and the pretrained bases are downloaded once from the Hugging Face hub "
            "(lj1995/VoiceConversionWebUI) and checked against their published SHA-256. "
            "A cancelled download resumes where it stopped.\nFolder: %s") % str(assets.assets_dir()))
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Weight file"), self.tr("Purpose"), self.tr("Size"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = QLabel(self)

        self.download_button = QPushButton(self.tr("Download"), self)
        self.download_missing_button = QPushButton(self.tr("Download all missing"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.import_button = QPushButton(self.tr("Import from file..."), self)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.download_button.clicked.connect(lambda: self.start_download(self.selected_names()))
        self.download_missing_button.clicked.connect(lambda: self.start_download(self.missing_names()))
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button.clicked.connect(lambda: self.import_from_file())
        self.verify_button.clicked.connect(self.start_verify)
        self.folder_button.clicked.connect(self._open_folder)
        actions = QHBoxLayout()
        for button in (self.download_button, self.download_missing_button, self.cancel_button, self.import_button,
                       self.verify_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    # -- table ---------------------------------------------------------------------------------
    def state_text(self, row: assets.AssetStatus) -> str:
        texts = {
            "ready": self.tr("Ready"),
            "imported": self.tr("Imported (unknown checksum, accepted by you)"),
            "unchecked": self.tr("Present, not checked yet"),
            "mismatch": self.tr("Wrong file (checksum differs)"),
            "partial": self.tr("Partly downloaded (%s): resumes") % assets.human_size(row.bytes_on_disk),
            "missing": self.tr("Missing"),
        }
        return texts.get(row.state, row.state)

    def rows(self) -> list[assets.AssetStatus]:
        statuses = assets.status()
        if self.goal:
            wanted = {asset.name for asset in assets.needed_for(self.goal).assets}
            statuses.sort(key=lambda row: row.asset.name not in wanted)  # the goal's files first
        return statuses

    def refresh(self) -> None:
        selected = set(self.selected_names())
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            size = ("~" if row.asset.size is None else "") + assets.human_size(row.asset.display_size)
            cells = (row.asset.file_name, self.tr(row.asset.purpose), size, self.state_text(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, row.asset.name)
                item.setToolTip(f"{row.asset.name}: {row.asset.source_url}\nSHA-256 {row.asset.sha256}\n"
                                f"{row.asset.licence}")
                self.table.setItem(index, column, item)
            if row.asset.name in selected:
                self.table.selectRow(index)
        if self.goal:
            needs = assets.needed_for(self.goal)
            label = goal_labels().get(needs.goal, needs.goal)
            self.total_label.setText(self.tr("%s: %s in all, %s still to download.") % (
                label, assets.human_size(needs.total_bytes), assets.human_size(needs.missing_bytes)))
        self._update_buttons()

    def row_state(self, name: str) -> str:
        return assets.asset_status(name).state

    def selected_names(self) -> list[str]:
        return selected_keys(self.table, NAME_ROLE)

    def select(self, name: str) -> None:
        select_key(self.table, name, NAME_ROLE)

    def missing_names(self) -> list[str]:
        names = [asset.name for asset in assets.needed_for(self.goal).missing] if self.goal else \
            [row.asset.name for row in assets.status() if not row.usable]
        return names

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.download_button.setEnabled(selected and not self.busy)
        self.download_missing_button.setEnabled(not self.busy and bool(self.missing_names()))
        self.import_button.setEnabled(len(self.selected_names()) == 1 and not self.busy)
        self.verify_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(self.busy and self._job_kind == "download")

    # -- jobs ----------------------------------------------------------------------------------
    def _start(self, kind: str, factory, *args: Any, **kwargs: Any) -> JobWorker:
        self._job_kind = kind
        self.message.setText("")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._worker = start_job(factory, *args, on_event=self._on_event, on_error=self._on_error,
                                 on_finished=self._on_finished, parent=self, **kwargs)
        self._update_buttons()
        return self._worker

    def start_download(self, names: list[str]) -> JobWorker | None:
        if not names or self.busy:
            return None
        self.progress_label.setText(self.tr("Contacting the hub..."))
        return self._start("download", download_job, list(names))

    def start_verify(self) -> JobWorker | None:
        if self.busy:
            return None
        self.progress_label.setText(self.tr("Checking the files..."))
        return self._start("verify", assets.verify)

    def import_from_file(self, name: str | None = None, path: str | None = None,
                         confirm_unknown: bool = False) -> JobWorker | None:
        if self.busy:
            return None
        names = [name] if name else self.selected_names()
        if len(names) != 1:
            self.message.setText(self.tr("Select the weight file to import first."))
            return None
        name = names[0]
        path = path or self.choose_import_file(name)
        if not path:
            return None
        self._import_request = (name, path)
        self.progress_label.setText(self.tr("Checking and copying %s...") % path)
        return self._start("import", assets.import_file_job, name, path, confirm_unknown=confirm_unknown)

    def choose_import_file(self, name: str) -> str:
        asset = assets.get_asset(name)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import %s") % asset.file_name, "",
                                              self.tr("Weight files (*.pt *.pth);;All files (*)"))
        return path

    def ask_confirm_unknown(self, message: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unknown file"),
            message + "\n\n" + self.tr("Import this file anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self._worker is not None:
            self.progress_label.setText(self.tr("Cancelling... (the partial download is kept and resumes)"))
            self._worker.quit()

    def _on_event(self, event: Any) -> None:
        if isinstance(event, Progress):
            self.progress.setValue(int(1000 * event.fraction) if event.total else 0)
            self.progress.setRange(0, 1000 if event.total else 0)
            name = getattr(event, "asset", "")
            prefix = f"{assets.get_asset(name).file_name}: " if name in assets.ASSETS else ""
            self.progress_label.setText(prefix + translate_message(event.message))
            if name and event.total:
                self._set_status_cell(name, self.tr("Downloading, %d%%") % int(100 * event.fraction))
        elif isinstance(event, Notice):
            self.message.setText(translate_message(event.message))
        elif isinstance(event, (assets.AssetReady, assets.AssetStatus)):
            self.refresh()
            self.assets_changed.emit()

    def _on_error(self, message: str, exc: BaseException) -> None:
        if isinstance(exc, assets.UnknownWeights) and self._import_request is not None:
            self._pending_confirm = (self._import_request, message)
            return
        self.message.setText(message)

    def _on_finished(self) -> None:
        kind = self._job_kind
        self._worker = None
        self._job_kind = ""
        self.progress.setVisible(False)
        self.progress.setRange(0, 1000)
        if kind == "download" and not self.message.text():
            self.progress_label.setText(self.tr("Download stopped.") if self._any_partial() else self.tr("Done."))
        else:
            self.progress_label.setText("")
        self.refresh()
        self.assets_changed.emit()
        pending, self._pending_confirm = self._pending_confirm, None
        if pending is not None:
            (name, path), message = pending
            if self.ask_confirm_unknown(message):
                self.import_from_file(name, path, confirm_unknown=True)
            else:
                self.message.setText(self.tr("Not imported."))

    def _set_status_cell(self, name: str, text: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(NAME_ROLE) == name:
                self.table.item(row, COLUMNS.index("status")).setText(text)

    def _any_partial(self) -> bool:
        return any(row.state == "partial" for row in assets.status())

    def _open_folder(self) -> None:
        folder = assets.assets_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- closing -------------------------------------------------------------------------------
    # Closing the dialog hides it and lets a download go on (reopening shows its progress); the
    # main window calls shutdown() when the app closes, which stops it and keeps the partial file.
    def shutdown(self) -> None:
        """Stop a running job (a download keeps its partial file)."""
        if self._worker is not None:
            self._worker.quit()


def offer_weights(parent: QWidget | None, asset_name: str, message: str = "") -> AssetsDialog:
    """Open the Weight files dialog with `asset_name` selected: what a page does with a WeightsMissing.

    The main window's instance is reused when there is one (`open_dialog("assets")`), so a download
    already running in it stays visible.
    """
    window = parent.window() if parent is not None else None
    opener = getattr(window, "open_dialog", None)
    dialog = opener("assets") if callable(opener) else None
    if not isinstance(dialog, AssetsDialog):
        dialog = AssetsDialog(parent)
    dialog.refresh()
    dialog.select(asset_name)
    if message:
        dialog.message.setText(message)
    dialog.show()
    dialog.raise_()
    return dialog
