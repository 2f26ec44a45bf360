"""Hypothesis round trips: any valid domain object stored in a real vault reads back equal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from vink_desktop.domain.model import (
    ClosingReason,
    ContactKind,
    Course,
    CourseStatus,
    Participant,
    ParticipantKind,
    ReferralSource,
    Session,
    Track,
    VaultKind,
    Worker,
)
from vink_desktop.domain.validation import local_time
from vink_desktop.storage import repositories
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.storage.vault import Vault

ids = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
texts = st.text(max_size=200)  # any Unicode, including the characters SQL and JSON care about
opt_texts = st.none() | st.text(min_size=1, max_size=60)
stamps = st.datetimes(
    min_value=datetime(2014, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
days = st.dates(min_value=date(2014, 1, 1), max_value=date(2039, 12, 31))
revisions = st.integers(min_value=1, max_value=2**40)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder: Path = tmp_path_factory.mktemp("rt") / "vault"
    created = Vault.create(folder, PASSPHRASE, VaultKind.FIELD, kdf_params=TEST_KDF_PARAMS)
    yield created.vault
    created.vault.close()


@st.composite
def participants(draw: st.DrawFn) -> Participant:
    return Participant(
        id=draw(ids),
        code=draw(st.text(min_size=1, max_size=40)),
        kind=draw(st.sampled_from(ParticipantKind)),
        birth_year=draw(st.none() | st.integers(1930, 2030)),
        district=draw(opt_texts),
        referral_source=draw(st.none() | st.sampled_from(ReferralSource)),
        name=draw(opt_texts),
        contact=draw(opt_texts),
        linked_youth_ids=(),
        revision=draw(revisions),
        updated_at=draw(stamps),
    )


@st.composite
def courses(draw: st.DrawFn, participant_id: str, worker_id: str) -> Course:
    start = draw(days)
    closed = draw(st.booleans())
    return Course(
        id=draw(ids),
        participant_id=participant_id,
        track=draw(st.sampled_from(Track)),
        worker_id=worker_id,
        start=start,
        framework_id="vink-2014",
        framework_version=draw(st.sampled_from(["1", "2", "10"])),
        status=CourseStatus.CLOSED if closed else draw(st.sampled_from(CourseStatus)),
        end=start + timedelta(days=draw(st.integers(0, 900))) if closed else None,
        closing_reason=draw(st.sampled_from(ClosingReason)) if closed else None,
        final_evaluation=draw(opt_texts),
        revision=draw(revisions),
        updated_at=draw(stamps),
    )


@st.composite
def sessions(draw: st.DrawFn, course_id: str) -> Session:
    wall = draw(st.datetimes(min_value=datetime(2014, 1, 1), max_value=datetime(2039, 1, 1)))
    wall = wall.replace(second=0, microsecond=0)
    try:
        start = local_time(wall)
    except ValueError:  # the skipped DST hour
        start = local_time(wall + timedelta(hours=1))
    return Session(
        id=draw(ids),
        course_id=course_id,
        start=start,
        duration_minutes=draw(st.integers(0, 720)),
        contact_kind=draw(st.sampled_from(ContactKind)),
        framework_id="vink-2014",
        framework_version="1",
        notes=draw(texts),
        ratings=draw(
            st.dictionaries(st.from_regex(r"[a-z_]{1,20}", fullmatch=True), st.integers(0, 9))
        ),
        self_rating=draw(st.none() | st.integers(1, 5)),
        follow_up=draw(texts),
        acute_concern=draw(st.booleans()),
        revision=draw(revisions),
        updated_at=draw(stamps),
    )


@st.composite
def records(draw: st.DrawFn) -> tuple[Worker, Participant, Course, Session]:
    worker = Worker(draw(ids), draw(st.text(min_size=1, max_size=60)), draw(revisions),
                    draw(stamps))  # fmt: skip
    person = draw(participants())
    course = draw(courses(person.id, worker.id))
    return worker, person, course, draw(sessions(course.id))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_records_round_trip(
    vault: Vault, found: tuple[Worker, Participant, Course, Session]
) -> None:
    worker, person, course, session = found
    with vault.transaction() as conn:
        conn.execute("SAVEPOINT rt")
        repositories.put_worker(conn, worker)
        if repositories.find_participant_by_code(conn, person.code) is None:
            repositories.put_participant(conn, person)
            repositories.put_course(conn, course)
            repositories.put_session(conn, session)
            assert repositories.get_participant(conn, person.id) == person
            assert repositories.get_course(conn, course.id) == course
            assert repositories.get_session(conn, session.id) == session
        assert repositories.get_worker(conn, worker.id) == worker
        conn.execute("ROLLBACK TO rt")
