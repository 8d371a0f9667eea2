# types module names, SimpleNamespace, PEP 585 generic aliases in annotations,
# sys.implementation and compile(..., PyCF_ONLY_AST).
import ast
import sys
import types

for name in sorted(dir(types)):
    if name.endswith("Type"):
        print(name, getattr(types, name).__name__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, types.SimpleNamespace(), ns == types.SimpleNamespace(a=1, b="x", c=[1]))

class Point(types.SimpleNamespace):
    pass

print(Point(x=1, y=2))
C = types.new_class("C", (dict,), {}, lambda body: body.update(answer=42))
print(C.__name__, C.answer, C.__mro__[1].__name__)


def f(x: list[int], y: dict[str, list[int]] = None) -> tuple[int, ...]:
    return x


print(f.__annotations__)
alias = list[int]
print(alias, alias.__origin__, alias.__args__, alias.__parameters__, alias([1, 2]))
print(alias == list[int], alias != list[str], hash(alias) == hash(list[int]))
print(dict[str, int] | None, type[int], tuple[()], set[frozenset[str]], list[int].__name__)
print(type(alias).__name__, type(alias).__module__, type(int | str).__module__)


class L(list[int]):
    pass


print(L.__mro__, L([3]))
for bad in ("int[str]", "len[0]"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)

print(sys.implementation.name == sys.implementation.name, sys.implementation.version[:2], type(sys.implementation).__name__)
print(sys.getrefcount(object()))

tree = compile("x = 1 + 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)
try:
    compile(5, "<s>", "exec")
except TypeError as e:
    print("TypeError:", e)
