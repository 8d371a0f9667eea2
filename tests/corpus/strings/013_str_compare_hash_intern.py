a = 'hello'
b = 'hel' + 'lo'
print(a == b, a != 'Hello', a < 'help', a.__eq__(1))
print(sorted(['apple', 'Banana', 'cherry'], key=str.lower))
print(sorted(['10', '9', '100']), sorted(['10', '9', '100'], key=int))
print('abc'.__lt__('abd'), ('a', 1) < ('a', 2))
print(str.__mro__)
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hey')
print(s.shout(), s + 'x', type(s + 'x').__name__, isinstance(s, str), len(s), s == 'hey')
print(repr(S('q')), str(S('q')), type(str(S('q'))).__name__)
