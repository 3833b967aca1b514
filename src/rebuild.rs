//! ALTER TABLE actions that SQLite cannot do in place (ADD CONSTRAINT,
//! ALTER COLUMN SET/DROP DEFAULT, SET/DROP NOT NULL), done by rebuilding
//! the table, as SQLite's documentation describes: the rows are copied
//! aside, the table is dropped and created again with the changed
//! definition, and the rows are copied back, which checks the new
//! constraint against every row. Its indexes, triggers and AUTOINCREMENT
//! counter are carried over.
//!
//! Foreign keys are deferred for the rebuild, so that rows of other tables
//! that refer to this one stay valid across the drop and the re-insert;
//! a new foreign key is checked with `PRAGMA foreign_key_check` before the
//! rebuild is kept.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-altertable.html>
//!
//! # SQLite
//! <https://www.sqlite.org/lang_altertable.html#otheralter>

use rusqlite::OptionalExtension;
use sqlparser::dialect::SQLiteDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::error::{Error, Result};
use crate::rewrite::ddl::{ConstraintKind, Rebuild, TableChange};

fn q(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn exec_err(message: String) -> Error {
    Error::Execution {
        message,
        source: None,
    }
}

/// Runs the action on the connection, inside a savepoint (so inside the
/// caller's transaction, if any): all of it or none of it.
///
/// - UNIQUE becomes a unique index named as the constraint.
/// - CHECK, FOREIGN KEY, NOT NULL and DEFAULT change the stored definition
///   only (SQLite's documented `writable_schema` procedure for changes
///   that leave the stored rows' format alone), after the rows are checked
///   against the new constraint.
/// - PRIMARY KEY rebuilds the table: rows are copied aside, the table is
///   created again and the rows copied back.
pub(crate) fn run(conn: &rusqlite::Connection, r: &Rebuild) -> Result<()> {
    match &r.change {
        TableChange::AddUnique {
            sql,
            name,
            primary: false,
            ..
        } => conn.execute_batch(sql).map_err(|e| {
            if e.to_string().contains("UNIQUE constraint failed") {
                exec_err(format!("could not create unique index \"{name}\""))
            } else {
                e.into()
            }
        }),
        TableChange::AddUnique { primary: true, .. } => rebuild(conn, r),
        TableChange::AddIdentity { column, .. } => {
            let (not_null, has_default): (bool, bool) = conn
                .query_row(
                    "SELECT \"notnull\", dflt_value IS NOT NULL FROM pragma_table_info(?1) \
                     WHERE name = ?2",
                    [&r.table, column],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?
                .unwrap_or((false, false));
            let table = &r.table;
            if !not_null {
                return Err(exec_err(format!(
                    "column \"{column}\" of relation \"{table}\" must be declared NOT NULL before identity can be added"
                )));
            }
            if has_default {
                return Err(exec_err(format!(
                    "column \"{column}\" of relation \"{table}\" already has a default value"
                )));
            }
            edit_definition(conn, r)
        }
        _ => edit_definition(conn, r),
    }
}

fn definition(conn: &rusqlite::Connection, table: &str) -> Result<String> {
    conn.query_row(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [table],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| exec_err(format!("relation \"{table}\" does not exist")))
}

/// CHECK, FOREIGN KEY, NOT NULL, DEFAULT: the rows are checked, then the
/// stored definition is replaced.
fn edit_definition(conn: &rusqlite::Connection, r: &Rebuild) -> Result<()> {
    let table = &r.table;
    let create = definition(conn, table)?;
    let new_create = changed_definition(&create, &r.change)?;
    // The new definition must be one SQLite reads: try it on a scratch
    // table first.
    let body = new_create
        .find('(')
        .map(|i| &new_create[i..])
        .ok_or_else(|| exec_err("could not read the definition of a table".into()))?;
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE \"_pgshim_probe\" {body}; DROP TABLE temp.\"_pgshim_probe\""
    ))?;
    // The rows that would break the new definition, and the error.
    let test = match &r.change {
        TableChange::SetNotNull {
            column,
            not_null: true,
        } => Some((
            format!("SELECT 1 FROM {} WHERE {} IS NULL", q(table), q(column)),
            format!("column \"{column}\" of relation \"{table}\" contains null values"),
        )),
        TableChange::AddConstraint {
            kind: ConstraintKind::Check,
            name,
            check: Some(expr),
            ..
        } => Some((
            format!("SELECT 1 FROM {} WHERE NOT ({expr})", q(table)),
            format!("check constraint \"{name}\" of relation \"{table}\" is violated by some row"),
        )),
        TableChange::SetStringType {
            column,
            length: Some(n),
            ..
        } => Some((
            // Too long: past the length, something but spaces.
            format!(
                "SELECT 1 FROM {t} WHERE length({c}) > {n} AND rtrim(substr({c}, {n} + 1), ' ') <> ''",
                t = q(table),
                c = q(column)
            ),
            format!("value too long for type character varying({n})"),
        )),
        _ => None,
    };
    if let Some((sql, message)) = test {
        if conn.prepare(&sql)?.exists([])? {
            return Err(exec_err(message));
        }
    }
    if let TableChange::SetStringType { column, length, .. } = &r.change {
        // PostgreSQL refuses to change the type of a column a view uses;
        // pgshim does not track which columns a view uses.
        let views = conn
            .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'view' AND instr(lower(sql), lower(?1)) > 0")?
            .exists([table])?;
        if views {
            return Err(Error::unsupported(
                "ALTER COLUMN … TYPE of a table a view reads",
                None,
                "drop the view, alter the column, and create the view again",
            ));
        }
        // What fits but for trailing spaces is cut to the length, as
        // PostgreSQL's assignment cast cuts it.
        if let Some(n) = length {
            conn.execute(
                &format!(
                    "UPDATE {t} SET {c} = substr({c}, 1, {n}) WHERE length({c}) > {n}",
                    t = q(table),
                    c = q(column)
                ),
                [],
            )?;
        }
    }
    let version: i64 = conn.query_row("PRAGMA schema_version", [], |row| row.get(0))?;
    in_savepoint(conn, "pgshim_alter", || {
        conn.execute_batch("PRAGMA writable_schema = ON")?;
        let updated = conn.execute(
            "UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1",
            [table, &new_create],
        );
        conn.execute_batch(&format!(
            "PRAGMA schema_version = {}; PRAGMA writable_schema = OFF",
            version + 1
        ))?;
        updated?;
        if let TableChange::AddConstraint {
            kind: ConstraintKind::ForeignKey,
            name,
            ..
        } = &r.change
        {
            if foreign_keys_broken(conn, table)? {
                return Err(exec_err(format!(
                    "insert or update on table \"{table}\" violates foreign key constraint \"{name}\""
                )));
            }
        }
        Ok(())
    })
}

