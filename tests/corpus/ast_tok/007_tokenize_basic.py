import io, tokenize, token
src = 'x = 1 + foo(2, "s")  # comment\nif x:\n    y = 3.5\n'
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
