# sys._getframe().f_lineno is the line being executed, also after a call on an earlier line.
import os
import sys


def show_frame():
    frame = sys._getframe()
    print("File:", os.path.basename(frame.f_code.co_filename))
    print("Line:", frame.f_lineno)
    print("Caller:", frame.f_back.f_code.co_name, frame.f_back.f_lineno)


show_frame()


def loop():
    seen = []
    for i in range(30):
        fr = sys._getframe()
        len("x")
        seen.append(fr.f_lineno)
    return sorted(set(seen))


print(loop())
