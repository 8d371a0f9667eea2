//! The native-code module: one long-lived Cranelift `JITModule` that compiled functions
//! are defined into, and a helper to build a function with a `FunctionBuilder`.
//!
//! This is the JIT tier's foundation; the translation of bytecode into these functions
//! (DESIGN.md, "The JIT tier") builds on it.

use cranelift_codegen::ir::{types, AbiParam, FuncRef, Signature};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};

/// Where native functions live. Code memory is never freed: compiled functions stay
/// valid for the life of the process, as code objects may be referenced forever.
pub struct NativeModule {
    module: JITModule,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
}

/// A compiled function: its entry address and machine-code size.
#[derive(Clone, Copy, Debug)]
pub struct Compiled {
    /// Entry point.
    pub entry: *const u8,
    /// Bytes of machine code.
    pub size: usize,
}

impl NativeModule {
    /// A module for the host machine, with `(name, address)` runtime helpers callable
    /// from compiled code by name.
    pub fn new(helpers: &[(&str, *const u8)]) -> Result<NativeModule, String> {
        let mut flags = settings::builder();
        // Position-independent code is not needed in one process; speed over size.
        flags.set("use_colocated_libcalls", "false").map_err(|e| e.to_string())?;
        flags.set("is_pic", "false").map_err(|e| e.to_string())?;
        flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
        for (name, addr) in helpers {
            builder.symbol(*name, *addr);
        }
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(NativeModule { module, ctx, fctx: FunctionBuilderContext::new() })
    }

    /// The pointer-sized integer type.
    pub fn pointer_type(&self) -> types::Type {
        self.module.target_config().pointer_type()
    }

    /// A signature with the host calling convention.
    pub fn signature(&self, params: &[types::Type], returns: &[types::Type]) -> Signature {
        let mut sig = self.module.make_signature();
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(returns.iter().map(|&t| AbiParam::new(t)));
        sig
    }

    /// Declares a runtime helper (registered in [`NativeModule::new`]) for calls.
    pub fn import(&mut self, name: &str, sig: &Signature) -> Result<FuncId, String> {
        self.module.declare_function(name, Linkage::Import, sig).map_err(|e| e.to_string())
    }

    /// Defines and finalizes function `name` with signature `sig`. `body` emits it (and
    /// must end every block); it receives references for `imports`, in order.
    pub fn define(
        &mut self,
        name: &str,
        sig: Signature,
        imports: &[FuncId],
        body: impl FnOnce(&mut FunctionBuilder, &[FuncRef]),
    ) -> Result<Compiled, String> {
        let id = self.declare(name, &sig)?;
        let size = self.define_declared(id, name, sig, imports, body)?;
        self.finalize()?;
        Ok(self.compiled(id, name, size))
    }

    /// Declares function `name` (defined later with [`NativeModule::define_declared`]),
    /// so that functions defined before it can already call it.
    pub fn declare(&mut self, name: &str, sig: &Signature) -> Result<FuncId, String> {
        self.module.declare_function(name, Linkage::Local, sig).map_err(|e| e.to_string())
    }

