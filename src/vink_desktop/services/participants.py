"""Use cases for participants: add, change, find, list."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from vink_desktop.domain.model import Participant, ParticipantKind, ReferralSource
from vink_desktop.domain.validation import Problem, ValidationError, check_participant
from vink_desktop.services.context import Context
from vink_desktop.services.errors import NotFound
from vink_desktop.services.events import Event
from vink_desktop.storage import repositories
from vink_desktop.storage.journal import AuditAction, audit


def add_participant(
    ctx: Context,
    code: str,
    kind: ParticipantKind,
    *,
    birth_year: int | None = None,
    district: str | None = None,
    referral_source: ReferralSource | None = None,
    name: str | None = None,
    contact: str | None = None,
    linked_youth: Sequence[str] = (),
) -> Participant:
    """Add a young person or a parent. ``linked_youth`` are ids or codes of young people."""
    conn = ctx.vault.conn
    linked = tuple(_resolve_youth(ctx, ref) for ref in linked_youth)
    participant = Participant(
        id=ctx.ids.new_id(),
        code=code,
        kind=kind,
        birth_year=birth_year,
        district=district or None,
        referral_source=referral_source,
        name=name or None,
        contact=contact or None,
        linked_youth_ids=linked,
        revision=1,
        updated_at=ctx.clock.now(),
    )
    check_participant(participant, ctx.clock.today())
    if repositories.find_participant_by_code(conn, code) is not None:
        raise ValidationError(
            [Problem("duplicate_code", "code", "another participant already has this code")]
        )
    with ctx.vault.transaction() as conn:
        repositories.put_participant(conn, participant)
        audit(
            conn, ctx.clock.now(), ctx.actor_id, AuditAction.CREATE, "participant", participant.id
        )
    ctx.events.emit(Event.PARTICIPANT_SAVED, participant_id=participant.id)
    return participant


def update_participant(ctx: Context, participant: Participant) -> Participant:
    """Store changed fields of an existing participant (its revision goes up by one)."""
    current = get_participant(ctx, participant.id)
    updated = dataclasses.replace(
        participant, revision=current.revision + 1, updated_at=ctx.clock.now()
    )
    check_participant(updated, ctx.clock.today())
    other = repositories.find_participant_by_code(ctx.vault.conn, updated.code)
    if other is not None and other.id != updated.id:
        raise ValidationError(
            [Problem("duplicate_code", "code", "another participant already has this code")]
        )
    with ctx.vault.transaction() as conn:
        repositories.put_participant(conn, updated)
        audit(conn, ctx.clock.now(), ctx.actor_id, AuditAction.UPDATE, "participant", updated.id)
    ctx.events.emit(Event.PARTICIPANT_SAVED, participant_id=updated.id)
    return updated


def get_participant(ctx: Context, ref: str) -> Participant:
    """A participant by id or by pseudonym code."""
    conn = ctx.vault.conn
    found = repositories.get_participant(conn, ref) or repositories.find_participant_by_code(
        conn, ref
    )
    if found is None:
        raise NotFound("participant", ref)
    return found


def list_participants(
    ctx: Context, *, kind: ParticipantKind | None = None, search: str | None = None
) -> list[Participant]:
    return repositories.list_participants(ctx.vault.conn, kind=kind, search=search)


def parents_of(ctx: Context, youth_id: str) -> list[Participant]:
    conn = ctx.vault.conn
    return [get_participant(ctx, pid) for pid in repositories.parents_of(conn, youth_id)]


def _resolve_youth(ctx: Context, ref: str) -> str:
    youth = get_participant(ctx, ref)
    if youth.kind is not ParticipantKind.YOUTH:
        raise ValidationError(
            [Problem("link_not_youth", "linked_youth", "a parent can only be linked to a youth")]
        )
    return youth.id
