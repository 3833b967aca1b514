//! `pgshim dump`: the file as a SQL script that `psql -v ON_ERROR_STOP=1
//! -f` loads into an empty PostgreSQL database, the way pg_dump's plain
//! format does: sequences, tables (PostgreSQL types, NOT NULL, defaults,
//! CHECKs), views, the rows as `COPY … FROM stdin` blocks, the sequences'
//! positions, then primary keys, unique constraints, indexes and last the
//! foreign keys.
//!
//! Nothing here says what a PostgreSQL object looks like: the definitions
//! are what pgshim's own catalog functions answer over the connection
//! (`format_type`, `pg_get_expr`, `pg_get_constraintdef`,
//! `pg_get_indexdef`, `pg_get_serial_sequence`, pg_sequence), the rows are
//! its `COPY … TO STDOUT`, and a view is the PostgreSQL text pgshim kept
//! when it was created. What pgshim cannot show exactly is an error that
//! names the table, column, view or construct: the dump is then not
//! written at all, rather than one that loads into something else.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/app-pgdump.html>,
//! <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>

use std::io::Write;

use crate::error::{Error, Result};
use crate::types::scalar::quote_ident;
use crate::{Connection, Options, Translator};

/// The session settings the rows are written in, which the script's
/// header sets too.
const TIME_ZONE: &str = "UTC";
const DATE_STYLE: &str = "ISO, MDY";
const INTERVAL_STYLE: &str = "postgres";

/// What [`write_dump`] wrote.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// db.batch_execute("CREATE TABLE t (n int); INSERT INTO t VALUES (1), (2); CREATE INDEX t_n ON t (n)")?;
/// let report = pgshim::write_dump(&mut db, &mut std::io::sink())?;
/// assert_eq!(report.tables, [("t".to_string(), 2)]);
/// assert_eq!((report.rows(), report.indexes, report.sequences), (2, 1, 0));
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DumpReport {
    /// Each table and its rows, in the order they were written.
    pub tables: Vec<(String, u64)>,
    /// Sequences (serial and identity columns' included).
    pub sequences: usize,
    /// Views.
    pub views: usize,
    /// Primary keys, unique, CHECK and foreign-key constraints.
    pub constraints: usize,
    /// Indexes that are no constraint's.
    pub indexes: usize,
}

