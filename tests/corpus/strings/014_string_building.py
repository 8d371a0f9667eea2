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
