"""Inline validation for the session editor: the domain checks run on the form as it is (a
dry run, nothing is stored), and the problems shown under the field they concern.

A problem is placed by its field name (``start``, ``duration_minutes``,
``ratings.<indicator>``, ``self_rating``, ``notes``, ``follow_up``): each field has an error
label (:func:`error_label`) under it; a problem without one goes to the banner above the
form (:func:`error_banner`), as does an error that is not about a field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from vink_desktop.domain import framework as fw
from vink_desktop.domain.model import Course, Session
from vink_desktop.domain.validation import Problem, ValidationError, check_session, local_time
from vink_desktop.services.sessions import SessionInput
from vink_desktop.ui.error_text import problem_text

_ERROR_STYLE = "color: #a40000; font-weight: bold;"


def entry_problems(entry: SessionInput, course: Course, framework: fw.Framework) -> list[Problem]:
    """The problems the domain finds in ``entry`` as a session of ``course``; empty when it
    would be stored. Nothing is stored."""
    try:
        draft = Session(
            id="draft",
            course_id=course.id,
            start=local_time(entry.start),
            duration_minutes=entry.duration_minutes,
            contact_kind=entry.contact_kind,
            framework_id=framework.id,
            framework_version=framework.version,
            notes=entry.notes,
            ratings=entry.ratings,
            self_rating=entry.self_rating,
            follow_up=entry.follow_up,
            acute_concern=entry.acute_concern,
        )
        check_session(draft, course, framework)
    except ValidationError as error:
        return error.problems
    return []


def error_banner() -> QLabel:
    """The banner above the form, for problems and errors that concern no one field."""
    banner = QLabel()
    banner.setObjectName("sessionErrorBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(_ERROR_STYLE)
    banner.hide()
    return banner


def error_label(field: str) -> QLabel:
    """The (hidden) label under the input of ``field`` that shows its problem."""
    label = QLabel()
    label.setObjectName(f"error:{field}")
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    label.hide()
    return label


class ProblemDisplay:
    """Shows problems in the error labels of the fields they concern, the rest in the banner.

    ``labels`` maps a field name to its error label; ``input_for`` finds the input of a field
    name, which takes the focus after a failed save."""

    def __init__(
        self,
        banner: QLabel,
        labels: dict[str, QLabel],
        input_for: Callable[[str], QWidget | None],
    ) -> None:
        self._banner = banner
        self._labels = labels
        self._input_for = input_for

    def clear(self) -> None:
        self._banner.hide()
        self._banner.clear()
        for label in self._labels.values():
            label.hide()
            label.clear()

    def show_message(self, text: str) -> None:
        """A sentence about no one field (the banner)."""
        self._banner.setText(text)
        self._banner.show()

    def show(self, problems: list[Problem], *, focus: bool) -> None:
        """Each problem under its field; with ``focus``, the first such field's input takes
        the focus."""
        general: list[str] = []
        first: QLabel | None = None
        for problem in problems:
            label = self._labels.get(problem.field)
            sentence = problem_text(problem)
            if label is None:
                general.append(sentence)
                continue
            label.setText("⚠ " + sentence)
            label.show()
            first = first or label
        if general:
            self.show_message("\n".join(general))
        if focus and first is not None:
            buddy = self._input_for(first.objectName().removeprefix("error:"))
            if buddy is not None:
                buddy.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> list[str]:
        """The fields that show a problem now."""
        return [field for field, label in self._labels.items() if label.isVisible() or label.text()]
