# threading's API: Thread (target/args/kwargs/name/daemon, run() subclass), start/join
# with timeout, is_alive, ident/native_id, current_thread/main_thread/enumerate/
# active_count, Lock/RLock/Event/Condition/Semaphore/BoundedSemaphore/Barrier/Timer/local,
# _thread basics, exceptions in threads, and the switch interval.
import _thread
import sys
import threading
import time

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
out = []


def work(a, b=0, *, c=0):
    out.append(a + b + c)


t = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'c': 3}, name='adder')
print(t.name, t.is_alive(), t.ident is None, t.daemon)
t.start()
t.join()
print(out, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int), t.ident != threading.get_ident())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


ws = [Worker(i * 100) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws], ws[0].name.startswith('Thread-'))

# join with a timeout on a thread still waiting
ev = threading.Event()
waiter = threading.Thread(target=ev.wait, daemon=True)
waiter.start()
start = time.monotonic()
waiter.join(timeout=0.05)
print('join timed out:', waiter.is_alive(), time.monotonic() - start >= 0.04)
ev.set()
waiter.join()
print('after set:', waiter.is_alive(), ev.is_set(), ev.wait(0))

# Lock / RLock
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('in with', lock.locked())
r = threading.RLock()
with r:
    with r:
        print('rlock nested ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

# Condition: producer/consumer
cond = threading.Condition()
items = []


def consumer(n, got):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


got = []
c = threading.Thread(target=consumer, args=(5, got))
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print('consumed', got)
with cond:
    print('wait timeout:', cond.wait(0.01))

# Semaphore / BoundedSemaphore
sem = threading.Semaphore(2)
active = []
peak = []


def limited(i):
    with sem:
        active.append(i)
        peak.append(len(active))
        time.sleep(0.01)
        active.remove(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print('semaphore peak <= 2:', max(peak) <= 2, len(peak))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
print(threading.Semaphore(0).acquire(timeout=0.01))

# Barrier
barrier = threading.Barrier(3)
order = []


def at_barrier(i):
    order.append(('before', i))
    idx = barrier.wait()
    order.append(('after', idx))


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for x in bs:
    x.start()
for x in bs:
    x.join()
print('barrier:', [k for k, _ in order[:3]], sorted(i for k, i in order[3:]), barrier.broken)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join()
cancelled = threading.Timer(10, fired.append, args=['never'])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

# local
data = threading.local()
data.x = 'main'
seen = []


def use_local():
    seen.append(hasattr(data, 'x'))
    data.x = 'worker'
    seen.append(data.x)


lt = threading.Thread(target=use_local)
lt.start()
lt.join()
print(seen, data.x)

# _thread
done = _thread.allocate_lock()
done.acquire()
box = []


def raw(a, b):
    box.append((a, b, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
_thread.start_new_thread(raw, (1, 2))
done.acquire()
print(box, type(done).__name__)

# An exception in a thread is reported and does not end the process.
def boom():
    raise ValueError('boom in thread')


bt = threading.Thread(target=boom, name='boomer')
bt.start()
bt.join()
print('still running after the thread failed')

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
daemon = threading.Thread(target=time.sleep, args=(30,), daemon=True)
daemon.start()
print('daemon alive at exit:', daemon.is_alive(), threading.active_count())
