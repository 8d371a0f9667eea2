a = 1; b = 2
a = 1; b = 2;
import os; import sys
x = 1;
if x: a; b; c
if x: a = 1; b = 2
else: c = 3;
while x: x -= 1; continue
for i in y: pass; break
class C: x = 1; y = 2
def f(): return 1;
def g(): global a; nonlocal_ = 1; return a
try: pass
except: pass
with a: pass; pass
async def h(): await x; return
del a; assert b; raise c
pass; ...; None
x = 1 ; y = 2 ;
x = (1) ; y = [2] ; z = {3}
print("a"); print("b")
if x: pass
elif y: return_ = 1
else: (yield_)
