//! Runs PostgreSQL's own regression files statement by statement, on a live
//! PostgreSQL and through pgshim, and counts how many answers are identical.
//!
//! # PostgreSQL
//!
//! The files are psql scripts that `pg_regress` runs
//! (<https://www.postgresql.org/docs/current/regress-run.html>), each in a
//! new psql session with `PGTZ=America/Los_Angeles` (PostgreSQL 15.18's
//! pg_regress; older releases set `PST8PDT`), `PGDATESTYLE='Postgres, MDY'` and
//! `PGOPTIONS='-c intervalstyle=postgres_verbose'` (pg_regress.c,
//! `initialize_environment`: the expected outputs read `@ 1 day 2 hours`),
//! all in one database: later files read tables earlier ones made.
//! This module does the same: one fresh PostgreSQL database and one fresh
//! SQLite file for the whole run, a new session on each side per file.
//!
//! Statements are split as psql splits them
//! (<https://www.postgresql.org/docs/current/app-psql.html>): at `;` outside
//! quotes, dollar quotes, comments and parentheses; `\set` variables are
//! interpolated (`:name`, `:'name'`, `:"name"`); other meta-commands are
//! recorded and skipped; `COPY … FROM STDIN` takes the data lines up to
//! `\.`.
//!
//! ```
//! use pgshim_difftest::regress::{Item, Variables, split};
//!
//! let mut vars = Variables::default();
//! let items = split("\\set v 'x'\nSELECT :'v'; SELECT ';' -- one\n;", &mut vars);
//! let sql: Vec<&str> = items
//!     .iter()
//!     .filter_map(|i| match i {
//!         Item::Statement(s) => Some(s.sql.as_str()),
//!         Item::Meta(_) => None,
//!     })
//!     .collect();
//! assert_eq!(sql, ["SELECT 'x'", "SELECT ';' -- one"]);
//! ```
//!
//! Each statement is classified: `identical`, `wrong` (different answers,
//! or pgshim answered where PostgreSQL raised an error, or pgshim
//! panicked), `refused` (pgshim raised an error), `both_error`, `skipped`.
//! This is a measuring tool, not a test: differences are counted, not
//! failed.
//!
//! # Differences
//!
//! The comparison is on PostgreSQL's text output (psql's view), not typed as
//! in the crate's suites ([`crate::compare`]): the regression files' answers
//! are text, under the session's `DateStyle`, which [`crate::Live`]'s
//! sessions pin to `ISO, MDY`. So this module has its own sessions and
//! comparison.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Instant;

use serde::Serialize;

/// The PostgreSQL database a run creates (from `template0`) and drops.
pub const DATABASE: &str = "pgshim_regress";

/// The files run by default: the setup file, then the date/time files in
/// the order of PostgreSQL's `parallel_schedule` (horology reads the
/// tables the others create).
pub const DEFAULT_FILES: &[&str] = &[
    "test_setup",
    "date",
    "time",
    "timetz",
    "timestamp",
    "timestamptz",
    "interval",
    "horology",
];

/// The setup file run by default (run on both sides, not counted).
pub const DEFAULT_SETUP: &str = "test_setup";

/// pg_regress's session time zone (`PGTZ`, as PostgreSQL 15.18's pg_regress.c
/// sets it; older releases set `PST8PDT`).
pub const DEFAULT_TIME_ZONE: &str = "America/Los_Angeles";

/// pg_regress's session `DateStyle` (`PGDATESTYLE`).
pub const DEFAULT_DATESTYLE: &str = "Postgres, MDY";

/// pg_regress's session `IntervalStyle` (set through `PGOPTIONS`; not the
/// server's default `postgres`).
pub const DEFAULT_INTERVAL_STYLE: &str = "postgres_verbose";

/// How long PostgreSQL may run one statement (`statement_timeout`).
pub const STATEMENT_TIMEOUT: &str = "30s";

/// How many differing rows a diff shows.
const DIFF_ROWS: usize = 10;

// ---------------------------------------------------------------------------
// psql variables
// ---------------------------------------------------------------------------

/// psql's variables: set by `\set` (and `\getenv`), interpolated as
/// `:name` (raw), `:'name'` (a quoted literal) and `:"name"` (a quoted
/// identifier) outside quotes.
///
/// ```
/// use std::path::Path;
/// let v = pgshim_difftest::regress::Variables::for_regress_dir(Path::new("/r"));
/// assert_eq!(v.get("abs_srcdir"), Some("/r"));
/// assert_eq!(v.get("nope"), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variables {
    map: BTreeMap<String, String>,
}

impl Variables {
    /// The variables pg_regress's psql starts with: `abs_srcdir` and
    /// `abs_builddir` (the regress directory), `libdir` and `dlsuffix`
    /// (a library that does not exist here: C functions fail to load on
    /// PostgreSQL too).
    pub fn for_regress_dir(dir: &Path) -> Variables {
        let mut v = Variables::default();
        let d = dir.display().to_string();
        v.set("abs_srcdir", d.clone());
        v.set("abs_builddir", d);
        v.set("libdir", "/nonexistent/pgshim-regress/lib");
        v.set("dlsuffix", ".so");
        v
    }

    /// The value of a variable, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.map.get(name).map(String::as_str)
    }

    /// Sets a variable.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.map.insert(name.into(), value.into());
    }

    /// Removes a variable (`\unset`).
    pub fn unset(&mut self, name: &str) {
        self.map.remove(name);
    }
}

// ---------------------------------------------------------------------------
// Splitting a psql script
// ---------------------------------------------------------------------------

/// One piece of a psql script, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// An SQL statement, as psql sends it to the server.
    Statement(Statement),
    /// A backslash meta-command, which psql itself carries out.
    Meta(Meta),
}

/// An SQL statement from a psql script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The 1-based line where the statement starts (its first token).
    pub line: usize,
    /// The statement text, trimmed, without its terminating `;`, with psql
    /// variables interpolated.
    pub sql: String,
    /// For `COPY … FROM STDIN`: the data lines up to `\.`, each ending in a
    /// newline.
    pub copy_data: Option<String>,
    /// Why the statement is not run (it ends with `\gset`, whose result
    /// only sets psql variables).
    pub skip: Option<String>,
}

/// A psql meta-command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The 1-based line.
    pub line: usize,
    /// The command as written, from its backslash to the end of the line.
    pub text: String,
    /// Whether the splitter carried it out (`\set`, `\unset`, `\getenv`).
    pub applied: bool,
}

/// Splits a psql script into statements and meta-commands, as psql does,
/// carrying out `\set`, `\unset` and `\getenv` on `vars` as it goes and
/// interpolating variables into later SQL.
///
/// A statement ends at `;` outside quotes (`'…'` with `''`, `E'…'` with
/// backslash escapes, `"…"`), dollar quotes (`$$…$$`, `$tag$…$tag$`),
/// comments (`--`, nested `/* */`) and parentheses; or at `\g` / `\gset`;
/// or at the end of the script. Leading whitespace and `--` comments are
/// dropped, as psql drops them; a statement of comments only is dropped.
///
/// ```
/// use pgshim_difftest::regress::{Item, Variables, split};
/// let items = split("COPY t FROM stdin;\n1\n2\n\\.\nSELECT 1;", &mut Variables::default());
/// let Item::Statement(copy) = &items[0] else { panic!() };
/// assert_eq!(copy.copy_data.as_deref(), Some("1\n2\n"));
/// let Item::Statement(next) = &items[1] else { panic!() };
/// assert_eq!((next.line, next.sql.as_str()), (5, "SELECT 1"));
/// ```
pub fn split(script: &str, vars: &mut Variables) -> Vec<Item> {
    Splitter {
        chars: script.chars().collect(),
        pos: 0,
        line: 1,
        vars,
        items: Vec::new(),
        buf: String::new(),
        first_line: None,
        depth: 0,
    }
    .run()
}

struct Splitter<'v> {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    vars: &'v mut Variables,
    items: Vec<Item>,
    /// The statement collected so far.
    buf: String,
    /// The line of the statement's first token (not comment).
    first_line: Option<usize>,
    /// Parenthesis depth.
    depth: usize,
}

/// A character of an identifier (or of a psql variable name).
fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

