//! Names the code reads from modules, resolved when it is compiled: `math.sqrt(x)`
//! becomes a check that `math` and `math.sqrt` are still what they were, and a direct
//! call of the `f64 -> f64` function behind the builtin on the argument's double.
//!
//! LOAD_GLOBAL peeks at the global it reads (`global_module`); when that is a module,
//! LOAD_ATTR on it reads the attribute through the module dict's entry (valid while
//! the dict's keys version is unchanged, as the global caches are), and when the
//! attribute is a one-argument math function, CALL computes it inline. Everything
//! peeked is kept alive by a reference the compiled code owns, so a pointer comparison
//! with it can never match a different object at a reused address.

use super::{mf, T};
use crate::analysis::Ins;
use crate::helpers::H;
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types::{F64, I32, I64}, AbiParam, InstBuilder};
use taipan_runtime::object::{incref, Value};
use taipan_runtime::objects::{dict, module};

impl T<'_, '_> {
    /// What global `name` is bound to now (borrowed), if the code's globals are known;
    /// found without running Python code (`dict::peek_str`).
    pub(super) fn peek_global(&self, name: u32) -> Option<Value> {
        if self.globals.is_null() || !dict::is_dict(self.globals) {
            return None;
        }
        dict::peek_str(self.globals, self.code.names[name as usize])
    }

    /// The module global `name` is bound to now (a reference kept for the compiled
    /// code), if the code's globals are known and it is one.
    pub(super) fn global_module(&self, name: u32) -> Option<Value> {
        let v = self.peek_global(name)?;
        if !module::is_module(v) {
            return None;
        }
        incref(v);
        Some(v)
    }

    /// LOAD_ATTR on a stack value known at compile time to have been module `m`: the
    /// attribute read inline while `o` is still `m` and its dict's keys unchanged;
    /// `None` (nothing emitted) when `m` has no such name now.
    pub(super) fn module_attr(&mut self, x: &Ins, o: ir::Value, m: Value, name: u32) -> Option<ir::Value> {
        let d = module::dict(m);
        if !dict::is_exact_dict(d) {
            return None;
        }
        let ix = dict::peek_str_index(d, self.code.names[name as usize])?;
        let slot = dict::value_slot(d, ix);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, o, m.bits() as i64);
        self.guard_to(same, slow);
        let dv = self.iconst(d.bits() as i64);
        let ver = self.b.ins().load(I32, mf(), dv, dict::KEYS_VERSION_OFFSET as i32);
        let same_keys = self.b.ins().icmp_imm_s(IntCC::Equal, ver, dict::keys_version(d) as i64);
        self.guard_to(same_keys, slow);
        let sv = self.iconst(slot as i64);
        let v = self.b.ins().load(I64, mf(), sv, 0);
        self.incref(v);
        self.decref(o);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        let nm = self.name(name);
        let r = self.helper(x, H::rt_load_attr, &[self.ts, self.f, o, nm]);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        Some(self.b.block_params(join)[0])
    }

    /// The math function module attribute `name` of `m` is now, if it has a plain
    /// `f64 -> f64` form (a reference kept for the compiled code).
    pub(super) fn math_function(&self, m: Value, name: u32) -> Option<Value> {
        let d = module::dict(m);
        let f = dict::peek_str(d, self.code.names[name as usize])?;
        taipan_runtime::modules::math::unary_f64(f)?;
        incref(f);
        Some(f)
    }

    /// CALL of one argument whose callable was, at compile time, a math function with
    /// a plain `f64 -> f64` form: computed inline while the callable is still that
    /// builtin, the argument an immediate float or small int and the result an
    /// immediate float the builtin would not have raised for; anything else
    /// deoptimizes to the CALL. `None` when the site is not such a call.
    pub(super) fn math_call(&mut self, x: &Ins, argc: u32) -> Option<ir::Value> {
        let d = self.depth;
        if argc != 1 || self.kwnames != 0 || !self.speculate {
            return None;
        }
        let s0 = d - 3;
        let f = self.peeked[s0 as usize + 1]?;
        let raw = taipan_runtime::modules::math::unary_f64(f)?;
        let deopt = self.deopt_block(x, d);
        let first = self.b.use_var(self.stack[s0 as usize]);
        let callable = self.b.use_var(self.stack[s0 as usize + 1]);
        let arg = self.b.use_var(self.stack[s0 as usize + 2]);
        let no_self = self.b.ins().icmp_imm_s(IntCC::Equal, first, 0);
        self.guard_to(no_self, deopt);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, callable, f.bits() as i64);
        self.guard_to(same, deopt);
        let xd = self.to_f64(arg, deopt);
        let mut sig = ir::Signature::new(self.b.func.signature.call_conv);
        sig.params.push(AbiParam::new(F64));
        sig.returns.push(AbiParam::new(F64));
        let sig = self.b.import_signature(sig);
        let fp = self.iconst(raw as usize as i64);
        let inst = self.b.ins().call_indirect(sig, fp, &[xd]);
        let r = self.b.inst_results(inst)[0];
        // The builtin raises for a NaN from a non-NaN argument and an infinity from a
        // finite one: those go to it.
        let r_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let x_nan = self.b.ins().fcmp(FloatCC::Unordered, xd, xd);
        let bad_nan = self.b.ins().icmp(IntCC::UnsignedGreaterThan, r_nan, x_nan);
        let ar = self.b.ins().fabs(r);
        let ax = self.b.ins().fabs(xd);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let r_inf = self.b.ins().fcmp(FloatCC::Equal, ar, inf);
        let x_fin = self.b.ins().fcmp(FloatCC::LessThan, ax, inf);
        let bad_inf = self.b.ins().band(r_inf, x_fin);
        let bad = self.b.ins().bor(bad_nan, bad_inf);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, bad, 0);
        self.guard_to(ok, deopt);
        let (v, _) = self.encode_f64(r, deopt);
        self.known_f64.insert(v, r);
        self.decref(arg);
        self.decref(callable);
        self.depth = s0;
        self.kwnames = 0;
        Some(v)
    }
}
