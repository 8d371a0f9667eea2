import sys
print("executing counted; in sys.modules:", __name__ in sys.modules)
try:
    RUNS = sys.modules[__name__].RUNS + 1
except AttributeError:
    RUNS = 1
