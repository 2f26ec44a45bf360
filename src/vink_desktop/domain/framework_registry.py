"""The set of known indicator frameworks, looked up by id and version.

Every stored rating keeps the framework id and version it was made under; scoring looks the
framework up here, so a course rated under two versions is scored under both.
"""

from __future__ import annotations

from collections.abc import Iterable

from vink_desktop.domain.framework import Framework


class UnknownFramework(KeyError):
    """No framework with the id (and version) asked for."""

    def __init__(self, framework_id: str, version: str | None, known: Iterable[str]) -> None:
        self.framework_id = framework_id
        self.version = version
        wanted = f"{framework_id} version {version}" if version is not None else framework_id
        listed = ", ".join(known) or "none"
        self.message = f"unknown indicator framework {wanted} (known: {listed})"
        super().__init__(self.message)

    def __str__(self) -> str:
        # KeyError's own __str__ shows the repr of its argument, quotes included.
        return self.message


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key that compares dotted versions numerically where the parts are numbers.

    ``"2" < "10"`` and ``"1.9" < "1.10"``; non-numeric parts sort after numeric ones and
    alphabetically among themselves.
    """
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in version.split(".")
    )


class FrameworkRegistry:
    """An immutable collection of frameworks keyed by ``(id, version)``."""

    __slots__ = ("_by_key",)

    def __init__(self, frameworks: Iterable[Framework] = ()) -> None:
        by_key: dict[tuple[str, str], Framework] = {}
        for framework in frameworks:
            if framework.key in by_key:
                raise ValueError(
                    f"framework {framework.id} version {framework.version} is given twice"
                )
            by_key[framework.key] = framework
        self._by_key = by_key

    def get(self, framework_id: str, version: str) -> Framework:
        try:
            return self._by_key[(framework_id, version)]
        except KeyError:
            raise UnknownFramework(framework_id, version, self._names()) from None

    def latest(self, framework_id: str) -> Framework:
        versions = [fw for fw in self._by_key.values() if fw.id == framework_id]
        if not versions:
            raise UnknownFramework(framework_id, None, self._names())
        return max(versions, key=lambda fw: version_key(fw.version))

    def all(self) -> tuple[Framework, ...]:
        """Every framework, by id and then by version (numerically)."""
        return tuple(sorted(self._by_key.values(), key=lambda fw: (fw.id, version_key(fw.version))))

    def with_framework(self, framework: Framework) -> FrameworkRegistry:
        """A new registry with ``framework`` added (an error if its key is taken)."""
        return FrameworkRegistry((*self._by_key.values(), framework))

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __len__(self) -> int:
        return len(self._by_key)

    def _names(self) -> list[str]:
        return [f"{fw.id} version {fw.version}" for fw in self.all()]
