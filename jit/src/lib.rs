//! taipan-jit: the Cranelift tier. Hot code objects are translated from bytecode to
//! native functions that run on the interpreter's own frames (DESIGN.md, "The JIT
//! tier"): `analysis` decodes and checks the code, `translate` emits Cranelift IR,
//! `helpers` are the runtime functions compiled code calls, `native` owns the
//! Cranelift module. [`install`] plugs the tier into the runtime.
#![deny(missing_docs)]

pub mod analysis;
pub mod helpers;
pub mod native;
pub mod translate;

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::InstBuilder;
use cranelift_module::FuncId;
use native::NativeModule;
use std::collections::HashMap;
use std::sync::Mutex;
use taipan_runtime::objects::{dict, function};
use translate::frameless;
use std::time::{Duration, Instant};
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::object::Value;

/// Name of the tier as shown by `--jit-stats`.
pub const TIER_NAME: &str = "cranelift";

/// Code objects larger than this stay interpreted (compile time grows with size, and
/// such code — generated tables, huge module bodies — runs once).
const MAX_UNITS: usize = 40_000;

/// One compiled code object, for `--jit-stats`.
struct Record {
    qualname: String,
    location: String,
    bytecode_units: usize,
    native_bytes: usize,
    time: Duration,
    interpreted: usize,
    /// Compiled again without type speculation (after too many deoptimizations).
    generic: bool,
}

struct Inner {
    module: NativeModule,
    helper_ids: Vec<FuncId>,
    compiled: Vec<Record>,
    /// `(qualname, location, reason)` of code the tier declined.
    declined: Vec<(String, String, String)>,
    serial: u64,
    /// Frameless functions compiled so far, by (function, code) bits: the native
    /// function, the guards of its group and its failure count (None: not frameless).
    frameless: HashMap<(u64, u64), Option<Frameless>>,
}

/// A compiled frameless function (`translate::frameless`).
#[derive(Clone)]
struct Frameless {
    id: FuncId,
    guards: *mut [frameless::Guard],
    fails: *mut u32,
}

/// The Cranelift backend.
pub struct Backend {
    inner: Mutex<Inner>,
}

// SAFETY: the backend is only used under the GIL (compilation happens on the thread that
// holds it), so the Cranelift module's raw pointers are never touched concurrently.
unsafe impl Send for Backend {}
// SAFETY: as above; the mutex serializes access in any case.
unsafe impl Sync for Backend {}

impl Backend {
    /// A backend with its Cranelift module and helper table.
    pub fn new() -> Result<Backend, String> {
        let table = helpers::helpers();
        let symbols: Vec<(&str, *const u8)> = table.iter().map(|&(n, a, _)| (n, a)).collect();
        let mut module = NativeModule::new(&symbols)?;
        let mut helper_ids = Vec::new();
        for &(name, _, n) in &table {
            let sig = module.signature(&vec![I64; n], &[I64]);
            helper_ids.push(module.import(name, &sig)?);
        }
        Ok(Backend { inner: Mutex::new(Inner { module, helper_ids, compiled: Vec::new(), declined: Vec::new(), serial: 0, frameless: HashMap::new() }) })
    }
}

