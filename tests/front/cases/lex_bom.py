# A UTF-8 byte order mark starts this file.
x = 'déjà vu'
def f():
    return x
