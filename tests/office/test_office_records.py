"""Recording reports of concern, outreach activities and service evaluations: the rules,
the change log (by triggers, for sync), the audit log, and the records interchange format."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, seeded_ids
from tests.office.conftest import NOW
from vink_desktop.domain.model import ClosingReason, ParticipantKind, VaultKind
from vink_desktop.domain.office import (
    Audience,
    ConcernOutcome,
    ConcernSource,
    OutreachKind,
    ServiceAnswer,
)
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import (
    courses,
    office_records,
    participants,
    records_io,
    vault_service,
)
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.services.office_records import ActivityInput, ConcernInput
from vink_desktop.storage import office_store
from vink_desktop.storage.journal import changes_since, list_audit
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _closed_course(ctx: Context, code: str = "Emil-K0001") -> str:
    youth = participants.add_participant(ctx, code, ParticipantKind.YOUTH, district="Valby")
    course = courses.open_course(ctx, youth.id, date(2026, 2, 2))
    courses.close_course(ctx, course.id, date(2026, 9, 30), ClosingReason.GOALS_MET)
    return course.id


def test_a_report_about_a_participant_takes_their_district(office: Context) -> None:
    youth = participants.add_participant(
        office, "Emil-K0001", ParticipantKind.YOUTH, district="Valby"
    )
    report = office_records.add_concern(
        office,
        ConcernInput(datetime(2026, 10, 1, 9, 0), ConcernSource.POLICE, participant="Emil-K0001"),
    )
    assert (report.participant_id, report.subject_code, report.district) == (
        youth.id,
        None,
        "Valby",
    )
    assert report.worker_id == office.actor_id
    reacted = office_records.record_reaction(
        office, report.id, at=datetime(2026, 10, 1, 15, 0), outcome=ConcernOutcome.COURSE_OPENED
    )
    assert reacted.revision == 2 and reacted.reacted_by == office.actor_id
    assert office_store.get_concern_report(office.vault.conn, report.id) == reacted


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (ConcernInput(datetime(2026, 10, 1, 9), ConcernSource.SCHOOL), "subject_required"),
        (ConcernInput(datetime(2026, 10, 1, 9), ConcernSource.SCHOOL, new_code=" x"), "bad_code"),
        (ConcernInput(datetime(2026, 12, 1, 9), ConcernSource.SCHOOL, new_code="B-1"), "in_future"),
        (
            ConcernInput(datetime(2026, 10, 1, 9), ConcernSource.SCHOOL, new_code="Emil-K0001"),
            "code_is_participant",
        ),
    ],
)
def test_report_rules(office: Context, entry: ConcernInput, code: str) -> None:
    participants.add_participant(office, "Emil-K0001", ParticipantKind.YOUTH)
    with pytest.raises(ValidationError) as caught:
        office_records.add_concern(office, entry)
    assert caught.value.code == code
    assert office_store.list_all_concern_reports(office.vault.conn) == []


def test_an_outcome_needs_a_reaction(office: Context) -> None:
    report = office_records.add_concern(
        office, ConcernInput(datetime(2026, 10, 1, 9), ConcernSource.OTHER, new_code="B-1")
    )
    with pytest.raises(ValidationError) as caught:
        office_records.record_reaction(office, report.id, outcome=ConcernOutcome.ADVICE_GIVEN)
    assert caught.value.code == "outcome_without_reaction"
    with pytest.raises(NotFound):
        office_records.record_reaction(office, report.id, at=datetime(2026, 10, 1, 10), by="nobody")


def test_outreach_rules(office: Context) -> None:
    staff = office_records.add_activity(
        office,
        ActivityInput(
            date(2026, 4, 2), OutreachKind.STAFF_TRAINING, 30, respondents=20, positive=17
        ),
    )
    assert (staff.audience, staff.able_to_help, staff.dialogue_gives_options) == (
        Audience.FRONT_LINE_STAFF,
        17,
        None,
    )
    youth = office_records.add_activity(
        office,
        ActivityInput(
            date(2026, 4, 3), OutreachKind.YOUTH_DIALOGUE, 50, respondents=40, positive=30
        ),
    )
    assert (youth.able_to_help, youth.dialogue_gives_options) == (None, 30)
    bad = {
        "audience_mismatch": ActivityInput(
            date(2026, 4, 2), OutreachKind.PARENT_NETWORK, 10, audience=Audience.PUPILS_YOUTH_CLUB
        ),
        "bad_respondents": ActivityInput(
            date(2026, 4, 2), OutreachKind.PARENT_NETWORK, 10, respondents=11, positive=1
        ),
        "bad_positive": ActivityInput(
            date(2026, 4, 2), OutreachKind.PARENT_NETWORK, 10, respondents=5, positive=6
        ),
        "evaluation_incomplete": ActivityInput(
            date(2026, 4, 2), OutreachKind.PARENT_NETWORK, 10, respondents=5
        ),
        "in_future": ActivityInput(date(2026, 11, 3), OutreachKind.PARENT_NETWORK, 10),
        "bad_head_count": ActivityInput(date(2026, 4, 2), OutreachKind.PARENT_NETWORK, -1),
    }
    for code, entry in bad.items():
        with pytest.raises(ValidationError) as caught:
            office_records.add_activity(office, entry)
        assert caught.value.code == code
    assert len(office_records.list_activities(office, year=2026)) == 2


def test_a_service_evaluation_belongs_to_a_closed_course_once(office: Context) -> None:
    youth = participants.add_participant(office, "Ali-K0002", ParticipantKind.YOUTH)
    open_course = courses.open_course(office, youth.id, date(2026, 2, 2))
    with pytest.raises(InvalidState) as not_closed:
        office_records.add_evaluation(office, open_course.id, vink=ServiceAnswer.YES)
    assert not_closed.value.code == "course_not_closed"
    course_id = _closed_course(office)
    evaluation = office_records.add_evaluation(
        office, course_id, ssp=ServiceAnswer.YES, vink=ServiceAnswer.YES
    )
    assert evaluation.evaluated_on == date(2026, 9, 30)
    assert evaluation.good_service is True
    with pytest.raises(InvalidState) as twice:
        office_records.add_evaluation(office, course_id, vink=ServiceAnswer.NO)
    assert twice.value.code == "already_evaluated"


def test_every_write_is_change_logged_and_audited(office: Context) -> None:
    before = changes_since(office.vault.conn)[-1].seq
    report = office_records.add_concern(
        office, ConcernInput(datetime(2026, 10, 1, 9), ConcernSource.SSP, new_code="B-1")
    )
    office_records.record_reaction(office, report.id, at=datetime(2026, 10, 1, 9, 30))
    activity = office_records.add_activity(
        office, ActivityInput(date(2026, 4, 2), OutreachKind.POLICE_SSP_TALK, 12)
    )
    course_id = _closed_course(office)
    evaluation = office_records.add_evaluation(office, course_id, vink=ServiceAnswer.YES)
    logged = [
        (c.entity, c.entity_id, c.revision)
        for c in changes_since(office.vault.conn, before)
        if c.entity in ("concern_report", "outreach_activity", "service_evaluation")
    ]
    assert logged == [
        ("concern_report", report.id, 1),
        ("concern_report", report.id, 2),
        ("outreach_activity", activity.id, 1),
        ("service_evaluation", evaluation.id, 1),
    ]
    audited = {(a.action, a.entity, a.entity_id) for a in list_audit(office.vault.conn)}
    assert {
        ("create", "concern_report", report.id),
        ("update", "concern_report", report.id),
        ("create", "outreach_activity", activity.id),
        ("create", "service_evaluation", evaluation.id),
    } <= audited
    # The audit log holds no pseudonym.
    assert not any("B-1" in (a.detail or "") for a in list_audit(office.vault.conn))


def test_records_export_and_import_carry_the_office_records(
    office: Context, tmp_path: Path
) -> None:
    course_id = _closed_course(office)
    office_records.add_evaluation(office, course_id, ssp=ServiceAnswer.NO, vink=ServiceAnswer.YES)
    report = office_records.add_concern(
        office, ConcernInput(datetime(2026, 3, 28, 14, 0), ConcernSource.SSP, new_code="B-1")
    )
    office_records.record_reaction(
        office, report.id, at=datetime(2026, 3, 29, 15, 0, 1), outcome=ConcernOutcome.REFERRED_ON
    )
    office_records.add_activity(
        office,
        ActivityInput(
            date(2026, 4, 2),
            OutreachKind.YOUTH_DIALOGUE,
            33,
            respondents=30,
            positive=25,
            district="Valby",
        ),
    )
    out = tmp_path / "records.json"
    result = records_io.export_records(office, out, "json")
    assert (result.concern_reports, result.outreach_activities, result.service_evaluations) == (
        1,
        1,
        1,
    )
    document = json.loads(out.read_text())
    assert document["concern_reports"][0]["reaction_wall"] == "2026-03-29T15:00:01"
    assert document["concern_reports"][0]["received_utc"] == "2026-03-28T13:00:00.000000Z"

    other = vault_service.create_vault(
        tmp_path / "other",
        PASSPHRASE,
        VaultKind.OFFICE,
        "Other",
        kdf_params=TEST_KDF_PARAMS,
        clock=FixedClock(NOW),
        ids=seeded_ids(99),
    ).context
    try:
        imported = records_io.import_records(other, out)
        assert (
            imported.concern_reports,
            imported.outreach_activities,
            imported.service_evaluations,
        ) == (1, 1, 1)
        again = records_io.import_records(other, out)
        assert again.concern_reports == 0 and again.unchanged >= 3
        conn_a, conn_b = office.vault.conn, other.vault.conn
        assert office_store.list_all_concern_reports(conn_b) == (
            office_store.list_all_concern_reports(conn_a)
        )
        assert office_store.list_activities(conn_b) == office_store.list_activities(conn_a)
        assert office_store.list_evaluations(conn_b) == office_store.list_evaluations(conn_a)
    finally:
        vault_service.close(other)


def test_an_import_with_a_bad_office_record_writes_nothing(office: Context, tmp_path: Path) -> None:
    office_records.add_activity(
        office, ActivityInput(date(2026, 4, 2), OutreachKind.STAFF_TRAINING, 12)
    )
    out = tmp_path / "records.json"
    records_io.export_records(office, out, "json")
    document = json.loads(out.read_text())
    document["outreach_activities"][0].update(respondents=13, able_to_help=1)  # 13 of 12 came
    document["concern_reports"] = [{"id": "x"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(records_io.RecordsFormatError, match="concern_reports\\[0\\]"):
        records_io.import_records(office, bad)
    del document["concern_reports"]
    bad.write_text(json.dumps(document))
    with pytest.raises(ValidationError) as caught:
        records_io.import_records(office, bad)
    assert caught.value.problems[0].field == "outreach_activities[0].respondents"
    assert office_store.list_activities(office.vault.conn)[0].respondents is None


def test_a_schema_1_vault_gains_the_office_tables(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault-schema-1", folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        for table in ("concern_reports", "outreach_activities", "service_evaluations"):
            assert office_store.table_exists(vault.conn, table)
            assert office_store.count_rows(vault.conn, table) == 0
        assert vault.integrity_check() == []


def test_a_records_file_with_text_that_is_not_unicode_is_refused(
    office: Context, tmp_path: Path
) -> None:
    """An unpaired surrogate escape is valid JSON but not text the vault can store: the
    file is refused as a whole (a surrogate pair is a character and is fine)."""
    office_records.add_activity(
        office, ActivityInput(date(2026, 4, 2), OutreachKind.STAFF_TRAINING, 12)
    )
    out = tmp_path / "records.json"
    records_io.export_records(office, out, "json")
    before = out.read_bytes()
    assert b"\\u" not in before
    paired = tmp_path / "paired.json"
    paired.write_bytes(before.replace(b'"format"', b'"x":"\\ud83d\\ude00","format"', 1))
    records_io.import_records(office, paired)  # a pair is one character: fine
    lone = tmp_path / "lone.json"
    lone.write_bytes(before.replace(b'"format"', b'"x":"\\ud800","format"', 1))
    with pytest.raises(records_io.RecordsFormatError, match="not valid Unicode"):
        records_io.import_records(office, lone)