/// PRIMARY KEY: the table is rebuilt. Dropping a table that other tables'
/// foreign keys refer to would run their ON DELETE actions, so such a
/// table is rebuilt with foreign keys off, which SQLite allows only
/// outside a transaction.
fn rebuild(conn: &rusqlite::Connection, r: &Rebuild) -> Result<()> {
    let table = &r.table;
    let create = definition(conn, table)?;
    let new_create = changed_definition(&create, &r.change)?;
    let extras: Vec<String> = conn
        .prepare(
            "SELECT sql FROM sqlite_schema WHERE tbl_name = ?1 AND type IN ('index', 'trigger') \
             AND sql IS NOT NULL ORDER BY rowid",
        )?
        .query_map([table], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let has_counter = crate::catalog::table_exists(conn, "sqlite_sequence")?;
    let counter: Option<i64> = if has_counter {
        conn.query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = ?1",
            [table],
            |row| row.get(0),
        )
        .optional()?
    } else {
        None
    };
    let ncols: i64 = conn.query_row(
        "SELECT count(*) FROM pragma_table_info(?1)",
        [table],
        |row| row.get(0),
    )?;
    let fk_on: bool = conn.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?;
    let referenced = conn
        .prepare(
            "SELECT 1 FROM sqlite_schema s, pragma_foreign_key_list(s.name) f \
             WHERE s.type = 'table' AND s.name <> ?1 AND f.\"table\" = ?1 COLLATE NOCASE",
        )?
        .exists([table])?;
    let fk_off = fk_on && referenced;
    if fk_off {
        if !conn.is_autocommit() {
            return Err(Error::unsupported(
                "ALTER TABLE … ADD PRIMARY KEY on a table that other tables' foreign keys refer to, inside a transaction block",
                None,
                "run this ALTER TABLE outside a transaction block",
            ));
        }
        conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    }
    let result = rebuild_rows(conn, r, &new_create, &extras, counter, ncols);
    if fk_off {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

fn rebuild_rows(
    conn: &rusqlite::Connection,
    r: &Rebuild,
    new_create: &str,
    extras: &[String],
    counter: Option<i64>,
    ncols: i64,
) -> Result<()> {
    let table = &r.table;
    in_savepoint(conn, "pgshim_rebuild", || {
        let aside = "temp.\"_pgshim_rebuild\"";
        let cols: Vec<String> = (0..ncols).map(|i| format!("c{i}")).collect();
        conn.execute_batch(&format!(
            "DROP TABLE IF EXISTS {aside}; CREATE TABLE {aside} ({}); \
             INSERT INTO {aside} SELECT * FROM {}; DROP TABLE {};",
            cols.join(", "),
            q(table),
            q(table)
        ))?;
        conn.execute_batch(new_create)?;
        if let Err(e) =
            conn.execute_batch(&format!("INSERT INTO {} SELECT * FROM {aside}", q(table)))
        {
            return Err(violation(r, &e.to_string()));
        }
        conn.execute_batch(&format!("DROP TABLE {aside}"))?;
        for sql in extras {
            conn.execute_batch(sql)?;
        }
        if let Some(seq) = counter {
            conn.execute("DELETE FROM sqlite_sequence WHERE name = ?1", [table])?;
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
                rusqlite::params![table, seq],
            )?;
        }
        if foreign_keys_broken(conn, table)? {
            return Err(exec_err(format!(
                "insert or update on table \"{table}\" violates a foreign key constraint"
            )));
        }
        Ok(())
    })
}

/// Runs `f` inside a savepoint (so inside the caller's transaction, if
/// any): released when it succeeds, rolled back when it fails.
pub(crate) fn in_savepoint(
    conn: &rusqlite::Connection,
    name: &str,
    f: impl FnOnce() -> Result<()>,
) -> Result<()> {
    conn.execute_batch(&format!("SAVEPOINT {name}"))?;
    match f() {
        Ok(()) => {
            conn.execute_batch(&format!("RELEASE {name}"))?;
            Ok(())
        }
        Err(e) => {
            let _ = conn.execute_batch(&format!("ROLLBACK TO {name}; RELEASE {name}"));
            Err(e)
        }
    }
}

/// Whether foreign keys are enforced and a row of `table` breaks one.
fn foreign_keys_broken(conn: &rusqlite::Connection, table: &str) -> Result<bool> {
    let on: bool = conn.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?;
    Ok(on
        && conn
            .prepare("SELECT 1 FROM pragma_foreign_key_check(?1)")?
            .exists([table])?)
}

/// PostgreSQL's error for rows that break the changed definition.
fn violation(r: &Rebuild, sqlite: &str) -> Error {
    let table = &r.table;
    let null_column = sqlite
        .split("NOT NULL constraint failed: ")
        .nth(1)
        .and_then(|rest| rest.split_once('.'))
        .map(|(_, c)| c.trim().to_string());
    if let Some(col) = null_column {
        return exec_err(format!(
            "column \"{col}\" of relation \"{table}\" contains null values"
        ));
    }
    if let TableChange::AddUnique { name, .. } = &r.change {
        if sqlite.contains("UNIQUE constraint failed")
            || sqlite.contains("PRIMARY KEY must be unique")
        {
            return exec_err(format!("could not create unique index \"{name}\""));
        }
    }
    exec_err(sqlite.to_string())
}

/// The table's definition with the change made, by its tokens (the
/// stored `CREATE TABLE` text is pgshim's own or SQLite's).
fn changed_definition(create: &str, change: &TableChange) -> Result<String> {
    let dialect = SQLiteDialect {};
    let tokens = Tokenizer::new(&dialect, create)
        .with_unescape(false)
        .tokenize()
        .map_err(|e| exec_err(format!("could not read the definition of a table: {e}")))?;
    // The body's parentheses, and the top-level commas between its items.
    let open = tokens
        .iter()
        .position(|t| *t == Token::LParen)
        .ok_or_else(|| exec_err("could not read the definition of a table".into()))?;
    let mut depth = 0;
    let mut close = None;
    let mut items = vec![open + 1];
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            Token::Comma if depth == 1 => items.push(i + 1),
            _ => {}
        }
    }
    let close = close.ok_or_else(|| exec_err("could not read the definition of a table".into()))?;
    let text = |ts: &[Token]| ts.iter().map(|t| t.to_string()).collect::<String>();
    // Item k spans items[k] .. (items[k+1] - 1, the comma) or close.
    let bounds: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(k, &s)| (s, items.get(k + 1).map_or(close, |&n| n - 1)))
        .collect();
    let column_item = |column: &str| -> Option<usize> {
        bounds.iter().position(|&(s, e)| {
            tokens[s..e]
                .iter()
                .find(|t| !matches!(t, Token::Whitespace(_)))
                .is_some_and(|t| match t {
                    Token::Word(w) if w.quote_style.is_some() => w.value == column,
                    Token::Word(w) => {
                        w.keyword == sqlparser::keywords::Keyword::NoKeyword
                            && w.value.eq_ignore_ascii_case(column)
                            || w.value == column
                    }
                    _ => false,
                })
        })
    };
    let mut pieces: Vec<String> = bounds.iter().map(|&(s, e)| text(&tokens[s..e])).collect();
    let edit_column = |pieces: &mut Vec<String>,
                       column: &str,
                       f: &dyn Fn(&[Token]) -> Vec<Token>|
     -> Result<()> {
        let k = column_item(column).ok_or_else(|| {
            exec_err(format!(
                "could not find column \"{column}\" in the table's definition"
            ))
        })?;
        let (s, e) = bounds[k];
        pieces[k] = text(&f(&tokens[s..e]));
        Ok(())
    };
    match change {
        TableChange::AddConstraint { sql, .. } => pieces.push(format!(" {sql}")),
        TableChange::AddUnique {
            sql,
            columns,
            primary,
            ..
        } => {
            let single = *primary && columns.len() == 1;
            for c in columns {
                edit_column(&mut pieces, c, &|ts| {
                    let mut out = with_not_null(ts, true);
                    if single {
                        // A single-column primary key declared `integer`
                        // would be SQLite's rowid, which turns NULL into a
                        // new id and ignores a DEFAULT: it is declared `int4`.
                        let solid = top_level(&out);
                        if let Some(&t) = solid.get(1) {
                            if matches!(&out[t], Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("integer"))
                            {
                                out[t] = Token::make_word("int4", None);
                            }
                        }
                    }
                    out
                })?;
            }
            pieces.push(format!(" {sql}"));
        }
        TableChange::SetDefault {
            column,
            default: Some(default),
        }
        | TableChange::AddIdentity {
            column, default, ..
        } => {
            edit_column(&mut pieces, column, &|ts| {
                let mut out = without_default(ts);
                trim_end(&mut out);
                out.push(Token::Whitespace(sqlparser::tokenizer::Whitespace::Space));
                out.push(Token::make_word(&format!("DEFAULT {default}"), None));
                out
            })?;
        }
        TableChange::SetDefault {
            column,
            default: None,
        } => {
            edit_column(&mut pieces, column, &without_default)?;
        }
        TableChange::SetNotNull { column, not_null } => {
            edit_column(&mut pieces, column, &|ts| with_not_null(ts, *not_null))?;
        }
        TableChange::SetStringType {
            column,
            declared,
            length,
        } => {
            edit_column(&mut pieces, column, &|ts| {
                with_string_type(ts, column, declared, *length)
            })?;
        }
    }
    Ok(format!(
        "{}{}){}",
        text(&tokens[..=open]),
        pieces.join(","),
        text(&tokens[close + 1..])
    ))
}

