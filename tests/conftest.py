"""Shared fixtures: every test runs with an isolated home, so no test reads or writes the
real user's data, config, cache or log folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A fresh HOME and XDG_* tree per test; returns the HOME folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("VINK_VAULT", raising=False)
    monkeypatch.delenv("VINK_PASSPHRASE_FILE", raising=False)
    return home


# -- vault fixtures --------------------------------------------------------------------------

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from vink_desktop.domain.model import VaultKind  # noqa: E402
from vink_desktop.services import vault_service  # noqa: E402
from vink_desktop.services.context import Context, FixedClock, IdFactory  # noqa: E402
from vink_desktop.storage.kdf import TEST_KDF_PARAMS  # noqa: E402

PASSPHRASE = "correct horse battery staple"
#: Thursday 12 March 2026, 10:00 in Copenhagen (09:00 UTC).
T0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def seeded_ids(seed: int = 7) -> IdFactory:
    import random

    rng = random.Random(seed)
    return IdFactory(rng.randbytes)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def ctx(vault_dir: Path, clock: FixedClock) -> Iterator[Context]:
    """A fresh field vault on disk (real SQLCipher) with cheap KDF parameters injected."""
    created = vault_service.create_vault(
        vault_dir,
        PASSPHRASE,
        VaultKind.FIELD,
        "Mette Mentor",
        kdf_params=TEST_KDF_PARAMS,
        clock=clock,
        ids=seeded_ids(),
    )
    yield created.context
    if created.context.vault.is_open:
        vault_service.close(created.context)
