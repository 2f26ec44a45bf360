"""`init`, `passwd`, `recover`, `info`, `audit`, `check`."""

from __future__ import annotations

import argparse
import sys

from vink_desktop.cli import recovery_commands
from vink_desktop.cli.common import (
    EXIT_OK,
    EXIT_VAULT,
    UsageError,
    check_passphrase_strength,
    print_json,
    print_table,
    read_new_passphrase,
    read_passphrase,
    unlocked,
    vault_folder,
)
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import audit_service, vault_service
from vink_desktop.storage.kdf import TEST_KDF_PARAMS


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new vault (prints the recovery key once)")
    p.add_argument("--kind", choices=[k.value for k in VaultKind], required=True)
    p.add_argument("--worker", required=True, help="the name of the mentor, coach or supervisor")
    p.add_argument("--json", action="store_true")
    # Cheap key derivation for the test suite only: explicit, hidden, never a default.
    p.add_argument("--insecure-test-kdf", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help="change the passphrase")
    p.add_argument(
        "--new-passphrase-file", help="read the new passphrase from this file (first line)"
    )
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recover", help="unlock with the recovery key and set a new passphrase")
    p.add_argument("--recovery-key-file", help="read the recovery key from this file")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    office = p.add_mutually_exclusive_group()
    office.add_argument(
        "--office-request",
        metavar="OUT",
        help="recovery key lost too: write a request for the office (no passphrase needed)",
    )
    office.add_argument(
        "--office-answer",
        metavar="FILE",
        help="recover with the office's answer and the one-time key read out by phone",
    )
    p.add_argument(
        "--one-time-key-file", help="(--office-answer) read the one-time key from a file"
    )
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("info", help="what this vault is: kind, worker, counts, versions, KDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("audit", help="who did what and when (never the content)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--course", help="only entries about this course id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("check", help="read every page and row and report any damage")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = read_new_passphrase(args, "passphrase_file")
    check_passphrase_strength(passphrase)
    params = TEST_KDF_PARAMS if args.insecure_test_kdf else None
    created = vault_service.create_vault(
        vault_folder(args), passphrase, VaultKind(args.kind), args.worker, kdf_params=params
    )
    try:
        info = vault_service.vault_info(created.context)
    finally:
        vault_service.close(created.context)
    if args.json:
        print_json({"vault": info, "recovery_key": created.recovery_key})
        return EXIT_OK
    print(f"Created a {info.kind} vault for {info.worker_name} in {info.folder}")
    print()
    print("Recovery key (shown only now; write it down and keep it somewhere safe):")
    print()
    print(f"    {created.recovery_key}")
    print()
    print("With it you can open the vault and set a new passphrase if you forget yours.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        old = read_passphrase(args, "Current passphrase: ")
        new = read_new_passphrase(args, "new_passphrase_file")
        check_passphrase_strength(new)
        vault_service.change_passphrase(ctx, old, new)
    print("Passphrase changed.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    if args.office_request:
        return recovery_commands.cmd_office_request(args)
    if args.office_answer:
        return recovery_commands.cmd_office_answer(args)
    if args.recovery_key_file:
        try:
            with open(args.recovery_key_file, encoding="utf-8") as handle:
                key = handle.read().strip()
        except OSError as exc:
            raise UsageError(f"cannot read the recovery key file: {exc.strerror}") from None
    elif sys.stdin.isatty():
        import getpass

        key = getpass.getpass("Recovery key: ")
    else:
        raise UsageError("no terminal to ask for the recovery key: use --recovery-key-file")
    new = read_new_passphrase(args, "new_passphrase_file")
    check_passphrase_strength(new)
    ctx = vault_service.recover_vault(vault_folder(args), key, new)
    vault_service.close(ctx)
    print("Vault recovered; the new passphrase is set.")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        info = vault_service.vault_info(ctx)
    if args.json:
        print_json(info)
        return EXIT_OK
    rows = [
        ("Folder", info.folder),
        ("Kind", info.kind),
        ("Worker", f"{info.worker_name} ({info.worker_id})"),
        ("Vault id", info.vault_id),
        ("Participants", info.participants),
        ("Courses", info.courses),
        ("Sessions", info.sessions),
        ("Schema version", info.schema_version),
        ("SQLCipher", info.sqlcipher_version),
        (
            "Key derivation",
            f"Argon2id, {info.kdf_memory_kib // 1024} MiB, {info.kdf_iterations} iterations,"
            f" {info.kdf_lanes} lanes",
        ),
        ("Frameworks", ", ".join(info.frameworks)),
    ]
    for label, value in rows:
        print(f"{label + ':':<16}{value}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        entries = audit_service.list_audit(ctx, limit=args.limit, course_id=args.course)
    if args.json:
        print_json(entries)
        return EXIT_OK
    print_table(
        ["when (UTC)", "who", "action", "record", "id", "detail"],
        [
            (
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.actor_name,
                e.action,
                e.entity,
                e.entity_id,
                e.detail,
            )
            for e in entries
        ],
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        problems = ctx.vault.integrity_check()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif problems:
        for line in problems:
            print(line)
    else:
        print("The vault is intact: every page decrypted and every row read.")
    return EXIT_OK if not problems else EXIT_VAULT
