import math
n = 5
items = ['a', 'b']
print(f'{n:#x} {n:#o} {n:#b} {n:08.3f} {-n:+} {n!s:>3} {math.pi:.{n}f}')
print(f'{items} {items!r} {len(items):02d} {items[0]!r:^7}')
print(f"{'quoted'!r} {n * 2 if n else 0} {'yes' if n > 3 else 'no'}")
nested = {'a': {'b': 'deep'}}
print(f"{nested['a']['b']:>10}")
w, p = 10, 3
print(f'{math.e:{w}.{p}f}|{math.e:<{w}.{p}}|')
print(f'{1_000_000:,} {1_000_000:_} {0.000123:.2e} {12:>+5}')
print(f'{"%":*^5}', f'{3.0:.0%}', f'{-1.5:=+8.2f}')
print(f'{n}' f'{n}' 'lit' f'{n!r}')
print(f'{ n = }', f'{n*2=}')
