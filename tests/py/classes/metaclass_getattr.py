# A metaclass's __getattr__ runs only when normal class attribute lookup fails.
class Meta(type):
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"


class M(metaclass=Meta):
    real = 1

    def method(self):
        return "method"


print(M.real, M.virtual, M.method(M()), M.__name__)
try:
    M().virtual
except AttributeError as e:
    print("AttributeError:", e)