impl DumpReport {
    /// The rows of all tables (see [`DumpReport`]'s example).
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// Writes the connection's database as a script that `psql -v
/// ON_ERROR_STOP=1 -f FILE` loads into an empty PostgreSQL 15 database,
/// in one transaction: the same tables, columns, types, defaults,
/// constraints, indexes, views, rows and sequence positions, so that the
/// application's queries answer there as they did through pgshim.
///
/// The dump reads one snapshot of the file (a transaction of its own, or
/// a savepoint of the caller's block once that has written, which it
/// rolls back; in a block that has not, it is refused), with the session's
/// `TimeZone` at UTC, `DateStyle` at `ISO, MDY` and `IntervalStyle` at
/// `postgres` while it reads, as the script's header sets them; the
/// caller's settings are back afterwards. Tables whose names start with
/// `_pgshim_` or `_litestream_` are pgshim's and Litestream's and are
/// left out.
///
/// Errors, before anything is written to `out` for the schema: a column
/// of a type pgshim does not know, a default, CHECK or index that pgshim
/// cannot show as PostgreSQL does (the message names it), a view whose
/// PostgreSQL text pgshim did not keep or whose meaning depends on the
/// session settings it was created in, and SQLite objects that only
/// another tool could have made (triggers, generated columns, unnamed
/// CHECKs, collations, a rowid column). The rows come after the schema:
/// an error while they are written (or of `out`) leaves a script with no
/// `COMMIT`, which loads nothing.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory()?;
/// db.batch_execute(
///     "CREATE TABLE agents (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE);
///      INSERT INTO agents (name) VALUES ('Ada'), (E'tab\there');",
/// )?;
/// let mut script = Vec::new();
/// let report = pgshim::dump::write_dump(&mut db, &mut script)?;
/// let script = String::from_utf8(script).unwrap();
/// assert!(script.contains("CREATE SEQUENCE public.agents_id_seq AS bigint START WITH 1"));
/// assert!(script.contains(
///     "CREATE TABLE public.agents (\n    id bigint DEFAULT nextval('agents_id_seq'::regclass) NOT NULL,\n    name text NOT NULL\n);"
/// ));
/// assert!(script.contains("COPY public.agents (id, name) FROM stdin;\n1\tAda\n2\ttab\\there\n\\.\n"));
/// assert!(script.contains("SELECT pg_catalog.setval('public.agents_id_seq', 2, true);"));
/// assert!(script.contains("ALTER TABLE ONLY public.agents\n    ADD CONSTRAINT agents_name_key UNIQUE (name);"));
/// assert_eq!(report.rows(), 2);
/// # Ok::<(), pgshim::Error>(())
/// ```
///
/// # Differences
/// PostgreSQL's answers also depend on the database's collation: pgshim
/// compares text as the `C` collation does, so load the script into a
/// database created with `LC_COLLATE 'C'` (or `TEMPLATE template0 LOCALE
/// 'C'`) for text to sort as it did. Comments (`COMMENT ON`) are not
/// kept by pgshim, so none are dumped.
pub fn write_dump(conn: &mut Connection, out: &mut impl Write) -> Result<DumpReport> {
    let outer = conn.in_transaction();
    if outer && conn.sqlite().is_autocommit() {
        // A block that has not written yet reads the file afresh at each
        // statement (see Connection::set_begin_at_first_write).
        return Err(Error::unsupported(
            "pgshim dump inside a transaction block that has not written yet",
            None,
            "dump outside the block: the dump reads one snapshot of the file",
        ));
    }
    if outer {
        conn.batch_execute("SAVEPOINT pgshim_dump")?;
    } else {
        // SQLite's own BEGIN: one snapshot of the file from the first read.
        let lazy = conn.begins_at_first_write();
        conn.set_begin_at_first_write(false);
        let begun = conn.batch_execute("BEGIN");
        conn.set_begin_at_first_write(lazy);
        begun?;
    }
    let result = (|| {
        conn.batch_execute(&format!(
            "SET TimeZone = '{TIME_ZONE}'; SET DateStyle = '{DATE_STYLE}'; \
             SET IntervalStyle = '{INTERVAL_STYLE}'"
        ))?;
        let schema = Schema::read(conn)?;
        schema.write(conn, out)
    })();
    // Rolling back also takes back the SETs.
    let end = conn.batch_execute(if outer {
        "ROLLBACK TO SAVEPOINT pgshim_dump; RELEASE SAVEPOINT pgshim_dump"
    } else {
        "ROLLBACK"
    });
    let report = result?;
    end?;
    Ok(report)
}

/// A relation of the file, as pg_class has it.
struct Relation {
    oid: i64,
    name: String,
}

struct Column {
    name: String,
    /// `format_type`'s text.
    ty: String,
    not_null: bool,
    /// `pg_get_expr`'s text of the default.
    default: Option<String>,
    /// The identity sequence of a `GENERATED BY DEFAULT AS IDENTITY`
    /// column.
    identity: Option<String>,
}

struct Constraint {
    name: String,
    /// `p`, `u`, `f` or `c`.
    kind: String,
    /// `pg_get_constraintdef`'s text.
    definition: String,
}

struct Table {
    rel: Relation,
    columns: Vec<Column>,
    constraints: Vec<Constraint>,
    /// `pg_get_indexdef`'s text of each index that is no constraint's.
    indexes: Vec<String>,
}

struct Sequence {
    name: String,
    /// `format_type`'s text of its type.
    ty: String,
    start: i64,
    increment: i64,
    min: i64,
    max: i64,
    cache: i64,
    cycle: bool,
    last_value: i64,
    is_called: bool,
    /// `OWNED BY` (table, column); an identity column's own sequence
    /// when `identity`.
    owner: Option<(String, String)>,
    identity: bool,
}

struct View {
    name: String,
    /// The PostgreSQL text after the name (`AS SELECT …`).
    source: String,
}

/// Everything the script holds but the rows.
struct Schema {
    sequences: Vec<Sequence>,
    tables: Vec<Table>,
    views: Vec<View>,
}

/// `'text'` as a PostgreSQL string literal (standard_conforming_strings).
fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A relation's name in the script: schema-qualified, as pg_dump writes
/// it, so that a table named like a pg_catalog relation is the table.
fn qualified(name: &str) -> String {
    format!("public.{}", quote_ident(name))
}

/// An error of the catalog functions while reading `what`, saying so.
fn about(what: &str, e: Error) -> Error {
    match e {
        Error::Unsupported {
            construct,
            span,
            help,
        } => Error::Unsupported {
            construct: format!("pgshim dump: {what}: {construct}"),
            span,
            help,
        },
        Error::Semantic {
            message,
            span,
            help,
        } => Error::Semantic {
            message: format!("cannot dump {what}: {message}"),
            span,
            help,
        },
        Error::Execution { message, source } => Error::Execution {
            message: format!("cannot dump {what}: {message}"),
            source,
        },
        other => other,
    }
}

/// An error for something the dump cannot write exactly.
fn cannot(construct: String, help: &str) -> Error {
    Error::unsupported(format!("pgshim dump: {construct}"), None, help.to_string())
}

fn text(row: &crate::Row, i: usize) -> Option<String> {
    row.text(i)
}

fn number(row: &crate::Row, i: usize) -> Result<i64> {
    let t = text(row, i).unwrap_or_default();
    t.parse()
        .map_err(|_| Error::Internal(format!("pgshim dump: {t:?} is not a number")))
}

fn flag(row: &crate::Row, i: usize) -> bool {
    text(row, i).as_deref() == Some("t")
}

impl Schema {
    fn read(conn: &mut Connection) -> Result<Schema> {
        check_storage(conn)?;
        let mut relations = Vec::new();
        let mut views = Vec::new();
        let mut sequence_names = Vec::new();
        for row in conn.query(
            "SELECT c.oid::bigint, c.relname, c.relkind FROM pg_catalog.pg_class c \
             WHERE c.relnamespace = 2200 AND c.relkind IN ('r', 'v', 'S') ORDER BY c.oid",
            &[],
        )? {
            let rel = Relation {
                oid: number(&row, 0)?,
                name: text(&row, 1).unwrap_or_default(),
            };
            match text(&row, 2).as_deref() {
                Some("r") => relations.push(rel),
                Some("v") => views.push(rel),
                _ => sequence_names.push(rel.name),
            }
        }
        let mut tables = Vec::new();
        for rel in relations {
            tables.push(read_table(conn, rel)?);
        }
        let sequences = read_sequences(conn, &tables)?;
        for t in &mut tables {
            for c in t.columns.iter_mut().filter(|c| c.identity.is_some()) {
                let owner = Some((t.rel.name.clone(), c.name.clone()));
                match sequences.iter().find(|q| q.identity && q.owner == owner) {
                    Some(q) => c.identity = Some(q.name.clone()),
                    None => {
                        return Err(Error::Internal(format!(
                            "pgshim dump: the identity column {}.{} has no sequence",
                            quote_ident(&t.rel.name),
                            quote_ident(&c.name)
                        )));
                    }
                }
            }
        }
        let mut read_views = Vec::new();
        for rel in views {
            read_views.push(read_view(conn, &rel.name)?);
        }
        Ok(Schema {
            sequences,
            tables,
            views: order_views(read_views),
        })
    }

