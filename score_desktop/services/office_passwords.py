"""The office password in the system keyring (Keychain, Credential Manager, Secret Service),
where the machine has one. Without one (a Linux box without a Secret Service) nothing is
kept: the window asks for the password once per session. Never in the settings, the
workspace or a log: a failure is logged by its type only.

`keyring` is imported when first needed: its backend discovery reads every installed
package's entry points, which the start-up does not pay for.
"""

from __future__ import annotations

import logging

from ..domain.office import OfficeAddress

SERVICE = "score-desktop office"
log = logging.getLogger(__name__)


def _account(address: OfficeAddress) -> str:
    return address.describe()


def recall(address: OfficeAddress) -> str | None:
    """The stored password, or None (none stored, or no keyring here)."""
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(address))
    except Exception as exc:  # noqa: BLE001 - no keyring, a locked one, D-Bus gone: ask
        log.info("no password from the keyring (%s)", type(exc).__name__)
        return None


def keep(address: OfficeAddress, password: str) -> bool:
    """Store the password; False where the machine has no keyring (ask each time)."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(address), password)
        return True
    except Exception as exc:  # noqa: BLE001 - same: without a keyring nothing is kept
        log.info("password not kept: no usable keyring (%s)", type(exc).__name__)
        return False


def forget(address: OfficeAddress) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(address))
    except Exception as exc:  # noqa: BLE001 - nothing stored, or no keyring
        log.info("no password removed from the keyring (%s)", type(exc).__name__)


def has_keyring() -> bool:
    """A keyring that can keep a password (the 'fail' backend has priority 0)."""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        return False
