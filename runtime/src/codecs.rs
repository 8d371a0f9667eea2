//! Text codecs: the encodings source files may declare (PEP 263) and `bytes.decode` /
//! `str.encode` use. UTF-8 and Latin-1 are built in; a handful of single-byte codecs are
//! tables read off CPython (`codecs_gen.py`). Names are looked up as CPython's
//! `codecs.lookup` does: case-insensitive, `-` and ` ` equal to `_`, common aliases.

#[allow(missing_docs)]
mod tables {
    include!("codecs_tables.rs");
}

use crate::unicode::codepoints;

/// A codec taipan can decode and encode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8 (strict).
    Utf8,
    /// ASCII (strict).
    Ascii,
    /// ISO-8859-1: byte value = code point.
    Latin1,
    /// A single-byte codec given by the upper half of its table.
    Table(&'static str, &'static [u16; 128]),
}

/// Why decoding failed, with CPython's wording (`'utf-8' codec can't decode byte 0xf6 in
/// position 1: invalid start byte`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The codec's canonical name.
    pub encoding: &'static str,
    /// Offset of the first offending byte.
    pub start: usize,
    /// One past the offending bytes.
    pub end: usize,
    /// CPython's reason text.
    pub reason: &'static str,
    /// The offending byte.
    pub byte: u8,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.end - self.start <= 1 {
            write!(
                f,
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.encoding, self.byte, self.start, self.reason
            )
        } else {
            write!(
                f,
                "'{}' codec can't decode bytes in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end - 1,
                self.reason
            )
        }
    }
}

/// Normalizes an encoding name the way `encodings.normalize_encoding` + lookup do.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        if c == '-' || c == ' ' {
            out.push('_');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Finds a codec by any of its names; `None` means CPython's "unknown encoding".
pub fn lookup(name: &str) -> Option<Codec> {
    let n = normalize(name);
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "iso646_us" | "ansi_x3.4_1968" | "cp367" | "csascii"
        | "ibm367" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1:1987" => Codec::Latin1,
        "cp1252" | "windows_1252" => Codec::Table("cp1252", &tables::CP1252),
        "koi8_r" | "cskoi8r" => Codec::Table("koi8-r", &tables::KOI8_R),
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" | "latin_9" => {
            Codec::Table("iso8859-15", &tables::ISO8859_15)
        }
        "cp437" | "437" | "ibm437" => Codec::Table("cp437", &tables::CP437),
        "iso8859_2" | "iso_8859_2" | "latin2" | "l2" => Codec::Table("iso8859-2", &tables::ISO8859_2),
        "iso8859_5" | "iso_8859_5" | "cyrillic" => Codec::Table("iso8859-5", &tables::ISO8859_5),
        "cp1251" | "windows_1251" => Codec::Table("cp1251", &tables::CP1251),
        "mac_roman" | "macroman" | "macintosh" => Codec::Table("mac-roman", &tables::MAC_ROMAN),
        _ => return None,
    })
}

impl Codec {
    /// The canonical name (`codecs.lookup(x).name`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Table(name, _) => name,
        }
    }

    /// Strictly decodes `data` to `str` text (UTF-8, surrogates impossible here).
    pub fn decode(self, data: &[u8]) -> Result<String, DecodeError> {
        match self {
            Codec::Utf8 => decode_utf8(data),
            Codec::Ascii => match data.iter().position(|&b| b >= 0x80) {
                Some(i) => Err(DecodeError {
                    encoding: "ascii",
                    start: i,
                    end: i + 1,
                    reason: "ordinal not in range(128)",
                    byte: data[i],
                }),
                None => Ok(String::from_utf8(data.to_vec()).expect("ASCII is UTF-8")),
            },
            Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
            Codec::Table(name, table) => {
                let mut out = String::with_capacity(data.len());
                for (i, &b) in data.iter().enumerate() {
                    if b < 0x80 {
                        out.push(b as char);
                        continue;
                    }
                    let c = table[(b - 0x80) as usize];
                    match char::from_u32(c as u32) {
                        Some(ch) if c != 0xFFFF => out.push(ch),
                        _ => {
                            return Err(DecodeError {
                                encoding: name,
                                start: i,
                                end: i + 1,
                                reason: "character maps to <undefined>",
                                byte: b,
                            })
                        }
                    }
                }
                Ok(out)
            }
        }
    }
}

/// Strict UTF-8 decoding with CPython's error reasons.
pub fn decode_utf8(data: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(data) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let start = e.valid_up_to();
            let byte = data[start];
            let (end, reason) = match e.error_len() {
                None => (data.len(), "unexpected end of data"),
                Some(n) => {
                    let reason = if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    };
                    (start + n, reason)
                }
            };
            Err(DecodeError { encoding: "utf-8", start, end, reason, byte })
        }
    }
}

/// Appends the code points of `text` (str payload bytes) to `out` as Latin-1 when all fit.
pub fn encode_latin1(text: &[u8]) -> Option<Vec<u8>> {
    codepoints::iter(text).map(|c| u8::try_from(c).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_follows_cpython_aliases() {
        assert_eq!(lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(lookup("ISO_8859-1"), Some(Codec::Latin1));
        assert_eq!(lookup("utf8").map(Codec::name), Some("utf-8"));
        assert_eq!(lookup("uft-8"), None);
        assert_eq!(lookup("windows-1252").map(Codec::name), Some("cp1252"));
    }

    #[test]
    fn decode_errors_match_cpython_wording() {
        let e = decode_utf8(b"b\xf6se").unwrap_err();
        assert_eq!(e.to_string(), "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
        assert_eq!(lookup("cp1252").unwrap().decode(b"\x80").unwrap(), "\u{20ac}");
        assert!(lookup("cp1252").unwrap().decode(b"\x81").is_err());
    }
}
