import io, tokenize
src = 'def f(x):\n    return x*2  # double\n'
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
names = [t.string for t in toks if t.type == tokenize.NAME]
print(names)
comments = [t.string for t in toks if t.type == tokenize.COMMENT]
print(comments)
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args[0])
print(tokenize.tok_name[tokenize.INDENT], tokenize.tok_name[tokenize.DEDENT])
