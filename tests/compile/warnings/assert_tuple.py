def f(x):
    assert (x, "msg")
    assert ()
