# while/else and for/else: else runs only without break.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target} at {i}")
            break
    else:
        print(f"  {target} not found")
        return -1
    return i
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally with n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else runs even when body never runs")
for _ in []:
    pass
else:
    print("for-else on empty iterable")
def primes_below(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes_below(40))
for i in range(3):
    if i == 1:
        continue
    print("iteration", i)
else:
    print("continue does not prevent else")
def return_in_loop():
    for i in range(3):
        if i == 1:
            return "returned"
    else:
        return "else"
print(return_in_loop())
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
else:
    print("unreachable")
print("count", count)
for i in range(3):
    try:
        if i == 2:
            break
    finally:
        print("finally", i)
else:
    print("unreachable")
x = 10
while x:
    x -= 3 if x > 3 else x
print(x)
for i in range(5):
    pass
print("loop var after loop:", i)
