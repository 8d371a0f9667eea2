counter = 0
registry = {}
def register(name):
    global counter
    counter += 1
    registry[name] = counter
for n in ['x', 'y', 'z']:
    register(n)
print(counter, registry)
def reset():
    global counter, registry
    counter = 0
    registry = {}
reset()
print(counter, registry)
def make_global():
    global dynamic_name
    dynamic_name = 'created'
print('dynamic_name' in globals())
make_global()
print(dynamic_name, 'dynamic_name' in globals())
def reader():
    return counter + 1
counter = 41
print(reader())
