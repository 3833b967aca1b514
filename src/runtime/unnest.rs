//! `unnest(array)` as a SQLite table-valued function:
//! `pg_unnest(array, kind)` yields each element (read with the element
//! type's input function, as pgshim stores that type) with its ordinal
//! from 1, in the array's order.
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

/// Registers `pg_unnest`.
pub fn register(conn: &Connection) -> Result<()> {
    const MODULE: Module<UnnestTab> = Module::eponymous_only_module();
    conn.create_module(c"pg_unnest", &MODULE, None)
}

/// The hidden argument columns: the array and the element kind.
const HIDDEN: c_int = 2;

#[repr(C)]
struct UnnestTab {
    base: ffi::sqlite3_vtab,
}

unsafe impl<'vtab> VTab<'vtab> for UnnestTab {
    type Aux = ();
    type Cursor = UnnestCursor<'vtab>;

    fn connect(
        db: &mut VTabConnection,
        _aux: Option<&()>,
        _module: &[u8],
        _schema: &[u8],
        _table: &[u8],
        _args: &[&[u8]],
    ) -> Result<(Cow<'static, CStr>, Self)> {
        db.config(VTabConfig::Innocuous)?;
        Ok((
            Cow::Borrowed(c"CREATE TABLE x(value, ordinality, array hidden, kind hidden)"),
            UnnestTab {
                base: ffi::sqlite3_vtab::default(),
            },
        ))
    }

    fn best_index(&self, info: &mut IndexInfo) -> Result<bool> {
        super::series::bind_arguments(info, 2, HIDDEN, 10)
    }

    fn open(&mut self) -> Result<UnnestCursor<'_>> {
        Ok(UnnestCursor {
            base: ffi::sqlite3_vtab_cursor::default(),
            elems: Vec::new(),
            at: 0,
            phantom: PhantomData,
        })
    }
}

#[repr(C)]
struct UnnestCursor<'vtab> {
    base: ffi::sqlite3_vtab_cursor,
    /// The elements, already read as their type's values.
    elems: Vec<Value>,
    /// The current element (0-based).
    at: usize,
    phantom: PhantomData<&'vtab UnnestTab>,
}

unsafe impl VTabCursor for UnnestCursor<'_> {
    fn filter(&mut self, _idx: c_int, _s: Option<&str>, args: &Filters<'_>) -> Result<()> {
        self.at = 0;
        self.elems.clear();
        let raw: Vec<ValueRef<'_>> = args.iter().collect();
        let (Some(ValueRef::Text(arr)), Some(ValueRef::Text(kind))) = (raw.first(), raw.get(1))
        else {
            // A NULL array has no elements.
            return Ok(());
        };
        let text = String::from_utf8_lossy(arr);
        let kind = String::from_utf8_lossy(kind);
        self.elems = super::arrays::element_values(&text, &kind)
            .map_err(|e| Error::ModuleError(e.to_string()))?;
        Ok(())
    }

    fn next(&mut self) -> Result<()> {
        self.at += 1;
        Ok(())
    }

    fn eof(&self) -> bool {
        self.at >= self.elems.len()
    }

    fn column(&self, ctx: &mut Context, i: c_int) -> Result<()> {
        match i {
            0 => ctx.set_result(&self.elems[self.at]),
            1 => ctx.set_result(self.at as i64 + 1),
            _ => ctx.set_result(&Value::Null),
        }
    }

    fn rowid(&self) -> Result<i64> {
        Ok(self.at as i64 + 1)
    }
}
