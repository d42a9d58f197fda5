"""Screenshots of the letters, reports, exports, import, backups, retention and emergency-wipe screens,
Arabic and English, with the real translations (ui/translations/*.qm), saved under their docs/ names:

    xvfb-run -a .venv/bin/python scripts/screenshots_more.py [OUT_DIR]      (default: docs)

Makes a small demo vault in a temporary folder (SANAD_HOME there too, so nothing of this computer's
settings is touched), adds what each screen needs (letters for school referrals, a donor template, a
backup made before more people were added, a few files closed long ago, a KoboToolbox-style workbook)
and saves letters-, letter-dialog-, template-editor-, reports-, donor-mapping-, export-dialog-,
import-mapping-, import-preview-, backups-, restore-older-, backup-warning-, retention-,
emergency-wipe-, report-progress- and pseudonym-keys-{ar,en}.png.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def kobo_workbook(path: Path, existing) -> Path:
    """A KoboToolbox-style export: group prefixes, problem rows, one person already in the vault."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Beneficiaries"
    sheet.append(["start", "group_hh/household_id", "group_hh/relationship", "group_person/first_name",
                  "group_person/father_name", "group_person/grandfather_name", "group_person/family_name",
                  "group_person/mother_name", "group_person/sex", "group_person/dob", "group_loc/district",
                  "group_loc/displacement_status", "group_person/phone", "_id", "_uuid"])
    rows = [
        ["2025-03-01", "1", "head", "فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن علي", "female", "1990-05-03",
         "IQG15Q05", "idp", "07701234567"],
        ["2025-03-01", "1", "son", "محمد", "", "", "", "", "male", "2015", "", "", ""],
        ["2025-03-01", "1", "daughter", "مريم", "", "", "", "", "female", "03/10/2016", "", "", ""],
        ["2025-03-02", "2", "head", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "male", "1985",
         "الموصل", "returnee", "٠٧٨٠١٢٣٤٥٦٧"],
        ["2025-03-02", "2", "spouse", "هدى", "كريم", "سالم", "الطائي", "نوال عبد الله سعيد", "female", "1988",
         "", "", ""],
        ["2025-03-03", "3", "head", "خديجة", "عمر", "يونس", "الحمداني", "آمنة طه ياسين", "female", "2031",
         "Nowhere", "idp", ""],
        ["2025-03-04", "4", "head", "رقية", "جاسم", "محمود", "السبعاوي", "ليلى عباس رعد", "female", "1979-11",
         "IQG15Q01", "resident", "0770"],
        ["2025-03-04", "5", "head", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "male", "حوالي 1985",
         "IQG15Q05", "resident", ""],
    ]
    first, father, grandfather, family, mother, sex, born = existing
    rows.append(["2025-03-05", "6", "head", first, father, grandfather, family, mother,
                 "female" if sex == "F" else "male", born.isoformat() if born else "", "IQG15Q05", "idp", ""])
    for index, row in enumerate(rows, 101):
        sheet.append(row + [index, f"uuid-{index}"])
    book.save(path)
    return path


def prepare(session, work: Path) -> dict:
    """What the screens need, made once before the language loop."""
    from sqlalchemy import select, update

    from db import backup_schedule, office, panic
    from db.models import Application, Household, Person
    from exports import donor
    from tests.benchmarks.imports import vault_people
    from tests.test_donor import MAPPING, donor_workbook

    office.save_settings(session, {panic.SETTING: True})
    template = donor.add_template(session, "Fund", donor_workbook(work / "fund.xlsx", chart=True))
    donor.save_mappings(session, template, MAPPING)
    usb = work / "usb"
    usb.mkdir()
    backup_schedule.save_backup_settings(session, folder=str(usb), stale_days=7)
    outcome = backup_schedule.run_backup(session)
    with session.transaction() as db:  # newer than the backup: restoring it would lose them
        for i in range(14):
            household = Household(district="الموصل", neighbourhood=f"حي {i + 1}")
            db.add(household)
            db.flush()
            db.add(Person(household_id=household.id, file_number=f"MOS-2026-9{i + 1:04d}", first_name="ملف",
                          family_name=f"جديد {i + 1}", sex="F", relationship_to_head="head"))
    with session.transaction() as db:  # files left untouched for years: retention candidates
        busy = set(db.scalars(select(Application.person_id)))
        old_ids = [pid for pid in db.scalars(select(Person.id).order_by(Person.id.desc())) if pid not in busy][:14]
        for n, pid in enumerate(old_ids, 1):
            old = dt.datetime(2018, 1, 1) + dt.timedelta(days=37 * n)
            db.execute(update(Person).where(Person.id == pid).values(updated_at=old, created_at=old))
    from db import retention

    try:
        retention.purge(session, old_ids[-2:], months=60, reason="مغلق منذ أكثر من خمس سنوات", vacuum=False)
    except Exception as error:  # noqa: BLE001 - a screenshot without purged records is still useful
        print("no purged records on the retention page:", error)
    return {"template": template, "workbook": kobo_workbook(work / "kobo-export.xlsx", vault_people(session, 1)[0]),
            "backup_at": outcome.last.at}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    if not out.is_absolute():
        out = ROOT / out
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sanad-shots-"))
    os.environ["SANAD_HOME"] = str(work / "home")
    from PySide6.QtCore import QItemSelectionModel  # noqa: F401

    from db import office
    from db.vault import Vault
    from desktop.app import SanadController, make_application
    from desktop.cli import demo_password, make_demo
    from ui import i18n

    sys.path.insert(0, str(ROOT / "scripts"))
    from screenshots import letter_screens

    try:
        vault_path = work / "demo.sanad"
        make_demo(vault_path, 400)
        app = make_application()

        def settle(seconds: float = 0.3) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        def wait(condition, timeout: float = 60) -> None:
            end = time.monotonic() + timeout
            while not condition():
                if time.monotonic() > end:
                    raise TimeoutError
                app.processEvents()
                time.sleep(0.02)

        def shot(widget, name: str) -> None:
            widget.show()
            settle()
            name = name.replace("_", "-")
            widget.grab().save(str(out / f"{name}.png"))
            print("saved", out / f"{name}.png")

        vault = Vault.open(vault_path)
        made = prepare(vault.unlock("admin", demo_password()), work)
        vault.close()
        for lang in ("ar", "en"):
            i18n.install(app, lang)
            vault = Vault.open(vault_path)
            session = vault.unlock("admin", demo_password())
            office.save_settings(session, {"language": lang})
            controller = SanadController(app, vault)
            controller.start(session)
            window = controller.window
            window.resize(1200, 760)
            session = controller.session
            letter_screens(session, window, shot, lang)
            reports_screens(session, window, shot, lang, made)
            import_screens(session, shot, lang, made, wait, settle)
            backup_screens(session, window, shot, lang, made)
            resilience_screens(session, window, shot, lang)
            report_progress_screens(session, window, shot, lang, wait)
            app.removeEventFilter(controller.idle)
            controller.idle.timer.stop()
            window.backup_bar.timer.stop()
            window.hide()
            vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def reports_screens(session, window, shot, lang: str, made: dict) -> None:
    from ui.donor_mapping import DonorMappingDialog
    from ui.export_dialog import ExportDialog

    window.show_page("reports")
    shot(window, f"reports-{lang}")
    dialog = DonorMappingDialog(session, made["template"], window)
    dialog.resize(1100, 680)
    dialog.grid.setCurrentCell(3, 1)
    shot(dialog, f"donor-mapping-{lang}")
    dialog._dirty = False
    dialog.reject()
    export = ExportDialog(session, "people", parent=window)
    language = getattr(export, "language", None)
    if language is not None and language.findData(lang) >= 0:
        language.setCurrentIndex(language.findData(lang))
    shot(export, f"export-dialog-{lang}")
    export.reject()