impl Splitter<'_> {
    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.pos + k).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Moves one character into the statement.
    fn take(&mut self) {
        if let Some(c) = self.bump() {
            self.buf.push(c);
        }
    }

    /// The statement has begun (a token, not a comment).
    fn significant(&mut self) {
        if self.first_line.is_none() {
            self.first_line = Some(self.line);
        }
    }

    fn run(mut self) -> Vec<Item> {
        while let Some(c) = self.peek(0) {
            if self.buf.is_empty() {
                if c.is_whitespace() {
                    self.bump();
                    continue;
                }
                if c == '-' && self.peek(1) == Some('-') {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                    continue;
                }
            }
            match c {
                '-' if self.peek(1) == Some('-') => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.take();
                    }
                }
                '/' if self.peek(1) == Some('*') => self.block_comment(),
                '\'' => {
                    self.significant();
                    let escapes = self.ends_with_escape_prefix();
                    self.quoted('\'', escapes);
                }
                '"' => {
                    self.significant();
                    self.quoted('"', false);
                }
                '$' => {
                    self.significant();
                    match self.dollar_tag() {
                        Some(tag) => self.dollar_quoted(&tag),
                        None => self.take(),
                    }
                }
                ':' => {
                    self.significant();
                    self.variable();
                }
                '(' => {
                    self.significant();
                    self.depth += 1;
                    self.take();
                }
                ')' => {
                    self.significant();
                    self.depth = self.depth.saturating_sub(1);
                    self.take();
                }
                ';' if self.depth == 0 => {
                    self.bump();
                    self.finish(None);
                }
                '\\' => self.meta(),
                c => {
                    if !c.is_whitespace() {
                        self.significant();
                    }
                    self.take();
                }
            }
        }
        self.finish(None);
        self.items
    }

    fn block_comment(&mut self) {
        self.take();
        self.take();
        let mut depth = 1;
        while let Some(c) = self.peek(0) {
            if c == '/' && self.peek(1) == Some('*') {
                depth += 1;
                self.take();
                self.take();
            } else if c == '*' && self.peek(1) == Some('/') {
                depth -= 1;
                self.take();
                self.take();
                if depth == 0 {
                    return;
                }
            } else {
                self.take();
            }
        }
    }

    /// Whether the statement so far ends with an `E` prefix of an escape
    /// string (`E'…'`, not `CASE'…'`).
    fn ends_with_escape_prefix(&self) -> bool {
        let mut rev = self.buf.chars().rev();
        matches!(rev.next(), Some('E' | 'e')) && !rev.next().is_some_and(is_ident_char)
    }

    /// A quoted string or identifier; a doubled quote stands for itself;
    /// with `escapes`, a backslash escapes the next character.
    fn quoted(&mut self, quote: char, escapes: bool) {
        self.take();
        while let Some(c) = self.peek(0) {
            self.take();
            if c == quote {
                if self.peek(0) == Some(quote) {
                    self.take();
                } else {
                    return;
                }
            } else if c == '\\' && escapes {
                self.take();
            }
        }
    }

    /// The dollar-quote tag starting here (`$$`, `$tag$`), if it is one:
    /// not after an identifier character, not a parameter (`$1`).
    fn dollar_tag(&self) -> Option<String> {
        if self
            .buf
            .chars()
            .next_back()
            .is_some_and(|c| is_ident_char(c) || c == '$')
        {
            return None;
        }
        let mut tag = String::from("$");
        let mut k = 1;
        loop {
            let c = self.peek(k)?;
            if c == '$' {
                tag.push('$');
                return Some(tag);
            }
            let ok = if k == 1 {
                c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
            } else {
                is_ident_char(c)
            };
            if !ok {
                return None;
            }
            tag.push(c);
            k += 1;
        }
    }

    fn at(&self, s: &str) -> bool {
        s.chars().enumerate().all(|(k, c)| self.peek(k) == Some(c))
    }

    fn dollar_quoted(&mut self, tag: &str) {
        let n = tag.chars().count();
        for _ in 0..n {
            self.take();
        }
        while self.peek(0).is_some() {
            if self.at(tag) {
                for _ in 0..n {
                    self.take();
                }
                return;
            }
            self.take();
        }
    }

    /// `::` (a cast), or a variable reference `:name`, `:'name'`,
    /// `:"name"`; an unknown variable stays as written.
    fn variable(&mut self) {
        match self.peek(1) {
            Some(':') => {
                self.take();
                self.take();
            }
            Some(q @ ('\'' | '"')) => {
                let mut name = String::new();
                let mut k = 2;
                let closed = loop {
                    match self.peek(k) {
                        Some(c) if c == q => break true,
                        Some(c) if is_ident_char(c) => name.push(c),
                        _ => break false,
                    }
                    k += 1;
                };
                let value = if closed { self.vars.get(&name) } else { None };
                match value {
                    Some(v) => {
                        let text = if q == '\'' {
                            psql_literal(v)
                        } else {
                            quote_ident(v)
                        };
                        self.buf.push_str(&text);
                        self.pos += k + 1;
                    }
                    None => self.take(),
                }
            }
            Some(c) if is_ident_char(c) => {
                let mut name = String::new();
                let mut k = 1;
                while let Some(c) = self.peek(k).filter(|&c| is_ident_char(c)) {
                    name.push(c);
                    k += 1;
                }
                match self.vars.get(&name) {
                    Some(v) => {
                        let v = v.to_string();
                        self.buf.push_str(&v);
                        self.pos += k;
                    }
                    None => self.take(),
                }
            }
            _ => self.take(),
        }
    }

    /// A backslash meta-command: the rest of the line.
    fn meta(&mut self) {
        let line = self.line;
        let start = self.pos;
        self.bump();
        let mut name = String::new();
        while let Some(c) = self.peek(0).filter(|&c| !c.is_whitespace() && c != '\\') {
            name.push(c);
            self.bump();
        }
        let mut rest = String::new();
        while let Some(c) = self.peek(0).filter(|&c| c != '\n') {
            rest.push(c);
            self.bump();
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        let mut applied = false;
        match name.as_str() {
            "g" | "gx" | "gset" | "gexec" | "gdesc" if self.first_line.is_some() => {
                let skip = match name.as_str() {
                    "g" | "gx" => None,
                    other => Some(format!("ends with \\{other}: psql meta-command")),
                };
                self.finish(skip);
                return;
            }
            "set" => {
                let args = slash_args(&rest, self.vars);
                if let Some((n, values)) = args.split_first() {
                    self.vars.set(n.clone(), values.concat());
                    applied = true;
                }
            }
            "unset" => {
                if let Some(n) = slash_args(&rest, self.vars).first() {
                    self.vars.unset(n);
                    applied = true;
                }
            }
            "getenv" => {
                let args = slash_args(&rest, self.vars);
                if let [var, env] = args.as_slice() {
                    // psql leaves the variable unchanged when the
                    // environment variable is not set.
                    if let Ok(v) = std::env::var(env) {
                        self.vars.set(var.clone(), v);
                    }
                    applied = true;
                }
            }
            _ => {}
        }
        self.items.push(Item::Meta(Meta {
            line,
            text: text.trim_end().to_string(),
            applied,
        }));
    }

    /// Ends the statement collected so far; a `COPY … FROM STDIN` takes its
    /// data lines.
    fn finish(&mut self, skip: Option<String>) {
        let buf = std::mem::take(&mut self.buf);
        self.depth = 0;
        let Some(line) = self.first_line.take() else {
            return;
        };
        let sql = buf.trim().to_string();
        let copy_data = (matches!(copy_kind(&sql), CopyKind::FromStdin) && skip.is_none())
            .then(|| self.copy_data());
        self.items.push(Item::Statement(Statement {
            line,
            sql,
            copy_data,
            skip,
        }));
    }

    /// The lines after the current one, up to a line `\.` (consumed).
    fn copy_data(&mut self) -> String {
        while self.bump().is_some_and(|c| c != '\n') {}
        let mut data = String::new();
        while self.peek(0).is_some() {
            let mut l = String::new();
            while let Some(c) = self.bump() {
                if c == '\n' {
                    break;
                }
                l.push(c);
            }
            if l.trim_end_matches('\r') == "\\." {
                break;
            }
            data.push_str(&l);
            data.push('\n');
        }
        data
    }
}

/// The arguments of a meta-command as psql reads them (`OT_NORMAL`):
/// separated by whitespace; `'…'` quoted with `''` and backslash escapes;
/// `:name`, `:'name'`, `:"name"` interpolated; `"…"` kept with its quotes.
fn slash_args(rest: &str, vars: &Variables) -> Vec<String> {
    let cs: Vec<char> = rest.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while cs.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if i >= cs.len() {
            return out;
        }
        let mut arg = String::new();
        while let Some(&c) = cs.get(i).filter(|c| !c.is_whitespace()) {
            match c {
                '\'' => {
                    i += 1;
                    while let Some(&c) = cs.get(i) {
                        i += 1;
                        match c {
                            '\'' if cs.get(i) == Some(&'\'') => {
                                arg.push('\'');
                                i += 1;
                            }
                            '\'' => break,
                            '\\' => {
                                if let Some(&e) = cs.get(i) {
                                    arg.push(match e {
                                        'n' => '\n',
                                        't' => '\t',
                                        'r' => '\r',
                                        'b' => '\u{8}',
                                        'f' => '\u{c}',
                                        other => other,
                                    });
                                    i += 1;
                                }
                            }
                            c => arg.push(c),
                        }
                    }
                }
                '"' => {
                    arg.push(c);
                    i += 1;
                    while let Some(&c) = cs.get(i) {
                        arg.push(c);
                        i += 1;
                        if c == '"' {
                            break;
                        }
                    }
                }
                ':' => {
                    let quote = cs.get(i + 1).copied().filter(|q| matches!(q, '\'' | '"'));
                    let from = i + 1 + usize::from(quote.is_some());
                    let mut k = from;
                    while cs.get(k).is_some_and(|&c| is_ident_char(c)) {
                        k += 1;
                    }
                    let name: String = cs[from..k].iter().collect();
                    let closed = match quote {
                        Some(q) => cs.get(k) == Some(&q),
                        None => true,
                    };
                    match vars.get(&name).filter(|_| closed && !name.is_empty()) {
                        Some(v) => {
                            arg.push_str(&match quote {
                                Some('\'') => psql_literal(v),
                                Some(_) => quote_ident(v),
                                None => v.to_string(),
                            });
                            i = k + usize::from(quote.is_some());
                        }
                        None => {
                            arg.push(':');
                            i += 1;
                        }
                    }
                }
                c => {
                    arg.push(c);
                    i += 1;
                }
            }
        }
        out.push(arg);
    }
}

/// A value as a literal, as psql's `:'name'` writes it (`PQescapeLiteral`:
/// quotes and backslashes doubled, an `E` prefix when there is a
/// backslash).
fn psql_literal(v: &str) -> String {
    let body = v.replace('\'', "''");
    if v.contains('\\') {
        format!(" E'{}'", body.replace('\\', "\\\\"))
    } else {
        format!("'{body}'")
    }
}

