"""Issue 4 figure: cold start to the unlock window, against a bare PySide6 window.

    python -m benchmarks.bench_gui_start [--runs 7]

Each run is a fresh Python process (offscreen platform) timed from spawn until its event
loop runs with its first window shown (a zero-delay timer set before the loop starts, the
same in both), then it quits. The app run has an existing vault, so it starts at the unlock
window; the baseline shows one QLabel. The package is byte-compiled first, as an install
does (this machine sets PYTHONDONTWRITEBYTECODE). Target: the app's median ≤ 1.5 × the
baseline's median.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])

def shown():
    windows = [w.objectName() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
    print("shown:" + ",".join(windows), flush=True)
    app.quit()

QTimer.singleShot(0, shown)
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
    import compileall

    import vink_desktop

    compileall.compile_dir(os.path.dirname(vink_desktop.__file__), quiet=1)
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
