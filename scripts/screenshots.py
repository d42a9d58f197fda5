"""Screenshots of the main screens in Arabic and English, for review and the README.

    xvfb-run -a .venv/bin/python scripts/screenshots.py OUT_DIR [VAULT]

Signs in to the demo vault (made if missing), walks the pages and saves PNGs of each window.
The docs/ screenshots of the letters, reports, exports, import, backups, retention and
emergency-wipe screens come from scripts/screenshots_more.py (it reuses letter_screens below).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from db import office
    from db.vault import Vault
    from desktop import paths
    from desktop.app import SanadController, make_application
    from desktop.cli import demo_password, make_demo
    from ui import i18n
    from ui.login import LoginDialog
    from ui.wizard import FirstRunWizard

    vault_path = Path(sys.argv[2]) if len(sys.argv) > 2 else paths.demo_vault()
    if not vault_path.exists():
        make_demo(vault_path, 1500)
    app = make_application()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / f"{name}.png"))

    for lang in ("ar", "en"):
        i18n.install(app, lang)
        vault = Vault.open(vault_path)
        login = LoginDialog(vault)
        shot(login, f"login_{lang}")
        login.close()
        session = vault.unlock("admin", demo_password())
        office.save_settings(session, {"language": lang})
        controller = SanadController(app, vault)
        controller.start(session)
        window = controller.window
        window.resize(1200, 760)
        shot(window, f"home_{lang}")
        for key in ("users", "settings", "audit", "security", "people"):
            window.show_page(key)
            shot(window, f"{key}_{lang}")
        from ui.pages.register import FIELD_COLUMN, RegisterHouseholdDialog

        dialog = RegisterHouseholdDialog(controller.session, window)
        dialog.neighbourhood.setText("الزنجيلي")
        rows = [("فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن محمد", "F", "about 1990", ""),
                ("عمر", "", "", "", "", "M", "2015", "son"), ("مريم", "", "", "", "", "F", "31/02/2016", "daughter")]
        for row, values in enumerate(rows):
            if row:
                dialog.add_member()
            for field, value in zip(("first_name", "father_name", "grandfather_name", "family_name", "mother_name",
                                     "sex", "birth_date_text", "relationship_to_head"), values, strict=True):
                dialog.table.item(row, FIELD_COLUMN[field]).setText(value)
        dialog.save()
        shot(dialog, f"register_{lang}")
        dialog._dirty = False
        dialog.reject()
        person_screens(controller.session, window, shot, lang)
        letter_screens(controller.session, window, shot, lang)
        controller.lock()
        settle()
        shot(controller.window, f"locked_{lang}")
        app.removeEventFilter(controller.idle)
        controller.idle.timer.stop()
        window.close()
        vault.close()
        wizard = FirstRunWizard(out / "never-created.sanad")
        wizard.office.name_ar.setText("منظمة الأمل للمساعدة القانونية")
        wizard.office.name_en.setText("Hope Legal Aid")
        shot(wizard, f"wizard_office_{lang}")
        wizard.next()
        wizard.admin.password.first.setText("a-good-long-secret")
        wizard.admin.password.second.setText("a-good-long-secret")
        wizard.next()
        shot(wizard, f"wizard_recovery_{lang}")
        wizard.reject()
    print(f"screenshots in {out}")
    QApplication.processEvents()
    return 0


def person_screens(session, window, shot, lang: str) -> None:
    """The person form (identity, documents, family; one with problems shown) and the household view."""
    from db.people_list import PeopleFilter, person_ids
    from db.records import load_household
    from ui.pages.household import HouseholdDialog
    from ui.pages.person_form import PersonDialog

    heads = person_ids(session, PeopleFilter(sex="F", age_group="18-59"))
    person_id = next(pid for pid in heads[:200] if len(_household_of(session, pid)) >= 4)
    form = PersonDialog(session, person_id, parent=window)
    form.resize(1000, 720)
    shot(form, f"person_{lang}")
    for index, name in ((1, "places"), (3, "documents"), (4, "family")):
        form.tabs.setCurrentIndex(index)
        shot(form, f"person_{name}_{lang}")
    form.tabs.setCurrentIndex(0)
    form.widgets["first_name"].setText("")
    form.widgets["birth_date"].setText("31/02/1990")
    form.widgets["phone"].setText("0770 12")
    form.save()
    shot(form, f"person_problems_{lang}")
    form._dirty = False
    form.reject()
    household = HouseholdDialog(session, load_household(session, _household_id(session, person_id)).id, parent=window)
    shot(household, f"household_{lang}")
    household.reject()


def _household_id(session, person_id: int) -> int:
    from db.records import load_person

    return load_person(session, person_id).household_id


def _household_of(session, person_id: int) -> list:
    from db.records import load_household, load_person

    household_id = load_person(session, person_id).household_id
    return list(load_household(session, household_id).members) if household_id else []


def letter_screens(session, window, shot, lang: str) -> None:
    """Letters page (a letter chosen, its preview), the issue dialog for a school referral with its
    preview, the template editor: letters_<lang>, letter_dialog_<lang>, template_editor_<lang>."""
    from db import letters, office, referrals
    from db.referrals import ReferralFilter
    from ui.letter_dialog import IssueLetterDialog
    from ui.template_editor import TemplateEditorDialog

    office.save_settings(session, {"letter_decision_number": "3587", "letter_decision_date": "2017/10/12",
                                   "letter_signer_name": "سارة يوسف", "letter_signer_title": "مديرة البرنامج القانوني"})
    school = list(referrals.referral_ids(session, ReferralFilter(service="school_enrolment")))[:3]
    rows = referrals.referral_rows(session, school)
    for referral_id in school:
        if not letters.letter_ids(session, letters.LetterFilter(referral_id=referral_id)):
            letters.issue_letter(session, "school_enrolment", rows[referral_id].person_id, referral_id=referral_id)
    page = window.show_page("letters")
    page.reload()
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(0, 0), flags)
    shot(window, f"letters_{lang}")
    first = rows[school[0]]
    dialog = IssueLetterDialog(session, first.person_id, referral_id=first.id, template_key="school_enrolment",
                               parent=window)
    dialog.resize(1200, 800)
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    shot(dialog, f"letter_dialog_{lang}")
    dialog.reject()
    editor = TemplateEditorDialog(session, "school_enrolment", window)
    editor.resize(1400, 860)  # three columns: at its smallest the text fields are narrow
    editor.tabs.setCurrentIndex(0 if lang == "ar" else 1)
    editor.refresh()
    shot(editor, f"template_editor_{lang}")
    editor.reject()


if __name__ == "__main__":
    os.environ.setdefault("SANAD_HOME", str(ROOT / "build" / "screenshot-home"))
    sys.exit(main())
