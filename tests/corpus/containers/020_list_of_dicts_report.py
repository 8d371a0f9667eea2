sales = [
    {'region': 'north', 'rep': 'ann', 'amount': 120},
    {'region': 'south', 'rep': 'bob', 'amount': 80},
    {'region': 'north', 'rep': 'cid', 'amount': 200},
    {'region': 'east', 'rep': 'dee', 'amount': 50},
    {'region': 'south', 'rep': 'eve', 'amount': 170},
]
totals = {}
for s in sales:
    totals[s['region']] = totals.get(s['region'], 0) + s['amount']
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f'{region:<6} {total:>5}')
best = max(sales, key=lambda s: s['amount'])
print('best', best['rep'], best['amount'])
print('avg', sum(s['amount'] for s in sales) / len(sales))
print([s['rep'] for s in sorted(sales, key=lambda s: (s['region'], -s['amount']))])
print(all(s['amount'] > 0 for s in sales), any(s['region'] == 'west' for s in sales))
