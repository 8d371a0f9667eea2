import io, tokenize, token
src = 'a **= b // c; d @ e != f\nlambda *a, **k: ...\n'
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print([(token.tok_name[t.type], t.string) for t in toks])
print([token.tok_name[t.exact_type] for t in toks if t.type == token.OP])
print(token.ISTERMINAL(token.NAME), token.NAME, token.tok_name[token.NEWLINE])
src2 = 's = """multi\nline"""\n'
for t in tokenize.generate_tokens(io.StringIO(src2).readline):
    print(t.type, repr(t.string), t.start, t.end, repr(t.line))
