print("before")
f f(**k, a:
