"""Compile a Designer .ui file into a Python form module (used by `make forms` and a test).

Usage: build_forms.py ui/x.ui score_desktop/gui/forms/ui_x.py
"""

import subprocess
import sys
from pathlib import Path

HEADER = "# Generated from {source} by `make forms`. Do not edit: change the .ui file instead.\n"


def generate(ui_file: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    output = subprocess.run(
        [str(uic), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Drop uic's banner (it names the Qt version) so regeneration is stable across patches.
    body = [line for line in output.splitlines() if not line.startswith("## ")]
    while body and not body[0].strip():
        body.pop(0)
    return HEADER.format(source=ui_file.as_posix()) + "\n".join(body) + "\n"


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    target.write_text(generate(source), encoding="utf-8")
    print(f"{source} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
