"""Building many records at once: without the cyclic garbage collector, and without the
frozen dataclass __init__.

Every tuple and record made while reading a 10,000-item plan counts towards the collector's
thresholds, so it runs dozens of times during the read, each time walking every live object,
Qt wrappers included: about half of the time it takes. Nothing built in bulk here forms
reference cycles that need collecting on the way, so the collector waits until the end.
"""

import dataclasses
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

_pause_lock = threading.Lock()
_pauses = 0  # pauses under way, in any thread
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """Nested uses are fine, in one thread or several: the collector comes back on when the
    last pause under way ends (a worker's pause ending must not turn it on under another).

    `keep`: what was made lives as long as a tab does (an open plan). It is then frozen out
    of the collector's sight (gc.freeze) as the collector comes back on. Otherwise the
    passes that follow a bulk build walk all of it again in each generation, 2-30 ms each
    while the plan's first paint is under way, and every later full pass walks it once
    more. thaw() hands it back when the tab closes, so its reference cycles are collected.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                if keep:
                    gc.freeze()
                gc.enable()


def thaw() -> None:
    """Return what collector_paused(keep=True) froze to the collector's oldest generation.

    Everything frozen is returned, the other open plans' records too: full passes walk them
    again until the next plan is opened, which costs time, never memory."""
    gc.unfreeze()


def record_maker(cls: type) -> Callable[..., Any]:
    """A function making `cls` records from all their field values, in declared order.

    A frozen dataclass's __init__ sets each field through object.__setattr__, which is most of
    the cost of reading ten thousand rows into records. The maker sets the slots directly, so
    it is only for frozen slotted dataclasses without __post_init__ (checked here), and its
    callers pass every field.
    """
    # typeshed's DataclassInstance declares __dataclass_fields__ but not __dataclass_params__
    if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} needs slots and no __post_init__")
    names = [f.name for f in dataclasses.fields(cls)]
    setters = {f"_set{n}": cls.__dict__[name].__set__ for n, name in enumerate(names)}
    arguments = ", ".join(names)
    body = "".join(f"    _set{n}(record, {name})\n" for n, name in enumerate(names))
    namespace = {"_new": object.__new__, "_cls": cls, **setters}
    exec(f"def make({arguments}):\n    record = _new(_cls)\n{body}    return record\n", namespace)
    return cast(Callable[..., Any], namespace["make"])
