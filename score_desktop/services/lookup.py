"""Find an enterprise or visit from what a person types on a command line."""

import datetime as dt
import uuid

from ..domain.enterprise import Enterprise
from ..domain.errors import AmbiguousMatchError, NotFoundError
from ..domain.visit import Visit, latest_visit


def _as_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def find_enterprise(enterprises: list[Enterprise], query: str) -> Enterprise:
    """By id, else by case-insensitive part of the name (an exact name wins over parts)."""
    wanted = _as_uuid(query)
    if wanted is not None:
        for enterprise in enterprises:
            if enterprise.id == wanted:
                return enterprise
        raise NotFoundError(f"No enterprise has the id {query}.")
    needle = query.strip().casefold()
    if not needle:
        raise NotFoundError("Give an enterprise id or part of its name.")
    exact = [e for e in enterprises if e.name.casefold() == needle]
    matches = exact or [e for e in enterprises if needle in e.name.casefold()]
    if not matches:
        raise NotFoundError(f"No enterprise name contains “{query}”.")
    if len(matches) > 1:
        names = ", ".join(sorted(e.name for e in matches))
        raise AmbiguousMatchError(f"“{query}” matches several enterprises: {names}.")
    return matches[0]


def find_visit(visits: list[Visit], query: str) -> Visit:
    """By id, by date (YYYY-MM-DD) or `latest`."""
    text = query.strip()
    if text.casefold() == "latest":
        found = latest_visit(visits)
        if found is None:
            raise NotFoundError("This enterprise has no visits yet.")
        return found
    wanted = _as_uuid(text)
    if wanted is not None:
        for visit in visits:
            if visit.id == wanted:
                return visit
        raise NotFoundError(f"No visit of this enterprise has the id {text}.")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise NotFoundError(
            f"“{query}” is neither a visit id, a date (YYYY-MM-DD) nor “latest”."
        ) from None
    matches = [v for v in visits if v.date == day]
    if not matches:
        raise NotFoundError(f"No visit on {day.isoformat()}.")
    if len(matches) > 1:
        ids = ", ".join(str(v.id) for v in matches)
        raise AmbiguousMatchError(f"Several visits on {day.isoformat()}; give one id: {ids}.")
    return matches[0]
