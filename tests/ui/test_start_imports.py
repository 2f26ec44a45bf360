"""The start window comes up without the rest of the program (issue 4: cold start ≤ 1.5 × a
bare PySide6 window; see docs/performance.md).

Importing ``ui.app``, and showing the unlock screen, must not load SQLCipher, cryptography,
the framework loader, the services, the domain, the main window or QtCharts: those are
imported when a vault is unlocked or a button is pressed. Each check runs in a fresh
interpreter, because this test process has long since imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: Deferred until a vault is opened (or a button pressed); none may load before that.
HEAVY = (
    "sqlcipher3",
    "cryptography",
    "tomllib",
    "PySide6.QtCharts",
    "vink_desktop.domain.framework_loader",
    "vink_desktop.domain.model",
    "vink_desktop.domain.progress",
    "vink_desktop.domain.validation",
    "vink_desktop.services.context",
    "vink_desktop.services.demo",
    "vink_desktop.services.records_io",
    "vink_desktop.services.vault_service",
    "vink_desktop.services.vault_steps",
    "vink_desktop.storage.kdf",
    "vink_desktop.storage.vault",
    "vink_desktop.ui.event_bridge",
    "vink_desktop.ui.lock",
    "vink_desktop.ui.main_window",
)


def _loaded_after(script: str) -> list[str]:
    """Run ``script`` in a fresh interpreter; the heavy modules it left in sys.modules."""
    report = (
        f"\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script + report], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_the_app_loads_nothing_heavy() -> None:
    assert _loaded_after("import vink_desktop.ui.app") == []


def test_the_unlock_screen_shows_without_the_rest(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from vink_desktop.ui.app import AppController
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.vault_access import VaultAccess

app = QApplication(sys.argv[:1])
settings = Settings(QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat))
window = AppController(settings, VaultAccess()).start(Path({str(tmp_path / "vault")!r}))
app.processEvents()
assert window.isVisible() and window.unlock is not None
# The welcome pages are built (and imported) only when wanted.
assert "vink_desktop.ui.welcome" not in sys.modules
"""
    assert _loaded_after(script) == []
