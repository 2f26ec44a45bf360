"""The hostile-file suite: every reader of files from outside, fed structured and byte
mutations of valid files (issue 10). The batch helpers of ``tests/sync`` are reused."""

from __future__ import annotations

import sys
from pathlib import Path

_SYNC = str(Path(__file__).resolve().parent.parent / "sync")
if _SYNC not in sys.path:
    sys.path.insert(0, _SYNC)
