"""The session editor: every field of one session, with the framework's indicators.

The editor is the shell: a title, the error banner, the form, the draft's status line and
the buttons; it loads the session, saves it and cancels. The parts live next to it:

* :mod:`~vink_desktop.ui.session_form`: the fields in a scrolling form, and the form as plain
  data and back; :mod:`~vink_desktop.ui.session_ratings`: each indicator with its label, a
  "?" that reveals its help text, and a combo of the scale's steps with their labels.
* Keyboard only: the tab order follows the form; Ctrl+S saves, Escape cancels; a combo
  takes the step's number as a key.
* Inline validation (:mod:`~vink_desktop.ui.session_problems`): problems are shown under the
  field they concern, both while typing (a dry run of the domain checks) and when saving.
* Drafts (:mod:`~vink_desktop.ui.session_draft`): what is typed is saved (encrypted, in the
  vault) about a second after the last change, restored when the editor opens again, and
  discarded on save or cancel. ``save_draft()`` saves at once (before a lock).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vink_desktop.domain.model import Session
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import courses as course_service
from vink_desktop.services import participants as participant_service
from vink_desktop.services import sessions as session_service
from vink_desktop.services.context import COPENHAGEN, Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.session_draft import SessionDraft, draft_key
from vink_desktop.ui.session_form import SessionForm, session_payload
from vink_desktop.ui.session_problems import ProblemDisplay, entry_problems, error_banner


class SessionEditor(QWidget):
    """Record a new session (``session_id=None``) or change one."""

    #: The id of the session that was saved.
    saved = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        ctx: Context,
        course_id: str,
        session_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self._ctx = ctx
        self._course = course_service.get_course(ctx, course_id)
        self._session: Session | None = (
            session_service.get_session(ctx, session_id) if session_id else None
        )
        framework_key = (
            (self._session.framework_id, self._session.framework_version)
            if self._session
            else (self._course.framework_id, self._course.framework_version)
        )
        self._framework = ctx.frameworks.get(*framework_key)
        self._track = self._framework.track(self._course.track.value)
        self._participant = participant_service.get_participant(ctx, self._course.participant_id)
        self._language = words.ui_language()
        self._loading = True
        self._build()
        self._fill_from_session()
        self.restored_draft = self._draft.restore(self.apply_payload)
        self._loading = False
        self._live_check()

    # -- public ---------------------------------------------------------------------------

    @property
    def course_id(self) -> str:
        return self._course.id

    @property
    def session_id(self) -> str | None:
        return None if self._session is None else self._session.id

    def draft_key(self) -> str:
        return draft_key(self._course.id, self.session_id)

    def is_dirty(self) -> bool:
        return self._draft.is_dirty()

    def save_draft(self) -> None:
        """Write what is typed to the encrypted draft now (before a lock, on close)."""
        self._draft.save()

    def discard_draft(self) -> None:
        self._draft.discard()

    def payload(self) -> dict[str, Any]:
        """The form as plain data (what a draft holds)."""
        return self._form.payload()

    def apply_payload(self, data: dict[str, Any]) -> None:
        """Put plain data (a draft, a stored session) into the form."""
        self._form.apply_payload(data)

    def entry(self) -> session_service.SessionInput:
        return self._form.entry()

    def save(self) -> str | None:
        """Validate and store the session; returns its id, or None when there are problems."""
        self._problems.clear()
        try:
            entry = self.entry()
            if self._session is None:
                session = session_service.record_session(self._ctx, self._course.id, entry)
            else:
                session = session_service.update_session(self._ctx, self._session.id, entry)
        except ValidationError as error:
            self._problems.show(error.problems, focus=True)
            return None
        except (InvalidState, NotFound) as error:
            self._problems.show_message(describe_error(error) or "")
            return None
        self.discard_draft()
        self._session = session
        self._draft.key = self.draft_key()
        self.saved.emit(session.id)
        return session.id

    def cancel(self) -> None:
        self.discard_draft()
        self.cancelled.emit()

    def problem_fields(self) -> list[str]:
        """The fields that show a problem now (for tests and accessibility checks)."""
        return self._problems.fields()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel()
        title.setObjectName("sessionEditorTitle")
        heading = QFont(title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        title.setFont(heading)
        title.setWordWrap(True)
        code = self._participant.code
        track = words.track_label(self._course.track.value)
        if self._session is None:
            title.setText(self.tr("New session: {code} · {track}").format(code=code, track=track))
        else:
            title.setText(self.tr("Edit session: {code} · {track}").format(code=code, track=track))
        outer.addWidget(title)
        banner = error_banner()
        outer.addWidget(banner)

        self._form = SessionForm(self._track, self._language)
        self._form.changed.connect(self._changed)
        outer.addWidget(self._form, 1)
        self._problems = ProblemDisplay(banner, self._form.error_labels, self._form.input_for)
        self._draft = SessionDraft(self._ctx, self.draft_key(), self._form.payload, self)
        self._draft.settled.connect(self._live_check)

        buttons = QHBoxLayout()
        buttons.addWidget(self._draft.status, 1)
        self._cancel_button = QPushButton(self.tr("Cancel"))
        self._cancel_button.setObjectName("cancelSessionButton")
        self._cancel_button.setToolTip(self.tr("Close without saving; the draft is discarded"))
        self._cancel_button.clicked.connect(self.cancel)
        self._save_button = QPushButton(self.tr("Save session"))
        self._save_button.setObjectName("saveSessionButton")
        self._save_button.setDefault(True)
        self._save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self._save_button.clicked.connect(self.save)
        buttons.addWidget(self._cancel_button)
        buttons.addWidget(self._save_button)
        outer.addLayout(buttons)
        focus_chain = [*self._form.focus_chain, self._save_button, self._cancel_button]
        for first, second in pairwise(focus_chain):
            QWidget.setTabOrder(first, second)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_shortcut.activated.connect(self.cancel)

    def _fill_from_session(self) -> None:
        if self._session is not None:
            self.apply_payload(session_payload(self._session))
            return
        now = self._ctx.clock.now().astimezone(COPENHAGEN)
        wall = now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)
        self._form.start_new(wall.replace(tzinfo=None), duration_minutes=60)

    # -- changes and live validation ------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._draft.changed()

    def _live_check(self) -> None:
        """Run the domain checks on the form as it is, without storing anything."""
        self._problems.clear()
        problems = entry_problems(self.entry(), self._course, self._framework)
        if problems:
            self._problems.show(problems, focus=False)
