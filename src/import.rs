//! Loading a whole PostgreSQL database from `pg_dump`'s plain format
//! (schema and data): [`Connection::import`].
//!
//! The dump's statements run in three phases, so that SQLite's constraint
//! checks and indexes cost what they cost in PostgreSQL's own restore:
//!
//! 1. the schema, in the dump's order (tables, sequences, column defaults,
//!    constraints, views), on the still empty tables;
//! 2. the data: every `COPY … FROM stdin` block, in one transaction, with
//!    foreign keys checked once all rows are in (pg_dump's table order is
//!    not the foreign keys' order), then the `setval` calls;
//! 3. the indexes.
//!
//! pg_dump's session preamble (`SET …`, `set_config('search_path', …)`) is
//! skipped: it sets up PostgreSQL's restore, and pgshim's session already
//! reads the dump as written. Every other statement that cannot be carried
//! over is listed in the report with the reason, never dropped silently.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/app-pgdump.html>

use sqlparser::ast::{Expr, SelectItem, SetExpr, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::Token;

use crate::connection::Connection;
use crate::error::{Error, Result};

/// Rows loaded per step of a COPY block (the progress callback is called
/// after each).
const CHUNK: usize = 10_000;

/// How far an import has come, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProgress {
    /// Bytes of the dump read so far.
    pub bytes_done: u64,
    /// The dump's size in bytes.
    pub bytes_total: u64,
    /// The table being loaded, if data is being loaded.
    pub table: Option<String>,
    /// Rows loaded so far, over all tables.
    pub rows: u64,
}

/// A statement of the dump that was not carried over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The statement's first line (shortened).
    pub statement: String,
    /// Why it was not carried over (pgshim's error, or a note).
    pub reason: String,
}

/// What [`Connection::import`] loaded and what it could not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Each table that received data, with its row count, in dump order.
    pub tables: Vec<(String, u64)>,
    /// Tables created (with or without data).
    pub tables_created: usize,
    /// Sequences created, and `setval` calls made.
    pub sequences: usize,
    /// Constraints added by ALTER TABLE.
    pub constraints: usize,
    /// Indexes created.
    pub indexes: usize,
    /// Views created.
    pub views: usize,
    /// pg_dump's session preamble statements skipped (SET, set_config).
    pub preamble_skipped: usize,
    /// COMMENT statements: SQLite keeps no comments.
    pub comments_skipped: usize,
    /// Everything else that was not carried over.
    pub skipped: Vec<Skipped>,
}

