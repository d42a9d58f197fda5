"""Home: the office, who is signed in, and what the vault holds."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db import office
from db.overview import overview
from db.permissions import Action
from db.session import UserSession
from ui.widgets import DemoBanner


class HomePage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        settings = office.get_settings(session)
        if session.vault.demo:
            layout.addWidget(DemoBanner(None))
        header = QHBoxLayout()
        logo = office.get_logo(session)
        if logo:
            pixmap = QPixmap()
            if pixmap.loadFromData(logo[1]):
                image = QLabel()
                image.setPixmap(pixmap.scaledToHeight(72, Qt.TransformationMode.SmoothTransformation))
                header.addWidget(image)
        names = QVBoxLayout()
        for key, size in (("office_name_ar", 18), ("office_name_en", 13)):
            if settings[key]:
                label = QLabel(settings[key])
                label.setStyleSheet(f"font-size: {size}pt; font-weight: bold;")
                names.addWidget(label)
        header.addLayout(names, 1)
        layout.addLayout(header)
        welcome = QLabel(self.tr("Signed in as %1.").replace("%1", session.user.full_name or session.user.username))
        layout.addWidget(welcome)
        if session.may(Action.VIEW_PEOPLE):
            figures = overview(session)
            box = QGroupBox(self.tr("In this vault"))
            grid = QGridLayout(box)
            locale = QLocale()
            for row, (label, value) in enumerate(
                (
                    (self.tr("Households"), figures.households),
                    (self.tr("People"), figures.people),
                    (self.tr("Women and girls"), figures.women),
                    (self.tr("Children under 18"), figures.children),
                )
            ):
                grid.addWidget(QLabel(label), row, 0)
                number = QLabel(locale.toString(value))
                number.setObjectName(f"figure{row}")
                number.setStyleSheet("font-size: 14pt; font-weight: bold;")
                grid.addWidget(number, row, 1)
            layout.addWidget(box)
        layout.addStretch(1)


class ComingPage(QWidget):
    """An area a later module fills: says plainly what it will hold."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
