"""Fixed seeds and values shared by the sync file-format tests (and by the test vectors in
``docs/batch-format.md``), so a failure can be reproduced byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime

DEVICE_ID = bytes(range(0x00, 0x10))
DEVICE_SIGNING_SEED = bytes(range(0x20, 0x40))
OFFICE_ID = bytes(range(0x10, 0x20))
OFFICE_KEM_SEED = bytes(range(0x40, 0x60))
OFFICE_SIGNING_SEED = bytes(range(0x60, 0x80))
CREATED_AT = datetime(2025, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
SMALL_PAYLOAD = b'{"records":[{"kind":"session","id":"s-1","notes":"SENTINEL-7f3a"}]}'


def seeded(label: int, size: int) -> bytes:
    """Fixed bytes for a second or third identity."""
    return bytes((label + index) % 256 for index in range(size))
