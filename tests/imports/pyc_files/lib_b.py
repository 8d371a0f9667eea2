def g():
    return "g"
