# CPU-bound threads do not run in parallel: one GIL, handed over every switch interval.
# Run: target/release/taipan --gil-stats examples/cpu_threads.py
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 3_000_000


def count(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


start = time.perf_counter()
count(WORK)
one = time.perf_counter() - start

threads = [threading.Thread(target=count, args=(WORK,)) for _ in range(N)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
many = time.perf_counter() - start

print(f'one thread: {one:.3f} s; {N} threads doing the same work each: {many:.3f} s '
      f'({many / one:.2f}x one thread; {N}x would be no parallelism at all)')
print(f'switch interval {sys.getswitchinterval() * 1000:.1f} ms')
print('Conclusion: the GIL lets one thread run Python at a time, so CPU-bound threads '
      'take about as long as running the work one after another.')
