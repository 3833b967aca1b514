//! What pgshim knows about the schema: tables, their columns and PG types.
//!
//! The catalog is filled from PostgreSQL DDL that goes through the
//! translator, from a live SQLite database (whose declared column types keep
//! the PostgreSQL type name), and from user overrides for declared types that
//! other tools wrote (Rails' `datetime`, for example).

use std::collections::{BTreeMap, HashMap};

use crate::types::PgType;

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Column name as stored (unquoted identifiers folded to lower case).
    pub name: String,
    /// The PostgreSQL type, or `None` when the declared type is not one
    /// pgshim knows; using such a column in an expression is an error.
    pub ty: Option<PgType>,
    /// The declared type as written (`timestamptz`, `varchar(20)`).
    pub declared: String,
    /// The column default as SQLite SQL (already translated), if any.
    pub default_sql: Option<String>,
}

/// A table (or view) in the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Table name as stored.
    pub name: String,
    /// Columns in definition order.
    pub columns: Vec<Column>,
    /// The primary key's columns (empty when there is none).
    pub primary_key: Vec<String>,
}

impl Table {
    /// Finds a column by name (exact match on the stored name).
    ///
    /// ```
    /// # use pgshim::{Catalog, PgType};
    /// let mut c = Catalog::new();
    /// c.add_table("t", &[("id", PgType::Int4)]);
    /// assert!(c.table("t").unwrap().column("id").is_some());
    /// ```
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A sequence (`CREATE SEQUENCE`, or what pg_dump writes for a serial
/// column): its parameters as PostgreSQL's `pg_sequence` holds them. Its
/// current value lives in the SQLite file only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sequence {
    pub name: String,
    /// `smallint`, `integer` or `bigint`.
    pub data_type: PgType,
    pub start: i64,
    pub increment: i64,
    pub min: i64,
    pub max: i64,
    pub cache: i64,
    pub cycle: bool,
    /// `OWNED BY table.column`: dropped with the table.
    pub owned_by: Option<(String, String)>,
}

/// The comment after a serial column's `INTEGER` (SQLite's rowid must be
/// declared `INTEGER`) that keeps its PostgreSQL type: `/* pgshim:int8 */`.
pub(crate) fn rowid_comment(ty: PgType) -> String {
    format!("/* pgshim:{} */", ty.name())
}

/// The PostgreSQL type of a rowid column that [`rowid_comment`] marks.
fn rowid_type(create_sql: &str, column: &str) -> Option<PgType> {
    let quoted = format!("\"{}\" INTEGER /* pgshim:", column.replace('"', "\"\""));
    let at = create_sql.find(&quoted)? + quoted.len();
    let name = create_sql[at..].split(' ').next()?;
    PgType::parse(name)
}

/// Whether the SQLite database has a table of this name.
pub(crate) fn table_exists(conn: &rusqlite::Connection, name: &str) -> rusqlite::Result<bool> {
    conn.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1")?
        .exists([name])
}

/// Schema knowledge used to type expressions.
///
/// ```
/// use pgshim::{Catalog, PgType};
/// let mut catalog = Catalog::new();
/// catalog.add_table("tickets", &[("id", PgType::Int8), ("created_at", PgType::Timestamptz)]);
/// catalog.override_type("datetime", PgType::Timestamp);
/// assert_eq!(catalog.resolve_declared("DATETIME"), Some(PgType::Timestamp));
/// assert_eq!(catalog.table("tickets").unwrap().columns.len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    tables: BTreeMap<String, Table>,
    sequences: BTreeMap<String, Sequence>,
    overrides: HashMap<String, PgType>,
    version: u64,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Reads every table and view of a SQLite database, typing columns by
    /// their declared type (which pgshim's DDL keeps as the PostgreSQL type
    /// name) and the overrides given.
    ///
    /// ```
    /// let conn = rusqlite::Connection::open_in_memory().unwrap();
    /// conn.execute_batch("CREATE TABLE t (id integer, at timestamptz, flag boolean)").unwrap();
    /// let cat = pgshim::Catalog::from_sqlite(&conn, &[]).unwrap();
    /// let t = cat.table("t").unwrap();
    /// assert_eq!(t.column("at").unwrap().ty, Some(pgshim::PgType::Timestamptz));
    /// ```
    pub fn from_sqlite(
        conn: &rusqlite::Connection,
        overrides: &[(&str, PgType)],
    ) -> rusqlite::Result<Catalog> {
        let mut catalog = Catalog::new();
        for (name, ty) in overrides {
            catalog.override_type(name, *ty);
        }
        catalog.reload_sqlite(conn)?;
        Ok(catalog)
    }

