//! `.pyc` cache files: `DIR/__pycache__/NAME.<cache tag>.pyc` beside an imported
//! `DIR/NAME.py`, so the next import skips tokenizing, parsing and compiling.
//!
//! Layout (CPython's 16-byte header, then our payload):
//!
//! | bytes  | field                                                            |
//! |--------|------------------------------------------------------------------|
//! | 0..2   | magic: changes whenever the bytecode or marshal format changes    |
//! | 2..4   | `\r\n`                                                           |
//! | 4..8   | flags: 0 (validated by source mtime and size)                    |
//! | 8..12  | source mtime, seconds, u32 little-endian                         |
//! | 12..16 | source size, u32 little-endian                                   |
//! | 16..24 | FNV-1a 64 of the rest (catches any corrupted byte, see below)     |
//! | 24..   | the module's code object, [`marshal`]led                         |
//!
//! A file is used only if every header field matches and the checksum holds; then the
//! code passes [`verify`] before it runs. Anything else — truncated, corrupt, wrong
//! magic, stale, hostile — is ignored and the module compiled from source again (and
//! the file rewritten). Writes go to a temporary file renamed into place, so a reader
//! never sees half a file.

pub mod marshal;
pub mod verify;

use crate::bytecode::opcodes::Opcode;
use crate::object::{Obj, Value};
use std::path::{Path, PathBuf};

/// Bump when the marshal layout changes; the opcode table is hashed in as well.
const FORMAT_VERSION: u64 = 1;

/// The two magic bytes: the format version and a hash of the opcode table (names, argument
/// kinds, cache sizes), so a build with a different instruction set never reads our files.
pub fn magic() -> [u8; 2] {
    let mut h = Fnv::new();
    h.write(&FORMAT_VERSION.to_le_bytes());
    for op in Opcode::ALL {
        h.write(op.name().as_bytes());
        h.write(&[op.arg_kind() as u8, op.caches() as u8, 0xff]);
    }
    let v = h.finish();
    // Never 0x0d0a-like: keep the high bit set, as CPython's magic numbers do.
    [(v & 0xff) as u8, ((v >> 8) as u8) | 0x80]
}

/// FNV-1a, 64-bit. Each step is a bijection of the state for a fixed byte and distinct
/// bytes give distinct states, so changing any single byte always changes the result.
pub struct Fnv(u64);

impl Fnv {
    /// The offset basis.
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Feeds bytes.
    pub fn write(&mut self, data: &[u8]) {
        for &b in data {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The hash.
    pub fn finish(&self) -> u64 {
        self.0
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

/// What the header records about the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceStamp {
    /// Modification time in whole seconds (truncated to 32 bits).
    pub mtime: u32,
    /// Size in bytes (truncated to 32 bits).
    pub size: u32,
}

impl SourceStamp {
    /// The stamp of the file at `path`.
    pub fn of(path: &Path) -> Option<SourceStamp> {
        let m = std::fs::metadata(path).ok()?;
        let mtime = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Some(SourceStamp { mtime: mtime as u32, size: m.len() as u32 })
    }
}

/// `DIR/__pycache__/STEM.<tag>.pyc` for `DIR/STEM.py` (`importlib.util.cache_from_source`).
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(""));
    let stem = source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join("__pycache__").join(format!("{stem}.{}.pyc", crate::modules::sys::CACHE_TAG))
}

/// The header for `stamp`.
fn header(stamp: SourceStamp) -> [u8; 16] {
    let mut h = [0u8; 16];
    h[..2].copy_from_slice(&magic());
    h[2..4].copy_from_slice(b"\r\n");
    h[8..12].copy_from_slice(&stamp.mtime.to_le_bytes());
    h[12..16].copy_from_slice(&stamp.size.to_le_bytes());
    h
}

/// The bytes of a cache file holding `code`.
pub fn encode(code: Value, stamp: SourceStamp) -> crate::errors::PyResult<Vec<u8>> {
    let body = marshal::dumps(code)?;
    let mut h = Fnv::new();
    h.write(&body);
    let mut out = Vec::with_capacity(24 + body.len());
    out.extend_from_slice(&header(stamp));
    out.extend_from_slice(&h.finish().to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// The code object in cache file bytes `data`, if they are a valid, current cache for a
/// source with `stamp`; `filename` becomes the code's `co_filename`.
pub fn decode(data: &[u8], stamp: SourceStamp, filename: Value) -> Option<Obj> {
    if data.len() < 24 || data[..16] != header(stamp) {
        return None;
    }
    let sum = u64::from_le_bytes(data[16..24].try_into().ok()?);
    let mut h = Fnv::new();
    h.write(&data[24..]);
    if h.finish() != sum {
        return None;
    }
    let code = marshal::loads(&data[24..], Some(filename)).ok()?;
    crate::bytecode::code::is_code(code.value()).then_some(code)
}

/// Reads the cache for `source` (None when missing or not usable).
pub fn read(source: &Path, stamp: SourceStamp, filename: Value) -> Option<Obj> {
    let data = std::fs::read(cache_path(source)).ok()?;
    decode(&data, stamp, filename)
}

/// Writes the cache for `source`; failures (read-only folder, full disk) are ignored, as
/// CPython ignores them: the cache is an optimization.
pub fn write(source: &Path, stamp: SourceStamp, code: Value) {
    if let Ok(bytes) = encode(code, stamp) {
        let _ = write_atomic(&cache_path(source), &bytes);
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder renamed over it,
/// so a reader never sees half a file (creating the folder if needed).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        std::process::id(),
        TMP_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let r = std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}

static TMP_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
