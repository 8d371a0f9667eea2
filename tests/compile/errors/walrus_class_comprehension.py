class C:
    [(z := x) for x in range(3)]
