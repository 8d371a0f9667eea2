import sys
sys.path.insert(0, sys.path[0] + '/support')
import helper_mod_for_corpus as h
print(h.VALUE, h.double(21), h.__name__)
from helper_mod_for_corpus import Thing
print(Thing().name(), Thing.__module__)
import helper_mod_for_corpus
print(helper_mod_for_corpus is h, h.loaded_count)
import corpkg
print(corpkg.PKG_CONST, corpkg.greet('bob'), corpkg.__name__, corpkg.sub.__name__)
from corpkg.sub import greet
print(greet is corpkg.greet, h.__file__.rpartition('/')[2])