/// The frameless functions `code`'s plain calls of globals can enter (compiled now if
/// need be): the function, its code and how to call it.
fn frameless_callees(inner: &mut Inner, code: &CodeObject, an: &analysis::Analysis, globals: Value) -> Vec<(Value, &'static CodeObject, Frameless)> {
    use taipan_runtime::bytecode::opcodes::Opcode;
    let mut out: Vec<(Value, &'static CodeObject, Frameless)> = Vec::new();
    if globals.is_null() || !dict::is_exact_dict(globals) {
        return out;
    }
    for x in &an.ins {
        if x.op != Opcode::LoadGlobal || x.arg & 1 == 0 {
            continue;
        }
        let Some(f) = dict::peek_str(globals, code.names[(x.arg >> 1) as usize]) else { continue };
        if !function::is_function(f) || out.iter().any(|o| o.0 == f) {
            continue;
        }
        let c = function::code(f);
        if let Some(fl) = frameless_function(inner, f, c) {
            out.push((f, c, fl));
        }
    }
    out
}

/// Function `f` (with code `c`) as a frameless function, compiling its group the first
/// time it is asked for.
fn frameless_function(inner: &mut Inner, f: Value, c: &'static CodeObject) -> Option<Frameless> {
    let key = (f.bits(), c as *const CodeObject as u64);
    if let Some(known) = inner.frameless.get(&key) {
        return known.clone();
    }
    inner.frameless.insert(key, None);
    let group = frameless::group(f)?;
    let start = Instant::now();
    let ptr = inner.module.pointer_type();
    let mut ids = Vec::new();
    for m in &group.members {
        inner.serial += 1;
        let params = vec![ptr; 1 + m.code.argcount as usize];
        let sig = inner.module.signature(&params, &[I64]);
        let name = format!("py{}_frameless", inner.serial);
        ids.push((inner.module.declare(&name, &sig).ok()?, name, sig));
    }
    let mut imports = inner.helper_ids.clone();
    let nhelpers = imports.len();
    imports.extend(ids.iter().map(|i| i.0));
    let mut sizes = Vec::new();
    let mut complete = true;
    for (i, (id, name, sig)) in ids.iter().enumerate() {
        let r = inner.module.define_declared(*id, name, sig.clone(), &imports, |b, refs| {
            frameless::translate(b, &refs[..nhelpers], &group.members, i, &refs[nhelpers..]);
        });
        match r {
            Ok(size) => sizes.push(size),
            Err(_) => {
                // Members already defined may call this one: it becomes a function that
                // always declines (0), and the group is not used.
                complete = false;
                let stub = inner.module.define_declared(*id, name, sig.clone(), &[], |b, _| {
                    let blk = b.create_block();
                    b.append_block_params_for_function_params(blk);
                    b.switch_to_block(blk);
                    let z = b.ins().iconst(I64, 0);
                    b.ins().return_(&[z]);
                });
                stub.ok()?;
            }
        }
    }
    inner.module.finalize().ok()?;
    if !complete {
        return None;
    }
    let time = start.elapsed() / group.members.len() as u32;
    // One failure count for the group: members fail for the same reasons.
    let fails: &'static mut u32 = Box::leak(Box::new(0));
    let fails = fails as *mut u32;
    for (m, ((id, name, _), size)) in group.members.iter().zip(ids.iter().zip(sizes)) {
        inner.module.compiled(*id, name, size);
        inner.compiled.push(Record {
            qualname: format!("{} (frameless)", m.code.qualname_str()),
            location: location(m.code),
            bytecode_units: m.code.original.len(),
            native_bytes: size,
            time,
            interpreted: 0,
            generic: false,
        });
        let k = (m.func.bits(), m.code as *const CodeObject as u64);
        let fl = Frameless { id: *id, guards: &mut *group.guards as *mut [frameless::Guard], fails };
        inner.frameless.insert(k, Some(fl));
    }
    inner.frameless.get(&key).cloned().flatten()
}

fn location(code: &CodeObject) -> String {
    format!("{}:{}", code.filename_str(), code.firstlineno)
}

impl taipan_runtime::jit_hook::JitBackend for Backend {
    fn compile(&self, code: &CodeObject, globals: Value, locals: &[Value]) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let start = Instant::now();
        let decline = |inner: &mut Inner, why: String| {
            code.jit_failed.set(true);
            inner.declined.push((code.qualname_str().to_string(), location(code), why));
        };
        if let Some(why) = analysis::unsupported(code) {
            return decline(&mut inner, why.to_string());
        }
        if code.original.len() > MAX_UNITS {
            return decline(&mut inner, format!("too large ({} code units)", code.original.len()));
        }
        let an = match analysis::analyse(code) {
            Ok(a) => a,
            Err(e) => return decline(&mut inner, e),
        };
        inner.serial += 1;
        let name = format!("py{}", inner.serial);
        let ptr = inner.module.pointer_type();
        let sig = inner.module.signature(&[ptr, ptr], &[I64]);
        let mut ids = inner.helper_ids.clone();
        let nhelpers = ids.len();
        let callees = frameless_callees(&mut inner, code, &an, globals);
        ids.extend(callees.iter().map(|(_, _, f)| f.id));
        let mut summary = translate::Summary::default();
        let result = inner.module.define(&name, sig, &ids, |b, refs| {
            let calls = callees
                .into_iter()
                .enumerate()
                .map(|(i, (func, code, f))| (func.bits(), frameless::FramelessCall { fref: refs[nhelpers + i], code, guards: f.guards, fails: f.fails }))
                .collect();
            summary = translate::translate(b, &refs[..nhelpers], code, &an, globals, locals, calls);
        });
        match result {
            Ok(c) => {
                code.jit_entry.set(c.entry as usize);
                inner.compiled.push(Record {
                    qualname: code.qualname_str().to_string(),
                    location: location(code),
                    bytecode_units: code.original.len(),
                    native_bytes: c.size,
                    time: start.elapsed(),
                    interpreted: summary.interpreted,
                    generic: code.jit_generic.get(),
                });
            }
            Err(e) => decline(&mut inner, format!("Cranelift: {e}")),
        }
    }

    fn stats(&self) -> String {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::new();
        out.push_str(&format!("JIT ({TIER_NAME}) — compiled functions:\n"));
        out.push_str(&format!("  {:<32} {:<28} {:>8} {:>9} {:>10} {:>7}\n", "function", "file:line", "bytecode", "native", "compile", "interp"));
        let mut total = Duration::ZERO;
        for r in &inner.compiled {
            total += r.time;
            let file = r.location.rsplit('/').next().unwrap_or(&r.location);
            out.push_str(&format!(
                "  {:<32} {:<28} {:>6} B {:>7} B {:>7.3} ms {:>7}\n",
                if r.generic { format!("{} (generic)", r.qualname) } else { r.qualname.clone() },
                file,
                r.bytecode_units * 2,
                r.native_bytes,
                r.time.as_secs_f64() * 1e3,
                r.interpreted
            ));
        }
        for (q, loc, why) in &inner.declined {
            let file = loc.rsplit('/').next().unwrap_or(loc);
            out.push_str(&format!("  not compiled: {q} ({file}): {why}\n"));
        }
        // SAFETY: read under the GIL, like every write.
        let (fallbacks, deopts) = unsafe { (translate::FALLBACKS_TAKEN, helpers::DEOPTS_TAKEN) };
        out.push_str(&format!(
            "  total: {} functions compiled in {:.3} ms, {} not compiled, {} fallbacks to the interpreter taken, {} deoptimizations\n",
            inner.compiled.len(),
            total.as_secs_f64() * 1e3,
            inner.declined.len(),
            fallbacks,
            deopts
        ));
        out
    }
}

/// Installs the tier: code objects are compiled after `threshold` calls plus loop
/// iterations.
pub fn install(threshold: u32) -> Result<(), String> {
    let b = Backend::new()?;
    taipan_runtime::jit_hook::install(Box::new(b), threshold);
    Ok(())
}
