"""The composition root: `vink-desktop` with no command starts the desktop app; with a
command it runs the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Before any vault opens: a native crash must not leave decrypted records on disk.
    from vink_desktop.storage.crash_dumps import disable_crash_dumps

    disable_crash_dumps()
    if not args or args[0].startswith("--lang"):
        args = ["gui", *args]
    from vink_desktop.cli import main as cli_main

    try:
        return cli_main(args)
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
