"""Twelve months of the demo enterprise's records (Dec 2025 – Nov 2026) with the baseline
from the months before the intake visit and targets agreed in the EIP: absenteeism and defects
fall after Module 1, energy per km after the barrel insulation trial, accidents after the
guards."""

import datetime as dt
import uuid

from ..domain.indicators import BY_CODE, Entry, EntryKind, months_between

ENTERPRISE_ID = uuid.UUID("2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b001")
FIRST, LAST = dt.date(2025, 12, 1), dt.date(2026, 11, 1)
INTAKE = dt.date(2026, 6, 1)


def _monthly_inputs(n: int, month: dt.date) -> dict[str, dict]:
    """Inputs for month number n (0 = Dec 2025); improvements start after the intake."""
    after = max(0, (month.year - 2026) * 12 + month.month - 6)  # months since June 2026
    wobble = (-1, 1, 0, 2, -2, 1, 0, -1, 1, 0, -1, 2)[n]
    workers = 108 + (n % 3) - (1 if after > 3 else 0)
    days = 21 * workers
    return {
        "workers": {"female": 41 + (n % 2), "male": 67 + (n % 3)},
        "managers": {"female": 4, "male": 9},
        "absenteeism": {"days_lost": 95 - 6 * after + 3 * wobble, "possible_days": days},
        "turnover": {
            "separations": max(1, 5 - after // 2 + (wobble > 1)),
            "average_headcount": workers,
        },
        "defect_rate": {"defects": 410 - 30 * after + 9 * wobble, "units": 6200 + 40 * n},
        "complaints": {"value": max(0, 4 - after // 2 + (wobble > 0))},
        "productivity": {"output": 6200 + 40 * n + 60 * after, "worker_hours": 8 * days},
        "on_time_delivery": {"on_time": 41 + after + (wobble > 0), "orders": 50},
        "energy_per_unit": {"kwh": 257_000 - 2500 * after + 900 * wobble, "units": 6200 + 40 * n},
        "water_per_unit": {"m3": 930 + 10 * wobble, "units": 6200 + 40 * n},
        "waste": {"value": 2300 - 120 * after + 40 * wobble},
        "lost_time_accidents": {"female": 0, "male": 1 if after < 4 and n % 3 == 0 else 0},
        "accident_days_lost": {"value": 9 if after < 4 and n % 3 == 0 else 0},
        "frequency_rate": {
            "injuries": 1 if after < 4 and n % 3 == 0 else 0,
            "hours": 8 * days,
        },
        "incidence_rate": {"injuries": 1 if after < 4 and n % 3 == 0 else 0, "workers": workers},
    }


def _entries(kind: EntryKind, month: dt.date, inputs: dict[str, dict]) -> list[Entry]:
    entries = []
    for code, values in inputs.items():
        indicator = BY_CODE[code]
        if indicator.sex_split:
            for sex, value in values.items():
                entries.append(
                    Entry.make(ENTERPRISE_ID, indicator, kind, month, {"value": value}, sex)
                )
            entries.append(
                Entry.make(ENTERPRISE_ID, indicator, kind, month, {"value": sum(values.values())})
            )
        else:
            entries.append(Entry.make(ENTERPRISE_ID, indicator, kind, month, values))
    return entries


TARGETS = {
    "absenteeism": {"days_lost": 60, "possible_days": 2268},
    "defect_rate": {"defects": 250, "units": 6400},
    "energy_per_unit": {"kwh": 237_000, "units": 6400},
    "waste": {"value": 1700},
    "on_time_delivery": {"on_time": 47, "orders": 50},
    "turnover": {"separations": 2, "average_headcount": 108},
}


def demo_indicator_entries() -> list[Entry]:
    months = months_between(FIRST, LAST)
    entries = []
    for n, month in enumerate(months):
        entries += _entries(EntryKind.MONTH, month, _monthly_inputs(n, month))
    # the baseline: what the enterprise recorded in May 2026, the month before the intake
    entries += _entries(EntryKind.BASELINE, INTAKE, _monthly_inputs(5, dt.date(2026, 5, 1)))
    entries += _entries(EntryKind.TARGET, INTAKE, TARGETS)
    return entries
