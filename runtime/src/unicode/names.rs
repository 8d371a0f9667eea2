//! Unicode character names: `unicodedata.name(ch)` and the `\N{...}` escape.
//!
//! This mirrors CPython 3.11's `unicodedata` name database (Unicode 14.0.0) exactly:
//! [`name`] answers what `unicodedata.name(chr(cp))` answers, and [`lookup`] resolves
//! what `\N{name}` in a string literal resolves (CPython's `_getcode` without named
//! sequences). The data in `names_data.rs` is generated from CPython itself by
//! `gen_names.py`.
//!
//! # Lookup rules (as in CPython)
//!
//! * Names and aliases (`\N{BYTE ORDER MARK}`, `\N{LATIN CAPITAL LETTER GHA}`, ...) match
//!   ASCII case-insensitively.
//! * `HANGUL SYLLABLE <jamo>` is computed by greedy longest-match of the leading,
//!   vowel and trailing jamo short names; the prefix and the jamo are case-sensitive.
//! * `CJK UNIFIED IDEOGRAPH-<hex>` takes four or five upper-case hex digits; the prefix
//!   is case-sensitive. Both algorithmic prefixes are final: a name that starts with
//!   one of them but does not parse is unknown.
//! * Named sequences (`unicodedata.lookup` may return several characters) are not
//!   accepted, just as `\N{...}` rejects them.
//!
//! # Encoding of `names_data.rs`
//!
//! * Hangul syllables and CJK unified ideographs are computed. Ranges whose names are
//!   a prefix plus a counter (`CJK COMPATIBILITY IDEOGRAPH-F900`, `TANGUT
//!   COMPONENT-001`, `VARIATION SELECTOR-17`, ...) are listed in `DERIVED`.
//! * Every other name is split into words at spaces and hyphens; a hyphen becomes the
//!   pseudo-word `-` standing for "the next separator is `-`, not a space". The
//!   distinct words, most frequent first, are joined by spaces into `LEXICON`.
//! * `NAMES` holds the names in code point order, front-coded: each name starts with a
//!   header giving how many leading words it shares with the previous name and how
//!   many new words follow, then the new words' lexicon indices. Every `BLOCK`-th name
//!   is stored in full and its offset is in `BLOCKS`, so one name is decoded from its
//!   block start. `RUNS` maps code points to name ordinals.
//! * All codes use a 92-symbol printable alphabet (ASCII `!`..`~` without `"` and `\`),
//!   so the data is a plain string literal. A header is one symbol indexing `HEADERS`
//!   (the most common pairs) or an escape symbol followed by the two counts. A word
//!   index takes one, two or three symbols, split by `ONE_SYMBOL_WORDS` and
//!   `TWO_SYMBOL_LEADS`.
//!
//! Name-to-code lookups use a table of 64-bit hashes of every stored name and alias,
//! built on first use and binary-searched; a hit is confirmed by decoding the name.

use std::sync::OnceLock;

// Generated; keep `cargo fmt` from reflowing it.
#[rustfmt::skip]
#[path = "names_data.rs"]
mod data;

use data::{
    ALIASES, ALPHABET_SIZE, BLOCK, BLOCKS, CJK_UNIFIED, DERIVED, HEADERS, LEXICON, NAMES,
    NAME_COUNT, ONE_SYMBOL_WORDS, RUNS, TWO_SYMBOL_LEADS,
};

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = 19 * V_COUNT * T_COUNT;

/// Jamo short names (Jamo.txt), leading consonants.
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
/// Jamo short names, vowels.
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
/// Jamo short names, trailing consonants.
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// Marks alias entries in the lookup index.
const ALIAS_FLAG: u32 = 0x8000_0000;

/// The name of `cp`, as `unicodedata.name(chr(cp))`; `None` where CPython raises
/// `ValueError` (unassigned code points, surrogates, private use, most controls, ...).
pub fn name(cp: u32) -> Option<String> {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = (s / (V_COUNT * T_COUNT)) as usize;
        let v = (s % (V_COUNT * T_COUNT) / T_COUNT) as usize;
        let t = (s % T_COUNT) as usize;
        return Some(format!(
            "{HANGUL_PREFIX}{}{}{}",
            JAMO_L[l], JAMO_V[v], JAMO_T[t]
        ));
    }
    if is_unified_ideograph(cp) {
        return Some(format!("{CJK_PREFIX}{cp:X}"));
    }
    if let Some(&(start, _, prefix, first, width)) = DERIVED
        .iter()
        .find(|&&(lo, hi, ..)| (lo..=hi).contains(&cp))
    {
        return Some(derived_name(cp, start, prefix, first, width));
    }
    let ordinal = ordinal_of(cp)?;
    let mut out = String::new();
    decode_at(ordinal, &mut out);
    Some(out)
}

