"""Helpers for the office window tests: an office vault whose clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

__all__ = ["NOW", "PASSPHRASE", "create_office"]

#: Monday 2 November 2026, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def create_office(folder: Path, clock: FixedClock) -> Context:
    """A fresh office vault (real SQLCipher, cheap KDF) on ``clock``."""
    created = vault_service.create_vault(
        folder,
        PASSPHRASE,
        VaultKind.OFFICE,
        "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS,
        clock=clock,
        ids=seeded_ids(11),
    )
    return created.context
