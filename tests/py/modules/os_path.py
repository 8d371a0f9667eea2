# os.path (posixpath): pure path manipulation.
import os.path
import posixpath as pp

print(pp.join("a", "b", "c"), pp.join("a/", "b"), pp.join("a", "/b", "c"), pp.join("", "x"), pp.join("a", ""))
print(pp.join(b"a", b"b"), pp.split("/a/b/c.txt"), pp.split("c.txt"), pp.split("/"), pp.split("a/b/"), pp.split("//x"))
print(pp.splitext("x.tar.gz"), pp.splitext(".bashrc"), pp.splitext("a/b.c/d"), pp.splitext("f."), pp.splitext("..x"))
print(pp.dirname("/a/b/c"), pp.dirname("c"), pp.dirname("/"), pp.basename("/a/b.py"), pp.basename("a/"), pp.basename(b"/x/y"))
print(pp.normpath("/a/./b/../c//d/"), pp.normpath(""), pp.normpath("../../a"), pp.normpath("//a"), pp.normpath("///a"), pp.normpath("a/.."), pp.normpath("/.."))
print(pp.isabs("/x"), pp.isabs("x"), pp.isabs(""), pp.isabs(b"/"))
print(pp.relpath("/a/b/c", "/a/d"), pp.relpath("/a", "/a"), pp.relpath("/a/b", "/"), pp.relpath("x/y", "x"))
print(pp.commonpath(["/a/b/c", "/a/b/d"]), pp.commonpath(["a/x", "a/y"]), pp.commonprefix(["interstellar", "internal"]), repr(pp.commonprefix([])))
print(pp.abspath("/a/../b"), pp.abspath("q") == pp.join(os.getcwd(), "q"), pp.abspath(".") == os.getcwd())
print(pp.splitdrive("/a/b"), pp.normcase("/A/B"), pp.expanduser("~no_such_user_x/a"), pp.expanduser("x/~"), pp.expanduser("~/a").endswith("/a"))
print(pp.exists("/"), pp.isdir("/"), pp.isfile("/"), pp.exists("/no/such/path/x"), pp.getsize("/no") if False else None, pp.islink("/no/such"))
print(pp.sep, pp.curdir, pp.pardir, pp.extsep, pp.pathsep, pp.altsep, pp.realpath("/") == "/")


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: pp.join("a", 1))
show(lambda: pp.join(1, "a"))
show(lambda: pp.join("a", b"b"))
show(lambda: pp.commonpath([]))
show(lambda: pp.commonpath(["/a", "b"]))
show(lambda: pp.relpath(""))
show(lambda: pp.getsize("/no/such/file_x"))
show(lambda: pp.basename(3))
