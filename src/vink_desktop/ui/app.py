"""The desktop app's composition: QApplication, translations, the exception hook, and the
controller that goes from the start window (welcome or unlock) to the main window.

``vink-desktop gui [--lang da|en] [--vault FOLDER]`` calls :func:`run_gui`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from vink_desktop.storage.paths import VaultPaths, default_vault_dir
from vink_desktop.ui.crash_report import ExceptionHook
from vink_desktop.ui.settings import (
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LAST_VAULT_FOLDER,
    Settings,
    validated_language,
)
from vink_desktop.ui.start_window import StartWindow
from vink_desktop.ui.vault_access import VaultAccess

if TYPE_CHECKING:
    # The main window, the lock and the services are imported when a vault is ready, not
    # before the start window shows (see docs/performance.md).
    from vink_desktop.services.context import Context
    from vink_desktop.ui.event_bridge import EventBridge
    from vink_desktop.ui.lock import IdleWatcher, ScreenLock
    from vink_desktop.ui.main_window import MainWindow

#: The application property the views read to choose framework texts (see course_texts).
LANGUAGE_PROPERTY = "vink_language"
#: Registers the views on a new main window; replaced in tests.
ViewRegistrar = Callable[["MainWindow", "Context", "EventBridge"], None]


# -- translations ---------------------------------------------------------------------------


@contextlib.contextmanager
def _packaged_qm(language: str) -> Iterator[Path | None]:
    resource = importlib.resources.files("vink_desktop.resources").joinpath(
        "i18n", f"vink_{language}.qm"
    )
    if not resource.is_file():
        yield None
        return
    with importlib.resources.as_file(resource) as path:
        yield path


def install_translators(
    app: QCoreApplication, language: str, *, qm_dir: Path | None = None
) -> list[QTranslator]:
    """Load Qt's own catalogue (``qtbase_da``) and ours for ``language``; set the locale.

    Ours comes from the package's ``resources/i18n/vink_<language>.qm`` (built by
    ``make translations``) unless ``qm_dir`` names another folder. Returns the translators,
    which must be kept alive (and can be removed with :func:`remove_translators`).
    """
    language = validated_language(language)
    if language == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setProperty(LANGUAGE_PROPERTY, language)
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if qm_dir is not None:
        loaded = ours.load(f"vink_{language}", str(qm_dir))
    else:
        with _packaged_qm(language) as path:
            loaded = path is not None and ours.load(str(path))
    if loaded:
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# -- the views ------------------------------------------------------------------------------


translate = QCoreApplication.translate


def register_available_views(window: MainWindow, ctx: Context, bridge: EventBridge) -> None:
    """The views of the main window, by kind of vault, and how they lead to each other.

    A field laptop: its courses, its reports of concern and outreach, follow-up, its own
    figures, and the sync panel. The office: every course, the dashboard, follow-up,
    reports of concern, outreach, batch import and the devices. Imported here, after
    unlock, to keep them out of the start path.
    """
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.ui.concern_reports_view import ConcernReportsView
    from vink_desktop.ui.courses_view import CoursesView
    from vink_desktop.ui.dashboard_view import DashboardView
    from vink_desktop.ui.follow_up_view import FollowUpView
    from vink_desktop.ui.outreach_view import OutreachView
    from vink_desktop.ui.records_actions import RecordsActions

    office = ctx.vault.kind is VaultKind.OFFICE
    courses = CoursesView(ctx, window, bridge=bridge)
    dashboard = DashboardView(ctx, window, bridge=bridge)
    follow_up = FollowUpView(ctx, window, bridge=bridge)
    concerns = ConcernReportsView(ctx, window, bridge=bridge)
    outreach = OutreachView(ctx, window, bridge=bridge)
    window.add_view("courses", translate("MainWindow", "Courses"), courses)
    window.add_view("follow_up", translate("MainWindow", "Follow-up"), follow_up)
    window.add_view("dashboard", translate("MainWindow", "Success criteria"), dashboard)
    window.add_view("concerns", translate("MainWindow", "Reports of concern"), concerns)
    window.add_view("outreach", translate("MainWindow", "Outreach"), outreach)
    _add_sync_views(window, ctx, bridge, office)

    def show_course(course_id: str) -> None:
        window.show_view("courses")
        courses.open_course(course_id)

    def show_report(report_id: str) -> None:
        window.show_view("concerns")
        concerns.select_report(report_id)

    follow_up.course_requested.connect(show_course)
    follow_up.report_requested.connect(show_report)
    dashboard.course_requested.connect(show_course)
    window.records_actions = RecordsActions(window, ctx)
    if office:
        from vink_desktop.ui.recovery_answer_dialog import OfficeRecoveryActions

        window.office_recovery_actions = OfficeRecoveryActions(window, ctx)


def _add_sync_views(window: MainWindow, ctx: Context, bridge: EventBridge, office: bool) -> None:
    if office:
        from vink_desktop.ui.devices_view import DevicesView
        from vink_desktop.ui.sync_import_view import SyncImportView

        batches = SyncImportView(ctx, window, bridge=bridge)
        window.add_view("sync_import", translate("MainWindow", "Batch import"), batches)
        devices = DevicesView(ctx, window, bridge=bridge)
        window.add_view("devices", translate("MainWindow", "Devices"), devices)
    else:
        from vink_desktop.ui.sync_panel import SyncPanel

        panel = SyncPanel(ctx, window, bridge=bridge, settings=window.settings)
        window.add_view("sync", translate("MainWindow", "Sync with the office"), panel)


# -- the controller -------------------------------------------------------------------------


def initial_folder(settings: Settings, explicit: Path | None = None) -> Path | None:
    """The vault to offer for unlocking: ``--vault``/``$VINK_VAULT``, the last one used, or
    the default folder; ``None`` when there is none yet (the welcome screen shows)."""
    candidates: list[Path] = []
    if explicit is not None:
        candidates.append(explicit)
    last = settings.get(LAST_VAULT_FOLDER)
    if last:
        candidates.append(Path(last))
    candidates.append(default_vault_dir())
    for folder in candidates:
        if VaultPaths(folder).exists():
            return folder
    return None


class AppController(QObject):
    """From the start window to the main window, the lock in between, and the language.

    ``qm_dir`` is where our ``.qm`` catalogues are (the package's when ``None``).
    """

    def __init__(
        self,
        settings: Settings,
        access: VaultAccess,
        *,
        register_views: ViewRegistrar = register_available_views,
        watcher_factory: Callable[[QObject], IdleWatcher] | None = None,
        qm_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.access = access
        self._register_views = register_views
        self._watcher_factory = watcher_factory
        self._qm_dir = qm_dir
        self._translators: list[QTranslator] = []
        #: The stored language as last seen: a switch follows a change of the setting only
        #: (``--lang`` may have chosen another one for this run).
        self._language_setting = validated_language(settings.get(LANGUAGE))
        self.start_window: StartWindow | None = None
        self.main_window: MainWindow | None = None
        self.screen_lock: ScreenLock | None = None
        self.bridge: EventBridge | None = None
        self.ctx: Context | None = None

    def start(self, folder: Path | None = None) -> StartWindow:
        window = StartWindow(self.access)
        window.vault_ready.connect(self._vault_ready)
        if folder is not None:
            window.show_unlock(folder)
        else:
            window.show_welcome()
        window.resize(window.sizeHint().expandedTo(window.minimumSizeHint()))
        window.show()
        self.start_window = window
        return window

    def _vault_ready(self, ctx: Context) -> None:
        self.ctx = ctx
        self.settings.set(LAST_VAULT_FOLDER, str(ctx.vault.paths.folder))
        window = self._build_main_window(ctx)
        window.show()
        if self.start_window is not None:
            self.start_window.close()
            self.start_window.deleteLater()
            self.start_window = None

    def _build_main_window(self, ctx: Context) -> MainWindow:
        """A main window with its views, its event bridge and its screen lock."""
        from vink_desktop.ui.event_bridge import EventBridge
        from vink_desktop.ui.lock import ScreenLock
        from vink_desktop.ui.main_window import MainWindow

        window = MainWindow(ctx, self.settings)
        self.bridge = EventBridge(ctx.events, window)
        self._register_views(window, ctx, self.bridge)
        watcher = self._watcher_factory(window) if self._watcher_factory else None
        self.screen_lock = ScreenLock(
            window,
            ctx,
            self.access,
            idle_minutes=max(1, self.settings.get(IDLE_LOCK_MINUTES)),
            watcher=watcher,
        )
        window.settings_applied.connect(self._settings_applied)
        self.main_window = window
        return window

    def _settings_applied(self) -> None:
        if self.screen_lock is not None:
            self.screen_lock.set_idle_minutes(max(1, self.settings.get(IDLE_LOCK_MINUTES)))
        language = validated_language(self.settings.get(LANGUAGE))
        if language != self._language_setting:
            self._language_setting = language
            self.switch_language(language)

    # -- the language -----------------------------------------------------------------------

    def use_language(self, language: str) -> None:
        """Put the catalogues for ``language`` in place of the ones installed before."""
        app = QCoreApplication.instance()
        assert app is not None
        self.remove_translations()
        self._translators = install_translators(app, language, qm_dir=self._qm_dir)

    def remove_translations(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            remove_translators(app, self._translators)
        self._translators = []

    def switch_language(self, language: str) -> None:
        """Use ``language`` at once: new catalogues, and the main window built again for
        the same open vault, back where it was.

        The texts are set when a widget is built, so the window is rebuilt rather than
        retranslated. The old views hand over as for the lock, with the vault left open:
        drafts saved (encrypted, in the vault), views cleared, each one's place handed to
        its successor, which opens its draft again. The old window, its bridge and its
        lock go; the new window has its own.
        """
        language = validated_language(language)
        app = QCoreApplication.instance()
        if app is not None and app.property(LANGUAGE_PROPERTY) == language:
            return
        self.use_language(language)
        old, ctx = self.main_window, self.ctx
        if old is None or ctx is None or not ctx.vault.is_open or old.locked:
            return  # nothing to rebuild (no window yet, or locked: the new words come later)
        geometry, window_state, state = old.normalGeometry(), old.windowState(), old.saveState()
        current = old.current_view_key()
        old.save_drafts()
        old.clear_views()
        points = old.resume_points()
        if self.screen_lock is not None:
            self.screen_lock.close()
        if self.bridge is not None:
            self.bridge.close()
        window = self._build_main_window(ctx)
        window.setGeometry(geometry)
        window.setWindowState(window_state)
        window.restoreState(state)
        window.resume_views_at(points)
        if current is not None:
            window.show_view(current)
        window.show()
        window.activateWindow()
        old.close()
        old.deleteLater()

    def shutdown(self) -> None:
        """Stop the lock, the bridge, and close the vault (the main window saved drafts)."""
        if self.screen_lock is not None:
            self.screen_lock.close()
        if self.bridge is not None:
            self.bridge.close()
        if self.ctx is not None and self.ctx.vault.is_open:
            from vink_desktop.services import vault_service

            vault_service.close(self.ctx)
        if self.start_window is not None:
            self.start_window.close()


# -- entry point ----------------------------------------------------------------------------


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName("VINK")
    app.setApplicationName("vink-desktop")
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("VINK Desktop")


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    settings = Settings()
    language = validated_language(getattr(args, "lang", None) or settings.get(LANGUAGE))
    controller = AppController(settings, VaultAccess())
    controller.use_language(language)
    hook = ExceptionHook()
    hook.install()
    explicit = getattr(args, "vault", None)
    folder = initial_folder(settings, Path(explicit).expanduser() if explicit else None)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start(folder)
    try:
        return app.exec()
    finally:
        controller.shutdown()
        hook.uninstall()
        controller.remove_translations()
