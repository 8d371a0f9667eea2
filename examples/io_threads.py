# I/O-bound threads overlap: each blocking call (sleep, file I/O) releases the GIL.
# Run: target/release/taipan --gil-stats examples/io_threads.py
import os
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
WAIT = 0.25


def sleeper(i, out):
    time.sleep(WAIT)
    out[i] = 'slept'


def file_io(i, out, folder):
    path = os.path.join(folder, f'io_{i}.txt')
    with open(path, 'w') as f:
        for _ in range(2000):
            f.write('some line of text\n')
    with open(path) as f:
        out[i] = sum(1 for _ in f)
    time.sleep(WAIT)   # plus one wait, so the overlap is visible
    os.remove(path)


def run(target, *extra):
    out = [None] * N
    threads = [threading.Thread(target=target, args=(i, out) + extra) for i in range(N)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, out


elapsed, out = run(sleeper)
print(f'{N} threads each sleeping {WAIT} s: {elapsed:.3f} s wall '
      f'(serial would be {N * WAIT:.2f} s) -> {"overlapped" if elapsed < 2 * WAIT else "NOT overlapped"}')
folder = os.path.join('/tmp', f'taipan_io_threads_{os.getpid()}')
os.makedirs(folder, exist_ok=True)
try:
    elapsed, out = run(file_io, folder)
finally:
    os.rmdir(folder)
print(f'{N} threads writing+reading a file and waiting {WAIT} s: {elapsed:.3f} s wall, '
      f'{sum(out)} lines read -> {"overlapped" if elapsed < 2 * WAIT else "NOT overlapped"}')
print('Conclusion: blocking calls release the GIL, so I/O-bound threads run at the same time.')
