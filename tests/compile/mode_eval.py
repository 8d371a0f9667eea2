# compile: mode=eval
[x * 2 for x in range(3) if x] + list(lambda: y for y in z)
