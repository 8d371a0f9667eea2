"""Heap queue algorithm (a.k.a. priority queue).

taipan's own implementation (pure Python). Heaps are lists for which
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is the
smallest item. Items are compared with < only. The sift operations follow the
same steps as CPython's, so the list layouts are the same.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name=None, argnum=None):
    if not isinstance(heap, list):
        if name is None:
            raise TypeError('heap argument must be a list')
        where = 'argument' if argnum is None else f'argument {argnum}'
        raise TypeError(f'{name}() {where} must be list, not {type(heap).__name__}')


def _check_args(name, args, kwargs, n):
    """CPython's argument errors for its one- and two-argument functions."""
    if kwargs:
        raise TypeError(f'_heapq.{name}() takes no keyword arguments')
    if len(args) != n:
        if n == 1:
            raise TypeError(f'_heapq.{name}() takes exactly one argument ({len(args)} given)')
        raise TypeError(f'{name} expected {n} arguments, got {len(args)}')


# ----- sifting ---------------------------------------------------------------------
# _up(heap, top, i): the item at i rises towards top while it is smaller than its
# parent. _down(heap, i): the hole at i sinks to a leaf, always taking the smaller
# child's place, and the item that was at i is then raised from there -- fewer
# comparisons than stopping early, since items usually belong near the leaves.
# The _max variants do the same for max-heaps.

def _siftdown(heap, top, i):
    item = heap[i]
    while i > top:
        parent = (i - 1) >> 1
        above = heap[parent]
        if not item < above:
            break
        heap[i] = above
        i = parent
    heap[i] = item


def _siftup(heap, i):
    size = len(heap)
    top = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _siftdown(heap, top, i)


def _siftdown_max(heap, top, i):
    item = heap[i]
    while i > top:
        parent = (i - 1) >> 1
        above = heap[parent]
        if not above < item:
            break
        heap[i] = above
        i = parent
    heap[i] = item


def _siftup_max(heap, i):
    size = len(heap)
    top = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _siftdown_max(heap, top, i)


# ----- the public operations -----------------------------------------------------------

def heappush(*args, **kwargs):
    """heappush(heap, item): pushes item onto heap, keeping the heap invariant."""
    _check_args('heappush', args, kwargs, 2)
    heap, item = args
    _check_list(heap, 'heappush', 1)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """heappop(heap): pops and returns the smallest item, keeping the heap invariant."""
    _check_args('heappop', args, kwargs, 1)
    heap = args[0]
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args, **kwargs):
    """heapreplace(heap, item): pops and returns the smallest item, and pushes item.
    The heap size does not change (an empty heap raises IndexError)."""
    _check_args('heapreplace', args, kwargs, 2)
    heap, item = args
    _check_list(heap, 'heapreplace', 1)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args, **kwargs):
    """heappushpop(heap, item): pushes item, then pops and returns the smallest
    item -- faster than heappush() followed by heappop()."""
    _check_args('heappushpop', args, kwargs, 2)
    heap, item = args
    _check_list(heap, 'heappushpop', 1)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args, **kwargs):
    """heapify(x): transforms the list x into a heap, in place, in linear time."""
    _check_args('heapify', args, kwargs, 1)
    x = args[0]
    _check_list(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


def _heapify_max(x):
    """Maxheap variant of heapify."""
    _check_list(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _heappop_max(heap):
    """Maxheap variant of heappop."""
    _check_list(heap)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap variant of heapreplace."""
    _check_list(heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into a single sorted iterator of their values.

    >>> list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    With key, values are compared by key(value); with reverse, the inputs are
    sorted from largest to smallest. Equal values come in the order of their inputs.
    """
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = _heapify, _heappop, _heapreplace, 1

    # Each entry: [sort key, input number (ties), value, iterator].
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * direction, value, it])
            break
    make_heap(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(h, entry)
            break
        else:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


# Unchecked versions for merge (its heap is always a list).
def _heapify(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


def _heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def _heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first:
    sorted(iterable, key=key)[:n], with the same ordering of equal items."""
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n smallest seen so far in a max-heap of (key, arrival number[,
    # item]) entries: the arrival number keeps equal keys in their input order
    # and spares comparing the items themselves.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [entry[0] for entry in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first:
    sorted(iterable, key=key, reverse=True)[:n], with the same ordering of equal
    items."""
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # A min-heap of the n largest so far; arrival numbers count down, so that
    # after the final reverse sort equal keys keep their input order.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        _heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                _heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [entry[0] for entry in result]

    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    _heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            _heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
