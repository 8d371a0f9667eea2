x = 1
if x is 1:
    pass
if "a" is not x:
    pass
y = x is ()
z = x is None or x is ...
