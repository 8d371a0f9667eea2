counter = 0
global module_level_global


def increment():
    global counter
    counter += 1


def several():
    global a, b, c
    a = b = c = 0


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x
        nonlocal y, z
        x += 1

    def other():
        global counter
        nonlocal x
        return counter + x
    z = 3
    return inner, other


class C:
    global g
    g = 1

    def m(self):
        global g
        return g
