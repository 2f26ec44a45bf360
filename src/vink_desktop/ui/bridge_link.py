"""A view's link to the core's events: the app's shared :class:`EventBridge` when it gives
one (it outlives a lock), otherwise a bridge of the view's own, made for each context and
closed on lock and when the view is destroyed (so the hub never calls a deleted object)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from vink_desktop.services.context import Context
from vink_desktop.ui.event_bridge import EventBridge

Handler = Callable[[str, dict[str, Any]], None]


class BridgeLink:
    def __init__(self, owner: QWidget, shared: EventBridge | None, handler: Handler) -> None:
        self._owner = owner
        self._shared = shared
        self._handler = handler
        self._bridge: EventBridge | None = None

    def connect(self, ctx: Context) -> None:
        if self._shared is not None:
            if self._bridge is None:
                self._bridge = self._shared
                self._bridge.event.connect(self._handler)
            return
        self.disconnect()
        bridge = EventBridge(ctx.events, self._owner)
        bridge.event.connect(self._handler)
        self._owner.destroyed.connect(bridge.close)
        self._bridge = bridge

    def disconnect(self) -> None:
        """Close a bridge of our own (on lock); the shared one stays connected."""
        bridge = self._bridge
        if bridge is not None and bridge is not self._shared:
            bridge.close()
            bridge.deleteLater()
            self._bridge = None
