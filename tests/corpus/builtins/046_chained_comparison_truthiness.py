class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f'{self.v} < {o.v}')
        return self.v < o.v
    def __bool__(self):
        print('bool', self.v)
        return bool(self.v)
a, b, c = Loud(1), Loud(2), Loud(0)
print(bool(a < b < c))
print(a < c < b)
print((c or a).v)
print((a and c).v)
print(not c)
x = [] or {} or 0 or 'last'
print(x)
print(1 if c else 2)
