import gc
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self): self.ref = self
for _ in range(100):
    Node()
print(gc.collect() >= 0)
print(isinstance(gc.get_threshold(), tuple), len(gc.get_threshold()))
print(callable(gc.get_objects), callable(gc.get_referrers))
