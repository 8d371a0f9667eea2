print("before")
try:
    pass
except* ValueError:
pass
