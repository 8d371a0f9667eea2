"""Regenerate names_data.rs, the character-name database, from CPython's unicodedata.

Run with the oracle interpreter: `python3 runtime/src/unicode/gen_names.py`
(CPython 3.11: Unicode 14.0.0). The output is deterministic: it depends only on
the interpreter's name tables.

What is read off CPython:
  * `unicodedata.name(chr(cp))` for every code point;
  * the name aliases (NameAliases.txt), which CPython keeps in a private range
    starting at U+F0000 that `unicodedata.name` refuses to answer for. They are
    read through the name C-API capsule `unicodedata._ucnhash_CAPI` (its
    `getname(code, buffer, buflen, with_alias_and_seq=1)` entry), and each alias
    is resolved to its character with `unicodedata.lookup`.
Named sequences (the range after the aliases) are not part of `\\N{...}` and are
left out.

Encoding (decoded by names.rs; see its module docs):
  * Hangul syllables and CJK unified ideographs are algorithmic in CPython and
    are computed, not stored; the CJK ranges are emitted as a table.
  * Runs of names of the form PREFIX + number (hex code point, or a counter in
    decimal) become DERIVED ranges.
  * Every other name is split into words at ' ' and '-' (a hyphen becomes the
    pseudo-word "-"). Unique words, most frequent first, form LEXICON (joined
    by single spaces). Names, in code point order, are front-coded: each name
    stores how many leading words it shares with the previous name, how many
    new words follow, and those words' lexicon indices. Every BLOCK-th name is
    stored in full so a name can be decoded from its block start.
  * All codes are written in a 92-symbol printable alphabet (ASCII 0x21..0x7E
    without '"' and '\\\\') so the data is an ordinary string literal.
"""
import collections
import ctypes
import os
import re
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "names_data.rs")

ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\')
A = len(ALPHABET)  # 92
BLOCK = 32
HYPHEN = "-"
MIN_DERIVED_RUN = 16
LINE = 100


def read_aliases():
    """(alias, code point) pairs, in CPython's own alias order."""
    cap = unicodedata._ucnhash_CAPI
    get_name = ctypes.pythonapi.PyCapsule_GetName
    get_name.restype = ctypes.c_char_p
    get_name.argtypes = [ctypes.py_object]
    get_ptr = ctypes.pythonapi.PyCapsule_GetPointer
    get_ptr.restype = ctypes.c_void_p
    get_ptr.argtypes = [ctypes.py_object, ctypes.c_char_p]
    table = ctypes.cast(get_ptr(cap, get_name(cap)), ctypes.POINTER(ctypes.c_void_p))
    proto = ctypes.CFUNCTYPE(
        ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int
    )
    getname = proto(table[0])
    buf = ctypes.create_string_buffer(256)
    # Sanity check that the capsule layout is what we think it is.
    assert getname(0x41, buf, 256, 0) and buf.value == b"LATIN CAPITAL LETTER A"
    aliases = []
    code = 0xF0000
    while getname(code, buf, 256, 1):
        alias = buf.value.decode("ascii")
        target = unicodedata.lookup(alias)
        if len(target) != 1:  # reached the named sequences
            break
        aliases.append((alias, ord(target)))
        code += 1
    assert len(aliases) > 400, len(aliases)
    return aliases


