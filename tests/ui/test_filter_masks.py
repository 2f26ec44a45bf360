"""The list proxies keep a mask of accepted rows; when one row is saved or added they look at
that row alone. Whatever the order of changes, what they show and count must equal a proxy
that filters everything from scratch."""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vink_desktop.domain.model import CourseStatus, Track
from vink_desktop.storage.course_queries import CourseSummary
from vink_desktop.ui.course_list_model import COURSE_ID_ROLE, CourseFilterProxy
from vink_desktop.ui.record_table import RecordFilterProxy, RecordTableModel


def _summary(number: int, rng: random.Random) -> CourseSummary:
    return CourseSummary(
        id=f"c{number:04d}",
        participant_id=f"p{number:04d}",
        participant_code=f"{rng.choice(['Emil', 'Sara', 'Ali'])}-{number}",
        participant_kind="youth",
        district=rng.choice([None, "Valby", "Nørrebro"]),
        track=rng.choice(list(Track)),
        worker_id="w1",
        worker_name=rng.choice(["Mette", "Jonas"]),
        start=date(2026, 1, 5),
        status=rng.choice(list(CourseStatus)),
        end=None,
        sessions=rng.randrange(10),
        last_session_utc=None,
        current_score=None,
        overall_change=None,
        overall_class=None,
        progression=None,
        self_reported_progression=None,
        off_track=({"code": "acute_concern"},) if rng.random() < 0.3 else (),
    )


def _shown(proxy: CourseFilterProxy) -> list[str]:
    return [str(proxy.index(i, 0).data(COURSE_ID_ROLE)) for i in range(proxy.rowCount())]


def _fresh_like(rows: list[CourseSummary], filters: dict[str, Any]) -> CourseFilterProxy:
    fresh = CourseFilterProxy()
    fresh.course_model().set_rows(rows)
    _apply(fresh, filters)
    return fresh


def _apply(proxy: CourseFilterProxy, filters: dict[str, Any]) -> None:
    proxy.set_search(filters["search"])
    proxy.set_track(filters["track"])
    proxy.set_statuses(filters["statuses"])
    proxy.set_off_track_only(filters["off_track_only"])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), steps=st.integers(1, 25))
def test_one_row_at_a_time_equals_filtering_from_scratch(
    qapp: object, seed: int, steps: int
) -> None:
    rng = random.Random(seed)
    rows = [_summary(n, rng) for n in range(40)]
    filters = {
        "search": rng.choice(["", "emil", "valby", "mette", "-1"]),
        "track": rng.choice([None, *Track]),
        "statuses": rng.choice(
            [(), (CourseStatus.ACTIVE,), (CourseStatus.ACTIVE, CourseStatus.PAUSED)]
        ),
        "off_track_only": rng.random() < 0.3,
    }
    proxy = CourseFilterProxy()
    model = proxy.course_model()
    model.set_rows(rows)
    _apply(proxy, filters)
    assert proxy.counts() == _fresh_like(rows, filters).counts()
    for _ in range(steps):
        if rng.random() < 0.25:  # a new course
            changed = _summary(len(rows) + 100, rng)
            rows.append(changed)
        else:  # a course saved: it may enter or leave the filter
            index = rng.randrange(len(rows))
            other = _summary(index, rng)
            changed = dataclasses.replace(
                rows[index], status=other.status, track=other.track,
                off_track=other.off_track, participant_code=other.participant_code,
            )  # fmt: skip
            rows[index] = changed
        model.update_row(changed)
        fresh = _fresh_like(rows, filters)
        assert proxy.counts() == fresh.counts()
        assert sorted(_shown(proxy)) == sorted(_shown(fresh))


class _Words(RecordTableModel):
    """The smallest record table: (id, word) rows."""

    column_count = 1

    def headers(self) -> list[str]:
        return ["word"]

    def display(self, row: Any, column: int) -> str | None:
        return str(row[1])

    def sort_key(self, row: Any, column: int) -> Any:
        return row[1]

    def row_id(self, row: Any) -> str:
        return str(row[0])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), steps=st.integers(1, 25))
def test_record_proxy_one_row_at_a_time_equals_from_scratch(
    qapp: object, seed: int, steps: int
) -> None:
    rng = random.Random(seed)
    words = ["apple", "avocado", "banana", "cherry", "apricot", "date"]
    rows = [(f"r{n}", rng.choice(words)) for n in range(30)]

    def starts_with_a(row: Any) -> bool:
        return str(row[1]).startswith("a")

    model = _Words()
    proxy = RecordFilterProxy(model)
    model.setParent(proxy)
    proxy.set_predicate(starts_with_a)
    model.set_rows(rows)
    for _ in range(steps):
        if rng.random() < 0.25:
            changed = (f"r{len(rows) + 100}", rng.choice(words))
            rows.append(changed)
        else:
            index = rng.randrange(len(rows))
            changed = (rows[index][0], rng.choice(words))
            rows[index] = changed
        model.update_row(changed)
        fresh_model = _Words()
        fresh = RecordFilterProxy(fresh_model)
        fresh_model.setParent(fresh)  # deleted with its proxy, never before it
        fresh.set_predicate(starts_with_a)
        fresh_model.set_rows(rows)
        assert proxy.visible_rows() == fresh.visible_rows()
        assert proxy.rowCount() == fresh.rowCount()
