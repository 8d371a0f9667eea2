//! The `posix` module: the operating-system calls under `os` (which is Python, in
//! `runtime/lib/os.py`): the working directory, directory listing and changes, `stat`,
//! the environment, process ids, `urandom`, `cpu_count`. Errors are CPython's `OSError`
//! subclasses, `[Errno N] message: 'filename'`. Also `_sha512`, the digest `random.seed`
//! needs for str and bytes seeds.

use crate::errors::{type_error, value_error, PyErr, PyResult};
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bytes, dict, exceptions, float, int, list, module, singletons, str as pystr, tuple};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

/// A path argument: the path, and whether it was given as bytes.
struct PathArg {
    path: PathBuf,
    is_bytes: bool,
}

/// str, bytes or os.PathLike → a path (`stat: path should be string, bytes, os.PathLike
/// or integer, not list`).
fn path_arg(fname: &str, v: Value, ints_ok: bool) -> PyResult<PathArg> {
    let conv = |v: Value| -> Option<PyResult<PathArg>> {
        if pystr::is_str(v) {
            let s = pystr::as_str(v);
            if s.contains('\0') {
                return Some(Err(value_error("embedded null byte")));
            }
            return Some(Ok(PathArg { path: PathBuf::from(s), is_bytes: false }));
        }
        if let Some(b) = bytes::as_bytes_opt(v) {
            if b.contains(&0) {
                return Some(Err(value_error("embedded null byte")));
            }
            return Some(Ok(PathArg { path: PathBuf::from(OsString::from_vec(b.to_vec())), is_bytes: true }));
        }
        None
    };
    if let Some(r) = conv(v) {
        return r;
    }
    if let Some(p) = protocol::lookup_special(v, "__fspath__")? {
        let r = crate::interp::call::call(p.value(), &[], Value::NULL)?;
        if let Some(x) = conv(r.value()) {
            return x;
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_of(v).name(),
            type_of(r.value()).name()
        )));
    }
    let what = if fname == "listdir" {
        "string, bytes, os.PathLike, integer or None"
    } else if ints_ok {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    Err(type_error(format!("{fname}: path should be {what}, not {}", type_of(v).name())))
}

/// An `OSError` subclass for `e`, with one or two filenames.
fn os_error(e: &std::io::Error, f1: Value, f2: Option<Value>) -> PyErr {
    let Some(f2) = f2 else {
        return exceptions::from_io_error(e, Some(f1));
    };
    let code = e.raw_os_error().unwrap_or(0);
    let cls = exceptions::os_error_for_errno(code);
    let argv = [int::from_i64(code as i64), pystr::new(&strerror_text(code)), Obj::new_ref(f1), singletons::none_obj(), Obj::new_ref(f2)];
    let vals: Vec<Value> = argv.iter().map(|a| a.value()).collect();
    match crate::interp::call::call(cls.as_value(), &vals, Value::NULL) {
        Ok(inst) => PyErr::from_instance(inst),
        Err(err) => err,
    }
}

extern "C" {
    fn getppid() -> i32;
    fn getuid() -> u32;
    fn getgid() -> u32;
    fn sysconf(name: i32) -> i64;
    #[link_name = "strerror"]
    fn c_strerror(code: i32) -> *const std::ffi::c_char;
    fn umask(mask: u32) -> u32;
}

