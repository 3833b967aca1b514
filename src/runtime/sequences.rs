//! Sequences: `nextval`, `currval`, `lastval` and `setval` over the
//! sequences that `CREATE SEQUENCE` keeps in the `_pgshim_sequences` table
//! of the SQLite file (one row per sequence: its parameters, `last_value`
//! and `is_called`, as PostgreSQL's sequence relation and `pg_sequence`
//! hold them).
//!
//! The functions run SQL on the connection that calls them, so SQLite
//! undoes an advance when the statement fails or the transaction rolls
//! back, which PostgreSQL never does. The session remembers what it handed
//! out and continues after it, so one session never gets a value twice;
//! another connection can still be handed a value that was rolled back
//! (docs/compatibility.md says so).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-sequence.html>

use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::{Connection, OptionalExtension, Result};

use super::{int_arg, pg_err, text_arg};
use crate::session::Session;

/// The table that holds every sequence.
pub(crate) const TABLE: &str = "_pgshim_sequences";

/// Its definition, created with the first sequence.
pub(crate) const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS \"_pgshim_sequences\" (\
     name TEXT PRIMARY KEY, data_type TEXT NOT NULL, start INTEGER NOT NULL, \
     increment INTEGER NOT NULL, minvalue INTEGER NOT NULL, maxvalue INTEGER NOT NULL, \
     cache INTEGER NOT NULL, cycle INTEGER NOT NULL, last_value INTEGER NOT NULL, \
     is_called INTEGER NOT NULL, owned_by_table TEXT, owned_by_column TEXT, \
     identity INTEGER NOT NULL DEFAULT 0)";

/// Reads a relation name given as text, as PostgreSQL's `regclass` input
/// does: `s`, `"MySeq"`, `public.s`; unquoted parts fold to lower case,
/// and only the `public` schema exists.
pub(crate) fn relation_name(text: &str) -> std::result::Result<String, String> {
    let parts = crate::types::scalar::name_list(text)?;
    match parts.as_slice() {
        [name] => Ok(name.clone()),
        [schema, name] if schema == "public" => Ok(name.clone()),
        [schema, _] => Err(format!("schema \"{schema}\" does not exist")),
        _ => Err(format!(
            "improper relation name (too many dotted names): {}",
            text.trim()
        )),
    }
}

/// One sequence's row.
struct Row {
    increment: i64,
    min: i64,
    max: i64,
    cycle: bool,
    last: i64,
    called: bool,
}

