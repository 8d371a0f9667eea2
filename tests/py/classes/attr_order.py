# Instance attributes keep insertion order in __dict__ whatever order the class first
# saw the names in: values appended in order stay in the shared-key vector, an attribute
# set before ones already set (or re-set after del) moves the instance to a real dict.
class A:
    pass
def mk(order, vals):
    o = A()
    for n, v in zip(order, vals):
        setattr(o, n, v)
    return o
class P:
    def __init__(self, a, b, first_y=False):
        if first_y:
            self.y = b
            self.x = a
        else:
            self.x = a
            self.y = b
    def swap(self):
        self.x, self.y = self.y, self.x
out = []
for i in range(200):
    p = P(i, -i, i % 7 == 3)
    p.swap()
    if i % 11 == 5:
        del p.x
        p.x = "again"
    if i % 13 == 1:
        p.z = i
    out.append(vars(p))
print(out[:20], out[-3:])
a = mk("xy", (1, 2)); b = mk("yx", (3, 4)); c = A()
print(vars(a), vars(b), vars(c), c.__dict__)
print(hasattr(c, "x"))
q = P(1, 2); del q.y; q.w = 5; q.y = 7; print(vars(q))