/// A column definition with its type words replaced by `declared`, the
/// `pg_varchar_fits` check of its old length dropped and one for `length`
/// added.
fn with_string_type(ts: &[Token], column: &str, declared: &str, length: Option<u64>) -> Vec<Token> {
    use sqlparser::keywords::Keyword;
    let starts_option = |t: &Token| {
        matches!(t, Token::Word(w) if w.quote_style.is_none() && matches!(
            w.keyword,
            Keyword::NOT | Keyword::NULL | Keyword::DEFAULT | Keyword::CHECK | Keyword::PRIMARY
                | Keyword::UNIQUE | Keyword::REFERENCES | Keyword::CONSTRAINT | Keyword::COLLATE
                | Keyword::GENERATED | Keyword::AS
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    // The column's name and the whitespace before it.
    while i < ts.len() {
        let t = &ts[i];
        out.push(t.clone());
        i += 1;
        if !matches!(t, Token::Whitespace(_)) {
            break;
        }
    }
    // The old type: everything up to the first column option.
    let mut depth = 0;
    while i < ts.len() && !(depth == 0 && starts_option(&ts[i])) {
        match ts[i] {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    out.push(Token::Whitespace(sqlparser::tokenizer::Whitespace::Space));
    out.push(Token::make_word(declared, None));
    out.push(Token::Whitespace(sqlparser::tokenizer::Whitespace::Space));
    // The options, without the old length check.
    while i < ts.len() {
        let is_fits_check = is_word(&ts[i], Keyword::CHECK)
            && ts[i + 1..]
                .iter()
                .filter(|t| !matches!(t, Token::Whitespace(_)))
                .take(2)
                .collect::<Vec<_>>()
                .as_slice()
                .get(1)
                .is_some_and(|t| matches!(t, Token::Word(w) if w.value.eq_ignore_ascii_case("pg_varchar_fits")));
        if is_fits_check {
            // Skip CHECK ( … ) and its parentheses.
            i += 1;
            let mut depth = 0;
            while i < ts.len() {
                match ts[i] {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            continue;
        }
        out.push(ts[i].clone());
        i += 1;
    }
    trim_end(&mut out);
    if let Some(n) = length {
        out.push(Token::make_word(
            &format!(" CHECK (pg_varchar_fits({}, {n}))", q(column)),
            None,
        ));
    }
    out
}

fn trim_end(ts: &mut Vec<Token>) {
    while matches!(ts.last(), Some(Token::Whitespace(_))) {
        ts.pop();
    }
}

fn is_word(t: &Token, kw: sqlparser::keywords::Keyword) -> bool {
    matches!(t, Token::Word(w) if w.keyword == kw && w.quote_style.is_none())
}

/// The positions of the solid tokens at the item's own level (outside
/// parentheses).
fn top_level(ts: &[Token]) -> Vec<usize> {
    let mut depth = 0i32;
    let mut out = Vec::new();
    for (i, t) in ts.iter().enumerate() {
        match t {
            Token::LParen => {
                if depth == 0 {
                    out.push(i);
                }
                depth += 1;
            }
            Token::RParen => depth -= 1,
            Token::Whitespace(_) => {}
            _ if depth == 0 => out.push(i),
            _ => {}
        }
    }
    out
}

/// A column definition without its DEFAULT clause (`DEFAULT (expr)`,
/// `DEFAULT [-]literal`, `DEFAULT name`).
fn without_default(ts: &[Token]) -> Vec<Token> {
    use sqlparser::keywords::Keyword;
    let solid = top_level(ts);
    let Some(k) = solid
        .iter()
        .position(|&i| is_word(&ts[i], Keyword::DEFAULT))
    else {
        return ts.to_vec();
    };
    let start = solid[k];
    let mut j = k + 1;
    if solid
        .get(j)
        .is_some_and(|&i| matches!(ts[i], Token::Minus | Token::Plus))
    {
        j += 1;
    }
    let end = match solid.get(j) {
        Some(&i) if ts[i] == Token::LParen => {
            // To the matching parenthesis.
            let mut depth = 0;
            let mut e = i;
            for (n, t) in ts.iter().enumerate().skip(i) {
                match t {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            e = n;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            e
        }
        Some(&i) => i,
        None => ts.len() - 1,
    };
    let mut out = ts[..start].to_vec();
    trim_end(&mut out);
    out.extend_from_slice(&ts[end + 1..]);
    out
}

/// A column definition with or without NOT NULL (also without the
/// `CHECK ("c" IS NOT NULL)` that an added NOT NULL column carries).
fn with_not_null(ts: &[Token], on: bool) -> Vec<Token> {
    use sqlparser::keywords::Keyword;
    let solid = top_level(ts);
    let at = solid
        .windows(2)
        .position(|w| is_word(&ts[w[0]], Keyword::NOT) && is_word(&ts[w[1]], Keyword::NULL));
    match (on, at) {
        (true, Some(_)) => ts.to_vec(),
        (true, None) => {
            let mut out = ts.to_vec();
            trim_end(&mut out);
            out.push(Token::Whitespace(sqlparser::tokenizer::Whitespace::Space));
            out.push(Token::make_word("NOT NULL", None));
            out
        }
        (false, Some(k)) => {
            let mut start = solid[k];
            // `CONSTRAINT name NOT NULL`.
            if k >= 2 && is_word(&ts[solid[k - 2]], Keyword::CONSTRAINT) {
                start = solid[k - 2];
            }
            let mut out = ts[..start].to_vec();
            trim_end(&mut out);
            out.extend_from_slice(&ts[solid[k + 1] + 1..]);
            out
        }
        (false, None) => {
            // The CHECK form of an added NOT NULL.
            let k = solid.iter().position(|&i| is_word(&ts[i], Keyword::CHECK));
            if let Some(k) = k {
                if let Some(&p) = solid.get(k + 1) {
                    let inner: String = ts[p..]
                        .iter()
                        .take_while(|t| **t != Token::RParen)
                        .map(|t| t.to_string())
                        .collect();
                    if inner.trim_end().ends_with("IS NOT NULL") {
                        let end = ts[p..]
                            .iter()
                            .position(|t| *t == Token::RParen)
                            .map_or(ts.len() - 1, |n| p + n);
                        let mut out = ts[..solid[k]].to_vec();
                        trim_end(&mut out);
                        out.extend_from_slice(&ts[end + 1..]);
                        return out;
                    }
                }
            }
            ts.to_vec()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(sql: &str, c: TableChange) -> String {
        changed_definition(sql, &c).unwrap()
    }

    #[test]
    fn definitions_change_by_their_tokens() {
        let t = r#"CREATE TABLE "t" ("id" bigint NOT NULL, "n" integer DEFAULT (1), "s" text CHECK (pg_varchar_fits("s", 3)))"#;
        assert_eq!(
            change(
                t,
                TableChange::SetDefault {
                    column: "id".into(),
                    default: Some("(pg_nextval('t_id_seq'))".into())
                }
            ),
            r#"CREATE TABLE "t" ("id" bigint NOT NULL DEFAULT (pg_nextval('t_id_seq')), "n" integer DEFAULT (1), "s" text CHECK (pg_varchar_fits("s", 3)))"#
        );
        assert_eq!(
            change(
                t,
                TableChange::SetDefault {
                    column: "n".into(),
                    default: None
                }
            ),
            r#"CREATE TABLE "t" ("id" bigint NOT NULL, "n" integer, "s" text CHECK (pg_varchar_fits("s", 3)))"#
        );
        assert_eq!(
            change(
                t,
                TableChange::SetNotNull {
                    column: "id".into(),
                    not_null: false
                }
            ),
            r#"CREATE TABLE "t" ("id" bigint, "n" integer DEFAULT (1), "s" text CHECK (pg_varchar_fits("s", 3)))"#
        );
        assert_eq!(
            change(
                t,
                TableChange::AddUnique {
                    sql: r#"CONSTRAINT "t_pkey" PRIMARY KEY ("s")"#.into(),
                    name: "t_pkey".into(),
                    columns: vec!["s".into()],
                    primary: true,
                }
            ),
            r#"CREATE TABLE "t" ("id" bigint NOT NULL, "n" integer DEFAULT (1), "s" text CHECK (pg_varchar_fits("s", 3)) NOT NULL, CONSTRAINT "t_pkey" PRIMARY KEY ("s"))"#
        );
    }
}
