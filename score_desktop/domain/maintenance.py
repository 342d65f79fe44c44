"""What the care of a workspace file reports: its backups, a compaction, a recovery.

Plain records, so the window can show them without knowing the storage that made them.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Backup:
    """One rolling backup of a workspace: a complete SQLite file, checked when it was made."""

    path: Path
    made_at: dt.datetime  # local time, aware
    size: int


@dataclass(frozen=True)
class Compaction:
    """What compacting a workspace removed and freed."""

    removed_photo_bytes: int  # stored photos no record refers to, now or in its history
    size_before: int
    size_after: int

    @property
    def freed(self) -> int:
        return max(0, self.size_before - self.size_after)


@dataclass(frozen=True)
class TableRecovery:
    """One table of a recovered workspace."""

    table: str
    copied: int
    damaged: bool  # some of its pages could not be read: rows may be missing
    unreadable: int = 0  # rows found but not read whole (a damaged photo's bytes)
    left_out: int = 0  # rows read but referring to a record that was lost


@dataclass(frozen=True)
class Recovery:
    """What a recovery copied from a damaged workspace into a new file."""

    source: Path
    target: Path
    tables: tuple[TableRecovery, ...]

    @property
    def copied(self) -> int:
        return sum(t.copied for t in self.tables)

    @property
    def damaged_tables(self) -> list[str]:
        return [t.table for t in self.tables if t.damaged or t.unreadable]

    def summary(self) -> str:
        """A few sentences for the person who asked for the recovery."""
        lines = [f"{self.copied:,} rows of {len(self.tables)} tables were copied to {self.target}."]
        if self.damaged_tables:
            lines.append(
                "Rows may be missing from: " + ", ".join(self.damaged_tables) + " (damaged)."
            )
        else:
            lines.append("No rows were lost: the damage was in indexes or unused pages.")
        left_out = [f"{t.table} {t.left_out}" for t in self.tables if t.left_out]
        if left_out:
            lines.append(
                "Left out because what they belonged to was lost: " + ", ".join(left_out) + "."
            )
        lines.append(f"The damaged file {self.source} was not changed.")
        return "\n".join(lines)
