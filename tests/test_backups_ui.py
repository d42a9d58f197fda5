"""The Backups page, the warning bar, the backup on closing, restore from the window and the
damaged vault at start-up, driven as a user would (offscreen Qt, real vaults, real backup files).
Modal questions are answered by replacing the function that asks (never by skipping the step)."""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db import backup, backup_schedule, users
from db.models import Person
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD, dump_hash
from tests.helpers import add_people
from ui import backup_dialogs as bd

NOOR_PASSWORD = "staff-member-pass-9"


@pytest.fixture(autouse=True)
def _forget_backup_folders():
    """The backup folder remembered per computer (machine settings) is dropped after each test:
    Qt keeps one settings file per process, and other tests check what it holds."""
    yield
    from desktop.app import machine_settings

    settings = machine_settings()
    settings.remove("backup")
    settings.sync()


@pytest.fixture
def app(qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    yield qapp


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def said(monkeypatch):
    """Every message the backup screens show (errors and information), instead of a modal box."""
    messages: list[str] = []
    monkeypatch.setattr(bd, "show_info", lambda parent, text: messages.append(text))
    monkeypatch.setattr(bd, "show_error", lambda parent, text, details="": messages.append("ERROR " + text))
    from ui.pages import backups as page_module

    monkeypatch.setattr(page_module, "show_error", lambda parent, text, details="": messages.append("ERROR " + text))
    return messages


def _credentials(monkeypatch, username="admin", password=ADMIN_PASSWORD, recovery=None):
    def give(parent, username_hint="", intro=""):
        if recovery is not None:
            return {"recovery_key": recovery}
        return {"username": username, "password": bytearray(password.encode())}

    monkeypatch.setattr(bd, "ask_credentials", give)


def _page(admin, qtbot):
    from ui.pages.backups import BackupsPage

    page = BackupsPage(admin)
    qtbot.addWidget(page)
    page.wait_for_list()
    return page


def _controller(app, qtbot, session):
    from desktop.app import SanadController

    ctl = SanadController(app, session.vault)  # its windows are taken away by _stop, not by qtbot
    ctl.start(session)
    return ctl


def _stop(app, ctl):
    """Take the controller's window away for good: a window left behind keeps its Ctrl+L
    application shortcut, and two of them make the shortcut ambiguous for later tests."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.removeEventFilter(ctl.idle)
    app.removeNativeEventFilter(ctl.session_lock)
    ctl.idle.timer.stop()
    ctl.window.hide()
    ctl.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_back_up_now_shows_result_and_lists_the_backup_with_counts(app, admin, usb, qtbot, said):
    add_people(admin, 7)
    page = _page(admin, qtbot)
    assert "No backup" in page.last_label.text()
    page.back_up_now()
    assert "Choose the backup folder" in page.folder_error.text()  # no folder yet: it says so
    page.folder.setText(str(usb))
    page.back_up_now()
    assert said == []
    made = list(usb.glob("*.sanadbak"))
    assert len(made) == 1
    text = page.result_label.text()
    assert "Backup written in" in text and "7 people, 7 households" in text and " KB" in text
    assert "Last good backup" in page.last_label.text()
    assert backup_schedule.get_backup_settings(admin).folder == str(usb)  # remembered as the folder
    assert bd.remembered_folder(admin.vault.path) == str(usb)  # and outside the vault
    page.wait_for_list()
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in (2, 3, 4, 5, 6)] == ["7", "7", "0", "0", "Valid"]
    # a damaged file in the same folder shows as damaged, not hidden and not deleted
    (usb / "broken.sanadbak").write_bytes(b"not a backup")
    page.refresh_list()
    page.wait_for_list()
    states = [page.table.item(r, 6).text() for r in range(page.table.rowCount())]
    assert states.count("Valid") == 1 and any(s.startswith("Damaged") for s in states)


def test_backup_runs_in_a_worker_thread_and_reports_progress(app, admin, usb, qtbot, monkeypatch):
    import threading

    threads, steps = set(), []
    real = backup.make_backup

    def spy(session, folder, *, progress=None, cancel=None):
        threads.add(threading.current_thread().name)
        return real(session, folder, progress=lambda s, f: (steps.append(s), progress(s, f)), cancel=cancel)

    monkeypatch.setattr(backup, "make_backup", spy)
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.back_up_now()
    assert threads == {"sanad-backup"}  # not the GUI thread: the window repaints meanwhile
    assert steps[0] == "copy" and "verify" in steps and "write" in steps and steps[-1] == "done"


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "not enough free space"),
                                         (errno.EIO, "was removed or stopped answering"),
                                         (errno.EROFS, "cannot write in the folder")])
def test_page_shows_a_clear_message_when_the_drive_fails(app, admin, usb, qtbot, said, monkeypatch, code, words):
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.back_up_now()
    first = list(usb.iterdir())
    real = backup._private_file

    def failing(path):
        handle = real(path)

        class Broken:
            def __getattr__(self, name):
                return getattr(handle, name)

            def write(self, data):
                raise OSError(code, os.strerror(code))

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

        return Broken()

    monkeypatch.setattr(backup, "_private_file", failing)
    later = backup._utc_now() + dt.timedelta(seconds=3)
    monkeypatch.setattr(backup, "_utc_now", lambda: later)
    page.back_up_now()
    assert len(said) == 1 and said[0].startswith("ERROR") and words in said[0]
    assert list(usb.iterdir()) == first  # the earlier backup kept, no partial file


def test_settings_saved_and_refused_for_bad_values(app, admin, usb, qtbot):
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.daily.setChecked(True)
    page.keep_daily.setValue(4)
    page.stale_days.setValue(2)
    page.on_close.setChecked(False)
    assert page.save_settings()
    saved = backup_schedule.get_backup_settings(admin)
    assert (saved.keep_daily, saved.stale_days, saved.on_close, saved.daily_at) == (4, 2, False, "13:00")


def test_manager_and_staff_get_no_backups_page_and_no_backup_button(app, admin, usb, qtbot):
    from ui.main_window import MainWindow

    users.add_user(admin, "layla", "manager-pass-1234", role="manager")
    manager = admin.vault.unlock("layla", "manager-pass-1234")
    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    window.show_session(manager)
    assert "backups" not in window.page_keys()
    assert window.backup_bar.isVisibleTo(window) and not window.backup_bar.button.isVisibleTo(window)
    assert not window.backup_bar.timer.isActive()  # no scheduled backups for someone who may not make them
    window.show_session(admin)
    assert "backups" in window.page_keys()


def test_warning_bar_appears_when_stale_and_disappears_after_a_backup(app, admin, usb, qtbot):
    now = [dt.datetime.now(dt.UTC)]
    bar = bd.BackupStatusBar(admin, clock=lambda: now[0])
    qtbot.addWidget(bar)
    bar.show()
    assert bar.isVisible() and "No backup of this vault has been made yet" in bar.label.text()
    backup_schedule.save_backup_settings(admin, folder=str(usb), stale_days=3)
    outcome = backup_schedule.run_backup(admin)
    bar.refresh()
    assert not bar.isVisible()
    now[0] = outcome.last.at + dt.timedelta(days=4, minutes=1)
    bar.refresh()
    assert bar.isVisible() and "is 4 days old" in bar.label.text()


def test_scheduled_backup_runs_when_due_and_not_twice(app, admin, usb, qtbot):
    backup_schedule.save_backup_settings(admin, folder=str(usb), daily_at="00:00")
    bar = bd.BackupStatusBar(admin)
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.backup_made, timeout=20000):
        bar.check_schedule()
        bar.check_schedule()  # already running: not a second one
    assert len(list(usb.glob("*.sanadbak"))) == 1
    bar.check_schedule()  # done for today
    assert not bar.running and len(list(usb.glob("*.sanadbak"))) == 1


def test_network_share_warning(app, admin, qtbot, monkeypatch):
    assert backup.network_share(r"\\server\office\vault.sanad") == "unc"
    assert backup.network_share("/mnt/office/vault.sanad", mounts=[("/", "ext4"), ("/mnt/office", "cifs")]) == "cifs"
    assert backup.network_share("/home/a/vault.sanad", mounts=[("/", "ext4"), ("/mnt/office", "cifs")]) is None
    assert backup.network_share("Z:\\vault.sanad", windows_drive_type=lambda root: 4) == "network drive"
    assert backup.network_share("C:\\vault.sanad", windows_drive_type=lambda root: 3) is None
    monkeypatch.setattr(backup, "_mounts", lambda: [("/", "ext4"), (str(admin.vault.path.parent), "nfs4")])
    bar = bd.BackupStatusBar(admin)
    qtbot.addWidget(bar)
    assert "network share" in bar.label.text()


def test_backup_on_close_when_enabled_and_something_changed(app, admin, usb, qtbot, said):
    from ui.main_window import MainWindow

    backup_schedule.save_backup_settings(admin, folder=str(usb), on_close=True)
    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    window.show_session(admin)
    window.show()
    window.close()
    assert said == []
    assert len(list(usb.glob("*.sanadbak"))) == 1
    window.show()
    window.close()  # nothing changed since: no second backup
    assert len(list(usb.glob("*.sanadbak"))) == 1
    add_people(admin, 1)
    window.show()
    window.close()
    assert len(list(usb.glob("*.sanadbak"))) == 2


def test_backup_on_close_can_be_skipped_without_waiting(app, admin, usb, qtbot, monkeypatch):
    import threading

    backup_schedule.save_backup_settings(admin, folder=str(usb), on_close=True)
    release = threading.Event()
    real = backup.make_backup

    def slow(session, folder, *, progress=None, cancel=None):
        release.wait(10)
        return real(session, folder, progress=progress, cancel=cancel)

    monkeypatch.setattr(backup, "make_backup", slow)

    def skip():
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "backupProgress"
                      and w.isVisible())
        dialog.stop_button.click()

    QTimer.singleShot(300, skip)
    started = dt.datetime.now()
    bd.backup_on_close(None, admin)
    assert (dt.datetime.now() - started).total_seconds() < 5  # closing did not wait for the backup
    release.set()
    qtbot.waitUntil(lambda: not list(usb.glob(".*.partial")), timeout=10000)
    assert list(usb.glob("*.sanadbak")) == []  # stopped before it was written: nothing half-made


def test_restore_older_backup_over_newer_data_shows_both_sides(app, admin, usb, qtbot, monkeypatch, said):
    from ui.pages import backups as page_module

    add_people(admin, 5)
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.back_up_now()
    add_people_more(admin, 3)
    page.refresh_list()
    page.wait_for_list()
    page.table.selectRow(0)
    monkeypatch.setattr(page_module.RestoreChoiceDialog, "exec",
                        lambda self: (self.replace.setChecked(True), 1)[1])
    shown = []

    def older_exec(dialog, answer):
        shown.append(dialog)
        return answer

    monkeypatch.setattr(bd.OlderBackupDialog, "exec", lambda self: older_exec(self, 0))
    requests = []
    page.replace_requested.connect(lambda path, creds: requests.append(path))
    page.restore()
    assert len(shown) == 1 and requests == []  # "keep the vault" is the answer: nothing happens
    dialog = shown[0]
    dialog.show()
    qtbot.addWidget(dialog)
    assert dialog.keep_button.isDefault() and not dialog.restore_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter keeps the vault
    assert dialog.result() == 0
    cells = {k: v.text() for k, v in dialog.cells.items()}
    assert cells[(2, 0)] == "People" and cells[(2, 1)] == "5" and cells[(2, 2)] == "8"
    assert cells[(3, 1)] == "5" and cells[(3, 2)] == "8"  # households
    assert cells[(1, 1)].startswith("made ") and cells[(1, 2)].startswith("last change ")
    _credentials(monkeypatch)
    monkeypatch.setattr(bd.OlderBackupDialog, "exec", lambda self: older_exec(self, 1))
    page.restore()
    assert requests == [page.infos[0].path]


def add_people_more(session, count: int) -> None:
    """More people, with file numbers of their own."""
    with session.transaction() as db:
        existing = len(db.scalars(select(Person)).all())
    from db.models import Household

    with session.transaction() as db:
        for i in range(count):
            household = Household(district="الموصل", neighbourhood=f"later {i}")
            db.add(household)
            db.flush()
            db.add(Person(household_id=household.id, file_number=f"MOS-2026-{existing + i + 1:05d}",
                          first_name=f"later-{i}", family_name="x", sex="M", relationship_to_head="head"))


def test_test_restore_reports_counts(app, admin, usb, qtbot, monkeypatch, said):
    add_people(admin, 4)
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.back_up_now()
    page.wait_for_list()
    _credentials(monkeypatch)
    page.test_restore()
    assert len(said) == 1 and "is good" in said[0] and "4 people, 4 households" in said[0]
    _credentials(monkeypatch, password="wrong-password-77")
    page.test_restore()
    assert said[1].startswith("ERROR") and "not correct" in said[1]


def test_restore_from_the_window_replaces_the_vault_and_old_passwords_sign_in(app, admin, usb, qtbot, monkeypatch,
                                                                               said):
    """Replace from the Backups page: the vault closes, the backup goes in place (the old vault kept
    aside), the window shows the sign-in, and the old password opens the backup's content."""
    users.add_user(admin, "noor", NOOR_PASSWORD, role="staff", must_change_password=False)
    add_people(admin, 6)
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    ctl = _controller(app, qtbot, admin)
    digest = dump_hash(admin)  # after the window opened (pages may set up defaults on first use)
    try:
        page = ctl.window.show_page("backups")
        page.folder.setText(str(usb))
        page.back_up_now()
        add_people_more(admin, 2)
        page.refresh_list()
        page.wait_for_list()
        _credentials(monkeypatch)
        ctl.replace_vault(page.infos[0].path, {"username": "admin", "password": bytearray(ADMIN_PASSWORD.encode())})
        assert ctl.session is None and ctl.window.lock_form is not None
        assert any("is restored" in m for m in said)
        kept = [p.name for p in ctl.vault.path.parent.iterdir() if ".before-restore-" in p.name]
        assert len(kept) == 2  # the replaced vault and its key file
        ctl.window.lock_form.username.setText("noor")
        ctl.window.lock_form.password.setText(NOOR_PASSWORD)
        ctl.window.lock_form.try_unlock()
        assert ctl.session is not None and ctl.session.user.username == "noor"
        with ctl.session.transaction() as db:
            assert len(db.scalars(select(Person)).all()) == 6
        ctl.session.vault.lock()
        admin_again = ctl.vault.unlock("admin", ADMIN_PASSWORD)
        assert dump_hash(admin_again) == digest
    finally:
        _stop(app, ctl)
        ctl.vault.close()


def _flip_page(path: Path, page: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(page * 4096 + 1000)
        data = handle.read(8)
        handle.seek(page * 4096 + 1000)
        handle.write(bytes(b ^ 0xFF for b in data))


def test_quick_check_finds_a_damaged_page_and_offers_the_newest_good_backup(app, admin, vault_path, usb,
                                                                              monkeypatch, said):
    add_people(admin, 300)
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    bd.remember_folder(vault_path, str(usb))
    digest = dump_hash(admin)  # the backup holds this (the last-good note is written after it)
    outcome = backup_schedule.run_backup(admin)
    assert bd.check_on_open(admin) is admin  # an intact vault: no question
    pages = vault_path.stat().st_size // 4096
    admin.vault.close()
    _flip_page(vault_path, pages - 3)  # a page of records, not one sign-in needs
    vault = Vault.open(vault_path)
    session = vault.unlock("admin", ADMIN_PASSWORD)
    assert backup.quick_check(vault)  # the damage is found
    questions = []
    monkeypatch.setattr(bd, "ask", lambda parent, text, yes, no: questions.append(text) or True)
    _credentials(monkeypatch)
    monkeypatch.setattr(bd, "sign_in", lambda vault: vault.unlock("admin", ADMIN_PASSWORD))
    again = bd.check_on_open(session)
    try:
        assert len(questions) == 1 and "damaged" in questions[0]
        assert "The newest good backup is from" in questions[0] and "300 people" in questions[0]
        assert again is not session and again.vault.path == vault_path
        assert backup.quick_check(again.vault) == []
        assert dump_hash(again) == digest
        assert outcome.result.path.exists()
        assert any(".before-restore-" in p.name for p in vault_path.parent.iterdir())
    finally:
        again.vault.close()


class LoginDriver:
    """Answers each new sign-in window as it shows: fills in the next (user, password) and either
    submits it or, for None, cancels the window. Gives up (closing the window) after 20 s."""

    def __init__(self, answers: list[tuple[str, str] | None]) -> None:
        self.answers, self.seen, self.errors = list(answers), [], []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.ticks = 0

    def poll(self) -> None:
        from ui.login import LoginDialog

        self.ticks += 1
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        for dialog in dialogs:
            if self.ticks > 400:
                dialog.reject()
                continue
            if any(dialog is d for d in self.seen) or not self.answers:
                continue
            self.seen.append(dialog)
            answer = self.answers.pop(0)
            if answer is None:
                dialog.reject()
                continue
            dialog.form.username.setText(answer[0])
            dialog.form.password.setText(answer[1])
            dialog.form.try_unlock()
            self.errors.append(dialog.form.error.text())
            if dialog.isVisible() and dialog.result() == 0 and dialog.form.error.text():
                dialog.reject()  # a refused password: this test is done with this window


def test_damaged_header_with_the_right_password_offers_restore_a_wrong_password_does_not(
        app, admin, vault_path, usb, monkeypatch, said):
    add_people(admin, 20)
    bd.remember_folder(vault_path, str(usb))
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    digest = dump_hash(admin)
    backup_schedule.run_backup(admin)
    admin.vault.close()
    _flip_page(vault_path, 0)  # the first page: nothing opens
    questions = []
    monkeypatch.setattr(bd, "ask", lambda parent, text, yes, no: questions.append(text) or True)
    _credentials(monkeypatch)
    # a wrong password: "not correct", no restore offered (the key slot is checked first)
    driver = LoginDriver([("admin", "wrong-password-77")])
    assert bd.sign_in(Vault.open(vault_path)) is None
    driver.timer.stop()
    assert "not correct" in driver.errors[0] and questions == []
    # the right password: damaged, offered, restored, then signed in to the restored vault
    driver = LoginDriver([("admin", ADMIN_PASSWORD), ("admin", ADMIN_PASSWORD)])
    later = itertools.count(time.time() + 60, 60).__next__  # past the wait after the wrong password
    session = bd.sign_in(Vault.open(vault_path, clock=later))
    driver.timer.stop()
    try:
        assert "damaged" in driver.errors[0]
        assert len(questions) == 1 and "damaged" in questions[0] and "20 people" in questions[0]
        assert session is not None and dump_hash(session) == digest
    finally:
        if session is not None:
            session.vault.close()


def test_truncated_vault_at_start_offers_restore(app, admin, vault_path, usb, monkeypatch, said):
    add_people(admin, 10)
    bd.remember_folder(vault_path, str(usb))
    backup.make_backup(admin, usb)
    admin.vault.close()
    with open(vault_path, "r+b") as handle:
        handle.truncate(vault_path.stat().st_size - 100)  # not whole pages: damaged before any password
    from db.errors import VaultDamaged

    with pytest.raises(VaultDamaged) as err:
        Vault.open(vault_path)
    monkeypatch.setattr(bd, "ask", lambda parent, text, yes, no: True)
    _credentials(monkeypatch)
    assert bd.offer_restore_if_damaged(None, vault_path, err.value)
    Vault.open(vault_path).unlock("admin", ADMIN_PASSWORD).vault.close()


def test_the_pc_died_story(app, admin, vault_path, usb, tmp_path, qtbot, monkeypatch, said):
    """A manager plugs in a USB stick and clicks Back up; the office PC dies; on a new PC (a new
    data folder, no vault) Sanad's welcome screen restores the backup, and everyone signs in with
    their old passwords, with nothing missing."""
    from desktop import paths
    from ui.welcome import WelcomeDialog

    users.add_user(admin, "noor", NOOR_PASSWORD, role="staff", must_change_password=False)
    add_people(admin, 25)
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    digest = dump_hash(admin)
    page = _page(admin, qtbot)
    page.folder.setText(str(usb))
    page.back_up_now()
    (made,) = list(usb.glob("*.sanadbak"))
    admin.vault.close()
    for leftover in vault_path.parent.glob("office.sanad*"):
        leftover.unlink()  # the old PC is gone
    monkeypatch.setenv("SANAD_HOME", str(tmp_path / "new-pc"))
    new_vault = paths.default_vault()
    assert not new_vault.exists()
    welcome = WelcomeDialog(new_vault)
    qtbot.addWidget(welcome)
    monkeypatch.setattr(bd, "choose_backup_file", lambda parent, folder="": made)
    _credentials(monkeypatch, username="noor", password=NOOR_PASSWORD)
    welcome.restore_backup()  # a staff member may not restore: refused, nothing written
    assert welcome.result() == 0 and not new_vault.exists()
    assert "ERROR" in said[-1] and "does not allow" in said[-1]
    _credentials(monkeypatch)  # the administrator's old password
    welcome.restore_backup()
    assert welcome.result() == 1 and welcome.chosen_path == new_vault
    assert any("Sign in with your usual password" in m for m in said)
    vault = Vault.open(new_vault)
    noor = vault.unlock("noor", NOOR_PASSWORD)
    noor.vault.lock()
    restored_admin = vault.unlock("admin", ADMIN_PASSWORD)
    try:
        assert dump_hash(restored_admin) == digest
    finally:
        vault.close()


def test_schedule_time_reads_and_saves_the_same_in_arabic(qapp, admin, qtbot):
    """Right to left, the time box once showed 13:00 as 00:13; saving must keep 13:00 too."""
    from ui import i18n
    from ui.pages.backups import BackupsPage

    i18n.install(qapp, "ar")
    try:
        backup_schedule.save_backup_settings(admin, daily_at="13:00")
        page = BackupsPage(admin)
        qtbot.addWidget(page)
        page.wait_for_list()
        assert page.daily_at.text() == "13:00"
        page.save_settings(quiet=True)
        assert backup_schedule.get_backup_settings(admin).daily_at == "13:00"
    finally:
        i18n.install(qapp, "en")


def test_declining_the_restore_shows_the_sign_in_again_and_changes_nothing(app, admin, vault_path, usb,
                                                                           monkeypatch, said):
    from tests.conftest import sha256

    bd.remember_folder(vault_path, str(usb))
    backup.make_backup(admin, usb)
    admin.vault.close()
    _flip_page(vault_path, 0)
    damaged = sha256(vault_path)
    questions = []
    monkeypatch.setattr(bd, "ask", lambda parent, text, yes, no: questions.append(text) and False)
    driver = LoginDriver([("admin", ADMIN_PASSWORD), None])  # then Cancel on the second sign-in
    assert bd.sign_in(Vault.open(vault_path)) is None
    driver.timer.stop()
    assert len(driver.seen) == 2 and len(questions) == 1
    assert sha256(vault_path) == damaged and not any(".before-restore-" in p.name for p in vault_path.parent.iterdir())
