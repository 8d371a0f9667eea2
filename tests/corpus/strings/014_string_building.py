parts = []
for i in range(5):
    parts.append(f'[{i}]')
print(''.join(parts))
s = ''
for c in 'abc':
    s = c + s
print(s)
table = [['x', 'y', 'z'], ['1', '22', '333']]
for row in table:
    print(' | '.join(cell.ljust(4) for cell in row))
print('\n'.join(f'{i:>3}: {"#" * i}' for i in range(1, 5)))
import textwrap
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 2, width=30))
print(textwrap.dedent('''
    indented
      more
    back'''))
print(textwrap.shorten('Hello world this is long', width=15))
print(textwrap.indent('a\nb', '> '))
