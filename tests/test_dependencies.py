"""The declared dependency floors are real (issue 10, part 7).

`cryptography` 46 has no HPKE module at all, and the PyPI wheels of 47 have
`hpke.KEM.MLKEM768_X25519` but refuse ML-KEM-768 at run time ("not supported by this
backend": the bundled OpenSSL lacks it); 48.0.0 is the first release whose wheels seal and
open with the X-Wing suite the batches, the office wrap and the recovery answer use
(checked by installing 46.0.7, 47.0.0 and 48.0.0 into scratch environments). So the floor
is 48, and this test checks that every installed dependency meets the floors
`pyproject.toml` declares, and that `sync/` imports and seals with its suite.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import vink_desktop.sync

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")
_SPEC = re.compile(r"^\s*(>=|<=|==|!=|<|>|~=)\s*([0-9][0-9.]*)\s*$")


def _release(text: str) -> tuple[int, ...]:
    """The numeric release of a version ("48.0.1", "6.11.0", "2025.2"); a pre- or
    post-release suffix is ignored, which is enough for floors and caps."""
    match = re.match(r"^(\d+(?:\.\d+)*)", text)
    assert match, text
    parts = [int(p) for p in match.group(1).split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _satisfies(installed: str, op: str, wanted: str) -> bool:
    have, want = _release(installed), _release(wanted)
    return {
        ">=": have >= want,
        ">": have > want,
        "<=": have <= want,
        "<": have < want,
        "==": have == want,
        "!=": have != want,
        "~=": have >= want and have[: len(want) - 1] == want[: len(want) - 1],
    }[op]


def _requirements(group: str | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] if group is None else project["optional-dependencies"][group]
    found = []
    for line in lines:
        match = _REQUIREMENT.match(line.split(";")[0])
        assert match, line
        specs = []
        for part in filter(None, (p.strip() for p in match.group(3).split(","))):
            spec = _SPEC.match(part)
            assert spec, f"{line}: cannot read {part!r}"
            specs.append((spec.group(1), spec.group(2)))
        found.append((match.group(1), specs))
    return found


def test_the_floor_of_cryptography_is_the_first_release_with_working_x_wing():
    specs = dict(_requirements())["cryptography"]
    assert (">=", "48") in specs


@pytest.mark.parametrize("group", [None, "test"])
def test_every_installed_dependency_meets_the_declared_versions(group):
    problems = []
    for name, specs in _requirements(group):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name}: not installed")
            continue
        for op, wanted in specs:
            if not _satisfies(installed, op, wanted):
                problems.append(f"{name} {installed} does not satisfy {op}{wanted}")
    assert problems == []


def test_the_version_reader_itself():
    assert _satisfies("48.0.0", ">=", "48")
    assert not _satisfies("47.0.0", ">=", "48")
    assert _satisfies("6.11.2", "<", "6.12")
    assert not _satisfies("6.12.0", "<", "6.12")
    assert _satisfies("2025.2", ">=", "2024.1")


def test_every_sync_module_imports():
    names = [
        m.name for m in pkgutil.walk_packages(vink_desktop.sync.__path__, "vink_desktop.sync.")
    ]
    assert names
    for name in names:
        importlib.import_module(name)


def test_the_installed_cryptography_seals_and_opens_with_the_batch_suite():
    # What 47's wheels refuse at run time: an X-Wing key from a seed, sealed and opened.
    from vink_desktop.storage.office_wrap import hpke_suite
    from vink_desktop.sync.identity import OfficeIdentity

    office = OfficeIdentity.generate()
    sealed = hpke_suite().encrypt(b"k" * 32, office.public.hpke_public_key(), info=b"probe")
    assert hpke_suite().decrypt(sealed, office.hpke_private_key(), info=b"probe") == b"k" * 32
