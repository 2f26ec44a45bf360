"""Argon2id derivation and calibration."""

from __future__ import annotations

import ast
import inspect
import statistics
import time
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vink_desktop.storage import kdf
from vink_desktop.storage.kdf import TEST_KDF_PARAMS, KdfParams, calibrate, derive_key

SALT = bytes(range(16))
MIB = 1024


def test_derive_key_is_deterministic_and_32_bytes() -> None:
    key = derive_key("correct horse", SALT, TEST_KDF_PARAMS)
    assert len(key) == 32
    assert derive_key("correct horse", SALT, TEST_KDF_PARAMS) == key


def test_every_input_changes_the_key() -> None:
    base = derive_key("correct horse", SALT, TEST_KDF_PARAMS)
    assert derive_key("correct horsE", SALT, TEST_KDF_PARAMS) != base
    assert derive_key("correct horse", bytes(16), TEST_KDF_PARAMS) != base
    for params in (KdfParams(128, 1, 1), KdfParams(64, 2, 1), KdfParams(64, 1, 2)):
        assert derive_key("correct horse", SALT, params) != base


def test_passphrase_is_nfc_normalised() -> None:
    composed = "Bl\u00e5b\u00e6rgr\u00f8d caf\u00e9"  # å, æ, ø, é as single code points
    decomposed = "Bla\u030ab\u00e6rgr\u00f8d cafe\u0301"  # å and é as base + combining mark
    assert composed != decomposed
    assert derive_key(composed, SALT, TEST_KDF_PARAMS) == derive_key(
        decomposed, SALT, TEST_KDF_PARAMS
    )


def test_unencodable_passphrase_error_does_not_carry_it() -> None:
    secret = "hemmelig\udcff"
    with pytest.raises(ValueError) as info:
        derive_key(secret, SALT, TEST_KDF_PARAMS)
    assert "hemmelig" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_short_salt_is_refused() -> None:
    with pytest.raises(ValueError):
        derive_key("x", bytes(8), TEST_KDF_PARAMS)


@pytest.mark.parametrize(
    "args",
    [
        (0, 1, 1),
        (64, 0, 1),
        (64, 1, 0),
        (16, 1, 4),  # less than 8 KiB per lane
        (kdf.MAX_MEMORY_KIB + 1, 1, 1),
        (64, kdf.MAX_ITERATIONS + 1, 1),
        (1024, 1, kdf.MAX_LANES + 1),
    ],
)
def test_params_out_of_range_are_refused(args: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError):
        KdfParams(*args)


def test_params_must_be_real_ints() -> None:
    with pytest.raises(TypeError):
        KdfParams(True, 1, 1)
    with pytest.raises(TypeError):
        KdfParams(64.0, 1, 1)  # type: ignore[arg-type]


def test_cheap_params_are_never_a_default() -> None:
    """Production gets calibrated parameters unless a caller injects others."""
    signature = inspect.signature(calibrate)
    assert signature.parameters["min_memory_kib"].default == 64 * MIB
    tree = ast.parse(inspect.getsource(kdf))
    uses = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id == "TEST_KDF_PARAMS"
    ]
    assert [type(node.ctx) for node in uses] == [ast.Store]  # defined, never used
    assert TEST_KDF_PARAMS.memory_kib < 64 * MIB
    assert "explicit" in (kdf.__doc__ or "")


# -- calibration against a cost model ------------------------------------------------------


@dataclass
class FakeMachine:
    """Time per derivation = setup(memory) + iterations × pass(memory), both linear in memory."""

    setup_per_mib: float
    pass_per_mib: float
    clock: float = 0.0
    calls: int = 0

    def cost(self, params: KdfParams) -> float:
        mib = params.memory_kib / MIB
        return mib * (self.setup_per_mib + params.iterations * self.pass_per_mib)

    def derive(self, params: KdfParams) -> None:
        self.calls += 1
        self.clock += self.cost(params)

    def timer(self) -> float:
        return self.clock


def run(machine: FakeMachine, **kwargs: object) -> KdfParams:
    return calibrate(timer=machine.timer, derive=machine.derive, **kwargs)  # type: ignore[arg-type]


def test_calibrates_this_kind_of_machine_to_the_target() -> None:
    # Roughly this 2-core machine: 64 MiB, one pass ≈ 0.06 s.
    machine = FakeMachine(setup_per_mib=0.0004, pass_per_mib=0.0005)
    params = run(machine)
    assert params.memory_kib >= 64 * MIB
    assert 0.5 <= machine.cost(params) <= 1.0
    assert params.memory_kib == kdf.DEFAULT_MAX_MEMORY_KIB  # memory is spent first
    assert machine.clock < 6.0 and machine.calls <= 8


def test_fast_machine_gets_more_passes_at_the_memory_cap() -> None:
    machine = FakeMachine(setup_per_mib=0.00002, pass_per_mib=0.00005)
    params = run(machine)
    assert params.memory_kib == kdf.DEFAULT_MAX_MEMORY_KIB
    assert params.iterations > 10
    assert 0.48 <= machine.cost(params) <= 0.96


def test_slow_machine_keeps_the_memory_floor() -> None:
    machine = FakeMachine(setup_per_mib=0.002, pass_per_mib=0.006)  # 64 MiB, 1 pass: 0.5 s
    params = run(machine)
    # Never less than RFC 9106's 64 MiB × 3 passes, even where one pass meets the target.
    assert params == KdfParams(64 * MIB, 3, kdf.DEFAULT_LANES)


