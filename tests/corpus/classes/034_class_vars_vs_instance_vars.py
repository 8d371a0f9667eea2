class Counter:
    total = 0
    names = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names = self.names + [name]
a = Counter('a')
b = Counter('b')
print(Counter.total, a.total, b.total, Counter.names, a.names, b.names)
a.total = 99
print(Counter.total, a.total, b.total)
Counter.total = 0
print(Counter.total, a.total, b.total)
class Config:
    debug = False
    @classmethod
    def enable(cls): cls.debug = True
class Sub(Config): pass
Sub.enable()
print(Config.debug, Sub.debug)
print('debug' in Sub.__dict__, 'debug' in Config.__dict__)
