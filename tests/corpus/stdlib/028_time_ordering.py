import time
samples = [time.perf_counter() for _ in range(100)]
print(all(a <= b for a, b in zip(samples, samples[1:])))
ns = [time.perf_counter_ns() for _ in range(10)]
print(all(a <= b for a, b in zip(ns, ns[1:])), type(ns[0]).__name__)
t0 = time.monotonic()
total = sum(range(100000))
print(total, time.monotonic() - t0 >= 0)
print(isinstance(time.process_time(), float), time.localtime(0).tm_year in (1969, 1970))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