    /// Defines declared function `id` (as [`NativeModule::define`], without finalizing:
    /// a group of functions calling each other is finalized once, after the last one).
    /// Returns its machine-code size.
    pub fn define_declared(
        &mut self,
        id: FuncId,
        name: &str,
        sig: Signature,
        imports: &[FuncId],
        body: impl FnOnce(&mut FunctionBuilder, &[FuncRef]),
    ) -> Result<usize, String> {
        self.ctx.func.signature = sig;
        let refs: Vec<FuncRef> = imports.iter().map(|&f| self.module.declare_func_in_func(f, &mut self.ctx.func)).collect();
        let config = self.module.target_config();
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            body(&mut b, &refs);
            b.seal_all_blocks();
            b.finalize(config);
        }
        let dump = dump_requested();
        self.ctx.set_disasm(dump);
        let result = self.module.define_function(id, &mut self.ctx);
        let size = self.ctx.compiled_code().map(|c| c.code_buffer().len()).unwrap_or(0);
        if dump {
            if let Some(text) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
                eprintln!("; ---- {name} ({size} bytes)\n{text}");
            }
        }
        self.module.clear_context(&mut self.ctx);
        result.map_err(|e| format!("{e:?}"))?;
        Ok(size)
    }

    /// Makes every function defined so far callable.
    pub fn finalize(&mut self) -> Result<(), String> {
        self.module.finalize_definitions().map_err(|e| e.to_string())
    }

    /// Finalized function `id`'s entry (`size` bytes of code, dumped when asked).
    pub fn compiled(&mut self, id: FuncId, name: &str, size: usize) -> Compiled {
        let entry = self.module.get_finalized_function(id);
        if bin_dump_requested() {
            // SAFETY: `entry` starts `size` bytes of finalized, readable machine code.
            let bytes = unsafe { std::slice::from_raw_parts(entry, size) };
            let path = format!("/tmp/taipan-jit-{}-{name}.bin", std::process::id());
            let _ = std::fs::write(&path, bytes);
            eprintln!("; ---- {name} at {entry:p}, {size} bytes in {path}");
        }
        Compiled { entry, size }
    }
}

/// `TAIPAN_JIT_DUMP=1` prints each compiled function's machine code to stderr (for
/// working on the translator; read once).
fn dump_requested() -> bool {
    static DUMP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DUMP.get_or_init(|| std::env::var_os("TAIPAN_JIT_DUMP").is_some_and(|v| v == "1"))
}

/// `TAIPAN_JIT_DUMP=bin` writes each compiled function's bytes to a file in /tmp and
/// prints its address (for `objdump -b binary` next to a `perf script` profile).
fn bin_dump_requested() -> bool {
    static DUMP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DUMP.get_or_init(|| std::env::var_os("TAIPAN_JIT_DUMP").is_some_and(|v| v == "bin"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{condcodes::IntCC, InstBuilder};

    extern "C" fn helper_double(x: i64) -> i64 {
        x * 2
    }

    #[test]
    fn compiles_a_loop_that_calls_a_runtime_helper() {
        let mut m = NativeModule::new(&[("helper_double", helper_double as *const u8)]).unwrap();
        let i64t = types::I64;
        let helper = m.import("helper_double", &m.signature(&[i64t], &[i64t])).unwrap();
        // sum(helper_double(i) for i in range(n)), as a native loop.
        let sig = m.signature(&[i64t], &[i64t]);
        let f = m
            .define("sum_doubles", sig, &[helper], |b, refs| {
                let entry = b.create_block();
                let header = b.create_block();
                let body = b.create_block();
                let exit = b.create_block();
                b.append_block_params_for_function_params(entry);
                b.append_block_param(header, i64t);
                b.append_block_param(header, i64t);
                b.append_block_param(exit, i64t);
                b.switch_to_block(entry);
                let n = b.block_params(entry)[0];
                let zero = b.ins().iconst(i64t, 0);
                b.ins().jump(header, &[zero.into(), zero.into()]);
                b.switch_to_block(header);
                let (i, acc) = (b.block_params(header)[0], b.block_params(header)[1]);
                let done = b.ins().icmp(IntCC::SignedGreaterThanOrEqual, i, n);
                b.ins().brif(done, exit, &[acc.into()], body, &[]);
                b.switch_to_block(body);
                let call = b.ins().call(refs[0], &[i]);
                let d = b.inst_results(call)[0];
                let acc2 = b.ins().iadd(acc, d);
                let i2 = b.ins().iadd_imm_s(i, 1);
                b.ins().jump(header, &[i2.into(), acc2.into()]);
                b.switch_to_block(exit);
                let res = b.block_params(exit)[0];
                b.ins().return_(&[res]);
            })
            .unwrap();
        assert!(f.size > 0);
        // SAFETY: compiled just above with the `fn(i64) -> i64` signature.
        let f: extern "C" fn(i64) -> i64 = unsafe { std::mem::transmute(f.entry) };
        assert_eq!(f(10), 90);
        assert_eq!(f(0), 0);
    }
}
