"""Telling the user what an export had to change in their text: characters the file cannot
hold written as U+FFFD, cells cut to a spreadsheet cell's size (services/spreadsheets.py).
Said every time, so no export changes text unseen."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from .message_boxes import open_message


class ExportNotice(QObject):
    """The words (a QObject for its translation context)."""

    def changed_text(self, replaced: int, shortened: int = 0) -> str:
        parts = []
        if replaced:
            parts.append(
                self.tr(
                    "%n character(s) that the file cannot hold (control characters) were "
                    "written as �.",
                    "",
                    replaced,
                )
            )
        if shortened:
            parts.append(
                self.tr(
                    "%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were "
                    "cut, ending in “…”.",
                    "",
                    shortened,
                )
            )
        return " ".join(parts)

    def box(self, parent: QWidget, path, text: str) -> QMessageBox:
        written = self.tr("Written: %1").replace("%1", str(path))
        return open_message(
            parent,
            QMessageBox.Icon.Information,
            self.tr("Export"),
            f"{written}\n\n{text}",
            "export_notice",
        )


def changed_text(replaced: int, shortened: int = 0) -> str:
    """Words for what was changed; empty when nothing was."""
    return ExportNotice().changed_text(replaced, shortened)


def tell_if_changed(parent: QWidget, path, replaced: int, shortened: int = 0):
    """An information box naming the file and what was changed in it; None when nothing
    was (the caller's own word of success is enough then)."""
    notice = ExportNotice()
    text = notice.changed_text(replaced, shortened)
    return notice.box(parent, path, text) if text else None


def not_saved(failure: str, path, exc: OSError) -> str:
    """`failure` ("… could not be saved to %1: %2", translated by its caller) with the
    file and the system's reason."""
    return failure.replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
