"""The letter screens (offscreen Qt, pytest-qt): the issue dialog's preview rendered in memory (no
file in the temp folder, R7), issuing then printing through QPrinter (to a PDF file here) with the
print audited, a cancelled print dialog leaving the letter issued and reprintable, saving as PDF
after the warning (E3), the Letters page (filters, reprint, cancel), the template editor refusing
a sensitive placeholder with the reason and saving a new version, the batch dialog with progress
and Stop, the buttons on the person form and the referral dialog, and Arabic right to left."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db import letters
from db.models import AuditEntry, Organisation, Referral
from db.permissions import Role
from db.session import UserSession
from tests.test_letters import add_person
from tests.test_letters_render import pdftotext, squeezed


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def said(monkeypatch):
    """Messages and questions answered without a window (yes to questions); what they said is kept."""
    said: list[str] = []
    import ui.letter_batch
    import ui.letter_dialog
    import ui.letter_preview
    import ui.pages.letters
    import ui.template_editor

    for module in (ui.letter_dialog, ui.letter_preview, ui.pages.letters, ui.template_editor, ui.letter_batch):
        monkeypatch.setattr(module, "show_error", lambda parent, text, details="": said.append(text), raising=False)
        monkeypatch.setattr(module, "ask", lambda parent, text, **kw: said.append(text) or True, raising=False)
        monkeypatch.setattr(module, "notify", lambda widget, text, msecs=4000: said.append(text), raising=False)
    return said


@pytest.fixture
def printer_to(monkeypatch, tmp_path):
    """The print dialog answered: 'accept' prints to a PDF file (what a Windows printer would get),
    'reject' is the user pressing Cancel."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    state = {"answer": QDialog.DialogCode.Accepted, "file": tmp_path / "printed.pdf"}

    def exec_(self):
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(state["file"]))
        return state["answer"]

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return state


