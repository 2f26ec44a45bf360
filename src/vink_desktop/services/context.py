"""What every service needs, injected: the open vault, the frameworks, a clock, an id
source and an event hub. Tests pass a fixed clock and seeded ids; the app passes the real
ones."""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from vink_desktop.domain.framework_loader import FrameworkRegistry, builtin_frameworks
from vink_desktop.services.events import EventHub
from vink_desktop.storage.vault import Vault

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


class Clock:
    """The real clock. ``now`` is aware UTC; ``today`` is the date in Copenhagen."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(COPENHAGEN).date()


class FixedClock(Clock):
    """A clock that stands still until moved: for tests, the demo and benchmarks."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.at = self.at + timedelta(**delta)


class IdFactory:
    """Random 128-bit ids as 32 hex digits. Pass ``rng`` for reproducible ids."""

    def __init__(self, rng: Callable[[int], bytes] = secrets.token_bytes) -> None:
        self._rng = rng

    def new_id(self) -> str:
        return uuid.UUID(bytes=self._rng(16), version=4).hex


@dataclass
class Context:
    """Everything a service needs. One per thread: see :func:`thread_context`."""

    vault: Vault
    actor_id: str
    frameworks: FrameworkRegistry = field(default_factory=builtin_frameworks)
    clock: Clock = field(default_factory=Clock)
    ids: IdFactory = field(default_factory=IdFactory)
    events: EventHub = field(default_factory=EventHub)


@contextlib.contextmanager
def thread_context(ctx: Context) -> Iterator[Context]:
    """A context for a worker thread: the same vault through its own connection, the same
    clock, ids, frameworks and event hub. Open and use it on the worker thread."""
    vault = ctx.vault.open_for_thread()
    try:
        yield dataclasses.replace(ctx, vault=vault)
    finally:
        vault.close()
