"""Long work on a worker thread through its own connection to the same open vault."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from vink_desktop.domain.model import ParticipantKind
from vink_desktop.services import courses, demo, participants, records_io
from vink_desktop.services.context import Context, thread_context


def test_import_on_a_worker_thread_is_seen_by_the_gui_connection(
    ctx: Context, tmp_path: Path
) -> None:
    demo.generate_demo(ctx, 4, 12)
    export = tmp_path / "records.json"
    records_io.export_records(ctx, export, "json")
    before = len(courses.list_courses(ctx))
    # A second vault with the same records, imported on a worker thread.
    from tests.conftest import PASSPHRASE, seeded_ids
    from vink_desktop.domain.model import VaultKind
    from vink_desktop.services import vault_service
    from vink_desktop.storage.kdf import TEST_KDF_PARAMS

    other = vault_service.create_vault(
        tmp_path / "other", PASSPHRASE, VaultKind.OFFICE, "Sara",
        kdf_params=TEST_KDF_PARAMS, clock=ctx.clock, ids=seeded_ids(9),
    ).context  # fmt: skip
    participants.add_participant(other, "Before-1", ParticipantKind.YOUTH)
    progress: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with thread_context(other) as worker:
                records_io.import_records(worker, export, lambda d, t: progress.append((d, t)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=60)
    assert errors == []
    assert progress and progress[-1][0] == progress[-1][1]
    assert len(courses.list_courses(other)) == before
    assert other.vault.is_open  # the GUI thread's handle is untouched
    courses.open_course(other, "Before-1", date(2026, 3, 1))
    vault_service.close(other)
