"""The recovery-key sheet: one A4 page to print and keep in a safe."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def sheet_document(recovery_key: str, office_name: str, vault_path: str) -> QTextDocument:
    title = QCoreApplication.translate("RecoverySheet", "Sanad recovery key")
    file_label = QCoreApplication.translate("RecoverySheet", "Vault file:")
    printed = QCoreApplication.translate("RecoverySheet", "Printed:")
    warning = QCoreApplication.translate(
        "RecoverySheet",
        "This key opens the vault if every password is forgotten or the key file is lost. Anyone holding "
        "it can read everything in the vault. Keep this sheet in a locked safe, never on the computer, "
        "and never photograph it.",
    )
    rotated = QCoreApplication.translate(
        "RecoverySheet", "If the master key is rotated, a new sheet is printed and this one must be destroyed."
    )
    cells = "".join(f"<td style='padding:6px 10px'>{html.escape(part)}</td>" for part in recovery_key.split("-"))
    esc = html.escape
    body = (
        f"<h1>{esc(title)}</h1><p><b>{esc(office_name)}</b></p>"
        f"<p>{esc(file_label)} {esc(vault_path)}<br/>{esc(printed)} {dt.date.today().isoformat()}</p>"
        f"<table border='1' cellspacing='0' style='font-family: monospace; font-size: 18pt' dir='ltr'>"
        f"<tr>{cells}</tr></table><p>{esc(warning)}</p><p>{esc(rotated)}</p>"
    )
    doc = QTextDocument()
    doc.setHtml(body)
    return doc


def print_sheet(parent: QWidget, recovery_key: str, office_name: str, vault_path: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPrinter.PageSize.A4) if hasattr(QPrinter, "PageSize") else None
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    sheet_document(recovery_key, office_name, vault_path).print_(printer)
    return True
