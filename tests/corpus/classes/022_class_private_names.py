class Account:
    __slots__ = ()
class Bank:
    def __init__(self):
        self.__balance = 100
        self._internal = 'x'
    def deposit(self, n): self.__balance += n; return self.__balance
    def __secret(self): return 'secret'
    def reveal(self): return self.__secret()
b = Bank()
print(b.deposit(50), b.reveal(), b._internal)
try:
    b.__balance
except AttributeError as e:
    print('AttributeError', e)
print(b._Bank__balance, sorted(vars(b)))
class Sub(Bank):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return 'AttributeError ' + str(e)
print(Sub().peek())
print([n for n in dir(Bank) if 'secret' in n])
