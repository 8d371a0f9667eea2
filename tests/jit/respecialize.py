def poly(a, b):
    return a * b + a - b


total = 0.0
for i in range(200):
    total += poly(i * 0.5, 1.5)
for i in range(200):
    total += poly(i, 3)
print(total)
