try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e))
assert True, 'fine'
x = [1]
try:
    assert len(x) > 5, f'len was {len(x)}'
except AssertionError as e:
    print(e.args)