def ranges_of(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return [tuple(r) for r in out]


def find_derived(names):
    """Maximal runs PREFIX + counter; returns [(start, end, prefix, first, width)].

    width 0 means the code point in upper-case hex (first unused); otherwise
    the counter in decimal, zero-padded to `width` (1 = no padding)."""
    derived = []
    cps = sorted(names)
    i = 0
    while i < len(cps):
        cp = cps[i]
        m = re.fullmatch(r"(.*-)([0-9A-F]+)", names[cp])
        best = None
        if m:
            prefix, digits = m.groups()
            kinds = []
            if digits == f"{cp:X}":
                kinds.append((0, 0))
            if digits.isdigit():
                width = len(digits) if digits.startswith("0") else 1
                kinds.append((int(digits), width))
            for first, width in kinds:
                j = i
                while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
                    nxt = cps[j + 1]
                    n = nxt - cp + first
                    want = prefix + (f"{nxt:X}" if width == 0 else f"{n:0{width}d}")
                    if names[nxt] != want:
                        break
                    j += 1
                if best is None or j > best[0]:
                    best = (j, prefix, first, width)
        if best and best[0] - i + 1 >= MIN_DERIVED_RUN:
            j, prefix, first, width = best
            derived.append((cp, cps[j], prefix, first, width))
            i = j + 1
        else:
            i += 1
    return derived


def words_of(name):
    parts = re.split(r"([ -])", name)
    out = [parts[0]]
    for k in range(1, len(parts), 2):
        if parts[k] == "-":
            out.append(HYPHEN)
        out.append(parts[k + 1])
    return out


def sym(i):
    return ALPHABET[i]


def main():
    names = {}
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is not None:
            names[cp] = n
    assert all(re.fullmatch(r"[A-Z0-9 -]+", n) for n in names.values())

    hangul = [cp for cp, n in names.items() if n.startswith("HANGUL SYLLABLE ")]
    assert ranges_of(hangul) == [(0xAC00, 0xD7A3)], ranges_of(hangul)
    cjk = [cp for cp, n in names.items() if n.startswith("CJK UNIFIED IDEOGRAPH-")]
    assert all(names[cp] == f"CJK UNIFIED IDEOGRAPH-{cp:X}" for cp in cjk)
    cjk_ranges = ranges_of(cjk)
    for cp in set(hangul) | set(cjk):
        del names[cp]

    derived = find_derived(names)
    for start, end, *_ in derived:
        for cp in range(start, end + 1):
            del names[cp]

    aliases = read_aliases()

    # Front coding.
    cps = sorted(names)
    coded = []  # (shared, new words)
    prev = []
    for i, cp in enumerate(cps):
        ws = words_of(names[cp])
        k = 0
        if i % BLOCK:
            while k < len(ws) and k < len(prev) and ws[k] == prev[k]:
                k += 1
        coded.append((k, ws[k:]))
        prev = ws

    freq = collections.Counter(w for _, ws in coded for w in ws)
    lexicon = sorted(freq, key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(lexicon)}
    counts = sorted(freq.values(), reverse=True)

    # Word codes: K1 one-symbol codes, K2 lead symbols of two-symbol codes, the
    # remaining lead symbols start three-symbol codes.
    best = None
    for k1 in range(1, A):
        for k2 in range(0, A - k1):
            if k1 + k2 * A + (A - k1 - k2) * A * A < len(lexicon):
                continue
            c2 = k1 + k2 * A
            cost = sum(counts[:k1]) + 2 * sum(counts[k1:c2]) + 3 * sum(counts[c2:])
            if best is None or cost < best[0]:
                best = (cost, k1, k2)
    _, k1, k2 = best

    def word_code(i):
        if i < k1:
            return sym(i)
        i -= k1
        if i < k2 * A:
            return sym(k1 + i // A) + sym(i % A)
        i -= k2 * A
        return sym(k1 + k2 + i // (A * A)) + sym(i // A % A) + sym(i % A)

    # Name headers: the A-1 most common (shared, new) pairs get one symbol;
    # the last symbol escapes to an explicit pair.
    pair_freq = collections.Counter((k, len(ws)) for k, ws in coded)
    pairs = sorted(pair_freq, key=lambda p: (-pair_freq[p], p))[: A - 1]
    pair_index = {p: i for i, p in enumerate(pairs)}

    stream = []
    blocks = []
    pos = 0
    for i, (k, ws) in enumerate(coded):
        if i % BLOCK == 0:
            blocks.append(pos)
        p = (k, len(ws))
        assert k < A and len(ws) < A
        head = sym(pair_index[p]) if p in pair_index else sym(A - 1) + sym(k) + sym(len(ws))
        piece = head + "".join(word_code(index[w]) for w in ws)
        stream.append(piece)
        pos += len(piece)
    stream = "".join(stream)

    runs = []
    ordinal = 0
    for start, end in ranges_of(cps):
        runs.append((start, end, ordinal))
        ordinal += end - start + 1

    out = []
    emit = out.append
    emit(
        "// @generated by gen_names.py from CPython "
        + sys.version.split()[0]
        + " (Unicode "
        + unicodedata.unidata_version
        + "); do not edit."
    )
    emit("//! Character-name tables; the encoding is described in `names.rs`.")
    emit("")
    emit("/// Unicode version the names were read from.")
    emit("#[allow(dead_code)]")
    emit(f'pub const UNIDATA_VERSION: &str = "{unicodedata.unidata_version}";')
    emit("")
    emit("/// Size of the symbol alphabet of `NAMES`.")
    emit(f"pub const ALPHABET_SIZE: usize = {A};")
    emit("/// Word codes below this are one symbol long.")
    emit(f"pub const ONE_SYMBOL_WORDS: usize = {k1};")
    emit("/// Lead symbols `ONE_SYMBOL_WORDS..ONE_SYMBOL_WORDS + TWO_SYMBOL_LEADS` start two-symbol codes.")
    emit(f"pub const TWO_SYMBOL_LEADS: usize = {k2};")
    emit("/// Names per block; the first name of a block is stored in full.")
    emit(f"pub const BLOCK: usize = {BLOCK};")
    emit("/// Number of names stored in `NAMES`.")
    emit(f"pub const NAME_COUNT: usize = {len(cps)};")
    emit("")

    emit("/// Inclusive ranges named `CJK UNIFIED IDEOGRAPH-<hex>` (computed, not stored).")
    emit(f"pub static CJK_UNIFIED: [(u32, u32); {len(cjk_ranges)}] = [")
    for a, b in cjk_ranges:
        emit(f"    (0x{a:X}, 0x{b:X}),")
    emit("];")
    emit("")

    emit("/// Inclusive ranges named PREFIX + counter: `(start, end, prefix, first, width)`;")
    emit("/// width 0 is the code point in upper-case hex, otherwise `first + (cp - start)` in")
    emit("/// decimal zero-padded to `width` digits.")
    emit(f"pub static DERIVED: [(u32, u32, &str, u32, usize); {len(derived)}] = [")
    for start, end, prefix, first, width in derived:
        emit(f'    (0x{start:X}, 0x{end:X}, "{prefix}", {first}, {width}),')
    emit("];")
    emit("")

    emit("/// Runs of code points whose names are stored: `(start, end, ordinal of start)`.")
    emit(f"pub static RUNS: [(u32, u32, u32); {len(runs)}] = [")
    for start, end, first in runs:
        emit(f"    (0x{start:X}, 0x{end:X}, {first}),")
    emit("];")
    emit("")

    emit("/// Offset in `NAMES` of every `BLOCK`-th name.")
    emit(f"pub static BLOCKS: [u32; {len(blocks)}] = [")
    for i in range(0, len(blocks), 12):
        emit("    " + " ".join(f"{b}," for b in blocks[i : i + 12]))
    emit("];")
    emit("")

    emit("/// `(shared words, new words)` of header symbols `0..ALPHABET_SIZE - 1`.")
    emit(f"pub static HEADERS: [(u8, u8); {len(pairs)}] = [")
    for i in range(0, len(pairs), 12):
        emit("    " + " ".join(f"({a}, {b})," for a, b in pairs[i : i + 12]))
    emit("];")
    emit("")

    emit("/// Name aliases (what `\\N{...}` also accepts), in CPython's order.")
    emit(f"pub static ALIASES: [(&str, u32); {len(aliases)}] = [")
    for alias, cp in aliases:
        emit(f'    ("{alias}", 0x{cp:04X}),')
    emit("];")
    emit("")

    lex = " ".join(lexicon)
    emit(f"/// The {len(lexicon)} distinct words, most frequent first, separated by single spaces.")
    emit("pub static LEXICON: &str = concat!(")
    # Cut after a space so no chunk starts with whitespace (cosmetic only).
    i = 0
    while i < len(lex):
        j = min(len(lex), i + LINE)
        if j < len(lex):
            cut = lex.rfind(" ", i, j)
            j = cut + 1 if cut > i else j
        emit(f'    "{lex[i:j]}",')
        i = j
    emit(");")
    emit("")

    emit("/// Front-coded names in code point order, in the printable symbol alphabet.")
    emit("pub static NAMES: &str = concat!(")
    for i in range(0, len(stream), LINE):
        emit(f'    "{stream[i : i + LINE]}",')
    emit(");")

    with open(OUT, "w", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(
        f"{OUT}: {os.path.getsize(OUT)} bytes; {len(cps)} stored names, "
        f"{len(lexicon)} words, stream {len(stream)} symbols, "
        f"{len(derived)} derived ranges, {len(aliases)} aliases",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
