def spin():
    i = 0
    while True:
        i += 1


print("spinning", flush=True)
spin()
