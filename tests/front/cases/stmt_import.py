"""Module docstring before the future import."""
from __future__ import annotations
from __future__ import (division,
                        print_function)
import os
import os.path
import os.path as osp
import a, b.c, d as e
import a.b.c.d.e as f, g
from os import path
from os import path as p, sep
from os import (path, sep)
from os import (path as p,
                sep as s,)
from os import (
    path,
    sep,
)
from . import sibling
from .. import parent
from ... import grandparent
from .... import great
from ..... import greater
from . . import spaced
from .mod import name
from ..pkg.mod import name as alias
from ...pkg import (x, y as z)
from .a.b.c import (d, e as f)
from mod import *
from .mod import *
from .. import *
from \
    os \
    import \
    path
import match, case, _
from match import case as match
