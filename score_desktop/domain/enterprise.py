"""Enterprise records and their sex-disaggregated headcount (mandatory in SCORE reporting)."""

import re
import uuid
from dataclasses import dataclass, field

from .errors import ValidationError
from .messages import N_, Message

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Headcount:
    workers_women: int = 0
    workers_men: int = 0
    managers_women: int = 0
    managers_men: int = 0

    @property
    def workers(self) -> int:
        return self.workers_women + self.workers_men

    @property
    def managers(self) -> int:
        return self.managers_women + self.managers_men

    @property
    def women(self) -> int:
        return self.workers_women + self.managers_women

    @property
    def men(self) -> int:
        return self.workers_men + self.managers_men

    @property
    def total(self) -> int:
        return self.workers + self.managers

    @property
    def share_women(self) -> float | None:
        """Share of women in the whole workforce, or None for an empty headcount."""
        return self.women / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Enterprise:
    """A client enterprise. Immutable: edits produce a new value (undo keeps the old one)."""

    name: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    sector: str = ""
    products: str = ""
    country: str = ""
    region: str = ""
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    headcount: Headcount = Headcount()
    union_present: bool = False
    main_buyers: str = ""
    notes: str = ""
    risk_method: str = "5x5"  # key of the risk method (profile) hazards are rated with
    currency: str = ""  # ISO 4217 code of its money figures; empty: the country's

    def validate(self) -> None:
        """Raise ValidationError listing every broken rule at once."""
        problems: dict[str, str] = {}
        if not self.name.strip():
            problems["name"] = N_("An enterprise needs a name.")
        for key in ("workers_women", "workers_men", "managers_women", "managers_men"):
            if getattr(self.headcount, key) < 0:
                problems[key] = N_("A headcount cannot be negative.")
        if self.currency and not _CURRENCY.match(self.currency):
            problems["currency"] = Message(
                "“{currency}” is not a currency code like CNY or USD.", currency=self.currency
            )
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            problems["email"] = Message("“{email}” is not an e-mail address.", email=self.email)
        if problems:
            raise ValidationError(problems)

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.region, self.country) if part.strip())
