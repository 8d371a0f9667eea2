"""_thread: OS threads under the GIL and the basic lock (over the native `_threadcore`)."""
import _threadcore

error = RuntimeError
TIMEOUT_MAX = _threadcore.TIMEOUT_MAX
start_new_thread = _threadcore.start_new_thread
start_new = start_new_thread
get_ident = _threadcore.get_ident
get_native_id = _threadcore.get_native_id
_count = _threadcore._count


class LockType:
    """A lock: acquired by one thread at a time; any thread may release it."""

    def __init__(self):
        self._id = _threadcore.allocate_lock()

    def acquire(self, blocking=True, timeout=-1):
        """Wait (with the GIL released) until the lock is free, then take it."""
        return _threadcore.lock_acquire(self._id, blocking, timeout)

    def release(self):
        _threadcore.lock_release(self._id)

    def locked(self):
        return _threadcore.lock_locked(self._id)

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return _threadcore.lock_acquire(self._id, True, -1)

    def __exit__(self, t, v, tb):
        _threadcore.lock_release(self._id)

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


LockType.__name__ = 'lock'
LockType.__qualname__ = 'lock'
LockType.__module__ = '_thread'


def allocate_lock():
    """A new lock."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may acquire it again; released as often as acquired."""

    def __init__(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        # Condition.wait: give the lock up entirely, remembering the depth.
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __repr__(self):
        owner = self._owner
        return (f'<{"locked" if owner is not None else "unlocked"} _thread.RLock object '
                f'owner={owner or 0} count={self._count} at {hex(id(self))}>')


RLock.__module__ = '_thread'


def stack_size(size=0):
    """Threads get a fixed 256 MB stack; setting another size is accepted and ignored."""
    return 0


def interrupt_main(signum=2):
    raise NotImplementedError('interrupt_main is not supported by taipan')
