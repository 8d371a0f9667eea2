print("before")
(): int
