inventory = [('widget', 4, 3.5), ('gadget', 10, 12.25), ('doohickey', 1, 100.0)]
w = max(len(n) for n, *_ in inventory)
header = f"{'Item':<{w}}  {'Qty':>4}  {'Price':>8}  {'Total':>9}"
print(header)
print('=' * len(header))
grand = 0
for name, qty, price in inventory:
    total = qty * price
    grand += total
    print(f'{name:<{w}}  {qty:>4d}  {price:>8.2f}  {total:>9,.2f}')
print('-' * len(header))
print(f"{'TOTAL':<{w}}  {'':>4}  {'':>8}  {grand:>9,.2f}")
print('{:^{}}'.format('centered', len(header)))
print('%-*s|%*s' % (w, 'left', 6, 'right'))
