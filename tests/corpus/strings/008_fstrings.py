x, y = 10, 3.14159
name = 'World'
print(f'Hello {name}!', f'{x + 1}', f'{y:.2f}', f'{x!r}', f'{name!r:>10}')
print(f'{x=}', f'{y = :.1f}', f'{name=!s}')
print(f'{{braces}}', f'{"nested"}', f"{'q'}")
w = 8
print(f'{x:>{w}}|', f'{x:0{w}b}')
d = {'k': [1, 2]}
print(f'{d["k"][1]}', f'{len(d)}', f'{[i*i for i in range(3)]}')
print(f'{x if x > 5 else 0}', f'{(lambda a: a * 2)(4)}')
print(f'{3.0:g} {1e6:g} {1234.5:,.1f} {0.5:%} {255:#X}')
print(f'''multi
line {x}''')
class P:
    def __format__(self, spec): return f'<{spec}>'
print(f'{P()} {P():abc} {P()!s:.3}' if False else f'{P()} {P():abc}')
class Dt:
    def __format__(self, spec): return spec.replace('%d', '02').replace('%m', '01').replace('%Y', '2021')
print(f'{Dt():%d/%m/%Y}')
print(rf'\n{x}', fr'{x}\t')
