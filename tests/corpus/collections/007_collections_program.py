from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
text = 'it was the best of times it was the worst of times'
c = Counter(text.split())
print(c.most_common(3), c['times'], sum(c.values()))
graph = defaultdict(list)
for a, b in [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e')]:
    graph[a].append(b)
def bfs(start):
    seen, q, order = {start}, deque([start]), []
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
print(bfs('a'))
Edge = namedtuple('Edge', 'src dst weight')
edges = [Edge('a', 'b', 3), Edge('b', 'c', 1), Edge('a', 'c', 5)]
print(min(edges, key=lambda e: e.weight), sorted(e.dst for e in edges))
window = deque(maxlen=3)
avgs = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
od = OrderedDict()
for w in text.split():
    od[w] = od.get(w, 0) + 1
print(list(od.items())[:4])
