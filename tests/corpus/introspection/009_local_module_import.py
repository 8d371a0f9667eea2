import os, sys
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
sys.path.insert(0, os.path.join(here, 'support'))
import helper_mod_for_corpus as h
print(h.VALUE, h.double(21), h.__name__)
from helper_mod_for_corpus import Thing
print(Thing().name(), Thing.__module__)
import helper_mod_for_corpus
print(helper_mod_for_corpus is h, h.loaded_count)
import corpkg
print(corpkg.PKG_CONST, corpkg.greet('bob'), corpkg.__name__, corpkg.sub.__name__)
from corpkg.sub import greet
print(greet is corpkg.greet, os.path.basename(h.__file__))
