"""The one place that talks to the user in dialogs: errors (with copyable details), yes/no
questions with the safe default, and brief confirmations in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget


def show_error(parent: QWidget | None, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Sanad"))
    box.setText(text)
    if details:
        box.setDetailedText(details)
        copy = box.addButton(QCoreApplication.translate("Messages", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def ask(parent: QWidget | None, text: str, *, yes: str, no: str) -> bool:
    """A question whose default (Enter, Escape) is the safe answer: no."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Sanad"))
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def notify(widget: QWidget | None, text: str, msecs: int = 4000) -> None:
    """A brief, non-blocking confirmation in the main window's status bar."""
    window = widget.window() if widget else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)
