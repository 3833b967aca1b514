//! The databases a server serves: one file (`--db FILE`, whatever
//! database a client names), or a data directory (`--data-dir DIR`), where
//! database NAME is the file DIR/NAME.sqlite and `CREATE DATABASE` and
//! `DROP DATABASE` create and remove such files, as test runners need
//! (Django's `test_NAME`, Rails' `db:create`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-createdatabase.html>,
//! <https://www.postgresql.org/docs/current/sql-dropdatabase.html>

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::backend::{PgError, WriteGate};

/// The files being served, and the sessions on each.
pub(crate) struct Databases {
    /// The data directory, or `None` for the one file.
    dir: Option<PathBuf>,
    /// The one file (`--db`).
    file: PathBuf,
    /// Per database: its write gate, and how many sessions have it open.
    open: Mutex<HashMap<String, (WriteGate, usize)>>,
}

/// The database every data directory has, which clients connect to for
/// `CREATE DATABASE`.
pub(crate) const DEFAULT: &str = "postgres";

impl Databases {
    pub(crate) fn new(dir: Option<PathBuf>, file: PathBuf) -> Databases {
        Databases {
            dir,
            file,
            open: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (WriteGate, usize)>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The file of database `name`: in the data directory, or the one
    /// file for every name.
    fn file_of(&self, name: &str) -> Result<PathBuf, PgError> {
        let Some(dir) = &self.dir else {
            return Ok(self.file.clone());
        };
        let plain = !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0']);
        if !plain {
            return Err(missing(name));
        }
        Ok(dir.join(format!("{name}.sqlite")))
    }

    /// Opens a session on database `name`: its file (PostgreSQL's 3D000
    /// when the data directory has no such database) and its write gate.
    /// [`Databases::leave`] ends it.
    pub(crate) fn enter(&self, name: &str) -> Result<(PathBuf, WriteGate), PgError> {
        let path = self.file_of(name)?;
        let mut open = self.lock();
        if self.dir.is_some() && !path.exists() {
            return Err(missing(name));
        }
        let key = self.key(name);
        let entry = open.entry(key).or_insert_with(|| (WriteGate::default(), 0));
        entry.1 += 1;
        Ok((path, entry.0.clone()))
    }

    /// A session on database `name` ended.
    pub(crate) fn leave(&self, name: &str) {
        let key = self.key(name);
        let mut open = self.lock();
        if let Some(e) = open.get_mut(&key) {
            e.1 = e.1.saturating_sub(1);
        }
    }

    fn key(&self, name: &str) -> String {
        if self.dir.is_some() {
            name.to_string()
        } else {
            String::new()
        }
    }

    /// `CREATE DATABASE name`: a new, empty file.
    pub(crate) fn create(&self, name: &str) -> Result<(), PgError> {
        self.served_dir("CREATE DATABASE")?;
        let path = self.file_of(name).map_err(|_| invalid_name(name))?;
        let _open = self.lock();
        if path.exists() {
            return Err(PgError::new(
                "42P04",
                format!("database \"{name}\" already exists"),
            ));
        }
        create_file(&path).map_err(|e| PgError::new("58030", e))
    }

    /// `DROP DATABASE [IF EXISTS] name`: its file removed, unless a
    /// session has it open (`current`: this session's). `Ok(true)` when
    /// it did not exist and IF EXISTS was given.
    pub(crate) fn remove(
        &self,
        name: &str,
        if_exists: bool,
        current: &str,
    ) -> Result<bool, PgError> {
        self.served_dir("DROP DATABASE")?;
        let Ok(path) = self.file_of(name) else {
            return if if_exists {
                Ok(true)
            } else {
                Err(missing(name))
            };
        };
        let open = self.lock();
        if !path.exists() {
            return if if_exists {
                Ok(true)
            } else {
                Err(missing(name))
            };
        }
        if name == current {
            return Err(PgError::new(
                "55006",
                "cannot drop the currently open database",
            ));
        }
        let others = open.get(name).map_or(0, |e| e.1);
        if others > 0 {
            let mut e = PgError::new(
                "55006",
                format!("database \"{name}\" is being accessed by other users"),
            );
            e.detail = Some(if others == 1 {
                "There is 1 other session using the database.".into()
            } else {
                format!("There are {others} other sessions using the database.")
            });
            return Err(e);
        }
        for suffix in ["", "-wal", "-shm"] {
            let f = PathBuf::from(format!("{}{suffix}", path.display()));
            if f.exists() {
                std::fs::remove_file(&f).map_err(|e| {
                    PgError::new("58030", format!("could not remove {}: {e}", f.display()))
                })?;
            }
        }
        Ok(false)
    }

    /// Every database file served: the one file, or the data
    /// directory's.
    pub(crate) fn files(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.dir else {
            return vec![self.file.clone()];
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "sqlite"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    /// Whether this serves a data directory (else one file for every
    /// name).
    pub(crate) fn is_directory(&self) -> bool {
        self.dir.is_some()
    }

    /// The names of the data directory's databases, as pg_database lists
    /// them.
    pub(crate) fn names(&self) -> Vec<String> {
        self.files()
            .iter()
            .filter_map(|f| f.file_stem()?.to_str().map(str::to_string))
            .collect()
    }

    /// The data directory's commands need one.
    fn served_dir(&self, command: &str) -> Result<(), PgError> {
        if self.dir.is_some() {
            return Ok(());
        }
        let mut e = PgError::new(
            "0A000",
            format!("unsupported: {command} on a server of one file"),
        );
        e.hint = Some("serve a directory of databases with pgshim serve --data-dir DIR".into());
        Err(e)
    }
}

/// Creates an empty database file as pgshim serves it (WAL mode).
pub(crate) fn create_file(path: &Path) -> Result<(), String> {
    let db = pgshim::Connection::open(path).map_err(|e| e.to_string())?;
    db.sqlite()
        .execute_batch("PRAGMA journal_mode = WAL")
        .map_err(|e| e.to_string())
}

/// PostgreSQL's error for a database the directory has not.
fn missing(name: &str) -> PgError {
    PgError::new("3D000", format!("database \"{name}\" does not exist"))
}

fn invalid_name(name: &str) -> PgError {
    PgError::new("42602", format!("invalid database name \"{name}\""))
}

/// A `CREATE DATABASE` or `DROP DATABASE` statement, as the server runs
/// them (they act on files, not on the session's connection).
#[derive(Debug, PartialEq)]
pub(crate) enum Command {
    Create(String),
    Drop { name: String, if_exists: bool },
}

/// Reads `CREATE DATABASE name [[WITH] option [=] value …]` and `DROP
/// DATABASE [IF EXISTS] name`; `None` for other statements. Options that
/// pgshim cannot honour are refused: it keeps UTF8 and compares strings
/// byte by byte (the C collation), has templates 0 and 1 only as empty
/// files, and no connection limits or tablespaces.
pub(crate) fn command(sql: &str) -> Option<Result<Command, PgError>> {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let tokens = Tokenizer::new(&sqlparser::dialect::PostgreSqlDialect {}, sql)
        .tokenize()
        .ok()?;
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_) | Token::SemiColon))
        .collect();
    let word = |t: &Token| match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    };
    let name_of = |t: &Token| match t {
        Token::Word(w) if w.quote_style.is_some() => Some(w.value.clone()),
        Token::Word(w) => Some(w.value.to_lowercase()),
        _ => None,
    };
    let is = |i: usize, kw: &str| words.get(i).and_then(|t| word(t)).as_deref() == Some(kw);
    if !is(1, "DATABASE") {
        return None;
    }
    let unsupported = |what: String| {
        let mut e = PgError::new("0A000", format!("unsupported: {what}"));
        e.hint = Some(
            "pgshim's databases are UTF8 with the C collation; ENCODING, TEMPLATE template0/template1, LC_COLLATE/LC_CTYPE/LOCALE 'C' and OWNER are accepted".into(),
        );
        e
    };
    if is(0, "CREATE") {
        let Some(name) = words.get(2).and_then(|t| name_of(t)) else {
            return Some(Err(PgError::new("42601", "syntax error at end of input")));
        };
        let mut i = 3;
        if is(i, "WITH") {
            i += 1;
        }
        while i < words.len() {
            let Some(option) = word(words[i]) else {
                return Some(Err(unsupported(format!(
                    "CREATE DATABASE option {}",
                    words[i]
                ))));
            };
            i += 1;
            if matches!(words.get(i), Some(Token::Eq)) {
                i += 1;
            }
            let value = match words.get(i) {
                Some(Token::SingleQuotedString(s)) => s.clone(),
                Some(Token::Word(w)) => w.value.clone(),
                Some(Token::Number(n, _)) => n.clone(),
                _ => return Some(Err(PgError::new("42601", "syntax error at end of input"))),
            };
            i += 1;
            let v = value.to_ascii_lowercase().replace(['-', '_'], "");
            let ok = match option.as_str() {
                "ENCODING" => matches!(v.as_str(), "utf8" | "unicode" | "default"),
                "TEMPLATE" => matches!(v.as_str(), "template0" | "template1" | "default"),
                "LC_COLLATE" | "LC_CTYPE" | "LOCALE" => matches!(v.as_str(), "c" | "posix"),
                // pgshim has no roles to own anything.
                "OWNER" => true,
                _ => false,
            };
            if !ok {
                return Some(Err(unsupported(format!(
                    "CREATE DATABASE … {option} {value}"
                ))));
            }
        }
        return Some(Ok(Command::Create(name)));
    }
    if is(0, "DROP") {
        let (if_exists, at) = if is(2, "IF") && is(3, "EXISTS") {
            (true, 4)
        } else {
            (false, 2)
        };
        let Some(name) = words.get(at).and_then(|t| name_of(t)) else {
            return Some(Err(PgError::new("42601", "syntax error at end of input")));
        };
        if words.len() > at + 1 {
            return Some(Err(unsupported(
                "DROP DATABASE … WITH (FORCE) or several databases".into(),
            )));
        }
        return Some(Ok(Command::Drop { name, if_exists }));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_read_as_postgresql_writes_them() {
        let ok = |sql: &str| command(sql).unwrap().unwrap();
        assert_eq!(
            ok("CREATE DATABASE \"App_Test\""),
            Command::Create("App_Test".into())
        );
        assert_eq!(
            ok("create database app_test ENCODING = 'utf8'"),
            Command::Create("app_test".into())
        );
        assert_eq!(
            ok(
                "CREATE DATABASE t WITH TEMPLATE template0 ENCODING 'UTF-8' LC_COLLATE 'C' OWNER app;"
            ),
            Command::Create("t".into())
        );
        assert_eq!(
            ok("DROP DATABASE IF EXISTS Test_X"),
            Command::Drop {
                name: "test_x".into(),
                if_exists: true
            }
        );
        assert!(
            command("CREATE DATABASE t LC_COLLATE 'en_US.UTF-8'")
                .unwrap()
                .is_err()
        );
        assert!(command("DROP DATABASE t WITH (FORCE)").unwrap().is_err());
        assert!(command("CREATE TABLE database (x int)").is_none());
        assert!(command("SELECT 1").is_none());
    }
}
