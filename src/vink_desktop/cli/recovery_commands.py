"""Recovery through the office (``docs/sync.md`` §12): `recover --office-request OUT`,
`recover --office-answer FILE` (field, no passphrase) and `office recovery-answer REQUEST`
(office). The one-time key is read from the terminal or a file, never from argv, and is
printed only by the office's `recovery-answer`, once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vink_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    check_passphrase_strength,
    print_json,
    read_new_passphrase,
    unlocked,
    vault_folder,
)
from vink_desktop.services import office_recovery, vault_service

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def register_office(office: Sub) -> None:
    """`office recovery-answer` (under the `office` group of ``sync_commands``)."""
    p = office.add_parser(
        "recovery-answer",
        help="office: answer a laptop's recovery request (prints a one-time key once)",
    )
    p.add_argument("request", help="the .vinkrecovery-request file from the laptop")
    p.add_argument("--out", help="where to write the answer (.vinkrecovery-answer)")
    p.add_argument(
        "--preview",
        action="store_true",
        help="only show the vault, laptop, fingerprint and status; write nothing",
    )
    p.add_argument(
        "--force", action="store_true", help="answer even though the office revoked the laptop"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_recovery_answer)


def cmd_office_request(args: argparse.Namespace) -> int:
    out = Path(args.office_request).expanduser()
    summary = office_recovery.write_request(vault_folder(args), out)
    print(f"Wrote the recovery request {out}. Send it to the office (mail, stick), then call.")
    print(f"Vault:             {summary.vault_id}")
    print(f"This laptop:       {summary.device_id}")
    print(f"Its fingerprint:   {summary.device_fingerprint}  (read it out to the office)")
    print(f"Office:            {summary.office_id}  fingerprint {summary.office_fingerprint}")
    return EXIT_OK


def cmd_office_answer(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    answer_path = Path(args.office_answer).expanduser()
    office_recovery.check_answer(folder, answer_path)  # a wrong file, before any question
    key = _read_one_time_key(args)
    new = read_new_passphrase(args, "new_passphrase_file")
    check_passphrase_strength(new)
    recovered = office_recovery.recover_with_answer(folder, answer_path, key, new)
    vault_service.close(recovered.context)
    print("Vault recovered with the office's answer; the new passphrase is set.")
    print()
    print("New recovery key (shown only now; write it down and keep it somewhere safe):")
    print()
    print(f"    {recovered.recovery_key}")
    print()
    print("The old recovery key no longer opens the vault.")
    return EXIT_OK


def _read_one_time_key(args: argparse.Namespace) -> str:
    path = args.one_time_key_file
    if path:
        try:
            return Path(path).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(f"cannot read the one-time key file: {exc.strerror}") from None
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the one-time key: use --one-time-key-file")
    import getpass

    return getpass.getpass("One-time key from the office: ")


def cmd_recovery_answer(args: argparse.Namespace) -> int:
    request = Path(args.request).expanduser()
    if not args.preview and not args.out:
        raise UsageError("give --out FILE for the answer (or --preview to only look)")
    with unlocked(args) as ctx:
        if args.preview:
            view = office_recovery.preview_request(ctx, request)
            if args.json:
                print_json(view)
            else:
                _print_view(view)
            return EXIT_OK
        answered = office_recovery.answer_request(
            ctx, request, Path(args.out).expanduser(), force=args.force
        )
    if args.json:
        print_json({"request": answered.view, "answer": str(answered.path),
                    "forced": answered.forced, "one_time_key": answered.one_time_key})  # fmt: skip
        return EXIT_OK
    _print_view(answered.view)
    print()
    print(f"Wrote the answer {answered.path}. Send it to the laptop.")
    print("One-time key (shown only now; read it out by phone once you are sure who calls):")
    print()
    print(f"    {answered.one_time_key}")
    return EXIT_OK


def _print_view(view: office_recovery.RequestView) -> None:
    print(f"Vault:             {view.vault_id} ({view.kind})")
    print(f"Laptop:            {view.device_id} ({view.device_status})")
    print(f"Its fingerprint:   {view.device_fingerprint}")
    if not view.fingerprint_matches:
        print(f"Pinned fingerprint differs: {view.pinned_fingerprint}")
