class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, owner):
        if obj is None:
            return f'<Field {self.owner}.{self.name}>'
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, v):
        print('set', self.name, v)
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)
class Model:
    a = Field()
    b = Field()
m = Model()
print(Model.a, Model.b, m.a)
m.a = 1
print(m.a, m.b)
del m.a
print(m.a)
class Sub(Model):
    c = Field()
print(Sub.c, Sub.a)
