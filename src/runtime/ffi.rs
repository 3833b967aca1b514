//! The hottest runtime functions and the collations, registered with
//! SQLite's own C API instead of rusqlite's generic layer.
//!
//! rusqlite's `create_collation` hands each side over as a `&str` made by
//! `String::from_utf8_lossy`, a UTF-8 check of both sides at every
//! comparison of a sort; the pgshim collations read canonical text as
//! bytes, and check UTF-8 only when they fall back to a lenient parser.
//! Its `create_scalar_function` wraps each call in a `Context`, converts
//! the result through `ToSql` and `ToSqlOutput`, and checks it again on
//! the way out: about 10 ns per call (of 50–200), measured over 100,000
//! stored rows. [`scalar`] reads the arguments and writes the result
//! directly.
//!
//! Both keep rusqlite's promises: no panic crosses into SQLite, and errors
//! reach SQLite as the same message text (`sqlite3_result_error`).

use std::cmp::Ordering;
use std::ffi::{CString, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result, ffi};

use super::time::Out;

/// Reading the arguments of a call: rusqlite's [`Context`] (aggregates,
/// the functions registered through rusqlite) and [`Args`].
pub(crate) trait Values {
    /// The `i`-th argument (`i` below the function's arity).
    fn get_raw(&self, i: usize) -> ValueRef<'_>;

    /// How many arguments the call has.
    fn arity(&self) -> usize;
}

impl Values for Context<'_> {
    fn get_raw(&self, i: usize) -> ValueRef<'_> {
        Context::get_raw(self, i)
    }

    fn arity(&self) -> usize {
        self.len()
    }
}

/// The arguments SQLite passes to a function registered by [`scalar`].
pub(crate) struct Args<'a>(&'a [*mut ffi::sqlite3_value]);

impl Values for Args<'_> {
    fn get_raw(&self, i: usize) -> ValueRef<'_> {
        let v = self.0[i];
        // SAFETY: SQLite passes valid values for the call's duration; the
        // text and blob pointers stay valid until the value is read
        // another way, which nothing here does.
        unsafe {
            match ffi::sqlite3_value_type(v) {
                ffi::SQLITE_INTEGER => ValueRef::Integer(ffi::sqlite3_value_int64(v)),
                ffi::SQLITE_FLOAT => ValueRef::Real(ffi::sqlite3_value_double(v)),
                ffi::SQLITE_TEXT => {
                    let p = ffi::sqlite3_value_text(v);
                    ValueRef::Text(lent(ffi::sqlite3_value_bytes(v), p.cast()))
                }
                ffi::SQLITE_BLOB => {
                    let p = ffi::sqlite3_value_blob(v);
                    ValueRef::Blob(lent(ffi::sqlite3_value_bytes(v), p))
                }
                _ => ValueRef::Null,
            }
        }
    }

    fn arity(&self) -> usize {
        self.0.len()
    }
}

