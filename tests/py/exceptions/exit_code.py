# sys.exit with an integer status: stdout is kept, stderr is empty, finally blocks run.
import sys
def work(items):
    done = []
    for item in items:
        done.append(item * 2)
    return done
print("doing work", work([1, 2, 3]))
try:
    sys.exit(5)
except SystemExit as e:
    print("first exit caught:", e.code)
def main():
    try:
        print("main body")
        sys.exit(3)
    finally:
        print("finally still runs")
main()
print("unreachable")
