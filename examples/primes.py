"""Counts primes below N with a sieve and by trial division, and times both.

    cargo run --release -- examples/primes.py 2000000
    target/release/taipan --no-jit examples/primes.py      # the interpreter alone
    python3 examples/primes.py                             # the same program on CPython
"""
import sys
import time


def sieve(n):
    flags = [True] * n
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n, i))
    return sum(flags)


def trial_division(n):
    count = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    t0 = time.perf_counter()
    a = sieve(n)
    t1 = time.perf_counter()
    b = trial_division(n // 20)
    t2 = time.perf_counter()
    print(f"primes below {n:,}: {a:,} (sieve, {t1 - t0:.3f} s)")
    print(f"primes below {n // 20:,}: {b:,} (trial division, {t2 - t1:.3f} s)")


if __name__ == "__main__":
    main()
