"""One open record dialog per view, kept across the idle lock.

A view opens its dialogs through :class:`DialogHost`. The dialogs are window-modal to the
view but do not block the event loop (``open()``), so the lock can close them. A dialog that
can keep a draft has ``draft_key()``, ``payload()`` and ``apply_payload(dict)``:

* ``save_draft()`` writes what is typed to the encrypted draft in the vault;
* ``clear()`` closes the dialog and remembers only its draft key (no record content);
* after ``restore(ctx)`` the view asks :meth:`take_resume` and opens the dialog again; when
  a dialog opens, a draft under its key is put back into it and discarded from the vault
  (also after the app was closed with the dialog open).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from vink_desktop.services import sessions as session_service
from vink_desktop.services.context import Context


@runtime_checkable
class DraftDialog(Protocol):
    def draft_key(self) -> str: ...

    def payload(self) -> dict[str, Any]: ...

    def apply_payload(self, payload: dict[str, Any]) -> None: ...

    def show_notice(self, text: str) -> None: ...


class DialogHost(QObject):
    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialog: QDialog | None = None
        self._resume: str | None = None

    def set_context(self, ctx: Context) -> None:
        self._ctx = ctx

    def current(self) -> QDialog | None:
        return self._dialog

    def show(self, dialog: QDialog) -> QDialog:
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.reject()
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._finished(d))
        if isinstance(dialog, DraftDialog):
            key = dialog.draft_key()
            draft = session_service.load_draft(self._ctx, key)
            if draft is not None:
                dialog.apply_payload(draft)
                dialog.show_notice(self.tr("Unsaved draft restored"))
                session_service.discard_draft(self._ctx, key)
        dialog.open()
        return dialog

    def _finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def save_draft(self) -> None:
        dialog = self._dialog
        if dialog is not None and dialog.isVisible() and isinstance(dialog, DraftDialog):
            session_service.save_draft(self._ctx, dialog.draft_key(), dialog.payload())

    def clear(self) -> None:
        """Close the dialog (on lock), remembering only which one it was."""
        dialog = self._dialog
        self._resume = None
        if dialog is not None:
            if dialog.isVisible() and isinstance(dialog, DraftDialog):
                self._resume = dialog.draft_key()
            dialog.reject()
        self._dialog = None

    def take_resume(self) -> str | None:
        """The draft key of the dialog that was open at the lock (once)."""
        resume, self._resume = self._resume, None
        return resume