/// The code point `\N{name}` denotes, as CPython resolves it: character names and name
/// aliases (ASCII case-insensitive), Hangul syllables and CJK unified ideographs. Named
/// sequences and unknown names give `None`.
pub fn lookup(name: &str) -> Option<u32> {
    if let Some(rest) = name.strip_prefix(HANGUL_PREFIX) {
        return hangul_lookup(rest);
    }
    if let Some(rest) = name.strip_prefix(CJK_PREFIX) {
        return cjk_lookup(rest);
    }
    if name.is_empty() || !name.is_ascii() {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if let Some(cp) = derived_lookup(&upper) {
        return Some(cp);
    }
    let index = lookup_index();
    let h = fnv1a(upper.as_bytes());
    let first = index.partition_point(|&(k, _)| k < h);
    let mut buf = String::new();
    for &(k, v) in &index[first..] {
        if k != h {
            break;
        }
        if v & ALIAS_FLAG != 0 {
            let (alias, cp) = ALIASES[(v & !ALIAS_FLAG) as usize];
            if alias == upper {
                return Some(cp);
            }
        } else {
            buf.clear();
            decode_at(ordinal_of(v)?, &mut buf);
            if buf == upper {
                return Some(v);
            }
        }
    }
    None
}

/// CPython's `is_unified_ideograph`.
fn is_unified_ideograph(cp: u32) -> bool {
    CJK_UNIFIED.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp))
}

fn derived_name(cp: u32, start: u32, prefix: &str, first: u32, width: usize) -> String {
    if width == 0 {
        format!("{prefix}{cp:X}")
    } else {
        format!("{prefix}{:0width$}", first + (cp - start))
    }
}

/// Names of `DERIVED` ranges; `upper` is already upper-case.
fn derived_lookup(upper: &str) -> Option<u32> {
    for &(start, end, prefix, first, width) in DERIVED.iter() {
        let Some(digits) = upper.strip_prefix(prefix) else {
            continue;
        };
        if digits.is_empty() || digits.len() > 8 {
            continue;
        }
        let cp = if width == 0 {
            if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                continue;
            }
            u32::from_str_radix(digits, 16).ok()?
        } else {
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let n: u32 = digits.parse().ok()?;
            if n < first {
                continue;
            }
            start + (n - first)
        };
        if (start..=end).contains(&cp) && derived_name(cp, start, prefix, first, width) == upper {
            return Some(cp);
        }
    }
    None
}

/// CPython's `find_syllable`: the longest entry of `table` that `s` starts with (the
/// first such entry on ties), as `(length, index)`; `(0, None)` if none matches.
fn find_syllable(s: &str, table: &[&str]) -> (usize, Option<usize>) {
    let mut best: Option<(usize, usize)> = None;
    for (i, jamo) in table.iter().enumerate() {
        if best.is_some_and(|(len, _)| jamo.len() <= len) {
            continue;
        }
        if s.starts_with(jamo) {
            best = Some((jamo.len(), i));
        }
    }
    match best {
        Some((len, i)) => (len, Some(i)),
        None => (0, None),
    }
}

fn hangul_lookup(rest: &str) -> Option<u32> {
    let (len_l, l) = find_syllable(rest, &JAMO_L);
    let rest = &rest[len_l..];
    let (len_v, v) = find_syllable(rest, &JAMO_V);
    let rest = &rest[len_v..];
    let (len_t, t) = find_syllable(rest, &JAMO_T);
    if len_t != rest.len() {
        return None;
    }
    let (l, v, t) = (l? as u32, v? as u32, t? as u32);
    Some(S_BASE + (l * V_COUNT + v) * T_COUNT + t)
}

fn cjk_lookup(hex: &str) -> Option<u32> {
    if hex.len() != 4 && hex.len() != 5 {
        return None;
    }
    let mut v = 0u32;
    for b in hex.bytes() {
        v = v * 16
            + match b {
                b'0'..=b'9' => u32::from(b - b'0'),
                b'A'..=b'F' => u32::from(b - b'A') + 10,
                _ => return None,
            };
    }
    is_unified_ideograph(v).then_some(v)
}

