"""Integer loops: while/for, comparisons, branches, bit operations."""


def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > longest:
            longest, best = steps, start
    return best, longest


print(collatz_steps(60000))
