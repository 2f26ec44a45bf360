"""Preferences, declared in one typed place (after Picard's option registry), and the
settings dialog.

Only non-secret preferences live in QSettings (organisation ``VINK``, application
``vink-desktop``): the language, the idle time, window geometry and folders. Never a
passphrase, a key, a name or anything from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vink_desktop.ui.error_text import describe_error
from vink_desktop.ui.operations import OperationControl, run_operation
from vink_desktop.ui.widgets import (
    NewPassphraseFields,
    message_label,
    password_edit,
    show_message,
)

if TYPE_CHECKING:
    # The start path reads the preferences above; the dialog's services are imported when
    # it is used (see docs/performance.md).
    from vink_desktop.services.context import Context
    from vink_desktop.storage.kdf import KdfParams

T = TypeVar("T")

ORGANISATION = "VINK"
APPLICATION = "vink-desktop"


@dataclass(frozen=True, slots=True)
class Option(Generic[T]):
    """One preference: its QSettings key, default, type and a label translated when shown."""

    key: str
    default: T
    type: type
    #: The English label, marked with QT_TRANSLATE_NOOP("Settings", …); see :meth:`title`.
    label: str

    def title(self) -> str:
        return QCoreApplication.translate("Settings", self.label)  # translated late


LANGUAGE: Option[str] = Option(
    "ui/language", "da", str, str(QT_TRANSLATE_NOOP("Settings", "Language"))
)
IDLE_LOCK_MINUTES: Option[int] = Option(
    "security/idle_lock_minutes", 5, int, str(QT_TRANSLATE_NOOP("Settings", "Lock after idle time"))
)
WINDOW_GEOMETRY: Option[bytes] = Option(
    "window/geometry", b"", bytes, str(QT_TRANSLATE_NOOP("Settings", "Window position and size"))
)
WINDOW_STATE: Option[bytes] = Option(
    "window/state", b"", bytes, str(QT_TRANSLATE_NOOP("Settings", "Toolbar and dock layout"))
)
LAST_VAULT_FOLDER: Option[str] = Option(
    "vault/last_folder", "", str, str(QT_TRANSLATE_NOOP("Settings", "Last vault folder"))
)
SYNC_EXPORT_FOLDER: Option[str] = Option(
    "sync/export_folder", "", str, str(QT_TRANSLATE_NOOP("Settings", "Folder for batch files"))
)

#: Every preference, for the dialog and for tests.
ALL_OPTIONS: tuple[Option[Any], ...] = (
    LANGUAGE,
    IDLE_LOCK_MINUTES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_VAULT_FOLDER,
    SYNC_EXPORT_FOLDER,
)
LANGUAGES = ("da", "en")
IDLE_MINUTES_RANGE = (1, 120)


class Settings(QObject):
    """Typed access to QSettings. ``changed(key)`` is emitted after a value is set."""

    changed = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        raw = self._store.value(option.key)
        if raw is None:
            return option.default
        try:
            return cast(T, _convert(raw, option.type))
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        stored: object = QByteArray(bytes(cast(bytes, value))) if option.type is bytes else value
        self._store.setValue(option.key, stored)
        self._store.sync()
        self.changed.emit(option.key)

    @property
    def file_name(self) -> str:
        return self._store.fileName()


def _convert(raw: object, kind: type) -> object:
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError("not bytes")
    if kind is int:
        return int(cast(Any, raw))
    if kind is bool:
        return raw in (True, "true", "1", 1)
    if kind is str:
        return str(raw)
    raise TypeError(f"unsupported option type {kind!r}")


def validated_language(value: str) -> str:
    return value if value in LANGUAGES else LANGUAGE.default


class SettingsDialog(QDialog):
    """Language, idle time, change passphrase, and the vault's key-derivation parameters."""

    #: Emitted after the passphrase was changed (the dialog stays open).
    passphrase_changed = Signal()

    def __init__(
        self,
        ctx: Context,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._ctx = ctx
        self._settings = settings
        self._kdf_params = kdf_params
        self._busy = False

        layout = QVBoxLayout(self)
        layout.addWidget(self._general_group())
        layout.addWidget(self._passphrase_group())
        layout.addWidget(self._vault_group())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settings_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, self.idle_minutes)
        self.setTabOrder(self.idle_minutes, self.old_passphrase)
        self.setTabOrder(self.old_passphrase, self.new_fields.first)
        self.setTabOrder(self.new_fields.first, self.new_fields.second)
        self.setTabOrder(self.new_fields.second, self.change_button)

    # -- sections ------------------------------------------------------------------------------

    def _general_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("General"), self)
        form = QFormLayout(group)
        self.language = QComboBox(group)
        self.language.setObjectName("language")
        self.language.setAccessibleName(LANGUAGE.title())
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        index = self.language.findData(validated_language(self._settings.get(LANGUAGE)))
        self.language.setCurrentIndex(max(0, index))
        language_label = QLabel(self.tr("&Language:"), group)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", _note(self.tr("A new language is used at once, when you press OK."), group))

        self.idle_minutes = QSpinBox(group)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(IDLE_LOCK_MINUTES.title())
        self.idle_minutes.setValue(self._settings.get(IDLE_LOCK_MINUTES))
        idle_label = QLabel(self.tr("Lock &after idle time:"), group)
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)
        return group

    def _passphrase_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Change passphrase"), self)
        form = QFormLayout(group)
        self.old_passphrase = password_edit("old_passphrase", self.tr("Current passphrase"), group)
        old_label = QLabel(self.tr("C&urrent passphrase:"), group)
        old_label.setBuddy(self.old_passphrase)
        form.addRow(old_label, self.old_passphrase)
        self.new_fields = NewPassphraseFields(group)
        self.new_fields.add_to(form)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), group)
        self.change_button.setObjectName("change_passphrase")
        self.change_button.setEnabled(False)
        self.change_button.clicked.connect(self._change_passphrase)
        self.new_fields.changed.connect(self._update_change_button)
        self.old_passphrase.textChanged.connect(self._update_change_button)
        form.addRow("", self.change_button)
        self.passphrase_message = message_label("passphrase_message", group)
        form.addRow("", self.passphrase_message)
        return group

    def _vault_group(self) -> QGroupBox:
        from vink_desktop.services import vault_service

        group = QGroupBox(self.tr("Vault"), self)
        form = QFormLayout(group)
        info = vault_service.vault_info(self._ctx)
        kinds = {"field": self.tr("Field (mentor or parent coach)"), "office": self.tr("Office")}
        rows = [
            ("vault_folder", self.tr("Folder:"), info.folder),
            ("vault_kind", self.tr("Kind:"), kinds.get(info.kind, info.kind)),
            (
                "kdf_memory",
                self.tr("Key derivation memory:"),
                self.tr("{mib} MiB").format(mib=info.kdf_memory_kib // 1024)
                if info.kdf_memory_kib >= 1024
                else self.tr("{kib} KiB").format(kib=info.kdf_memory_kib),
            ),
            ("kdf_iterations", self.tr("Key derivation passes:"), str(info.kdf_iterations)),
            ("kdf_lanes", self.tr("Key derivation lanes:"), str(info.kdf_lanes)),
            ("schema_version", self.tr("Database version:"), str(info.schema_version)),
            ("sqlcipher_version", self.tr("SQLCipher:"), info.sqlcipher_version),
        ]
        for name, label, value in rows:
            field = QLabel(value, group)
            field.setObjectName(name)
            field.setWordWrap(True)
            field.setAccessibleName(label.rstrip(":"))
            form.addRow(label, field)
        form.addRow(
            "",
            _note(
                self.tr(
                    "The passphrase is stretched with Argon2id using these parameters; they"
                    " were measured on this computer when the vault was created."
                ),
                group,
            ),
        )
        return group

    # -- behaviour -----------------------------------------------------------------------------

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(
            not self._busy and bool(self.old_passphrase.text()) and self.new_fields.is_acceptable()
        )

    def _change_passphrase(self) -> None:
        from vink_desktop.services import vault_steps

        old, new = self.old_passphrase.text(), self.new_fields.passphrase()
        ctx, params = self._ctx, self._kdf_params
        self._busy = True
        self._update_change_button()
        show_message(self.passphrase_message, self.tr("Changing the passphrase…"), error=False)

        def work(_control: OperationControl) -> None:
            vault_steps.rewrap_passphrase(ctx, old, new, kdf_params=params)

        self.operation = run_operation(
            work, on_success=self._changed, on_failure=self._change_failed
        )

    def _changed(self, _result: object) -> None:
        if not shiboken6.isValid(self):  # the dialog was closed (e.g. by the lock) meanwhile
            return
        if self._ctx.vault.is_open:
            from vink_desktop.services import vault_steps

            vault_steps.record_passphrase_change(self._ctx)
        self._busy = False
        self.old_passphrase.clear()
        self.new_fields.clear()
        show_message(self.passphrase_message, self.tr("The passphrase was changed."), error=False)
        self.passphrase_changed.emit()

    def _change_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        text = describe_error(exc)
        if text is None:
            raise exc
        show_message(self.passphrase_message, text)
        self.old_passphrase.setFocus()
        self.old_passphrase.selectAll()
        self._update_change_button()

    def accept(self) -> None:
        self._settings.set(LANGUAGE, str(self.language.currentData()))
        self._settings.set(IDLE_LOCK_MINUTES, self.idle_minutes.value())
        super().accept()


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


#: For a caller that wants to open the dialog without importing its parts.
DialogFactory = Callable[["Context", Settings, QWidget | None], SettingsDialog]
