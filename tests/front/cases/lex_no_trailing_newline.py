def f():
    return 1
if x:
    y = 2  # no newline at the end