"""The gc module (taipan).

taipan frees objects by reference counting only: it has no cycle collector yet, so
reference cycles are never reclaimed. collect() therefore finds nothing and returns 0;
enable()/disable()/isenabled() keep a flag that has no other effect, and the
thresholds and counts are kept for programs that read them back.
"""

__all__ = ['enable', 'disable', 'isenabled', 'collect', 'get_count', 'get_threshold',
           'set_threshold', 'get_debug', 'set_debug', 'is_tracked', 'is_finalized',
           'freeze', 'unfreeze', 'get_freeze_count', 'get_stats', 'garbage', 'callbacks']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (700, 10, 10)
_collections = [0, 0, 0]


def enable():
    """Enable automatic garbage collection (a flag only: taipan has no cycle collector)."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection (a flag only: taipan has no cycle collector)."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run a garbage collection; returns the number of unreachable objects found.

    taipan has no cycle collector yet (objects are freed by reference counting
    only), so this finds nothing and always returns 0."""
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    _collections[generation] += 1
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    """Set the collection thresholds (kept, but taipan has no cycle collector)."""
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_debug(flags):
    """Set the garbage collection debugging flags."""
    global _debug
    _debug = flags


def is_tracked(obj):
    """Returns true if the object would be tracked by CPython's collector."""
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))


def is_finalized(obj):
    """Returns true if the object has been already finalized by the GC."""
    return False


_frozen = 0


def freeze():
    """Freeze all current tracked objects (nothing to do without a collector)."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return _frozen


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [{'collections': n, 'collected': 0, 'uncollectable': 0} for n in _collections]


def get_objects(generation=None):
    """Not available: taipan keeps no list of the objects it could collect."""
    raise NotImplementedError("gc.get_objects() is not available: taipan has no cycle collector")


def get_referrers(*objs):
    """Not available: taipan keeps no list of the objects it could collect."""
    raise NotImplementedError("gc.get_referrers() is not available: taipan has no cycle collector")


def get_referents(*objs):
    """Not available in taipan."""
    raise NotImplementedError("gc.get_referents() is not available in taipan")