/// A function body for [`scalar`].
pub(crate) trait Body: Fn(&Args<'_>) -> Result<Out> + Send + 'static {}

impl<F: Fn(&Args<'_>) -> Result<Out> + Send + 'static> Body for F {}

/// Writes `bytes` as the call's text (or blob) result; SQLite copies them.
///
/// # Safety
/// `ctx` must be the context of the call in progress.
unsafe fn result_bytes(ctx: *mut ffi::sqlite3_context, bytes: &[u8], text: bool) {
    static EMPTY: [u8; 1] = [0];
    let Ok(n) = c_int::try_from(bytes.len()) else {
        // SAFETY: as the caller promises.
        return unsafe { ffi::sqlite3_result_error_toobig(ctx) };
    };
    let p = if bytes.is_empty() {
        EMPTY.as_ptr()
    } else {
        bytes.as_ptr()
    };
    // SAFETY: `p` points at `n` bytes; SQLITE_TRANSIENT makes SQLite copy
    // them before this returns.
    unsafe {
        if text {
            ffi::sqlite3_result_text(ctx, p.cast::<c_char>(), n, ffi::SQLITE_TRANSIENT());
        } else {
            ffi::sqlite3_result_blob(ctx, p.cast::<c_void>(), n, ffi::SQLITE_TRANSIENT());
        }
    }
}

/// Writes a function's result or error into SQLite's context.
///
/// # Safety
/// `ctx` must be the context of the call in progress.
unsafe fn set_result(ctx: *mut ffi::sqlite3_context, r: Result<Out>) {
    // SAFETY (all calls below): `ctx` is the call's context.
    unsafe {
        match r {
            Ok(Out::Value(Value::Null)) => ffi::sqlite3_result_null(ctx),
            Ok(Out::Value(Value::Integer(i))) => ffi::sqlite3_result_int64(ctx, i),
            Ok(Out::Value(Value::Real(f))) => ffi::sqlite3_result_double(ctx, f),
            Ok(Out::Value(Value::Text(s))) => result_bytes(ctx, s.as_bytes(), true),
            Ok(Out::Value(Value::Blob(b))) => result_bytes(ctx, &b, false),
            Ok(Out::Canonical(b)) => result_bytes(ctx, b.as_bytes(), true),
            Ok(Out::Interval(t)) => result_bytes(ctx, t.as_bytes(), true),
            Ok(Out::Key(k)) => result_bytes(ctx, &k, false),
            Ok(Out::Short { bytes, len }) => result_bytes(ctx, &bytes[..len as usize], true),
            Err(e) => {
                let msg = match e {
                    rusqlite::Error::UserFunctionError(inner) => inner.to_string(),
                    other => other.to_string(),
                };
                let n = c_int::try_from(msg.len()).unwrap_or(c_int::MAX);
                ffi::sqlite3_result_error(ctx, msg.as_ptr().cast::<c_char>(), n);
            }
        }
    }
}

/// SQLite's function callback: the body is the function's user data.
unsafe extern "C" fn call<F: Body>(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    let n = usize::try_from(argc).unwrap_or(0);
    let args: &[*mut ffi::sqlite3_value] = if n == 0 || argv.is_null() {
        &[]
    } else {
        // SAFETY: SQLite passes `argc` values at `argv`.
        unsafe { std::slice::from_raw_parts(argv, n) }
    };
    // SAFETY: the user data is the `Box<F>` given at registration, alive
    // until SQLite calls `destroy`.
    let body = unsafe { &*ffi::sqlite3_user_data(ctx).cast::<F>() };
    let r = catch_unwind(AssertUnwindSafe(|| body(&Args(args)))).unwrap_or_else(|_| {
        Err(super::pg_err(
            "pgshim: internal error (a panic) in a runtime function",
        ))
    });
    // SAFETY: `ctx` is this call's context.
    unsafe { set_result(ctx, r) };
}

/// SQLite's destructor for a function's user data.
unsafe extern "C" fn destroy<F>(p: *mut c_void) {
    // SAFETY: `p` is the `Box<F>` leaked at registration, destroyed once.
    drop(unsafe { Box::from_raw(p.cast::<F>()) });
}

/// Registers a scalar function `name` of `n_arg` arguments.
pub(crate) fn scalar<F: Body>(
    conn: &Connection,
    name: &str,
    n_arg: i32,
    flags: FunctionFlags,
    body: F,
) -> Result<()> {
    let c_name = CString::new(name)?;
    let data = Box::into_raw(Box::new(body));
    // SAFETY: the handle is the open connection's; SQLite copies the name;
    // it owns `data` from here on and frees it with `destroy` (also when
    // the registration fails).
    let rc = unsafe {
        ffi::sqlite3_create_function_v2(
            conn.handle(),
            c_name.as_ptr(),
            n_arg,
            flags.bits(),
            data.cast::<c_void>(),
            Some(call::<F>),
            None,
            None,
            Some(destroy::<F>),
        )
    };
    check(rc)
}

fn check(rc: c_int) -> Result<()> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None))
    }
}

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
unsafe extern "C" fn compare_with(
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
pub(crate) fn collation(conn: &Connection, name: &str, cmp: Compare) -> Result<()> {
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
            Some(compare_with),
            None,
        )
    };
    check(rc)
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
        collation(&conn, "rev", reversed).unwrap();
        collation(&conn, "bad", panics).unwrap();
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
