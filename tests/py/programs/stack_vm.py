# A tiny stack-based interpreter for a toy language with jumps and calls.
PROGRAM = """
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz done
    load acc
    load n
    call square
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
square:
    dup
    mul
    ret
"""
class VMError(Exception):
    pass
def assemble(text):
    code, labels = [], {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return code, labels
def run(text, trace=False, limit=10_000):
    code, labels = assemble(text)
    stack, frames, memory, pc, steps = [], [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "lt": lambda a, b: int(a < b)}
    while True:
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        if pc >= len(code):
            raise VMError("fell off the end")
        op, arg = code[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:2} {op:6} {arg or '':6} {stack}")
        if op == "push":
            stack.append(int(arg))
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at {pc - 1}") from None
        elif op == "store":
            memory[arg] = stack.pop()
        elif op == "load":
            if arg not in memory:
                raise VMError(f"undefined variable {arg!r}")
            stack.append(memory[arg])
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "call":
            frames.append(pc)
            pc = labels[arg]
        elif op == "ret":
            pc = frames.pop()
        elif op == "print":
            print("OUT:", stack.pop())
        elif op == "halt":
            return steps, memory
        else:
            raise VMError(f"unknown op {op!r}")
steps, mem = run(PROGRAM)
print("steps", steps, "memory", sorted(mem.items()))
run("push 6\npush 7\nmul\nprint\nhalt", trace=True)
for bad in ("push 1\npush 0\ndiv\nhalt", "load x\nhalt", "push 1\nfrob\nhalt", "l:\njmp l", "push 1"):
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
