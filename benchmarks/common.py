"""Helpers shared by the benchmarks."""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from vink_desktop.domain.model import VaultKind
from vink_desktop.services import vault_service
from vink_desktop.services.context import Context, FixedClock
from vink_desktop.storage.kdf import TEST_KDF_PARAMS

PASSPHRASE = "benchmark passphrase"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def new_vault(folder: Path, kind: VaultKind = VaultKind.OFFICE) -> Context:
    """A vault with cheap KDF parameters: the benchmarks measure what comes after the KDF."""
    created = vault_service.create_vault(
        folder, PASSPHRASE, kind, "Benchmark", kdf_params=TEST_KDF_PARAMS, clock=FixedClock(NOW)
    )
    return created.context


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="vink-bench-"))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(name: str, value: str, ratio: str = "") -> None:
    print(f"{name:<58} {value:>14} {ratio}")
