print("before")
"" f(
