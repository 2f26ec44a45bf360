"""Records as they leave a field laptop: payload records built straight from stored rows
(the export's hot path, no objects), never with a participant's name or contact. The office
reads them back with ``sync_payload``; ``docs/sync.md`` lists the fields."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from vink_desktop.sync.payload import Record, encode_record

Row = Sequence[Any]


def worker_record(r: Row) -> Record:
    return {"id": r[0], "name": r[1], "revision": r[2], "updated_at": r[3]}


def participant_record(r: Row, links: Mapping[str, list[str]]) -> Record:
    """A participant as it travels: never name or contact."""
    return {
        "id": r[0],
        "code": r[1],
        "kind": r[2],
        "birth_year": r[3],
        "district": r[4],
        "referral_source": r[5],
        "linked_youth_ids": links.get(r[0], []),
        "revision": r[6],
        "updated_at": r[7],
    }


def course_record(r: Row) -> Record:
    return {
        "id": r[0], "participant_id": r[1], "track": r[2], "worker_id": r[3], "start": r[4],
        "status": r[5], "end": r[6], "closing_reason": r[7], "final_evaluation": r[8],
        "framework_id": r[9], "framework_version": r[10], "revision": r[11],
        "updated_at": r[12],
    }  # fmt: skip


_loads = json.loads
_text = json.encoder.encode_basestring  # a JSON string, non-ASCII kept (ensure_ascii=False)


def session_json(r: Row) -> str:
    """:func:`session_record` as JSON text, built directly from the stored row: the stored
    ratings are already compact JSON and are put in as they are. The same text as
    ``encode_record(session_record(r))`` for the ratings the program stores."""
    ratings = r[10]
    if not (isinstance(ratings, str) and ratings.startswith("{") and ratings.endswith("}")):
        return encode_record(session_record(r))
    self_rating = "null" if r[11] is None else int(r[11])
    acute = "true" if r[13] == 1 else "false"
    return (
        f'{{"id":{_text(r[0])},"course_id":{_text(r[1])},"start_utc":{_text(r[2])},'
        f'"start_wall":{_text(r[3])},"zone":{_text(r[4])},"duration_minutes":{int(r[5])},'
        f'"contact_kind":{_text(r[6])},"framework_id":{_text(r[7])},'
        f'"framework_version":{_text(r[8])},"notes":{_text(r[9])},"ratings":{ratings},'
        f'"self_rating":{self_rating},"follow_up":{_text(r[12])},"acute_concern":{acute},'
        f'"revision":{int(r[14])},"updated_at":{_text(r[15])}}}'
    )


def session_record(r: Row) -> Record:
    """A session straight from its stored row (the export's hot path: no objects).
    ``start_wall`` keeps the stored seconds, which the records reader accepts."""
    return {
        "id": r[0], "course_id": r[1], "start_utc": r[2], "start_wall": r[3], "zone": r[4],
        "duration_minutes": r[5], "contact_kind": r[6], "framework_id": r[7],
        "framework_version": r[8], "notes": r[9], "ratings": _loads(r[10]),
        "self_rating": r[11], "follow_up": r[12], "acute_concern": r[13] == 1,
        "revision": r[14], "updated_at": r[15],
    }  # fmt: skip


def tombstone_record(r: Row) -> Record:
    return {"entity": r[0], "id": r[1], "revision": r[2], "deleted_at": r[3]}
