# The opening example of the execution-model tutorial: source → tokens → AST → bytecode → VM.
def add(a, b):
    return a + b


result = add(3, 4)
print(result)
