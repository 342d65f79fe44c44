"""What an export hands back; kept apart from reportlab so importing it costs nothing."""

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ReportResult:
    path: Path
    warnings: list[str] = field(default_factory=list)
