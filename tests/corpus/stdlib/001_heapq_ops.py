import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
l = [9, 7, 5, 3, 1, 8]
heapq.heapify(l); print(l)
print(heapq.heappushpop(l, 0), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [4, 1, 7, 3, 8]), heapq.nsmallest(2, [4, 1, 7, 3, 8]))
print(heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = []
for pri, name in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'high2')]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    print(heapq.heappop(tasks))
