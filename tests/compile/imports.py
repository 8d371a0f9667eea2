import os
import os.path
import os.path as osp
import a.b.c as d
from os import path, sep as s
from . import sibling
from ..pkg import thing
from .mod import *
def f():
    import json
    from json import loads as l
    return json, l
class C:
    import __hidden
    from m import __other
