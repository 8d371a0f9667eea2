# N-queens: count all solutions with backtracking and print the first board.
def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row - col)
            diag2.remove(row + col)
    place(0)
    return solutions
def render(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))
def count_bitmask(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
for n in range(1, 9):
    sols = solve(n)
    assert len(sols) == count_bitmask(n)
    print(n, len(sols), sols[0] if sols else None)
eight = solve(8)
print(render(eight[0]))
print()
print(render(eight[-1]))
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in eight), len(set(eight)))
def mirror(sol):
    return tuple(len(sol) - 1 - c for c in sol)
def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return tuple(out)
def canonical(sol):
    forms = []
    s = sol
    for _ in range(4):
        forms.extend([s, mirror(s)])
        s = rotate(s)
    return min(forms)
print("distinct up to symmetry:", len({canonical(s) for s in eight}))
print(count_bitmask(10))
