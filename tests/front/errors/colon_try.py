print("before")
try
    pass
except:
    pass
