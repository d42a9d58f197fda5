"""R4, R7, S2, S9: nothing readable leaves the vault through the clipboard, settings, titles,
temp files or logs."""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PASSWORD
from tests.helpers import add_people

ALLOWED_SETTINGS = {"language", "main_window/geometry"}
# The backup folder remembered per vault (so a damaged vault can be restored before it opens): the
# key is a hash of the vault's path, the value a folder path; no record data.
BACKUP_FOLDER_KEY = re.compile(r"backup/folder-[0-9a-f]{16}")


def test_clipboard_is_cleared_only_if_it_still_holds_our_value(qapp, qtbot):
    from ui.clipboard import SensitiveClipboard

    clip = SensitiveClipboard(seconds=0)
    clip.copy("SECRET-RECOVERY-KEY")
    assert QApplication.clipboard().text() == "SECRET-RECOVERY-KEY"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)
    clip.copy("SECRET-AGAIN")
    QApplication.clipboard().setText("something the user copied since")
    clip.clear_if_ours()
    assert QApplication.clipboard().text() == "something the user copied since"


def test_no_record_data_in_settings_titles_temp_files_or_logs(qapp, admin, qtbot, _isolated):
    from desktop.app import SanadController, machine_settings
    from desktop.logs import setup_logging
    from ui import i18n

    log_folder = setup_logging(logging.DEBUG)
    assert log_folder is not None and Path(_isolated) in log_folder.parents
    i18n.install(qapp, "en")
    marker = "ZZLEAK"
    add_people(admin, 20, marker=marker)
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    controller = SanadController(qapp, admin.vault)
    qtbot.addWidget(controller.window)
    key_hex = bytes(admin.vault.master_key.raw()).hex()
    controller.start(admin)
    controller.lock()
    controller.window.lock_form.password.setText(ADMIN_PASSWORD)
    controller.window.lock_form.try_unlock()
    assert controller.session is not None
    controller.window.close()
    qapp.removeEventFilter(controller.idle)
    controller.idle.timer.stop()

    for widget in QApplication.topLevelWidgets():
        assert marker not in widget.windowTitle()
    settings = machine_settings()
    settings.sync()
    assert {key for key in settings.allKeys() if not BACKUP_FOLDER_KEY.fullmatch(key)} <= ALLOWED_SETTINGS
    new_temp = {p for p in set(Path(tempfile.gettempdir()).iterdir()) - temp_before if "pytest" not in p.name}
    assert new_temp == set()
    log_text = (log_folder / "sanad.log").read_text(encoding="utf-8")
    assert "vault locked" in log_text  # the log is really written, so the scan below means something
    for path in Path(_isolated).rglob("*"):
        if path.is_file() and path.suffix != ".sanad":
            data = path.read_bytes()
            for secret in (marker, ADMIN_PASSWORD, key_hex, "فاطمة"):
                assert secret.encode() not in data, f"{secret[:6]}… found in {path.name}"
