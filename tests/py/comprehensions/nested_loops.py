# Nested comprehensions: flattening, transposing, products and order.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 2 for x in row] for row in matrix])
print([(a, b) for a in "xy" for b in (1, 2, 3)])
print([(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
nested = [[[1, 2], [3]], [[4], [5, 6, 7]]]
print([z for x in nested for y in x for z in y])
print([sum(len(y) for y in x) for x in nested])
print(["".join(p) for p in [(a, b) for a in "ab" for b in "cd"]])
order = []
def outer_iter():
    order.append("outer iterable evaluated")
    return range(2)
def inner_iter(i):
    order.append(f"inner iterable for {i}")
    return range(i + 1)
print([(i, j) for i in outer_iter() for j in inner_iter(i)], order)
board = [["." for _ in range(4)] for _ in range(3)]
board[1][2] = "#"
print(["".join(r) for r in board])
print({(r, c) for r in range(3) for c in range(3) if r == c or r + c == 2} == {(0, 0), (1, 1), (2, 2), (0, 2), (2, 0)})
print(sorted({(r, c) for r in range(2) for c in range(2)}))
pairs = [[a, b] for a in range(3) for b in range(3) if a != b]
print(pairs, len(pairs))
print([x for x in range(3) if x for y in range(x) if y or x == 1])
print([[y for y in x if y % 2] for x in matrix if sum(x) > 6])