    fn write(&self, conn: &mut Connection, out: &mut impl Write) -> Result<DumpReport> {
        let io = |e: std::io::Error| Error::Execution {
            message: format!("pgshim dump: writing the script: {e}"),
            source: None,
        };
        let mut report = DumpReport {
            sequences: self.sequences.len(),
            views: self.views.len(),
            ..DumpReport::default()
        };
        let mut s = String::new();
        s.push_str(&format!(
            "--\n-- PostgreSQL database dump, written by pgshim {} (pgshim dump)\n\
             --\n-- Load it into an empty database: psql -v ON_ERROR_STOP=1 -f FILE.\n\
             -- pgshim compares text as the C collation does: create the database\n\
             -- with LC_COLLATE 'C' for text to sort as it did.\n--\n\n",
            env!("CARGO_PKG_VERSION")
        ));
        s.push_str(&format!(
            "BEGIN;\n\n\
             SET statement_timeout = 0;\n\
             SET lock_timeout = 0;\n\
             SET idle_in_transaction_session_timeout = 0;\n\
             SET client_encoding = 'UTF8';\n\
             SET standard_conforming_strings = on;\n\
             SET search_path = public;\n\
             SET check_function_bodies = false;\n\
             SET xmloption = content;\n\
             SET client_min_messages = warning;\n\
             SET row_security = off;\n\
             SET TimeZone = '{TIME_ZONE}';\n\
             SET DateStyle = '{DATE_STYLE}';\n\
             SET IntervalStyle = '{INTERVAL_STYLE}';\n\
             SET default_tablespace = '';\n\
             SET default_table_access_method = heap;\n\n"
        ));
        for q in self.sequences.iter().filter(|q| !q.identity) {
            s.push_str(&format!(
                "CREATE SEQUENCE {} AS {} {};\n\n",
                qualified(&q.name),
                q.ty,
                sequence_options(q).join(" ")
            ));
        }
        for t in &self.tables {
            let mut lines: Vec<String> = t
                .columns
                .iter()
                .map(|c| {
                    let mut l = format!("    {} {}", quote_ident(&c.name), c.ty);
                    if let Some(d) = &c.default {
                        l.push_str(&format!(" DEFAULT {d}"));
                    }
                    if c.not_null {
                        l.push_str(" NOT NULL");
                    }
                    l
                })
                .collect();
            for k in t.constraints.iter().filter(|k| k.kind == "c") {
                lines.push(format!(
                    "    CONSTRAINT {} {}",
                    quote_ident(&k.name),
                    k.definition
                ));
            }
            s.push_str(&format!(
                "CREATE TABLE {} (\n{}\n);\n\n",
                qualified(&t.rel.name),
                lines.join(",\n")
            ));
            for c in &t.columns {
                let Some(seq) = &c.identity else { continue };
                let Some(q) = self.sequences.iter().find(|q| &q.name == seq) else {
                    continue;
                };
                s.push_str(&format!(
                    "ALTER TABLE {} ALTER COLUMN {} ADD GENERATED BY DEFAULT AS IDENTITY (\n    \
                     SEQUENCE NAME {}\n    {}\n);\n\n",
                    qualified(&t.rel.name),
                    quote_ident(&c.name),
                    qualified(&q.name),
                    sequence_options(q).join("\n    ")
                ));
            }
        }
        for q in self.sequences.iter().filter(|q| !q.identity) {
            if let Some((t, c)) = &q.owner {
                s.push_str(&format!(
                    "ALTER SEQUENCE {} OWNED BY {}.{};\n\n",
                    qualified(&q.name),
                    qualified(t),
                    quote_ident(c)
                ));
            }
        }
        for v in &self.views {
            s.push_str(&format!(
                "CREATE VIEW {} {};\n\n",
                qualified(&v.name),
                v.source
            ));
        }
        out.write_all(s.as_bytes()).map_err(io)?;

        for t in &self.tables {
            if t.columns.is_empty() {
                report.tables.push((t.rel.name.clone(), 0));
                continue;
            }
            let cols = t
                .columns
                .iter()
                .map(|c| quote_ident(&c.name))
                .collect::<Vec<_>>()
                .join(", ");
            let name = qualified(&t.rel.name);
            out.write_all(format!("COPY {name} ({cols}) FROM stdin;\n").as_bytes())
                .map_err(io)?;
            // pgshim's COPY reads its one schema's names unqualified.
            let mut copy = conn
                .copy_to(&format!(
                    "COPY {} ({cols}) TO STDOUT",
                    quote_ident(&t.rel.name)
                ))
                .map_err(|e| about(&format!("table {}", quote_ident(&t.rel.name)), e))?;
            let copied: Result<()> = (|| loop {
                let lines = conn
                    .copy_out_lines(&mut copy)
                    .map_err(|e| about(&format!("table {}", quote_ident(&t.rel.name)), e))?;
                if lines.is_empty() {
                    return Ok(());
                }
                for l in lines {
                    out.write_all(&l).map_err(io)?;
                }
            })();
            let rows = conn.copy_out_end(copy);
            copied?;
            out.write_all(b"\\.\n\n").map_err(io)?;
            report.tables.push((t.rel.name.clone(), rows));
        }

        let mut s = String::new();
        for q in &self.sequences {
            s.push_str(&format!(
                "SELECT pg_catalog.setval({}, {}, {});\n",
                literal(&qualified(&q.name)),
                q.last_value,
                q.is_called
            ));
        }
        if !self.sequences.is_empty() {
            s.push('\n');
        }
        for kind in ["p", "u"] {
            for t in &self.tables {
                for k in t.constraints.iter().filter(|k| k.kind == kind) {
                    s.push_str(&add_constraint(&t.rel.name, k));
                }
            }
        }
        for t in &self.tables {
            for i in &t.indexes {
                s.push_str(&format!("{i};\n\n"));
                report.indexes += 1;
            }
        }
        for t in &self.tables {
            for k in t.constraints.iter().filter(|k| k.kind == "f") {
                s.push_str(&add_constraint(&t.rel.name, k));
            }
        }
        report.constraints = self.tables.iter().map(|t| t.constraints.len()).sum();
        s.push_str("COMMIT;\n\n--\n-- PostgreSQL database dump complete\n--\n");
        out.write_all(s.as_bytes()).map_err(io)?;
        out.flush().map_err(io)?;
        Ok(report)
    }
}

/// `ALTER TABLE ONLY t ADD CONSTRAINT name …;`, as pg_dump writes it.
fn add_constraint(table: &str, k: &Constraint) -> String {
    format!(
        "ALTER TABLE ONLY {}\n    ADD CONSTRAINT {} {};\n\n",
        qualified(table),
        quote_ident(&k.name),
        k.definition
    )
}

/// A sequence's parameters, all of them spelt out.
fn sequence_options(q: &Sequence) -> [String; 6] {
    [
        format!("START WITH {}", q.start),
        format!("INCREMENT BY {}", q.increment),
        format!("MINVALUE {}", q.min),
        format!("MAXVALUE {}", q.max),
        format!("CACHE {}", q.cache),
        if q.cycle { "CYCLE" } else { "NO CYCLE" }.to_string(),
    ]
}

fn read_table(conn: &mut Connection, rel: Relation) -> Result<Table> {
    let what = format!("table {}", quote_ident(&rel.name));
    let declared: Vec<(String, String)> = conn
        .catalog()
        .table(&rel.name)
        .map(|t| {
            t.columns
                .iter()
                .map(|c| (c.name.clone(), c.declared.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut columns = Vec::new();
    let rows = conn
        .query(
            &format!(
                "SELECT a.attname, a.atttypid::bigint, format_type(a.atttypid, a.atttypmod), \
                 a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid) \
                 FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d \
                 ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
                 WHERE a.attrelid = {} AND a.attnum > 0 ORDER BY a.attnum",
                rel.oid
            ),
            &[],
        )
        .map_err(|e| about(&what, e))?;
    for row in rows {
        let name = text(&row, 0).unwrap_or_default();
        if number(&row, 1)? == 0 {
            let ty = declared
                .iter()
                .find(|(n, _)| *n == name)
                .map_or("?", |(_, d)| d.as_str());
            return Err(cannot(
                format!(
                    "column {}.{} has the type \"{ty}\", which pgshim does not know",
                    quote_ident(&rel.name),
                    quote_ident(&name)
                ),
                "change the column to a PostgreSQL type pgshim has (docs/compatibility.md), or dump the table another way",
            ));
        }
        columns.push(Column {
            name,
            ty: text(&row, 2).unwrap_or_default(),
            not_null: flag(&row, 3),
            default: text(&row, 5),
            identity: (text(&row, 4).as_deref() == Some("d")).then(String::new),
        });
    }
    let mut constraints = Vec::new();
    for row in conn
        .query(
            &format!(
                "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint \
                 WHERE conrelid = {} ORDER BY oid",
                rel.oid
            ),
            &[],
        )
        .map_err(|e| about(&what, e))?
    {
        constraints.push(Constraint {
            name: text(&row, 0).unwrap_or_default(),
            kind: text(&row, 1).unwrap_or_default(),
            definition: text(&row, 2).unwrap_or_default(),
        });
    }
    let mut indexes = Vec::new();
    for row in conn
        .query(
            &format!(
                "SELECT pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i \
                 WHERE i.indrelid = {0} AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k \
                 WHERE k.conindid = i.indexrelid AND k.conrelid = {0} AND k.contype IN ('p', 'u')) \
                 ORDER BY i.indexrelid",
                rel.oid
            ),
            &[],
        )
        .map_err(|e| about(&what, e))?
    {
        indexes.push(text(&row, 0).unwrap_or_default());
    }
    // Every foreign key SQLite enforces is one pg_constraint lists.
    let sqlite_fks: i64 = conn
        .sqlite()
        .query_row(
            "SELECT count(DISTINCT id) FROM pragma_foreign_key_list(?1)",
            [&rel.name],
            |r| r.get(0),
        )
        .map_err(|e| about(&what, e.into()))?;
    let listed = constraints.iter().filter(|k| k.kind == "f").count() as i64;
    if sqlite_fks != listed {
        return Err(cannot(
            format!(
                "{what} has {sqlite_fks} foreign keys in SQLite, of which pgshim's catalog shows {listed}"
            ),
            "a foreign key to a table the file does not have, or one pgshim did not write, cannot be dumped",
        ));
    }
    Ok(Table {
        rel,
        columns,
        constraints,
        indexes,
    })
}

fn read_sequences(conn: &mut Connection, tables: &[Table]) -> Result<Vec<Sequence>> {
    let mut sequences = Vec::new();
    for row in conn.query(
        "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, \
         s.seqmin, s.seqmax, s.seqcache, s.seqcycle \
         FROM pg_catalog.pg_sequence s JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid \
         ORDER BY c.oid",
        &[],
    )? {
        sequences.push(Sequence {
            name: text(&row, 0).unwrap_or_default(),
            ty: text(&row, 1).unwrap_or_default(),
            start: number(&row, 2)?,
            increment: number(&row, 3)?,
            min: number(&row, 4)?,
            max: number(&row, 5)?,
            cache: number(&row, 6)?,
            cycle: flag(&row, 7),
            last_value: 0,
            is_called: false,
            owner: None,
            identity: false,
        });
    }
    for q in &mut sequences {
        let what = format!("sequence {}", quote_ident(&q.name));
        let row = conn
            .query_one(
                &format!("SELECT last_value, is_called FROM {}", qualified(&q.name)),
                &[],
            )
            .map_err(|e| about(&what, e))?;
        q.last_value = number(&row, 0)?;
        q.is_called = flag(&row, 1);
    }
    // Owners: the column pg_get_serial_sequence names the sequence for.
    for t in tables {
        for c in &t.columns {
            let row = conn.query_one(
                "SELECT pg_get_serial_sequence($1, $2)",
                &[&quote_ident(&t.rel.name), &c.name],
            )?;
            let Some(owned) = text(&row, 0) else { continue };
            let Some(q) = sequences.iter_mut().find(|q| qualified(&q.name) == owned) else {
                return Err(Error::Internal(format!(
                    "pgshim dump: pg_get_serial_sequence names {owned}, which pg_sequence does not list"
                )));
            };
            if c.identity.is_some() {
                if q.ty != c.ty {
                    return Err(cannot(
                        format!(
                            "the identity sequence {} of {}.{} is {}, the column {}",
                            quote_ident(&q.name),
                            quote_ident(&t.rel.name),
                            quote_ident(&c.name),
                            q.ty,
                            c.ty
                        ),
                        "PostgreSQL gives an identity sequence its column's type",
                    ));
                }
                q.identity = true;
            }
            q.owner = Some((t.rel.name.clone(), c.name.clone()));
        }
    }
    Ok(sequences)
}

/// A view's PostgreSQL text, if pgshim kept it and it still means what
/// the view in the file means: translated again now (against the
/// catalog without the view), in UTC and in a zone and styles far from
/// it, it must give exactly the SQLite SQL the file holds. That proves
/// the tables it reads have not changed since (a rename rewrites the
/// file's view but not the kept text), and that its translation does not
/// depend on the session settings it was created in: pgshim fixes a
/// date/time literal without offset, and the zone or style of a
/// zone-dependent operation, at CREATE VIEW, where PostgreSQL applies the
/// session's at each query for the operations.
fn read_view(conn: &mut Connection, name: &str) -> Result<View> {
    let what = format!("view {}", quote_ident(name));
    let stored: String = conn
        .sqlite()
        .query_row(
            "SELECT coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'view' AND name = ?1",
            [name],
            |r| r.get(0),
        )
        .map_err(|e| about(&what, e.into()))?;
    let Some(source) = crate::catalog::view_source(&stored) else {
        return Err(cannot(
            format!(
                "pgshim did not keep the PostgreSQL text of {what} (it keeps it for views created since pgshim 0.1)"
            ),
            "run its CREATE OR REPLACE VIEW again through pgshim, then dump",
        ));
    };
    let mut catalog = conn.catalog().clone();
    catalog.remove_table(name);
    let statement = format!("CREATE VIEW {} {source}", quote_ident(name));
    let mut translations = Vec::new();
    for (zone, date_style, interval_style) in [
        ("UTC", crate::DateStyle::ISO, crate::IntervalStyle::Postgres),
        (
            "Asia/Kathmandu",
            crate::DateStyle {
                format: crate::DateFormat::Sql,
                order: crate::DateOrder::Dmy,
            },
            crate::IntervalStyle::SqlStandard,
        ),
    ] {
        let options = Options {
            time_zone: zone.to_string(),
            date_style,
            interval_style,
            ..Options::default()
        };
        let tr = Translator::with_options(catalog.clone(), options);
        translations.push(tr.translate(&statement).map(|t| t.sql).ok());
    }
    if translations
        .iter()
        .all(|t| t.as_deref() == Some(stored.as_str()))
    {
        return Ok(View {
            name: name.to_string(),
            source,
        });
    }
    if translations[0].is_some() && translations[0] != translations[1] {
        return Err(cannot(
            format!(
                "{what} depends on the session's TimeZone, DateStyle or IntervalStyle when it was created: \
                 pgshim fixed them into the view (a date/time literal without an offset, or a \
                 time zone–dependent operation), so PostgreSQL's view would not answer the same"
            ),
            "write date/time literals with an offset (timestamptz '2024-03-10 00:00+00') and recreate the view, or leave the view out",
        ));
    }
    Err(cannot(
        format!(
            "{what} no longer means what its kept PostgreSQL text says (a table or column it reads was renamed, dropped or changed since it was created)"
        ),
        "run its CREATE OR REPLACE VIEW again through pgshim, then dump",
    ))
}

/// Views in an order PostgreSQL can create them in: each after the
/// views its text names (in creation order otherwise).
fn order_views(views: Vec<View>) -> Vec<View> {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let names: Vec<String> = views.iter().map(|v| v.name.clone()).collect();
    let deps: Vec<Vec<usize>> = views
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let dialect = sqlparser::dialect::PostgreSqlDialect {};
            let tokens = Tokenizer::new(&dialect, &v.source)
                .tokenize()
                .unwrap_or_default();
            let mut d: Vec<usize> = tokens
                .iter()
                .filter_map(|t| match t {
                    Token::Word(w) => {
                        let n = if w.quote_style.is_some() {
                            w.value.clone()
                        } else {
                            w.value.to_lowercase()
                        };
                        names.iter().position(|x| *x == n)
                    }
                    _ => None,
                })
                .filter(|&j| j != i)
                .collect();
            d.sort_unstable();
            d.dedup();
            d
        })
        .collect();
    let mut done = vec![false; views.len()];
    let mut order = Vec::new();
    while order.len() < views.len() {
        let ready = (0..views.len()).find(|&i| !done[i] && deps[i].iter().all(|&j| done[j]));
        // A cycle (a name the text uses for something else): creation order.
        let next = ready.unwrap_or_else(|| (0..views.len()).find(|&i| !done[i]).unwrap_or(0));
        done[next] = true;
        order.push(next);
    }
    let mut slots: Vec<Option<View>> = views.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Refuses what only another tool can have put into the SQLite schema
/// and pgshim's catalog does not show: triggers, generated columns, a
/// column that is SQLite's rowid, unnamed CHECKs other than pgshim's
/// own, collations, tables whose SQL pgshim cannot read.
fn check_storage(conn: &Connection) -> Result<()> {
    use sqlparser::ast::{ColumnOption, Statement, TableConstraint};
    let db = conn.sqlite();
    let sqlite = |e: rusqlite::Error| Error::from(e);
    let objects: Vec<(String, String, String, String)> = {
        let mut stmt = db
            .prepare(&format!(
                "SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_schema \
                 WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
                 AND {} ORDER BY rowid",
                crate::catalog::application_tables("tbl_name")
            ))
            .map_err(sqlite)?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .map_err(sqlite)?
            .collect::<rusqlite::Result<_>>()
            .map_err(sqlite)?
    };
    for (kind, name, table, sql) in objects {
        if kind == "trigger" {
            return Err(cannot(
                format!(
                    "the SQLite trigger {} on {}",
                    quote_ident(&name),
                    quote_ident(&table)
                ),
                "pgshim has no triggers: another tool made it; drop it or move it by hand",
            ));
        }
        let what = format!("table {}", quote_ident(&name));
        let generated: i64 = db
            .query_row(
                "SELECT count(*) FROM pragma_table_xinfo(?1) WHERE hidden IN (2, 3)",
                [&name],
                |r| r.get(0),
            )
            .map_err(sqlite)?;
        if generated > 0 {
            return Err(cannot(
                format!("{what} has a generated column, which pgshim did not write"),
                "drop the generated column, or dump the table another way",
            ));
        }
        let rowid: Option<String> = db
            .query_row(
                "SELECT name FROM pragma_table_info(?1) WHERE pk = 1 AND upper(type) = 'INTEGER' \
                 AND (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) = 1",
                [&name],
                |r| r.get(0),
            )
            .ok();
        if let Some(c) = rowid.filter(|_| !sql.to_ascii_uppercase().contains("WITHOUT ROWID")) {
            return Err(cannot(
                format!(
                    "column {}.{} is SQLite's rowid (INTEGER PRIMARY KEY), as another tool or an older pgshim wrote it",
                    quote_ident(&name),
                    quote_ident(&c)
                ),
                "recreate the table through pgshim (CREATE TABLE … (id bigserial PRIMARY KEY …)) and copy the rows over",
            ));
        }
        let dialect = sqlparser::dialect::SQLiteDialect {};
        let parsed = sqlparser::parser::Parser::parse_sql(&dialect, &sql);
        let Ok([Statement::CreateTable(ct)]) = parsed.as_deref() else {
            return Err(cannot(
                format!("pgshim cannot read the SQLite definition of {what}"),
                "recreate the table through pgshim",
            ));
        };
        let foreign = |construct: String| {
            cannot(
                format!("{what} has {construct}, which pgshim did not write"),
                "recreate the table through pgshim, or drop it",
            )
        };
        for col in &ct.columns {
            for opt in &col.options {
                match &opt.option {
                    ColumnOption::Check(ck)
                        if opt.name.is_none()
                            && ck.name.is_none()
                            && !pgshims_check(&ck.expr, &col.name.value) =>
                    {
                        return Err(foreign(format!("the unnamed CHECK ({})", ck.expr)));
                    }
                    ColumnOption::Collation(n) => {
                        return Err(foreign(format!(
                            "the collation {n} on column {}",
                            quote_ident(&col.name.value)
                        )));
                    }
                    _ => {}
                }
            }
        }
        for c in &ct.constraints {
            if let TableConstraint::Check(ck) = c
                && ck.name.is_none()
            {
                return Err(foreign(format!("the unnamed CHECK ({})", ck.expr)));
            }
        }
    }
    Ok(())
}

/// Whether an unnamed column CHECK is one pgshim writes itself: a
/// varchar's length (`pg_varchar_fits("c", n)`), or the NOT NULL of a
/// column added by ALTER TABLE (`"c" IS NOT NULL`).
fn pgshims_check(e: &sqlparser::ast::Expr, column: &str) -> bool {
    use sqlparser::ast::Expr;
    match e {
        Expr::Nested(inner) => pgshims_check(inner, column),
        Expr::IsNotNull(x) => matches!(&**x, Expr::Identifier(i) if i.value == column),
        Expr::Function(f) => f.name.to_string() == "pg_varchar_fits",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{View, order_views, pgshims_check, write_dump};
    use crate::Connection;

    fn dump(db: &mut Connection) -> String {
        let mut out = Vec::new();
        write_dump(db, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn views_come_after_the_views_they_read() {
        let view = |name: &str, source: &str| View {
            name: name.into(),
            source: source.into(),
        };
        let ordered = order_views(vec![
            view("top", "AS SELECT * FROM \"Mid\" JOIN base USING (id)"),
            view("Mid", "AS SELECT id FROM base"),
            view("base", "AS SELECT 1 AS id"),
            view("alone", "AS SELECT 'top' AS top"),
        ]);
        let names: Vec<&str> = ordered.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["base", "Mid", "top", "alone"]);
    }

    #[test]
    fn only_pgshims_own_unnamed_checks_pass() {
        let parse = |sql: &str| {
            sqlparser::parser::Parser::new(&sqlparser::dialect::SQLiteDialect {})
                .try_with_sql(sql)
                .unwrap()
                .parse_expr()
                .unwrap()
        };
        assert!(pgshims_check(&parse("pg_varchar_fits(\"c\", 20)"), "c"));
        assert!(pgshims_check(&parse("(\"c\" IS NOT NULL)"), "c"));
        assert!(!pgshims_check(&parse("\"d\" IS NOT NULL"), "c"));
        assert!(!pgshims_check(&parse("c > 0"), "c"));
    }

    #[test]
    fn identity_columns_and_sequences_are_written_as_pg_dump_writes_them() {
        let mut db = Connection::open_in_memory().unwrap();
        db.batch_execute(
            "CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5) PRIMARY KEY, n int);
             CREATE SEQUENCE down AS smallint INCREMENT BY -1 MINVALUE -9 MAXVALUE 0 START 0 CYCLE;
             INSERT INTO t (n) VALUES (1), (2);
             ALTER SEQUENCE down RESTART WITH -3;",
        )
        .unwrap();
        let script = dump(&mut db);
        assert!(script.contains(
            "CREATE TABLE public.t (\n    id integer NOT NULL,\n    n integer\n);\n\n\
             ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n    \
             SEQUENCE NAME public.t_id_seq\n    START WITH 10\n    INCREMENT BY 5\n    MINVALUE 1\n    \
             MAXVALUE 2147483647\n    CACHE 1\n    NO CYCLE\n);"
        ));
        assert!(script.contains(
            "CREATE SEQUENCE public.down AS smallint START WITH 0 INCREMENT BY -1 MINVALUE -9 MAXVALUE 0 CACHE 1 CYCLE;"
        ));
        assert!(!script.contains("OWNED BY public.t"));
        assert!(script.contains("SELECT pg_catalog.setval('public.t_id_seq', 15, true);"));
        assert!(script.contains("SELECT pg_catalog.setval('public.down', -3, false);"));
        assert!(script.starts_with("--\n-- PostgreSQL database dump"));
        assert!(script.ends_with("COMMIT;\n\n--\n-- PostgreSQL database dump complete\n--\n"));
    }

    #[test]
    fn the_callers_session_and_transaction_are_left_as_they_were() {
        let mut db = Connection::open_in_memory().unwrap();
        db.batch_execute(
            "CREATE TABLE e (at timestamptz, took interval);
             INSERT INTO e VALUES ('2024-03-10 02:30:00-05', '1 day -01:00:00');
             SET TIME ZONE 'Asia/Tokyo'; SET IntervalStyle = 'iso_8601'; SET DateStyle = 'German'",
        )
        .unwrap();
        let shown = |db: &mut Connection| {
            let row = db
                .query_one("SELECT current_setting('TimeZone'), current_setting('IntervalStyle'), current_setting('DateStyle')", &[])
                .unwrap();
            (0..3).map(|i| row.text(i).unwrap()).collect::<Vec<_>>()
        };
        let before = shown(&mut db);
        // Values in UTC and PostgreSQL's default styles, as the header says.
        let script = dump(&mut db);
        assert!(script.contains(
            "SET TimeZone = 'UTC';\nSET DateStyle = 'ISO, MDY';\nSET IntervalStyle = 'postgres';"
        ));
        assert!(script.contains(
            "COPY public.e (at, took) FROM stdin;\n2024-03-10 07:30:00+00\t1 day -01:00:00\n\\.\n"
        ));
        assert_eq!(shown(&mut db), before);
        assert!(!db.in_transaction());
        // Not in a block that reads the file afresh at each statement.
        db.batch_execute("BEGIN").unwrap();
        let mut out = Vec::new();
        assert!(write_dump(&mut db, &mut out).unwrap_err().is_unsupported());
        assert!(out.is_empty() && db.in_transaction());
        // Inside the caller's block once it wrote: a savepoint, released.
        db.batch_execute("INSERT INTO e VALUES (NULL, NULL)")
            .unwrap();
        let inside = dump(&mut db);
        assert!(inside.contains("\\N\t\\N\n\\.\n"));
        assert!(db.in_transaction());
        assert_eq!(shown(&mut db), before);
        db.batch_execute("ROLLBACK").unwrap();
        let n: i64 = db.query_one("SELECT count(*) FROM e", &[]).unwrap().get(0);
        assert_eq!(n, 1);
    }

    #[test]
    fn the_dump_reads_one_snapshot_while_another_connection_writes() {
        let dir = std::env::temp_dir().join(format!("pgshim-dump-snapshot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("app.sqlite");
        let _ = std::fs::remove_file(&path);
        let mut db = Connection::open(&path).unwrap();
        // In WAL mode a writer commits beside a reader (in the rollback
        // journal's mode it waits for the dump to end).
        db.sqlite()
            .execute_batch("PRAGMA journal_mode = WAL")
            .unwrap();
        db.batch_execute(
            "CREATE TABLE t (id bigserial PRIMARY KEY); INSERT INTO t DEFAULT VALUES;",
        )
        .unwrap();
        let mut other = Connection::open(&path).unwrap();
        // The other connection commits while the dump writes its schema.
        struct Writer<'a>(&'a mut Connection, Vec<u8>);
        impl std::io::Write for Writer<'_> {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                if self.1.is_empty() {
                    self.0
                        .batch_execute("INSERT INTO t DEFAULT VALUES")
                        .unwrap();
                }
                self.1.extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut w = Writer(&mut other, Vec::new());
        write_dump(&mut db, &mut w).unwrap();
        let script = String::from_utf8(w.1).unwrap();
        assert!(
            script.contains("COPY public.t (id) FROM stdin;\n1\n\\.\n"),
            "{script}"
        );
        assert!(
            script.contains("setval('public.t_id_seq', 1, true)"),
            "{script}"
        );
        drop(db);
        drop(other);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn nothing_is_written_for_a_schema_that_cannot_be_dumped() {
        let mut db = Connection::open_in_memory().unwrap();
        db.batch_execute("CREATE TABLE t (a int DEFAULT 1 + 2)")
            .unwrap();
        let mut out = Vec::new();
        let e = write_dump(&mut db, &mut out).unwrap_err();
        assert!(e.to_string().starts_with("cannot dump table t: "), "{e}");
        assert!(out.is_empty());
        assert!(!db.in_transaction());
    }
}
