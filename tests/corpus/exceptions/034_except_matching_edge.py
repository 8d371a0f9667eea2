try:
    try:
        raise ValueError('v')
    except 'not a class':
        print('never')
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError('x')
except (KeyError, IndexError, ValueError) as e:
    print('tuple matched', e)
try:
    raise ValueError('y')
except () as e:
    print('never')
except ValueError:
    print('empty tuple matched nothing')
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class Any(Exception, metaclass=Meta): pass
try:
    raise KeyError('k')
except Any:
    print('Any handler')
except KeyError:
    print('KeyError handler')
