"""Errors the storage layer reports. Each has a stable ``code``; the UI and the CLI turn codes
into words in the user's language, so no message here is shown to a person as it is."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error about the vault. ``code`` is stable and used by the UI and CLI."""

    code = "vault_error"
    #: The CLI exit code for this error (see docs/cli.md).
    exit_code = 3


class VaultNotFound(VaultError):
    code = "vault_not_found"
    exit_code = 1


class VaultExists(VaultError):
    code = "vault_exists"
    exit_code = 1


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    exit_code = 2


class WrongRecoveryKey(VaultError):
    code = "wrong_recovery_key"
    exit_code = 2


class MalformedRecoveryKey(VaultError):
    """The text is not a recovery key at all (wrong length or characters)."""

    code = "malformed_recovery_key"
    exit_code = 2


class KeyFileMissing(VaultError):
    code = "keyfile_missing"


class KeyFileDamaged(VaultError):
    code = "keyfile_damaged"


class DatabaseDamaged(VaultError):
    code = "database_damaged"


class VaultLocked(VaultError):
    """Another process has the vault open."""

    code = "vault_in_use"


class NotSqlCipher(VaultError):
    """The sqlite library in use is plain SQLite: refuse to write anything unencrypted."""

    code = "not_sqlcipher"


class SchemaTooNew(VaultError):
    """The vault was written by a newer program."""

    code = "schema_too_new"


class DiskFull(VaultError):
    code = "disk_full"


class WrongOneTimeKey(WrongRecoveryKey):
    """The one-time key the office read out does not open its answer."""

    code = "wrong_one_time_key"


class NoOfficeWrap(VaultError):
    """The key file holds no office wrap (the vault never enrolled with an office, or has
    not been unlocked since it did on an older version), so the office cannot help."""

    code = "no_office_wrap"
    exit_code = 1


class RecoveryFileDamaged(VaultError):
    """A recovery request or answer that is not one, or not intact."""

    code = "recovery_file_damaged"
    exit_code = 1


class RecoveryFileMismatch(VaultError):
    """An intact recovery answer (or request) meant for another vault, office or laptop.
    ``reason``: ``other_vault``, ``other_office``, ``other_device`` or ``not_enrolled``."""

    code = "recovery_file_mismatch"
    exit_code = 1

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
