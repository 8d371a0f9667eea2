//! Printing exceptions as CPython 3.11 does (`traceback.print_exception`): the chain of
//! causes and contexts, each with `Traceback (most recent call last):`, a
//! `  File "x.py", line N, in f` line plus the stripped source line per entry, and the
//! final `Type: message` line (module-qualified for classes outside builtins).

use crate::object::{protocol, type_of, Value};
use crate::objects::{exceptions, pytype, str as pystr, tuple};

/// Source line `lineno` of `filename` (stripped), as `linecache.getline` finds it.
fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 || filename.starts_with('<') {
        return None;
    }
    let data = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&data);
    let line = text.split_inclusive('\n').nth(lineno as usize - 1)?;
    let s = line.trim();
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// The `Type: message` line(s) of one exception (without the traceback).
pub fn exception_only(exc: Value) -> String {
    let t = type_of(exc);
    let qual = pytype::qualname(t);
    // traceback.py: the module is shown unless it is builtins or __main__.
    let name = match pytype::module_name(t) {
        Some("builtins") | Some("__main__") | None => qual.to_string(),
        Some(m) => format!("{m}.{qual}"),
    };
    let msg = match protocol::str_string(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = String::new();
    if t.is_subtype(exceptions::syntax_error()) {
        if let Some(s) = syntax_error_lines(exc) {
            out.push_str(&s);
        }
        let m = exceptions::attr(exc, "msg").filter(|m| pystr::is_str(*m)).map(|m| pystr::as_str(m).to_string()).unwrap_or(msg);
        out.push_str(&format!("{name}: {m}\n"));
    } else if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    if let Some(notes) = exceptions::notes(exc) {
        if let Ok(items) = crate::objects::iter::collect(notes) {
            for n in items {
                let s = if pystr::is_str(n.value()) { pystr::as_str(n.value()).to_string() } else { protocol::repr_string(n.value()).unwrap_or_default() };
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

/// The `File`/text/caret lines CPython prints for a SyntaxError raised at run time.
fn syntax_error_lines(exc: Value) -> Option<String> {
    let get = |n: &str| exceptions::attr(exc, n).filter(|v| *v != crate::objects::singletons::none());
    let filename = get("filename").filter(|f| pystr::is_str(*f)).map(|f| pystr::as_str(f).to_string()).unwrap_or_else(|| "<string>".into());
    let lineno = get("lineno").and_then(crate::objects::int::as_i64)?;
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(text) = get("text").filter(|t| pystr::is_str(*t)) {
        let text = pystr::as_str(text);
        let offset = get("offset").and_then(crate::objects::int::as_i64).unwrap_or(0);
        let end = get("end_offset").and_then(crate::objects::int::as_i64).unwrap_or(0);
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let cut = (text.len() - stripped.len()) as i64;
        let line = stripped.trim_end_matches('\n');
        out.push_str(&format!("    {line}\n"));
        if offset > 0 {
            let start = (offset - 1 - cut).max(0);
            let width = if end > offset { end - offset } else { 1 };
            out.push_str(&format!("    {}{}\n", " ".repeat(start as usize), "^".repeat(width as usize)));
        }
    }
    Some(out)
}

fn traceback_lines(exc: Value, out: &mut String) {
    let tb = exceptions::fields(exc).traceback.get();
    if tb.is_null() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    for (frame, lineno) in super::traceback::entries(tb) {
        let code = super::traceback::frame_code(frame);
        let filename = code.filename_str();
        out.push_str(&format!("  File \"{filename}\", line {lineno}, in {}\n", code.name_str()));
        if let Some(src) = source_line(filename, lineno) {
            out.push_str(&format!("    {src}\n"));
        }
    }
}

/// The full report for `exc`, causes and contexts first.
pub fn format_exception(exc: Value) -> String {
    let mut seen = Vec::new();
    let mut out = String::new();
    format_chain(exc, &mut seen, &mut out);
    out
}

fn format_chain(exc: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(exc);
    if !exceptions::is_exception(exc) {
        out.push_str(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", type_of(exc).name()));
        return;
    }
    let f = exceptions::fields(exc);
    let cause = f.cause.get();
    let context = f.context.get();
    if !cause.is_null() && !seen.contains(&cause) {
        format_chain(cause, seen, out);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !context.is_null() && !f.suppress_context.get() && !seen.contains(&context) {
        format_chain(context, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    traceback_lines(exc, out);
    if crate::objects::exception_group::is_group(exc) {
        format_group(exc, out);
        return;
    }
    out.push_str(&exception_only(exc));
}

/// Exception groups: the group line, then each member boxed and indented (simplified
/// from CPython's layout: no width limits).
fn format_group(exc: Value, out: &mut String) {
    let mut inner = String::new();
    inner.push_str(&exception_only(exc));
    let members = tuple::items(crate::objects::exception_group::excs(exc));
    for (i, &m) in members.iter().enumerate() {
        inner.push_str(&format!("+---------------- {} ----------------\n", i + 1));
        let mut sub = String::new();
        let mut seen = Vec::new();
        format_chain(m, &mut seen, &mut sub);
        for line in sub.lines() {
            inner.push_str(&format!("| {line}\n"));
        }
    }
    inner.push_str("+------------------------------------\n");
    for line in inner.lines() {
        out.push_str(&format!("  {line}\n"));
    }
}
