s = f"""first line
{x}
second {y
}
third {
    z
} end"""
s = f'''{
a +
b
}'''
s = (f"part one {a}"
     f"part two {b}"
     "plain part"
     f"""part
three {c}""")
s = f"""{x:>{
width}}"""
s = f"""
    indented {value!r:^{w}}
    {{not an expression}}
"""
s = f"""{
    compute(
        a,
        b,
    )
}"""
s = f'''line1
line2 {x
    + y} tail
line3 {z!r}'''
call(
    f"{a}"
    "b"
    f"""c{
    d}e"""
    f'{f}',
    other,
)
s = f"""é{x}
ü{y}
€{
z}"""
s = f"""{x=}
{y = }
"""
s = f"""{
x
=}"""
s = rf"""\d{x}
\w{y}"""
x = [f"""{i}
""" for i in range(3)]
s = "first" f"""
{a}""" 'third'
