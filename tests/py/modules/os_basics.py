# The os module: constants, environ, file-system calls and their errors, stat, walk.
import os
import os.path
import posixpath
from os.path import join

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.path is posixpath, os.path.join is join, type(os.getpid()).__name__, os.getpid() > 0)
print(os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(4)).__name__, os.strerror(2))
print(os.fspath("x"), os.fspath(b"y"), os.getcwd() == os.path.abspath("."))


class P:
    def __fspath__(self):
        return "pp"


print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance("s", os.PathLike), os.path.join(P(), "q"))

# environ
print(type(os.environ).__name__, os.environ.get("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "dflt"))
print("PATH" in os.environ, os.environ.get("PATH") == os.getenv("PATH"))
os.environ["TAIPAN_T_VAR"] = "value 1"
print(os.environ["TAIPAN_T_VAR"], os.getenv("TAIPAN_T_VAR"), "TAIPAN_T_VAR" in os.environ)
print(os.environ.setdefault("TAIPAN_T_VAR", "other"), os.environ.pop("TAIPAN_T_VAR"), "TAIPAN_T_VAR" in os.environ)
try:
    os.environ["NO_SUCH_VAR_X"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(os.path.expandvars("$NO_SUCH_VAR_X/${NO_SUCH_VAR_X}"))
os.environ["TAIPAN_T_VAR"] = "v"
print(os.path.expandvars("$TAIPAN_T_VAR/${TAIPAN_T_VAR}.x/$$"), len(os.environ) > 0, isinstance(dict(os.environ), dict))
del os.environ["TAIPAN_T_VAR"]

# files and directories
base = os.path.join("/tmp", "taipan_os_basics_%d" % os.getpid())
os.makedirs(os.path.join(base, "x", "y"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(base)), os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
fpath = os.path.join(base, "f.txt")
print(os.path.isfile(fpath), os.path.isdir(fpath), os.path.getsize(fpath), os.path.exists(fpath + "z"))
st = os.stat(fpath)
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(type(st).__name__, repr(st).startswith("os.stat_result(st_mode="), st.st_mode & 0o170000 == 0o100000)
print(abs(os.path.getmtime(fpath) - st.st_mtime) < 1e-6)
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)])
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base))
print(entries)
os.rename(fpath, os.path.join(base, "g.txt"))
print(sorted(os.listdir(base)))
os.replace(os.path.join(base, "g.txt"), os.path.join(base, "h.txt"))
print(sorted(os.listdir(base)))

here = os.getcwd()
os.chdir(base)
print(sorted(os.listdir()), sorted(os.listdir(".")), os.path.basename(os.getcwd()) == os.path.basename(base))
os.chdir(here)


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))


show(lambda: os.remove("no_such_file_x"))
show(lambda: os.unlink("no_such_file_x"))
show(lambda: os.rmdir(base))
show(lambda: os.mkdir(base))
show(lambda: os.makedirs(base))
show(lambda: os.listdir("no_such_dir_x"))
show(lambda: os.stat("no_such_file_x"))
show(lambda: os.rename("no_such_file_x", "other_x"))
show(lambda: os.chdir("no_such_dir_x"))
show(lambda: os.stat(5.0))
show(lambda: os.fspath(1))
show(lambda: open("no_such_file_x"))
show(lambda: os.rmdir(os.path.join(base, "h.txt")))
try:
    os.stat("no_such_file_x")
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))

os.remove(os.path.join(base, "h.txt"))
os.removedirs(os.path.join(base, "x", "y"))
print(os.path.exists(base))

# open() takes os.PathLike and bytes paths (the file is named by the path)
tmpf = os.path.join("/tmp", "taipan_os_open_%d" % os.getpid())
with open(tmpf, "w") as f:
    f.write("data")


class PL:
    def __fspath__(self):
        return tmpf


with open(PL()) as f:
    print(f.name == tmpf, f.read())
with open(os.fsencode(tmpf), "rb") as f:
    print(type(f.name).__name__, f.read())
os.unlink(tmpf)
try:
    open(PL())
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == tmpf, e.errno)
show(lambda: open(3.5))
