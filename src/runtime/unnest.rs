//! `unnest(array)` as a SQLite table-valued function:
//! `pg_unnest(array, kind)` yields each element (read with the element
//! type's input function, as pgshim stores that type) with its ordinal
//! from 1, in the array's order. `unnest(a, b, …)` in FROM zips its
//! arrays: `pg_unnest2(a, kind, b, kind)` (up to [`MAX_ARRAYS`]) yields
//! a row per element of the longest, NULL past the end of a shorter one.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-array.html>
//! (`unnest`) and
//! <https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-TABLEFUNCTIONS>
//! (`WITH ORDINALITY`).

use std::borrow::Cow;
use std::ffi::{CStr, c_int};
use std::marker::PhantomData;

use rusqlite::types::{Value, ValueRef};
use rusqlite::vtab::{
    Context, Filters, IndexInfo, Module, VTab, VTabConfig, VTabConnection, VTabCursor,
};
use rusqlite::{Connection, Error, Result, ffi};

/// The most arrays one `unnest(…)` call in FROM zips.
pub(crate) const MAX_ARRAYS: usize = 4;

/// Registers `pg_unnest` and `pg_unnest2` … `pg_unnest4`.
pub fn register(conn: &Connection) -> Result<()> {
    const ONE: Module<UnnestTab<1>> = Module::eponymous_only_module();
    const TWO: Module<UnnestTab<2>> = Module::eponymous_only_module();
    const THREE: Module<UnnestTab<3>> = Module::eponymous_only_module();
    const FOUR: Module<UnnestTab<4>> = Module::eponymous_only_module();
    conn.create_module(c"pg_unnest", &ONE, None)?;
    conn.create_module(c"pg_unnest2", &TWO, None)?;
    conn.create_module(c"pg_unnest3", &THREE, None)?;
    conn.create_module(c"pg_unnest4", &FOUR, None)
}

/// The SQLite name of the table function that zips `n` arrays.
pub(crate) fn function_name(n: usize) -> String {
    if n == 1 {
        "pg_unnest".into()
    } else {
        format!("pg_unnest{n}")
    }
}

/// The SQLite name of the column of array `i` (from 0) of its elements.
pub(crate) fn value_column(i: usize) -> &'static str {
    ["value", "value2", "value3", "value4"][i]
}

/// `N` arrays: columns `value`…, `ordinality`, then an array and its
/// element kind per array, hidden (the arguments).
#[repr(C)]
struct UnnestTab<const N: usize> {
    base: ffi::sqlite3_vtab,
}

unsafe impl<'vtab, const N: usize> VTab<'vtab> for UnnestTab<N> {
    type Aux = ();
    type Cursor = UnnestCursor<'vtab, N>;

    fn connect(
        db: &mut VTabConnection,
        _aux: Option<&()>,
        _module: &[u8],
        _schema: &[u8],
        _table: &[u8],
        _args: &[&[u8]],
    ) -> Result<(Cow<'static, CStr>, Self)> {
        db.config(VTabConfig::Innocuous)?;
        let mut cols: Vec<String> = (0..N).map(|i| value_column(i).to_string()).collect();
        cols.push("ordinality".into());
        for i in 1..=N {
            cols.push(format!("array{i} hidden"));
            cols.push(format!("kind{i} hidden"));
        }
        let schema = std::ffi::CString::new(format!("CREATE TABLE x({})", cols.join(", ")))
            .map_err(|e| Error::ModuleError(e.to_string()))?;
        Ok((
            Cow::Owned(schema),
            UnnestTab {
                base: ffi::sqlite3_vtab::default(),
            },
        ))
    }

    fn best_index(&self, info: &mut IndexInfo) -> Result<bool> {
        let first = N as c_int + 1;
        super::series::bind_arguments(info, first, 2 * N as c_int, 10)
    }

    fn open(&mut self) -> Result<UnnestCursor<'_, N>> {
        Ok(UnnestCursor {
            base: ffi::sqlite3_vtab_cursor::default(),
            elems: Vec::new(),
            rows: 0,
            at: 0,
            phantom: PhantomData,
        })
    }
}

#[repr(C)]
struct UnnestCursor<'vtab, const N: usize> {
    base: ffi::sqlite3_vtab_cursor,
    /// Each array's elements, already read as their type's values.
    elems: Vec<Vec<Value>>,
    /// The longest array's length.
    rows: usize,
    /// The current element (0-based).
    at: usize,
    phantom: PhantomData<&'vtab UnnestTab<N>>,
}

unsafe impl<const N: usize> VTabCursor for UnnestCursor<'_, N> {
    fn filter(&mut self, _idx: c_int, _s: Option<&str>, args: &Filters<'_>) -> Result<()> {
        self.at = 0;
        self.elems.clear();
        let raw: Vec<ValueRef<'_>> = args.iter().collect();
        for pair in raw.chunks(2) {
            // A NULL array has no elements.
            let elems = match pair {
                [ValueRef::Text(arr), ValueRef::Text(kind)] => super::arrays::element_values(
                    &String::from_utf8_lossy(arr),
                    &String::from_utf8_lossy(kind),
                )
                .map_err(|e| Error::ModuleError(e.to_string()))?,
                _ => Vec::new(),
            };
            self.elems.push(elems);
        }
        self.rows = self.elems.iter().map(Vec::len).max().unwrap_or(0);
        Ok(())
    }

    fn next(&mut self) -> Result<()> {
        self.at += 1;
        Ok(())
    }

    fn eof(&self) -> bool {
        self.at >= self.rows
    }

    fn column(&self, ctx: &mut Context, i: c_int) -> Result<()> {
        let i = i as usize;
        if i < N {
            let v = self.elems.get(i).and_then(|e| e.get(self.at));
            ctx.set_result(v.unwrap_or(&Value::Null))
        } else if i == N {
            ctx.set_result(self.at as i64 + 1)
        } else {
            ctx.set_result(&Value::Null)
        }
    }

    fn rowid(&self) -> Result<i64> {
        Ok(self.at as i64 + 1)
    }
}
