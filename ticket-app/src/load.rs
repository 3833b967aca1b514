//! Loading generated rows: into SQLite through pgshim (PostgreSQL INSERTs
//! with `$n` parameters, as the app writes), and into PostgreSQL (COPY).

use std::io::Write as _;

use crate::SCHEMA;
use crate::data::{Chunk, Generator, Table};

/// Rows per multi-row INSERT.
const BATCH: usize = 64;

fn insert_sql(t: &Table, rows: usize) -> String {
    let width = t.columns.len();
    let mut sql = format!("INSERT INTO {} ({}) VALUES ", t.name, t.columns.join(", "));
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..width {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * width + c + 1));
        }
        sql.push(')');
    }
    sql
}

/// Loads a chunk into a pgshim connection, in one transaction, with
/// PostgreSQL INSERT statements whose values are text parameters (read by
/// each column type's input function, as PostgreSQL's text protocol does).
pub fn load_pgshim(db: &mut pgshim::Connection, chunk: &Chunk) -> pgshim::Result<()> {
    db.execute("BEGIN", &[])?;
    let result = (|| {
        for t in &chunk.tables {
            for rows in t.rows.chunks(BATCH) {
                let sql = insert_sql(t, rows.len());
                let values: Vec<Option<&str>> =
                    rows.iter().flatten().map(|v| v.as_deref()).collect();
                let params: Vec<&(dyn pgshim::ToSql + Sync)> = values
                    .iter()
                    .map(|v| v as &(dyn pgshim::ToSql + Sync))
                    .collect();
                db.execute(&sql, &params)?;
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => db.execute("COMMIT", &[]).map(|_| ()),
        Err(e) => {
            let _ = db.execute("ROLLBACK", &[]);
            Err(e)
        }
    }
}

fn copy_escape(s: &str, out: &mut Vec<u8>) {
    for b in s.bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
}

/// Loads a chunk into PostgreSQL with COPY … FROM STDIN (text format), in
/// one transaction.
pub fn load_postgres(client: &mut postgres::Client, chunk: &Chunk) -> Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    for t in &chunk.tables {
        let mut buf = Vec::new();
        for row in &t.rows {
            for (i, v) in row.iter().enumerate() {
                if i > 0 {
                    buf.push(b'\t');
                }
                match v {
                    Some(s) => copy_escape(s, &mut buf),
                    None => buf.extend_from_slice(b"\\N"),
                }
            }
            buf.push(b'\n');
        }
        let mut w = tx.copy_in(&format!(
            "COPY {} ({}) FROM STDIN",
            t.name,
            t.columns.join(", ")
        ))?;
        // Writing to the COPY sink fails only with the connection; finish()
        // reports that error.
        let _ = w.write_all(&buf);
        w.finish()?;
    }
    tx.commit()
}

/// After loading explicit ids, moves each serial column's sequence past
/// them (an explicit id does not move a sequence), so the app's own
/// INSERTs get fresh ids; the same SQL runs on PostgreSQL and on pgshim.
pub fn reset_sequences_sql() -> String {
    [
        "agents",
        "customers",
        "tickets",
        "comments",
        "ticket_events",
    ]
    .iter()
    .map(|t| {
        format!(
            "SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 0) + 1, false) FROM {t};\n"
        )
    })
    .collect()
}

/// [`reset_sequences_sql`] on PostgreSQL.
pub fn reset_sequences_postgres(client: &mut postgres::Client) -> Result<(), postgres::Error> {
    client.batch_execute(&reset_sequences_sql())
}

/// Tickets generated and loaded at a time.
const CHUNK: usize = 5_000;

/// Creates the schema through pgshim and loads the data set of `seed` and
/// `tickets` into it, then ANALYZE; `progress` hears the tickets of each
/// loaded chunk.
pub fn create_pgshim(
    db: &mut pgshim::Connection,
    seed: u64,
    tickets: usize,
    mut progress: impl FnMut(usize),
) -> Result<(), String> {
    db.run_script(SCHEMA, |_, _| {})
        .map_err(|e| e.to_string())?;
    let mut g = Generator::new(seed, tickets);
    while let Some(chunk) = g.next_chunk(CHUNK) {
        load_pgshim(db, &chunk).map_err(|e| e.to_string())?;
        progress(chunk.tickets);
    }
    db.run_script(&reset_sequences_sql(), |_, _| {})
        .map_err(|e| e.to_string())?;
    db.sqlite()
        .execute_batch("ANALYZE")
        .map_err(|e| e.to_string())
}

/// The same on PostgreSQL, in the session's current schema: the schema,
/// COPY of every chunk, serial sequences moved past the loaded ids, and
/// VACUUM ANALYZE.
pub fn create_postgres(
    client: &mut postgres::Client,
    seed: u64,
    tickets: usize,
    mut progress: impl FnMut(usize),
) -> Result<(), String> {
    client.batch_execute(SCHEMA).map_err(|e| e.to_string())?;
    let mut g = Generator::new(seed, tickets);
    while let Some(chunk) = g.next_chunk(CHUNK) {
        load_postgres(client, &chunk).map_err(|e| e.to_string())?;
        progress(chunk.tickets);
    }
    reset_sequences_postgres(client).map_err(|e| e.to_string())?;
    client
        .batch_execute("VACUUM ANALYZE")
        .map_err(|e| e.to_string())
}
