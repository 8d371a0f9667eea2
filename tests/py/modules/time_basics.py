# time: only deterministic properties of the clock functions.
import time
t = time.time()
print(isinstance(t, float), t > 1_600_000_000)
print(isinstance(time.time_ns(), int), time.time_ns() > 1_600_000_000 * 10 ** 9)
readings = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(readings, readings[1:])), isinstance(readings[0], float))
p1 = time.perf_counter()
result = time.sleep(0.01)
p2 = time.perf_counter()
print(result, p2 - p1 >= 0.009, p2 >= p1)
m1 = time.monotonic_ns()
time.sleep(0)
m2 = time.monotonic_ns()
print(isinstance(m1, int), m2 >= m1)
start = time.process_time()
total = sum(i * i for i in range(10000))
print(total, time.process_time() >= start)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_yday, tuple(lt)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.gmtime(1_000_000_000)[:6], time.gmtime(1_000_000_000).tm_wday)
