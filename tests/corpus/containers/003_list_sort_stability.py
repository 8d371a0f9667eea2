people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[1])
print(s)
data = [5, 3, 5, 1, 3, 1]
idx = sorted(range(len(data)), key=lambda i: data[i])
print(idx)
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
l = [3, 1, 2]
r = l.sort()
print(r, l)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError', e)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], big == sorted(big))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