def audit_actions(session) -> list[str]:
    from sqlalchemy import select

    with session.transaction() as db:
        return list(db.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_issue_dialog_previews_in_memory_issues_and_prints(app, qtbot, admin, said, printer_to):
    from ui.letter_dialog import IssueLetterDialog

    person = add_person(admin)
    before = set(os.listdir(tempfile.gettempdir()))
    dialog = IssueLetterDialog(admin, person, template_key="school_enrolment")
    qtbot.addWidget(dialog)
    assert dialog.template_key() == "school_enrolment"
    assert dialog.preview.images and dialog.preview.images[0].width() > 500  # the page, rasterised in memory
    assert not dialog.fields["court_name"].isVisibleTo(dialog)  # the school letter has no court
    dialog.fields["organisation"].setText("مدرسة النور")
    dialog.refresh_preview()
    assert set(os.listdir(tempfile.gettempdir())) - before == set()
    dialog.issue_and_print()
    assert dialog.letter is not None and dialog.letter.row.reference == "ODS/LTR/2026/0001".replace(
        "2026", str(dt.date.today().year))
    printed = printer_to["file"].read_bytes()
    assert printed.startswith(b"%PDF") and b"/Subtype /Image" in printed  # the rasterised page
    assert audit_actions(admin)[-2:] == ["letter_issued", "letter_printed"] or "letter_printed" in audit_actions(
        admin)
    # A second click prints the same letter again: no second number.
    dialog.issue_and_print()
    assert letters.letter_ids(admin, letters.LetterFilter()) == [dialog.letter.row.id]
    assert set(os.listdir(tempfile.gettempdir())) - before == set()


def test_cancelled_print_dialog_leaves_the_letter_issued_and_reprintable(app, qtbot, admin, said, printer_to):
    from ui.letter_dialog import IssueLetterDialog
    from ui.pages.letters import LettersPage

    printer_to["answer"] = QDialog.DialogCode.Rejected
    person = add_person(admin)
    dialog = IssueLetterDialog(admin, person, template_key="health_referral")
    qtbot.addWidget(dialog)
    dialog.issue_and_print()
    assert dialog.letter is not None and "Nothing was printed" in said[-1]
    assert "letter_printed" not in audit_actions(admin)
    assert not printer_to["file"].exists()
    page = LettersPage(admin)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert page.reprint_button.isEnabled() and page.preview.images
    printer_to["answer"] = QDialog.DialogCode.Accepted
    page.reprint()
    assert printer_to["file"].exists() and "letter_printed" in audit_actions(admin)


def test_save_as_pdf_warns_and_audits(app, qtbot, admin, said, monkeypatch, tmp_path):
    import ui.letter_preview
    from ui.letter_dialog import IssueLetterDialog

    target = tmp_path / "chosen" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(ui.letter_preview.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    person = add_person(admin)
    dialog = IssueLetterDialog(admin, person, template_key="health_referral")
    qtbot.addWidget(dialog)
    dialog.issue_and_save()
    assert any("will not be encrypted" in text for text in said)
    assert target.read_bytes() == dialog.letter.pdf
    assert "letter_saved" in audit_actions(admin)


def test_letters_page_filters_and_cancels(app, qtbot, admin, said, monkeypatch):
    import ui.pages.letters as page_module
    from ui.pages.letters import LettersPage

    first = add_person(admin, number="MOS-2026-00001")
    second = add_person(admin, number="MOS-2026-00002")
    one = letters.issue_letter(admin, "health_referral", first)
    letters.issue_letter(admin, "school_enrolment", second)
    page = LettersPage(admin)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.search.setText("00001")
    page.reload()
    assert page.model.ids == [one.row.id]
    page.table.selectRow(0)
    monkeypatch.setattr(page_module.QInputDialog, "getText", staticmethod(lambda *a, **k: ("Wrong centre", True)))
    page.cancel_letter()
    page.search.setText("")
    page.state.setCurrentIndex(page.state.findData("cancelled"))
    assert page.model.ids == [one.row.id]
    page.table.selectRow(0)
    assert not page.reprint_button.isEnabled() and not page.cancel_button.isEnabled()


def test_issued_presets_cover_whole_months():
    from ui.pages.letters import issued_range

    today = dt.date(2026, 3, 15)
    assert issued_range("any", today) == (None, None)
    assert issued_range("this_month", today) == (dt.date(2026, 3, 1), today)
    assert issued_range("last_month", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert issued_range("last_3_months", today) == (dt.date(2026, 1, 1), today)
    assert issued_range("this_year", today) == (dt.date(2026, 1, 1), today)
    january = dt.date(2026, 1, 31)
    assert issued_range("last_month", january) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert issued_range("last_3_months", january) == (dt.date(2025, 11, 1), january)
    assert issued_range("last_3_months", dt.date(2026, 2, 10)) == (dt.date(2025, 12, 1), dt.date(2026, 2, 10))


def test_letters_page_filters_by_the_day_issued(app, qtbot, admin, said):
    from PySide6.QtCore import QDate

    from ui.pages.letters import LettersPage

    person = add_person(admin)
    today = dt.date.today()
    old = letters.issue_letter(admin, "health_referral", person, today=dt.date(today.year - 1, 6, 10))
    new = letters.issue_letter(admin, "health_referral", person, today=today)
    page = LettersPage(admin)
    qtbot.addWidget(page)
    assert sorted(page.model.ids) == sorted([old.row.id, new.row.id])
    assert page.issued_from.isHidden()
    page.issued.setCurrentIndex(page.issued.findData("this_year"))
    assert page.model.ids == [new.row.id]
    page.issued.setCurrentIndex(page.issued.findData("between"))
    assert not page.issued_from.isHidden() and not page.issued_to.isHidden()
    # Dates in either order; both days included.
    page.issued_from.setDate(QDate(today.year - 1, 6, 10))
    page.issued_to.setDate(QDate(today.year - 1, 1, 1))
    page.reload()
    assert page.model.ids == [old.row.id]
    page.issued.setCurrentIndex(page.issued.findData("any"))
    assert len(page.model.ids) == 2 and page.issued_from.isHidden()


def test_template_editor_refuses_sensitive_placeholders_and_saves_versions(app, qtbot, admin, said):
    from ui.template_editor import TemplateEditorDialog

    editor = TemplateEditorDialog(admin, "health_referral")
    qtbot.addWidget(editor)
    assert editor.version_label.text() == "Version 1"
    assert editor.preview.images
    body = editor.panes["ar"].body
    body.setPlainText(body.toPlainText() + "\n\n{person.perceived_affiliation}")
    editor.refresh()
    assert "sensitive" in editor.problems.text() and not editor.preview.images
    editor.save()
    assert "sensitive" in editor.problems.text()
    assert [v for v, _, _ in letters.template_versions(admin, "health_referral")] == [1]
    body.setPlainText(body.toPlainText().replace("{person.perceived_affiliation}", "{gender:وشكراً له|وشكراً لها}"))
    editor.refresh()
    assert editor.problems.text() == "" and editor.preview.images
    editor.placeholders.setCurrentRow(0)
    editor._last_editor = editor.panes["ar"].closing
    editor.insert_placeholder(editor.placeholders.currentItem())
    assert "{person.full_name}" in editor.panes["ar"].closing.text()
    editor.save()
    assert editor.version_label.text() == "Version 2"
    assert squeezed("وشكراًلها") in squeezed(pdftotext(letters.issue_letter(admin, "health_referral",
                                                                             add_person(admin)).pdf))


def test_batch_dialog_issues_with_progress_and_can_stop(app, qtbot, admin, said, printer_to):
    from ui.letter_batch import BatchLetterDialog

    with admin.transaction() as db:
        org = Organisation(name_ar="مدرسة النور", name_en="Al-Noor School")
        db.add(org)
        db.flush()
        org_id = org.id
    for i in range(4):
        person = add_person(admin, number=f"MOS-2026-{i + 1:05d}")
        with admin.transaction() as db:
            db.add(Referral(person_id=person, reference=f"ODS/REF/2026/{i + 1:04d}", service="school_enrolment",
                            organisation_id=org_id, reason="school", sent_on=dt.date.today()))
    dialog = BatchLetterDialog(admin)
    qtbot.addWidget(dialog)
    dialog.service.setCurrentIndex(dialog.service.findData("school_enrolment"))
    assert dialog.template.currentData() == "school_enrolment" and dialog.list.count() == 4
    dialog.list.item(3).setCheckState(Qt.CheckState.Unchecked)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.progress.value() == 3 and len(dialog.result.letters) == 3
    assert dialog.print_button.isEnabled()
    dialog.print_letters()
    assert printer_to["file"].exists()
    text = squeezed(pdftotext(dialog.result.pdf))
    assert squeezed("مدرسة النور") in text
    # Stop at once: nothing more is issued, and what is issued is numbered without a gap.
    dialog2 = BatchLetterDialog(admin)
    qtbot.addWidget(dialog2)
    dialog2.start()
    dialog2.cancel()
    qtbot.waitUntil(lambda: dialog2.result is not None, timeout=60_000)
    refs = [r.reference for r in letters.list_letters(admin)]
    numbers = sorted(int(r.rsplit("/", 1)[1]) for r in refs)
    assert numbers == list(range(1, len(numbers) + 1))


def test_person_form_and_referral_dialog_have_the_letter_button(app, qtbot, admin):
    from ui.pages.person_form import PersonDialog as PersonForm
    from ui.referral_dialog import ReferralDialog

    person = add_person(admin)
    form = PersonForm(admin, person)
    qtbot.addWidget(form)
    assert form.letter_button.isEnabled() and not form.letter_button.isHidden()
    with admin.transaction() as db:
        org = Organisation(name_ar="مركز", name_en="Centre")
        db.add(org)
        db.flush()
        referral = Referral(person_id=person, reference="ODS/REF/2026/0001", service="health_centre",
                            organisation_id=org.id, reason="x", sent_on=dt.date.today())
        db.add(referral)
        db.flush()
        referral_id = referral.id
    dialog = ReferralDialog(admin, referral_id=referral_id)
    qtbot.addWidget(dialog)
    assert not dialog.letter_button.isHidden()
    staff = UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF))
    form2 = PersonForm(staff, person)
    qtbot.addWidget(form2)
    assert form2.letter_button.isHidden()


def test_application_dialog_issues_a_letter_with_its_court_and_case_number(app, qtbot, admin, monkeypatch):
    from db import applications
    from db.applications import ApplicationInput
    from ui.application_dialog import ApplicationDialog
    from ui.letter_dialog import IssueLetterDialog

    person = add_person(admin)
    court_case = applications.create_application(admin, person, ApplicationInput(
        doc_type="birth_certificate", court="محكمة الموصل", case_number="1234/ب/2026")).id
    plain = applications.create_application(admin, person, ApplicationInput(doc_type="marriage_contract")).id
    opened: list[IssueLetterDialog] = []
    monkeypatch.setattr(IssueLetterDialog, "exec", lambda self: opened.append(self) or 0)
    new = ApplicationDialog(admin, person_id=person)
    qtbot.addWidget(new)
    assert new.letter_button.isHidden()  # nothing to write about before it is saved
    dialog = ApplicationDialog(admin, app_id=court_case)
    qtbot.addWidget(dialog)
    assert not dialog.letter_button.isHidden()
    dialog.letter_button.click()
    letter = opened.pop()
    assert letter.application_id == court_case and letter.template_key() == "court_hearing_request"
    assert letter.fields["court_name"].text() == "محكمة الموصل"
    assert letter.fields["case_number"].text() == "1234/ب/2026"
    other = ApplicationDialog(admin, app_id=plain)
    qtbot.addWidget(other)
    other.letter_button.click()
    assert opened.pop().template_key() == "civil_affairs_support"
    staff = UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF))
    read_only = ApplicationDialog(staff, app_id=court_case)
    qtbot.addWidget(read_only)
    assert read_only.letter_button.isHidden()


