"""The main window: a shell of menus, a toolbar, a navigation list, a status bar and a stack
of views. The views do the work; they are registered with :meth:`MainWindow.add_view`.

A view is any ``QWidget``. To survive the idle lock it implements :class:`Lockable`:

* ``save_draft()``: keep what is being typed (through ``services.sessions.save_draft``); the
  vault is still open when this is called;
* ``clear()``: drop every record from models and widgets; the vault closes right after;
* ``restore(ctx)``: reload from ``ctx`` (the same context object, with the vault open
  again) and bring the draft back.

Each method is optional: the window calls what a view has.

When the language changes, the app builds a new main window for the same open vault
(``ui/app.py``): the old views save their drafts and clear as for the lock, and the new ones
start where the old ones were. A view that remembers a place at ``clear()`` (an open course,
the editor, a filter) hands it over with :class:`Resumable`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vink_desktop import __version__
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context
from vink_desktop.ui.settings import (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
    SettingsDialog,
)
from vink_desktop.ui.widgets import explanation, heading


@runtime_checkable
class Lockable(Protocol):
    """What a view implements to keep its draft across the idle lock."""

    def save_draft(self) -> None: ...

    def clear(self) -> None: ...

    def restore(self, ctx: Context) -> None: ...


@runtime_checkable
class Resumable(Protocol):
    """What a view implements to hand its place over to its successor in a new window."""

    def resume_point(self) -> object:
        """Where the view was at the last ``clear()``: ids and choices, no record content."""
        ...

    def resume_at(self, point: object) -> None:
        """Go to ``point`` (from a view of the same kind); its draft comes back from the vault."""
        ...


@dataclass
class RegisteredView:
    key: str
    title: str
    widget: QWidget
    item: QListWidgetItem
    action: QAction


class MainWindow(QMainWindow):
    #: The person asked to lock (Ctrl+L or File → Lock); the screen lock acts on it.
    lock_requested = Signal()
    #: Emitted by the screen lock just before drafts are saved and the vault closes.
    about_to_lock = Signal()
    #: The settings dialog was accepted (a preference may have changed).
    settings_applied = Signal()

    def __init__(self, ctx: Context, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("VINK Desktop"))
        self.ctx = ctx
        self.settings = settings
        self.locked = False
        self._views: dict[str, RegisteredView] = {}
        #: File → Import/Export records (ui.records_actions), installed with the views.
        self.records_actions: QObject | None = None
        # File → Recovery answer for a laptop… (office; ui.recovery_answer_dialog).
        self.office_recovery_actions: QObject | None = None

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_window_state()
        self.refresh_status()

    # -- building --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_lock = QAction(self.tr("&Lock"), self)
        self.action_lock.setObjectName("action_lock")
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.action_lock.triggered.connect(self.lock_requested)

        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setObjectName("action_settings")
        self.action_settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.triggered.connect(self.open_settings)

        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setObjectName("action_quit")
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)

        self.action_about = QAction(self.tr("&About VINK Desktop"), self)
        self.action_about.setObjectName("action_about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)

        self._view_actions = QActionGroup(self)
        self._view_actions.setExclusive(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("file_menu")
        self.file_menu.addAction(self.action_lock)
        self.file_menu.addAction(self.action_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("view_menu")
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.action_lock)
        self.toolbar.addAction(self.action_settings)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("view_stack")
        self.placeholder: QWidget | None = self._placeholder_page()
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.navigation, 0)
        layout.addWidget(self.stack, 1)
        self.navigation.setVisible(False)
        self.setCentralWidget(central)

    def _placeholder_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("placeholder_view")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = heading(self.tr("The vault is open"), page)
        text = explanation(
            self.tr(
                "No views are installed in this version yet. Your data is safe in the"
                " encrypted vault; lock with Ctrl+L when you leave the computer."
            ),
            page,
        )
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("status_bar")
        self.status_worker = QLabel(bar)
        self.status_worker.setObjectName("status_worker")
        self.status_kind = QLabel(bar)
        self.status_kind.setObjectName("status_vault_kind")
        self.status_lock = QLabel(bar)
        self.status_lock.setObjectName("status_lock")
        for index, label in enumerate((self.status_worker, self.status_kind, self.status_lock)):
            if index:
                separator = QFrame(bar)
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def _restore_window_state(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)

    def sizeHint(self) -> QSize:
        # A comfortable first size from the font, not fixed pixels.
        em = self.fontMetrics().height()
        return QSize(60 * em, 38 * em)

    # -- views -----------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget) -> None:
        """Register a view under ``key`` with a translated ``title``; the first one shows."""
        if key in self._views:
            raise ValueError(f"a view {key!r} is already registered")
        if self.placeholder is not None:
            self.stack.removeWidget(self.placeholder)
            self.placeholder.setParent(None)
            self.placeholder.deleteLater()
            self.placeholder = None
        widget.setParent(self.stack)
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        action = QAction(title, self)
        action.setObjectName(f"action_view_{key}")
        action.setCheckable(True)
        if len(self._views) < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{len(self._views) + 1}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self._view_actions.addAction(action)
        self.view_menu.addAction(action)
        self._views[key] = RegisteredView(key, title, widget, item, action)
        self.navigation.setVisible(True)
        if len(self._views) == 1:
            self.show_view(key)

    def view(self, key: str) -> QWidget | None:
        registered = self._views.get(key)
        return registered.widget if registered else None

    def view_keys(self) -> list[str]:
        return list(self._views)

    def show_view(self, key: str) -> None:
        registered = self._views[key]
        self.stack.setCurrentWidget(registered.widget)
        registered.action.setChecked(True)
        row = self.navigation.row(registered.item)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)

    def current_view_key(self) -> str | None:
        widget = self.stack.currentWidget()
        for registered in self._views.values():
            if registered.widget is widget:
                return registered.key
        return None

    def _navigate(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None:
            self.show_view(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- the lock --------------------------------------------------------------------------

    def save_drafts(self) -> None:
        self._each_view("save_draft")

    def clear_views(self) -> None:
        self._each_view("clear")

    def restore_views(self, ctx: Context) -> None:
        self.ctx = ctx
        self._each_view("restore", ctx)
        self.refresh_status()

    def resume_points(self) -> dict[str, object]:
        """Each :class:`Resumable` view's place, by key (call after :meth:`clear_views`)."""
        return {
            registered.key: registered.widget.resume_point()
            for registered in self._views.values()
            if isinstance(registered.widget, Resumable)
        }

    def resume_views_at(self, points: dict[str, object]) -> None:
        """Send each view to the place its predecessor handed over."""
        for key, point in points.items():
            registered = self._views.get(key)
            if registered is None or not isinstance(registered.widget, Resumable):
                continue
            try:
                registered.widget.resume_at(point)
            except Exception:
                sys.excepthook(*sys.exc_info())

    def _each_view(self, method: str, *args: object) -> None:
        """Call ``method`` on every view that has it. One view's failure is reported through
        the exception hook and does not stop the others (nor the lock)."""
        for registered in self._views.values():
            call = getattr(registered.widget, method, None)
            if callable(call):
                try:
                    call(*args)
                except Exception:
                    sys.excepthook(*sys.exc_info())

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.menuBar().setEnabled(not locked)
        self.toolbar.setEnabled(not locked)
        for action in (self.action_lock, self.action_settings, *self._view_actions.actions()):
            action.setEnabled(not locked)
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.locked:
            self.status_lock.setText(self.tr("Locked"))
            return
        info = vault_service.vault_info(self.ctx) if self.ctx.vault.is_open else None
        kinds = {"field": self.tr("Field vault"), "office": self.tr("Office vault")}
        if info is not None:
            self.status_worker.setText(info.worker_name)
            self.status_worker.setAccessibleName(self.tr("Worker"))
            self.status_kind.setText(kinds.get(info.kind, info.kind))
        self.status_lock.setText(self.tr("Unlocked"))

    # -- dialogs ---------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ctx, self.settings, self)
        dialog.accepted.connect(self.settings_applied)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("about_dialog")
        box.setWindowTitle(self.tr("About VINK Desktop"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            self.tr(
                "VINK Desktop {version}\n\nCase records and progress for 1-1 mentoring and"
                " parent coaching, kept in an encrypted vault on this computer.\n\n"
                "Copenhagen Municipality, VINK."
            ).format(version=__version__)
        )
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.locked and self.ctx.vault.is_open:
            self.save_drafts()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        super().closeEvent(event)
