class M:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __repr__(self): return f'M({self.rows})'
    def __eq__(self, o): return isinstance(o, M) and self.rows == o.rows
    def __add__(self, o): return M([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)): return M([[a * o for a in r] for r in self.rows])
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __getitem__(self, ij): return self.rows[ij[0]][ij[1]]
    def __setitem__(self, ij, v): self.rows[ij[0]][ij[1]] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __neg__(self): return -1 * self
a = M([[1, 2], [3, 4]])
print(a + a, a * a, 2 * a, a * 0.5, -a)
a[0, 1] = 9
print(a[0, 1], len(a), list(a), a == M([[1, 9], [3, 4]]), a != a)
