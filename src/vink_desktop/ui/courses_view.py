"""The courses screen: the list (search, filters, sort, counts), the course, the session
editor, and the dialogs to add a participant and open or close a course.

One :class:`QStackedWidget` holds three pages: the list, the course
(:class:`~vink_desktop.ui.course_view.CourseView`), and the session editor when one is open,
so each page has the whole width (the layout holds at 200 % scaling).

It is *lockable*: ``save_draft()`` writes what is being typed to the encrypted draft (in the
session editor and in the open dialog), ``clear()`` drops every row and record from memory
(and remembers only where the mentor was: which course, which session, which dialog by its
draft key), ``restore(ctx)`` reloads with the new context after unlock and goes back there,
the drafts restored by the editor and by the :class:`DialogHost` the dialogs open through.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.services import course_view_data
from vink_desktop.services import courses as course_service
from vink_desktop.services.context import Context
from vink_desktop.services.errors import NotFound
from vink_desktop.services.events import Event
from vink_desktop.ui import course_texts as words
from vink_desktop.ui.course_dialogs import (
    CLOSE_COURSE_DRAFT_PREFIX,
    OPEN_COURSE_DRAFT_PREFIX,
    CloseCourseDialog,
    OpenCourseDialog,
    open_course_subject,
)
from vink_desktop.ui.course_list_model import (
    COL_CODE,
    COL_OFF_TRACK,
    COL_WORKER,
    COURSE_ID_ROLE,
    CourseFilterProxy,
    CourseListModel,
)
from vink_desktop.ui.course_view import CourseView
from vink_desktop.ui.dialog_host import DialogHost
from vink_desktop.ui.event_bridge import EventBridge
from vink_desktop.ui.participant_dialog import NEW_PARTICIPANT_DRAFT, ParticipantDialog
from vink_desktop.ui.record_table import record_table
from vink_desktop.ui.service_evaluation_dialog import (
    SERVICE_EVALUATION_DRAFT_PREFIX,
    ServiceEvaluationDialog,
)
from vink_desktop.ui.session_editor import SessionEditor
from vink_desktop.ui.widgets import counts_label

PAGE_LIST = 0
PAGE_COURSE = 1
PAGE_EDITOR = 2

_OPEN = (CourseStatus.ACTIVE, CourseStatus.PAUSED)

#: Where the mentor was: the page ("list", "course" or "editor"), the course, the session,
#: and the draft key of the dialog that was open (ids and keys only, no record content).
ResumePoint = tuple[str, str | None, str | None, str | None]


class CoursesView(QWidget):
    """The mentor's courses. Inject the context; nothing here looks up a main window."""

    #: A course was asked for (double-click or Enter in the list); it is shown here too.
    course_requested = Signal(str)

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, *, bridge: EventBridge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coursesView")
        self._ctx = ctx
        #: The app's bridge when given (it outlives a lock); otherwise one of our own.
        self._shared_bridge = bridge
        self._bridge: EventBridge | None = None
        self._editor: SessionEditor | None = None
        #: The open dialog (one at a time), kept as a draft across the lock.
        self.dialogs = DialogHost(ctx, self)
        #: Where the mentor was when the view was cleared (for restore).
        self._resume: ResumePoint | None = None
        #: Milliseconds the last load of the list took (service call + model reset).
        self.last_load_ms = 0.0
        self.model = CourseListModel(self)
        self.proxy = CourseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._stack = QStackedWidget()
        self._stack.setObjectName("coursesStack")
        self._stack.addWidget(self._build_list_page())
        self.course_view = CourseView(ctx)
        self._stack.addWidget(self.course_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.course_view.back_requested.connect(self.show_list)
        self.course_view.new_session_requested.connect(lambda cid: self.open_editor(cid, None))
        self.course_view.edit_session_requested.connect(self.open_editor)
        self.course_view.close_course_requested.connect(self.close_course_dialog)
        # A status change made in the course view reaches the list as COURSE_SAVED.
        self._connect_events(ctx)
        self.reload()

    # -- the list page --------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("courseListPage")
        layout = QVBoxLayout(page)

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.search.setObjectName("courseSearch")
        self.search.setPlaceholderText(self.tr("Code, district or worker"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search courses"))
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._search_changed)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)

        track_label = QLabel(self.tr("&Track"))
        self.track_filter = QComboBox()
        self.track_filter.setObjectName("courseTrackFilter")
        self.track_filter.addItem(self.tr("All tracks"), None)
        for track in Track:
            self.track_filter.addItem(words.track_label(track.value), track.value)
        self.track_filter.setAccessibleName(self.tr("Track filter"))
        track_label.setBuddy(self.track_filter)
        self.track_filter.currentIndexChanged.connect(self._track_changed)
        filters.addWidget(track_label)
        filters.addWidget(self.track_filter, 1)

        status_label = QLabel(self.tr("St&atus"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("courseStatusFilter")
        self.status_filter.addItem(self.tr("All"), "")
        self.status_filter.addItem(self.tr("Open (active or paused)"), "open")
        for status in CourseStatus:
            self.status_filter.addItem(words.status_label(status.value), status.value)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        status_label.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter, 1)

        self.off_track_only = QCheckBox(self.tr("&Only off-track"))
        self.off_track_only.setObjectName("offTrackOnly")
        self.off_track_only.setAccessibleName(self.tr("Only off-track courses"))
        self.off_track_only.toggled.connect(self._off_track_changed)
        filters.addWidget(self.off_track_only)
        layout.addLayout(filters)

        self.table = record_table("courseTable", self.tr("Courses"), self.proxy)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.counts = counts_label("courseCounts")
        bottom.addWidget(self.counts, 1)
        self.new_participant = QPushButton(self.tr("New &participant…"))
        self.new_participant.setObjectName("newParticipantButton")
        self.new_participant.clicked.connect(self.new_participant_dialog)
        self.new_course = QPushButton(self.tr("New &course…"))
        self.new_course.setObjectName("newCourseButton")
        self.new_course.clicked.connect(lambda: self.open_course_dialog(None))
        self.open_button = QPushButton(self.tr("&Open course"))
        self.open_button.setObjectName("openCourseButton")
        self.open_button.clicked.connect(self._open_selected)
        for button in (self.open_button, self.new_participant, self.new_course):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)
        find.activated.connect(self.search.setFocus)
        return page

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every course row once (one query over the cached outcomes)."""
        started = time.perf_counter()
        rows = course_service.list_courses(self._ctx)
        self.model.set_rows(rows)
        self.table.setColumnHidden(COL_WORKER, self.model.single_worker())
        if rows and not getattr(self, "_sized", False):
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(COL_OFF_TRACK, max(self.table.columnWidth(COL_OFF_TRACK), 48))
            self._sized = True
        self._update_counts()
        self.last_load_ms = (time.perf_counter() - started) * 1000

    def _update_counts(self) -> None:
        shown, off, total = self.proxy.counts()
        text = self.tr("{shown} courses, {off} off-track").format(shown=shown, off=off)
        if shown != total:
            text += " " + self.tr("(of {total})").format(total=total)
        self.counts.setText(text)

    def _refresh_row(self, course_id: str) -> None:
        summary = course_view_data.course_summary(self._ctx, course_id)
        if summary is not None:
            self.model.update_row(summary)
            self._update_counts()

    def _connect_events(self, ctx: Context) -> None:
        if self._shared_bridge is not None:
            if self._bridge is None:
                self._bridge = self._shared_bridge
                self._bridge.event.connect(self._on_event)
            return
        self._disconnect_events()
        self._bridge = EventBridge(ctx.events, self)
        self._bridge.event.connect(self._on_event)

    def _disconnect_events(self) -> None:
        if self._bridge is not None and self._bridge is not self._shared_bridge:
            self._bridge.close()
            self._bridge.deleteLater()
            self._bridge = None

    def _on_event(self, name: str, data: dict[str, Any]) -> None:
        if not self._ctx.vault.is_open:
            return
        if name in (Event.COURSE_SAVED, Event.SESSION_SAVED, Event.SESSION_DELETED):
            course_id = data.get("course_id")
            if isinstance(course_id, str):
                self._refresh_row(course_id)
        elif name == Event.RECORDS_IMPORTED:
            self.reload()

    # -- filters --------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _track_changed(self) -> None:
        value = self.track_filter.currentData()
        self.proxy.set_track(None if value is None else Track(value))
        self._update_counts()

    def _status_changed(self) -> None:
        value = self.status_filter.currentData()
        if value == "open":
            self.proxy.set_statuses(_OPEN)
        elif value:
            self.proxy.set_statuses((CourseStatus(value),))
        else:
            self.proxy.set_statuses(())
        self._update_counts()

    def _off_track_changed(self, checked: bool) -> None:
        self.proxy.set_off_track_only(checked)
        self._update_counts()

    # -- navigation -----------------------------------------------------------------------

    def current_page(self) -> int:
        return self._stack.currentIndex()

    def show_list(self) -> None:
        self._stack.setCurrentIndex(PAGE_LIST)
        self.table.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        course_id = index.data(COURSE_ID_ROLE)
        if isinstance(course_id, str):
            self.open_course(course_id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])

    def open_course(self, course_id: str) -> None:
        """Show a course (the service writes the view to the audit log)."""
        self.course_requested.emit(course_id)
        self.course_view.show_course(course_id)
        self._stack.setCurrentWidget(self.course_view)

    def open_editor(self, course_id: str, session_id: str | None) -> SessionEditor:
        self._close_editor()
        editor = SessionEditor(self._ctx, course_id, session_id)
        editor.saved.connect(self._editor_saved)
        editor.cancelled.connect(self._editor_cancelled)
        self._editor = editor
        self._stack.addWidget(editor)
        self._stack.setCurrentWidget(editor)
        editor.setFocus()
        return editor

    def editor(self) -> SessionEditor | None:
        return self._editor

    def _close_editor(self) -> None:
        if self._editor is not None:
            editor, self._editor = self._editor, None
            editor.hide()
            self._stack.removeWidget(editor)
            editor.deleteLater()

    def _editor_saved(self, _session_id: str) -> None:
        self.course_view.refresh()
        self._stack.setCurrentWidget(self.course_view)
        self._close_editor()

    def _editor_cancelled(self) -> None:
        self._stack.setCurrentWidget(self.course_view)
        self._close_editor()

    # -- dialogs (through the DialogHost: opened with open(), kept as drafts across a lock) -

    def new_participant_dialog(self) -> ParticipantDialog:
        dialog = ParticipantDialog(self._ctx, self)
        dialog.participant_added.connect(lambda pid: self.open_course_dialog(pid))
        self.dialogs.show(dialog)
        return dialog

    def open_course_dialog(self, participant_id: str | None) -> OpenCourseDialog:
        dialog = OpenCourseDialog(self._ctx, participant_id, self)
        dialog.course_opened.connect(self.open_course)
        self.dialogs.show(dialog)
        return dialog

    def close_course_dialog(self, course_id: str) -> CloseCourseDialog:
        dialog = CloseCourseDialog(self._ctx, course_id, self)
        dialog.course_closed.connect(lambda _cid: self.course_view.refresh())
        dialog.course_closed.connect(self._offer_service_evaluation)
        self.dialogs.show(dialog)
        return dialog

    def _offer_service_evaluation(self, course_id: str) -> None:
        """Right after a course closes: did the participant experience good service?"""
        # After the closing dialog has finished.
        QTimer.singleShot(0, lambda: self.service_evaluation_dialog(course_id))

    def service_evaluation_dialog(self, course_id: str) -> ServiceEvaluationDialog:
        dialog = ServiceEvaluationDialog(self._ctx, course_id, self)
        self.dialogs.show(dialog)
        return dialog

    def _reopen_dialog(self, key: str) -> None:
        """Open the dialog a draft key names again (its draft comes back with it)."""
        # The course may be gone meanwhile (an import): then there is nothing to reopen.
        with contextlib.suppress(NotFound):
            if key == NEW_PARTICIPANT_DRAFT:
                self.new_participant_dialog()
            elif key.startswith(OPEN_COURSE_DRAFT_PREFIX):
                self.open_course_dialog(open_course_subject(key))
            elif key.startswith(CLOSE_COURSE_DRAFT_PREFIX):
                self.close_course_dialog(key.removeprefix(CLOSE_COURSE_DRAFT_PREFIX))
            elif key.startswith(SERVICE_EVALUATION_DRAFT_PREFIX):
                self.service_evaluation_dialog(key.removeprefix(SERVICE_EVALUATION_DRAFT_PREFIX))

    # -- lockable -------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Write what is being typed to the encrypted draft (before the vault closes)."""
        if self._editor is not None:
            self._editor.save_draft()
        self.dialogs.save_draft()

    def clear(self) -> None:
        """Drop all records from memory; remember only where the mentor was."""
        if self._editor is not None:
            if self._ctx.vault.is_open:
                self._editor.save_draft()
            page, course_id, session_id = "editor", self._editor.course_id, self._editor.session_id
        elif self._stack.currentWidget() is self.course_view and self.course_view.course_id:
            page, course_id, session_id = "course", self.course_view.course_id, None
        else:
            page, course_id, session_id = "list", None, None
        if self._ctx.vault.is_open:
            self.dialogs.save_draft()
        self.dialogs.clear()
        dialog = self.dialogs.take_resume()
        place_kept = course_id is not None or dialog is not None
        self._resume = (page, course_id, session_id, dialog) if place_kept else None
        self._close_editor()
        self.course_view.clear()
        self.model.clear()
        self._update_counts()
        self._stack.setCurrentIndex(PAGE_LIST)
        self._disconnect_events()

    def restore(self, ctx: Context) -> None:
        """Reload with the context of the unlocked vault and go back to where the mentor was."""
        self._ctx = ctx
        self.course_view.set_context(ctx)
        self.dialogs.set_context(ctx)
        self._connect_events(ctx)
        self.reload()
        resume, self._resume = self._resume, None
        self.resume_at(resume)

    def resume_point(self) -> ResumePoint | None:
        """Where the mentor was at the last :meth:`clear` (the course, the editor, the
        dialog), as ids and a draft key."""
        return self._resume

    def resume_at(self, point: object) -> None:
        """Open the course, the editor and the dialog named by a :meth:`resume_point` (the
        editor's and the dialog's drafts come back from the vault)."""
        if not isinstance(point, tuple) or len(point) != 4:
            return
        page, course_id, session_id, dialog = point
        if course_id is not None:
            self.open_course(course_id)
            if page == "editor":
                self.open_editor(course_id, session_id)
        if isinstance(dialog, str):
            self._reopen_dialog(dialog)
