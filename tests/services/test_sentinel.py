"""A unique string typed into a session's notes appears in no byte of any file the program
writes: the database, its -wal and -shm, the key file, and everything under the data,
config, cache, state and log folders (the plaintext export the user asks for aside)."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from vink_desktop.domain.model import ContactKind, ParticipantKind
from vink_desktop.services import courses, participants, records_io, sessions, vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.sessions import SessionInput

SENTINEL = "SENTINEL-7f3a9c-hemmelig-note"


def _files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            found.extend(Path(folder) / name for name in files)
    return found


def _containing(paths: list[Path], needle: bytes) -> list[Path]:
    return [p for p in paths if p.is_file() and needle in p.read_bytes()]


def test_sentinel_never_reaches_disk(ctx: Context, isolated_home: Path, tmp_path: Path) -> None:
    youth = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    entry = SessionInput(
        start=datetime(2026, 3, 5, 14, 0),
        duration_minutes=45,
        contact_kind=ContactKind.HOME_VISIT,
        notes=f"Notes with {SENTINEL} in them",
        follow_up=f"follow {SENTINEL}",
        ratings={"extremist_ties": 3},
    )
    session = sessions.record_session(ctx, course.id, entry)
    sessions.update_session(ctx, session.id, entry)
    sessions.save_draft(ctx, "session:draft", {"notes": SENTINEL})
    courses.show_course(ctx, course.id)
    vault_dir = ctx.vault.paths.folder
    needles = [SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")]

    # While the vault is open: the WAL and SHM exist and hold the newest pages.
    open_files = _files_under(vault_dir, isolated_home)
    assert any(p.name.endswith("-wal") for p in open_files)
    for needle in needles:
        assert _containing(open_files, needle) == []

    vault_service.close(ctx)
    closed_files = _files_under(vault_dir, isolated_home, tmp_path)
    for needle in needles:
        assert _containing(closed_files, needle) == []


def test_only_an_explicit_plaintext_export_contains_it(ctx: Context, tmp_path: Path) -> None:
    youth = participants.add_participant(ctx, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    sessions.record_session(
        ctx,
        course.id,
        SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.PHONE, notes=SENTINEL),
    )
    out = tmp_path / "export.json"
    records_io.export_records(ctx, out, "json")
    assert SENTINEL.encode() in out.read_bytes()
    assert _containing(_files_under(ctx.vault.paths.folder), SENTINEL.encode()) == []


def test_sentinel_is_in_no_batch_receipt_report_or_office_vault_file(
    ctx: Context, isolated_home: Path, tmp_path: Path
) -> None:
    """What travels and what the office writes: batch files, receipts, the office vault
    after the import, and the yearly report's CSV/JSON."""
    from tests.conftest import PASSPHRASE, seeded_ids
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services import (
        sync_devices,
        sync_export,
        sync_import,
        sync_receipts,
        sync_service,
        yearly_report,
    )
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    office = vault_service.create_vault(
        tmp_path / "office", PASSPHRASE, VaultKind.OFFICE, "Sara",
        kdf_params=TEST_KDF_PARAMS, clock=ctx.clock, ids=seeded_ids(5),
    ).context  # fmt: skip
    identity = tmp_path / "office.vinkoffice"
    sync_service.export_office_identity(office, identity)
    sync_service.enroll(ctx, identity)
    youth = participants.add_participant(
        ctx, "Emil-K0001", ParticipantKind.YOUTH, name=f"Name {SENTINEL}", contact=SENTINEL
    )
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    sessions.record_session(
        ctx, course.id,
        SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.MEETING, notes=SENTINEL),
    )  # fmt: skip
    outbox, inbox = tmp_path / "outbox", tmp_path / "receipts"
    outbox.mkdir()
    inbox.mkdir()
    sync_export.export_batches(ctx, outbox)
    sync_import.import_batches(office, sorted(outbox.iterdir()))
    device = sync_devices.list_devices(office)[0]
    sync_devices.approve_device(office, device.device_id, fingerprint=device.fingerprint)
    sync_receipts.write_receipts(office, inbox)
    for receipt in sorted(inbox.iterdir()):
        sync_receipts.import_receipt(ctx, receipt)
    report = yearly_report.build_report(office, 2026)
    (tmp_path / "report.csv").write_bytes(yearly_report.render_csv(report))
    (tmp_path / "report.json").write_bytes(yearly_report.render_json(report))
    # The office holds the session (notes travel, encrypted), never the name or contact.
    assert courses.show_course(office, course.id).sessions[0].notes == SENTINEL
    assert participants.get_participant(office, youth.id).name is None
    vault_service.close(office)
    written = _files_under(outbox, inbox, tmp_path / "office", isolated_home)
    written += [tmp_path / "report.csv", tmp_path / "report.json"]
    assert any(p.suffix == ".vinkbatch" for p in written)
    for needle in (SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")):
        assert _containing(written, needle) == []


def test_sentinel_is_in_no_recovery_request_or_answer(
    ctx: Context, isolated_home: Path, tmp_path: Path
) -> None:
    """Recovery through the office: the request the locked laptop writes, the office's
    answer, and both vaults and key files after the recovery."""
    from tests.conftest import PASSPHRASE, seeded_ids
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services import office_recovery, sync_service
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    office = vault_service.create_vault(
        tmp_path / "office", PASSPHRASE, VaultKind.OFFICE, "Sara",
        kdf_params=TEST_KDF_PARAMS, clock=ctx.clock, ids=seeded_ids(5),
    ).context  # fmt: skip
    identity = tmp_path / "office.vinkoffice"
    sync_service.export_office_identity(office, identity)
    sync_service.enroll(ctx, identity)
    youth = participants.add_participant(
        ctx, "Emil-K0001", ParticipantKind.YOUTH, name=f"Name {SENTINEL}", contact=SENTINEL
    )
    course = courses.open_course(ctx, youth.id, date(2026, 3, 1))
    sessions.record_session(
        ctx, course.id,
        SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.MEETING, notes=SENTINEL),
    )  # fmt: skip
    vault_dir = ctx.vault.paths.folder
    vault_service.close(ctx)
    request = tmp_path / "r.vinkrecovery-request"
    office_recovery.write_request(vault_dir, request)
    answered = office_recovery.answer_request(office, request, tmp_path / "a.vinkrecovery-answer")
    vault_service.close(office)
    recovered = office_recovery.recover_with_answer(
        vault_dir, answered.path, answered.one_time_key, "a new passphrase, long enough",
        kdf_params=TEST_KDF_PARAMS,
    )  # fmt: skip
    assert courses.show_course(recovered.context, course.id).sessions[0].notes == SENTINEL
    vault_service.close(recovered.context)
    written = _files_under(vault_dir, tmp_path, isolated_home)
    assert request in written and answered.path in written
    for needle in (SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")):
        assert _containing(written, needle) == []
