# Stage 2 from Python: tokenize.generate_tokens / tokenize.tokenize produce CPython's
# TokenInfo tuples, with the token module's numbers and names.
import token
import tokenize

source = "x = 10 + 5\nif x:\n    print('hi')  # greet\n"
lines = iter(source.splitlines(keepends=True))
for tok in tokenize.generate_tokens(lambda: next(lines)):
    print(tok)

data = ("# -*- coding: latin-1 -*-\ns = '\xe9'\n").encode("latin-1")
chunks = iter(data.splitlines(keepends=True))
toks = list(tokenize.tokenize(lambda: next(chunks)))
for tok in toks:
    print(tok.type, token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

t = toks[3]
print(t.type, t.string, t.start, t.end, t.line, len(t), t[1], t._fields)
ops = "a += b ** 2 // c != d -> e"
for tok in tokenize.generate_tokens(iter([ops]).__next__):
    if tok.type == token.OP:
        print(repr(tok.string), tok.exact_type, token.tok_name[tok.exact_type])
print(token.NAME, token.OP, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET, token.tok_name[token.NT_OFFSET])
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), len(token.EXACT_TOKEN_TYPES))

# Errors, after the tokens made before them.
src = iter(["x = (1,\n", "2\n"])
out = []
try:
    for tok in tokenize.generate_tokens(lambda: next(src)):
        out.append(tok.string)
except tokenize.TokenError as e:
    print("TokenError:", e.args)
print(out)
src = iter(["if x:\n", "        a\n", "    b\n"])
try:
    list(tokenize.generate_tokens(lambda: next(src)))
except IndentationError as e:
    print("IndentationError:", e.msg)

# Round trip.
source = "def f(a, b):\n    return a+b  # sum\n"
lines = iter(source.splitlines(keepends=True))
print(tokenize.untokenize(tokenize.generate_tokens(lambda: next(lines))) == source)
print(tokenize.detect_encoding(iter([b"# coding: utf-8\n", b"x = 1\n"]).__next__))
