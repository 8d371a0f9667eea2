stack = []
for c in '({[]})':
    if c in '({[':
        stack.append(c)
    else:
        print('pop', stack.pop(), 'for', c)
print('balanced', not stack)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for c in s:
        if c in '([{': st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]: return False
    return not st
print([balanced(s) for s in ['()', '([)]', '{[()()]}', '((', '']])
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[tok])
        else:
            st.append(float(tok))
    return st[0]
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'))
