# SystemExit passes through `except Exception` handlers but finally blocks still run.
import sys
def risky(n):
    if n == 3:
        sys.exit(7)
    if n == 2:
        raise ValueError("two")
    return n
def main():
    for n in range(5):
        try:
            print("step", n, "->", risky(n))
        except Exception as e:
            print("handled", type(e).__name__, e)
        finally:
            print("cleanup", n)
main()
print("unreachable")
