import ast
print(ast.dump(ast.parse('[x for x in y if x]', mode='eval').body))
print(ast.dump(ast.parse('{k: v for k, v in items}', mode='eval').body))
print(ast.dump(ast.parse("f'a{b!r:>{w}}c'", mode='eval').body))
print(ast.dump(ast.parse('async def f():\n    await x\n    async for a in b: pass').body[0]))
print(ast.dump(ast.parse('with a as b, c: pass').body[0]))
print(ast.dump(ast.parse('match x:\n    case [1, *r]: pass\n    case {"k": v}: pass').body[0]))
