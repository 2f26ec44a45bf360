"""The command line: `vink-desktop <command> …`, documented in docs/cli.md.

Exit codes: 0 done, 1 bad usage or invalid input, 2 wrong passphrase or recovery key,
3 damaged, unreadable or busy vault.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from vink_desktop import __version__
from vink_desktop.cli import (
    io_commands,
    kpi_commands,
    office_commands,
    record_commands,
    sync_commands,
    vault_commands,
)
from vink_desktop.cli.common import CliParser, run_guarded


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(
        prog="vink-desktop",
        description="VINK Desktop: encrypted records and progress for mentoring and parent"
        " coaching. Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"vink-desktop {__version__}")
    parser.add_argument(
        "--vault", help="the vault folder (default: $VINK_VAULT or the user data folder)"
    )
    parser.add_argument(
        "--passphrase-file",
        help="read the passphrase from the first line of this file (or $VINK_PASSPHRASE_FILE)",
    )
    sub = parser.add_subparsers(dest="command", metavar="command")
    sub.required = True
    gui = sub.add_parser("gui", help="start the desktop app")
    gui.add_argument("--lang", choices=["da", "en"], help="the language of the app")
    gui.set_defaults(handler=None)
    vault_commands.register(sub)
    record_commands.register(sub)
    io_commands.register(sub)
    kpi_commands.register(sub)
    office_commands.register(sub)
    sync_commands.register(sub)
    _add_vault_options_to_leaves(parser)
    return parser


def _add_vault_options_to_leaves(parser: argparse.ArgumentParser) -> None:
    """Let --vault and --passphrase-file stand after the command too (`info --vault X`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if any(isinstance(a, argparse._SubParsersAction) for a in child._actions):
                    _add_vault_options_to_leaves(child)
                elif "--vault" not in child._option_string_actions:
                    child.add_argument("--vault", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
                    child.add_argument(
                        "--passphrase-file", default=argparse.SUPPRESS, help=argparse.SUPPRESS
                    )


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.handler is None:  # `gui`
        from vink_desktop.ui.app import run_gui

        return run_gui(args)
    return run_guarded(args.handler, args)