impl ImportReport {
    /// All rows loaded.
    ///
    /// ```
    /// let r = pgshim::ImportReport { tables: vec![("a".into(), 2), ("b".into(), 3)], ..Default::default() };
    /// assert_eq!(r.rows(), 5);
    /// ```
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// One statement of the dump, classified, with its first line for the
/// report (and, for COPY, its size in bytes for the progress bar).
enum Step {
    Now(Statement, String),
    Copy(Statement, String, u64),
    Later(Statement, String),
    Index(Statement, String),
}

/// The first line of a statement's text, shortened, for the report.
fn head(text: &str) -> String {
    let line = text.trim().lines().next().unwrap_or("").trim();
    if line.chars().count() > 100 {
        let cut: String = line.chars().take(97).collect();
        format!("{cut}...")
    } else {
        line.to_string()
    }
}

/// `SELECT pg_catalog.set_config(…)` / `SELECT pg_catalog.setval(…)`: the
/// function a one-call SELECT calls.
fn select_call(stmt: &Statement) -> Option<String> {
    let Statement::Query(q) = stmt else {
        return None;
    };
    let SetExpr::Select(s) = q.body.as_ref() else {
        return None;
    };
    if s.projection.len() != 1 || !s.from.is_empty() {
        return None;
    }
    let (SelectItem::UnnamedExpr(Expr::Function(f))
    | SelectItem::ExprWithAlias {
        expr: Expr::Function(f),
        ..
    }) = &s.projection[0]
    else {
        return None;
    };
    f.name.0.last().map(|p| p.to_string().to_lowercase())
}

/// Why a statement was not carried over: pgshim's error, or, for one on a
/// table that could not be created, that table.
fn skip_reason(e: &Error, failed_tables: &[String]) -> String {
    let message = e.message();
    match failed_tables
        .iter()
        .find(|t| message == format!("relation \"{t}\" does not exist"))
    {
        Some(t) => format!("table \"{t}\" was not created (listed above)"),
        None => message,
    }
}

impl Connection {
    /// Loads a dump in `pg_dump`'s plain format (`pg_dump --no-owner
    /// --no-privileges DB`) into this database: tables with their
    /// constraints and defaults, sequences with their values, the rows of
    /// every COPY block (each field read by its column's input function,
    /// so every value is in its stored form), indexes and views. Returns
    /// what was loaded and what was not carried over; stops at the first
    /// error in the data, and then loads no data at all.
    ///
    /// ```
    /// let dump = "SET statement_timeout = 0;\n\
    ///     CREATE TABLE public.t (id bigint NOT NULL, at timestamp with time zone);\n\
    ///     CREATE SEQUENCE public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;\n\
    ///     ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n\
    ///     ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);\n\
    ///     COPY public.t (id, at) FROM stdin;\n1\t2024-03-10 02:30:00-05\n\\.\n\
    ///     SELECT pg_catalog.setval('public.t_id_seq', 1, true);\n\
    ///     ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n";
    /// let mut db = pgshim::Connection::open_in_memory().unwrap();
    /// let report = db.import(dump, |_| {}).unwrap();
    /// assert_eq!(report.tables, vec![("t".to_string(), 1)]);
    /// assert!(report.skipped.is_empty());
    /// let row = db.query_one("INSERT INTO t (at) VALUES (now()) RETURNING id", &[]).unwrap();
    /// assert_eq!(row.get::<_, i64>("id"), 2);
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/app-pgdump.html>
    pub fn import(
        &mut self,
        dump: &str,
        mut progress: impl FnMut(&ImportProgress),
    ) -> Result<ImportReport> {
        let mut report = ImportReport::default();
        let total = dump.len() as u64;
        // pg_dump (from 15.14, 16.10, 17.6) brackets its output with psql's
        // `\restrict KEY` and `\unrestrict KEY`, which only psql reads;
        // blanked here, keeping every other byte where it is.
        let mut owned = dump.to_string();
        for (word, last) in [("\\restrict ", false), ("\\unrestrict ", true)] {
            let found = owned
                .match_indices(word)
                .filter(|(i, _)| *i == 0 || owned.as_bytes()[i - 1] == b'\n')
                .map(|(i, _)| i);
            let at = if last {
                found.last()
            } else {
                found.into_iter().next()
            };
            if let Some(i) = at {
                let end = owned[i..].find('\n').map_or(owned.len(), |n| i + n);
                owned.replace_range(i..end, &" ".repeat(end - i));
                report.preamble_skipped += 1;
            }
        }
        let dump = owned.as_str();
        let dialect = PostgreSqlDialect {};
        let mut parser = crate::rewrite::parser(&dialect, dump)?;
        let mut steps = Vec::new();
        // Byte offsets of line starts, to turn token locations into bytes
        // for the progress bar.
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(dump.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        // The byte offset of the next token (its location counts lines and
        // characters from 1).
        let offset = |p: &sqlparser::parser::Parser| -> u64 {
            if p.peek_token_ref().token == Token::EOF {
                return dump.len() as u64;
            }
            let loc = p.peek_token_ref().span.start;
            let Some(&line) = line_starts.get((loc.line as usize).saturating_sub(1)) else {
                return dump.len() as u64;
            };
            let col = (loc.column as usize).saturating_sub(1);
            let within = dump[line..]
                .char_indices()
                .nth(col)
                .map_or(dump.len() - line, |(i, _)| i);
            (line + within) as u64
        };
        loop {
            while parser.consume_token(&Token::SemiColon) {}
            if parser.peek_token_ref().token == Token::EOF {
                break;
            }
            let start = offset(&parser) as usize;
            let text_from = |end: usize| dump.get(start..end.max(start)).unwrap_or("");
            match crate::rewrite::parse_statement(&mut parser) {
                Ok(stmt) => {
                    let end = offset(&parser) as usize;
                    let whole = text_from(end.min(dump.len()));
                    let text = head(whole);
                    let step = match &stmt {
                        Statement::Set(_) => {
                            report.preamble_skipped += 1;
                            continue;
                        }
                        Statement::Comment { .. } => {
                            report.comments_skipped += 1;
                            continue;
                        }
                        // pg_dump -n public creates the schema pgshim has.
                        Statement::CreateSchema { schema_name, .. }
                            if schema_name.to_string().trim_matches('"') == "public" =>
                        {
                            report.preamble_skipped += 1;
                            continue;
                        }
                        Statement::Copy { .. } => Step::Copy(stmt, text, whole.len() as u64),
                        Statement::CreateIndex(_) => Step::Index(stmt, text),
                        _ => match select_call(&stmt).as_deref() {
                            Some("set_config") => {
                                report.preamble_skipped += 1;
                                continue;
                            }
                            Some("setval") => Step::Later(stmt, text),
                            _ => Step::Now(stmt, text),
                        },
                    };
                    steps.push(step);
                }
                Err(e) => {
                    // Skip to the end of the statement sqlparser could not
                    // read (its tokens hold dollar-quoted bodies whole).
                    loop {
                        let t = parser.next_token();
                        if matches!(t.token, Token::SemiColon | Token::EOF) {
                            break;
                        }
                    }
                    let end = offset(&parser) as usize;
                    report.skipped.push(Skipped {
                        statement: head(text_from(end.min(dump.len()))),
                        reason: e.message(),
                    });
                }
            }
        }
        let done = |report: &ImportReport, bytes: u64, table: Option<String>| ImportProgress {
            bytes_done: bytes,
            bytes_total: total,
            table,
            rows: report.rows(),
        };
        // 1. The schema.
        let mut failed_tables = Vec::new();
        for step in &mut steps {
            let Step::Now(stmt, text) = step else {
                continue;
            };
            match self.run_parsed(stmt) {
                Ok(_) => match stmt {
                    Statement::CreateTable(_) => report.tables_created += 1,
                    Statement::CreateSequence { .. } if text.starts_with("CREATE") => {
                        report.sequences += 1
                    }
                    Statement::CreateView(_) => report.views += 1,
                    Statement::AlterTable(at)
                        if at.operations.iter().any(|o| {
                            matches!(o, sqlparser::ast::AlterTableOperation::AddConstraint { .. })
                        }) =>
                    {
                        report.constraints += 1
                    }
                    _ => {}
                },
                Err(e) => {
                    let reason = skip_reason(&e, &failed_tables);
                    if let Statement::CreateTable(ct) = stmt {
                        failed_tables.push(
                            ct.name
                                .0
                                .last()
                                .map(|p| p.to_string().trim_matches('"').to_lowercase())
                                .unwrap_or_default(),
                        );
                    }
                    report.skipped.push(Skipped {
                        statement: text.clone(),
                        reason,
                    });
                }
            }
        }
        progress(&done(&report, 0, None));
        // 2. The data, in one transaction.
        // Foreign keys are checked once, after all rows are in (a deferred
        // check would look for child rows on every parent row inserted,
        // before the indexes exist).
        if self.in_transaction() {
            return Err(Error::Execution {
                message: "pgshim import runs outside a transaction block".into(),
                source: None,
            });
        }
        let fk_on: bool = self
            .sqlite()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        self.sqlite()
            .execute_batch("PRAGMA foreign_keys = OFF; BEGIN")?;
        let data = (|| -> Result<()> {
            let mut bytes = 0u64;
            for step in &steps {
                let Step::Copy(stmt, text, size) = step else {
                    continue;
                };
                bytes += size;
                let plan = crate::copy::plan(stmt)?;
                if failed_tables.contains(&plan.table) {
                    report.skipped.push(Skipped {
                        statement: text.clone(),
                        reason: format!(
                            "the data of table \"{}\", which was not created",
                            plan.table
                        ),
                    });
                    continue;
                }
                let Statement::Copy {
                    payload: Some(payload),
                    ..
                } = stmt
                else {
                    continue;
                };
                let mut n = 0u64;
                report.tables.push((plan.table.clone(), 0));
                let lines: Vec<&str> = payload.data.lines().collect();
                for chunk in lines.chunks(CHUNK) {
                    n += self.copy_rows(&plan, chunk.iter().map(Ok))?;
                    if let Some(last) = report.tables.last_mut() {
                        last.1 = n;
                    }
                    progress(&done(&report, bytes, Some(plan.table.clone())));
                }
            }
            for step in &mut steps {
                let Step::Later(stmt, text) = step else {
                    continue;
                };
                match self.run_parsed(stmt) {
                    Ok(_) => {}
                    Err(e) => report.skipped.push(Skipped {
                        statement: text.clone(),
                        reason: skip_reason(&e, &failed_tables),
                    }),
                }
            }
            let broken: Option<String> = if fk_on {
                self.sqlite()
                    .query_row(
                        "SELECT \"table\" || ' → ' || parent FROM pragma_foreign_key_check LIMIT 1",
                        [],
                        |r| r.get(0),
                    )
                    .ok()
            } else {
                None
            };
            if let Some(b) = broken {
                return Err(Error::Execution {
                    message: format!("the dump's rows break a foreign key ({b})"),
                    source: None,
                });
            }
            Ok(())
        })();
        let ended = match &data {
            Ok(()) => self.sqlite().execute_batch("COMMIT"),
            Err(_) => self.sqlite().execute_batch("ROLLBACK"),
        };
        if fk_on {
            self.sqlite().execute_batch("PRAGMA foreign_keys = ON")?;
        }
        data?;
        ended?;
        // 3. The indexes.
        for step in &mut steps {
            let Step::Index(stmt, text) = step else {
                continue;
            };
            match self.run_parsed(stmt) {
                Ok(_) => report.indexes += 1,
                Err(e) => report.skipped.push(Skipped {
                    statement: text.clone(),
                    reason: skip_reason(&e, &failed_tables),
                }),
            }
        }
        progress(&done(&report, total, None));
        Ok(report)
    }
}
