"""Column widths shared by the app's tables: short fields whole, long ones share the rest."""

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns(table: QTableView, stretch) -> None:
    """Every column as wide as its contents, but those of `stretch`, which share the room
    left (a name, a title, notes). Qt's fixed 100 px cut dates, positions and headers such as
    'Payback (months)' while a title column had hundreds of pixels to spare."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
