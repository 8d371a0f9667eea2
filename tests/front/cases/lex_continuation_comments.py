#!/usr/bin/env python3
# leading comment
x = 1 + \
    2
if a and \
   b:
    pass
y = [1,  # comment inside brackets
     2,  # another
     # full-line comment inside brackets

     3]
def f(a,  # param comment
      b):
    # comment in body
    return a \
        + b  # trailing

    # comment after a blank line in the body
# dedented comment
        # over-indented comment
z = 1  # plain comment
with a as b, \
     c as d:
    pass
assert x, \
    "msg"
x = \
    5
    
  # indented comment at an odd level
class C:  # comment after colon
    pass  # comment after pass
#no space comment
#!shebang-looking
##double hash
#
x = (  # open paren comment
)
x = [
]
x = {

}
if x:
    y = 1
    # comment at the end of a block

z = 2
\
w = 3
s = 1 + \
\
    2
for i in \
        range(3): pass
# last comment
