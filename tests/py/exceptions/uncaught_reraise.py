# An exception caught, logged and re-raised with a bare raise.
log = []
def parse(text):
    try:
        return float(text)
    except ValueError:
        log.append(text)
        print("could not parse", repr(text))
        raise
def parse_many(texts):
    out = []
    for t in texts:
        try:
            out.append(parse(t))
        except ValueError:
            out.append(None)
    return out
print(parse_many(["1", "two", "3e2"]), log)
print(parse("1.5"))
print(parse("one point five"))
