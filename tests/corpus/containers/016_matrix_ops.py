def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
def transpose(m): return [list(r) for r in zip(*m)]
print(transpose([[1, 2, 3], [4, 5, 6]]))
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
def mpow(m, n):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1: r = matmul(r, m)
        m = matmul(m, m); n >>= 1
    return r
print(mpow([[1, 1], [1, 0]], 90)[0][1])
for row in matmul(A, A):
    print(' '.join(f'{v:4d}' for v in row))
