//! Values to PostgreSQL's text output, by PostgreSQL type.

use rusqlite::types::Value as SqlValue;

use crate::time::{DateStyle, IntervalStyle};
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
            // extract(): integral results are integers, others exact text.
            (SqlValue::Integer(i), PgType::Numeric) => Value::Int(i),
            (SqlValue::Text(s), PgType::Numeric) => Value::Text(s),
            (SqlValue::Text(s), t)
                if t.is_string()
                    || t.is_temporal()
                    || t.is_reg()
                    || matches!(
                        t,
                        PgType::Unknown | PgType::Int2vector | PgType::Oidvector | PgType::Json
                    ) =>
            {
                Value::Text(s)
            }
            (other, _) => Value::Raw(other),
        }
    }

    /// Interprets a SQLite value as the given PostgreSQL type, rendering
    /// date/time values the way PostgreSQL prints them in the session time
    /// zone `time_zone` (a `TimeZone` setting value): trimmed fractions,
    /// `timestamptz` with its UTC offset there.
    ///
    /// ```
    /// use pgshim::{PgType, Value};
    /// let stored = rusqlite::types::Value::Text("2024-03-10 07:30:00.000000".into());
    /// let v = Value::from_sqlite_in_zone(stored, PgType::Timestamptz, "America/New_York");
    /// assert_eq!(v.to_pg_text().as_deref(), Some("2024-03-10 03:30:00-04"));
    /// ```
    pub fn from_sqlite_in_zone(v: SqlValue, ty: PgType, time_zone: &str) -> Value {
        Value::from_sqlite_styled(v, ty, time_zone, DateStyle::ISO, IntervalStyle::Postgres)
    }

    /// [`Value::from_sqlite_in_zone`] in the session's `DateStyle` and
    /// `IntervalStyle` as well.
    ///
    /// ```
    /// use pgshim::{DateStyle, IntervalStyle, PgType, Value};
    /// let stored = rusqlite::types::Value::Text("2024-03-10 07:30:00.000000".into());
    /// let style = DateStyle::parse("Postgres", DateStyle::ISO).unwrap();
    /// let v = Value::from_sqlite_styled(
    ///     stored,
    ///     PgType::Timestamptz,
    ///     "America/New_York",
    ///     style,
    ///     IntervalStyle::Postgres,
    /// );
    /// assert_eq!(v.to_pg_text().as_deref(), Some("Sun Mar 10 03:30:00 2024 EDT"));
    /// ```
    pub fn from_sqlite_styled(
        v: SqlValue,
        ty: PgType,
        time_zone: &str,
        date_style: DateStyle,
        interval_style: IntervalStyle,
    ) -> Value {
        match (&v, ty) {
            (SqlValue::Text(s), t) if t.is_temporal() => {
                match temporal_text(s, t, time_zone, date_style, interval_style) {
                    Some(out) => Value::Text(out),
                    None => Value::Raw(v),
                }
            }
            _ => Value::from_sqlite(v, ty),
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

/// PostgreSQL's output of a stored date/time value, or `None` when the text
/// is not a value of the type.
fn temporal_text(
    s: &str,
    ty: PgType,
    time_zone: &str,
    date_style: DateStyle,
    interval_style: IntervalStyle,
) -> Option<String> {
    use crate::time::{Zone, canonical, output, zone};
    let b = s.as_bytes();
    Some(match ty {
        PgType::Date => output::date_styled(canonical::parse_date_or_infinity(b)?, date_style),
        PgType::Time => output::time(canonical::parse_time(b)?),
        PgType::Timestamp => output::timestamp_styled(canonical::parse_timestamp(b)?, date_style),
        PgType::Timestamptz => {
            let z = Zone::from_setting(time_zone).ok()?.0;
            output::timestamptz_styled(
                canonical::parse_timestamptz(b)?,
                &z,
                zone::posix_name(time_zone),
                date_style,
            )
        }
        // Canonical, or PostgreSQL's output text (what current_time once
        // stored).
        PgType::Timetz => match canonical::parse_timetz(b) {
            Some(t) => output::timetz(t),
            None => s.to_string(),
        },
        PgType::Interval => output::interval_styled(
            canonical::parse_interval(b).or_else(|| crate::time::input::interval(s).ok())?,
            interval_style,
        ),
        _ => return None,
    })
}