def report_progress_screens(session, window, shot, lang: str, wait) -> None:
    """The reports page while the report is counted (progress and Cancel; the fourth indicator is
    held until Cancel), then the pseudonym keys dialog with a key made and one replaced."""
    import threading

    from db import export_data, indicators, pseudonyms
    from ui.pages import reports
    from ui.pseudonym_keys import PseudonymKeysDialog

    page = window.show_page("reports")
    release, real, counted = threading.Event(), indicators.compute_one, []

    def held(*args, **kwargs):
        counted.append(1)
        if len(counted) == 4:
            release.wait(60)
        return real(*args, **kwargs)

    folder, ask_path = Path(tempfile.mkdtemp(prefix="sanad-shot-report-")), reports.ask_save_path
    indicators.compute_one, reports.ask_save_path = held, lambda *a: folder / "report.xlsx"
    try:
        page.report_button.click()
        wait(lambda: page.progress.value() == 3)
        shot(window, f"report-progress-{lang}")
        page.cancel_button.click()
        release.set()
        wait(lambda: not page.busy)
    finally:
        indicators.compute_one, reports.ask_save_path = real, ask_path
        release.set()
        shutil.rmtree(folder, ignore_errors=True)
    if "donor-unicef" not in {k.name for k in pseudonyms.list_keys(session)}:
        export_data.pseudonym_key(session)
        pseudonyms.make_key(session, "donor-unicef")
        pseudonyms.make_key(session, "partner-clinic")
        pseudonyms.replace_key(session, "donor-unicef")
    dialog = PseudonymKeysDialog(session, window)
    dialog.resize(980, 440)
    dialog.table.setCurrentCell(1, 0)  # (selectRow selects nothing right to left)
    shot(dialog, f"pseudonym-keys-{lang}")
    dialog.reject()


def import_screens(session, shot, lang: str, made: dict, wait, settle) -> None:
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(session)
    wizard.resize(1100, 640)
    wizard.show()
    wizard.currentPage().path.setText(str(made["workbook"]))
    wizard.next()
    wait(lambda: wizard.table is not None)
    wizard.next()
    settle()
    shot(wizard, f"import-mapping-{lang}")
    wizard.next()
    wait(lambda: wizard.plan is not None)
    settle()
    shot(wizard, f"import-preview-{lang}")
    wizard.close()


def backup_screens(session, window, shot, lang: str, made: dict) -> None:
    from db import backup
    from ui import backup_dialogs as bd

    page = window.show_page("backups")
    shot(window, f"backups-{lang}")
    info = page.infos[0]
    older = bd.OlderBackupDialog(window, info.manifest, backup.vault_summary(session))
    shot(older, f"restore-older-{lang}")
    older.reject()
    bar = window.backup_bar
    later = made["backup_at"] + dt.timedelta(days=9, hours=2)
    bar.clock = lambda: later
    bar.refresh()
    window.show_page("home")
    shot(window, f"backup-warning-{lang}")
    bar.clock = lambda: dt.datetime.now(dt.UTC)
    bar.refresh()


def resilience_screens(session, window, shot, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.panic import WipeDialog

    page = window.show_page("retention")
    page.months.setValue(60)
    page.refresh()
    window.show()
    QApplication.processEvents()
    page.table.setFocus()
    page.table.selectRow(1)
    page.reason.setText("مغلق منذ أكثر من خمس سنوات" if lang == "ar" else "closed for over five years")
    shot(window, f"retention-{lang}")
    page.reason.clear()
    dialog = WipeDialog(session, parent=window)
    dialog.confirm.setText(dialog.word)
    shot(dialog, f"emergency-wipe-{lang}")
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
