"""`sync export|import|receipts|receipt-import|status`, `office identity`, `enroll`,
`devices list|approve|revoke|forget`: batch sync between field laptops and the office
(``docs/sync.md``).

Exit codes as everywhere (0 done, 1 bad usage or invalid input, 2 wrong passphrase,
3 damaged or busy vault), plus 4: one or more batches were refused or held.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from vink_desktop.cli import recovery_commands
from vink_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    print_json,
    print_table,
    to_jsonable,
    unlocked,
)
from vink_desktop.services import sync_devices, sync_export, sync_import, sync_receipts
from vink_desktop.services.sync_service import (
    DEFAULT_WARN_AFTER_DAYS,
    enroll,
    export_office_identity,
    read_office_identity,
)
from vink_desktop.sync.identity import format_id

#: One or more batches were refused or held (``sync import``, ``devices approve``).
EXIT_NOT_ALL_APPLIED = 4


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sync commands to the top-level parser."""
    group = sub.add_parser("sync", help="batches to the office and receipts back")
    actions = group.add_subparsers(dest="action", required=True)
    p = actions.add_parser("export", help="field: write the changes since the last export")
    p.add_argument("--out", required=True, help="the folder to write batch files to")
    p.add_argument(
        "--resend", action="store_true", help="write the unconfirmed batches again, unchanged"
    )
    p.add_argument("--max-records", type=int, default=sync_export.DEFAULT_MAX_RECORDS,
                   help=argparse.SUPPRESS)  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = actions.add_parser("import", help="office: import batch files or folders of them")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("receipts", help="office: write a signed receipt per device")
    p.add_argument("--out", required=True, help="the folder to write receipts to")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receipts)

    p = actions.add_parser("receipt-import", help="field: read a receipt from the office")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receipt_import)

    p = actions.add_parser("status", help="field: what is confirmed at the office")
    p.add_argument("--warn-days", type=int, default=DEFAULT_WARN_AFTER_DAYS,
                   help="warn when a change has waited longer for a receipt")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    office = sub.add_parser(
        "office", help="the office's identity; answering a laptop's recovery request"
    ).add_subparsers(dest="action", required=True)
    p = office.add_parser("identity", help="office: write the public identity file")
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_office_identity)
    recovery_commands.register_office(office)

    p = sub.add_parser("enroll", help="field: enroll with the office's public identity file")
    p.add_argument("file")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the office this laptop enrolled with (with the same office: start a"
        " new device identity and send everything again)",
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help="only show the office's fingerprint in the file (to compare first); change nothing",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_enroll)

    devices = sub.add_parser("devices", help="office: the field laptops").add_subparsers(
        dest="action", required=True
    )
    p = devices.add_parser("list", help="devices, fingerprints, last batch, gaps")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_devices_list)
    p = devices.add_parser(
        "approve", help="approve a device (or a revoked one again) and apply its held batches"
    )
    p.add_argument("device", help="the device id (or an unambiguous start of it)")
    p.add_argument(
        "--fingerprint",
        help="the fingerprint read out by the field worker (required for a revoked device)",
    )
    p.add_argument(
        "--replaces",
        metavar="OLD",
        help="a renewed laptop: the device it was before; its records become this device's"
        " and it is revoked",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_devices_approve)
    p = devices.add_parser("revoke", help="refuse every later batch of a device")
    p.add_argument("device")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_devices_revoke)
    p = devices.add_parser(
        "forget", help="delete a pending device and its held batches, as if never seen"
    )
    p.add_argument("device")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_devices_forget)


