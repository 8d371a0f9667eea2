//! `repr(float)` exactly as CPython prints it: the shortest digit string that rounds back
//! to the same double, laid out with CPython's `format_float_short` rules — scientific notation when the decimal exponent is
//! below -4 or above 16 (`1e-05`, `1e+16`), otherwise positional with `.0` on integral
//! values; `inf`, `-inf`, `nan`.

/// Formats with CPython's 'r' mode; `add_dot_0` appends `.0` to integral positional
/// output (repr(float) does, the parts of repr(complex) do not). The digit generation
/// and layout live in `format.rs` (CPython's `PyOS_double_to_string`), which also
/// breaks exact ties of the shortest digits to even as CPython's dtoa does.
pub fn format_r(x: f64, add_dot_0: bool) -> String {
    let flags = if add_dot_0 { crate::format::DTSF_ADD_DOT_0 } else { 0 };
    crate::format::double_to_string(x, b'r', 0, flags)
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
            (-1735861081508451.25, "-1735861081508451.2"),
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
