"""Real vaults for the recovery-through-the-office windows: an office, and field laptops
enrolled with it (closed again, their passphrase and printed key "lost")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import ContactKind, ParticipantKind, VaultKind
from vink_desktop.services import (
    courses,
    participants,
    sessions,
    sync_devices,
    sync_export,
    sync_import,
    sync_service,
    vault_service,
)
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.services.sessions import SessionInput
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

NEW_PASSPHRASE = "a brand new passphrase after the phone call"


def make_office(folder: Path, clock: FixedClock) -> Context:
    return vault_service.create_vault(
        folder, PASSPHRASE, VaultKind.OFFICE, "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS, clock=clock, ids=seeded_ids(5),
    ).context  # fmt: skip


@dataclass
class Laptop:
    folder: Path
    course_id: str


def enrolled_laptop(
    office: Context, folder: Path, clock: FixedClock, *, revoked: bool = False
) -> Laptop:
    """A field vault enrolled with ``office``, one session note recorded, closed. With
    ``revoked``, the office has imported its batch, approved it and then revoked it."""
    field = vault_service.create_vault(
        folder, PASSPHRASE, VaultKind.FIELD, "Mette Mentor",
        kdf_params=TEST_KDF_PARAMS, clock=clock,
    ).context  # fmt: skip
    identity = folder.parent / f"{folder.name}.vinkoffice"
    sync_service.export_office_identity(office, identity)
    sync_service.enroll(field, identity)
    youth = participants.add_participant(field, "Emil-K0001", ParticipantKind.YOUTH)
    course = courses.open_course(field, youth.id, date(2026, 3, 1))
    entry = SessionInput(datetime(2026, 3, 5, 14, 0), 45, ContactKind.MEETING, notes="not synced")
    sessions.record_session(field, course.id, entry)
    if revoked:
        outbox = folder.parent / f"{folder.name}-outbox"
        outbox.mkdir()
        sync_export.export_batches(field, outbox)
        sync_import.import_batches(office, sorted(outbox.iterdir()))
        device = sync_devices.list_devices(office)[0]
        sync_devices.approve_device(office, device.device_id, fingerprint=device.fingerprint)
        sync_devices.revoke_device(office, device.device_id)
    vault_service.close(field)
    return Laptop(folder, course.id)