def _plain(value: Any) -> Any:
    """JSON-ready: paths as text, durations in seconds."""
    value = to_jsonable(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    return value


def _folder(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_dir():
        raise UsageError(f"{text} is not a folder")
    return path


# -- field ------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    out = _folder(args.out)
    with unlocked(args) as ctx:
        if args.resend:
            result = sync_export.resend_batches(ctx, out)
        else:
            result = sync_export.export_batches(ctx, out, max_records=args.max_records)
    if args.json:
        print_json(_plain(result))
    elif not result.batches:
        print("Nothing to send: no changes since the last export"
              + ("" if not args.resend else " and every batch is confirmed"))  # fmt: skip
    else:
        verb = "Wrote again" if args.resend else "Wrote"
        for batch in result.batches:
            print(f"{verb} {batch.path} ({batch.records} records, {batch.size} bytes)")
    return EXIT_OK


def cmd_receipt_import(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        result = sync_receipts.import_receipt(ctx, Path(args.file))
    if args.json:
        print_json(_plain(result))
    elif result.status == "duplicate":
        print("This receipt was already imported; nothing changed")
    else:
        print(f"Confirmed at the office: batches 1-{result.highest_contiguous}"
              f" ({result.newly_confirmed} newly confirmed)")  # fmt: skip
        for first, last in result.held_ranges:
            print(f"Held at the office, waiting for an earlier batch: {first}-{last}")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        status = sync_receipts.sync_status(ctx, warn_after_days=args.warn_days)
    if args.json:
        print_json(_plain(status))
        return EXIT_OK
    print(f"This laptop:              {status.device_id}")
    print(f"  fingerprint:            {status.device_fingerprint}")
    if status.office_fingerprint is None:
        print("Office:                   not enrolled (use `enroll FILE`)")
    else:
        print(f"Office:                   {status.office_id}")
        print(f"  fingerprint:            {status.office_fingerprint}")
    print(f"Unconfirmed changes:      {status.unconfirmed_changes}"
          f" ({status.unexported_changes} not yet exported)")  # fmt: skip
    if status.oldest_unconfirmed_age is not None:
        days = status.oldest_unconfirmed_age.total_seconds() / 86400
        print(f"  oldest waiting:         {days:.1f} days")
    confirmed = status.confirmed_up_to
    print("Confirmed at the office up to: "
          + (confirmed.isoformat() if confirmed else "nothing yet"))  # fmt: skip
    print("Last export:              "
          + (status.last_export_at.isoformat() if status.last_export_at else "never"))  # fmt: skip
    for first, last in status.held_at_office:
        print(f"Held at the office, waiting for an earlier batch: {first}-{last}")
    if status.warning:
        print(f"WARNING: changes have waited more than {status.warn_after_days} days for a"
              " receipt from the office")  # fmt: skip
    return EXIT_OK


def cmd_enroll(args: argparse.Namespace) -> int:
    if args.preview:
        office = read_office_identity(Path(args.file).expanduser())
        if args.json:
            print_json({"office_id": format_id(office.office_id),
                        "office_fingerprint": office.fingerprint})  # fmt: skip
        else:
            print(f"Office fingerprint in {args.file} (compare with the office, by phone):"
                  f" {office.fingerprint}")  # fmt: skip
            print("Nothing was enrolled.")
        return EXIT_OK
    with unlocked(args) as ctx:
        result = enroll(ctx, Path(args.file), replace=args.replace)
    if args.json:
        print_json(_plain(result))
        return EXIT_OK
    print({"enrolled": "Enrolled with the office", "unchanged": "Already enrolled with this"
           " office; nothing changed", "replaced": "Replaced the office",
           "renewed": "Renewed: this laptop has a new identity; the office approves it again"
           " and receives every record again"}[result.status])  # fmt: skip
    print(f"Office fingerprint (compare with the office, by phone): {result.office_fingerprint}")
    print(f"This laptop's fingerprint (the office approves it):    {result.device_fingerprint}")
    return EXIT_OK


# -- office -------------------------------------------------------------------------------------


def cmd_office_identity(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        result = export_office_identity(ctx, Path(args.out).expanduser())
    if args.json:
        print_json(_plain(result))
    else:
        print(f"Wrote {result.path}")
        print(f"Office fingerprint: {result.fingerprint}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    paths = [Path(p).expanduser() for p in args.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path} does not exist")

    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} files", end="", file=sys.stderr, flush=True)

    with unlocked(args) as ctx:
        result = sync_import.import_batches(ctx, paths, progress=report)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(_plain(result))
    else:
        _print_results(result.results)
    return EXIT_OK if result.all_applied else EXIT_NOT_ALL_APPLIED


def _print_results(results: tuple[sync_import.BatchResult, ...]) -> None:
    rows = []
    for r in results:
        what = ""
        if r.counts is not None:
            c = r.counts
            what = (f"{c.sessions} sessions, {c.courses} courses, {c.participants} participants,"
                    f" {c.concern_reports} reports of concern, {c.outreach_activities} outreach,"
                    f" {c.service_evaluations} evaluations, {c.deleted} deleted,"
                    f" {c.unchanged} unchanged")  # fmt: skip
        elif r.code is not None:
            what = REASONS.get(r.code, r.code) + (f" ({r.detail})" if r.detail else "")
        source = r.source + (" (was held)" if r.from_held else "")
        rows.append((source, r.status.value, r.sequence, what))
    print_table(["file", "result", "sequence", "details"], rows)


def cmd_receipts(args: argparse.Namespace) -> int:
    out = _folder(args.out)
    with unlocked(args) as ctx:
        written = sync_receipts.write_receipts(ctx, out)
    if args.json:
        print_json(_plain(list(written)))
    else:
        for receipt in written:
            print(f"Wrote {receipt.path} (batches 1-{receipt.highest_contiguous})")
        if not written:
            print("No approved devices: no receipts written")
    return EXIT_OK


def cmd_devices_list(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        devices = sync_devices.list_devices(ctx)
    if args.json:
        print_json(_plain(devices))
        return EXIT_OK
    rows = [
        (d.device_id, d.fingerprint, d.status, d.highest_contiguous,
         d.last_batch_at.isoformat(timespec="minutes") if d.last_batch_at else None,
         ",".join(str(s) for s in d.held) or None,
         ",".join(f"{a}-{b}" if a != b else str(a) for a, b in d.gaps) or None)
        for d in devices
    ]  # fmt: skip
    print_table(["device", "fingerprint", "status", "applied", "last batch", "held", "missing"],
                rows)  # fmt: skip
    return EXIT_OK


def cmd_devices_approve(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        result = sync_devices.approve_device(
            ctx, args.device, fingerprint=args.fingerprint, replaces=args.replaces
        )
    if args.json:
        print_json(_plain(result))
    else:
        again = " again" if result.previous_status == "revoked" else ""
        print(f"Approved{again} {result.device.device_id} ({result.device.fingerprint})")
        if again:
            print(f"Applied up to batch {result.device.highest_contiguous}; batches refused"
                  " while it was revoked arrive when the laptop sends them again"
                  " (sync export --resend)")  # fmt: skip
        if result.results:
            _print_results(result.results)
    applied = all(r.status is sync_import.ImportStatus.IMPORTED for r in result.results)
    return EXIT_OK if applied and not result.device.held else EXIT_NOT_ALL_APPLIED


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        device = sync_devices.revoke_device(ctx, args.device)
    if args.json:
        print_json(_plain(device))
    else:
        print(f"Revoked {device.device_id}: its later batches will be refused")
    return EXIT_OK


def cmd_devices_forget(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        forgotten = sync_devices.forget_device(ctx, args.device)
    if args.json:
        print_json(_plain(forgotten))
    else:
        count = forgotten.held_deleted
        print(f"Forgot {forgotten.device_id} ({forgotten.fingerprint}) and deleted {count} held"
              f" batch{'' if count == 1 else 'es'}; a later batch from it makes it pending"
              " again")  # fmt: skip
    return EXIT_OK


#: Refusal and hold codes in words (the GUI has its own, translated).
REASONS = {
    "device_pending": "held: the device is not approved yet (devices approve)",
    "gap": "held: an earlier batch of this device has not arrived",
    "too_large": "refused: too large",
    "not_a_batch": "refused: not a batch file",
    "truncated": "refused: the file is cut short",
    "trailing_data": "refused: bytes after the end",
    "unsupported_version": "refused: a format version this program does not read",
    "unsupported_algorithm": "refused: an unknown algorithm",
    "malformed_header": "refused: damaged header",
    "payload_too_large": "refused: too large",
    "wrong_recipient": "refused: addressed to another office",
    "wrong_recipient_key": "refused: sealed to another key of this office",
    "sender_key_changed": "refused: the device's key changed",
    "bad_signature": "refused: damaged or altered (signature)",
    "decrypt_failed": "refused: cannot be decrypted",
    "decompress_failed": "refused: damaged content",
    "device_revoked": "refused: the device is revoked",
    "sequence_conflict": "refused: another batch with this number was received",
    "chain_mismatch": "refused: does not follow the device's previous batch",
    "unreadable": "refused: the file cannot be read",
    "payload_not_json": "refused: damaged content",
    "payload_wrong_format": "refused: not a payload",
    "payload_unsupported_version": "refused: a payload version this program does not read",
    "payload_malformed": "refused: damaged content",
    "invalid_record": "refused: a record is invalid",
    "code_conflict": "refused: a participant code is used by another participant",
    "unknown_reference": "refused: a record points at one the office does not have",
    "conflicts_with_office_data": "refused: conflicts with the office's records",
    "not_owner": "refused: changes or points at a record another device or the office owns",
}
