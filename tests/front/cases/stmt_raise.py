def f():
    raise
    raise ValueError
    raise ValueError("bad")
    raise ValueError("bad") from None
    raise ValueError("bad") from exc
    raise err.with_traceback(tb) from cause.__cause__
    raise (ValueError)
    raise a if b else c from d if e else g
    raise TypeError(f"{x!r} is not valid") from None
    raise exc_type(*args, **kwargs)
    raise \
        KeyError
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])


try:
    f()
except Exception as e:
    raise RuntimeError("wrapped") from e
