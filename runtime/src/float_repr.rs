//! `repr(float)` exactly as CPython prints it: the shortest digit string that rounds back
//! to the same double (Rust's own shortest formatting supplies the digits), laid out with
//! CPython's `format_float_short` rules — scientific notation when the decimal exponent is
//! below -4 or above 16 (`1e-05`, `1e+16`), otherwise positional with `.0` on integral
//! values; `inf`, `-inf`, `nan`.

/// The shortest round-trip digits of a finite, non-zero `x` and its decimal point
/// position: `x = 0.d1d2d3... × 10^decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs()); // e.g. "1.2345e6"
    let (mant, exp) = s.split_once('e').expect("LowerExp always has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0".to_string() } else { digits.to_string() };
    even_on_tie(x.abs(), digits, exp + 1)
}

/// When `x` lies exactly halfway between two shortest candidates (`999999999999999.25`
/// between `...999.2` and `...999.3`), Rust's formatting may take the odd one; CPython's
/// dtoa (mode 0) takes the one whose last digit is even. Detects the tie exactly, without
/// allocating, and swaps in the even candidate if it also reads back as `x`.
fn even_on_tie(x: f64, digits: String, decpt: i32) -> (String, i32) {
    let unchanged = |digits| (digits, decpt);
    // x = m * 2**e exactly; the digits, read as an integer d, approximate s = x * 10**k.
    let bits = x.to_bits();
    let (biased, frac) = (((bits >> 52) & 0x7ff) as i32, bits & ((1 << 52) - 1));
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let k = digits.len() as i32 - decpt;
    // 2s = odd * 5**k * 2**(tz + e + 1 + k) with odd = m >> tz. It is an odd integer (s is
    // a tie) only when the power of two vanishes and, for k < 0, 5**-k divides odd.
    let tz = m.trailing_zeros() as i32;
    if tz + e + 1 + k != 0 {
        return unchanged(digits);
    }
    let odd = u128::from(m >> tz);
    let twice = if k >= 0 {
        5u128.checked_pow(k as u32).and_then(|p| p.checked_mul(odd))
    } else {
        5u128.checked_pow((-k) as u32).filter(|p| odd % p == 0).map(|p| odd / p)
    };
    let (Some(twice), Ok(d)) = (twice, digits.parse::<u128>()) else {
        return unchanged(digits);
    };
    if d % 2 == 0 {
        return unchanged(digits);
    }
    // s is the midpoint of d and the other candidate.
    let Some(other) = twice.checked_sub(d).filter(|o| o.abs_diff(d) == 1 && *o != 0) else {
        return unchanged(digits);
    };
    if format!("{other}e{}", -k).parse::<f64>() != Ok(x) {
        return unchanged(digits);
    }
    let mut text = other.to_string();
    let new_decpt = text.len() as i32 - k;
    while text.ends_with('0') {
        text.pop();
    }
    (text, new_decpt)
}

/// Formats with CPython's 'r' mode; `add_dot_0` appends `.0` to integral positional
/// output (repr(float) does, the parts of repr(complex) do not).
pub fn format_r(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0{}", if add_dot_0 { ".0" } else { "" });
    }
    let (digits, decpt) = shortest_digits(x);
    let n = digits.len() as i32;
    let mut out = String::from(sign);
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt < n {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    }
    out
}

/// `repr(x)` for a float.
pub fn repr_f64(x: f64) -> String {
    format_r(x, true)
}

/// `repr(complex(real, imag))`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_r(imag, false))
    } else {
        let re = format_r(real, false);
        let im = format_r(imag, false);
        let sign = if imag.is_nan() || !im.starts_with('-') { "+" } else { "" };
        format!("({re}{sign}{im}j)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_repr() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (123456789.125, "123456789.125"),
            (-0.0, "-0.0"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (0.30000000000000004, "0.30000000000000004"),
            (2.5e16, "2.5e+16"),
            // Exact ties between two shortest candidates go to the even digit.
            (1e15 - 0.75, "999999999999999.2"),
            (-(1311477459727821.0 + 0.25), "-1311477459727821.2"),
            (2175938905555042.0 + 0.25, "2175938905555042.2"),
            (3.602879701896397e16, "3.602879701896397e+16"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_f64(x), want, "repr({x:e})");
        }
        assert_eq!(repr_complex(0.0, 1.0), "1j");
        assert_eq!(repr_complex(0.0, 2.5), "2.5j");
        assert_eq!(repr_complex(0.0, f64::INFINITY), "infj");
        assert_eq!(repr_complex(1.0, -2.0), "(1-2j)");
        assert_eq!(repr_complex(-0.0, 1.0), "(-0+1j)");
    }
}
