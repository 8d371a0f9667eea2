# string.Template: substitution, safe_substitute, invalid placeholders, custom delimiter.
import string
t = string.Template('$who likes $what, ${x}y $$')
print(t.substitute(who='a', what='b', x='X'), t.get_identifiers(), t.is_valid())
for s in ['$', 'ab $1', 'line\n  ${a', '${}', '$ x', 'a$', '$$$a', '${a}${b']:
    try: print(string.Template(s).substitute(a=1))
    except Exception as e: print(type(e).__name__, e)
    print(repr(string.Template(s).safe_substitute()), string.Template(s).is_valid(), string.Template(s).get_identifiers())
try: string.Template('$q').substitute()
except Exception as e: print(type(e).__name__, repr(e))
print(string.Template('$a$b').substitute({'a': 1}, b=2), string.Template('$a').substitute({'a': 1}, a=2))
try: string.Template('x').substitute({}, {})
except Exception as e: print(type(e).__name__, e)
class T(string.Template): delimiter = '%'
print(T('%a %% $a').substitute(a=5))
print(string.Template('$ÿ $é').safe_substitute(), string.Template('$A_1b').safe_substitute(A_1b=3))
print(string.Template('${a} $b').safe_substitute({'b': [1]}), string.Template('x').template)
