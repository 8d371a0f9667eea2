graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set(), 7: {1}}
def reachable(g, s):
    seen, todo = set(), [s]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(g[n] - seen)
    return seen
print(sorted(reachable(graph, 1)), sorted(reachable(graph, 7)), sorted(reachable(graph, 6)))
def topo(g):
    order, done = [], set()
    def visit(n):
        if n in done: return
        done.add(n)
        for m in sorted(g[n]): visit(m)
        order.append(n)
    for n in sorted(g): visit(n)
    return order[::-1]
print(topo(graph))
a = set(range(0, 30, 2)); b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5], min(a - b), max(b - a))
print(sorted(set('hello world') - set('lo ')), set() == frozenset(), {1, 2} < {1, 2, 3} < {1, 2, 3, 4})
dups = [1, 5, 2, 1, 9, 5, 5]
seen = set()
print([x for x in dups if not (x in seen or seen.add(x))])
print(list(dict.fromkeys(dups)))
