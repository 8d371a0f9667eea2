# A binary-heap priority queue class used for task scheduling and Dijkstra.
class EmptyQueue(Exception):
    pass
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0
    def __len__(self):
        return len(self._heap)
    def __bool__(self):
        return bool(self._heap)
    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)
    def pop(self):
        if not self._heap:
            raise EmptyQueue("pop from empty priority queue")
        last = self._heap.pop()
        if not self._heap:
            return last[0], last[2]
        top, self._heap[0] = self._heap[0], last
        self._sift_down(0)
        return top[0], top[2]
    def peek(self):
        if not self._heap:
            raise EmptyQueue("peek at empty priority queue")
        return self._heap[0][0], self._heap[0][2]
    def _sift_up(self, i):
        h = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        h, n = self._heap, len(self._heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and h[child] < h[smallest]:
                    smallest = child
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest
pq = PriorityQueue()
for prio, task in [(3, "write tests"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch"), (2, "email")]:
    pq.push(prio, task)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
for method in (pq.pop, pq.peek):
    try:
        method()
    except EmptyQueue as e:
        print("EmptyQueue:", e)
nums = PriorityQueue()
values = [(i * 7919) % 101 for i in range(50)]
for v in values:
    nums.push(v, v)
out = [nums.pop()[1] for _ in range(len(values))]
print(out == sorted(values), out[:10])
graph = {
    "A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11},
    "E": {"D": 4}, "F": {}, "G": {"A": 1},
}
def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    q = PriorityQueue()
    q.push(0, source)
    while q:
        d, node = q.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nbr, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                prev[nbr] = node
                q.push(nd, nbr)
    return dist, prev
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node not in dist:
        print(node, "unreachable")
        continue
    path, cur = [node], node
    while cur in prev:
        cur = prev[cur]
        path.append(cur)
    print(node, dist[node], "->".join(reversed(path)))
