print("before")
try:
    pass
finally:
pass
