"""Getting a password or recovery key in the CLI without ever putting it in argv or logs:
`SANAD_PASSWORD`, `--password-file`, or a TTY prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP


class NoPassword(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "No password given: set SANAD_PASSWORD, use --password-file, or run in a terminal."
    )


def read_password(password_file: str | None, prompt: str = "Password: ", env: str = "SANAD_PASSWORD") -> bytearray:
    if password_file:
        data = Path(password_file).read_bytes()
        return bytearray(data.rstrip(b"\r\n"))
    value = os.environ.get(env)
    if value is not None:
        return bytearray(value.encode("utf-8"))
    if sys.stdin is not None and sys.stdin.isatty():
        return bytearray(getpass.getpass(prompt).encode("utf-8"))
    raise NoPassword()


def read_new_password(password_file: str | None, env: str = "SANAD_PASSWORD") -> bytearray:
    if password_file or os.environ.get(env) is not None or not (sys.stdin and sys.stdin.isatty()):
        return read_password(password_file, env=env)
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat the new password: ")
    if first != second:
        raise SanadError(text=QT_TRANSLATE_NOOP("SanadError", "The two passwords are not the same."))
    return bytearray(first.encode("utf-8"))


class NoRecoveryKey(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "No recovery key given: use --recovery-key-file, or run in a terminal to type it."
    )
