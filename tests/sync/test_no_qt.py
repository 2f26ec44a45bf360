"""The sync file-format layer must not need Qt: import it with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_sync_formats_import_without_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["PySide6"] = None  # any import of PySide6 now fails
        import vink_desktop.sync.batch_format
        import vink_desktop.sync.compression
        import vink_desktop.sync.identity
        import vink_desktop.sync.identity_file
        import vink_desktop.sync.receipt_format
        assert not any(name.startswith("PySide6.") for name in sys.modules)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
