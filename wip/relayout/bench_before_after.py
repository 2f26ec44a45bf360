"""Cold start to the unlock window, before and after the package move, in the same run.

    cd <repo after the move> && .venv/bin/python /work/wt/notes/relayout/bench_before_after.py \
        --before /tmp/relayout-before [--runs 11]

Like benchmarks/bench_gui_start.py (a fresh process per run, offscreen, timed from spawn
until the event loop runs with the first window shown, byte-compiled first), with three
kinds interleaved in every round: a bare PySide6 label, the tree before the move (found
through PYTHONPATH, which comes before the editable install), and this tree.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
from benchmarks.common import new_vault, scratch  # noqa: E402

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
    import vink_desktop
    print("from:" + vink_desktop.__file__, flush=True)
    if sys.argv[1] == "before":
        from vink_desktop.ui.app import run_gui
    else:
        from vink_desktop.ui.shell.app import run_gui
    run_gui(argparse.Namespace(lang="da", vault=None))
"""


def _run(kind: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", HARNESS, kind], env=env, capture_output=True,
                         text=True, check=True)  # fmt: skip
    return time.perf_counter() - start, out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    after = Path.cwd()
    for tree in (args.before, after):
        compileall.compile_dir(str(tree / "src" / "vink_desktop"), quiet=1)
    root = scratch()
    ctx = new_vault(root / "vault")
    ctx.vault.close()
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen", VINK_VAULT=str(root / "vault"),
                XDG_CONFIG_HOME=str(root / "config"), XDG_DATA_HOME=str(root / "data"))  # fmt: skip
    envs = {
        "bare": base,
        "before": dict(base, PYTHONPATH=str(args.before / "src")),
        "after": dict(base, PYTHONPATH=str(after / "src")),
    }
    for kind, env in envs.items():  # warm the file cache, and show where each comes from
        print(kind, _run(kind, env)[1].replace("\n", " "))
    times: dict[str, list[float]] = {kind: [] for kind in envs}
    for _ in range(args.runs):
        for kind, env in envs.items():
            times[kind].append(_run(kind, env)[0])
    bare = statistics.median(times["bare"])
    for kind in envs:
        median = statistics.median(times[kind])
        print(f"{kind:7s} median {median * 1000:6.0f} ms  min {min(times[kind]) * 1000:6.0f} ms"
              f"  ratio to bare {median / bare:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
