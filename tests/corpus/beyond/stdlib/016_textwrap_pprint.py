import pprint
data = {'name': 'x' * 10, 'items': list(range(30)), 'nested': {'a': [1, 2], 'b': {'c': 'd'}}}
pprint.pprint(data)
pprint.pprint(list(range(5)))
print(pprint.pformat({'z': 1, 'a': 2}))
pprint.pprint([['x' * 20] * 3, {'k': 'v'}], width=40)
print(pprint.pformat('short'), pprint.isreadable([1, 2]))
