import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append('x'); a[2]['k'].append('y'); a.append('top')
print(a, s, d, sep='\n')
class Node:
    def __init__(self, v): self.v, self.children = v, []
n = Node(1); n.children.append(Node(2)); n.children.append(n)
m = copy.deepcopy(n)
print(m is not n, m.children[1] is m, m.children[0].v)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        print('custom copy'); c = Custom(); c.log = self.log; return c
    def __deepcopy__(self, memo):
        print('custom deepcopy'); c = Custom(); c.log = list(self.log); return c
c = Custom(); c.log.append(1)
c1 = copy.copy(c); c2 = copy.deepcopy(c)
print(c1.log is c.log, c2.log is c.log, c2.log)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.replace if hasattr(copy, 'replace') else 'no replace')
