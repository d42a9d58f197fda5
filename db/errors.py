"""Errors the data layer raises for the user: each carries an English source text for Qt's translator.

The window shows `QCoreApplication.translate("SanadError", err.text)` filled with `err.args_for_text`;
the CLI prints `str(err)` (English) on stderr and exits 1.
"""

from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "SanadError"


class SanadError(Exception):
    """Base class: a problem to explain to the user in plain words, never a crash."""

    text = QT_TRANSLATE_NOOP("SanadError", "Something went wrong.")

    def __init__(self, *args_for_text: object, text: str | None = None) -> None:
        if text is not None:
            self.text = text
        self.args_for_text = args_for_text
        super().__init__(fill(self.text, *args_for_text))


class WrongCredentials(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The user name or password is not correct.")


class WrongRecoveryKey(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "This recovery key does not open this vault.")


class MalformedRecoveryKey(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "This is not a complete recovery key. Check it letter by letter and try again."
    )


class Throttled(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "Too many wrong attempts. Wait %1 seconds before trying again."
    )

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(max(1, round(retry_after)))


class VaultNotFound(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no vault at %1.")


class NotAVault(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "%1 is not a Sanad vault. The file was not changed.")


class PlaintextDatabase(NotAVault):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "%1 is an unencrypted database, not a Sanad vault. Sanad never opens unencrypted files. "
        "The file was not changed.",
    )


class VaultDamaged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The vault %1 is damaged and cannot be opened safely. It was not changed. "
        "Restore it from your newest backup.",
    )


class VaultReadOnly(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Sanad cannot write to the vault %1: the file or its folder is read-only. Nothing was changed. "
        "Copy it to a folder you may write to, or ask your administrator.",
    )


class VaultUnreadable(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Sanad could not read the vault %1. If it is on a USB stick or a network folder, check that it "
        "is still connected, then try again. Nothing was changed.",
    )


class CipherSettingsChanged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "This copy of Sanad would open the vault with different encryption settings (%1). It refuses, "
        "to keep the vault safe. Reinstall Sanad.",
    )


class KeyFileMismatch(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The key file beside %1 belongs to a different vault. Nothing was changed. "
        "Put the vault's own key file beside it, or open it with the recovery key.",
    )


class KeyFileMissing(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The key file for %1 is missing, so passwords cannot open it. "
        "Open it with the recovery key; the key file will be rebuilt.",
    )


class KeyFileDamaged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The key file for %1 is damaged. Nothing was changed. Open the vault with the recovery key.",
    )


class VaultTooNew(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "This vault was saved by a newer version of Sanad. Install the newer version to open it. "
        "The file was not changed.",
    )


class VaultInUse(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "This vault is already open in another Sanad window or program on this computer. "
        "Close it there first.",
    )


class VaultExists(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "A file already exists at %1. Choose another place.")


class FolderNotWritable(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "Sanad cannot write in the folder %1. Choose a folder you may write to."
    )


class VaultLocked(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The vault is locked. Enter your password to continue.")


class MigrationFailed(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Sanad could not update this vault to the new version. The vault was left as it was. "
        "Details: %1",
    )


class PermissionDenied(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "Your role does not allow this: %1.")


class ValidationError(SanadError):
    """A field-level problem; `field` names the input the message belongs next to."""

    text = QT_TRANSLATE_NOOP("SanadError", "%1")

    def __init__(self, field: str, text: str, *args_for_text: object) -> None:
        self.field = field
        super().__init__(*args_for_text, text=text)


class UserExists(ValidationError):
    def __init__(self, username: str) -> None:
        super().__init__(
            "username", QT_TRANSLATE_NOOP("SanadError", "The user name %1 is already taken."), username
        )


class ValidationErrors(SanadError):
    """Several field problems at once (a form): `problems` is a list of (row or None, ValidationError)."""

    text = QT_TRANSLATE_NOOP("SanadError", "Some fields need attention: %1")

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__("; ".join(str(error) for _row, error in problems))


class NoSuchRecord(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "Record %1 does not exist (it may have been deleted).")


class NoSuchUser(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no user called %1.")


class DiskFull(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The disk is full. Nothing was saved. Free some space and try again."
    )
