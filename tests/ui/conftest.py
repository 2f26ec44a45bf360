"""Fixtures for the desktop app: compiled translations, the screenshot folder, settings in a
temporary file, cheap vault access, and a guard that no operation is left running after a test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import screenshots_requested, wait_done

from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock, IdFactory
from vink_desktop.storage.kdf import TEST_KDF_PARAMS
from vink_desktop.ui.app import LANGUAGE_PROPERTY, install_translators, remove_translators
from vink_desktop.ui.settings import Settings
from vink_desktop.ui.vault_access import VaultAccess

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        action="store_true",
        default=False,
        help="write the Danish screenshots into docs/screenshots/ (or set VINK_SCREENSHOTS=1)",
    )


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found or "pyside6-lrelease"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled into a temporary folder (the tree stays clean)."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(I18N.glob("vink_*.ts")):
        subprocess.run(
            [_lrelease(), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
            check=True,
        )
    return out


def _use_language(qapp: QApplication, qm_dir: Path, language: str) -> Iterator[None]:
    locale, prop = QLocale(), qapp.property(LANGUAGE_PROPERTY)
    translators: list[QTranslator] = install_translators(qapp, language, qm_dir=qm_dir)
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(locale)
        qapp.setProperty(LANGUAGE_PROPERTY, prop)


@pytest.fixture
def danish(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    """Danish, as the app starts by default. Install before building widgets."""
    yield from _use_language(qapp, qm_dir, "da")


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    yield from _use_language(qapp, qm_dir, "en")


@pytest.fixture
def shots(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where the screenshot tests write: ``docs/screenshots/`` with ``VINK_SCREENSHOTS=1`` (or
    ``--screenshots``), otherwise the test's temporary folder (the suite always renders)."""
    if screenshots_requested(request.config):
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    """Settings in an INI file of their own (QSettings caches its default paths per process,
    so the isolated XDG home alone would not keep tests apart)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def access(clock: FixedClock) -> VaultAccess:
    return VaultAccess(kdf_params=TEST_KDF_PARAMS, clock=clock, ids=IdFactory)


@pytest.fixture
def closed_vault(ctx: Context) -> Path:
    """The conftest vault, closed again: a folder to unlock."""
    folder = ctx.vault.paths.folder
    vault_service.close(ctx)
    return folder


@pytest.fixture(autouse=True)
def no_running_operations(qapp: QApplication) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    qapp.processEvents()


@pytest.fixture
def wait_idle(qtbot: QtBot) -> Callable[[object], None]:
    """Wait until ``widget.operation`` (an :class:`Operation`) has delivered its outcome."""

    def wait(widget: object) -> None:
        wait_done(qtbot, widget)

    return wait
