print("before")
# café
