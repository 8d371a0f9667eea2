print("before")
price = 5 € 2
