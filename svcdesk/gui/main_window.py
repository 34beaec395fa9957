"""The main window: sidebar of pages (imported when first shown), status bar, log panel, menus."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDir, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from svcdesk.gui.context import AppContext
from svcdesk.gui.dialogs import DIALOGS
from svcdesk.gui.pages import PAGES, load_target, target_available
from svcdesk.gui.settings import app_log_dir
from svcdesk.gui.widgets.log_panel import LogPanel

log = logging.getLogger("svcdesk.gui")

KEY_ROLE = Qt.ItemDataRole.UserRole


class PagePlaceholder(QWidget):
    """Stands in for a page until it is first shown, or when its module failed to load."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(text, self)
        label.setObjectName("PageHint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("svcdesk")
        self.setObjectName("MainWindow")
        self.pages: dict[str, QWidget] = {}  # key -> page instance (only pages already shown)
        self._page_index: dict[str, int] = {}
        self._dialogs: dict[str, QWidget] = {}

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        for key, title, target in PAGES:
            available = target_available(target)
            item = QListWidgetItem(self.tr(title) if available else self.tr("%s (coming)") % self.tr(title))
            item.setData(KEY_ROLE, key)
            if not available:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("This page arrives in a later version of svcdesk."))
            self.sidebar.addItem(item)
            self._page_index[key] = self.stack.addWidget(PagePlaceholder(self.tr("Loading %s...") % self.tr(title), self))
        self.sidebar.currentItemChanged.connect(self._sidebar_changed)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.log_panel = LogPanel(context.log_bridge, context.log_handler, app_log_dir(), self)
        self.log_dock = QDockWidget(self.tr("Log"), self)
        self.log_dock.setObjectName("LogDock")
        self.log_dock.setWidget(self.log_panel)
        self.log_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.log_dock.setVisible(context.settings.log_panel_visible)

        self._build_status_bar()
        self._build_menus()
        context.project_changed.connect(self._project_changed)
        context.status_message.connect(self._show_status)
        context.background_progress.connect(self._background_progress)
        context.file_requested.connect(lambda _file_id: self.show_page("slicer"))
        if context.log_bridge is not None:
            context.log_bridge.line.connect(self._log_line)
        self._restore_window()

    # -- construction --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.background_bar = QProgressBar(self)
        self.background_bar.setMaximumWidth(220)
        self.background_bar.setVisible(False)
        self.project_label = QLabel(self.tr("No project"), self)
        bar.addPermanentWidget(self.background_bar)
        bar.addPermanentWidget(self.project_label)

    def _build_menus(self) -> None:
        titles = {"File": self.tr("&File"), "View": self.tr("&View"), "Tools": self.tr("&Tools"), "Help": self.tr("&Help")}
        menus = {name: self.menuBar().addMenu(title) for name, title in titles.items()}
        file_menu = menus["File"]
        self.new_action = file_menu.addAction(self.tr("&New project..."), QKeySequence.StandardKey.New, self.new_project)
        self.open_action = file_menu.addAction(self.tr("&Open project..."), QKeySequence.StandardKey.Open, self.open_project_dialog)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.tr("Open &demo project"), self.context.open_demo_project)
        file_menu.addSeparator()

        view_menu = menus["View"]
        group = QActionGroup(self)
        self.page_actions: dict[str, QAction] = {}
        for number, (key, title, target) in enumerate(PAGES, start=1):
            action = QAction(self.tr(title), self, checkable=True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setEnabled(target_available(target))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            group.addAction(action)
            view_menu.addAction(action)
            self.page_actions[key] = action
        view_menu.addSeparator()
        toggle_log = self.log_dock.toggleViewAction()
        toggle_log.setText(self.tr("&Log panel"))
        toggle_log.setShortcut(QKeySequence("Ctrl+L"))
        view_menu.addAction(toggle_log)

        tools_menu = menus["Tools"]
        self.device_menu = tools_menu.addMenu(self.tr("Audio &output device"))
        self.device_menu.aboutToShow.connect(self._fill_device_menu)

        help_menu = menus["Help"]
        help_menu.addAction(self.tr("Open &log folder"), self.log_panel.open_log_folder)
        help_menu.addAction(self.tr("&About svcdesk"), self._about)

        for key, title, target, menu_name in DIALOGS:
            if target_available(target) and menu_name in menus:
                menus[menu_name].addAction(self.tr(title), lambda k=key: self.open_dialog(k))
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

    def _restore_window(self) -> None:
        settings = self.context.settings
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.window_state()
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.log_dock], [150], Qt.Orientation.Vertical)
        keys = [key for key, _, target in PAGES if target_available(target)]
        start = settings.current_page if settings.current_page in keys else (keys[0] if keys else "")
        self._select_sidebar(start)

    # -- pages ---------------------------------------------------------------------------------
    @property
    def current_page_key(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(KEY_ROLE) if item is not None else ""

    def show_page(self, key: str) -> QWidget | None:
        """Make `key` the current page, importing and building it on first use."""
        self._select_sidebar(key)
        return self.pages.get(key)

    def _select_sidebar(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(KEY_ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                if self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)
                return

    @Slot(QListWidgetItem, QListWidgetItem)
    def _sidebar_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        key = current.data(KEY_ROLE)
        self.stack.setCurrentIndex(self._page_index[key])
        self.context.settings.current_page = key
        if key in self.page_actions:
            self.page_actions[key].setChecked(True)
        if self.isVisible():
            self.ensure_page(key)

    def ensure_page(self, key: str) -> QWidget | None:
        """Build page `key` if it is not built yet (its module is imported here, not at start-up)."""
        if key in self.pages:
            page = self.pages[key]
        else:
            target = next(t for k, _, t in PAGES if k == key)
            try:
                page = load_target(target)(self.context, self)
            except Exception as exc:  # noqa: BLE001 - a broken page must not take the window down
                log.exception("the %s page failed to load", key)
                page = PagePlaceholder(self.tr("This page failed to load: %s\nSee the log panel for details.") % exc, self)
            index = self._page_index[key]
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = page
            if self.current_page_key == key:
                self.stack.setCurrentIndex(index)
        if self.current_page_key == key and hasattr(page, "page_shown"):
            page.page_shown()
        return page

    def load_current_page(self) -> None:
        key = self.current_page_key
        if key:
            self.ensure_page(key)

    # -- dialogs -------------------------------------------------------------------------------
    def open_dialog(self, key: str) -> QWidget | None:
        """Open a registered dialog (non-modal; one instance at a time)."""
        dialog = self._dialogs.get(key)
        if dialog is None:
            target = next(t for k, _, t, _ in DIALOGS if k == key)
            try:
                dialog = load_target(target)(self)
            except Exception as exc:  # noqa: BLE001
                log.exception("the %s dialog failed to open", key)
                self.context.report_error(self.tr("This window failed to open: %s") % exc)
                return None
            if hasattr(dialog, "choice_made"):
                dialog.choice_made.connect(self.carry_out_choice)
            self._dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    @Slot(str)
    def carry_out_choice(self, choice: str) -> None:
        """What the welcome dialog asked for: "demo", "new" or "open"."""
        actions = {"demo": self.context.open_demo_project, "new": self.new_project, "open": self.open_project_dialog}
        if choice in actions:
            actions[choice]()

    # -- projects ------------------------------------------------------------------------------
    def new_project(self) -> None:
        from svcdesk.gui.dialogs.new_project import NewProjectDialog

        dialog = NewProjectDialog(Path(QDir.homePath()), self)
        if dialog.exec():
            self.context.create_project(dialog.project_path(), name=dialog.name.text().strip(),
                                        sample_rate=dialog.sample_rate())

    def open_project_dialog(self) -> None:
        start = self.context.settings.last_project or QDir.homePath()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open project folder"), str(Path(start).parent))
        if folder:
            self.context.open_project(folder)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_projects()
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.context.open_project(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.context.settings.clear_recent_projects)

    @Slot(object)
    def _project_changed(self, project) -> None:
        if project is None:
            self.project_label.setText(self.tr("No project"))
            self.setWindowTitle("svcdesk")
        else:
            self.project_label.setText(self.tr("Project: %s") % project.name)
            self.project_label.setToolTip(str(project.root))
            self.setWindowTitle(f"{project.name} - svcdesk")

    def start_up(self) -> None:
        """After the window is shown: build the current page, then open a project: the one given,
        else the last one, else on the first launch the demo (with the welcome dialog over it)."""
        self.load_current_page()
        settings = self.context.settings
        if self.context.project is None and settings.last_project and Path(settings.last_project).is_dir():
            self.context.open_project(settings.last_project)
        if self.context.project is None and not settings.first_launch_done:
            # The demo is the default (it opens while the welcome dialog offers the other choices;
            # opening another project there keeps the demo from replacing it).
            settings.mark_first_launch_done()
            self.context.open_demo_project()
            welcome = next((t for k, _, t, _ in DIALOGS if k == "welcome"), None)
            if welcome is not None and target_available(welcome):
                self.open_dialog("welcome")

    # -- status --------------------------------------------------------------------------------
    @Slot(str, int)
    def _show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    @Slot(str, int, int)
    def _background_progress(self, text: str, done: int, total: int) -> None:
        if total < 0:
            self.background_bar.setVisible(False)
            return
        self.background_bar.setVisible(True)
        if text:
            self.statusBar().showMessage(text)
        self.background_bar.setRange(0, max(total, 0))
        self.background_bar.setValue(done)
        self.background_bar.setFormat(f"{text} %p%" if total > 0 else text)
        self.background_bar.setToolTip(text)

    @Slot(object)
    def _log_line(self, line) -> None:
        # The status bar is for what no page shows: a job's error stays on the page that ran the job.
        if line.level >= logging.WARNING and not line.shown_in_page:
            self.statusBar().showMessage(line.message, 10000)

    # -- audio device --------------------------------------------------------------------------
    def _fill_device_menu(self) -> None:
        from svcdesk.gui.playback import output_devices

        self.device_menu.clear()
        current = self.context.settings.output_device
        group = QActionGroup(self.device_menu)
        for name in ["", *[n for _, n in output_devices()]]:
            action = self.device_menu.addAction(name or self.tr("System default"))
            action.setCheckable(True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _=False, n=name: self.set_output_device(n))
            group.addAction(action)
        if len(group.actions()) == 1:
            self.device_menu.addAction(self.tr("(no output devices found)")).setEnabled(False)

    def set_output_device(self, name: str) -> None:
        self.context.settings.output_device = name
        if self.context.has_player:
            self.context.player.set_device(name or None)
        self.context.show_status(self.tr("Audio output: %s") % (name or self.tr("system default")))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About svcdesk"), self.tr(
            "svcdesk - a desktop studio for singing-voice conversion, compatible with RVC v2 model files.\n\n"
            "The demo project's voice is synthetic."))

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.context.settings
        settings.save_window(self.saveGeometry(), self.saveState())
        settings.log_panel_visible = self.log_dock.isVisible()
        for page in list(self.pages.values()) + list(self._dialogs.values()):
            if hasattr(page, "shutdown"):
                try:
                    page.shutdown()
                except Exception:  # noqa: BLE001 - closing must go on whatever a page does
                    log.exception("shutting down %s failed", type(page).__name__)
        self.context.shutdown()
        settings.sync()
        super().closeEvent(event)
