# Uncaught exception raised with an explicit cause: the last line is the final exception.
def load(config):
    try:
        return config["port"]
    except KeyError as e:
        raise RuntimeError("config is missing a port") from e
def load_or_default(config):
    try:
        return load(config)
    except RuntimeError as e:
        print("using default because:", e, "| cause:", repr(e.__cause__))
        return 8080
print(load({"port": 443}))
print(load_or_default({}))
print("loading")
load({"host": "localhost"})
