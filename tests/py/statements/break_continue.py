# break and continue in nested loops and through try/finally.
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print(found)
def flag_exit(grid, target):
    done = False
    steps = 0
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            steps += 1
            if ch == target:
                done = True
                break
        if done:
            break
    return (r, c, steps) if done else None
print(flag_exit(["...", ".x.", "..."], "x"), flag_exit(["ab"], "z"))
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i < 3:
                continue
            break
        finally:
            log.append(f"inner {i}")
    finally:
        log.append(f"outer {i}")
print(log)
def continue_in_except():
    out = []
    for v in ["1", "a", "3", "b"]:
        try:
            out.append(int(v))
        except ValueError:
            out.append("bad")
            continue
        out.append("ok")
    return out
print(continue_in_except())
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    for j in range(10):
        if j == i:
            break
        total += j
print(total)
out = []
for word in ["alpha", "beta", "gamma", "stop", "delta"]:
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        out.append(ch)
print("".join(out))
def gen_with_break():
    for i in range(10):
        yield i
seen = []
for v in gen_with_break():
    if v > 3:
        break
    seen.append(v)
print(seen)
