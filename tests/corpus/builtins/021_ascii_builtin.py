print(ascii('abc'), ascii('é'), ascii('日本'), ascii('\U0001F600'))
print(ascii([1, 'ü']), ascii(b'\xff'), ascii(1.5))
print(ascii('\n'), ascii("'"))
class A:
    def __repr__(self): return 'Ä'
print(ascii(A()))
