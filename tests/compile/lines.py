x = (
    1 +
    2
)
result = obj.method(
    arg1,
    arg2,
)
value = (obj
         .attribute
         .other)
chained = (obj
    .first()
    .second(1)
)
def f():
    return (
        a,
        b
    )
def g():
    if a:
        return 1
def h(x):
    for i in x:
        pass
def k():
    try:
        pass
    except E:
        pass
def m():
    with a:
        pass
def n():
    while x:
        x()
s = """multi
line"""
call(a,
     b)[
    c
]
