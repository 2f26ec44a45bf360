"""Fixtures for the office tests: an office vault with a clock the test can move, a small
realistic data set, and the command line run in-process with that clock."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, seeded_ids
from vink_desktop.domain.model import VaultKind
from vink_desktop.services import demo, office_demo, vault_service
from vink_desktop.services.context import Clock, Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

#: Monday 2 November 2026, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def office_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def office(tmp_path: Path, office_clock: FixedClock) -> Iterator[Context]:
    """A fresh office vault (real SQLCipher, cheap KDF) whose clock stands at :data:`NOW`."""
    created = vault_service.create_vault(
        tmp_path / "office",
        PASSPHRASE,
        VaultKind.OFFICE,
        "Sara Supervisor",
        kdf_params=TEST_KDF_PARAMS,
        clock=office_clock,
        ids=seeded_ids(11),
    )
    yield created.context
    if created.context.vault.is_open:
        vault_service.close(created.context)


def fill_demo(ctx: Context, participants: int = 160, reports: int = 400) -> None:
    """Courses and sessions (the shared demo) plus reports, outreach and evaluations."""
    demo.generate_demo(ctx, 5, participants)
    office_demo.generate_office_demo(ctx, 5, concern_reports=reports, activities_per_year=40)


class InProcessCli:
    """`vink-desktop …` in this process, with the office commands registered (whether or
    not cli/__init__.py registers them yet) and the real clock replaced by ``at``."""

    def __init__(self, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.passfile = tmp_path / "pass.txt"
        self.passfile.write_text(PASSPHRASE + "\n")
        self.monkeypatch = monkeypatch

    def run(self, *args: str, at: datetime = NOW) -> tuple[int, str, str]:
        import argparse

        from vink_desktop import cli
        from vink_desktop.cli import office_commands
        from vink_desktop.cli.common import run_guarded

        self.monkeypatch.setattr(Clock, "now", lambda self: at)
        parser = cli.build_parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "criteria" not in sub.choices:
            office_commands.register(sub)
            cli._add_vault_options_to_leaves(parser)
        argv = ["--vault", str(self.folder), "--passphrase-file", str(self.passfile), *args]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = run_guarded(parser.parse_args(argv).handler, parser.parse_args(argv))
            except SystemExit as exc:
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()

    def ok(self, *args: str, at: datetime = NOW) -> str:
        code, out, err = self.run(*args, at=at)
        assert code == 0, err
        return out
