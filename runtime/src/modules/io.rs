//! File objects: `sys.stdin`/`stdout`/`stderr` and what `open()` returns. One native
//! type covers text and binary files: a file descriptor or `std::fs::File`, a write
//! buffer (flushed at newlines on a terminal, at 8 KB otherwise, and at exit), and a
//! read buffer for line reads. The GIL is released around the system calls.

use crate::errors::{type_error, value_error, PyErr, PyResult};
use crate::object::{alloc_object, free_memory, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args, bool_, bytes, int, list, singletons, str as pystr};
use std::cell::{Cell, RefCell};
use std::io::{Read, Write};

/// Where a stream's bytes go.
enum Sink {
    /// A standard stream (0, 1, 2), never closed by us.
    Std(i32),
    /// An opened file.
    File(std::fs::File),
    /// Closed.
    Closed,
}

/// A file object.
#[repr(C)]
pub struct PyFile {
    ob: ObjHeader,
    sink: RefCell<Sink>,
    wbuf: RefCell<Vec<u8>>,
    rbuf: RefCell<Vec<u8>>,
    /// Reached end of input.
    eof: Cell<bool>,
    binary: bool,
    readable: bool,
    writable: bool,
    line_buffering: bool,
    /// Encoding error handler for text writes ("strict", "backslashreplace").
    errors: &'static str,
    /// `name` and `mode` (owned).
    name: Value,
    mode: Value,
}

/// The file type (`_io.TextIOWrapper` in CPython; one type here for text and binary).
pub static FILE_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "TextIOWrapper", std::mem::size_of::<PyFile>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    let f = &*(v.as_ptr() as *const PyFile);
    let _ = flush_raw(f);
    std::ptr::drop_in_place(std::ptr::addr_of!(f.sink) as *mut RefCell<Sink>);
    std::ptr::drop_in_place(std::ptr::addr_of!(f.wbuf) as *mut RefCell<Vec<u8>>);
    std::ptr::drop_in_place(std::ptr::addr_of!(f.rbuf) as *mut RefCell<Vec<u8>>);
    crate::object::decref(f.name);
    crate::object::decref(f.mode);
    free_memory(v, std::mem::size_of::<PyFile>());
}

fn file(v: Value) -> &'static PyFile {
    // SAFETY: callers pass file objects.
    unsafe { &*(v.as_ptr() as *const PyFile) }
}

/// True for file objects.
pub fn is_file(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &FILE_TYPE)
}

#[allow(clippy::too_many_arguments)]
fn new_file(sink: Sink, name: Obj, mode: &str, binary: bool, readable: bool, writable: bool, line_buffering: bool, errors: &'static str) -> Obj {
    let p = alloc_object(&FILE_TYPE, std::mem::size_of::<PyFile>()) as *mut PyFile;
    // SAFETY: fresh allocation; every field written once.
    unsafe {
        p.write(PyFile {
            ob: std::ptr::read(p as *const ObjHeader),
            sink: RefCell::new(sink),
            wbuf: RefCell::new(Vec::new()),
            rbuf: RefCell::new(Vec::new()),
            eof: Cell::new(false),
            binary,
            readable,
            writable,
            line_buffering,
            errors,
            name: name.into_raw(),
            mode: pystr::new(mode).into_raw(),
        });
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn isatty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc_isatty(fd) == 1 }
}

extern "C" {
    #[link_name = "isatty"]
    fn libc_isatty(fd: i32) -> i32;
}

/// A standard stream object (`fd` 0, 1 or 2).
pub fn std_stream(fd: i32) -> Obj {
    let name = match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    };
    let tty = isatty(fd);
    // stderr is always line buffered; stdout only on a terminal.
    let line = fd == 2 || tty;
    let errors = if fd == 2 { "backslashreplace" } else { "strict" };
    new_file(Sink::Std(fd), pystr::new(name), if fd == 0 { "r" } else { "w" }, false, fd == 0, fd != 0, line, errors)
}

fn io_error(e: std::io::Error) -> PyErr {
    crate::objects::exceptions::from_io_error(&e, None)
}

