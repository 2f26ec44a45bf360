"""The one bridge from the core's :class:`EventHub` to Qt (after Electrum's event listener).

The core calls its listeners on whatever thread emitted the event. The bridge re-emits each
event on a Qt signal; because the bridge lives on the GUI thread, a slot connected to
:attr:`EventBridge.event` runs on the GUI thread even when the event came from a worker.
Views connect to this signal and never subscribe to the hub themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from vink_desktop.services.events import Event, EventHub


class EventBridge(QObject):
    #: ``(event name, data)``; the name is a :class:`services.events.Event` value.
    #: (The attribute hides ``QObject.event`` from Python only; Qt still calls the C++
    #: handler. The views already connect to this name.)
    event = Signal(str, object)  # type: ignore[assignment]

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = hub.subscribe(self._forward)

    def _forward(self, event: Event, data: dict[str, Any]) -> None:
        # Called on the emitting thread; Qt queues the signal when that is not ours.
        self.event.emit(str(event), dict(data))

    def close(self) -> None:
        """Stop listening (the hub outlives the bridge when a window closes)."""
        self._unsubscribe()
