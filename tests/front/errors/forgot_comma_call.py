print("before")
print("a" "b" x)
