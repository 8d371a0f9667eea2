# A thread spending its time in frameless calls still hands the GIL over: the switch
# request makes the frameless path give up and the ordinary call (which polls the eval
# breaker) take over, so the main thread keeps running until it tells the worker to stop.
import threading
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


stop = []
results = []


def worker():
    while not stop:
        results.append(fib(18))


t = threading.Thread(target=worker)
t.start()
ticks = 0
while ticks < 20:
    time.sleep(0.002)
    ticks += 1
stop.append(True)
t.join()
print(ticks, len(results) > 0, set(results))
