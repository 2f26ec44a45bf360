"""Issue 4 figure: cold start to the unlock window, against a bare PySide6 window.

    python -m benchmarks.bench_gui_start [--runs 7]

Each run is a fresh Python process (offscreen platform) timed from spawn until its first
top-level window has been shown and painted, then it quits. The app run has an existing
vault, so it starts at the unlock window; the baseline shows one QLabel. Target: the app's
median ≤ 1.5 × the baseline's median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import line, new_vault, scratch

HARNESS = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication(sys.argv[:1])

class FirstShow(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            print("shown:" + obj.objectName(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstShow()
app.installEventFilter(watcher)
if sys.argv[1] == "bare":
    label = QLabel("VINK")
    label.show()
    app.exec()
else:
    import argparse
    from vink_desktop.ui.app import run_gui
    run_gui(argparse.Namespace(lang="da", vault=None))
"""


def _run(kind: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", HARNESS, kind], env=env, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, out.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = scratch()
    ctx = new_vault(root / "vault")
    ctx.vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VINK_VAULT=str(root / "vault"),
               XDG_CONFIG_HOME=str(root / "config"), XDG_DATA_HOME=str(root / "data"))  # fmt: skip
    _run("bare", env)  # warm the file cache for both
    bare, app, shown = [], [], ""
    for _ in range(args.runs):
        bare.append(_run("bare", env)[0])
        seconds, shown = _run("app", env)
        app.append(seconds)
    b, a = statistics.median(bare), statistics.median(app)
    line("bare PySide6 window with one label (median)", f"{b * 1000:.0f} ms")
    line(f"VINK Desktop to its first window ({shown})", f"{a * 1000:.0f} ms",
         f"ratio {a / b:.2f}x (target <= 1.5x)")  # fmt: skip


if __name__ == "__main__":
    main()
