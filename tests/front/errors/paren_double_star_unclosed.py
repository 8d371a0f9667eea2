print("before")
(**,
