"""Argon2id: the key that wraps the vault's data key is derived from the passphrase here.

Parameters are calibrated once, when a vault is created, on the machine that creates it
(:func:`calibrate`): at least 64 MiB of memory, never less work than RFC 9106's second
recommended option (64 MiB × 3 passes), and about half a second to a second per derivation.
The calibration itself takes at most about :data:`CALIBRATION_BUDGET_SECONDS` whatever the
load on the machine (it measures less and settles for what it has measured). They are
stored in the key file, so the same vault opens with the same cost on any machine.
:data:`TEST_KDF_PARAMS` are cheap on purpose and reach tests only by explicit injection; no
production path falls back to them.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

#: Length of every derived key (AES-256).
KEY_LENGTH = 32
#: Shortest salt accepted (the key file uses 16 random bytes).
MIN_SALT_LENGTH = 16

# Bounds on parameters read from a file, so that an altered key file cannot make the
# program allocate terabytes or spin for hours before the AEAD check could fail.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 1000
MAX_LANES = 64

#: RFC 9106 recommends four lanes; the work per derivation does not depend on it.
DEFAULT_LANES = 4
#: :func:`calibrate` grows memory up to this before it adds iterations (field laptops are
#: modest machines and pay this at every unlock, including after each idle lock).
DEFAULT_MAX_MEMORY_KIB = 256 * 1024
#: The memory floor: never less, whatever the machine.
MIN_MEMORY_KIB = 64 * 1024
#: Passes at the memory floor: RFC 9106's second recommended option is 64 MiB × 3 passes.
#: A result with more memory may use fewer passes as long as memory × passes is at least
#: this much work (256 MiB × 1 pass is harder to attack than 64 MiB × 3).
MIN_PASSES_AT_FLOOR = 3
#: Wall time the calibration may take. Creating a vault took 2.5 s on a quiet machine and
#: 1 min 39 s with both cores busy before the search was bounded (issue 10).
CALIBRATION_BUDGET_SECONDS = 3.0


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over that memory, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if type(value) is not int:
                raise TypeError(f"KdfParams.{name} must be an int")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError(f"lanes must be between 1 and {MAX_LANES}")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"iterations must be between 1 and {MAX_ITERATIONS}")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"memory_kib must be between 8 × lanes and {MAX_MEMORY_KIB}")


TEST_KDF_PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1)
"""Cheap parameters (64 KiB, one pass) for tests only.

