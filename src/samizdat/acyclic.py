"""Work that builds many objects and no reference cycles, done with the cyclic
garbage collector paused.

Python's cyclic collector runs every few hundred allocations and, now and then,
walks every container alive. Parsing a story, reading it back from the cache
and exploring it allocate objects by the million, none in a cycle, so those
passes find nothing and cost more the larger the heap grows (a quarter of a
parse of a 7 MB story, 8% of explore's instructions per state). Reference
counting still frees everything as usual.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def cycles_not_collected():
    """Pause the cyclic collector for the block (if it was running)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
