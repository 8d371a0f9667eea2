# Uncaught exception raised as a bare class: the last stderr line is just the class name.
class Halt(Exception):
    pass
class Machine:
    def __init__(self):
        self.ticks = 0
    def step(self):
        self.ticks += 1
        if self.ticks > 3:
            raise Halt
        return self.ticks
m = Machine()
print(m.step(), m.step(), m.step())
try:
    m.step()
except Halt as e:
    print("halt caught once:", repr(e), e.args)
print("about to halt for real")
m.step()
