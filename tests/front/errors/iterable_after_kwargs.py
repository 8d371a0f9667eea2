print("before")
f(**k, *a)
