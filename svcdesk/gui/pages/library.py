"""The Library page: every voice in one searchable list; import by drag and drop, file, folder or link; edit,
delete (to the system trash), merge and export. The work is the core's (`svcdesk.library`): imports, merges and
exports run as jobs through the one worker wrapper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDir, QFile, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from svcdesk.events import Notice, Progress
from svcdesk.gui.i18n import translate_message
from svcdesk.gui.widgets.table_rows import select_key, selected_keys
from svcdesk.gui.workers import start_job

NAME_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryPage", "Name"),
    QT_TRANSLATE_NOOP("LibraryPage", "Rate"),
    QT_TRANSLATE_NOOP("LibraryPage", "Version"),
    QT_TRANSLATE_NOOP("LibraryPage", "Pitch"),
    QT_TRANSLATE_NOOP("LibraryPage", "Size"),
    QT_TRANSLATE_NOOP("LibraryPage", "Source"),
    QT_TRANSLATE_NOOP("LibraryPage", "Date"),
)


class _Item(QTableWidgetItem):
    """Sorts by the value behind the text (sizes and rates as numbers, not as strings)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None and type(mine) is type(theirs):
            return mine < theirs
        return super().__lt__(other)


def dropped_sources(mime) -> list[str]:
    """Local files and folders, or http(s) links, carried by a drag."""
    from svcdesk.library.fetch import is_url

    sources = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            sources.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            sources.append(url.toString())
    if not sources and mime.hasText():
        sources = [line.strip() for line in mime.text().splitlines() if is_url(line.strip())]
    return sources


class LibraryPage(QWidget):
    importFinished = Signal(list)  # names of the voices that joined (or were there already)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._job = None
        self._entries: dict[str, object] = {}
        self._last_sources: list[str] = []
        self.setAcceptDrops(True)
        self._build_ui()
        self.reload()

    # ---- layout ------------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        title = QLabel(self.tr("Voice library"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("Caption")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setToolTip(self.tr("Show the library folder in the file manager."))
        self.open_folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.open_folder_button)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, tag, source…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.import_files_button = QPushButton(self.tr("Import files…"), self)
        self.import_files_button.setToolTip(self.tr("A .pth voice (with its .index), a zip as voices are shared, "
                                                    "or a training checkpoint G_*.pth."))
        self.import_files_button.clicked.connect(self._choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"), self)
        self.import_folder_button.clicked.connect(self._choose_folder)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(self.tr("Paste a link to a .zip or .pth…"))
        self.url_edit.returnPressed.connect(self.import_url)
        self.url_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.url_button = QPushButton(self.tr("Download"), self)
        self.url_button.clicked.connect(self.import_url)
        import_row = QHBoxLayout()
        import_row.addWidget(self.search, 2)
        import_row.addWidget(self.import_files_button)
        import_row.addWidget(self.import_folder_button)
        import_row.addWidget(self.url_edit, 2)
        import_row.addWidget(self.url_button)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(5, 260)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.empty_hint = QLabel(self.tr("Drop voices here: .pth files, their .index, folders or zips as people "
                                         "share them. Your own runs' voices join by themselves."), self)
        self.empty_hint.setObjectName("PageHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(260)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Rename the voice, or change its tags and notes."))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setToolTip(self.tr("Blend two voices of the same sample rate, version and pitch setting."))
        self.merge_button.clicked.connect(self.open_merge)
        self.export_button = QPushButton(self.tr("Export zip…"), self)
        self.export_button.setToolTip(self.tr("A zip with the .pth and .index at the top, as RVC WebUI and Applio "
                                              "import it."))
        self.export_button.clicked.connect(self.export_selected)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        for button in (self.edit_button, self.delete_button, self.merge_button, self.export_button):
            side_layout.addWidget(button)
        list_area = QWidget(self)
        list_layout = QVBoxLayout(list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(import_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # ---- the list ----------------------------------------------------------------------------------------------
    def library(self):
        from svcdesk.library.catalog import Library

        return Library.default()

    def reload(self) -> None:
        library = self.library()
        selected = set(self.selected_names())
        voices = library.voices()
        self._entries = {entry.name: entry for entry in voices}
        self.folder_label.setText(str(library.root))
        self.folder_label.setToolTip(self.tr("The library folder; move it in Tools > Settings."))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(voices))
        for row, entry in enumerate(voices):
            for column, (text, key) in enumerate(self._cells(entry)):
                item = _Item(text)
                item.setData(NAME_ROLE, entry.name)
                item.setData(SORT_ROLE, key)
                if entry.problem:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("Not usable: %s") % translate_message(entry.problem))
                elif column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(NAME_ROLE) in selected:
                self.table.selectRow(row)
        self.empty_hint.setVisible(not voices)
        self._apply_filter()
        self._selection_changed()

    def _cells(self, entry) -> list[tuple[str, object]]:
        from svcdesk.storage import human_size

        if entry.problem:
            return [(entry.name, entry.name.casefold()), ("–", 0), ("–", ""), ("–", 0),
                    (human_size(entry.total_size), entry.total_size),
                    (self.tr("not usable"), ""), (entry.imported[:10], entry.imported)]
        return [(entry.name, entry.name.casefold()), (f"{entry.sample_rate // 1000}k", entry.sample_rate),
                (entry.version, entry.version), (self.tr("yes") if entry.has_pitch else self.tr("no"), int(entry.has_pitch)),
                (human_size(entry.total_size), entry.total_size), (translate_message(entry.source_text()),
                                                                   str(entry.source_text())),
                (entry.imported[:10], entry.imported)]

    def names(self) -> list[str]:
        return [self.table.item(row, 0).data(NAME_ROLE) for row in range(self.table.rowCount())]

    def visible_names(self) -> list[str]:
        return [self.table.item(row, 0).data(NAME_ROLE) for row in range(self.table.rowCount())
                if not self.table.isRowHidden(row)]

    def _apply_filter(self, *_args) -> None:
        words = self.search.text().casefold().split()
        for row in range(self.table.rowCount()):
            entry = self._entries.get(self.table.item(row, 0).data(NAME_ROLE))
            haystack = " ".join([entry.name, *entry.tags, entry.notes, str(entry.source_text()), entry.version,
                                 f"{entry.sample_rate // 1000}k"]).casefold() if entry is not None else ""
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def selected_names(self) -> list[str]:
        return selected_keys(self.table, NAME_ROLE)

    def select(self, name: str) -> None:
        select_key(self.table, name, NAME_ROLE)

    def _selection_changed(self) -> None:
        names = self.selected_names()
        entry = self._entries.get(names[0]) if len(names) == 1 else None
        self.details.setText(self._details_html(entry) if entry is not None else (
            self.tr("%n voices selected.", "", len(names)) if names else self.tr("Select a voice to see its details.")))
        self._update_buttons()

    def _details_html(self, entry) -> str:
        import html

        rows = [(self.tr("Name"), entry.name)]
        if entry.problem:
            rows.append((self.tr("Problem"), translate_message(entry.problem)))
        else:
            rows += [(self.tr("Model"), f"RVC {entry.version}, {entry.sample_rate:,} Hz, "
                                        + (self.tr("with pitch") if entry.has_pitch else self.tr("no pitch"))),
                     (self.tr("Parameters"), f"{entry.parameters:,}"),
                     (self.tr("Index"), entry.index.name if entry.index is not None else self.tr("none")),
                     (self.tr("Source"), translate_message(entry.source_text())),
                     (self.tr("sha256"), entry.sha256[:16] + "…" if entry.sha256 else "–")]
        rows += [(self.tr("Tags"), ", ".join(entry.tags) or "–"), (self.tr("Notes"), entry.notes or "–"),
                 (self.tr("Folder"), str(entry.folder))]
        return "<table>" + "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;</td><td>{html.escape(str(v))}</td></tr>"
                                   for k, v in rows) + "</table>"

    # ---- importing -----------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        sources = dropped_sources(event.mimeData())
        if sources:
            event.acceptProposedAction()
            self.import_sources(sources)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import voices"), QDir.homePath(), self.tr(
            "Voices (*.pth *.pt *.zip *.index);;All files (*)"))
        if paths:
            self.import_sources(paths)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import the voices of a folder"), QDir.homePath())
        if folder:
            self.import_sources([folder])

    def import_url(self) -> None:
        from svcdesk.library.fetch import is_url

        url = self.url_edit.text().strip()
        if not is_url(url):
            self._show_status(self.tr("Paste a link that starts with http:// or https://."))
            return
        self.import_sources([url])

    def import_sources(self, sources: list[str], sample_rate: int | None = None, has_pitch: bool | None = None) -> None:
        from svcdesk.library.importer import import_voices

        if self._job is not None:
            self._show_status(self.tr("An import is running; wait for it or cancel it."))
            return
        self._last_sources = list(sources)
        self._imported: list[str] = []
        self._notes: list[str] = []
        self._begin(self.tr("Importing %s…") % ", ".join(Path(s).name or s for s in sources))
        self._job = start_job(import_voices, list(sources), library=self.library(), sample_rate=sample_rate,
                              has_pitch=has_pitch, on_event=self._on_import_event, on_error=self._on_import_error,
                              on_finished=self._on_job_finished, parent=self)
        self._update_buttons()

    def _on_import_event(self, event: object) -> None:
        from svcdesk.library.importer import ImportFinished, VoiceImported

        if isinstance(event, Progress):
            self._show_progress(event)
        elif isinstance(event, Notice):
            self._notes.append(translate_message(event.message))
        elif isinstance(event, VoiceImported):
            self._imported.append(event.name)
        elif isinstance(event, ImportFinished):
            names = list(event.imported) + list(event.existing)
            parts = []
            if event.imported:
                parts.append(self.tr("Imported %s.") % ", ".join(event.imported))
            if event.existing:
                parts.append(self.tr("Already in the library: %s.") % ", ".join(event.existing))
            parts += self._notes
            self.reload()
            for name in names:
                self.select(name)
            self.url_edit.clear()
            self._show_status(" ".join(parts))
            self.importFinished.emit(names)

    def _on_import_error(self, message: str, exc: BaseException) -> None:
        from svcdesk.library.importer import ArchitectureNeeded

        if isinstance(exc, ArchitectureNeeded):
            self._show_status(message)
            self._ask_architecture(exc)
            return
        self._show_status(self.tr("Not imported: %s") % message)

    def _ask_architecture(self, exc) -> None:
        """The checkpoint fits several models: ask its sample rate and pitch setting, then import again."""
        rates = [f"{rate // 1000}k" for rate in exc.sample_rates]
        rate, ok = QInputDialog.getItem(self, self.tr("Which model is it?"), self.tr(
            "%s fits several RVC models. Its sample rate:") % exc.file, rates, 0, False)
        if not ok:
            return
        has_pitch = exc.pitch_options[0]
        if len(exc.pitch_options) > 1:
            answer = QMessageBox.question(self, self.tr("Which model is it?"),
                                          self.tr("Was it trained with pitch guidance (most singing voices are)?"))
            has_pitch = answer == QMessageBox.StandardButton.Yes
        sources = self._last_sources
        self._job = None
        self.import_sources(sources, sample_rate=int(rate.rstrip("k")) * 1000, has_pitch=has_pitch)

    # ---- editing, deleting ---------------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        from svcdesk.gui.dialogs.voice_details import VoiceDetailsDialog

        names = self.selected_names()
        entry = self._entries.get(names[0]) if len(names) == 1 else None
        if entry is None or entry.problem:
            return
        dialog = VoiceDetailsDialog(entry, self)
        if dialog.exec():
            self.apply_edit(entry.name, dialog.name(), dialog.tags(), dialog.notes())

    def apply_edit(self, name: str, new_name: str, tags: list[str], notes: str) -> bool:
        from svcdesk.errors import SvcdeskError

        try:
            updated = self.library().update(name, new_name=new_name, tags=tags, notes=notes)
        except (SvcdeskError, OSError) as exc:
            self._show_status(self.tr("Not changed: %s") % translate_message(exc))
            return False
        self.reload()
        self.select(updated.name)
        self._show_status(self.tr("Saved %s.") % updated.name)
        return True

    def delete_selected(self) -> None:
        names = self.selected_names()
        if not names:
            return
        answer = QMessageBox.question(self, self.tr("Delete voices"), self.tr(
            "Delete %s? The voice folders go to the system trash, where there is one.") % ", ".join(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(names)

    def delete(self, names: list[str], permanently_if_no_trash: bool | None = None) -> list[str]:
        """Move each voice's folder to the system trash; where there is none, delete it for good once the user
        agrees (`permanently_if_no_trash` answers for them). Returns the names that went."""
        from svcdesk.errors import SvcdeskError

        gone = []
        for name in names:
            entry = self._entries.get(name)
            if entry is None:
                continue
            if QFile.moveToTrash(str(entry.folder)):
                gone.append(name)
                continue
            agree = permanently_if_no_trash
            if agree is None:
                agree = QMessageBox.question(self, self.tr("Delete voices"), self.tr(
                    "There is no system trash here. Delete %s permanently?") % name) == QMessageBox.StandardButton.Yes
            if agree:
                try:
                    self.library().remove(name)
                    gone.append(name)
                except (SvcdeskError, OSError) as exc:
                    self._show_status(self.tr("Not deleted: %s") % translate_message(exc))
        self.reload()
        if gone:
            self._show_status(self.tr("Deleted %s.") % ", ".join(gone))
        return gone

    # ---- merging, exporting --------------------------------------------------------------------------------------
    def open_merge(self):
        from svcdesk.gui.dialogs.merge_voices import MergeVoicesDialog

        names = self.selected_names()
        dialog = MergeVoicesDialog(self.context, list(self._entries.values()), names[:2], self)
        dialog.merged.connect(self._after_merge)
        dialog.show()
        return dialog

    def _after_merge(self, name: str) -> None:
        self.reload()
        self.select(name)
        self._show_status(self.tr("Merged into the new voice %s.") % name)

    def export_selected(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        from svcdesk.inference.index import _safe_name

        suggested = str(Path(QDir.homePath()) / f"{_safe_name(names[0])}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the voice"), suggested, self.tr("Zip (*.zip)"))
        if path:
            self.export(names[0], path)

    def export(self, name: str, path: str) -> None:
        from svcdesk.library.export import VoiceExportedZip, export_voice_zip

        if self._job is not None:
            return
        self._begin(self.tr("Exporting %s…") % name)

        def on_event(event: object) -> None:
            if isinstance(event, Progress):
                self._show_progress(event)
            elif isinstance(event, VoiceExportedZip):
                self._show_status(self.tr("Wrote %s (%s).") % (event.path, ", ".join(event.members)))

        self._job = start_job(export_voice_zip, name, path, library=self.library(), on_event=on_event,
                              on_error=lambda message, _exc: self._show_status(self.tr("Not exported: %s") % message),
                              on_finished=self._on_job_finished, parent=self)
        self._update_buttons()

    def open_folder(self) -> None:
        root = self.library().root
        root.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(root)))

    # ---- jobs and state --------------------------------------------------------------------------------------------
    def _begin(self, text: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._show_status(text)

    def _show_progress(self, event: Progress) -> None:
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(min(event.done, event.total))
        if event.message:
            self._show_status(translate_message(event.message))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.quit()
            self._show_status(self.tr("Cancelled; nothing was added."))

    def is_busy(self) -> bool:
        return self._job is not None

    def _on_job_finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._job is not None
        names = self.selected_names() if hasattr(self, "table") else []
        usable = [n for n in names if n in self._entries and not self._entries[n].problem]
        self.cancel_button.setEnabled(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.import_files_button, self.import_folder_button):
            button.setEnabled(not busy)
        self.url_button.setEnabled(not busy and bool(self.url_edit.text().strip()))
        self.edit_button.setEnabled(len(usable) == 1)
        self.export_button.setEnabled(len(usable) == 1 and not busy)
        self.delete_button.setEnabled(bool(names) and not busy)
        self.merge_button.setEnabled(sum(1 for e in self._entries.values() if not e.problem) >= 2)
        self.merge_button.setToolTip(self.tr("Blend two voices of the same sample rate, version and pitch setting.")
                                     if self.merge_button.isEnabled() else self.tr("The library needs two voices."))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def page_shown(self) -> None:
        if self._job is None:
            self.reload()

    def shutdown(self) -> None:
        if self._job is not None:
            self._job.quit()
