"""The window before the main window: the welcome pages (first run) or the unlock screen
(a vault is known). It hands on an open context once, through :attr:`StartWindow.vault_ready`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from vink_desktop.ui.unlock import UnlockWidget
from vink_desktop.ui.vault_access import VaultAccess

if TYPE_CHECKING:
    from vink_desktop.ui.welcome import WelcomeWidget


class StartWindow(QWidget):
    """The window before the main window: the welcome pages or the unlock screen.

    Emits :attr:`vault_ready` with an open context, once.
    """

    vault_ready = Signal(object)

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_window")
        self.setWindowTitle(self.tr("VINK Desktop"))
        self._access = access
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("start_pages")
        self._welcome: WelcomeWidget | None = None
        self.unlock: UnlockWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def welcome(self) -> WelcomeWidget:
        """The welcome pages, built when first wanted: a start at the unlock screen (a vault
        is known) neither builds nor imports them (see docs/performance.md)."""
        if self._welcome is None:
            from vink_desktop.ui.welcome import WelcomeWidget

            self._welcome = WelcomeWidget(self._access, self)
            self.stack.insertWidget(0, self._welcome)
            self._welcome.created.connect(self.vault_ready)
            self._welcome.open_requested.connect(self.show_unlock)
        return self._welcome

    def sizeHint(self) -> QSize:
        # A comfortable first size from the font, not fixed pixels.
        em = self.fontMetrics().height()
        return QSize(52 * em, 38 * em).expandedTo(self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        # Word-wrapped labels need more height at the narrowest width than Qt's minimum
        # size assumes; ask the layout for the height at that width.
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
        return hint

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.show_choice()

    def show_unlock(self, folder: Path) -> None:
        if self.unlock is not None:
            self.stack.removeWidget(self.unlock)
            self.unlock.deleteLater()
        self.unlock = UnlockWidget(folder, self._access, self)
        self.unlock.unlocked.connect(self.vault_ready)
        self.unlock.other_vault_requested.connect(self._other_vault)
        self.stack.addWidget(self.unlock)
        self.stack.setCurrentWidget(self.unlock)
        self.unlock.passphrase.setFocus()

    def _other_vault(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.show_open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A vault created but not yet handed on (the recovery key page) is closed here.
        pending = self._welcome.pending_context() if self._welcome is not None else None
        if pending is not None and pending.vault.is_open:
            from vink_desktop.services import vault_service

            vault_service.close(pending)
        super().closeEvent(event)
