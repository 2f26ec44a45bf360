"""The session editor's draft: what is typed is saved (encrypted, in the vault) about a second
after the last change under ``session:<course id>:<session id or "new">``, restored when the
editor opens again, and discarded on save or cancel. A status line under the form says
which of these happened last.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from vink_desktop.services import sessions as session_service
from vink_desktop.services.context import COPENHAGEN, Context

#: How long after the last keystroke a draft is written.
DRAFT_DELAY_MS = 1000


def draft_key(course_id: str, session_id: str | None) -> str:
    return f"session:{course_id}:{session_id or 'new'}"


class SessionDraft(QObject):
    """Keeps the draft of a form under :attr:`key` (:func:`draft_key`; set it again when a
    new session has been saved); ``payload`` gives the form as plain data.

    :attr:`status` is the status line to show. :attr:`settled` is emitted about a second after
    the last change, once the draft has been written (only while the vault is open)."""

    settled = Signal()

    def __init__(
        self,
        ctx: Context,
        key: str,
        payload: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.key = key
        self._payload = payload
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setObjectName("draftTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._on_timer)
        self.status = QLabel()
        self.status.setObjectName("draftStatus")
        self.status.setWordWrap(True)

    def is_dirty(self) -> bool:
        return self._dirty

    def changed(self) -> None:
        """The form changed: the draft is written when the typing pauses."""
        self._dirty = True
        self.status.setText(self.tr("Changed; the draft is saved as you type"))
        self._timer.start()

    def save(self) -> None:
        """Write the form to the encrypted draft now (before a lock, on close)."""
        self._timer.stop()
        if not self._dirty or not self._ctx.vault.is_open:
            return
        session_service.save_draft(self._ctx, self.key, self._payload())
        self._dirty = False
        now = self._ctx.clock.now().astimezone(COPENHAGEN)
        self.status.setText(self.tr("Draft saved {time}").format(time=f"{now:%H:%M}"))

    def discard(self) -> None:
        self._timer.stop()
        self._dirty = False
        session_service.discard_draft(self._ctx, self.key)

    def restore(self, apply: Callable[[dict[str, Any]], None]) -> bool:
        """Hand a stored draft to ``apply``; False when there is none."""
        draft = session_service.load_draft(self._ctx, self.key)
        if draft is None:
            return False
        apply(draft)
        self.status.setText(self.tr("Unsaved draft restored"))
        return True

    def _on_timer(self) -> None:
        if not self._ctx.vault.is_open:
            return
        self.save()
        self.settled.emit()
