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
        let hint = match suggestion(exc) {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        };
        out.push_str(&format!("{name}: {msg}{hint}\n"));
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
    // A run of identical entries (recursion) prints 3 times, then one summary line, as
    // CPython's TB_RECURSIVE_CUTOFF does.
    const CUTOFF: usize = 3;
    let repeated = |out: &mut String, count: usize| {
        if count > CUTOFF {
            let more = count - CUTOFF;
            out.push_str(&format!("  [Previous line repeated {more} more time{}]\n", if more > 1 { "s" } else { "" }));
        }
    };
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for (frame, lineno) in super::traceback::entries(tb) {
        let code = super::traceback::frame_code(frame);
        let filename = code.filename_str();
        let key = (filename, lineno, code.name_str());
        if last != Some(key) {
            repeated(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > CUTOFF {
            continue;
        }
        out.push_str(&format!("  File \"{filename}\", line {lineno}, in {}\n", code.name_str()));
        if let Some(src) = source_line(filename, lineno) {
            out.push_str(&format!("    {src}\n"));
        }
    }
    repeated(out, count);
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

// ----- "Did you mean" (CPython's Python/suggestions.c) -----------------------------------

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with case changes cheaper than other edits, giving up (returning
/// more than `max_cost`) as soon as the answer must exceed it.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = (bi + 1) * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn str_keys(d: Value) -> Vec<String> {
    crate::objects::dict::keys_owned(d)
        .iter()
        .filter(|k| pystr::is_str(k.value()))
        .map(|k| pystr::as_str(k.value()).to_string())
        .collect()
}

/// The name to suggest for a NameError or AttributeError, as 3.11's traceback printing
/// computes it.
fn suggestion(exc: Value) -> Option<String> {
    let t = type_of(exc);
    let name = exceptions::attr(exc, "name").filter(|n| pystr::is_str(*n))?;
    let name_s = pystr::as_str(name).to_string();
    if t.is_subtype(exceptions::name_error()) {
        // The innermost frame of the traceback: its locals, then globals, then builtins.
        let tb = exceptions::fields(exc).traceback.get();
        let (frame, _) = *super::traceback::entries(tb).last()?;
        let code = super::traceback::frame_code(frame);
        let locals: Vec<String> = code.localsplusnames.iter().map(|&n| pystr::as_str(n).to_string()).collect();
        if let Some(s) = best_match(&locals, &name_s) {
            return Some(s);
        }
        let (globals, builtins) = super::traceback::frame_namespaces(frame);
        if let Some(s) = best_match(&str_keys(globals), &name_s) {
            return Some(s);
        }
        return best_match(&str_keys(builtins), &name_s);
    }
    if t.is_subtype(exceptions::attribute_error()) {
        let obj = exceptions::attr(exc, "obj")?;
        let dir = crate::object::protocol::lookup_special(obj, "__dir__").ok()??;
        let listed = crate::interp::call::call(dir.value(), &[], Value::NULL).ok()?;
        let mut names: Vec<String> = crate::objects::iter::collect(listed.value())
            .ok()?
            .iter()
            .filter(|k| pystr::is_str(k.value()))
            .map(|k| pystr::as_str(k.value()).to_string())
            .collect();
        names.sort();
        return best_match(&names, &name_s);
    }
    None
}
