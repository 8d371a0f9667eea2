# CRLF line endings
x = 1
if x:
    y = '''multi
line'''
    z = x + \
        1

s = f"""{x}
{y!r}
"""
t = "continued \
string"
l = [1,
     2]  # comment
def f(a,  # type: int
      ):
    # type: (...) -> None
    pass
    
b = b'''x
y'''
