if a:
    b()
elif c:
    d()
else:
    e()
while x:
    if y:
        break
    if z:
        continue
    x -= 1
else:
    done()
for i in range(3):
    print(i)
else:
    pass
for i in items:
    if i: break
x = a if b else c
y = a and b or c
z = not a
if not a and (b or c):
    pass
