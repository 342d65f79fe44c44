"""The checklist templates shipped with the app (resources/checklists/*.json), read once."""

import functools
import json
from pathlib import Path

from ..domain.checklist import ChecklistTemplate
from ..domain.checklist_codec import template_from_data
from ..domain.errors import ValidationError
from ..paths import resources_dir


def shipped_folder() -> Path:
    return resources_dir() / "checklists"


@functools.cache
def shipped_templates() -> tuple[ChecklistTemplate, ...]:
    """Every shipped template, by title order of their file names. A broken file is a bug
    of the release: its name is in the error."""
    found = []
    for path in sorted(shipped_folder().glob("*.json")):
        try:
            found.append(template_from_data(json.loads(path.read_text(encoding="utf-8"))))
        except (ValueError, ValidationError) as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
    return tuple(found)
