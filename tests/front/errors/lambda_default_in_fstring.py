print("before")
x = f"{lambda x:1}"
