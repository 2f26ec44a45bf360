"""`records export|import`, `demo`, `kpi`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vink_desktop.cli.common import EXIT_OK, UsageError, print_json, unlocked
from vink_desktop.services import demo, records_io


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("records", help="plaintext export and import").add_subparsers(
        dest="action", required=True
    )
    p = group.add_parser("export", help="write every record to a plaintext file")
    p.add_argument("--format", choices=["json", "csv"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument(
        "--plaintext",
        action="store_true",
        help="confirm that you want an unencrypted file (required)",
    )
    p.add_argument(
        "--include-identities",
        action="store_true",
        help="also export names and contact details (kept out by default)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_records_export)

    p = group.add_parser("import", help="apply a records file (JSON interchange format)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_records_import)

    p = sub.add_parser("demo", help="fill the vault with a realistic synthetic data set")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--participants", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)


def cmd_records_export(args: argparse.Namespace) -> int:
    if not args.plaintext:
        raise UsageError(
            "records export writes an unencrypted file; add --plaintext to confirm that this"
            " is what you want"
        )
    with unlocked(args) as ctx:
        result = records_io.export_records(
            ctx, Path(args.out), args.format, include_identities=args.include_identities
        )
    if args.json:
        print_json(result)
    else:
        print(
            f"Wrote {result.sessions} sessions, {result.courses} courses and"
            f" {result.participants} participants to {result.path} (plaintext)"
        )
    return EXIT_OK


def cmd_records_import(args: argparse.Namespace) -> int:
    with unlocked(args) as ctx:
        try:
            result = records_io.import_records(ctx, Path(args.file))
        except records_io.RecordsFormatError as exc:
            raise UsageError(f"{exc}; nothing was imported") from None
    if args.json:
        print_json(result)
    else:
        print(
            f"Imported {result.sessions} sessions, {result.courses} courses,"
            f" {result.participants} participants, {result.workers} workers"
            f" ({result.unchanged} already up to date)"
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    if args.participants < 1:
        raise UsageError("--participants must be at least 1")

    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} participants", end="", file=sys.stderr, flush=True)

    with unlocked(args) as ctx:
        result = demo.generate_demo(ctx, args.seed, args.participants, progress=report)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(result)
    else:
        print(
            f"Added {result.participants} participants, {result.courses} courses and"
            f" {result.sessions} sessions (seed {args.seed})"
        )
    return EXIT_OK
