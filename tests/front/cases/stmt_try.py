try:
    pass
except:
    pass

try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    handle(e)
except Exception as exc:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    x
except ValueError as e:
    pass
else:
    pass

try:
    risky()
except module.Error:
    pass
except (a.B, c.D, *errors):
    pass
except get_errors() as err:
    pass
except errors[0]:
    pass
except (ValueError) as e:
    pass
except (ValueError,):
    pass
except a if b else c:
    pass
try: x()
except E: pass
else: y()
finally: z()

try:
    try:
        inner()
    except:
        raise
    finally:
        pass
except BaseException:
    pass
