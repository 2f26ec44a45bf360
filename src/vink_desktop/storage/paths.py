"""Where a vault lives: the application's names, the file names in a vault folder, and the
default folder. Light on purpose (no SQLCipher, no cryptography), so the desktop app's
start window can use it; :mod:`storage.vault` re-exports every name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vink-desktop"
APP_AUTHOR = "VINK"
DB_NAME = "vault.db"
KEY_NAME = "vault.key"
LOCK_NAME = "vault.db.lock"


def default_vault_dir(environ: dict[str, str] | None = None) -> Path:
    """``$VINK_VAULT`` when set, else the platform's user data folder."""
    env = os.environ if environ is None else environ
    if env.get("VINK_VAULT"):
        return Path(env["VINK_VAULT"]).expanduser()
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / "vault"


@dataclass(frozen=True, slots=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()