/// Ordinal in `NAMES` of the stored name of `cp`.
fn ordinal_of(cp: u32) -> Option<usize> {
    let i = RUNS.partition_point(|&(_, end, _)| end < cp);
    let &(start, _, first) = RUNS.get(i)?;
    (cp >= start).then(|| (first + (cp - start)) as usize)
}

/// The code point whose stored name has ordinal `ordinal`.
fn code_of(ordinal: usize) -> u32 {
    let ordinal = ordinal as u32;
    let i = RUNS.partition_point(|&(_, _, first)| first <= ordinal) - 1;
    let (start, _, first) = RUNS[i];
    start + (ordinal - first)
}

/// Start offsets of the words of `LEXICON`, plus one past the end.
fn word_starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = vec![0u32];
        for (i, b) in LEXICON.bytes().enumerate() {
            if b == b' ' {
                starts.push(i as u32 + 1);
            }
        }
        starts.push(LEXICON.len() as u32 + 1);
        starts
    })
}

fn word(index: u32) -> &'static str {
    let starts = word_starts();
    let i = index as usize;
    &LEXICON[starts[i] as usize..starts[i + 1] as usize - 1]
}

/// Sequential reader of the front-coded `NAMES` stream.
struct Decoder {
    pos: usize,
    words: Vec<u32>,
}

impl Decoder {
    /// A decoder positioned at the start of the block holding `ordinal`.
    fn at_block_of(ordinal: usize) -> Decoder {
        Decoder {
            pos: BLOCKS[ordinal / BLOCK] as usize,
            words: Vec::new(),
        }
    }

    fn symbol(&mut self) -> usize {
        let b = NAMES.as_bytes()[self.pos];
        self.pos += 1;
        let mut s = (b - 0x21) as usize;
        if b > b'"' {
            s -= 1;
        }
        if b > b'\\' {
            s -= 1;
        }
        s
    }

    /// Advance over one name, leaving its word indices in `self.words`.
    fn next_name(&mut self) {
        let h = self.symbol();
        let (shared, new) = if h < HEADERS.len() {
            let (s, n) = HEADERS[h];
            (s as usize, n as usize)
        } else {
            (self.symbol(), self.symbol())
        };
        self.words.truncate(shared);
        for _ in 0..new {
            let c0 = self.symbol();
            let index = if c0 < ONE_SYMBOL_WORDS {
                c0
            } else if c0 < ONE_SYMBOL_WORDS + TWO_SYMBOL_LEADS {
                ONE_SYMBOL_WORDS + (c0 - ONE_SYMBOL_WORDS) * ALPHABET_SIZE + self.symbol()
            } else {
                let hi = c0 - ONE_SYMBOL_WORDS - TWO_SYMBOL_LEADS;
                let mid = self.symbol();
                let lo = self.symbol();
                ONE_SYMBOL_WORDS
                    + TWO_SYMBOL_LEADS * ALPHABET_SIZE
                    + (hi * ALPHABET_SIZE + mid) * ALPHABET_SIZE
                    + lo
            };
            self.words.push(index as u32);
        }
    }

    /// Append the current name to `out`.
    fn render(&self, out: &mut String) {
        let mut sep = None;
        for &w in &self.words {
            let w = word(w);
            if w == "-" {
                sep = Some('-');
                continue;
            }
            if let Some(c) = sep {
                out.push(c);
            }
            out.push_str(w);
            sep = Some(' ');
        }
    }
}

/// Append the stored name with ordinal `ordinal` to `out`.
fn decode_at(ordinal: usize, out: &mut String) {
    let mut d = Decoder::at_block_of(ordinal);
    for _ in ordinal / BLOCK * BLOCK..=ordinal {
        d.next_name();
    }
    d.render(out);
}

