"""The batch payload: a strict envelope, and records in the records-format shapes."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import add_youth_with_sessions

from vink_desktop.domain.model import ParticipantKind
from vink_desktop.services import participants, record_readers, records_io
from vink_desktop.services.context import Context
from vink_desktop.services.sync_outgoing import (
    course_record,
    participant_record,
    session_record,
    worker_record,
)
from vink_desktop.services.sync_payload import (
    COURSE_FIELDS,
    PARTICIPANT_FIELDS,
    SESSION_FIELDS,
    WORKER_FIELDS,
    read_session,
)
from vink_desktop.storage import repositories, sync_records
from vink_desktop.sync.payload import (
    SECTIONS,
    SECTIONS_BY_VERSION,
    PayloadError,
    decode_payload,
    encode_payload,
)


def _doc(*, sections_of: int = 1, **changes: object) -> bytes:
    """A payload document with the (empty) sections of version ``sections_of``."""
    document: dict[str, object] = {"format": "vink-sync-payload", "version": sections_of}
    document.update({name: [] for name in SECTIONS_BY_VERSION[sections_of]})
    document.update(changes)
    return json.dumps(document).encode()


def test_round_trip() -> None:
    data = encode_payload({"sessions": [{"id": "s1", "notes": "æøå"}]})
    assert data.startswith(b'{"format":"vink-sync-payload","version":2,"workers":[]')
    assert list(json.loads(data)) == ["format", "version", *SECTIONS]
    payload = decode_payload(data)
    assert payload.sessions == [{"id": "s1", "notes": "æøå"}] and payload.records == 1
    with pytest.raises(ValueError):
        encode_payload({"secrets": []})


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff\xfe", "payload_not_json"),
        (b"{", "payload_not_json"),
        (b"[]", "payload_wrong_format"),
        (_doc(format="vink-records"), "payload_wrong_format"),
        (_doc(version=3), "payload_unsupported_version"),
        (_doc(sections_of=2, version=3), "payload_unsupported_version"),
        # Each version has exactly its own members: no office sections in version 1, all
        # of them in version 2.
        (_doc(version=2), "payload_malformed"),
        (_doc(concern_reports=[]), "payload_malformed"),
        (_doc(sections_of=2, version=1), "payload_malformed"),
        (_doc(sections_of=2, service_evaluations={}), "payload_malformed"),
        (_doc(version="1"), "payload_unsupported_version"),
        (_doc(version=True), "payload_unsupported_version"),
        (_doc(extra=[]), "payload_malformed"),
        (_doc(sessions={}), "payload_malformed"),
        (_doc(sessions=[1]), "payload_malformed"),
        (json.dumps({"format": "vink-sync-payload", "version": 1}).encode(), "payload_malformed"),
    ],
)
def test_strict_envelope(data: bytes, code: str) -> None:
    with pytest.raises(PayloadError) as error:
        decode_payload(data)
    assert error.value.code == code


def test_both_versions_read() -> None:
    old = decode_payload(_doc(sessions=[{"id": "s1"}]))
    assert old.version == 1 and old.records == 1
    assert (old.concern_reports, old.outreach_activities, old.service_evaluations) == ((), (), ())
    new = decode_payload(_doc(sections_of=2, outreach_activities=[{"id": "a1"}]))
    assert new.version == 2 and new.outreach_activities == [{"id": "a1"}] and new.records == 1


@settings(max_examples=300)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_give_a_payload_or_a_payload_error(data: bytes) -> None:
    with contextlib.suppress(PayloadError):
        decode_payload(data)


def test_records_have_the_records_format_shapes(ctx: Context) -> None:
    """What a batch carries is exactly what ``records export`` writes (without identities),
    and reads back through the records readers to the same records."""
    youth = participants.get_participant(
        ctx, participants.add_participant(ctx, "Y-1", ParticipantKind.YOUTH, name="N").id
    )
    participants.add_participant(ctx, "P-1", ParticipantKind.PARENT, linked_youth=[youth.id])
    course_id, session_ids = add_youth_with_sessions(ctx, "Y-2", 2)
    conn = ctx.vault.conn
    sync_records.collect_changed(conn, 0, 10_000)
    try:
        rows, links = sync_records.changed_participants(conn)
        people = [participant_record(r, links) for r in rows]
        courses = [course_record(r) for r in sync_records.changed_courses(conn)]
        sessions = [session_record(r) for page in sync_records.changed_sessions(conn)
                    for r in page]  # fmt: skip
        workers = [worker_record(r) for r in sync_records.changed_workers(conn)]
    finally:
        sync_records.drop_changed(conn)
    assert [p["kind"] for p in people] == ["youth", "youth", "parent"]  # youth first
    expected_people = {p.id: records_io._participant_out(p, False)
                       for p in repositories.list_participants(conn)}  # fmt: skip
    for record in people:
        assert record.keys() == PARTICIPANT_FIELDS
        assert record == expected_people[record["id"]]
    for record in workers:
        assert record.keys() == WORKER_FIELDS
        assert record == records_io._worker_out(repositories.get_worker(conn, record["id"]))  # type: ignore[arg-type]
    for record in courses:
        assert record.keys() == COURSE_FIELDS
        stored = repositories.get_course(conn, record["id"])
        assert record == records_io._course_out(stored)  # type: ignore[arg-type]
        assert record_readers.course_in(record) == stored
    for record in sessions:
        assert record.keys() == SESSION_FIELDS
        stored_session = repositories.get_session(conn, record["id"])
        assert stored_session is not None
        expected = records_io._session_out(stored_session)
        assert record == {**expected, "start_wall": expected["start_wall"] + ":00"}
        row, _, _ = record_readers.session_row(record)
        assert row == repositories.session_row(stored_session)
    assert {s["id"] for s in sessions} == set(session_ids) and course_id


def test_sync_modules_import_without_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["PySide6"] = None
        import vink_desktop.sync.payload
        import vink_desktop.storage.sync_store, vink_desktop.storage.sync_records
        import vink_desktop.services.sync_service, vink_desktop.services.sync_export
        import vink_desktop.services.sync_import, vink_desktop.services.sync_devices
        import vink_desktop.services.sync_receipts, vink_desktop.cli.sync_commands
        assert not any(name.startswith("PySide6") and sys.modules[name] for name in sys.modules)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


_STAMPS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.isoformat(timespec="microseconds") + "Z"
)
_TIMES = st.one_of(
    _STAMPS, _STAMPS, _STAMPS, _STAMPS,
    st.sampled_from(["2026-02-02T14:00:00Z", "2026-02-02 14:00:00.000000Z",
                     "2026-13-02T14:00:00.000000Z", "2026-02-30T14:00:00.000000Z",
                     "2026-02-02T14:00:00.000000+01:00", "2026-02-02T14:00:00.000000",
                     "0000-01-01T00:00:00.000000Z", "", "x"]),
    st.integers(), st.none(),
)  # fmt: skip
_WALL_TEXTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.isoformat(timespec="seconds")
)
_WALLS = st.one_of(
    _WALL_TEXTS, _WALL_TEXTS, _WALL_TEXTS,
    st.sampled_from(["2026-02-02T15:00", "2026-02-02T15:00:00+01:00", "2026-02-02 15:00:00",
                     "2026-02-29T15:00:00", "2026-02-02T25:00:00"]),
    st.integers(),
)  # fmt: skip
_KEYS = st.one_of(st.sampled_from(["extremist_ties", "a", "b_2", "zz", "Ø", 'q"', "A", ""]),
                  st.from_regex(r"[a-z_]{1,5}", fullmatch=True), st.text(max_size=4))  # fmt: skip
_ANY = st.one_of(st.none(), st.booleans(), st.integers(-2, 5), st.text(max_size=3),
                 st.lists(st.integers(), max_size=1))  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    start_utc=_TIMES,
    updated_at=_TIMES,
    start_wall=_WALLS,
    ratings=st.one_of(
        st.dictionaries(_KEYS, st.one_of(st.integers(-3, 9), st.booleans()), max_size=5), _ANY
    ),
    notes=_ANY,
    acute=_ANY,
    kind=st.sampled_from(["meeting", "phone", "nope", 3]),
    self_rating=_ANY,
    revision=_ANY,
)
def test_fast_session_reader_matches_the_records_reader(
    start_utc: object, updated_at: object, start_wall: object, ratings: object, notes: object,
    acute: object, kind: object, self_rating: object, revision: object,
) -> None:  # fmt: skip
    item = {
        "id": "51" * 16, "course_id": "c1" * 16, "start_utc": start_utc, "start_wall": start_wall,
        "zone": "Europe/Copenhagen", "duration_minutes": 60, "contact_kind": kind,
        "framework_id": "vink-2014", "framework_version": "1", "notes": notes,
        "ratings": ratings, "self_rating": self_rating, "follow_up": "", "acute_concern": acute,
        "revision": revision, "updated_at": updated_at,
    }  # fmt: skip

    def outcome(read: Callable[[dict[str, object]], object]) -> object:
        try:
            return read(item)
        except (KeyError, TypeError, ValueError):
            return "refused"

    assert outcome(read_session) == outcome(record_readers.session_row)


def test_the_exporter_s_sessions_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from vink_desktop.services import sync_payload

    item = json.loads(json.dumps(_EXPORTED))
    expected = record_readers.session_row(item)
    monkeypatch.setattr(sync_payload, "_session_row", None)  # would fail if called
    assert read_session(item) == expected


_EXPORTED = {
    "id": "51" * 16, "course_id": "c1" * 16, "start_utc": "2026-02-02T14:00:00.000000Z",
    "start_wall": "2026-02-02T15:00:00", "zone": "Europe/Copenhagen", "duration_minutes": 60,
    "contact_kind": "meeting", "framework_id": "vink-2014", "framework_version": "1",
    "notes": "Samtale \"om\" skole", "ratings": {"us_and_them": 2, "extremist_ties": 3},
    "self_rating": None, "follow_up": "", "acute_concern": True, "revision": 2,
    "updated_at": "2026-03-12T09:00:00.000000Z",
}  # fmt: skip
