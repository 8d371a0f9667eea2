print("before")
exec "code"
