"""Core dumps are switched off at start (issue 10, part 5): checked in a started process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from vink_desktop.storage.crash_dumps import disable_crash_dumps

_CHILD = textwrap.dedent(
    """
    import json, sys
    from vink_desktop.app import main
    from vink_desktop.storage import crash_dumps
    result = {"before": crash_dumps.applied() is not None}
    try:
        main(["info", "--vault", sys.argv[1]])
    except SystemExit:
        pass
    h = crash_dumps.applied()
    result["applied"] = h is not None
    import resource
    result["rlimit_core"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    dumpable = None
    try:
        import ctypes
        libc = ctypes.CDLL(None)
        dumpable = libc.prctl(3, 0, 0, 0, 0)
    except OSError:
        pass
    result["dumpable"] = dumpable
    print(json.dumps(result))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE is POSIX; Windows uses WER")
def test_the_program_starts_without_core_dumps(tmp_path):
    # A started program (through its real entry point, a command that fails early on a
    # missing vault) has RLIMIT_CORE 0 soft and hard, and on Linux is not dumpable.
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "no-vault")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["before"] is False
    assert result["applied"] is True
    assert result["rlimit_core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert result["dumpable"] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE is POSIX")
def test_the_limit_cannot_be_raised_again_in_that_process():
    code = textwrap.dedent(
        """
        import resource
        from vink_desktop.storage.crash_dumps import disable_crash_dumps
        h = disable_crash_dumps()
        assert h.core_limit_zero, h
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))
        except (ValueError, OSError):
            print("refused")
        else:
            print("raised")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip() == "refused"


def test_disable_reports_what_it_set():
    # In a child so the test process keeps its own limits for the rest of the run.
    code = "from vink_desktop.storage.crash_dumps import disable_crash_dumps as d; print(d())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    if sys.platform.startswith("linux"):
        assert "core_limit_zero=True" in done.stdout
        assert "not_dumpable=True" in done.stdout
    assert callable(disable_crash_dumps)