def test_machine_too_slow_for_the_target_still_gets_64_mib() -> None:
    machine = FakeMachine(setup_per_mib=0.01, pass_per_mib=0.04)  # 3.2 s per derivation
    params = run(machine)
    assert params == KdfParams(64 * MIB, 3, kdf.DEFAULT_LANES)
    assert machine.calls == 1


def test_min_memory_and_target_are_respected() -> None:
    machine = FakeMachine(setup_per_mib=0.0004, pass_per_mib=0.0005)
    params = run(machine, min_memory_kib=512 * MIB, max_memory_kib=512 * MIB, target_seconds=1.0)
    assert params.memory_kib == 512 * MIB
    assert 0.8 <= machine.cost(params) <= 1.6


def test_search_stops_at_its_time_budget() -> None:
    machine = FakeMachine(setup_per_mib=0.0004, pass_per_mib=0.0005)
    params = run(machine, max_search_seconds=0.2)
    assert machine.clock < 0.2 + 1.0
    assert params.memory_kib >= 64 * MIB


def test_bad_arguments() -> None:
    machine = FakeMachine(0.001, 0.001)
    with pytest.raises(ValueError):
        run(machine, target_seconds=0)
    with pytest.raises(ValueError):
        run(machine, min_memory_kib=1024 * MIB, max_memory_kib=64 * MIB)


@settings(max_examples=300, deadline=None)
@given(
    setup=st.floats(min_value=0.0, max_value=0.02),
    per_pass=st.floats(min_value=2e-5, max_value=0.05),
)
def test_calibration_lands_in_the_band_or_on_the_floor(setup: float, per_pass: float) -> None:
    machine = FakeMachine(setup_per_mib=setup, pass_per_mib=per_pass)
    params = run(machine)
    assert params.memory_kib >= 64 * MIB
    one_pass = KdfParams(64 * MIB, 1, kdf.DEFAULT_LANES)
    assert params.memory_kib * params.iterations >= 64 * MIB * 3
    if machine.cost(one_pass) > 0.96:
        assert params == KdfParams(64 * MIB, 3, kdf.DEFAULT_LANES)
    elif params.memory_kib * params.iterations > 64 * MIB * 3:
        assert 0.48 <= machine.cost(params) <= 0.96
    # The first measurement has nothing to predict it; every later one is predicted.
    assert machine.clock <= max(kdf.CALIBRATION_BUDGET_SECONDS, machine.cost(one_pass)) + 1e-9


@pytest.mark.slow
def test_real_calibration_on_this_machine() -> None:
    params = calibrate()
    assert params.memory_kib >= 64 * MIB
    times = []
    for _ in range(3):
        start = time.perf_counter()
        derive_key("a passphrase", SALT, params)
        times.append(time.perf_counter() - start)
    assert 0.3 <= statistics.median(times) <= 1.5, (params, times)


# -- bounded in wall time, whatever the load (issue 10, part 6) ------------------------------


@dataclass
class LoadedMachine(FakeMachine):
    """A machine whose load rises after ``calm_calls`` derivations: each later one takes
    ``slowdown`` times as long (the 2-core CI machine with every core busy)."""

    calm_calls: int = 1
    slowdown: float = 30.0

    def derive(self, params: KdfParams) -> None:
        factor = 1.0 if self.calls < self.calm_calls else self.slowdown
        self.calls += 1
        self.clock += factor * self.cost(params)


@pytest.mark.parametrize("calm_calls", [0, 1, 2, 3])
def test_calibration_under_load_stays_within_its_budget(calm_calls: int) -> None:
    # This machine when quiet; under load every derivation after the first few is 30× slower.
    machine = LoadedMachine(setup_per_mib=0.0004, pass_per_mib=0.0005, calm_calls=calm_calls)
    params = run(machine)
    assert params.memory_kib >= 64 * MIB
    assert params.memory_kib * params.iterations >= 64 * MIB * 3
    # The budget, plus at most one measurement that overran its prediction.
    last = max(machine.cost(KdfParams(m, 2, 4)) for m in (64 * MIB, 128 * MIB, 256 * MIB))
    assert machine.clock <= kdf.CALIBRATION_BUDGET_SECONDS + 30.0 * last


def test_a_measurement_predicted_to_overrun_the_budget_is_not_started() -> None:
    # Steadily 10× slower than the quiet machine: the search stops before a measurement that
    # would end after the budget, instead of after it.
    machine = FakeMachine(setup_per_mib=0.004, pass_per_mib=0.005)  # 64 MiB × 1: 0.58 s
    run(machine)
    assert machine.clock <= kdf.CALIBRATION_BUDGET_SECONDS


@pytest.mark.parametrize("slowdown", [1.0, 20.0, 200.0])
def test_real_argon2_with_a_slowed_clock_is_bounded(slowdown: float) -> None:
    # Real Argon2id derivations; the clock runs ``slowdown`` times fast, so the calibration
    # sees a machine that slow (heavy load) and must still end within its budget as it sees
    # it, plus at most one measurement's overrun, and never go below the floor.
    seen: list[float] = []

    def slowed() -> float:
        return time.perf_counter() * slowdown

    def derive(params: KdfParams) -> None:
        start = slowed()
        derive_key("calibration", SALT, params)
        seen.append(slowed() - start)

    started = slowed()
    params = calibrate(timer=slowed, derive=derive, max_memory_kib=128 * MIB, target_seconds=0.3,
                       max_search_seconds=1.0)  # fmt: skip
    spent = slowed() - started
    assert params.memory_kib >= 64 * MIB
    assert params.memory_kib * params.iterations >= 64 * MIB * 3
    assert spent <= 1.0 + max(seen) + 0.05 * slowdown, (spent, seen)
