"""Finding and registering the TrueType fonts that PDF reports embed.

reportlab has no font fallback, so each weight has a *chain* of fonts: text is cut into runs and
each run is set in the first font of the chain that has its glyphs (see text.py). Fonts come
from resources/fonts first (bundles), then from the system (Debian: fonts-noto-core,
fonts-wqy-zenhei; scripts/install-system-deps.sh installs them). Noto Naskh Arabic (Arabic,
Urdu), Noto Sans Ethiopic (Amharic) and Noto Sans Myanmar (Burmese) are in fonts-noto-core.
"""

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...domain.errors import KnownProblemError
from ...paths import resources_dir

SYSTEM_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True)
class FontCandidate:
    """One face to look for: registered under `name` if any of `files` is found."""

    name: str
    files: tuple[str, ...]
    subfont_index: int = 0


# Order matters: the first font of a chain that covers a character sets it.
REGULAR_CANDIDATES = (
    FontCandidate("NotoSans", ("NotoSans-Regular.ttf",)),
    # Scripts before DejaVu, whose Arabic has no Urdu forms and whose cover is partial.
    FontCandidate("NotoNaskhArabic", ("NotoNaskhArabic-Regular.ttf",)),
    FontCandidate("NotoSansEthiopic", ("NotoSansEthiopic-Regular.ttf",)),
    FontCandidate("NotoSansMyanmar", ("NotoSansMyanmar-Regular.ttf",)),
    FontCandidate("DejaVuSans", ("DejaVuSans.ttf",)),
    FontCandidate("WenQuanYiZenHei", ("wqy-zenhei.ttc",)),
    FontCandidate("NotoSansSC", ("NotoSansSC-Regular.ttf",)),
)
BOLD_CANDIDATES = (
    FontCandidate("NotoSans-Bold", ("NotoSans-Bold.ttf",)),
    FontCandidate("NotoNaskhArabic-Bold", ("NotoNaskhArabic-Bold.ttf",)),
    FontCandidate("NotoSansEthiopic-Bold", ("NotoSansEthiopic-Bold.ttf",)),
    FontCandidate("NotoSansMyanmar-Bold", ("NotoSansMyanmar-Bold.ttf",)),
    FontCandidate("DejaVuSans-Bold", ("DejaVuSans-Bold.ttf",)),
    FontCandidate("WenQuanYiZenHei", ("wqy-zenhei.ttc",)),
    FontCandidate("NotoSansSC", ("NotoSansSC-Regular.ttf",)),
)


class FontsMissingError(KnownProblemError):
    """No usable TrueType font was found for PDF reports."""


@dataclass(frozen=True)
class RegisteredFont:
    name: str
    path: Path
    code_points: frozenset[int]

    def covers(self, char: str) -> bool:
        return ord(char) in self.code_points


@dataclass(frozen=True)
class FontChain:
    """Fonts for one weight, in order of preference."""

    fonts: tuple[RegisteredFont, ...]

    @property
    def primary(self) -> RegisteredFont:
        return self.fonts[0]

    def font_for(self, char: str) -> RegisteredFont | None:
        for font in self.fonts:
            if font.covers(char):
                return font
        return None


@dataclass(frozen=True)
class ReportFonts:
    regular: FontChain
    bold: FontChain


def font_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("SCORE_DESKTOP_FONT_DIRS", "").split(os.pathsep) if p]
    return [*extra, resources_dir() / "fonts", *SYSTEM_FONT_DIRS]


def _find(files: Iterable[str], dirs: list[Path]) -> Path | None:
    for folder in dirs:
        for name in files:
            path = folder / name
            if path.is_file():
                return path
    return None


@cache
def _register(candidate: FontCandidate, path: Path) -> RegisteredFont:
    font = TTFont(candidate.name, str(path), subfontIndex=candidate.subfont_index)
    pdfmetrics.registerFont(font)
    return RegisteredFont(candidate.name, path, frozenset(font.face.charToGlyph))


def _chain(candidates: tuple[FontCandidate, ...], dirs: list[Path]) -> FontChain:
    fonts = []
    for candidate in candidates:
        path = _find(candidate.files, dirs)
        if path is not None:
            fonts.append(_register(candidate, path))
    if not fonts:
        looked = ", ".join(str(d) for d in dirs)
        raise FontsMissingError(
            "No TrueType font for PDF reports was found (looked in " + looked + "). "
            "On Debian/Ubuntu install them with: sudo apt-get install fonts-noto-core "
            "fonts-wqy-zenhei"
        )
    return FontChain(tuple(fonts))


@cache
def report_fonts() -> ReportFonts:
    """Register (once per process) and return the font chains for reports."""
    dirs = font_dirs()
    return ReportFonts(regular=_chain(REGULAR_CANDIDATES, dirs), bold=_chain(BOLD_CANDIDATES, dirs))
