"""The indicators a country programme adds to the catalogue: made from what the user typed
(checked), and stored as JSON in the workspace's catalogue."""

from typing import Any

from .errors import ValidationError
from .indicators import Direction, Indicator, Input
from .messages import N_


def indicator_to_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "inputs": [[spec.key, spec.label] for spec in indicator.inputs],
        "scale": indicator.scale,
        "percent": indicator.percent,
        "sex_split": indicator.sex_split,
        "module": indicator.module,
        "whole": indicator.whole,
    }


def indicator_from_json(data: dict[str, Any]) -> Indicator:
    return Indicator(
        code=data["code"],
        name=data["name"],
        unit=data["unit"],
        direction=Direction(data["direction"]),
        inputs=tuple(Input(key, label) for key, label in data["inputs"]),
        scale=data.get("scale"),
        percent=bool(data.get("percent")),
        sex_split=bool(data.get("sex_split")),
        module=data.get("module", "WC"),
        whole=bool(data.get("whole")),  # absent in catalogues written before it
    )


def custom_indicator(
    code: str,
    name: str,
    unit: str,
    direction: Direction,
    numerator: str,
    denominator: str = "",
    scale: float | None = None,
    module: str = "WC",
    whole: bool = False,
) -> Indicator:
    """An indicator a programme adds: one typed value, or a rate of two typed figures;
    `whole`: the typed value counts people or things (a rate never does)."""
    problems = {}
    if not name.strip():
        problems["name"] = N_("An indicator needs a name.")
    if not numerator.strip():
        problems["numerator"] = N_("Name the figure that is typed each month.")
    if scale is not None and not denominator.strip():
        problems["denominator"] = N_("A rate needs the figure it is divided by.")
    if scale is not None and scale <= 0:
        problems["scale"] = N_("The multiplier must be positive.")
    if problems:
        raise ValidationError(problems)
    inputs: tuple[Input, ...]
    if scale is None:
        inputs = (Input("value", numerator.strip()),)
    else:
        inputs = (Input("top", numerator.strip()), Input("bottom", denominator.strip()))
    return Indicator(
        code,
        name.strip(),
        unit.strip() or ("%" if scale == 100 else ""),
        direction,
        inputs,
        scale=scale,
        percent=scale == 100,
        module=module,
        whole=whole and scale is None,
    )
