import bisect, heapq
scores = []
for s in [55, 90, 72, 90, 61, 88, 100, 42]:
    bisect.insort(scores, s)
print(scores)
print('rank of 72:', bisect.bisect_left(scores, 72), 'count >= 88:', len(scores) - bisect.bisect_left(scores, 88))
def kth_largest(nums, k):
    h = nums[:k]
    heapq.heapify(h)
    for n in nums[k:]:
        if n > h[0]:
            heapq.heapreplace(h, n)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest(list(range(100)), 10))
def dijkstra(g, s):
    dist = {s: 0}
    pq = [(0, s)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')): continue
        for v, w in g.get(u, []):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {'a': [('b', 4), ('c', 1)], 'c': [('b', 2), ('d', 7)], 'b': [('d', 1)]}
print(dijkstra(g, 'a'))
