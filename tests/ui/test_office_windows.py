"""The office record windows end to end: real widgets, a real office vault, offscreen, and
the services' clock moved by the test.

A report of concern recorded through the dialog is pending; 25 hours later (the same clock
the services read) it is overdue in its list and in the follow-up list; a reaction takes it
off the overdue section. An outreach activity and a service evaluation after closing a
course are recorded through their dialogs; the follow-up list shows an off-track course
with its reason in words and opens what a row is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from course_ui_helpers import child, choose, click
from office_ui_helpers import NOW, PASSPHRASE, create_office
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vink_desktop.domain.model import ClosingReason, ContactKind, CourseStatus, ParticipantKind
from vink_desktop.domain.office import (
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachKind,
    ReactionStatus,
    ServiceAnswer,
)
from vink_desktop.services import courses, office_records, participants, sessions, vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.office_records import ConcernInput
from vink_desktop.ui.concern_dialogs import ConcernReportDialog, ReactionDialog
from vink_desktop.ui.concern_list_model import COL_STATUS, COL_TIME, STATUS_ROLE
from vink_desktop.ui.concern_reports_view import TICK_MS, ConcernReportsView
from vink_desktop.ui.course_dialogs import CloseCourseDialog
from vink_desktop.ui.courses_view import CoursesView
from vink_desktop.ui.follow_up_model import COL_DETAIL, COL_SUBJECT, KIND_ROLE
from vink_desktop.ui.follow_up_view import FollowUpView
from vink_desktop.ui.outreach_dialog import OutreachDialog
from vink_desktop.ui.outreach_view import OutreachView
from vink_desktop.ui.service_evaluation_dialog import ServiceEvaluationDialog
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.vault_access import VaultAccess

Wait = Callable[[object], None]


@pytest.fixture
def office_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def office(tmp_path: Path, office_clock: FixedClock) -> Iterator[Context]:
    ctx = create_office(tmp_path / "office", office_clock)
    yield ctx
    if ctx.vault.is_open:
        vault_service.close(ctx)


def _show(view: QWidget, qtbot: QtBot) -> None:
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)


def _statuses(view: ConcernReportsView) -> list[str]:
    proxy = view.proxy
    return [str(proxy.index(r, COL_STATUS).data(STATUS_ROLE)) for r in range(proxy.rowCount())]


def _follow_up_kinds(view: FollowUpView) -> list[tuple[str, str]]:
    proxy = view.proxy
    return [
        (str(proxy.index(r, 0).data(KIND_ROLE)), str(proxy.index(r, COL_SUBJECT).data()))
        for r in range(proxy.rowCount())
    ]


def _record_report(view: ConcernReportsView, qtbot: QtBot, code: str) -> ConcernReportDialog:
    click(qtbot, view, "newConcernButton")
    dialog = view.findChild(ConcernReportDialog, "concernReportDialog")
    assert dialog is not None and dialog.isVisible()
    # Nothing chosen: both problems are shown next to their fields, nothing is saved.
    click(qtbot, dialog, "concernReportOk")
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "error:source").isHidden()
    assert not child(dialog, QLabel, "error:about").isHidden()
    child(dialog, QDateEdit, "concernReceivedDate").setDate(QDate(2026, 11, 2))
    child(dialog, QTimeEdit, "concernReceivedTime").setTime(QTime(8, 30))
    choose(child(dialog, QComboBox, "concernSource"), ConcernSource.SCHOOL.value)
    child(dialog, QComboBox, "concernAbout").setCurrentText(code)
    assert "new" in child(dialog, QLabel, "concernAboutHint").text()
    child(dialog, QComboBox, "concernDistrict").setCurrentText("Nørrebro")
    click(qtbot, dialog, "concernReportOk")
    assert not dialog.isVisible()
    assert dialog.report is not None
    return dialog


def test_a_report_is_pending_then_overdue_then_reacted_to(
    office: Context, office_clock: FixedClock, qtbot: QtBot
) -> None:
    reports = ConcernReportsView(office)
    _show(reports, qtbot)
    follow = FollowUpView(office)
    _show(follow, qtbot)
    assert reports.minute_timer.isActive() and reports.minute_timer.interval() == TICK_MS
    assert follow.minute_timer.isActive()

    # A report received at 08:30 today: pending, 22 h 30 min left.
    report = _record_report(reports, qtbot, "Nyt-K1").report
    assert report is not None and report.subject_code == "Nyt-K1"
    assert report.district == "Nørrebro"
    assert _statuses(reports) == [ReactionStatus.PENDING.value]
    assert "22 h 30 min" in reports.proxy.index(0, COL_TIME).data()
    follow.reload()
    assert _follow_up_kinds(follow) == [("concern_pending", "Nyt-K1")]

    # The waiting and the overdue filters.
    status_filter = child(reports, QComboBox, "concernStatusFilter")
    choose(status_filter, "overdue")
    assert reports.proxy.rowCount() == 0
    choose(status_filter, "pending")
    assert reports.proxy.rowCount() == 1

    # 25 hours later, by the services' clock: overdue, counted without a reload.
    office_clock.advance(hours=25)
    reports.tick()
    follow.tick()
    assert reports.proxy.rowCount() == 0  # no longer pending
    choose(status_filter, "overdue")
    assert _statuses(reports) == [ReactionStatus.OVERDUE.value]
    assert "2 h 30 min" in reports.proxy.index(0, COL_TIME).data()
    assert reports.proxy.index(0, COL_TIME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert _follow_up_kinds(follow) == [("concern_overdue", "Nyt-K1")]
    assert "overdue by 2 h 30 min" in follow.proxy.index(0, COL_DETAIL).data()
    assert "1 reports of concern overdue" in child(follow, QLabel, "followUpCounts").text()
    # The follow-up list opens the report.
    with qtbot.waitSignal(follow.report_requested) as asked:
        follow.open_row(follow.proxy.index(0, 0))
    assert asked.args == [report.id]

    # React (select the row; Enter or the button opens the dialog).
    assert reports.select_report(report.id)
    click(qtbot, reports, "reactButton")
    dialog = reports.findChild(ReactionDialog, "reactionDialog")
    assert dialog is not None and dialog.isVisible()
    # A reaction before the report was received is refused next to the time.
    child(dialog, QDateEdit, "reactionDate").setDate(QDate(2026, 11, 1))
    click(qtbot, dialog, "reactionOk")
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "error:reaction_at").isHidden()
    child(dialog, QDateEdit, "reactionDate").setDate(QDate(2026, 11, 3))
    child(dialog, QTimeEdit, "reactionTime").setTime(QTime(9, 0))
    choose(child(dialog, QComboBox, "reactionOutcome"), ConcernOutcome.ADVICE_GIVEN.value)
    click(qtbot, dialog, "reactionOk")
    assert not dialog.isVisible()
    stored = office_records.get_concern(office, report.id)
    assert stored.reaction is not None and stored.reaction.wall == datetime(2026, 11, 3, 9, 0)
    assert stored.outcome is ConcernOutcome.ADVICE_GIVEN
    assert stored.reacted_by == office.actor_id

    # It leaves the overdue section, here and in the follow-up list (read when shown).
    assert reports.proxy.rowCount() == 0
    choose(status_filter, "reacted")
    assert _statuses(reports) == [ReactionStatus.LATE.value]
    follow.hide()
    follow.show()
    assert _follow_up_kinds(follow) == []


def test_the_list_counts_live_from_the_clock_once_a_minute(
    office: Context, office_clock: FixedClock, qtbot: QtBot
) -> None:
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 2, 9, 59), ConcernSource.PARENT, new_code="B-2")
    )
    reports = ConcernReportsView(office)
    _show(reports, qtbot)
    assert "23 h 59 min" in reports.proxy.index(0, COL_TIME).data()
    reports.minute_timer.setInterval(10)  # a minute, shortened for the test
    office_clock.advance(hours=24)
    qtbot.waitUntil(lambda: _statuses(reports) == [ReactionStatus.OVERDUE.value], timeout=2000)
    assert "overdue by 1 min" in reports.proxy.index(0, COL_TIME).data()


def test_a_report_about_an_existing_participant_and_its_draft_across_a_lock(
    office: Context, office_clock: FixedClock, qtbot: QtBot
) -> None:
    person = participants.add_participant(
        office, "Emil-K7", ParticipantKind.YOUTH, district="Valby"
    )
    reports = ConcernReportsView(office)
    _show(reports, qtbot)
    dialog = reports.new_report_dialog()
    child(dialog, QComboBox, "concernAbout").setCurrentText("Emil-K7")
    assert "existing" in child(dialog, QLabel, "concernAboutHint").text()
    assert child(dialog, QComboBox, "concernDistrict").currentText() == "Valby"
    choose(child(dialog, QComboBox, "concernSource"), ConcernSource.SSP.value)

    # Lock: the draft is kept (encrypted, in the vault); the list and the dialog are gone.
    folder = office.vault.paths.folder
    reports.save_draft()
    reports.clear()
    assert not dialog.isVisible() and reports.model.rowCount() == 0
    assert not reports.minute_timer.isActive()
    vault_service.close(office)
    reopened = vault_service.open_vault(folder, PASSPHRASE, clock=office_clock)
    try:
        reports.restore(reopened)
        again = reports.dialogs.current()
        assert isinstance(again, ConcernReportDialog)
        assert again is not dialog and again.isVisible()
        assert child(again, QComboBox, "concernAbout").currentText() == "Emil-K7"
        assert child(again, QComboBox, "concernSource").currentData() == "ssp"
        assert not child(again, QLabel, "concernReportDialogNotice").isHidden()
        click(qtbot, again, "concernReportOk")
        stored = office_records.list_concerns(reopened)
        assert [v.report.participant_id for v in stored] == [person.id]
        assert reports.model.rowCount() == 1
        assert reports.minute_timer.isActive()
    finally:
        vault_service.close(reopened)


def test_record_an_outreach_activity(office: Context, qtbot: QtBot) -> None:
    view = OutreachView(office)
    _show(view, qtbot)
    click(qtbot, view, "newOutreachButton")
    dialog = view.findChild(OutreachDialog, "outreachDialog")
    assert dialog is not None and dialog.isVisible()
    child(dialog, QDateEdit, "outreachDate").setDate(QDate(2026, 10, 14))
    choose(child(dialog, QComboBox, "outreachKind"), OutreachKind.YOUTH_DIALOGUE.value)
    assert child(dialog, QLabel, "outreachAudience").text() == "Pupils and youth-club members"
    child(dialog, QSpinBox, "outreachHeadCount").setValue(28)
    child(dialog, QComboBox, "outreachDistrict").setCurrentText("Bispebjerg")
    child(dialog, QGroupBox, "outreachEvaluation").setChecked(True)
    child(dialog, QSpinBox, "outreachRespondents").setValue(25)
    child(dialog, QSpinBox, "outreachPositive").setValue(26)
    click(qtbot, dialog, "outreachOk")
    # More positive answers than answers: refused next to the field.
    assert dialog.isVisible()
    assert not child(dialog, QLabel, "error:positive").isHidden()
    child(dialog, QSpinBox, "outreachPositive").setValue(21)
    click(qtbot, dialog, "outreachOk")
    assert not dialog.isVisible()

    (stored,) = office_records.list_activities(office)
    assert (stored.kind, stored.audience, stored.head_count) == (
        OutreachKind.YOUTH_DIALOGUE,
        Audience.PUPILS_YOUTH_CLUB,
        28,
    )
    assert (stored.respondents, stored.dialogue_gives_options, stored.able_to_help) == (
        25,
        21,
        None,
    )
    assert stored.district == "Bispebjerg"
    assert view.proxy.rowCount() == 1
    assert "28 pupils" in child(view, QLabel, "outreachCounts").text()
    assert view.proxy.index(0, 6).data() in ("84%", "84 %")


def test_close_a_course_then_record_the_service_evaluation(office: Context, qtbot: QtBot) -> None:
    person = participants.add_participant(office, "Sara-K2", ParticipantKind.YOUTH)
    course = courses.open_course(office, person.id, date(2026, 3, 2))
    sessions.record_session(
        office,
        course.id,
        sessions.SessionInput(datetime(2026, 3, 9, 14, 0), 60, ContactKind.MEETING),
    )
    view = CoursesView(office)
    _show(view, qtbot)
    view.open_course(course.id)
    closer = view.close_course_dialog(course.id)
    assert isinstance(closer, CloseCourseDialog)
    child(closer, QDateEdit, "closeEndDate").setDate(QDate(2026, 10, 30))
    choose(child(closer, QComboBox, "closeReason"), "goals_met")
    child(closer, QPlainTextEdit, "closeEvaluation").setPlainText("Went well.")
    click(qtbot, closer, "closeCourseOk")
    assert courses.get_course(office, course.id).status is CourseStatus.CLOSED

    # Closing a course offers the service evaluation straight away.
    qtbot.waitUntil(
        lambda: view.findChild(ServiceEvaluationDialog, "serviceEvaluationDialog") is not None
    )
    dialog = view.findChild(ServiceEvaluationDialog, "serviceEvaluationDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "Sara-K2" in child(dialog, QLabel, "serviceEvaluationDialogIntro").text()
    assert child(dialog, QDateEdit, "serviceEvaluationDate").date() == QDate(2026, 10, 30)
    choose(child(dialog, QComboBox, "serviceAnswer:ssp"), ServiceAnswer.YES.value)
    choose(child(dialog, QComboBox, "serviceAnswer:vink"), ServiceAnswer.YES.value)
    with qtbot.waitSignal(dialog.evaluation_saved):
        click(qtbot, dialog, "serviceEvaluationOk")
    stored = office_records.evaluation_of_course(office, course.id)
    assert stored is not None
    assert (stored.ssp, stored.vink, stored.dka) == (
        ServiceAnswer.YES,
        ServiceAnswer.YES,
        ServiceAnswer.NOT_ANSWERED,
    )
    assert stored.good_service is True

    # Offered again, it shows the evaluation and saves nothing.
    again = ServiceEvaluationDialog(office, course.id)
    qtbot.addWidget(again)
    assert not again.ok_button.isEnabled()
    assert child(again, QComboBox, "serviceAnswer:ssp").currentData() == "yes"


def test_the_follow_up_list_shows_off_track_courses_with_their_reasons(
    office: Context, qtbot: QtBot
) -> None:
    quiet = participants.add_participant(office, "Ali-Q4", ParticipantKind.YOUTH)
    quiet_course = courses.open_course(office, quiet.id, date(2026, 6, 1))  # no session since
    acute = participants.add_participant(office, "Omar-B3", ParticipantKind.YOUTH)
    acute_course = courses.open_course(office, acute.id, date(2026, 9, 1))
    sessions.record_session(
        office,
        acute_course.id,
        sessions.SessionInput(
            datetime(2026, 10, 28, 15, 0), 45, ContactKind.HOME_VISIT, acute_concern=True
        ),
    )
    view = FollowUpView(office)
    _show(view, qtbot)
    rows = {(kind, code) for kind, code in _follow_up_kinds(view)}
    assert ("off_track", "Ali-Q4") in rows and ("off_track", "Omar-B3") in rows
    assert ("no_session", "Ali-Q4") in rows and ("no_session", "Omar-B3") not in rows

    def detail(kind: str, code: str) -> str:
        proxy = view.proxy
        for r in range(proxy.rowCount()):
            index = proxy.index(r, 0)
            if (index.data(KIND_ROLE), proxy.index(r, COL_SUBJECT).data()) == (kind, code):
                return str(proxy.index(r, COL_DETAIL).data())
        raise AssertionError(f"no {kind} row for {code}")

    assert "Acute concern flagged in the latest session" in detail("off_track", "Omar-B3")
    assert "No session since the course started, 22 weeks ago" in detail("off_track", "Ali-Q4")
    assert "22 weeks" in detail("no_session", "Ali-Q4")
    # An office vault has the sync tables: devices are checked (none is known yet).
    assert child(view, QLabel, "followUpDeviceNote").isHidden()

    # K weeks: with 30, the quiet course is not listed as "no recent session".
    child(view, QSpinBox, "followUpWeeks").setValue(30)
    assert ("no_session", "Ali-Q4") not in set(_follow_up_kinds(view))
    # Only courses; double-click opens the course.
    choose(child(view, QComboBox, "followUpShowFilter"), "courses")
    assert {kind for kind, _ in _follow_up_kinds(view)} == {"off_track"}
    with qtbot.waitSignal(view.course_requested) as asked:
        view.table.selectRow(0)
        click(qtbot, view, "followUpOpenButton")
    assert asked.args[0] in (quiet_course.id, acute_course.id)

    # Lock and unlock: nothing kept in memory, read again after.
    view.clear()
    assert view.model.rowCount() == 0 and not view.minute_timer.isActive()
    view.restore(office)
    assert view.model.rowCount() > 0 and view.minute_timer.isActive()


def _inputs(root: QWidget) -> list[QWidget]:
    """The inputs a person uses (not the line edits inside combos and spin boxes, nor Qt's
    own internals)."""
    found: list[QWidget] = []
    for kind in (QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QGroupBox):
        for widget in root.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.objectName():
                continue
            if isinstance(widget, QGroupBox) and not widget.isCheckable():
                continue
            found.append(widget)
    return found


def test_a_field_laptop_has_no_device_checks(ctx: Context, qtbot: QtBot) -> None:
    view = FollowUpView(ctx)
    _show(view, qtbot)
    assert not child(view, QLabel, "followUpDeviceNote").isHidden()
    assert view.proxy.rowCount() == 0
    assert "device" not in child(view, QLabel, "followUpCounts").text()


def test_every_input_has_an_accessible_name_and_a_buddy(office: Context, qtbot: QtBot) -> None:
    person = participants.add_participant(office, "Hanne-F9", ParticipantKind.PARENT)
    course = courses.open_course(office, person.id, date(2026, 3, 2))
    courses.close_course(office, course.id, date(2026, 10, 1), ClosingReason.GOALS_MET, None)
    office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 1, 9, 0), ConcernSource.POLICE, new_code="Z-1")
    )
    reports = ConcernReportsView(office)
    _show(reports, qtbot)
    reaction = reports.reaction_dialog(office_records.list_concerns(office)[0].report.id)
    roots: list[QWidget] = [reaction, reports.new_report_dialog(), reports]
    for free in (
        OutreachView(office),
        OutreachDialog(office),
        FollowUpView(office),
        ServiceEvaluationDialog(office, course.id),
    ):
        qtbot.addWidget(free)
        roots.append(free)
    for root in roots:
        buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
        inputs = _inputs(root)
        assert inputs, root.objectName()
        for widget in inputs:
            where = f"{root.objectName()}: {widget.objectName()}"
            assert widget.accessibleName(), f"{where} has no accessible name"
            # A checkable group box is labelled by its own title (with its mnemonic).
            assert widget in buddies or isinstance(widget, QGroupBox), f"{where} has no buddy"
    # Parent coaching: the parent is asked.
    evaluation = roots[-1]
    assert "parent" in child(evaluation, QLabel, "serviceEvaluationDialogIntro").text()


def test_the_report_dialog_refuses_a_time_that_does_not_exist(
    office: Context, office_clock: FixedClock, qtbot: QtBot
) -> None:
    office_clock.at = datetime(2027, 3, 29, 12, 0, tzinfo=NOW.tzinfo)
    dialog = ConcernReportDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    child(dialog, QDateEdit, "concernReceivedDate").setDate(QDate(2027, 3, 28))
    child(dialog, QTimeEdit, "concernReceivedTime").setTime(QTime(2, 30))  # clocks skip it
    choose(child(dialog, QComboBox, "concernSource"), "other")
    child(dialog, QComboBox, "concernAbout").setCurrentText("X-1")
    click(qtbot, dialog, "concernReportOk")
    assert dialog.isVisible()
    assert "does not exist" in child(dialog, QLabel, "error:received_at").text()
    assert office_records.list_concerns(office) == []


def _tab_order(dialog: QWidget, names: list[str]) -> list[str]:
    """The object names among ``names`` in the order Tab visits them."""
    start = dialog.findChild(QWidget, names[0])
    assert start is not None
    order, widget = [], start
    for _ in range(200):
        if widget.objectName() in names and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return order


def test_keyboard_only(office: Context, qtbot: QtBot) -> None:
    report = office_records.add_concern(
        office, ConcernInput(datetime(2026, 11, 2, 8, 0), ConcernSource.OTHER, new_code="K-1")
    )
    view = ConcernReportsView(office)
    _show(view, qtbot)
    # Enter on a row opens its reaction dialog.
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialogs.current()
    assert isinstance(dialog, ReactionDialog) and dialog.report.id == report.id
    assert _tab_order(
        dialog, ["reactionDate", "reactionTime", "reactionBy", "reactionOutcome", "reactionOk"]
    ) == ["reactionDate", "reactionTime", "reactionBy", "reactionOutcome", "reactionOk"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # The new-report dialog: Tab goes down the form, then to the buttons.
    fields = [
        "concernReceivedDate", "concernReceivedTime", "concernSource", "concernAbout",
        "concernDistrict", "concernReportOk", "concernReportDialogCancel",
    ]  # fmt: skip
    new = view.new_report_dialog()
    assert _tab_order(new, fields) == fields
    # The outreach dialog.
    outreach = OutreachDialog(office)
    qtbot.addWidget(outreach)
    fields = [
        "outreachDate", "outreachKind", "outreachHeadCount", "outreachDistrict",
        "outreachEvaluation", "outreachRespondents", "outreachPositive", "outreachOk",
    ]  # fmt: skip
    outreach.evaluation.setChecked(True)
    assert _tab_order(outreach, fields) == fields


def test_a_real_lock_keeps_what_is_typed_in_an_open_report_dialog(
    office: Context, qtbot: QtBot, ui_settings: Settings, access: VaultAccess, wait_idle: Wait
) -> None:
    """Through the real screen lock (not the view's hooks called by hand): the record dialog
    open when the lock comes is saved as a draft, closed, and opened again after unlock
    with what was typed."""
    from test_unlock_and_lock import unlock_overlay

    from vink_desktop.ui.lock import IdleWatcher, ScreenLock
    from vink_desktop.ui.main_window import MainWindow

    participants.add_participant(office, "Emil-K8", ParticipantKind.YOUTH, district="Valby")
    window = MainWindow(office, ui_settings)
    qtbot.addWidget(window)
    reports = ConcernReportsView(office)
    window.add_view("reports", "Reports", reports)
    lock = ScreenLock(window, office, access, watcher=IdleWatcher(3_600_000, window))
    window.show()
    qtbot.waitExposed(window)
    dialog = reports.new_report_dialog()
    child(dialog, QComboBox, "concernAbout").setCurrentText("Emil-K8")
    choose(child(dialog, QComboBox, "concernSource"), ConcernSource.SSP.value)

    lock.lock("shortcut")
    assert lock.is_locked and not office.vault.is_open
    assert reports.dialogs.current() is None

    unlock_overlay(qtbot, lock, PASSPHRASE, wait_idle)
    assert not lock.is_locked
    again = reports.dialogs.current()
    assert isinstance(again, ConcernReportDialog) and again.isVisible()
    assert child(again, QComboBox, "concernAbout").currentText() == "Emil-K8"
    assert child(again, QComboBox, "concernSource").currentData() == "ssp"
    click(qtbot, again, "concernReportOk")
    assert len(office_records.list_concerns(office)) == 1
