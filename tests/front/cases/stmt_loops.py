# for / while loops, with else clauses, break and continue.
for i in range(10):
    pass

for i in range(10):
    if i == 5:
        break
    elif i % 2:
        continue
else:
    print("no break")

while x:
    x -= 1
else:
    done()

while True:
    if cond():
        break

for a, b in pairs:
    pass
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for a, in singles:
    pass
for a, *rest in rows:
    pass
for *init, last in rows:
    pass
for (a, (b, c)), d in nested:
    pass
for x.attr in values:
    pass
for x[0] in values:
    pass
for x in *a, *b:
    pass
for x in a, b, c:
    pass
for x in 1,:
    pass
for x in (yield_):
    pass
for x in lambda: 0, lambda: 1:
    pass
for i in range(3):
    for j in range(3):
        while i < j:
            i += 1
        else:
            continue
    else:
        pass
while (n := next_value()) is not None:
    use(n)
while a and not b or c: pass
for i in x: print(i); continue