/// The error for a name that is no sequence: a table or view is "not a
/// sequence", anything else does not exist.
fn missing(conn: &Connection, name: &str) -> rusqlite::Error {
    let relation: Option<String> = conn
        .query_row(
            "SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()
        .unwrap_or(None);
    match relation {
        Some(_) => pg_err(format!("\"{name}\" is not a sequence")),
        None => pg_err(format!("relation \"{name}\" does not exist")),
    }
}

fn fetch(conn: &Connection, name: &str) -> Result<Row> {
    if !crate::catalog::table_exists(conn, TABLE)? {
        return Err(missing(conn, name));
    }
    let row = conn
        .query_row(
            "SELECT increment, minvalue, maxvalue, cycle, last_value, is_called \
             FROM \"_pgshim_sequences\" WHERE name = ?1",
            [name],
            |r| {
                Ok(Row {
                    increment: r.get(0)?,
                    min: r.get(1)?,
                    max: r.get(2)?,
                    cycle: r.get(3)?,
                    last: r.get(4)?,
                    called: r.get(5)?,
                })
            },
        )
        .optional()?;
    row.ok_or_else(|| missing(conn, name))
}

fn store(conn: &Connection, name: &str, last: i64, called: bool) -> Result<()> {
    conn.execute(
        "UPDATE \"_pgshim_sequences\" SET last_value = ?2, is_called = ?3 WHERE name = ?1",
        rusqlite::params![name, last, called],
    )?;
    Ok(())
}

/// The value after `last`: one increment on, or, past the bound, the other
/// bound for a cycling sequence and PostgreSQL's error otherwise.
fn advance(name: &str, s: &Row) -> Result<i64> {
    if !s.called {
        return Ok(s.last);
    }
    match s.last.checked_add(s.increment) {
        Some(next) if next >= s.min && next <= s.max => Ok(next),
        _ if s.cycle => Ok(if s.increment > 0 { s.min } else { s.max }),
        _ if s.increment > 0 => Err(pg_err(format!(
            "nextval: reached maximum value of sequence \"{name}\" ({})",
            s.max
        ))),
        _ => Err(pg_err(format!(
            "nextval: reached minimum value of sequence \"{name}\" ({})",
            s.min
        ))),
    }
}

fn name_arg(ctx: &Context<'_>) -> Result<Option<String>> {
    text_arg(ctx, 0)?
        .map(|t| relation_name(&t).map_err(pg_err))
        .transpose()
}

/// Registers the sequence functions, reading and writing the session's
/// `currval`/`lastval` state.
pub(crate) fn register(conn: &Connection, session: &Session) -> Result<()> {
    // Not deterministic, and usable in DEFAULT clauses (so not DIRECTONLY).
    let flags = FunctionFlags::SQLITE_UTF8;
    let s = session.clone();
    conn.create_scalar_function("pg_nextval", 1, flags, move |ctx| {
        let Some(name) = name_arg(ctx)? else {
            return Ok(None);
        };
        let conn = super::calling_conn(ctx)?;
        let mut row = fetch(&conn, &name)?;
        // A value handed out by a statement SQLite undid is not handed out
        // again (PostgreSQL's sequences are not rolled back).
        if let Some(h) = s.sequence_handed(&name) {
            let beyond = if row.increment > 0 {
                h > row.last || !row.called && h >= row.last
            } else {
                h < row.last || !row.called && h <= row.last
            };
            if beyond {
                (row.last, row.called) = (h, true);
            }
        }
        let next = advance(&name, &row)?;
        store(&conn, &name, next, true)?;
        s.note_sequence_handed(&name, next);
        s.note_sequence_value(&name, next, true);
        Ok(Some(next))
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_currval", 1, flags, move |ctx| {
        let Some(name) = name_arg(ctx)? else {
            return Ok(None);
        };
        let conn = super::calling_conn(ctx)?;
        fetch(&conn, &name)?;
        match s.sequence_value(&name) {
            Some(v) => Ok(Some(v)),
            None => Err(pg_err(format!(
                "currval of sequence \"{name}\" is not yet defined in this session"
            ))),
        }
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_lastval", 0, flags, move |ctx| {
        let undefined = || pg_err("lastval is not yet defined in this session");
        let (name, v) = s.last_sequence_value().ok_or_else(undefined)?;
        let conn = super::calling_conn(ctx)?;
        // A dropped sequence's value is gone with it.
        fetch(&conn, &name).map_err(|_| undefined())?;
        Ok(v)
    })?;
    for arity in [2, 3] {
        let s = session.clone();
        conn.create_scalar_function("pg_setval", arity, flags, move |ctx| {
            let Some(name) = name_arg(ctx)? else {
                return Ok(None);
            };
            let Some(value) = int_arg(ctx, 1)? else {
                return Ok(None);
            };
            let called = if arity == 3 {
                match int_arg(ctx, 2)? {
                    Some(b) => b != 0,
                    None => return Ok(None),
                }
            } else {
                true
            };
            let conn = super::calling_conn(ctx)?;
            let row = fetch(&conn, &name)?;
            if value < row.min || value > row.max {
                return Err(pg_err(format!(
                    "setval: value {value} is out of bounds for sequence \"{name}\" ({}..{})",
                    row.min, row.max
                )));
            }
            store(&conn, &name, value, called)?;
            s.sequence_reset(&name);
            if called {
                s.note_sequence_value(&name, value, false);
            }
            Ok(Some(value))
        })?;
    }
    conn.create_scalar_function("pg_get_serial_sequence", 2, flags, |ctx| {
        let (Some(table), Some(column)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?) else {
            return Ok(None);
        };
        let table = relation_name(&table).map_err(pg_err)?;
        let conn = super::calling_conn(ctx)?;
        let exists = conn
            .prepare("SELECT 1 FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?1")?
            .exists([&table])?;
        if !exists {
            return Err(pg_err(format!("relation \"{table}\" does not exist")));
        }
        // The column name is taken as written, not folded (PostgreSQL).
        let has_column = conn
            .prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")?
            .exists([&table, &column])?;
        if !has_column {
            return Err(pg_err(format!(
                "column \"{column}\" of relation \"{table}\" does not exist"
            )));
        }
        if !crate::catalog::table_exists(&conn, TABLE)? {
            return Ok(None);
        }
        let name: Option<String> = conn
            .query_row(
                "SELECT name FROM \"_pgshim_sequences\" WHERE owned_by_table = ?1 \
                 AND owned_by_column = ?2 ORDER BY name LIMIT 1",
                [&table, &column],
                |r| r.get(0),
            )
            .optional()?;
        Ok(name.map(|n| format!("public.{}", crate::types::scalar::quote_ident(&n))))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::relation_name;

    #[test]
    fn relation_names_read_as_regclass_input() {
        assert_eq!(relation_name("Tickets_ID_seq").unwrap(), "tickets_id_seq");
        assert_eq!(relation_name(" public . s ").unwrap(), "s");
        assert_eq!(relation_name("\"My\"\"Seq\"").unwrap(), "My\"Seq");
        assert_eq!(
            relation_name("other.s").unwrap_err(),
            "schema \"other\" does not exist"
        );
        assert!(relation_name("").is_err());
        assert!(relation_name("a..b").is_err());
    }
}