fn strerror_text(code: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated static (or thread-local) message.
    unsafe {
        let p = c_strerror(code);
        if p.is_null() {
            return format!("Unknown error {code}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

fn os_string_obj(s: &std::ffi::OsStr, as_bytes: bool) -> Obj {
    if as_bytes {
        bytes::new(s.as_bytes())
    } else {
        pystr::new(&s.to_string_lossy())
    }
}

fn getcwd(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getcwd", a, kw, 0)?;
    let d = std::env::current_dir().map_err(|e| exceptions::from_io_error(&e, None))?;
    Ok(os_string_obj(d.as_os_str(), false))
}

fn getcwdb(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getcwdb", a, kw, 0)?;
    let d = std::env::current_dir().map_err(|e| exceptions::from_io_error(&e, None))?;
    Ok(os_string_obj(d.as_os_str(), true))
}

fn chdir(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("chdir", a, kw, &["path"], 1)?;
    let p = path_arg("chdir", b[0], true)?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn listdir(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("listdir", a, kw, &["path"], 0)?;
    let (p, orig) = if b[0].is_null() || b[0] == singletons::none() {
        (PathArg { path: PathBuf::from("."), is_bytes: false }, pystr::new("."))
    } else {
        (path_arg("listdir", b[0], true)?, Obj::new_ref(b[0]))
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(&e, orig.value(), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, orig.value(), None))?;
        out.push(os_string_obj(&ent.file_name(), p.is_bytes));
    }
    Ok(list::new(out))
}

fn mkdir(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    use std::os::unix::fs::DirBuilderExt;
    let b = args::bind("mkdir", a, kw, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg("mkdir", b[0], false)?;
    let mode = if b[1].is_null() { 0o777 } else { int::to_index(b[1], "")? as u32 };
    std::fs::DirBuilder::new().mode(mode).create(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn rmdir(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("rmdir", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg("rmdir", b[0], false)?;
    std::fs::remove_dir(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn unlink_named(fname: &str, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind(fname, a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(fname, b[0], false)?;
    std::fs::remove_file(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn unlink(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    unlink_named("unlink", a, kw)
}

fn remove(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    unlink_named("remove", a, kw)
}

fn rename_named(fname: &str, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind(fname, a, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let s = path_arg(fname, b[0], false)?;
    let d = path_arg(fname, b[1], false)?;
    std::fs::rename(&s.path, &d.path).map_err(|e| os_error(&e, b[0], Some(b[1])))?;
    Ok(singletons::none_obj())
}

fn rename(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    rename_named("rename", a, kw)
}

fn replace(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    rename_named("replace", a, kw)
}

/// The raw fields of a stat: 10 ints, the three float times, the three ns times.
fn stat_tuple(md: &std::fs::Metadata) -> Obj {
    let t = |s: i64, ns: i64| -> (Obj, Obj, Obj) {
        (int::from_i64(s), float::from_f64(s as f64 + ns as f64 * 1e-9), int::from_i128(s as i128 * 1_000_000_000 + ns as i128))
    };
    let (ai, af, an) = t(md.atime(), md.atime_nsec());
    let (mi, mf, mn) = t(md.mtime(), md.mtime_nsec());
    let (ci, cf, cn) = t(md.ctime(), md.ctime_nsec());
    tuple::from_vec(vec![
        int::from_i64(md.mode() as i64),
        int::from_i128(md.ino() as i128),
        int::from_i128(md.dev() as i128),
        int::from_i64(md.nlink() as i64),
        int::from_i64(md.uid() as i64),
        int::from_i64(md.gid() as i64),
        int::from_i64(md.size() as i64),
        ai,
        mi,
        ci,
        af,
        mf,
        cf,
        an,
        mn,
        cn,
        int::from_i64(md.blksize() as i64),
        int::from_i64(md.blocks() as i64),
    ])
}

fn stat_named(fname: &str, a: &[Value], kw: Value, follow_default: bool) -> PyResult<Obj> {
    let b = args::bind(fname, a, kw, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = if b[2].is_null() { follow_default } else { protocol::is_true(b[2])? };
    let p = path_arg(fname, b[0], true)?;
    let md = if follow { std::fs::metadata(&p.path) } else { std::fs::symlink_metadata(&p.path) };
    let md = md.map_err(|e| os_error(&e, b[0], None))?;
    Ok(stat_tuple(&md))
}

fn stat(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    stat_named("stat", a, kw, true)
}

fn lstat(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    stat_named("lstat", a, kw, false)
}

fn access(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("access", a, kw, &["path", "mode"], 2)?;
    let p = path_arg("access", b[0], true)?;
    let mode = int::to_index(b[1], "")?;
    let ok = match std::fs::metadata(&p.path) {
        Err(_) => false,
        Ok(md) => {
            let m = md.mode();
            // Owner bits (good enough for the common checks; root passes everything but x).
            (mode & 4 == 0 || m & 0o444 != 0) && (mode & 2 == 0 || (m & 0o222 != 0 && !md.permissions().readonly()) || unsafe { getuid() } == 0) && (mode & 1 == 0 || m & 0o111 != 0)
        }
    };
    Ok(crate::objects::bool_::from_bool(ok))
}

/// `os.utime(path, times=None, *, ns=None)`: set access and modification times.
fn utime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("utime", a, kw, &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_arg("utime", b[0], true)?;
    let to_time = |secs: f64| -> PyResult<std::time::SystemTime> {
        let d = std::time::Duration::try_from_secs_f64(secs.abs()).map_err(|_| crate::errors::value_error("utime: time out of range"))?;
        Ok(if secs >= 0.0 { std::time::UNIX_EPOCH + d } else { std::time::UNIX_EPOCH - d })
    };
    let pair = |v: Value, what: &str| -> PyResult<(Value, Value)> {
        if !tuple::is_tuple(v) || tuple::len(v) != 2 {
            return Err(crate::errors::type_error(format!("utime: '{what}' must be a tuple of two ints")));
        }
        Ok((tuple::items(v)[0], tuple::items(v)[1]))
    };
    let has = |v: Value| !v.is_null() && v != singletons::none();
    let (atime, mtime) = if has(b[2]) {
        let (x, y) = pair(b[2], "ns")?;
        let ns = |v: Value| -> PyResult<std::time::SystemTime> { Ok(to_time(int::to_index(v, "")? as f64 / 1e9)?) };
        (ns(x)?, ns(y)?)
    } else if has(b[1]) {
        let (x, y) = pair(b[1], "times")?;
        (to_time(crate::objects::float::convert(x)?)?, to_time(crate::objects::float::convert(y)?)?)
    } else {
        let now = std::time::SystemTime::now();
        (now, now)
    };
    let f = std::fs::File::open(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    f.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn chmod(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    use std::os::unix::fs::PermissionsExt;
    let b = args::bind("chmod", a, kw, &["path", "mode"], 2)?;
    let p = path_arg("chmod", b[0], true)?;
    let mode = int::to_index(b[1], "")? as u32;
    std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode)).map_err(|e| os_error(&e, b[0], None))?;
    Ok(singletons::none_obj())
}

fn readlink(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("readlink", a, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg("readlink", b[0], false)?;
    let t = std::fs::read_link(&p.path).map_err(|e| os_error(&e, b[0], None))?;
    Ok(os_string_obj(t.as_os_str(), p.is_bytes))
}

fn symlink(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("symlink", a, kw, &["src", "dst", "target_is_directory", "dir_fd"], 2)?;
    let s = path_arg("symlink", b[0], false)?;
    let d = path_arg("symlink", b[1], false)?;
    std::os::unix::fs::symlink(&s.path, &d.path).map_err(|e| os_error(&e, b[0], Some(b[1])))?;
    Ok(singletons::none_obj())
}

fn getpid(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getpid", a, kw, 0)?;
    Ok(int::from_i64(std::process::id() as i64))
}

fn getppid_f(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getppid", a, kw, 0)?;
    // SAFETY: no arguments.
    Ok(int::from_i64(unsafe { getppid() } as i64))
}

fn getuid_f(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getuid", a, kw, 0)?;
    // SAFETY: no arguments.
    Ok(int::from_i64(unsafe { getuid() } as i64))
}

fn getgid_f(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.getgid", a, kw, 0)?;
    // SAFETY: no arguments.
    Ok(int::from_i64(unsafe { getgid() } as i64))
}

fn umask_f(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("umask", a, kw, 1)?;
    let m = int::to_index(a[0], "")? as u32;
    // SAFETY: sets the process mask.
    Ok(int::from_i64(unsafe { umask(m) } as i64))
}

fn cpu_count(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("posix.cpu_count", a, kw, 0)?;
    // SAFETY: _SC_NPROCESSORS_ONLN (84 on Linux).
    let n = unsafe { sysconf(84) };
    Ok(if n < 1 { singletons::none_obj() } else { int::from_i64(n) })
}

fn urandom(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("urandom", a, kw, 1)?;
    let n = int::to_index(a[0], "")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| exceptions::from_io_error(&e, None))?;
    Ok(bytes::new(&buf))
}

fn strerror(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("strerror", a, kw, 1)?;
    let code = int::to_index(a[0], "")?;
    Ok(pystr::new(&strerror_text(code as i32)))
}

fn env_key(fname: &str, v: Value) -> PyResult<OsString> {
    let s = if pystr::is_str(v) {
        OsString::from(pystr::as_str(v))
    } else if let Some(b) = bytes::as_bytes_opt(v) {
        OsString::from_vec(b.to_vec())
    } else {
        return Err(type_error(format!("{fname}() argument must be str or bytes, not {}", type_of(v).name())));
    };
    if s.as_bytes().contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(s)
}

fn putenv(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("putenv", a, kw, 2)?;
    let k = env_key("putenv", a[0])?;
    let v = env_key("putenv", a[1])?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(singletons::none_obj())
}

fn unsetenv(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("unsetenv", a, kw, 1)?;
    let k = env_key("unsetenv", a[0])?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(singletons::none_obj())
}

fn system(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("system", a, kw, &["command"], 1)?;
    let cmd = env_key("system", b[0])?;
    let st = crate::gil::allow_threads(move || std::process::Command::new("/bin/sh").arg("-c").arg(cmd).status());
    let st = st.map_err(|e| exceptions::from_io_error(&e, None))?;
    use std::os::unix::process::ExitStatusExt;
    Ok(int::from_i64(st.into_raw() as i64))
}

fn exit_now(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("_exit", a, kw, 1)?;
    let code = int::to_index(a[0], "")?;
    std::process::exit(code as i32)
}

fn isatty(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("isatty", a, kw, 1)?;
    extern "C" {
        #[link_name = "isatty"]
        fn c_isatty(fd: i32) -> i32;
    }
    let fd = int::to_index(a[0], "")?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(crate::objects::bool_::from_bool(unsafe { c_isatty(fd as i32) } == 1))
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "getcwd" => getcwd, static;
    "getcwdb" => getcwdb, static;
    "chdir" => chdir, static;
    "listdir" => listdir, static;
    "mkdir" => mkdir, static;
    "rmdir" => rmdir, static;
    "unlink" => unlink, static;
    "remove" => remove, static;
    "rename" => rename, static;
    "replace" => replace, static;
    "stat" => stat, static;
    "lstat" => lstat, static;
    "access" => access, static;
    "chmod" => chmod, static;
    "utime" => utime, static;
    "readlink" => readlink, static;
    "symlink" => symlink, static;
    "getpid" => getpid, static;
    "getppid" => getppid_f, static;
    "getuid" => getuid_f, static;
    "getgid" => getgid_f, static;
    "umask" => umask_f, static;
    "cpu_count" => cpu_count, static;
    "urandom" => urandom, static;
    "strerror" => strerror, static;
    "putenv" => putenv, static;
    "unsetenv" => unsetenv, static;
    "system" => system, static;
    "_exit" => exit_now, static;
    "isatty" => isatty, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("posix");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "posix").value());
    }
    let env = dict::new();
    for (k, v) in std::env::vars_os() {
        dict::set(env.value(), pystr::new(&k.to_string_lossy()).value(), pystr::new(&v.to_string_lossy()).value())?;
    }
    dict::set_item_str(d, "environ", env.value());
    for (name, v) in [("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4)] {
        dict::set_item_str(d, name, int::from_i64(v).value());
    }
    Ok(m)
}

// ----- SHA-512 (for random.seed of str/bytes) --------------------------------------------

const K512: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for i in 0..16 {
            w[i] = u64::from_be_bytes(block[i * 8..i * 8 + 8].try_into().unwrap());
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K512[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn sha512_digest(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("sha512", a, kw, 1)?;
    let data = bytes::bytes_from_object(a[0])?;
    Ok(bytes::new(&sha512(&data)))
}

static SHA_FUNCTIONS: &[MethodDef] = crate::methods![
    "sha512" => sha512_digest, static;
];

/// Creates `_sha512` (`_sha512.sha512(data)` → the 64-byte digest).
pub fn create_sha512() -> PyResult<Obj> {
    let m = module::new("_sha512");
    let d = module::dict(m.value());
    for def in SHA_FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "_sha512").value());
    }
    Ok(m)
}
