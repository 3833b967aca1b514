//! Values to PostgreSQL's text output, by PostgreSQL type.

use rusqlite::types::Value as SqlValue;

use crate::types::{PgType, scalar};

/// A value read back from SQLite, typed by the PostgreSQL type of its column.
///
/// ```
/// use pgshim::{PgType, Value};
/// let v = Value::from_sqlite(rusqlite::types::Value::Integer(1), PgType::Bool);
/// assert_eq!(v, Value::Bool(true));
/// assert_eq!(v.to_pg_text().as_deref(), Some("t"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// SQL NULL.
    Null,
    /// `boolean`.
    Bool(bool),
    /// `smallint`, `integer`, `bigint`.
    Int(i64),
    /// `double precision`.
    Float(f64),
    /// Text, and every type stored as canonical text (dates, times,
    /// timestamps, intervals).
    Text(String),
    /// A value SQLite holds that does not fit the column's type (a pgshim bug
    /// or data written around pgshim), kept as SQLite gave it.
    Raw(SqlValue),
}

impl Value {
    /// Interprets a SQLite value as the given PostgreSQL type.
    pub fn from_sqlite(v: SqlValue, ty: PgType) -> Value {
        match (v, ty) {
            (SqlValue::Null, _) => Value::Null,
            (SqlValue::Integer(i), PgType::Bool) => Value::Bool(i != 0),
            (SqlValue::Integer(i), t) if t.is_integer() => Value::Int(i),
            (SqlValue::Integer(i), t) if t.is_float() => Value::Float(i as f64),
            (SqlValue::Real(f), t) if t.is_float() => Value::Float(f),
            (SqlValue::Text(s), t) if t.is_string() || t.is_temporal() || t == PgType::Unknown => {
                Value::Text(s)
            }
            (other, _) => Value::Raw(other),
        }
    }

    /// PostgreSQL's text output of the value (`None` for NULL): `t`/`f`,
    /// shortest round-trip floats, text as is.
    pub fn to_pg_text(&self) -> Option<String> {
        match self {
            Value::Null => None,
            Value::Bool(b) => Some(if *b { "t" } else { "f" }.into()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(scalar::float8_out(*f)),
            Value::Text(s) => Some(s.clone()),
            Value::Raw(SqlValue::Integer(i)) => Some(i.to_string()),
            Value::Raw(SqlValue::Real(f)) => Some(scalar::float8_out(*f)),
            Value::Raw(SqlValue::Text(s)) => Some(s.clone()),
            Value::Raw(SqlValue::Blob(b)) => Some(format!(
                "\\x{}",
                b.iter().map(|x| format!("{x:02x}")).collect::<String>()
            )),
            Value::Raw(SqlValue::Null) => None,
        }
    }

    /// Whether the value is NULL.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null | Value::Raw(SqlValue::Null))
    }
}