fn quote_ident(v: &str) -> String {
    format!("\"{}\"", v.replace('"', "\"\""))
}

fn quote_literal(v: &str) -> String {
    format!("'{}'", v.replace('\'', "''"))
}

// ---------------------------------------------------------------------------
// Reading a statement: its top-level tokens
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A keyword or unquoted identifier, upper-cased.
    Word(String),
    /// A string literal's value, with its byte range in the statement.
    Str(String, usize, usize),
    /// Anything else.
    Other,
}

/// The tokens of a statement at parenthesis depth 0 (comments dropped).
fn top_tokens(sql: &str) -> Vec<Tok> {
    let b: Vec<(usize, char)> = sql.char_indices().collect();
    let at = |k: usize| b.get(k).map(|&(_, c)| c);
    let offset = |k: usize| b.get(k).map_or(sql.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        let depth_before = depth;
        let tok = if c.is_whitespace() {
            i += 1;
            None
        } else if c == '-' && at(i + 1) == Some('-') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
            None
        } else if c == '/' && at(i + 1) == Some('*') {
            let mut d = 0;
            while let Some(c) = at(i) {
                if c == '/' && at(i + 1) == Some('*') {
                    d += 1;
                    i += 2;
                } else if c == '*' && at(i + 1) == Some('/') {
                    d -= 1;
                    i += 2;
                    if d == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            None
        } else if c == '\''
            || (matches!(c, 'E' | 'e')
                && at(i + 1) == Some('\'')
                && !(i > 0 && at(i - 1).is_some_and(is_ident_char)))
        {
            let escapes = c != '\'';
            i += if escapes { 2 } else { 1 };
            let mut value = String::new();
            while let Some(c) = at(i) {
                i += 1;
                if c == '\'' {
                    if at(i) == Some('\'') {
                        value.push('\'');
                        i += 1;
                    } else {
                        break;
                    }
                } else if c == '\\' && escapes {
                    if let Some(e) = at(i) {
                        value.push(e);
                        i += 1;
                    }
                } else {
                    value.push(c);
                }
            }
            Some(Tok::Str(value, offset(start), offset(i)))
        } else if c == '"' {
            i += 1;
            while let Some(c) = at(i) {
                i += 1;
                if c == '"' {
                    if at(i) == Some('"') {
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            Some(Tok::Other)
        } else if is_ident_char(c) {
            let mut w = String::new();
            while let Some(c) = at(i).filter(|&c| is_ident_char(c) || c == '$') {
                w.push(c.to_ascii_uppercase());
                i += 1;
            }
            Some(Tok::Word(w))
        } else if c == '$' {
            // A dollar quote: skip to its closing tag.
            let mut k = i + 1;
            while at(k).is_some_and(is_ident_char) {
                k += 1;
            }
            if at(k) == Some('$') {
                let tag: String = b[i..=k].iter().map(|&(_, c)| c).collect();
                let rest = &sql[offset(k + 1)..];
                let close = rest.find(&tag).map_or(sql.len(), |p| offset(k + 1) + p);
                let end = (close + tag.len()).min(sql.len());
                i = b.iter().position(|&(o, _)| o >= end).unwrap_or(b.len());
            } else {
                i += 1;
            }
            Some(Tok::Other)
        } else {
            i += 1;
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            Some(Tok::Other)
        };
        // A token belongs to the top level when it starts and ends there
        // (parentheses themselves do not).
        if let Some(t) = tok.filter(|_| depth_before == 0 && depth == 0) {
            out.push(t);
        }
    }
    out
}

/// The statement's first keyword, upper-cased (`SELECT`, `COPY`).
fn first_keyword(sql: &str) -> Option<String> {
    top_tokens(sql).into_iter().find_map(|t| match t {
        Tok::Word(w) => Some(w),
        _ => None,
    })
}

/// Whether the statement has an ORDER BY at the top level (outside
/// parentheses, quotes and comments): its rows then compare in order.
///
/// ```
/// use pgshim_difftest::regress::has_top_level_order_by;
/// assert!(has_top_level_order_by("SELECT a FROM t order  by a"));
/// assert!(!has_top_level_order_by("SELECT (SELECT a FROM t ORDER BY a LIMIT 1)"));
/// assert!(!has_top_level_order_by("SELECT 'ORDER BY' -- ORDER BY"));
/// ```
pub fn has_top_level_order_by(sql: &str) -> bool {
    top_tokens(sql)
        .windows(2)
        .any(|w| w[0] == Tok::Word("ORDER".into()) && w[1] == Tok::Word("BY".into()))
}

/// What kind of COPY a statement is.
#[derive(Debug, Clone, PartialEq)]
enum CopyKind {
    /// Not a COPY the runner handles specially.
    None,
    /// `COPY … FROM STDIN`: data follows in the script.
    FromStdin,
    /// `COPY … FROM 'file'`: a server-side file, with the byte range of
    /// the file name literal.
    FromFile(String, usize, usize),
    /// `COPY … TO STDOUT`.
    ToStdout,
}

fn copy_kind(sql: &str) -> CopyKind {
    let toks = top_tokens(sql);
    if toks.first() != Some(&Tok::Word("COPY".into())) {
        return CopyKind::None;
    }
    for w in toks.windows(2) {
        match (&w[0], &w[1]) {
            (Tok::Word(a), Tok::Word(b)) if a == "FROM" && b == "STDIN" => {
                return CopyKind::FromStdin;
            }
            (Tok::Word(a), Tok::Str(path, s, e)) if a == "FROM" => {
                return CopyKind::FromFile(path.clone(), *s, *e);
            }
            (Tok::Word(a), Tok::Word(b)) if a == "TO" && b == "STDOUT" => {
                return CopyKind::ToStdout;
            }
            _ => {}
        }
    }
    CopyKind::None
}

// ---------------------------------------------------------------------------
// Answers and their comparison
// ---------------------------------------------------------------------------

/// What one side answered to one statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    /// A result set, values in PostgreSQL's text output (`None` is NULL).
    Rows {
        /// The column names.
        columns: Vec<String>,
        /// The rows, in the order received.
        rows: Vec<Vec<Option<String>>>,
    },
    /// A statement that returned no rows, with the rows it changed.
    Command {
        /// Rows inserted, updated, deleted or copied.
        changed: u64,
    },
    /// An error.
    Error {
        /// The message (PostgreSQL's primary message; pgshim's without span
        /// and hint).
        message: String,
        /// PostgreSQL's SQLSTATE.
        #[serde(skip_serializing_if = "Option::is_none")]
        sqlstate: Option<String>,
        /// pgshim: the error is "unsupported".
        unsupported: bool,
        /// pgshim: the whole error, with its span and hint.
        #[serde(skip_serializing_if = "Option::is_none")]
        full: Option<String>,
    },
    /// pgshim panicked (a bug: pgshim must never panic).
    Panic {
        /// The panic message and place.
        message: String,
    },
}

impl Answer {
    fn is_error(&self) -> bool {
        matches!(self, Answer::Error { .. } | Answer::Panic { .. })
    }

    fn brief(&self) -> String {
        match self {
            Answer::Rows { columns, rows } => {
                format!("{} rows of ({})", rows.len(), columns.join(", "))
            }
            Answer::Command { changed } => format!("OK ({changed} rows changed)"),
            Answer::Error {
                message, sqlstate, ..
            } => match sqlstate {
                Some(s) => format!("ERROR: {message} (SQLSTATE {s})"),
                None => format!("ERROR: {message}"),
            },
            Answer::Panic { message } => format!("PANIC: {message}"),
        }
    }
}

/// How pgshim's answer to a statement relates to PostgreSQL's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "class", rename_all = "snake_case")]
pub enum Class {
    /// Both answered, the same.
    Identical,
    /// Both answered differently, or PostgreSQL raised an error and pgshim
    /// answered, or pgshim panicked.
    Wrong,
    /// PostgreSQL answered, pgshim raised an error.
    Refused {
        /// pgshim's error is "unsupported".
        unsupported: bool,
    },
    /// Both raised errors.
    BothError {
        /// The two messages are the same.
        same_message: bool,
    },
    /// Not run: a psql meta-command, or a statement ending in `\gset`.
    Skipped,
}

/// Classifies pgshim's answer against PostgreSQL's; for `wrong`, also a
/// readable diff.
///
/// Rows compare as text, column names first, then rows in order; when they
/// differ in order and the statement has no top-level ORDER BY, as
/// multisets. Commands are equal when both succeeded and, for INSERT,
/// UPDATE and DELETE, changed as many rows.
///
/// ```
/// use pgshim_difftest::regress::{Answer, Class, classify};
/// let rows = |v: &str| Answer::Rows { columns: vec!["a".into()], rows: vec![vec![Some(v.into())]] };
/// assert_eq!(classify("SELECT 1", &rows("1"), &rows("1")).0, Class::Identical);
/// assert_eq!(classify("SELECT 1", &rows("1"), &rows("2")).0, Class::Wrong);
/// ```
pub fn classify(sql: &str, pg: &Answer, shim: &Answer) -> (Class, Option<String>) {
    match (pg, shim) {
        (_, Answer::Panic { message }) => (
            Class::Wrong,
            Some(format!(
                "postgres: {}\npgshim:   PANIC: {message}\n",
                pg.brief()
            )),
        ),
        (Answer::Error { message: a, .. }, Answer::Error { message: b, .. }) => (
            Class::BothError {
                same_message: a == b,
            },
            None,
        ),
        (Answer::Error { .. }, _) => (
            Class::Wrong,
            Some(format!(
                "postgres raised an error; pgshim answered\npostgres: {}\npgshim:   {}\n{}",
                pg.brief(),
                shim.brief(),
                sample_rows(shim)
            )),
        ),
        (_, Answer::Error { unsupported, .. }) => (
            Class::Refused {
                unsupported: *unsupported,
            },
            None,
        ),
        (Answer::Command { changed: a }, Answer::Command { changed: b }) => {
            let dml = first_keyword(sql)
                .is_some_and(|k| matches!(k.as_str(), "INSERT" | "UPDATE" | "DELETE"));
            if dml && a != b {
                (
                    Class::Wrong,
                    Some(format!("rows changed: postgres {a}, pgshim {b}\n")),
                )
            } else {
                (Class::Identical, None)
            }
        }
        (
            Answer::Rows {
                columns: pc,
                rows: pr,
            },
            Answer::Rows {
                columns: sc,
                rows: sr,
            },
        ) => match rows_diff(has_top_level_order_by(sql), pc, pr, sc, sr) {
            None => (Class::Identical, None),
            Some(d) => (Class::Wrong, Some(d)),
        },
        _ => (
            Class::Wrong,
            Some(format!(
                "postgres: {}\npgshim:   {}\n{}",
                pg.brief(),
                shim.brief(),
                sample_rows(shim)
            )),
        ),
    }
}

type Row = Vec<Option<String>>;

fn show_row(r: &[Option<String>]) -> String {
    r.iter()
        .map(|v| match v {
            None => "NULL".to_string(),
            Some(s) => format!("{s:?}"),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn sample_rows(a: &Answer) -> String {
    let mut out = String::new();
    if let Answer::Rows { rows, .. } = a {
        for r in rows.iter().take(DIFF_ROWS) {
            let _ = writeln!(out, "    {}", show_row(r));
        }
        if rows.len() > DIFF_ROWS {
            let _ = writeln!(out, "    … {} more", rows.len() - DIFF_ROWS);
        }
    }
    out
}

/// `None` when equal; otherwise the diff.
fn rows_diff(
    ordered: bool,
    pc: &[String],
    pr: &[Row],
    sc: &[String],
    sr: &[Row],
) -> Option<String> {
    let same_rows = pr == sr || (!ordered && sorted(pr) == sorted(sr));
    if pc == sc && same_rows {
        return None;
    }
    let mut d = String::new();
    if pc != sc {
        let _ = writeln!(
            d,
            "columns: postgres ({}), pgshim ({})",
            pc.join(", "),
            sc.join(", ")
        );
    }
    if same_rows {
        return Some(d);
    }
    let _ = writeln!(
        d,
        "rows differ ({} from postgres, {} from pgshim; compared {}):",
        pr.len(),
        sr.len(),
        if ordered { "in order" } else { "as multisets" }
    );
    if ordered {
        let mut shown = 0;
        for i in 0..pr.len().max(sr.len()) {
            let (a, b) = (pr.get(i), sr.get(i));
            if a == b {
                continue;
            }
            if shown == DIFF_ROWS {
                let _ = writeln!(d, "  … more differing rows");
                break;
            }
            shown += 1;
            let show = |r: Option<&Row>| r.map_or("(no row)".to_string(), |r| show_row(r));
            let _ = writeln!(d, "  row {:>3}  postgres  {}", i + 1, show(a));
            let _ = writeln!(d, "           pgshim    {}", show(b));
        }
    } else {
        let (only_pg, only_shim) = multiset_difference(pr, sr);
        for (label, rows) in [("postgres", &only_pg), ("pgshim", &only_shim)] {
            let _ = writeln!(d, "  only from {label} ({}):", rows.len());
            for r in rows.iter().take(DIFF_ROWS) {
                let _ = writeln!(d, "    {}", show_row(r));
            }
            if rows.len() > DIFF_ROWS {
                let _ = writeln!(d, "    … {} more", rows.len() - DIFF_ROWS);
            }
        }
    }
    Some(d)
}

fn sorted(rows: &[Row]) -> Vec<&Row> {
    let mut v: Vec<&Row> = rows.iter().collect();
    v.sort();
    v
}

/// The rows only in `a` and only in `b`, counting duplicates, in `a`'s and
/// `b`'s order.
fn multiset_difference(a: &[Row], b: &[Row]) -> (Vec<Row>, Vec<Row>) {
    let mut count: BTreeMap<&Row, i64> = BTreeMap::new();
    for r in a {
        *count.entry(r).or_default() += 1;
    }
    for r in b {
        *count.entry(r).or_default() -= 1;
    }
    let pick = |rows: &[Row], positive: bool| {
        let mut left = count.clone();
        rows.iter()
            .filter(|r| {
                let Some(n) = left.get_mut(r) else {
                    return false;
                };
                let keep = if positive { *n > 0 } else { *n < 0 };
                if keep {
                    *n += if positive { -1 } else { 1 };
                }
                keep
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    (pick(a, true), pick(b, false))
}

/// A refusal message without what varies between statements: the span
/// (`at 1:8..1:20`, `at Line: 1, Column: 8`) and quoted values (`'…'`,
/// and `"…"` unless it is a plain name).
///
/// ```
/// use pgshim_difftest::regress::normalize_message;
/// assert_eq!(
///     normalize_message("invalid input syntax for type date: \"1997-02-29\" at 1:8..1:20"),
///     "invalid input syntax for type date: \"…\""
/// );
/// assert_eq!(normalize_message("function \"isfinite\" does not exist"), "function \"isfinite\" does not exist");
/// assert_eq!(normalize_message("unsupported: cast of 'x'"), "unsupported: cast of '…'");
/// ```
pub fn normalize_message(m: &str) -> String {
    let mut out = String::new();
    let mut rest = m;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = strip_span(rest) {
            rest = after;
            continue;
        }
        if (c == '\'' || c == '"')
            && let Some(len) = rest[1..].find(c)
        {
            let inner = &rest[1..1 + len];
            let plain_name = c == '"'
                && inner
                    .chars()
                    .next()
                    .is_some_and(|f| f.is_ascii_alphabetic() || f == '_')
                && inner.chars().all(|x| x.is_ascii_alphanumeric() || x == '_');
            out.push(c);
            out.push_str(if plain_name { inner } else { "…" });
            out.push(c);
            rest = &rest[len + 2..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out.trim().to_string()
}

/// The text after a leading ` at L:C..L:C` (pgshim) or
/// ` at Line: L, Column: C` (sqlparser).
fn strip_span(s: &str) -> Option<&str> {
    let s = s.strip_prefix(" at ")?;
    if let Some(r) = s.strip_prefix("Line: ") {
        let r = skip_digits(r)?.strip_prefix(", Column: ")?;
        return skip_digits(r);
    }
    let r = skip_digits(s)?.strip_prefix(':')?;
    let r = skip_digits(r)?.strip_prefix("..")?;
    let r = skip_digits(r)?.strip_prefix(':')?;
    skip_digits(r)
}

/// The text after one or more leading ASCII digits.
fn skip_digits(s: &str) -> Option<&str> {
    let t = s.trim_start_matches(|c: char| c.is_ascii_digit());
    (t.len() < s.len()).then_some(t)
}

// ---------------------------------------------------------------------------
// The two sides
// ---------------------------------------------------------------------------

/// A `-c name=value` startup option, spaces escaped as libpq's `options`
/// wants them.
fn startup_option(name: &str, value: &str) -> String {
    let v = value.replace('\\', "\\\\").replace(' ', "\\ ");
    format!("-c {name}={v}")
}

/// PostgreSQL's message for an error, or the client's.
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    }
}

fn pg_error(e: &postgres::Error) -> Answer {
    match e.as_db_error() {
        Some(db) => Answer::Error {
            message: db.message().to_string(),
            sqlstate: Some(db.code().code().to_string()),
            unsupported: false,
            full: None,
        },
        None => Answer::Error {
            message: e.to_string(),
            sqlstate: None,
            unsupported: false,
            full: None,
        },
    }
}

/// Runs one statement on PostgreSQL, as psql would.
fn pg_run(c: &mut postgres::Client, st: &Statement) -> Answer {
    match copy_kind(&st.sql) {
        CopyKind::FromStdin => {
            pg_copy_in(c, &st.sql, st.copy_data.as_deref().unwrap_or("").as_bytes())
        }
        CopyKind::FromFile(path, start, end) => {
            // The server runs as another OS user and may not read the file:
            // the runner reads it and sends it as COPY FROM STDIN.
            match std::fs::read(&path) {
                Ok(data) => {
                    let sql = format!("{}STDIN{}", &st.sql[..start], &st.sql[end..]);
                    pg_copy_in(c, &sql, &data)
                }
                Err(e) => Answer::Error {
                    message: format!("could not open file \"{path}\" for reading: {e}"),
                    sqlstate: Some("58P01".into()),
                    unsupported: false,
                    full: None,
                },
            }
        }
        CopyKind::ToStdout => {
            let mut text = String::new();
            let read = c
                .copy_out(st.sql.as_str())
                .map_err(|e| pg_error(&e))
                .and_then(|mut r| {
                    r.read_to_string(&mut text).map_err(|e| Answer::Error {
                        message: e.to_string(),
                        sqlstate: None,
                        unsupported: false,
                        full: None,
                    })
                });
            match read {
                Ok(_) => Answer::Rows {
                    columns: vec!["COPY".into()],
                    rows: text.lines().map(|l| vec![Some(l.to_string())]).collect(),
                },
                Err(a) => a,
            }
        }
        CopyKind::None => pg_simple(c, &st.sql),
    }
}

fn pg_copy_in(c: &mut postgres::Client, sql: &str, data: &[u8]) -> Answer {
    let mut w = match c.copy_in(sql) {
        Ok(w) => w,
        Err(e) => return pg_error(&e),
    };
    if let Err(e) = w.write_all(data) {
        return Answer::Error {
            message: e.to_string(),
            sqlstate: None,
            unsupported: false,
            full: None,
        };
    }
    match w.finish() {
        Ok(n) => Answer::Command { changed: n },
        Err(e) => pg_error(&e),
    }
}

fn pg_simple(c: &mut postgres::Client, sql: &str) -> Answer {
    let msgs = match c.simple_query(sql) {
        Ok(m) => m,
        Err(e) => return pg_error(&e),
    };
    let mut columns = None;
    let mut rows = Vec::new();
    let mut changed = 0;
    for m in msgs {
        match m {
            postgres::SimpleQueryMessage::RowDescription(cols) => {
                columns = Some(cols.iter().map(|c| c.name().to_string()).collect());
            }
            postgres::SimpleQueryMessage::Row(r) => {
                rows.push((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect());
            }
            postgres::SimpleQueryMessage::CommandComplete(n) => changed = n,
            _ => {}
        }
    }
    match columns {
        Some(columns) => Answer::Rows { columns, rows },
        None => Answer::Command { changed },
    }
}

std::thread_local! {
    /// The last panic seen by the runner's panic hook.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs one statement through pgshim; a panic becomes [`Answer::Panic`].
/// Runs one statement through pgshim, as psql would: `COPY … FROM STDIN`
/// (and `FROM 'file'`, read here as for PostgreSQL) with its data through
/// `Connection::copy_in`.
fn shim_statement(conn: &mut pgshim::Connection, st: &Statement) -> Answer {
    let (sql, data) = match copy_kind(&st.sql) {
        CopyKind::FromStdin => (
            st.sql.clone(),
            st.copy_data.clone().unwrap_or_default().into_bytes(),
        ),
        CopyKind::FromFile(path, start, end) => match std::fs::read(&path) {
            Ok(data) => (format!("{}STDIN{}", &st.sql[..start], &st.sql[end..]), data),
            Err(e) => {
                return Answer::Error {
                    message: format!("could not open file \"{path}\" for reading: {e}"),
                    sqlstate: Some("58P01".into()),
                    unsupported: false,
                    full: None,
                };
            }
        },
        _ => return shim_run(conn, &st.sql),
    };
    LAST_PANIC.with(|p| p.borrow_mut().take());
    match catch_unwind(AssertUnwindSafe(|| conn.copy_in(&sql, data.as_slice()))) {
        Ok(Ok(n)) => Answer::Command { changed: n },
        Ok(Err(e)) => Answer::Error {
            full: None,
            message: e.message(),
            sqlstate: None,
            unsupported: e.is_unsupported(),
        },
        Err(_) => Answer::Panic {
            message: LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "panic".into()),
        },
    }
}

fn shim_run(conn: &mut pgshim::Connection, sql: &str) -> Answer {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    let answer = catch_unwind(AssertUnwindSafe(|| match conn.run(sql, &[]) {
        Ok(pgshim::Outcome::Rows(r)) => Answer::Rows {
            columns: r.columns.iter().map(|c| c.name.clone()).collect(),
            rows: r
                .rows
                .iter()
                .map(|row| row.iter().map(|v| v.to_pg_text()).collect())
                .collect(),
        },
        Ok(pgshim::Outcome::Done { changed }) => Answer::Command {
            changed: changed as u64,
        },
        Ok(other) => Answer::Error {
            message: format!("unknown outcome: {other:?}"),
            sqlstate: None,
            unsupported: false,
            full: None,
        },
        Err(e) => {
            let full = e.to_string();
            let message = e.message();
            Answer::Error {
                full: (full != message).then_some(full),
                message,
                sqlstate: None,
                unsupported: e.is_unsupported(),
            }
        }
    }));
    answer.unwrap_or_else(|payload| {
        let text = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        let message = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or(text)
            .replace('\n', " ");
        Answer::Panic { message }
    })
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

/// What to run, and against what.
#[derive(Debug, Clone)]
pub struct Options {
    /// PostgreSQL's `src/test/regress` directory (with `sql/` and `data/`).
    pub regress_dir: PathBuf,
    /// The PostgreSQL server (a libpq URL); the run's database is made
    /// beside the URL's.
    pub pg_url: String,
    /// Files run first as setup (on both sides, not counted).
    pub setup: Vec<String>,
    /// The files to compare, in order (without `.sql`); a setup name here
    /// is not run twice.
    pub files: Vec<String>,
    /// The session `TimeZone` on both sides.
    pub time_zone: String,
    /// The session `DateStyle` on both sides.
    pub datestyle: String,
    /// The session `IntervalStyle` on both sides.
    pub interval_style: String,
    /// Where to write `pg_dump --no-owner --no-privileges` of the
    /// regression database once the files have run.
    pub dump: Option<PathBuf>,
}

impl Options {
    /// The defaults for a regress directory and server: `test_setup` as
    /// setup, [`DEFAULT_FILES`], pg_regress's `America/Los_Angeles`, `Postgres, MDY`
    /// and `postgres_verbose`.
    pub fn new(regress_dir: impl Into<PathBuf>, pg_url: impl Into<String>) -> Options {
        Options {
            regress_dir: regress_dir.into(),
            pg_url: pg_url.into(),
            setup: vec![DEFAULT_SETUP.into()],
            files: DEFAULT_FILES.iter().map(|s| s.to_string()).collect(),
            time_zone: DEFAULT_TIME_ZONE.into(),
            datestyle: DEFAULT_DATESTYLE.into(),
            interval_style: DEFAULT_INTERVAL_STYLE.into(),
            dump: None,
        }
    }
}

/// One statement's result.
#[derive(Debug, Clone, Serialize)]
pub struct StatementResult {
    /// The file's name (without `.sql`).
    pub file: String,
    /// The 1-based line where the statement starts.
    pub line: usize,
    /// The statement (or meta-command) as run.
    pub sql: String,
    /// It was in a setup file (not counted).
    pub setup: bool,
    /// How the answers relate.
    #[serde(flatten)]
    pub class: Class,
    /// Why it was skipped, or the diff of a wrong answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// PostgreSQL's answer (absent when skipped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postgres: Option<Answer>,
    /// pgshim's answer (absent when skipped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pgshim: Option<Answer>,
}

/// Counts of statements by class.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Statements run on both sides.
    pub statements: usize,
    /// Of those, the ones PostgreSQL answered (no error).
    pub pg_answered: usize,
    /// Identical answers.
    pub identical: usize,
    /// Wrong answers (all kinds).
    pub wrong: usize,
    /// Of the wrong ones: PostgreSQL raised an error, pgshim answered.
    pub wrong_pg_error: usize,
    /// Of the wrong ones: pgshim panicked.
    pub panics: usize,
    /// PostgreSQL answered, pgshim refused as unsupported.
    pub refused_unsupported: usize,
    /// PostgreSQL answered, pgshim raised another error.
    pub refused_error: usize,
    /// Both raised errors with the same message.
    pub both_error_same: usize,
    /// Both raised errors with different messages.
    pub both_error_different: usize,
    /// Meta-commands and `\gset` statements, not run.
    pub skipped: usize,
}

impl Counts {
    fn add(&mut self, r: &StatementResult) {
        if r.class == Class::Skipped {
            self.skipped += 1;
            return;
        }
        self.statements += 1;
        let pg_ok = r.postgres.as_ref().is_some_and(|a| !a.is_error());
        if pg_ok {
            self.pg_answered += 1;
        }
        match r.class {
            Class::Identical => self.identical += 1,
            Class::Wrong => {
                self.wrong += 1;
                if matches!(r.pgshim, Some(Answer::Panic { .. })) {
                    self.panics += 1;
                } else if !pg_ok {
                    self.wrong_pg_error += 1;
                }
            }
            Class::Refused { unsupported: true } => self.refused_unsupported += 1,
            Class::Refused { unsupported: false } => self.refused_error += 1,
            Class::BothError { same_message: true } => self.both_error_same += 1,
            Class::BothError {
                same_message: false,
            } => self.both_error_different += 1,
            Class::Skipped => {}
        }
    }

    fn merge(&mut self, o: &Counts) {
        self.statements += o.statements;
        self.pg_answered += o.pg_answered;
        self.identical += o.identical;
        self.wrong += o.wrong;
        self.wrong_pg_error += o.wrong_pg_error;
        self.panics += o.panics;
        self.refused_unsupported += o.refused_unsupported;
        self.refused_error += o.refused_error;
        self.both_error_same += o.both_error_same;
        self.both_error_different += o.both_error_different;
        self.skipped += o.skipped;
    }

    /// Identical answers as a percentage of the statements PostgreSQL
    /// answered.
    pub fn identical_pct(&self) -> f64 {
        if self.pg_answered == 0 {
            0.0
        } else {
            100.0 * self.identical as f64 / self.pg_answered as f64
        }
    }
}

/// One file's counts.
#[derive(Debug, Clone, Serialize)]
pub struct FileSummary {
    /// The file's name (without `.sql`).
    pub file: String,
    /// It ran as setup (not in the total).
    pub setup: bool,
    /// Its counts.
    pub counts: Counts,
    /// Seconds it took on both sides.
    pub seconds: f64,
}

/// The result of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// PostgreSQL's `server_version`.
    pub postgres_version: String,
    /// The session time zone.
    pub time_zone: String,
    /// The session DateStyle.
    pub datestyle: String,
    /// The session IntervalStyle.
    pub interval_style: String,
    /// Loud notes: settings pgshim refused, sessions lost.
    pub warnings: Vec<String>,
    /// Per file, in run order.
    pub files: Vec<FileSummary>,
    /// The compared (non-setup) files together.
    pub total: Counts,
    /// Every statement, in run order.
    pub statements: Vec<StatementResult>,
}

/// The pgshim side of a run: the SQLite file and the current session.
struct Shim {
    path: PathBuf,
    settings: Vec<(&'static str, String)>,
    refused: BTreeSet<&'static str>,
}

impl Shim {
    /// A new pgshim session on the run's SQLite file, with the startup
    /// TimeZone, DateStyle and IntervalStyle (`Session::set_default_time_zone`,
    /// `Session::set_default_styles`), as PGTZ, PGDATESTYLE and PGOPTIONS
    /// make them: RESET returns to them on both sides. A value pgshim
    /// refuses is warned once.
    fn open(&mut self, warnings: &mut Vec<String>) -> Result<pgshim::Connection, String> {
        let conn = pgshim::Connection::open(&self.path)
            .map_err(|e| format!("pgshim: open {}: {e}", self.path.display()))?;
        let session = conn.session();
        let mut date_style = pgshim::DateStyle::ISO;
        let mut interval_style = pgshim::IntervalStyle::Postgres;
        for (name, value) in &self.settings {
            let refused = if name.eq_ignore_ascii_case("TimeZone") {
                session
                    .set_default_time_zone(value)
                    .err()
                    .map(|e| e.to_string())
            } else if name.eq_ignore_ascii_case("DateStyle") {
                match pgshim::DateStyle::parse(value, date_style) {
                    Ok(d) => {
                        date_style = d;
                        None
                    }
                    Err(e) => Some(e.to_string()),
                }
            } else if name.eq_ignore_ascii_case("IntervalStyle") {
                match pgshim::IntervalStyle::parse(value) {
                    Ok(i) => {
                        interval_style = i;
                        None
                    }
                    Err(e) => Some(e.to_string()),
                }
            } else {
                Some(format!("pgshim has no startup value for {name}"))
            };
            if let Some(message) = refused
                && self.refused.insert(name)
            {
                warnings.push(format!(
                    "pgshim refused the startup {name} {value} ({message}): answers compared \
                     under pgshim's default"
                ));
            }
        }
        session.set_default_styles(date_style, interval_style);
        Ok(conn)
    }
}

fn pg_connect(url: &str, file: &str, opts: &Options) -> Result<postgres::Client, String> {
    let mut config = postgres::Config::from_str(url).map_err(|e| format!("{url}: {e}"))?;
    config.dbname(DATABASE);
    config.application_name(&format!("pg_regress/{file}"));
    // As PGTZ, PGDATESTYLE and PGOPTIONS do for pg_regress: the settings
    // are the session's defaults, which RESET returns to.
    config.options(&format!(
        "{} {} {}",
        startup_option("TimeZone", &opts.time_zone),
        startup_option("DateStyle", &opts.datestyle),
        startup_option("IntervalStyle", &opts.interval_style)
    ));
    let mut c = config.connect(postgres::NoTls).map_err(|e| {
        format!(
            "connect to PostgreSQL ({url}, database {DATABASE}): {}",
            pg_message(&e)
        )
    })?;
    c.batch_execute(&format!(
        "SET TimeZone = {}; SET DateStyle = {}; SET IntervalStyle = {}; \
         SET statement_timeout = '{STATEMENT_TIMEOUT}'",
        quote_literal(&opts.time_zone),
        quote_literal(&opts.datestyle),
        quote_literal(&opts.interval_style)
    ))
    .map_err(|e| format!("PostgreSQL session settings: {}", pg_message(&e)))?;
    Ok(c)
}

/// Runs the files on PostgreSQL and through pgshim and compares every
/// statement. `Err` only when the run cannot happen (no server, a missing
/// file, no SQLite file).
pub fn run(opts: &Options) -> Result<Summary, String> {
    let dir = opts
        .regress_dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", opts.regress_dir.display()))?;
    let mut order: Vec<(String, bool)> = opts.setup.iter().map(|s| (s.clone(), true)).collect();
    for f in &opts.files {
        if !order.iter().any(|(n, _)| n == f) {
            order.push((f.clone(), false));
        }
    }
    let mut scripts = Vec::new();
    for (name, setup) in &order {
        let path = dir.join("sql").join(format!("{name}.sql"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        scripts.push((name.clone(), *setup, text));
    }

    let mut admin = postgres::Client::connect(&opts.pg_url, postgres::NoTls)
        .map_err(|e| format!("connect to PostgreSQL ({}): {e}", opts.pg_url))?;
    let version: String = admin
        .query_one("SHOW server_version", &[])
        .map_err(|e| pg_message(&e))?
        .get(0);
    // Two queries: CREATE DATABASE cannot run in the implicit transaction
    // of a multi-statement query.
    for sql in [
        format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"),
        format!("CREATE DATABASE {DATABASE} TEMPLATE template0"),
    ] {
        admin
            .batch_execute(&sql)
            .map_err(|e| format!("{sql}: {}", pg_message(&e)))?;
    }
    // What pg_regress sets on its database.
    for (name, value) in [
        ("lc_messages", "C"),
        ("lc_monetary", "C"),
        ("lc_numeric", "C"),
        ("lc_time", "C"),
        ("bytea_output", "hex"),
        ("timezone_abbreviations", "Default"),
    ] {
        let _ = admin.batch_execute(&format!(
            "ALTER DATABASE {DATABASE} SET {name} TO {}",
            quote_literal(value)
        ));
    }

    let tmp = std::env::temp_dir().join(format!("pgshim-regress.{}", std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let mut shim = Shim {
        path: tmp.join("regress.sqlite"),
        settings: vec![
            ("TimeZone", opts.time_zone.clone()),
            ("DateStyle", opts.datestyle.clone()),
            ("IntervalStyle", opts.interval_style.clone()),
        ],
        refused: BTreeSet::new(),
    };

    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
    let result = run_files(opts, &dir, &scripts, &mut shim);
    std::panic::set_hook(previous_hook);

    let _ = std::fs::remove_dir_all(&tmp);
    let dumped = match &opts.dump {
        Some(path) if result.is_ok() => dump_database(&opts.pg_url, path),
        _ => Ok(()),
    };
    let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"));
    let (files, statements, warnings) = result?;
    dumped?;
    let mut total = Counts::default();
    for f in files.iter().filter(|f| !f.setup) {
        total.merge(&f.counts);
    }
    Ok(Summary {
        postgres_version: version,
        time_zone: opts.time_zone.clone(),
        datestyle: opts.datestyle.clone(),
        interval_style: opts.interval_style.clone(),
        warnings,
        files,
        total,
        statements,
    })
}

/// After a RESET: whether the two sessions' time zones now differ
/// (PostgreSQL returns to the session's startup value, which pgshim's
/// session does not have).
fn zone_drift(pg: &mut postgres::Client, conn: &mut pgshim::Connection) -> Option<String> {
    let Answer::Rows { rows: p, .. } = pg_simple(pg, "SHOW TimeZone") else {
        return None;
    };
    let Answer::Rows { rows: q, .. } = shim_run(conn, "SHOW TimeZone") else {
        return None;
    };
    let first = |rows: &[Row]| rows.first().and_then(|r| r.first().cloned().flatten());
    let (p, q) = (first(&p)?, first(&q)?);
    (p != q).then(|| {
        format!(
            "pgshim's TimeZone is {q}, PostgreSQL's {p} (PostgreSQL returns to the session's \
             startup value, pgshim to its default): answers up to the next SET TimeZone are \
             compared under different zones"
        )
    })
}

type FilesOutcome = (Vec<FileSummary>, Vec<StatementResult>, Vec<String>);

fn run_files(
    opts: &Options,
    dir: &Path,
    scripts: &[(String, bool, String)],
    shim: &mut Shim,
) -> Result<FilesOutcome, String> {
    let mut warnings = Vec::new();
    let mut files = Vec::new();
    let mut statements = Vec::new();
    for (name, setup, text) in scripts {
        let started = Instant::now();
        let mut vars = Variables::for_regress_dir(dir);
        let items = split(text, &mut vars);
        let connect = || pg_connect(&opts.pg_url, name, opts);
        let mut pg = connect()?;
        let mut conn = shim.open(&mut warnings)?;
        let mut counts = Counts::default();
        // Zone differences after RESET, with the lines where they arose.
        let mut drifts: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for item in items {
            let result = match item {
                Item::Meta(m) => StatementResult {
                    file: name.clone(),
                    line: m.line,
                    sql: m.text,
                    setup: *setup,
                    class: Class::Skipped,
                    note: Some(if m.applied {
                        "psql meta-command (applied by the runner)".into()
                    } else {
                        "psql meta-command".into()
                    }),
                    postgres: None,
                    pgshim: None,
                },
                Item::Statement(st) if st.skip.is_some() => StatementResult {
                    file: name.clone(),
                    line: st.line,
                    sql: st.sql,
                    setup: *setup,
                    class: Class::Skipped,
                    note: st.skip,
                    postgres: None,
                    pgshim: None,
                },
                Item::Statement(st) => {
                    let pg_answer = pg_run(&mut pg, &st);
                    if pg.is_closed() {
                        warnings.push(format!(
                            "{name}:{}: the PostgreSQL session was lost; a new one was opened",
                            st.line
                        ));
                        pg = connect()?;
                    }
                    let shim_answer = shim_statement(&mut conn, &st);
                    if let Answer::Panic { message } = &shim_answer {
                        eprintln!(
                            "pgshim-regress: {name}:{}: pgshim PANIC: {message}",
                            st.line
                        );
                        conn = shim.open(&mut warnings)?;
                    }
                    if first_keyword(&st.sql).as_deref() == Some("RESET")
                        && !pg_answer.is_error()
                        && !shim_answer.is_error()
                        && let Some(w) = zone_drift(&mut pg, &mut conn)
                    {
                        drifts.entry(w).or_default().push(st.line);
                    }
                    let (class, note) = classify(&st.sql, &pg_answer, &shim_answer);
                    StatementResult {
                        file: name.clone(),
                        line: st.line,
                        sql: st.sql,
                        setup: *setup,
                        class,
                        note,
                        postgres: Some(pg_answer),
                        pgshim: Some(shim_answer),
                    }
                }
            };
            counts.add(&result);
            statements.push(result);
        }
        for (w, lines) in drifts {
            let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
            warnings.push(format!(
                "{name}.sql: after RESET on line {}: {w}",
                lines.join(", ")
            ));
        }
        drop(conn);
        let _ = pg.close();
        let seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "pgshim-regress: {name}.sql: {} statements in {seconds:.1}s",
            counts.statements
        );
        files.push(FileSummary {
            file: name.clone(),
            setup: *setup,
            counts,
            seconds,
        });
    }
    Ok((files, statements, warnings))
}

// ---------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------

impl Summary {
    /// The summary printed to stdout: settings, warnings, a table per file
    /// and the total.
    pub fn text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "pgshim-regress: PostgreSQL {} vs pgshim; TimeZone {}, DateStyle '{}', IntervalStyle {}",
            self.postgres_version, self.time_zone, self.datestyle, self.interval_style
        );
        for w in &self.warnings {
            let _ = writeln!(s, "WARNING: {w}");
        }
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{:<12} {:>5} {:>7} {:>16} {:>12} {:>17} {:>16} {:>7}",
            "file",
            "stmts",
            "pg-ok",
            "identical",
            "wrong(pgerr)",
            "refused(uns/oth)",
            "both-err(sm/df)",
            "skipped"
        );
        let row = |s: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                s,
                "{:<12} {:>5} {:>7} {:>16} {:>12} {:>17} {:>16} {:>7}",
                name,
                c.statements,
                c.pg_answered,
                format!("{} ({:.1}%)", c.identical, c.identical_pct()),
                format!("{} ({})", c.wrong, c.wrong_pg_error),
                format!(
                    "{} ({}/{})",
                    c.refused_unsupported + c.refused_error,
                    c.refused_unsupported,
                    c.refused_error
                ),
                format!(
                    "{} ({}/{})",
                    c.both_error_same + c.both_error_different,
                    c.both_error_same,
                    c.both_error_different
                ),
                c.skipped
            );
        };
        for f in &self.files {
            let name = if f.setup {
                format!("{}*", f.file)
            } else {
                f.file.clone()
            };
            row(&mut s, &name, &f.counts);
        }
        row(&mut s, "TOTAL", &self.total);
        let _ = writeln!(
            s,
            "(* setup, not in the total; identical % is of the statements PostgreSQL answered; \
             wrong(pgerr): of the wrong, PostgreSQL raised an error and pgshim answered)"
        );
        if self.total.panics > 0 {
            let _ = writeln!(s, "PANICS: {} (counted as wrong)", self.total.panics);
        }
        s
    }

    /// Refusals (counted statements only) grouped by normalised message,
    /// most frequent first: `(count, message)`.
    ///
    /// Messages that differ only in case (`"MSK"`, `"msk"`) are one group,
    /// shown as its most frequent spelling.
    pub fn refusal_groups(&self) -> Vec<(usize, String)> {
        let mut groups: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for r in self.counted() {
            if let (Class::Refused { .. }, Some(Answer::Error { message, .. })) =
                (r.class, &r.pgshim)
            {
                let m = normalize_message(message);
                *groups
                    .entry(m.to_lowercase())
                    .or_default()
                    .entry(m)
                    .or_default() += 1;
            }
        }
        let mut v: Vec<(usize, String)> = groups
            .into_values()
            .filter_map(|spellings| {
                let total = spellings.values().sum();
                let shown = spellings
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?
                    .0;
                Some((total, shown))
            })
            .collect();
        v.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        v
    }

    fn counted(&self) -> impl Iterator<Item = &StatementResult> {
        self.statements.iter().filter(|r| !r.setup)
    }

    /// The full text report: the summary, every wrong statement with a diff,
    /// every refused statement with pgshim's message, refusals grouped by
    /// message, both-error statements with different messages, and the
    /// setup statements pgshim did not run.
    pub fn report(&self) -> String {
        let mut s = self.text();
        let indent = |sql: &str| format!("    {}", sql.replace('\n', "\n    "));

        let wrong: Vec<_> = self.counted().filter(|r| r.class == Class::Wrong).collect();
        let _ = writeln!(s, "\n==== WRONG ({}) ====", wrong.len());
        for r in wrong {
            let _ = writeln!(s, "\n--- {}.sql:{}", r.file, r.line);
            let _ = writeln!(s, "{}", indent(&r.sql));
            if let Some(n) = &r.note {
                let _ = write!(s, "{n}");
            }
        }

        let refused: Vec<_> = self
            .counted()
            .filter(|r| matches!(r.class, Class::Refused { .. }))
            .collect();
        let _ = writeln!(s, "\n==== REFUSED ({}) ====", refused.len());
        for r in refused {
            let msg = match &r.pgshim {
                Some(Answer::Error { message, full, .. }) => {
                    full.clone().unwrap_or(message.clone())
                }
                Some(a) => a.brief(),
                None => String::new(),
            };
            let _ = writeln!(s, "\n--- {}.sql:{}: {msg}", r.file, r.line);
            let _ = writeln!(s, "{}", indent(&r.sql));
        }

        let groups = self.refusal_groups();
        let _ = writeln!(
            s,
            "\n==== REFUSALS GROUPED BY MESSAGE ({} groups) ====",
            groups.len()
        );
        for (n, m) in groups {
            let _ = writeln!(s, "{n:>5}  {m}");
        }

        let differ: Vec<_> = self
            .counted()
            .filter(|r| {
                r.class
                    == Class::BothError {
                        same_message: false,
                    }
            })
            .collect();
        let _ = writeln!(
            s,
            "\n==== BOTH ERROR, DIFFERENT MESSAGES ({}) ====",
            differ.len()
        );
        for r in differ {
            let brief = |a: &Option<Answer>| a.as_ref().map(Answer::brief).unwrap_or_default();
            let _ = writeln!(s, "\n--- {}.sql:{}", r.file, r.line);
            let _ = writeln!(s, "{}", indent(&r.sql));
            let _ = writeln!(s, "postgres: {}", brief(&r.postgres));
            let _ = writeln!(s, "pgshim:   {}", brief(&r.pgshim));
        }

        let setup_gaps: Vec<_> = self
            .statements
            .iter()
            .filter(|r| {
                r.setup
                    && r.pgshim.as_ref().is_some_and(Answer::is_error)
                    && r.postgres.as_ref().is_some_and(|a| !a.is_error())
            })
            .collect();
        let _ = writeln!(
            s,
            "\n==== SETUP STATEMENTS POSTGRESQL RAN AND PGSHIM DID NOT ({}) ====",
            setup_gaps.len()
        );
        for r in setup_gaps {
            let first = r.sql.lines().next().unwrap_or("");
            let msg = r.pgshim.as_ref().map(Answer::brief).unwrap_or_default();
            let _ = writeln!(s, "{}.sql:{}: {first} -- {msg}", r.file, r.line);
        }
        s
    }

    /// The machine-readable results: settings, counts and every statement.
    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string_pretty(self).map_err(|e| e.to_string())
    }
}

/// `pg_dump --no-owner --no-privileges` of the run's database into `path`
/// (the `pg_dump` on PATH, or the server binaries' own).
fn dump_database(pg_url: &str, path: &Path) -> Result<(), String> {
    let dump = crate::pg_dump(&crate::database_url(pg_url, DATABASE), &[])?;
    std::fs::write(path, dump).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(script: &str) -> Vec<Statement> {
        statements_with(script, &mut Variables::default())
    }

    fn statements_with(script: &str, vars: &mut Variables) -> Vec<Statement> {
        split(script, vars)
            .into_iter()
            .filter_map(|i| match i {
                Item::Statement(s) => Some(s),
                Item::Meta(_) => None,
            })
            .collect()
    }

    fn sqls(script: &str) -> Vec<String> {
        statements(script).into_iter().map(|s| s.sql).collect()
    }

    #[test]
    fn semicolons_in_quotes_do_not_end_statements() {
        assert_eq!(
            sqls("SELECT 'a;b', 'it''s;';SELECT \"x;y\" FROM t; SELECT E'\\';' ;"),
            [
                "SELECT 'a;b', 'it''s;'",
                "SELECT \"x;y\" FROM t",
                "SELECT E'\\';'"
            ]
        );
        // A standard string: the backslash is a character, the quote ends it.
        assert_eq!(
            sqls("SELECT 'a\\'; SELECT 2;"),
            ["SELECT 'a\\'", "SELECT 2"]
        );
        // Only a lone `E` makes an escape string.
        assert_eq!(
            sqls("SELECT x'\\'; SELECT 3;"),
            ["SELECT x'\\'", "SELECT 3"]
        );
    }

    #[test]
    fn dollar_quotes() {
        assert_eq!(
            sqls("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT $1;"),
            [
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                "SELECT $1"
            ]
        );
        assert_eq!(
            sqls("DO $body$ BEGIN PERFORM 1; $x$ ; $x$ END $body$; SELECT a$b;"),
            [
                "DO $body$ BEGIN PERFORM 1; $x$ ; $x$ END $body$",
                "SELECT a$b"
            ]
        );
    }

    #[test]
    fn comments_and_parentheses() {
        let st = statements(
            "-- leading; comment\n\n/* a /* nested; */ still; */ SELECT 1 -- trailing;\n, (2;3);\n-- only a comment;\n",
        );
        assert_eq!(st.len(), 1);
        assert_eq!(
            st[0].sql,
            "/* a /* nested; */ still; */ SELECT 1 -- trailing;\n, (2;3)"
        );
        assert_eq!(st[0].line, 3);
        // A statement of comments only is dropped; the last one has no `;`.
        assert_eq!(sqls("/* c */;\nSELECT 4"), ["SELECT 4"]);
    }

    #[test]
    fn line_numbers() {
        let st = statements("SELECT 1;\n\n  SELECT\n  2;SELECT 'a\nb';\nSELECT 3;");
        let lines: Vec<usize> = st.iter().map(|s| s.line).collect();
        assert_eq!(lines, [1, 3, 4, 6]);
    }

    #[test]
    fn set_and_interpolation() {
        let mut vars = Variables::for_regress_dir(Path::new("/r"));
        let st = statements_with(
            "\\set lib :libdir '/x' :dlsuffix\n\\set q 'it''s' \n\\set n 42\n\
             SELECT :n, :'q', :\"q\", :'lib', ':n', :undefined, a::text, arr[1:2];\n\
             \\unset n\nSELECT :n;",
            &mut vars,
        );
        assert_eq!(
            st[0].sql,
            "SELECT 42, 'it''s', \"it's\", '/nonexistent/pgshim-regress/lib/x.so', ':n', :undefined, a::text, arr[1:2]"
        );
        assert_eq!(st[1].sql, "SELECT :n");
        assert_eq!(vars.get("q"), Some("it's"));
        // A backslash in the value: psql writes an E'' literal.
        vars.set("path", "C:\\d");
        assert_eq!(
            statements_with("SELECT :'path';", &mut vars)[0].sql,
            "SELECT  E'C:\\\\d'"
        );
    }

    #[test]
    fn meta_commands_are_items() {
        let items = split(
            "\\pset null '(null)'\nSELECT 1 \\gset\nSELECT 2 \\g\n\\x\nSELECT\n\\set v 1\n3;",
            &mut Variables::default(),
        );
        let kinds: Vec<String> = items
            .iter()
            .map(|i| match i {
                Item::Meta(m) => format!("meta {} {} {}", m.line, m.text, m.applied),
                Item::Statement(s) => format!("sql {} {} {:?}", s.line, s.sql, s.skip.is_some()),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "meta 1 \\pset null '(null)' false",
                "sql 2 SELECT 1 true",
                "sql 3 SELECT 2 false",
                "meta 4 \\x false",
                "meta 6 \\set v 1 true",
                "sql 5 SELECT\n\n3 false",
            ]
        );
    }

    #[test]
    fn copy_data_blocks() {
        let st = statements(
            "COPY t (a, b) FROM stdin;\n1\t'x;\n2\t\\N\n\\.\nSELECT 1;\ncopy u from STDIN with (format csv);\n3\n",
        );
        assert_eq!(st[0].copy_data.as_deref(), Some("1\t'x;\n2\t\\N\n"));
        assert_eq!((st[1].line, st[1].sql.as_str()), (5, "SELECT 1"));
        // Unterminated data runs to the end of the script.
        assert_eq!(st[2].copy_data.as_deref(), Some("3\n"));
        assert_eq!(st.len(), 3);
    }

    #[test]
    fn copy_kinds() {
        assert_eq!(copy_kind("COPY t FROM STDIN"), CopyKind::FromStdin);
        assert_eq!(copy_kind("copy (select 1) to stdout"), CopyKind::ToStdout);
        assert_eq!(copy_kind("SELECT 'COPY t FROM STDIN'"), CopyKind::None);
        let sql = "COPY t FROM '/d/it''s.data' WITH (FORMAT csv)";
        let CopyKind::FromFile(path, s, e) = copy_kind(sql) else {
            panic!("not a file copy")
        };
        assert_eq!(path, "/d/it's.data");
        assert_eq!(
            format!("{}STDIN{}", &sql[..s], &sql[e..]),
            "COPY t FROM STDIN WITH (FORMAT csv)"
        );
        let CopyKind::FromFile(path, ..) = copy_kind("COPY t FROM  E'/d/a\\\\b'") else {
            panic!("not a file copy")
        };
        assert_eq!(path, "/d/a\\b");
    }

    #[test]
    fn classification() {
        let rows = |r: &[&str]| Answer::Rows {
            columns: vec!["a".into()],
            rows: r.iter().map(|v| vec![Some(v.to_string())]).collect(),
        };
        let err = |m: &str, unsupported| Answer::Error {
            message: m.into(),
            sqlstate: None,
            unsupported,
            full: None,
        };
        let unordered = "SELECT a FROM t";
        let ordered = "SELECT a FROM t ORDER BY a";
        assert_eq!(
            classify(unordered, &rows(&["1", "2"]), &rows(&["2", "1"])).0,
            Class::Identical
        );
        let (class, diff) = classify(ordered, &rows(&["1", "2"]), &rows(&["2", "1"]));
        assert_eq!(class, Class::Wrong);
        assert!(diff.unwrap().contains("row   1  postgres  \"1\""));
        let (_, diff) = classify(unordered, &rows(&["1", "1", "2"]), &rows(&["1", "2", "2"]));
        let diff = diff.unwrap();
        assert!(
            diff.contains("only from postgres (1):\n    \"1\""),
            "{diff}"
        );
        assert!(diff.contains("only from pgshim (1):\n    \"2\""), "{diff}");
        assert_eq!(
            classify(unordered, &err("x", false), &rows(&["1"])).0,
            Class::Wrong
        );
        assert_eq!(
            classify(unordered, &rows(&["1"]), &err("x", true)).0,
            Class::Refused { unsupported: true }
        );
        assert_eq!(
            classify(unordered, &err("x", false), &err("y", false)).0,
            Class::BothError {
                same_message: false
            }
        );
        let done = |n| Answer::Command { changed: n };
        assert_eq!(
            classify("CREATE TABLE t (a int)", &done(0), &done(3)).0,
            Class::Identical
        );
        assert_eq!(
            classify("insert into t values (1)", &done(1), &done(2)).0,
            Class::Wrong
        );
        let panic = Answer::Panic {
            message: "boom".into(),
        };
        assert_eq!(
            classify(unordered, &err("x", false), &panic).0,
            Class::Wrong
        );
    }

    #[test]
    fn messages_normalise() {
        assert_eq!(
            normalize_message("unsupported: function foo(interval) at 1:8..1:20"),
            "unsupported: function foo(interval)"
        );
        assert_eq!(
            normalize_message("Expected: an expression, found: ; at Line: 1, Column: 8"),
            "Expected: an expression, found: ;"
        );
        assert_eq!(
            normalize_message("date/time field value out of range: \"1997-02-29\""),
            "date/time field value out of range: \"…\""
        );
    }

    #[test]
    fn pgshim_answers_and_errors() {
        let mut conn = pgshim::Connection::open_in_memory().unwrap();
        assert!(matches!(
            shim_run(&mut conn, "SELECT 1"),
            Answer::Rows { .. }
        ));
        assert!(matches!(
            shim_run(&mut conn, "SELECT FROM WHERE"),
            Answer::Error { .. }
        ));
    }

    #[test]
    fn refusals_group_by_normalised_message() {
        let refused = |file: &str, setup, message: &str| StatementResult {
            file: file.into(),
            line: 1,
            sql: "SELECT 1".into(),
            setup,
            class: Class::Refused { unsupported: true },
            note: None,
            postgres: None,
            pgshim: Some(Answer::Error {
                message: message.into(),
                sqlstate: None,
                unsupported: true,
                full: None,
            }),
        };
        let summary = Summary {
            postgres_version: "15".into(),
            time_zone: "UTC".into(),
            datestyle: "ISO, MDY".into(),
            interval_style: "postgres".into(),
            warnings: vec![],
            files: vec![],
            total: Counts::default(),
            statements: vec![
                refused("a", false, "abbreviation \"MSK\" at 1:2..1:5"),
                refused("a", false, "abbreviation \"msk\" at 3:2..3:5"),
                refused("a", false, "abbreviation \"MSK\""),
                refused("a", false, "bad value '2001-01-01'"),
                refused("setup", true, "bad value 'x'"),
            ],
        };
        assert_eq!(
            summary.refusal_groups(),
            [
                (3, "abbreviation \"MSK\"".to_string()),
                (1, "bad value '…'".to_string())
            ]
        );
    }

    #[test]
    fn startup_options_escape_spaces() {
        assert_eq!(
            startup_option("DateStyle", "Postgres, MDY"),
            "-c DateStyle=Postgres,\\ MDY"
        );
    }
}