def test_letters_page_in_arabic_is_right_to_left(app, qtbot, admin, said):
    from ui import i18n
    from ui.letter_dialog import IssueLetterDialog
    from ui.pages.letters import LettersPage

    i18n.install(app, "ar")
    person = add_person(admin)
    letters.issue_letter(admin, "school_enrolment", person)
    page = LettersPage(admin)
    qtbot.addWidget(page)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog = IssueLetterDialog(admin, person)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft and dialog.preview.images


def test_a_printer_that_cannot_be_used_is_said_and_the_letter_stays(app, qtbot, admin, said, printer_to, tmp_path):
    from ui.letter_dialog import IssueLetterDialog

    printer_to["file"] = tmp_path / "no-such-folder" / "printer.pdf"  # QPainter.begin fails, as for a dead printer
    dialog = IssueLetterDialog(admin, add_person(admin), template_key="health_referral")
    qtbot.addWidget(dialog)
    dialog.issue_and_print()
    assert dialog.letter is not None and "printer could not be used" in said[-1]
    assert "letter_printed" not in audit_actions(admin)
    assert letters.letter_ids(admin, letters.LetterFilter()) == [dialog.letter.row.id]


def test_declining_the_unencrypted_pdf_warning_writes_nothing(app, qtbot, admin, monkeypatch, tmp_path):
    import ui.letter_preview
    from ui.letter_dialog import IssueLetterDialog

    asked = []
    monkeypatch.setattr(ui.letter_preview, "ask", lambda parent, text, **kw: asked.append(text) or False)
    monkeypatch.setattr(ui.letter_preview.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: pytest.fail("no file dialog after declining")))
    dialog = IssueLetterDialog(admin, add_person(admin), template_key="health_referral")
    qtbot.addWidget(dialog)
    dialog.issue_and_save()
    assert asked and "letter_saved" not in audit_actions(admin)


def test_printing_many_pages_shows_progress_and_can_be_stopped(app, qtbot, admin, said, printer_to, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from ui.letter_preview import print_pdf

    people = [add_person(admin, number=f"MOS-2026-{i:05d}") for i in range(1, 6)]
    batch = letters.issue_batch(admin, "health_referral", [letters.BatchItem(p) for p in people])
    assert print_pdf(None, batch.pdf) == 5 and printer_to["file"].exists()
    printer_to["file"].unlink()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert print_pdf(None, batch.pdf) == 0
    assert "Printing was stopped" in said[-1]
