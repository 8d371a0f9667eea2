//! Superinstructions: pairs of cheap instructions fused when a code object is made
//! (CPython 3.11's `_PyCode_Quicken`), so the pair costs one dispatch instead of two.
//!
//! Only the first instruction of a pair is rewritten; the second stays in place, which
//! keeps every jump target and exception-table entry valid (a jump to the second lands
//! on an ordinary instruction). The handler reads the second's argument from the next
//! code unit. `original` keeps the compiled form for `co_code` and `dis`.

use super::opcodes::Opcode;

/// The fused form of `first` followed by `second`, if there is one.
fn fuse(first: u8, second: u8) -> Option<Opcode> {
    use Opcode::*;
    let (a, b) = (first, second);
    let is = |x: u8, o: Opcode| x == o as u8;
    Some(if is(a, LoadFast) && is(b, LoadFast) {
        LoadFastLoadFast
    } else if is(a, LoadFast) && is(b, LoadConst) {
        LoadFastLoadConst
    } else if is(a, LoadConst) && is(b, LoadFast) {
        LoadConstLoadFast
    } else if is(a, StoreFast) && is(b, LoadFast) {
        StoreFastLoadFast
    } else if is(a, StoreFast) && is(b, StoreFast) {
        StoreFastStoreFast
    } else {
        return None;
    })
}

/// Rewrites fusable pairs in `code` (units as compiled: no specialized forms yet).
/// Neither half may carry an EXTENDED_ARG prefix: the handler reads one byte of argument
/// for each.
pub fn quicken(code: &mut [u16]) {
    let ext = Opcode::ExtendedArg as u8;
    let mut i = 0;
    while i + 1 < code.len() {
        let op = code[i] as u8;
        let prefixed = i > 0 && code[i - 1] as u8 == ext;
        if !prefixed {
            if let Some(f) = fuse(op, code[i + 1] as u8) {
                code[i] = (code[i] & 0xff00) | f as u16;
                // The second may not start another pair: its handler never dispatches it.
                i += 2;
                continue;
            }
        }
        i += 1 + Opcode::from_u8(op).map_or(0, |o| o.caches() as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(op: Opcode, arg: u8) -> u16 {
        op as u16 | (arg as u16) << 8
    }

    #[test]
    fn fuses_pairs_once_and_skips_extended_args() {
        use Opcode::*;
        let mut c = vec![unit(LoadFast, 1), unit(LoadFast, 2), unit(LoadFast, 3), unit(ExtendedArg, 1), unit(LoadFast, 4), unit(StoreFast, 0), unit(StoreFast, 1)];
        quicken(&mut c);
        assert_eq!(c[0], unit(LoadFastLoadFast, 1));
        assert_eq!(c[1], unit(LoadFast, 2));
        // Third LOAD_FAST is followed by EXTENDED_ARG: no pair.
        assert_eq!(c[2], unit(LoadFast, 3));
        // The prefixed LOAD_FAST starts no pair even though a STORE_FAST follows.
        assert_eq!(c[4], unit(LoadFast, 4));
        assert_eq!(c[5], unit(StoreFastStoreFast, 0));
        assert_eq!(c[6], unit(StoreFast, 1));
    }
}
