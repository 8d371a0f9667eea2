print("before")
x = """



È
