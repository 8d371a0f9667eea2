# seq * x with a non-int x: CPython's sequence_repeat message names the non-int operand.
for a, b in [([1, 2], 'a'), ((1,), 1.5), ('ab', [1]), ('ab', 2.0), (b'x', 'y'), (3.5, 'ab'), (None, [1])]:
    try:
        a * b
    except TypeError as e:
        print(e)
x = [1]
try:
    x *= 'a'
except TypeError as e:
    print(e)
class R:
    def __rmul__(self, o): return ('rmul', o)
print('ab' * R(), [1] * R(), b'x' * R())
print('ab' * 2, 2 * 'ab', [0] * 3, b'z' * 2)
