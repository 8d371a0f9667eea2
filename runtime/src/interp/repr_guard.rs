//! Recursion guard for `repr` of containers that contain themselves (CPython's
//! `Py_ReprEnter`): `l = [1]; l.append(l)` prints `[1, [...]]`.

use crate::object::{GilCell, Value};

static ACTIVE: GilCell<Vec<Value>> = GilCell::new(Vec::new());

/// Marks `v` as being printed; `None` if it already is (print the `...` form).
pub fn enter(v: Value) -> Option<ReprGuard> {
    // SAFETY: under the GIL; short borrow.
    let a = unsafe { ACTIVE.get_mut() };
    if a.contains(&v) {
        return None;
    }
    a.push(v);
    Some(ReprGuard(v))
}

/// Unmarks on drop.
pub struct ReprGuard(Value);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        // SAFETY: under the GIL; short borrow.
        let a = unsafe { ACTIVE.get_mut() };
        if let Some(i) = a.iter().rposition(|&x| x == self.0) {
            a.remove(i);
        }
    }
}