    /// Re-reads all tables from a SQLite database, keeping the overrides.
    pub fn reload_sqlite(&mut self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
        let mut names = Vec::new();
        {
            let mut stmt = conn.prepare(
                "SELECT name FROM sqlite_schema WHERE type IN ('table','view') \
                 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
                 AND name NOT LIKE '\\_pgshim\\_%' ESCAPE '\\' ORDER BY name",
            )?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for r in rows {
                names.push(r?);
            }
        }
        self.tables.clear();
        self.sequences.clear();
        let has_sequences = table_exists(conn, crate::runtime::sequences::TABLE)?;
        if has_sequences {
            let mut stmt = conn.prepare(
                "SELECT name, data_type, start, increment, minvalue, maxvalue, cache, cycle, \
                 owned_by_table, owned_by_column FROM \"_pgshim_sequences\"",
            )?;
            let rows = stmt.query_map([], |r| {
                let owned: (Option<String>, Option<String>) = (r.get(8)?, r.get(9)?);
                Ok(Sequence {
                    name: r.get(0)?,
                    data_type: PgType::parse(&r.get::<_, String>(1)?).unwrap_or(PgType::Int8),
                    start: r.get(2)?,
                    increment: r.get(3)?,
                    min: r.get(4)?,
                    max: r.get(5)?,
                    cache: r.get(6)?,
                    cycle: r.get(7)?,
                    owned_by: match owned {
                        (Some(t), Some(c)) => Some((t, c)),
                        _ => None,
                    },
                })
            })?;
            for s in rows {
                let s = s?;
                self.sequences.insert(s.name.clone(), s);
            }
        }
        for name in names {
            let mut stmt =
                conn.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?;
            let primary_key = stmt
                .query_map([&name], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut stmt = conn
                .prepare("SELECT name, type, dflt_value FROM pragma_table_info(?1) ORDER BY cid")?;
            let cols = stmt
                .query_map([&name], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let sql: String = conn
                .query_row(
                    "SELECT coalesce(sql, '') FROM sqlite_schema WHERE name = ?1",
                    [&name],
                    |r| r.get(0),
                )
                .unwrap_or_default();
            let columns = cols
                .into_iter()
                .map(|(cname, declared, default_sql)| {
                    let (ty, declared) = match rowid_type(&sql, &cname) {
                        Some(ty) => (Some(ty), ty.name().to_string()),
                        None => (self.resolve_declared(&declared), declared),
                    };
                    Column {
                        ty,
                        name: cname,
                        declared,
                        default_sql,
                    }
                })
                .collect();
            self.tables.insert(
                name.clone(),
                Table {
                    name,
                    columns,
                    primary_key,
                },
            );
        }
        self.version += 1;
        Ok(())
    }

    /// Treats a declared column type (as found in a SQLite file) as the given
    /// PostgreSQL type, e.g. Rails' `datetime` as `timestamp`.
    pub fn override_type(&mut self, declared: &str, ty: PgType) {
        self.overrides
            .insert(declared.trim().to_ascii_lowercase(), ty);
        self.version += 1;
    }

    /// The PostgreSQL type for a declared column type, overrides first.
    pub fn resolve_declared(&self, declared: &str) -> Option<PgType> {
        let key = declared.trim().to_ascii_lowercase();
        if let Some(t) = self.overrides.get(&key) {
            return Some(*t);
        }
        PgType::parse(&key)
    }

    /// Adds (or replaces) a table with the given columns.
    pub fn add_table(&mut self, name: &str, columns: &[(&str, PgType)]) {
        let table = Table {
            name: name.to_string(),
            columns: columns
                .iter()
                .map(|(n, t)| Column {
                    name: n.to_string(),
                    ty: Some(*t),
                    declared: t.name().into(),
                    default_sql: None,
                })
                .collect(),
            primary_key: vec![],
        };
        self.insert_table(table);
    }

    pub(crate) fn insert_table(&mut self, table: Table) {
        self.tables.insert(table.name.clone(), table);
        self.version += 1;
    }

    pub(crate) fn remove_table(&mut self, name: &str) -> Option<Table> {
        let t = self.tables.remove(name);
        self.version += 1;
        t
    }

    /// Looks a table up by its stored name.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.get(name).or_else(|| {
            // SQLite resolves names case-insensitively; so does the catalog.
            self.tables
                .values()
                .find(|t| t.name.eq_ignore_ascii_case(name))
        })
    }

    /// A sequence by name.
    pub(crate) fn sequence(&self, name: &str) -> Option<&Sequence> {
        self.sequences.get(name)
    }

    /// The sequences owned by a table's columns.
    pub(crate) fn owned_sequences(&self, table: &str) -> Vec<String> {
        self.sequences
            .values()
            .filter(|s| s.owned_by.as_ref().is_some_and(|(t, _)| t == table))
            .map(|s| s.name.clone())
            .collect()
    }

    pub(crate) fn insert_sequence(&mut self, s: Sequence) {
        self.sequences.insert(s.name.clone(), s);
        self.version += 1;
    }

    pub(crate) fn remove_sequence(&mut self, name: &str) {
        self.sequences.remove(name);
        self.version += 1;
    }

    /// Whether a table, view or sequence has this name (PostgreSQL's
    /// relations share one namespace).
    pub(crate) fn relation_exists(&self, name: &str) -> bool {
        self.table(name).is_some() || self.sequences.contains_key(name)
    }

    /// All tables, by name.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.tables.values()
    }

    /// A number that changes whenever the catalog does; translation caches
    /// key on it.
    pub fn version(&self) -> u64 {
        self.version
    }
}
