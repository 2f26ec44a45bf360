"""Fixtures for the sync file-format tests: deterministic identities and one small batch.

The identities are built from the fixed seeds in ``format_fixtures``.
"""

from __future__ import annotations

import pytest
from format_fixtures import (
    CREATED_AT,
    DEVICE_ID,
    DEVICE_SIGNING_SEED,
    OFFICE_ID,
    OFFICE_KEM_SEED,
    OFFICE_SIGNING_SEED,
    SMALL_PAYLOAD,
    seeded,
)

from vink_desktop.sync.batch_format import encode_batch
from vink_desktop.sync.identity import DeviceIdentity, OfficeIdentity


@pytest.fixture(scope="session")
def device() -> DeviceIdentity:
    return DeviceIdentity.from_seeds(DEVICE_ID, DEVICE_SIGNING_SEED)


@pytest.fixture(scope="session")
def other_device() -> DeviceIdentity:
    return DeviceIdentity.from_seeds(seeded(0x90, 16), seeded(0xA0, 32))


@pytest.fixture(scope="session")
def office() -> OfficeIdentity:
    return OfficeIdentity.from_seeds(OFFICE_ID, OFFICE_KEM_SEED, OFFICE_SIGNING_SEED)


@pytest.fixture(scope="session")
def other_office() -> OfficeIdentity:
    return OfficeIdentity.from_seeds(seeded(0xB0, 16), seeded(0xC0, 32), seeded(0xD0, 32))


@pytest.fixture(scope="session")
def small_batch(device: DeviceIdentity, office: OfficeIdentity) -> bytes:
    return encode_batch(device, office.public, 1, bytes(32), SMALL_PAYLOAD, CREATED_AT)
