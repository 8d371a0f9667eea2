import io, tokenize, token
src = "n = 0x1F + 1_000 + 3.5e-2 + 7j\ns = b'bytes' + r'raw' + f'fmt'\n"
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    if t.type in (token.NUMBER, token.STRING, token.NAME):
        print(token.tok_name[t.type], t.string)
src2 = 'def f():\n    if x:\n        pass\n    return\n'
print([token.tok_name[t.type] for t in tokenize.generate_tokens(io.StringIO(src2).readline)])
