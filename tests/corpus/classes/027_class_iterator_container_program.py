class Ring:
    def __init__(self, items): self.items = list(items)
    def __iter__(self):
        for i in range(len(self.items)):
            yield self.items[i]
    def __getitem__(self, i): return self.items[i % len(self.items)]
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
    def rotate(self, n):
        n %= len(self.items)
        self.items = self.items[n:] + self.items[:n]
        return self
    def __repr__(self): return f'Ring({self.items})'
r = Ring('abcde')
print(r[7], r[-1], len(r), 'c' in r, 'z' in r, list(r))
print(r.rotate(2), r.rotate(-1), [r[i] for i in range(8)])
print(sorted(r, reverse=True), ''.join(r), list(enumerate(r))[:2])