/// Writes the buffered bytes out.
fn flush_raw(f: &PyFile) -> std::io::Result<()> {
    let data = std::mem::take(&mut *f.wbuf.borrow_mut());
    if data.is_empty() {
        return Ok(());
    }
    // No borrow of the file object is held while the GIL is released: another thread
    // may use the same object meanwhile (one write call per flush; the kernel orders them).
    let (is_std, target) = match &*f.sink.borrow() {
        Sink::Std(fd) => (true, *fd),
        Sink::File(file) => (false, std::os::fd::AsRawFd::as_raw_fd(file)),
        Sink::Closed => return Ok(()),
    };
    crate::gil::allow_threads(move || {
        if is_std && target == 1 {
            let mut out = std::io::stdout().lock();
            out.write_all(&data)?;
            out.flush()
        } else if is_std {
            let mut out = std::io::stderr().lock();
            out.write_all(&data)?;
            out.flush()
        } else {
            with_fd(target, |file| file.write_all(&data))
        }
    })
}

/// Runs `op` on the open descriptor `fd` without taking ownership of it.
fn with_fd<R>(fd: i32, op: impl FnOnce(&mut std::fs::File) -> R) -> R {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` belongs to a file object that stays open while we use it (files are
    // closed only under the GIL); ManuallyDrop keeps this temporary File from closing it.
    let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    op(&mut file)
}

fn check_open(f: &PyFile) -> PyResult<()> {
    if matches!(*f.sink.borrow(), Sink::Closed) {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Appends `data` to the stream, flushing as its buffering asks.
pub fn write_bytes(v: Value, data: &[u8]) -> PyResult<()> {
    let f = file(v);
    check_open(f)?;
    if !f.writable {
        return Err(PyErr::new(crate::objects::exceptions::os_error(), "not writable"));
    }
    let flush = {
        let mut b = f.wbuf.borrow_mut();
        b.extend_from_slice(data);
        b.len() >= 8192 || (f.line_buffering && data.contains(&b'\n'))
    };
    if flush {
        flush_raw(f).map_err(io_error)?;
    }
    Ok(())
}

/// `stream.write(s)` for a text stream (the `print` fast path).
pub fn write_str(v: Value, s: Value) -> PyResult<()> {
    let f = file(v);
    if pystr::is_utf8(s) {
        return write_bytes(v, pystr::as_bytes(s));
    }
    let data = bytes::encode_str(s, "utf-8", f.errors)?;
    write_bytes(v, &data)
}

/// Flushes a file object (ignores non-file objects).
pub fn flush(v: Value) -> PyResult<()> {
    if is_file(v) {
        flush_raw(file(v)).map_err(io_error)?;
    }
    Ok(())
}

fn m_write(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("write", a, kw, 1)?;
    let f = file(v);
    if f.binary {
        let Some(data) = bytes::as_bytes_opt(a[0]) else {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", type_of(a[0]).name())));
        };
        let n = data.len();
        write_bytes(v, data)?;
        return Ok(int::from_i64(n as i64));
    }
    if !pystr::is_str(a[0]) {
        return Err(type_error(format!("write() argument must be str, not {}", type_of(a[0]).name())));
    }
    write_str(v, a[0])?;
    Ok(int::from_i64(pystr::char_len(a[0]) as i64))
}

fn m_flush(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("flush", a, kw, 0)?;
    check_open(file(v))?;
    flush(v)?;
    Ok(singletons::none_obj())
}

/// Reads more input into the read buffer; false at end of input.
fn fill(f: &PyFile) -> PyResult<bool> {
    if f.eof.get() {
        return Ok(false);
    }
    let mut chunk = vec![0u8; 65536];
    let source = match &*f.sink.borrow() {
        Sink::Std(0) => Some(None),
        Sink::File(file) => Some(Some(std::os::fd::AsRawFd::as_raw_fd(file))),
        _ => None,
    };
    let n = match source {
        Some(None) => crate::gil::allow_threads(|| std::io::stdin().lock().read(&mut chunk)),
        Some(Some(fd)) => crate::gil::allow_threads(|| with_fd(fd, |file| file.read(&mut chunk))),
        None => Ok(0),
    }
    .map_err(io_error)?;
    if n == 0 {
        f.eof.set(true);
        return Ok(false);
    }
    f.rbuf.borrow_mut().extend_from_slice(&chunk[..n]);
    Ok(true)
}

fn decode(f: &PyFile, data: Vec<u8>) -> PyResult<Obj> {
    if f.binary {
        return Ok(bytes::new(&data));
    }
    bytes::decode_to_str(&data, "utf-8", "strict")
}

/// One line (with its newline), or empty at end of input.
fn read_line(v: Value) -> PyResult<Obj> {
    let f = file(v);
    check_open(f)?;
    if !f.readable {
        return Err(PyErr::new(crate::objects::exceptions::os_error(), "not readable"));
    }
    loop {
        let pos = f.rbuf.borrow().iter().position(|&b| b == b'\n');
        if let Some(i) = pos {
            let line: Vec<u8> = f.rbuf.borrow_mut().drain(..=i).collect();
            return decode(f, line);
        }
        if !fill(f)? {
            let rest = std::mem::take(&mut *f.rbuf.borrow_mut());
            return decode(f, rest);
        }
    }
}

fn m_readline(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("readline", a, kw, 0, 1)?;
    read_line(v)
}

fn m_read(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("read", a, kw, 0, 1)?;
    let f = file(v);
    check_open(f)?;
    let limit = match a.first() {
        Some(&n) if n != singletons::none() => int::as_i64(n).filter(|&n| n >= 0),
        _ => None,
    };
    match limit {
        None => {
            while fill(f)? {}
            let all = std::mem::take(&mut *f.rbuf.borrow_mut());
            decode(f, all)
        }
        Some(n) => {
            // For text, n counts characters; read enough bytes to cover them.
            loop {
                let have = f.rbuf.borrow().len();
                if have >= n as usize * if f.binary { 1 } else { 4 } || !fill(f)? {
                    break;
                }
            }
            let mut buf = f.rbuf.borrow_mut();
            let take = if f.binary {
                (n as usize).min(buf.len())
            } else {
                let s = &buf[..];
                let mut chars = 0;
                let mut i = 0;
                while i < s.len() && chars < n as usize {
                    i += crate::objects::str::utf8_width(s[i]).max(1);
                    chars += 1;
                }
                i.min(s.len())
            };
            let part: Vec<u8> = buf.drain(..take).collect();
            drop(buf);
            decode(f, part)
        }
    }
}

fn m_readlines(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("readlines", a, kw, 0, 1)?;
    let mut out = Vec::new();
    loop {
        let line = read_line(v)?;
        let empty = if file(v).binary { bytes::as_bytes_opt(line.value()).is_some_and(|b| b.is_empty()) } else { pystr::char_len(line.value()) == 0 };
        if empty {
            break;
        }
        out.push(line);
    }
    Ok(list::new(out))
}

fn m_writelines(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("writelines", a, kw, 1)?;
    for line in crate::objects::iter::collect(a[0])? {
        m_write(v, &[line.value()], Value::NULL)?;
    }
    Ok(singletons::none_obj())
}

fn file_iter(v: Value) -> PyResult<Obj> {
    check_open(file(v))?;
    Ok(Obj::new_ref(v))
}

fn file_next(v: Value) -> PyResult<Option<Obj>> {
    let line = read_line(v)?;
    let empty = if file(v).binary { bytes::as_bytes_opt(line.value()).is_some_and(|b| b.is_empty()) } else { pystr::char_len(line.value()) == 0 };
    Ok(if empty { None } else { Some(line) })
}

fn close(v: Value) -> PyResult<()> {
    let f = file(v);
    flush_raw(f).map_err(io_error)?;
    let mut sink = f.sink.borrow_mut();
    if matches!(*sink, Sink::File(_)) {
        *sink = Sink::Closed;
    }
    Ok(())
}

fn m_close(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("close", a, kw, 0)?;
    close(v)?;
    Ok(singletons::none_obj())
}

fn m_enter(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__enter__", a, kw, 0)?;
    check_open(file(v))?;
    Ok(Obj::new_ref(v))
}

fn m_exit(v: Value, _a: &[Value], _kw: Value) -> PyResult<Obj> {
    close(v)?;
    Ok(singletons::none_obj())
}

fn m_fileno(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("fileno", a, kw, 0)?;
    match &*file(v).sink.borrow() {
        Sink::Std(fd) => Ok(int::from_i64(*fd as i64)),
        Sink::File(f) => {
            use std::os::fd::AsRawFd;
            Ok(int::from_i64(f.as_raw_fd() as i64))
        }
        Sink::Closed => Err(value_error("I/O operation on closed file.")),
    }
}

fn m_isatty(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("isatty", a, kw, 0)?;
    Ok(bool_::from_bool(matches!(&*file(v).sink.borrow(), Sink::Std(fd) if isatty(*fd))))
}

fn m_readable(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("readable", a, kw, 0)?;
    Ok(bool_::from_bool(file(v).readable))
}

fn m_writable(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("writable", a, kw, 0)?;
    Ok(bool_::from_bool(file(v).writable))
}

fn get_name(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(file(v).name))
}

fn get_mode(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(file(v).mode))
}

fn get_closed(v: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(matches!(&*file(v).sink.borrow(), Sink::Closed)))
}

fn get_encoding(_v: Value) -> PyResult<Obj> {
    Ok(pystr::new("utf-8"))
}

fn file_repr(v: Value) -> PyResult<Obj> {
    let f = file(v);
    Ok(pystr::from_string(format!(
        "<_io.TextIOWrapper name={} mode={} encoding='utf-8'>",
        crate::object::protocol::repr_string(f.name)?,
        crate::object::protocol::repr_string(f.mode)?
    )))
}

/// `open(file, mode='r', ...)`.
pub fn open(a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("open", a, kw, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let mut path = b[0];
    // os.PathLike: open (and name the file by) the path its __fspath__ returns.
    let fs;
    if !pystr::is_str(path) && !bytes::is_bytes(path) {
        match crate::object::protocol::lookup_special(path, "__fspath__")? {
            Some(f) => {
                fs = crate::interp::call::call(f.value(), &[], Value::NULL)?;
                if !pystr::is_str(fs.value()) && !bytes::is_bytes(fs.value()) {
                    return Err(type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        type_of(path).name(),
                        type_of(fs.value()).name()
                    )));
                }
                path = fs.value();
            }
            None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_of(path).name()))),
        }
    }
    let path_text = if bytes::is_bytes(path) { String::from_utf8_lossy(bytes::data(path)).into_owned() } else { pystr::as_str(path).to_string() };
    let mode = if b[1].is_null() { "r" } else { pystr::as_str(b[1]) };
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let (read, write, append, create_new) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => (true, plus, false, false),
        Some('w') => (plus, true, false, false),
        Some('a') => (plus, true, true, false),
        Some('x') => (plus, true, false, true),
        _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
    };
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) || (binary && mode.contains('t')) {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(read);
    if write {
        if append {
            opts.append(true).create(true);
        } else if create_new {
            opts.write(true).create_new(true);
        } else if mode.contains('w') {
            opts.write(true).create(true).truncate(true);
        } else {
            opts.write(true);
        }
    }
    let p = path_text;
    let fh = crate::gil::allow_threads(move || opts.open(p))
        .map_err(|e| crate::objects::exceptions::from_io_error(&e, Some(path)))?;
    let canonical_mode = if binary { mode.to_string() } else { mode.replace('t', "") };
    Ok(new_file(Sink::File(fh), Obj::new_ref(path), &canonical_mode, binary, read, write, false, "strict"))
}

/// Installs the type (start-up).
pub fn init_type() {
    use crate::objects::descr::GetSetDef;
    let t = &FILE_TYPE;
    t.slots.iter.set(Some(file_iter));
    t.slots.next.set(Some(file_next));
    t.slots.repr.set(Some(file_repr));
    pytype::ready_static(t, Some(&crate::objects::object::OBJECT_TYPE.0));
    t.slots.new.set(None);
    pytype::add_methods(
        t,
        crate::methods![
            "write" => m_write; "flush" => m_flush; "read" => m_read; "readline" => m_readline;
            "readlines" => m_readlines; "writelines" => m_writelines; "close" => m_close;
            "__enter__" => m_enter; "__exit__" => m_exit; "fileno" => m_fileno; "isatty" => m_isatty;
            "readable" => m_readable; "writable" => m_writable
        ],
    );
    pytype::add_getsets(
        t,
        &[
            GetSetDef { name: "name", get: get_name, set: None },
            GetSetDef { name: "mode", get: get_mode, set: None },
            GetSetDef { name: "closed", get: get_closed, set: None },
            GetSetDef { name: "encoding", get: get_encoding, set: None },
        ],
    );
}

/// Creates `_io`: `open` and the file type (`io.py` builds `io` on it).
pub fn create() -> PyResult<Obj> {
    let m = crate::objects::module::new("_io");
    let d = crate::objects::module::dict(m.value());
    if let Some(open) = crate::objects::dict::get_str(crate::builtins::builtins_dict(), crate::interned!("open")) {
        crate::objects::dict::set_item_str(d, "open", open);
    }
    crate::objects::dict::set_item_str(d, "TextIOWrapper", FILE_TYPE.as_value());
    Ok(m)
}
