print("before")
t(yield
