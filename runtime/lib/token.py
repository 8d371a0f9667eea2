"""Token constants: the numbers the tokenizer gives its tokens (CPython 3.11's values).

The table comes from taipan's tokenizer itself (`_frontend.token_table`), so this module
and the tokenizer cannot disagree.
"""
import _frontend

_names, EXACT_TOKEN_TYPES = _frontend.token_table()

tok_name = {}
for _number, _name in enumerate(_names):
    globals()[_name] = _number
    tok_name[_number] = _name
N_TOKENS = len(_names)
NT_OFFSET = 256
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(_names) + ['N_TOKENS', 'NT_OFFSET']
del _number, _name, _names


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
