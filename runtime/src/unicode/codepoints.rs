//! How `str` text is stored: UTF-8, extended so that lone surrogates (U+D800..U+DFFF)
//! are encoded on their own as 3-byte sequences. Python strings may hold surrogates
//! (`'\ud800'` is a valid literal) and Rust's `str` may not; every code point is encoded
//! independently, so a surrogate *pair* stays two code points, as `len()` demands.
//! Valid UTF-8 is a subset, so ordinary Rust strings convert for free.

/// Appends one code point (surrogates included) to `buf`.
pub fn push(buf: &mut Vec<u8>, c: u32) {
    match c {
        0..=0x7f => buf.push(c as u8),
        0x80..=0x7ff => buf.extend_from_slice(&[0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
        0x800..=0xffff => buf.extend_from_slice(&[
            0xe0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
        _ => buf.extend_from_slice(&[
            0xf0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3f) as u8,
            0x80 | ((c >> 6) & 0x3f) as u8,
            0x80 | (c & 0x3f) as u8,
        ]),
    }
}

/// Decodes the code point starting at `bytes[i]`; returns it and its encoded length.
/// `bytes` must be well-formed in this encoding (it always is for `str` payloads).
#[inline]
pub fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let b0 = bytes[i] as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xe0 {
        (((b0 & 0x1f) << 6) | (bytes[i + 1] as u32 & 0x3f), 2)
    } else if b0 < 0xf0 {
        (((b0 & 0x0f) << 12) | ((bytes[i + 1] as u32 & 0x3f) << 6) | (bytes[i + 2] as u32 & 0x3f), 3)
    } else {
        (
            ((b0 & 0x07) << 18)
                | ((bytes[i + 1] as u32 & 0x3f) << 12)
                | ((bytes[i + 2] as u32 & 0x3f) << 6)
                | (bytes[i + 3] as u32 & 0x3f),
            4,
        )
    }
}

/// Iterates the code points of a well-formed payload.
pub fn iter(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= bytes.len() {
            return None;
        }
        let (c, n) = decode_at(bytes, i);
        i += n;
        Some(c)
    })
}

/// Number of code points: every byte that is not a continuation byte starts one.
pub fn count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xc0) != 0x80).count()
}

/// True when the payload holds a surrogate, i.e. is not valid UTF-8.
pub fn has_surrogates(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_surrogates_and_astral() {
        let cps = [0x41, 0xe9, 0xd800, 0xdfff, 0x1f600, 0x10ffff];
        let mut buf = Vec::new();
        for &c in &cps {
            push(&mut buf, c);
        }
        assert_eq!(iter(&buf).collect::<Vec<_>>(), cps);
        assert_eq!(count(&buf), cps.len());
        assert!(has_surrogates(&buf));
    }
}