They reach a vault only when a test passes them explicitly (``kdf_params=TEST_KDF_PARAMS``);
nothing in the program uses them as a default, and :func:`calibrate` is the production path.
A vault created with them is trivial to brute-force.
"""


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so 'é' typed as one or as two code points gives the same key."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        pass
    # Raised outside the handler: the codec error carries the whole passphrase in ``.object``
    # and must not even ride along as ``__context__``.
    raise ValueError("the passphrase is not valid Unicode text")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """A 32-byte key from ``passphrase`` with Argon2id (RFC 9106)."""
    if len(salt) < MIN_SALT_LENGTH:
        raise ValueError(f"salt must be at least {MIN_SALT_LENGTH} bytes")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(_passphrase_bytes(passphrase))


def _derive_for_timing(params: KdfParams) -> None:
    derive_key("calibration", bytes(MIN_SALT_LENGTH), params)


def calibrate(
    target_seconds: float = 0.6,
    min_memory_kib: int = MIN_MEMORY_KIB,
    timer: Callable[[], float] = time.perf_counter,
    *,
    max_memory_kib: int = DEFAULT_MAX_MEMORY_KIB,
    lanes: int = DEFAULT_LANES,
    max_search_seconds: float = CALIBRATION_BUDGET_SECONDS,
    min_passes_at_floor: int = MIN_PASSES_AT_FLOOR,
    derive: Callable[[KdfParams], object] = _derive_for_timing,
) -> KdfParams:
    """Measure Argon2id on this machine and pick parameters that take about ``target_seconds``.

    Memory never goes below ``min_memory_kib``. Following RFC 9106 (spend the budget on
    memory first), memory doubles up to ``max_memory_kib`` while one pass would stay under half
    the target, then the number of passes is fitted to the target with a
    straight line through two measurements, checked by a third. A result is accepted when it
    takes between 0.8 and 1.6 × the target (0.48–0.96 s for the default 0.6 s).

    **Bounded in wall time.** Before each measurement the search predicts its cost from the
    measurements so far (the doubled memory costs about twice the last pass; ``n`` passes
    cost ``setup + n × per_pass``) and does not start one that would end after
    ``max_search_seconds``; it then returns the most expensive parameters measured that
    stayed within 1.6 × the target. So the search ends within the budget plus however much
    one measurement overran its prediction (a load that rose in the middle of it). On a quiet
    2-core machine it takes 1.5–2.5 s; under heavy load it measures fewer candidates and
    settles for what it measured: the times it saw include the load, so it picks cheaper
    parameters than a quiet machine would (a vault made under load unlocks faster, and never
    below the floor).

    **The floor.** Memory is never below ``min_memory_kib``, and memory × passes is never
    below ``min_memory_kib × min_passes_at_floor`` (passes are added to reach it): a machine
    too slow for the target, or a search out of time at once, gets 64 MiB × 3 passes.

    ``timer`` and ``derive`` exist for tests, which replace the clock and the derivation by a
    cost model; production callers use the defaults.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    if min_memory_kib > max_memory_kib:
        raise ValueError("min_memory_kib must not exceed max_memory_kib")
    if min_passes_at_floor < 1:
        raise ValueError("min_passes_at_floor must be at least 1")
    floor_work = min_memory_kib * min_passes_at_floor
    floor = KdfParams(memory_kib=min_memory_kib, iterations=min_passes_at_floor, lanes=lanes)
    low, high = 0.8 * target_seconds, 1.6 * target_seconds
    started = timer()
    measured: dict[KdfParams, float] = {}

    def measure(params: KdfParams) -> float:
        if params not in measured:
            before = timer()
            derive(params)
            measured[params] = timer() - before
        return measured[params]

    def out_of_time(predicted: float = 0.0) -> bool:
        """True when a measurement predicted to take ``predicted`` seconds would end after
        the budget."""
        return timer() - started + predicted >= max_search_seconds

    def at_least_floor(params: KdfParams) -> KdfParams:
        if params.memory_kib * params.iterations >= floor_work:
            return params
        passes = -(-floor_work // params.memory_kib)
        return KdfParams(params.memory_kib, passes, params.lanes)

    def best() -> KdfParams:
        fitting = [(t, p) for p, t in measured.items() if t <= high]
        if not fitting:
            return floor
        return at_least_floor(max(fitting, key=lambda item: (item[0], item[1].memory_kib))[1])

    # 1. Memory, one pass: double while the doubled run would stay under half the target.
    memory = min_memory_kib
    one_pass = measure(KdfParams(min_memory_kib, 1, lanes))
    while memory * 2 <= max_memory_kib and one_pass * 2 <= target_seconds / 2:
        if out_of_time(2 * one_pass):
            return best()
        memory *= 2
        one_pass = measure(KdfParams(memory, 1, lanes))
    if one_pass >= low:
        return best()

    # 2. Passes: time ≈ setup + passes × per_pass; fit the line through 1 and 2 passes.
    if out_of_time(2 * one_pass):
        return best()
    two_passes = measure(KdfParams(memory, 2, lanes))
    per_pass = two_passes - one_pass
    if per_pass <= 0:  # noise: assume all of the time is per pass
        per_pass = max(two_passes / 2, 1e-9)
    setup = max(one_pass - per_pass, 0.0)

    if two_passes >= low:
        return best()

    # 3. Aim, then correct between pass counts known to be too fast and too slow.
    too_fast = 2
    too_slow: int | None = None
    guess = round((target_seconds - setup) / per_pass)
    while not out_of_time():
        upper = MAX_ITERATIONS + 1 if too_slow is None else too_slow
        guess = min(max(guess, too_fast + 1), upper - 1)
        if guess <= too_fast or guess >= upper:
            break
        if out_of_time(setup + guess * per_pass):
            break
        elapsed = measure(KdfParams(memory, guess, lanes))
        if elapsed < low:
            too_fast = guess
            guess = round(guess * target_seconds / elapsed)
        elif elapsed > high:
            too_slow = guess
            guess = (too_fast + guess) // 2
        else:
            break
    return best()
