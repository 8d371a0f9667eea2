import ast
for s in ['42', '-3.5', "'str'", '[1, 2, (3, 4)]', "{'a': 1, 'b': [True, None]}", '{1, 2}', '1+2j', '()', "b'xy'", '-(5)']:
    v = ast.literal_eval(s)
    print(repr(v), type(v).__name__)
for bad in ['x', '1 + f()', '__import__("os")', '[1, 2']:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)
