print("before")
x = "\N{NOT A REAL NAME}"
