class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('x'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), type(a).__name__, isinstance(a, Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(issubclass(Puppy, Animal), Puppy.sound, Animal.sound)
