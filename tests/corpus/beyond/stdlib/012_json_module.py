import json
obj = {'b': [1, 2.5, None, True], 'a': 'text "q"', 'c': {'n': -1}, 'u': 'é'}
s = json.dumps(obj)
print(s)
print(json.dumps(obj, sort_keys=True, indent=2))
print(json.dumps(obj, ensure_ascii=False, separators=(',', ':')))
back = json.loads(s)
print(back == obj, type(back['b'][1]).__name__)
print(json.loads('[1e3, -0, 1.0, "\\u00e9", {}]'), json.dumps((1, 2)), json.dumps('x\n'))
try:
    json.loads('{bad}')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({1: 'int key'}), json.dumps(float('inf')), json.dumps([], indent=2))
