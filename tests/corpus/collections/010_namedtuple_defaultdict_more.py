from collections import namedtuple, defaultdict, Counter
Card = namedtuple('Card', ['rank', 'suit'])
hand = [Card('A', 'S'), Card('10', 'H'), Card('A', 'D')]
print(hand[0], hand[0].rank, Counter(c.rank for c in hand).most_common(1))
print(Card._make(['K', 'C'])._asdict(), Card.__doc__, repr(Card('2', 'H')))
print(Card._fields, Card._field_defaults, Card('Q', 'S')._replace(suit='H'))
by_suit = defaultdict(list)
for c in hand:
    by_suit[c.suit].append(c.rank)
print(dict(sorted(by_suit.items())))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']), isinstance(t['x'], defaultdict))
dd = defaultdict(int, {'x': 5})
dd['y'] += 1
print(sorted(dd.items()), repr(defaultdict(list)))
