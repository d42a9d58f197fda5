"""Export everything about one person for a subject-access request: a warning that the file is
not encrypted, a place the user chooses, the file written in one audited step
(db/subject_access.py), and where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from db import subject_access
from db.errors import SanadError
from db.i18n import fill
from db.permissions import Action
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import ask, notify, show_error


def _filters() -> dict[str, str]:
    """File-dialog filter -> format."""
    return {
        QCoreApplication.translate("SubjectAccess", "Excel workbook (*.xlsx)"): "xlsx",
        QCoreApplication.translate("SubjectAccess", "JSON file (*.json)"): "json",
    }


def _choose_path(parent: QWidget | None, suggested: Path) -> tuple[Path, str] | None:
    """The file the user picks, with the chosen type's suffix added when it was left off; None if
    cancelled. Qt's own dialog: the system's would add the file to the recent-files lists."""
    filters = _filters()
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SubjectAccess", "Save everything about this person"),
        str(suggested), ";;".join(filters), options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".json"):
        path = path.with_name(f"{path.name}.{filters.get(chosen, 'xlsx')}")
    return path, path.suffix.lower().lstrip(".")


def _show_saved(parent: QWidget | None, path: Path) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SubjectAccess", "Export saved"))
    box.setText(fill(QCoreApplication.translate("SubjectAccess", "Everything about this person was saved to:\n%1"),
                     str(path)))
    box.setInformativeText(QCoreApplication.translate(
        "SubjectAccess",
        "This file is not encrypted. Hand it only to the person it is about, then delete it from this "
        "computer and from any USB stick."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def export_subject_access(parent: QWidget | None, session: UserSession, person_id: int) -> Path | None:
    """Warn, let the user choose a file, write it; the path written, or None if refused, cancelled
    or failed (the user has been told why)."""
    try:
        session.require(Action.EXPORT)  # refused before any dialog; the refusal is audited
        warning = QCoreApplication.translate(
            "SubjectAccess",
            "This writes everything Sanad holds about this person to a file that is NOT encrypted: their "
            "record, household address, documents, relatives' file numbers, consents and the history of "
            "changes.\n\nHand the file only to the person it is about, or delete it. Do not send it by "
            "e-mail or messaging apps, and do not leave it on a shared computer.")
        if not ask(parent, warning, yes=QCoreApplication.translate("SubjectAccess", "Continue"),
                   no=QCoreApplication.translate("SubjectAccess", "Cancel")):
            return None
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        suggested = folder / subject_access.suggested_file_name(session, person_id, "xlsx")
        chosen = _choose_path(parent, suggested)
        if chosen is None:
            return None
        path, fmt = chosen
        # Seconds on a vault with a long audit log (every entry is read to find this person's).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = subject_access.export_to_file(session, person_id, path, fmt)
        finally:
            QApplication.restoreOverrideCursor()
    except SanadError as exc:
        show_error(parent, error_text(exc))
        return None
    notify(parent, QCoreApplication.translate("SubjectAccess", "Export saved (not encrypted)."))
    _show_saved(parent, written)
    return written
