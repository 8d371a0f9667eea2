class Serializer:
    registry = {}
    @classmethod
    def register(cls, fmt):
        def deco(sub):
            cls.registry[fmt] = sub
            return sub
        return deco
    @classmethod
    def for_format(cls, fmt): return cls.registry[fmt]()
@Serializer.register('csv')
class Csv(Serializer):
    def dump(self, rows): return '\n'.join(','.join(map(str, r)) for r in rows)
@Serializer.register('tsv')
class Tsv(Serializer):
    def dump(self, rows): return '\n'.join('\t'.join(map(str, r)) for r in rows)
rows = [(1, 'a'), (2, 'b')]
for f in sorted(Serializer.registry):
    print(f, repr(Serializer.for_format(f).dump(rows)))
try:
    Serializer.for_format('xml')
except KeyError as e:
    print('KeyError', e)
