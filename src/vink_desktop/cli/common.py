"""What every command shares: finding and unlocking the vault, reading secrets without argv,
printing tables or JSON, and turning errors into the documented exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vink_desktop.domain.framework_reader import FrameworkError
from vink_desktop.domain.validation import ValidationError
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context
from vink_desktop.services.errors import InvalidState, NotFound
from vink_desktop.storage.errors import VaultError
from vink_desktop.storage.vault import default_vault_dir

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_WRONG_SECRET = 2
EXIT_VAULT = 3


class UsageError(Exception):
    """Bad usage that argparse cannot see (e.g. a missing passphrase source)."""


class CliParser(argparse.ArgumentParser):
    """argparse with exit code 1 for bad usage (argparse's own default is 2, which this
    program keeps for a wrong passphrase)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_INVALID, f"{self.prog}: error: {message}\n")


def vault_folder(args: argparse.Namespace) -> Path:
    if getattr(args, "vault", None):
        return Path(args.vault).expanduser()
    return default_vault_dir()


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the passphrase file: {exc.strerror}") from None
    secret = text.splitlines()[0] if text else ""
    if not secret:
        raise UsageError("the passphrase file is empty")
    return secret


def read_passphrase(
    args: argparse.Namespace, prompt: str = "Passphrase: ", *, file_attr: str = "passphrase_file"
) -> str:
    """From ``--passphrase-file``, ``$VINK_PASSPHRASE_FILE`` or the terminal; never argv."""
    path = getattr(args, file_attr, None)
    if path is None and file_attr == "passphrase_file":
        path = os.environ.get("VINK_PASSPHRASE_FILE")
    if path:
        return _read_secret_file(path)
    if not sys.stdin.isatty():
        raise UsageError(
            "no terminal to ask for the passphrase: use --passphrase-file or VINK_PASSPHRASE_FILE"
        )
    return getpass.getpass(prompt)


def read_new_passphrase(args: argparse.Namespace, file_attr: str) -> str:
    """A new passphrase: from a file, or typed twice at the terminal."""
    path = getattr(args, file_attr, None)
    if path is None and file_attr == "passphrase_file":
        path = os.environ.get("VINK_PASSPHRASE_FILE")
    if path:
        return _read_secret_file(path)
    if not sys.stdin.isatty():
        raise UsageError(f"no terminal to ask for the new passphrase: use --{_flag(file_attr)}")
    first = getpass.getpass("New passphrase: ")
    second = getpass.getpass("Repeat the new passphrase: ")
    if first != second:
        raise UsageError("the two passphrases differ")
    return first


def _flag(attr: str) -> str:
    return attr.replace("_", "-")


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < 10:
        raise UsageError("the passphrase must be at least 10 characters")


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Context]:
    """Open the vault for one command and close it afterwards."""
    folder = vault_folder(args)
    ctx = vault_service.open_vault(folder, read_passphrase(args))
    try:
        yield ctx
    finally:
        vault_service.close(ctx)


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {_key(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def _key(value: object) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not rows:
        print("(none)")


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parse_wall_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a time (YYYY-MM-DDTHH:MM, Copenhagen wall time): {text!r}"
        ) from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the Copenhagen wall time without a zone")
    return value


def run_guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; print a clear message on stderr and return the exit code on failure."""
    try:
        return handler(args)
    except VaultError as exc:
        print(f"vink-desktop: {describe_vault_error(exc)}", file=sys.stderr)
        return exc.exit_code
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"vink-desktop: invalid {problem.field}: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    except (NotFound, InvalidState, UsageError, FrameworkError) as exc:
        print(f"vink-desktop: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("vink-desktop: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130


_VAULT_MESSAGES = {
    "vault_not_found": "no vault at {detail}; create one with `vink-desktop init`",
    "vault_exists": "a vault already exists at {detail}",
    "wrong_passphrase": "wrong passphrase; nothing was changed. Try again, or use"
    " `vink-desktop recover` with the recovery key",
    "wrong_recovery_key": "this recovery key does not open the vault; nothing was changed",
    "malformed_recovery_key": "that is not a recovery key (check for a typo); nothing was changed",
    "keyfile_missing": "the vault's key file (vault.key) is missing; restore it from a backup",
    "keyfile_damaged": "the vault's key file (vault.key) is damaged ({detail}); restore it from"
    " a backup. The database was not touched",
    "database_damaged": "the vault's database is damaged or unreadable ({detail}); restore it"
    " from a backup. Nothing was changed",
    "vault_in_use": "the vault is open in another program; close that first",
    "not_sqlcipher": "this installation lacks SQLCipher; refusing to store data unencrypted",
    "schema_too_new": "the vault was written by a newer version of VINK Desktop; update it",
    "disk_full": "the disk is full; nothing was saved. Free some space and try again",
    "wrong_one_time_key": "this one-time key does not open the office's answer; nothing was"
    " changed. Check it with the office (it is read out once; ask for a new answer if lost)",
    "no_office_wrap": "this vault's key file holds no wrap for the office (the laptop never"
    " enrolled, or has not been unlocked since); the office cannot help. Nothing was written",
    "recovery_file_damaged": "the recovery file is damaged or not one ({detail}); nothing was"
    " changed. Ask for it again",
    "recovery_file_mismatch": "the office's answer is not for this vault, office or laptop"
    " ({detail}); nothing was changed",
}


def describe_vault_error(exc: VaultError) -> str:
    template = _VAULT_MESSAGES.get(exc.code, "the vault could not be used ({detail})")
    return template.format(detail=str(exc) or exc.code)
