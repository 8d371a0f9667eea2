import bisect
l = [1, 3, 3, 3, 5, 7]
print(bisect.bisect_left(l, 3), bisect.bisect_right(l, 3), bisect.bisect(l, 4), bisect.bisect_left(l, 0), bisect.bisect(l, 99))
bisect.insort(l, 4); bisect.insort_left(l, 3); print(l)
def grade(score, bps=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, 'a'), (5, 'b'), (9, 'c')]
print(bisect.bisect_left(recs, 5, key=lambda r: r[0]), bisect.bisect_right([10, 20, 30], 20, lo=2))
s = []
for v in [5, 2, 8, 1]:
    bisect.insort(s, v)
print(s)
