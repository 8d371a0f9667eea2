class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c)
class Pairs:
    def __init__(self, l): self.l, self.i = l, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i + 1 >= len(self.l): raise StopIteration
        self.i += 1
        return self.l[self.i - 1], self.l[self.i]
p = Pairs([1, 2, 3, 4])
print(next(p), list(p), list(p))
a, b, c = Countdown(3)
print(a, b, c)
print(*Countdown(4))
print(dict(Pairs('abc')))
print(sorted(Countdown(5)), tuple(Countdown(2)))
