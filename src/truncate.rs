//! TRUNCATE, run on the connection: the foreign keys between tables live
//! in the SQLite file, so the tables a TRUNCATE may empty are decided here.
//!
//! PostgreSQL refuses to truncate a table that another table's foreign key
//! refers to unless that table is truncated too (or CASCADE adds it), and
//! truncating fires no ON DELETE action. The rows are deleted with foreign
//! keys deferred, so the order among the truncated tables does not matter.
//! RESTART IDENTITY restarts the sequences their columns own and their
//! AUTOINCREMENT counters.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-truncate.html>

use crate::error::{Error, Result};
use crate::rewrite::ddl::Truncate;

fn q(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The tables whose foreign keys refer to `table` (other than itself).
fn referencing(conn: &rusqlite::Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT s.name FROM sqlite_schema s, pragma_foreign_key_list(s.name) f \
         WHERE s.type = 'table' AND f.\"table\" = ?1 COLLATE NOCASE AND s.name <> ?1 \
         ORDER BY s.name",
    )?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

pub(crate) fn run(conn: &rusqlite::Connection, tr: &Truncate) -> Result<()> {
    let mut tables = tr.tables.clone();
    let mut i = 0;
    while i < tables.len() {
        for child in referencing(conn, &tables[i])? {
            if tables.iter().any(|t| t.eq_ignore_ascii_case(&child)) {
                continue;
            }
            if !tr.cascade {
                return Err(Error::Execution {
                    message: "cannot truncate a table referenced in a foreign key constraint"
                        .into(),
                    source: None,
                });
            }
            tables.push(child);
        }
        i += 1;
    }
    let fk_on: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    crate::rebuild::in_savepoint(conn, "pgshim_truncate", || {
        if fk_on {
            conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        }
        for t in &tables {
            conn.execute_batch(&format!("DELETE FROM {}", q(t)))?;
        }
        if tr.restart_identity {
            let has_counter = crate::catalog::table_exists(conn, "sqlite_sequence")?;
            let has_sequences =
                crate::catalog::table_exists(conn, crate::runtime::sequences::TABLE)?;
            for t in &tables {
                if has_counter {
                    conn.execute("DELETE FROM sqlite_sequence WHERE name = ?1", [t])?;
                }
                if has_sequences {
                    conn.execute(
                        "UPDATE \"_pgshim_sequences\" SET last_value = start, is_called = 0 \
                         WHERE owned_by_table = ?1",
                        [t],
                    )?;
                }
            }
        }
        if fk_on {
            conn.execute_batch("PRAGMA defer_foreign_keys = OFF")?;
        }
        Ok(())
    })
}
