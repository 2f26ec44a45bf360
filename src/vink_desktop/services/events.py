"""A plain callback registry: the core announces what changed, and anyone listens.

The GUI has one bridge object that re-emits these on a Qt signal, so its handlers run on the
GUI thread (see ``ui/event_bridge.py``). The core never imports Qt.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import Any


class Event(enum.StrEnum):
    PARTICIPANT_SAVED = "participant_saved"
    COURSE_SAVED = "course_saved"
    SESSION_SAVED = "session_saved"
    SESSION_DELETED = "session_deleted"
    RECORDS_IMPORTED = "records_imported"
    VAULT_CLOSED = "vault_closed"


Listener = Callable[[Event, dict[str, Any]], None]


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, event: Event, **data: Any) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event, data)
