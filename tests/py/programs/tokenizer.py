# A small arithmetic tokenizer and recursive-descent evaluator.
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(Token("NUM", float(text) if "." in text else int(text), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif ch in "+-*/%()":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise LexError(f"unexpected {ch!r} at {i}")
    tokens.append(Token("END", None, len(src)))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.tokens[self.i]
    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok
    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            right = self.unary()
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok.value!r} at {tok.pos}")
def evaluate(src, env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    tok = p.peek()
    if tok.kind != "END":
        raise SyntaxError(f"trailing {tok.value!r} at {tok.pos}")
    return v
print(tokenize("x1 + 2.5*(y - 3) ** 2"))
env = {"x": 4, "y": 10, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x * y - 7 % 3", "pi * x ** 2",
            "10 / 4", "((x))", "2 * (3 + ", "1 + $", "z + 1", "7 / (y - 10)", "1 2"]:
    try:
        print(f"{src!r:18} = {evaluate(src, env)}")
    except (SyntaxError, LexError, KeyError, ZeroDivisionError) as e:
        print(f"{src!r:18} ! {type(e).__name__}: {e}")
