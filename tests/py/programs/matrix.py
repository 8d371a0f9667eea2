# Matrix operations on lists of lists: multiply, transpose, power, determinant, solve.
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(n))
def solve(a, b):
    n = len(a)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 10) for i in range(n)]
def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(mat_mul(b, a))
show(transpose(a))
try:
    mat_mul(a, a)
except ValueError as e:
    print("ValueError:", e)
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show(mat_pow([[2, 0], [0, 3]], 10))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det =", det(m), "det(I4) =", det(identity(4)), "det(A.T) =", det(transpose(m)))
print("solve:", solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print("ValueError:", e)
n = 12
big = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
sq = mat_mul(big, big)
print(sum(map(sum, sq)), sq[0][:6], mat_mul(big, identity(n)) == big)
print(transpose(mat_mul(a, b)) == mat_mul(transpose(b), transpose(a)))
