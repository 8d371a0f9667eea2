print("before")
x = (f"""{er
T}""")
