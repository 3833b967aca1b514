//! psql's output formats for result sets: `--csv` exactly, and the default
//! aligned table, so that pgshim's answers can be printed (and diffed) the
//! way `psql` prints PostgreSQL's.
//!
//! ```
//! let mut db = pgshim::Connection::open_in_memory().unwrap();
//! let rows = db.query_rows("SELECT 1 AS n, 'a,b' AS s", &[]).unwrap();
//! assert_eq!(pgshim::psql::csv(&rows), "n,s\n1,\"a,b\"\n");
//! assert_eq!(
//!     pgshim::psql::aligned(&rows),
//!     " n |  s  \n---+-----\n 1 | a,b\n(1 row)\n\n"
//! );
//! ```

use crate::{PgType, Rows};

/// One field as psql's CSV writer prints it: quoted when it contains the
/// separator, a quote, CR or LF, or is exactly `\.`; NULL is empty.
fn csv_field(s: &str, out: &mut String) {
    if s.contains([',', '"', '\r', '\n']) || s == "\\." {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// A result set as `psql --csv` prints it: a header line, then the rows.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory().unwrap();
/// let rows = db.query_rows("SELECT NULL::text AS x", &[]).unwrap();
/// assert_eq!(pgshim::psql::csv(&rows), "x\n\n");
/// ```
pub fn csv(rows: &Rows) -> String {
    let mut out = String::new();
    for (i, c) in rows.columns.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(&c.name, &mut out);
    }
    out.push('\n');
    for r in &rows.rows {
        for (i, v) in r.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if let Some(s) = v.to_pg_text() {
                csv_field(&s, &mut out);
            }
        }
        out.push('\n');
    }
    out
}

fn right_aligned(t: PgType) -> bool {
    t.is_numeric_category()
}

/// Every value's text output (NULL as an empty string, as psql prints it).
fn text_cells(rows: &Rows) -> Vec<Vec<String>> {
    rows.rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|v| v.to_pg_text().unwrap_or_default())
                .collect()
        })
        .collect()
}

/// A result set as psql's default aligned format prints it, with the row
/// count footer and the blank line after it.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory().unwrap();
/// let rows = db.query_rows("SELECT 2.50 AS price", &[]).unwrap();
/// assert_eq!(pgshim::psql::aligned(&rows), " price \n-------\n  2.50\n(1 row)\n\n");
/// ```
pub fn aligned(rows: &Rows) -> String {
    let cells = text_cells(rows);
    let n = rows.columns.len();
    let mut width: Vec<usize> = rows
        .columns
        .iter()
        .map(|c| c.name.chars().count())
        .collect();
    for r in &cells {
        for (i, s) in r.iter().enumerate() {
            for line in s.split('\n') {
                width[i] = width[i].max(line.chars().count());
            }
        }
    }
    let mut out = String::new();
    for (i, c) in rows.columns.iter().enumerate() {
        let len = c.name.chars().count();
        let left = (width[i] - len) / 2;
        let right = width[i] - len - left;
        out.push(' ');
        out.push_str(&" ".repeat(left));
        out.push_str(&c.name);
        if i + 1 < n {
            out.push_str(&" ".repeat(right));
            out.push_str(" |");
        } else {
            out.push_str(&" ".repeat(right));
            out.push(' ');
        }
    }
    out.push('\n');
    for (i, w) in width.iter().enumerate() {
        if i > 0 {
            out.push('+');
        }
        out.push_str(&"-".repeat(w + 2));
    }
    out.push('\n');
    for r in &cells {
        let lines: Vec<Vec<&str>> = r.iter().map(|s| s.split('\n').collect()).collect();
        let height = lines.iter().map(|l| l.len()).max().unwrap_or(1);
        for h in 0..height {
            for i in 0..n {
                let part = lines[i].get(h).copied().unwrap_or("");
                let more = h + 1 < lines[i].len();
                let len = part.chars().count();
                let pad = width[i] - len;
                out.push(' ');
                if right_aligned(rows.columns[i].ty) {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(part);
                } else {
                    out.push_str(part);
                    if i + 1 < n || more {
                        out.push_str(&" ".repeat(pad));
                    }
                }
                if more {
                    out.push('+');
                } else if i + 1 < n {
                    out.push(' ');
                }
                if i + 1 < n {
                    out.push('|');
                }
            }
            out.push('\n');
        }
    }
    let count = cells.len();
    out.push_str(&format!(
        "({count} {})\n\n",
        if count == 1 { "row" } else { "rows" }
    ));
    out
}

/// A result set as psql's expanded format (`\x`) prints it: a
/// `-[ RECORD n ]` line per row, then one `name | value` line per column
/// (a multi-line value continues under its first line, each line but the
/// last marked `+`), and a blank line at the end; no rows print `(0 rows)`.
///
/// ```
/// let mut db = pgshim::Connection::open_in_memory().unwrap();
/// let rows = db.query_rows("SELECT 1 AS a, 'hello' AS bb", &[]).unwrap();
/// assert_eq!(pgshim::psql::expanded(&rows), "-[ RECORD 1 ]\na  | 1\nbb | hello\n\n");
/// ```
pub fn expanded(rows: &Rows) -> String {
    if rows.rows.is_empty() {
        return "(0 rows)\n\n".into();
    }
    let cells = text_cells(rows);
    let hwidth = rows
        .columns
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    let dwidth = cells
        .iter()
        .flatten()
        .flat_map(|s| s.split('\n'))
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, r) in cells.iter().enumerate() {
        // The record line fills to the width of the rows below it, with a
        // `+` over the column separator when the label leaves room.
        let mut head = format!("-[ RECORD {} ]", i + 1);
        let len = head.chars().count();
        if len <= hwidth + 1 {
            head.push_str(&"-".repeat(hwidth + 1 - len));
            head.push('+');
            head.push_str(&"-".repeat(dwidth + 1));
        } else if len < hwidth + dwidth + 3 {
            head.push_str(&"-".repeat(hwidth + dwidth + 3 - len));
        }
        out.push_str(&head);
        out.push('\n');
        for (c, value) in rows.columns.iter().zip(r) {
            let lines: Vec<&str> = value.split('\n').collect();
            for (k, line) in lines.iter().enumerate() {
                let label = if k == 0 { c.name.as_str() } else { "" };
                out.push_str(label);
                out.push_str(&" ".repeat(hwidth - label.chars().count()));
                out.push_str(" | ");
                out.push_str(line);
                if k + 1 < lines.len() {
                    out.push('+');
                }
                out.push('\n');
            }
        }
    }
    out.push('\n');
    out
}
