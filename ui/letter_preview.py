"""Letters on screen and on paper, without a file: a PDF held in memory is rasterised by pdfium
(pypdfium2) into QImages for the preview, and drawn page by page with QPainter at the printer's
resolution for printing. No temporary PDF is ever written (R7). Saving a PDF goes to a place the
user chooses, after a warning that the file leaves the encrypted vault (E3)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from exports.letters import RENDER_LOCK
from ui.messages import ask, show_error

PREVIEW_DPI = 80
PRINT_DPI_MAX = 300


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page of `pdf` as a QImage at `dpi` (white background), one at a time."""
    import pypdfium2

    with RENDER_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            count = len(document)
        except Exception:
            document.close()
            raise
    try:
        for number in range(count):
            with RENDER_LOCK:
                page = document[number]
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                data = bytes(bitmap.buffer)
                page.close()
            yield QImage(data, width, height, stride, QImage.Format.Format_RGB32).copy()
    finally:
        with RENDER_LOCK:
            document.close()


class PdfPreview(QScrollArea):
    """The pages of a letter, one under the other, scaled to the preview's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.setStyleSheet("QScrollArea#letterPreview { background: #8a8f96; }")
        self.images: list[QImage] = []
        self._host = QWidget()
        self._host.setObjectName("letterPreviewPages")
        self._layout = QVBoxLayout(self._host)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._host)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: white; padding: 12px;")
        self._layout.addWidget(self.message)
        self.message.hide()

    def clear(self) -> None:
        self.images = []
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_message(self, text: str) -> None:
        self.clear()
        self.message.setText(text)
        self.message.show()

    def show_pdf(self, pdf: bytes, dpi: float = PREVIEW_DPI) -> None:
        self.clear()
        self.message.hide()
        self.images = list(page_images(pdf, dpi))
        for _image in self.images:
            label = QLabel()
            label.setObjectName("letterPage")
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self._layout.addWidget(label)
        self._fit()

    def _fit(self) -> None:
        """Each page as wide as the preview (never wider than rendered): the whole line is seen."""
        width = max(200, self.viewport().width() - 30)
        for index, image in enumerate(self.images):
            item = self._layout.itemAt(index + 1)
            label = item.widget() if item else None
            if label is None:
                continue
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.width() + 2, pixmap.height() + 2)  # the layout centres exactly this
        self._host.adjustSize()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()


class PrinterFailed(Exception):
    """The printer could not be opened (missing, offline, no driver)."""


def page_count(pdf: bytes) -> int:
    import pypdfium2

    with RENDER_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def paint_pdf(printer: QPrinter, pdf: bytes, progress=None) -> int:
    """Draw every page of `pdf` on `printer` (full A4 page, at most 300 dpi). Returns the pages.
    `progress(done)` is called after each page; when it returns False printing stops (the job is
    aborted) and 0 is returned."""
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterFailed()
    pages = 0
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        target = QRectF(0, 0, paper.width(), paper.height())
        for image in page_images(pdf, dpi):
            if pages:
                printer.newPage()
            painter.drawImage(target, image)
            pages += 1
            if progress is not None and progress(pages) is False:
                printer.abort()
                return 0
    finally:
        if painter.isActive():
            painter.end()
    return pages


def print_pdf(parent: QWidget | None, pdf: bytes, *, printer: QPrinter | None = None) -> int:
    """Ask for a printer (Qt's print dialog), then print. Returns the pages printed, 0 when the
    user cancelled or the printer failed (the user was told; the letter stays issued)."""
    from PySide6.QtCore import QCoreApplication

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Letters", "Print letter"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        show_error(parent, QCoreApplication.translate(
            "Letters", "Nothing was printed. The letter is issued and stored: print it any time from the Letters "
            "page."))
        return 0
    total = page_count(pdf)
    bar = None
    if total > 3:  # a batch: say how far it is, and let it be stopped
        from PySide6.QtWidgets import QApplication, QProgressDialog

        bar = QProgressDialog(QCoreApplication.translate("Letters", "Printing page %1 of %2…").replace(
            "%1", "1").replace("%2", str(total)), QCoreApplication.translate("Letters", "Stop printing"), 0, total,
            parent)
        bar.setWindowTitle(QCoreApplication.translate("Letters", "Print letter"))
        bar.setMinimumDuration(0)
        bar.setValue(0)

        def progress(done: int) -> bool:
            bar.setValue(done)
            bar.setLabelText(QCoreApplication.translate("Letters", "Printing page %1 of %2…").replace(
                "%1", str(min(done + 1, total))).replace("%2", str(total)))
            QApplication.processEvents()
            return not bar.wasCanceled()
    else:
        progress = None
    try:
        pages = paint_pdf(printer, pdf, progress)
    except PrinterFailed:
        show_error(parent, QCoreApplication.translate(
            "Letters", "The printer could not be used (is it connected and switched on?). The letter is issued "
            "and stored: print it again from the Letters page."))
        return 0
    finally:
        if bar is not None:
            bar.close()
    if not pages:
        show_error(parent, QCoreApplication.translate(
            "Letters", "Printing was stopped. The letters are issued and stored: print them from the Letters page."))
    return pages


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Warn that the PDF leaves the encrypted vault, then ask where (Qt's own dialog, so the file
    does not go into the system's recent files). "" when the user declines."""
    from PySide6.QtCore import QCoreApplication

    if not ask(parent, QCoreApplication.translate(
            "Letters", "The PDF file will not be encrypted: anyone who gets the file can read the letter. "
            "Save it only where it is needed, and delete it once it has been sent or printed. Continue?"),
            yes=QCoreApplication.translate("Letters", "Save the PDF…"),
            no=QCoreApplication.translate("Letters", "Do not save")):
        return ""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Letters", "Save letter as PDF"), suggested, "PDF (*.pdf)",
        options=QFileDialog.Option.DontUseNativeDialog)
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path
