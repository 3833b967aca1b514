//! pgshim as a loadable SQLite extension: `libpgshim.so` (`.dylib`,
//! `.dll`), whose default entry point `sqlite3_pgshim_init` registers
//! pgshim's runtime and translation functions ([`pgshim_core::extension`])
//! on each connection that loads it.
//!
//! ```sh
//! cargo build --release --manifest-path sqlite-ext/Cargo.toml
//! sqlite3 app.sqlite '.load target/release/libpgshim' "SELECT pgshim_translate('SELECT now()')"
//! ```
//!
//! The functions run on the host's SQLite, through the API routines it
//! passes to the entry point (rusqlite's `loadable_extension`). Those
//! bindings are generated for a newer SQLite than many hosts have, and
//! rusqlite refuses an older host; SQLite's routines table only ever grows
//! at its end, so for a host from 3.38 on the entry point hands rusqlite a
//! copy of the host's table, the entries the host lacks left empty (a call
//! to one of them fails instead of reaching past the host's table).

use std::ffi::{c_char, c_int};
use std::sync::OnceLock;

use rusqlite::{Connection, ffi};

/// The oldest SQLite the extension loads into.
const OLDEST: c_int = 3_038_000;

/// The entries of `sqlite3_api_routines` up to SQLite 3.37.
const ENTRIES_TO_3_37: usize = 256;

/// The entries each later SQLite release appended (sqlite3ext.h's
/// "Version 3.xx.0 and later" groups).
const APPENDED: &[(c_int, usize)] = &[
    (3_038_000, 6),
    (3_039_000, 3),
    (3_040_000, 1),
    (3_041_000, 1),
    (3_043_000, 1),
    (3_044_000, 2),
    (3_050_000, 1),
    (3_051_000, 2),
    (3_052_000, 4),
    (3_054_000, 2),
];

/// How many entries the routines table of SQLite `version` has.
const fn entries(version: c_int) -> usize {
    let mut n = ENTRIES_TO_3_37;
    let mut i = 0;
    while i < APPENDED.len() {
        if APPENDED[i].0 <= version {
            n += APPENDED[i].1;
        }
        i += 1;
    }
    n
}

/// The entries of the table the bindings were generated for.
const BOUND: usize =
    std::mem::size_of::<ffi::sqlite3_api_routines>() / std::mem::size_of::<usize>();

// A newer libsqlite3-sys appended entries that APPENDED does not list yet.
const _: () = assert!(entries(ffi::SQLITE_VERSION_NUMBER) == BOUND);

/// The version rusqlite is told: the bindings' own, so that it accepts the
/// copied table.
extern "C" fn bound_version() -> c_int {
    ffi::SQLITE_VERSION_NUMBER
}

/// The copy of an older host's table (made once: a process has one SQLite).
static COPY: OnceLock<usize> = OnceLock::new();

/// The routines to hand rusqlite for the host's `api`, or the reason the
/// host is too old.
///
/// # Safety
/// `api` is the table SQLite passed to the entry point.
unsafe fn routines(
    api: *mut ffi::sqlite3_api_routines,
) -> Result<*mut ffi::sqlite3_api_routines, String> {
    // SAFETY: `libversion_number` is one of the first entries of every
    // SQLite's table.
    let version = match unsafe { (*api).libversion_number } {
        Some(f) => unsafe { f() },
        None => return Err("pgshim: the host's SQLite passed no API routines".into()),
    };
    if version >= ffi::SQLITE_VERSION_NUMBER {
        return Ok(api);
    }
    if version < OLDEST {
        return Err(format!(
            "pgshim needs SQLite 3.38 or later; this host runs {}.{}.{}",
            version / 1_000_000,
            version / 1000 % 1000,
            version % 1000
        ));
    }
    let copy = *COPY.get_or_init(|| {
        // SAFETY: every entry is a pointer-sized Option of a function
        // pointer, for which all zeroes is None; the host's table has
        // `entries(version)` of them, fewer than BOUND.
        unsafe {
            let mut table: Box<ffi::sqlite3_api_routines> = Box::new(std::mem::zeroed());
            std::ptr::copy_nonoverlapping(
                api.cast::<usize>(),
                (&raw mut *table).cast::<usize>(),
                entries(version),
            );
            table.libversion_number = Some(bound_version);
            Box::into_raw(table) as usize
        }
    });
    Ok(copy as *mut ffi::sqlite3_api_routines)
}

/// SQLite's default entry point for `libpgshim`: registers pgshim on the
/// connection `db`.
///
/// # Safety
/// Called by SQLite's extension loader with its arguments.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sqlite3_pgshim_init(
    db: *mut ffi::sqlite3,
    pz_err_msg: *mut *mut c_char,
    api: *mut ffi::sqlite3_api_routines,
) -> c_int {
    if api.is_null() {
        return ffi::SQLITE_ERROR;
    }
    // SAFETY: the loader's arguments, passed on.
    unsafe {
        match routines(api) {
            Ok(routines) => Connection::extension_init2(db, pz_err_msg, routines, init),
            Err(msg) => {
                refuse(api, pz_err_msg, &msg);
                ffi::SQLITE_ERROR
            }
        }
    }
}

fn init(conn: Connection) -> rusqlite::Result<bool> {
    pgshim_core::extension::init(&conn)?;
    // Not kept loaded for later connections: each loads it itself.
    Ok(false)
}

/// Reports `msg` as the load's error, in memory from the host's allocator.
///
/// # Safety
/// `api` is the host's table.
unsafe fn refuse(api: *mut ffi::sqlite3_api_routines, pz_err_msg: *mut *mut c_char, msg: &str) {
    if pz_err_msg.is_null() {
        return;
    }
    let Ok(text) = std::ffi::CString::new(msg) else {
        return;
    };
    // SAFETY: `malloc` is in every SQLite's table; the message is copied
    // with its terminating NUL.
    unsafe {
        if let Some(malloc) = (*api).malloc {
            let bytes = text.as_bytes_with_nul();
            let p = malloc(bytes.len() as c_int).cast::<c_char>();
            if !p.is_null() {
                std::ptr::copy_nonoverlapping(bytes.as_ptr().cast::<c_char>(), p, bytes.len());
                *pz_err_msg = p;
            }
        }
    }
}
