"""Building many records at once without the cyclic garbage collector.

Every tuple and record made while reading a 10,000-item plan counts towards the collector's
thresholds, so it runs dozens of times during the read, each time walking every live object,
Qt wrappers included: about half of the time it takes. Nothing built in bulk here forms
reference cycles that need collecting on the way, so the collector waits until the end.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Nested uses are fine: only the outermost one turns the collector back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
