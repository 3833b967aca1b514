//! Collations that compare the stored bytes as they are.
//!
//! rusqlite's `create_collation` hands each side over as a `&str` made by
//! `String::from_utf8_lossy`, a UTF-8 check of both sides at every
//! comparison of a sort. The pgshim collations read canonical text as
//! bytes, so they are registered here with SQLite's own
//! `sqlite3_create_collation_v2`, and check UTF-8 only when they fall back
//! to a lenient parser.

use std::cmp::Ordering;
use std::ffi::{CString, c_int, c_void};

use rusqlite::{Connection, Result, ffi};

/// A comparison of two stored texts.
pub(crate) type Compare = fn(&[u8], &[u8]) -> Ordering;

/// The bytes SQLite lends a collation (`n` of them at `p`).
///
/// # Safety
/// `p` must point at `n` readable bytes for the call's duration, or `n`
/// must be zero or less.
unsafe fn lent<'a>(n: c_int, p: *const c_void) -> &'a [u8] {
    match usize::try_from(n) {
        Ok(n) if n > 0 && !p.is_null() => {
            // SAFETY: SQLite passes `n` bytes at `p`, alive for the call.
            unsafe { std::slice::from_raw_parts(p.cast::<u8>(), n) }
        }
        _ => &[],
    }
}

/// SQLite's collation callback: `arg` is the [`Compare`] function.
unsafe extern "C" fn compare(
    arg: *mut c_void,
    n1: c_int,
    p1: *const c_void,
    n2: c_int,
    p2: *const c_void,
) -> c_int {
    // SAFETY: `arg` is the function pointer given at registration.
    let cmp: Compare = unsafe { std::mem::transmute::<*mut c_void, Compare>(arg) };
    // SAFETY: SQLite lends both texts for the duration of the call.
    let (a, b) = unsafe { (lent(n1, p1), lent(n2, p2)) };
    // A collation cannot report an error; a panic (a pgshim bug) must not
    // cross into SQLite, so it compares as bytes instead.
    let ord = std::panic::catch_unwind(|| cmp(a, b)).unwrap_or_else(|_| a.cmp(b));
    ord as c_int
}

/// Registers `name` as a collation that compares with `cmp`.
pub(crate) fn register(conn: &Connection, name: &str, cmp: Compare) -> Result<()> {
    let c_name = CString::new(name)?;
    // SAFETY: the handle is the open connection's; the name is copied by
    // SQLite; `arg` is a plain function pointer, valid for the program's
    // life, so there is nothing to destroy.
    let rc = unsafe {
        ffi::sqlite3_create_collation_v2(
            conn.handle(),
            c_name.as_ptr(),
            ffi::SQLITE_UTF8,
            cmp as *mut c_void,
            Some(compare),
            None,
        )
    };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reversed(a: &[u8], b: &[u8]) -> Ordering {
        b.cmp(a)
    }

    fn panics(_: &[u8], _: &[u8]) -> Ordering {
        panic!("a collation bug")
    }

    #[test]
    fn sorts_with_the_function_and_survives_a_panic() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn, "rev", reversed).unwrap();
        register(&conn, "bad", panics).unwrap();
        let q = |c: &str| -> String {
            conn.query_row(
                &format!("SELECT group_concat(x, '') FROM (SELECT column1 AS x FROM (VALUES ('b'), ('a'), (''), ('c')) ORDER BY x COLLATE {c})"),
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(q("rev"), "cba");
        assert_eq!(q("bad"), "abc");
    }
}
