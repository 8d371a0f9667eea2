vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e15 + 0.5, 12345.6789]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), f'{v:.2f}', '%.1f' % v)
for n in [5, 15, 25, 35, 45, -25, 150, 250]:
    print(n, round(n, -1), round(n, -2))
