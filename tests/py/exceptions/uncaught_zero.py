# Uncaught ZeroDivisionError after some output; a handled one comes first.
def ratio(a, b):
    return a / b
def safe_ratio(a, b):
    try:
        return ratio(a, b)
    except ZeroDivisionError as e:
        return f"undefined ({e})"
print("computing ratios")
print(safe_ratio(1, 0))
results = []
for b in (8, 4, 2, 1):
    results.append(ratio(8, b))
print(results, sum(results))
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
print(average([1, 2, 3, 4]))
print(average([]))
print("unreachable")
