# Truth tests in compiled code: small ints decided inline (known from typed arithmetic or
# only by their tag), everything else through the full protocol.
def parity(n):
    count = 0
    for i in range(n):
        for j in range(i, n):
            if (i ^ j) & 1:
                count += 1
            if not (i - j):
                count += 1000
    return count


class Weird:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


class Sized:
    def __len__(self):
        return 0


def truths(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
        out.append(1 if not v else 2)
    return out


print(parity(60))
values = [0, 1, -1, 2**62 - 1, -2**62, 2**100, -(2**100), True, False, None, 0.0, -0.0, float("nan"),
          "", "x", [], [0], (), {}, {0: 0}, set(), Weird(True), Weird(False), Sized(), 0j, 1j]
for _ in range(40):
    r = truths(values)
print(r)
try:
    truths([1, 0, Weird(None)])
except ValueError as e:
    print("ValueError:", e)
try:
    truths([Weird(3)])
except TypeError as e:
    print("TypeError:", e)
