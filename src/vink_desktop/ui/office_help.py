"""Help from the office, on the unlock screen, when both the passphrase and the printed
recovery key are lost (``docs/sync.md`` §12).

Step A writes the recovery request (nothing secret, no passphrase) and shows the laptop's
fingerprint to read out by phone. Step B, maybe days later and after a restart, opens the
office's answer, takes the one-time key the office reads out and a new passphrase, recovers
on a worker thread (Argon2id never runs on the GUI thread), shows the new printed recovery
key once, and opens the vault when the person has ticked that they wrote it down.

Built only when the link is pressed: the start path does not import it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.storage.recovery_exchange import ANSWER_SUFFIX, REQUEST_SUFFIX
from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.operations import Operation, run_operation
from vink_desktop.ui.sync_texts import folder_text
from vink_desktop.ui.sync_widgets import fingerprint_label, show_fingerprint
from vink_desktop.ui.unlock import busy_bar
from vink_desktop.ui.vault_access import RecoveredInWorker, VaultAccess
from vink_desktop.ui.widgets import (
    NewPassphraseFields,
    RecoveryKeyView,
    explanation,
    heading,
    key_edit,
    message_label,
    show_message,
)

if TYPE_CHECKING:
    from vink_desktop.services.context import Context
    from vink_desktop.services.office_recovery import RequestSummary

# The folder the last request was saved to or the last answer opened from (this run).
_last_folder: Path | None = None


def _start_folder() -> Path:
    return _last_folder if _last_folder is not None else Path.home()


def _remember(path: Path) -> None:
    global _last_folder
    _last_folder = path.parent


class OfficeHelpWidget(QWidget):
    """The request, the answer and the new recovery key, as three pages.

    Emits :attr:`unlocked` with the open context (``reopen`` receives the vault, as on the
    unlock screen) and :attr:`back_requested` for the unlock screen's recovery page.
    """

    unlocked = Signal(object)
    back_requested = Signal()

    def __init__(
        self,
        folder: Path,
        access: VaultAccess,
        parent: QWidget | None = None,
        *,
        reopen: Context | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("office_help")
        self.folder = folder
        self._access = access
        self._reopen = reopen
        self.answer_path: Path | None = None
        self.request: RequestSummary | None = None
        self.operation: Operation[RecoveredInWorker] | None = None
        self._recovered: RecoveredInWorker | None = None

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("office_help_pages")
        self.request_page = self._build_request_page()
        self.answer_page = self._build_answer_page()
        self.new_key_page = self._build_new_key_page()
        for page in (self.request_page, self.answer_page, self.new_key_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- pages -----------------------------------------------------------------------------

    def _build_request_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("office_request_page")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Get help from the office"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "If the passphrase is forgotten and the recovery key is lost too, the office"
                    " can give the vault back. First save a request file here and call the"
                    " office. When the office has sent you its answer, open it here."
                ),
                page,
            )
        )
        self.save_request_button = QPushButton(self.tr("&Save the request file…"), page)
        self.save_request_button.setObjectName("save_request_button")
        self.open_answer_button = QPushButton(self.tr("&Open the office's answer…"), page)
        self.open_answer_button.setObjectName("open_answer_button")
        steps = QHBoxLayout()
        steps.addWidget(self.save_request_button)
        steps.addWidget(self.open_answer_button)
        steps.addStretch(1)
        layout.addLayout(steps)

        self.request_done = QWidget(page)
        self.request_done.setObjectName("request_done")
        done = QVBoxLayout(self.request_done)
        done.setContentsMargins(0, 0, 0, 0)
        self.request_saved = explanation("", self.request_done)
        self.request_saved.setObjectName("request_saved")
        done.addWidget(self.request_saved)
        done.addWidget(
            explanation(
                self.tr(
                    "1. Call the office and read out this laptop's fingerprint, group by"
                    " group.\n2. Send the request file to the office on a USB stick or by"
                    " secure mail.\n3. The office sends an answer file back and reads a"
                    " one-time key out to you on the phone. Then open the answer here."
                ),
                self.request_done,
            )
        )
        caption = QLabel(self.tr("This laptop's fingerprint:"), self.request_done)
        done.addWidget(caption)
        self.fingerprint = fingerprint_label(
            "request_fingerprint", self.tr("This laptop's fingerprint"), self.request_done
        )
        done.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        self.request_done.setVisible(False)
        layout.addWidget(self.request_done)

        self.request_message = message_label("request_message", page)
        layout.addWidget(self.request_message)
        self.request_back = QPushButton(self.tr("&Back"), page)
        self.request_back.setObjectName("office_help_back")
        back_row = QHBoxLayout()
        back_row.addWidget(self.request_back)
        back_row.addStretch(1)
        layout.addLayout(back_row)
        layout.addStretch(1)

        self.save_request_button.clicked.connect(self.choose_and_save_request)
        self.open_answer_button.clicked.connect(self.choose_and_open_answer)
        self.request_back.clicked.connect(self.back_requested)
        return page

    def _build_answer_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("office_answer_page")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Recover with the office's answer"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "Type the one-time key the office read out to you (nine groups of four"
                    " characters), and choose a new passphrase. You then get a new recovery"
                    " key to write down; the old one stops working."
                ),
                page,
            )
        )
        form = QFormLayout()
        self.answer_label = QLabel(page)
        self.answer_label.setObjectName("answer_file")
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(QLabel(self.tr("Answer file:"), page), self.answer_label)
        self.one_time_key = key_edit("one_time_key", self.tr("One-time key"), page)
        key_label = QLabel(self.tr("One-time &key:"), page)
        key_label.setBuddy(self.one_time_key)
        form.addRow(key_label, self.one_time_key)
        self.new_fields = NewPassphraseFields(page, prefix="office_new")
        self.new_fields.add_to(form)
        layout.addLayout(form)

        self.answer_back = QPushButton(self.tr("&Back"), page)
        self.answer_back.setObjectName("office_answer_back")
        self.recover_button = QPushButton(self.tr("Recover and &set the new passphrase"), page)
        self.recover_button.setObjectName("office_recover_button")
        self.recover_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout.addLayout(buttons)
        self.busy = busy_bar("office_recover_busy", self.tr("Recovering"), page)
        layout.addWidget(self.busy)
        self.answer_message = message_label("office_answer_message", page)
        layout.addWidget(self.answer_message)
        layout.addStretch(1)

        self.one_time_key.textChanged.connect(self._update_recover_button)
        self.new_fields.changed.connect(self._update_recover_button)
        self.answer_back.clicked.connect(self.show_request)
        self.recover_button.clicked.connect(self.recover)
        QWidget.setTabOrder(self.one_time_key, self.new_fields.first)
        QWidget.setTabOrder(self.new_fields.first, self.new_fields.second)
        QWidget.setTabOrder(self.new_fields.second, self.recover_button)
        QWidget.setTabOrder(self.recover_button, self.answer_back)
        return page

    def _build_new_key_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("office_new_key_page")
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Write down your new recovery key"), page))
        layout.addWidget(
            explanation(
                self.tr(
                    "The vault has a new passphrase and a new recovery key. If you forget the"
                    " passphrase again, this key is the way into the vault. Write it on paper"
                    " now and keep the paper safe, away from this computer. It is shown only"
                    " this once. Then delete the answer file and throw away any note of the"
                    " one-time key."
                ),
                page,
            )
        )
        self.recovery_view = RecoveryKeyView(page)
        layout.addWidget(self.recovery_view)
        self.written_down = QCheckBox(
            self.tr("I have &written the recovery key down and keep it safe"), page
        )
        self.written_down.setObjectName("office_written_down")
        layout.addWidget(self.written_down)
        self.new_key_message = message_label("office_new_key_message", page)
        layout.addWidget(self.new_key_message)
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setObjectName("office_continue_button")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.finish)
        return page

    # -- navigation ------------------------------------------------------------------------

    def show_request(self) -> None:
        self.one_time_key.clear()
        self.new_fields.clear()
        show_message(self.answer_message, "")
        self.pages.setCurrentWidget(self.request_page)
        self.save_request_button.setFocus()

    def is_busy(self) -> bool:
        return self.operation is not None and not self.operation.done

    def _update_recover_button(self) -> None:
        ready = bool(self.one_time_key.text().strip()) and self.new_fields.is_acceptable()
        self.recover_button.setEnabled(ready and not self.is_busy())

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.one_time_key, self.new_fields.first, self.new_fields.second,
                       self.answer_back):  # fmt: skip
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._update_recover_button()

    # -- step A: the request ---------------------------------------------------------------

    def choose_and_save_request(self) -> None:
        name = f"vink-{date.today().isoformat()}{REQUEST_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery request"),
            str(_start_folder() / name),
            self.tr("Recovery requests (*{suffix})").format(suffix=REQUEST_SUFFIX),
        )
        if path:
            self.save_request(Path(path))

    def save_request(self, path: Path) -> bool:
        """Write the request to ``path`` and show the fingerprint; False (and a message) when
        it could not be written."""
        from vink_desktop.services import office_recovery

        show_message(self.request_message, "")
        try:
            summary = office_recovery.write_request(self.folder, path)
        except Exception as exc:
            self._show_error(self.request_message, exc)
            return False
        _remember(path)
        self.request = summary
        self.request_saved.setText(
            self.tr("The request is saved as {file}.").format(file=folder_text(path))
        )
        show_fingerprint(self.fingerprint, summary.device_fingerprint)
        self.request_done.setVisible(True)
        return True

    # -- step B: the answer ----------------------------------------------------------------

    def choose_and_open_answer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the office's answer"),
            str(_start_folder()),
            self.tr("Answers from the office (*{suffix})").format(suffix=ANSWER_SUFFIX),
        )
        if path:
            self.open_answer(Path(path))

    def open_answer(self, path: Path) -> bool:
        """Check that ``path`` is an intact answer for this vault (reads only) and go on to
        the one-time key; False (and a message) otherwise."""
        from vink_desktop.services import office_recovery

        show_message(self.request_message, "")
        try:
            office_recovery.check_answer(self.folder, path)
        except Exception as exc:
            self._show_error(self.request_message, exc)
            return False
        _remember(path)
        self.answer_path = path
        self.answer_label.setText(folder_text(path))
        show_message(self.answer_message, "")
        self.pages.setCurrentWidget(self.answer_page)
        self.one_time_key.setFocus()
        return True

    def recover(self) -> None:
        if self.is_busy() or self.answer_path is None or not self.new_fields.is_acceptable():
            return
        show_message(self.answer_message, "")
        self.operation = run_operation(
            self._access.office_recover_work(
                self.folder,
                self.answer_path,
                self.one_time_key.text(),
                self.new_fields.passphrase(),
            ),
            on_success=self._recovered_in_worker,
            on_failure=self._recover_failed,
        )
        self._set_busy(True)

    def _recovered_in_worker(self, result: RecoveredInWorker) -> None:
        self._set_busy(False)
        self._recovered = result
        self.one_time_key.clear()
        self.new_fields.clear()
        self.recovery_view.set_key(result.recovery_key)
        self.written_down.setChecked(False)
        self.pages.setCurrentWidget(self.new_key_page)
        self.written_down.setFocus()

    def _recover_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self.answer_message, exc)
        self.one_time_key.setFocus()
        self.one_time_key.selectAll()

    # -- the new recovery key, then the vault opens ----------------------------------------

    def finish(self) -> None:
        if not self.written_down.isChecked() or self._recovered is None:
            return
        try:
            ctx = self._access.open(self._recovered.key, into=self._reopen)
        except Exception as exc:
            self._show_error(self.new_key_message, exc)
            return
        self._recovered = None
        self.recovery_view.set_key("")
        self.written_down.setChecked(False)
        self.unlocked.emit(ctx)

    def _show_error(self, label: QLabel, exc: BaseException) -> None:
        text = describe_error(exc, folder=str(self.folder))
        if text is None:
            raise exc
        show_message(label, text)