/// FNV-1a, 64-bit.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// `(hash of name, code point)` for every stored name and `(hash, ALIAS_FLAG | index)`
/// for every alias, sorted.
fn lookup_index() -> &'static [(u64, u32)] {
    static INDEX: OnceLock<Vec<(u64, u32)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Vec::with_capacity(NAME_COUNT + ALIASES.len());
        let mut d = Decoder {
            pos: 0,
            words: Vec::new(),
        };
        let mut buf = String::new();
        for ordinal in 0..NAME_COUNT {
            d.next_name();
            buf.clear();
            d.render(&mut buf);
            index.push((fnv1a(buf.as_bytes()), code_of(ordinal)));
        }
        debug_assert_eq!(d.pos, NAMES.len());
        for (i, &(alias, _)) in ALIASES.iter().enumerate() {
            index.push((fnv1a(alias.as_bytes()), ALIAS_FLAG | i as u32));
        }
        index.sort_unstable();
        index
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_version_matches_tables() {
        assert_eq!(data::UNIDATA_VERSION, crate::unicode::UNIDATA_VERSION);
    }

    #[test]
    fn known_names() {
        assert_eq!(name(0x41).as_deref(), Some("LATIN CAPITAL LETTER A"));
        assert_eq!(name(0x20).as_deref(), Some("SPACE"));
        assert_eq!(name(0xFEFF).as_deref(), Some("ZERO WIDTH NO-BREAK SPACE"));
        assert_eq!(name(0x1F600).as_deref(), Some("GRINNING FACE"));
        assert_eq!(name(0x0F60).as_deref(), Some("TIBETAN LETTER -A"));
        assert_eq!(
            name(0x0F0B).as_deref(),
            Some("TIBETAN MARK INTERSYLLABIC TSHEG")
        );
        assert_eq!(
            name(0xF900).as_deref(),
            Some("CJK COMPATIBILITY IDEOGRAPH-F900")
        );
        assert_eq!(name(0x18800).as_deref(), Some("TANGUT COMPONENT-001"));
        assert_eq!(name(0xE0100).as_deref(), Some("VARIATION SELECTOR-17"));
        assert_eq!(name(0x1B170).as_deref(), Some("NUSHU CHARACTER-1B170"));
        assert_eq!(
            name(0x18B00).as_deref(),
            Some("KHITAN SMALL SCRIPT CHARACTER-18B00")
        );
        for cp in [
            0x0, 0x1F, 0x7F, 0x9F, 0xD800, 0xE000, 0xF0000, 0x17000, 0x10FFFF, 0x110000,
        ] {
            assert_eq!(name(cp), None, "{cp:#X}");
        }
    }

    #[test]
    fn sampled_round_trip() {
        let mut named = 0;
        for cp in 0..0x11_0000u32 {
            let Some(n) = name(cp) else { continue };
            if named % 97 == 0 {
                assert_eq!(lookup(&n), Some(cp), "{n}");
                // Only the two algorithmic prefixes are case-sensitive.
                let algorithmic = n.starts_with(HANGUL_PREFIX) || n.starts_with(CJK_PREFIX);
                let lower = n.to_ascii_lowercase();
                assert_eq!(
                    lookup(&lower),
                    if algorithmic { None } else { Some(cp) },
                    "{n}"
                );
            }
            named += 1;
        }
        // len([c for c in range(0x110000) if unicodedata.name(chr(c), None)])
        assert_eq!(named, 138_552);
    }

    #[test]
    fn aliases() {
        assert_eq!(lookup("LATIN CAPITAL LETTER GHA"), Some(0x1A2));
        assert_eq!(lookup("BYTE ORDER MARK"), Some(0xFEFF));
        assert_eq!(lookup("byte order mark"), Some(0xFEFF));
        assert_eq!(lookup("NUL"), Some(0));
        assert_eq!(lookup("NULL"), Some(0));
        assert_eq!(lookup("LINE FEED"), Some(0xA));
        assert_eq!(lookup("lf"), Some(0xA));
        assert_eq!(lookup("ZWNBSP"), Some(0xFEFF));
        assert_eq!(lookup("VS256"), Some(0xE01EF));
        assert_eq!(ALIASES.len(), 470);
        for &(alias, cp) in ALIASES.iter() {
            assert_eq!(lookup(alias), Some(cp), "{alias}");
        }
        // An alias is never what `name` reports.
        assert_eq!(name(0x1A2).as_deref(), Some("LATIN CAPITAL LETTER OI"));
    }

    #[test]
    fn hangul() {
        assert_eq!(name(0xAC00).as_deref(), Some("HANGUL SYLLABLE GA"));
        assert_eq!(name(0xAC01).as_deref(), Some("HANGUL SYLLABLE GAG"));
        assert_eq!(name(0xC544).as_deref(), Some("HANGUL SYLLABLE A"));
        assert_eq!(name(0xD7A3).as_deref(), Some("HANGUL SYLLABLE HIH"));
        assert_eq!(name(0xD7A4), None);
        assert_eq!(lookup("HANGUL SYLLABLE GA"), Some(0xAC00));
        assert_eq!(lookup("HANGUL SYLLABLE GAGG"), Some(0xAC02));
        assert_eq!(lookup("HANGUL SYLLABLE A"), Some(0xC544));
        assert_eq!(lookup("HANGUL SYLLABLE HIH"), Some(0xD7A3));
        for bad in [
            "HANGUL SYLLABLE ",
            "HANGUL SYLLABLE",
            "HANGUL SYLLABLE G",
            "HANGUL SYLLABLE GAX",
            "hangul syllable ga",
            "HANGUL SYLLABLE ga",
            "hangul syllable GA",
        ] {
            assert_eq!(lookup(bad), None, "{bad}");
        }
        for cp in S_BASE..S_BASE + S_COUNT {
            assert_eq!(lookup(&name(cp).unwrap()), Some(cp));
        }
    }

    #[test]
    fn cjk() {
        assert_eq!(name(0x4E00).as_deref(), Some("CJK UNIFIED IDEOGRAPH-4E00"));
        assert_eq!(
            name(0x2A6DF).as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-2A6DF")
        );
        assert_eq!(
            name(0x3134A).as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-3134A")
        );
        assert_eq!(name(0x2A6E0), None);
        assert_eq!(name(0x3134B), None);
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E00"), Some(0x4E00));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-04E00"), Some(0x4E00));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-2EBE0"), Some(0x2EBE0));
        for bad in [
            "CJK UNIFIED IDEOGRAPH-4e00",
            "cjk unified ideograph-4E00",
            "CJK UNIFIED IDEOGRAPH-2A6E0",
            "CJK UNIFIED IDEOGRAPH-4E0",
            "CJK UNIFIED IDEOGRAPH-004E00",
            "CJK UNIFIED IDEOGRAPH-",
        ] {
            assert_eq!(lookup(bad), None, "{bad}");
        }
        assert_eq!(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), Some(0xF900));
        assert_eq!(lookup("Cjk Compatibility Ideograph-f900"), Some(0xF900));
        assert_eq!(lookup("CJK COMPATIBILITY IDEOGRAPH-FA6E"), None);
        assert_eq!(lookup("CJK COMPATIBILITY IDEOGRAPH-0F900"), None);
        assert_eq!(lookup("TANGUT IDEOGRAPH-17000"), None);
    }

    #[test]
    fn derived_ranges() {
        assert_eq!(lookup("nushu character-1b170"), Some(0x1B170));
        assert_eq!(lookup("TANGUT COMPONENT-768"), Some(0x18AFF));
        assert_eq!(lookup("TANGUT COMPONENT-769"), None);
        assert_eq!(lookup("TANGUT COMPONENT-1"), None);
        assert_eq!(lookup("VARIATION SELECTOR-1"), Some(0xFE00));
        assert_eq!(lookup("VARIATION SELECTOR-16"), Some(0xFE0F));
        assert_eq!(lookup("VARIATION SELECTOR-17"), Some(0xE0100));
        assert_eq!(lookup("VARIATION SELECTOR-01"), None);
        assert_eq!(lookup("VARIATION SELECTOR-0"), None);
        assert_eq!(lookup("VARIATION SELECTOR-257"), None);
    }

    #[test]
    fn case_insensitive_and_unknown() {
        assert_eq!(lookup("latin small letter a"), Some(0x61));
        assert_eq!(lookup("Latin Small Letter A"), Some(0x61));
        assert_eq!(lookup("EM DASH"), Some(0x2014));
        assert_eq!(lookup("tibetan letter -a"), Some(0xF60));
        assert_eq!(lookup("HYPHEN-MINUS"), Some(0x2D));
        for bad in [
            "",
            " ",
            "-",
            "LATIN SMALL LETTER",
            "LATIN SMALL LETTER A ",
            " LATIN SMALL LETTER A",
            "LATIN  SMALL LETTER A",
            "LATIN SMALL LETTER Á",
            "NO SUCH CHARACTER",
            // A named sequence: unicodedata.lookup accepts it, \N{...} does not.
            "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
        ] {
            assert_eq!(lookup(bad), None, "{bad:?}");
        }
    }
}
