# Uncaught AttributeError when calling a method the class does not have.
class Robot:
    def __init__(self, name):
        self.name = name
        self.moves = []
    def hello(self):
        return "I am " + self.name
    def walk(self, steps):
        self.moves.append(("walk", steps))
        return self
r = Robot("r2")
print(r.hello())
r.walk(3).walk(2)
print(r.moves, hasattr(r, "fly"), getattr(r, "fly", "no fly"))
try:
    r.swim()
except AttributeError as e:
    print("handled:", e)
print(r.fly())
