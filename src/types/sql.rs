//! Rust values in and out of PostgreSQL types, as the `postgres` crate's
//! `FromSql`/`ToSql` do it: a result column is read by its PostgreSQL type
//! ([`FromSql`]), and a parameter is bound as the PostgreSQL value of the
//! type pgshim inferred for it ([`ToSql`]). A Rust type that does not fit
//! the PostgreSQL type is an error naming both, never a silent conversion.
//!
//! What SQLite holds is the value contract's stored form (DESIGN.md, "How
//! values live in SQLite"); the conversions here read and write that form.
//!
//! | PostgreSQL type | reads as | binds from |
//! | --- | --- | --- |
//! | `boolean` | `bool` | `bool` |
//! | `smallint` | `i16`, `i32`, `i64` | `i16`, and `i32`/`i64` in range |
//! | `integer` | `i32`, `i64` | `i16`, `i32`, `i64` in range |
//! | `bigint` | `i64` | `i16`, `i32`, `i64` |
//! | `double precision`, `real` | `f64` (`f32` for `real`) | `f32`, `f64`, integers (PostgreSQL's implicit casts) |
//! | `numeric` | [`Numeric`], `rust_decimal::Decimal` (feature `rust_decimal`) | the same, integers |
//! | `text`, `varchar`, `char` | `String`, `&str` | `String`, `&str` |
//! | `bytea` | `Vec<u8>`, `&[u8]` | `Vec<u8>`, `&[u8]` |
//! | `date` | `chrono::NaiveDate`, [`Date`]`<…>` | `NaiveDate` |
//! | `time` | `chrono::NaiveTime` | `NaiveTime` |
//! | `timestamp` | `chrono::NaiveDateTime`, [`Timestamp`]`<…>` | `NaiveDateTime`, `NaiveDate` |
//! | `timestamptz` | `DateTime<Utc>`, `DateTime<FixedOffset>` (the session zone's offset), [`Timestamp`]`<…>` | `DateTime<Tz>` for any zone, `NaiveDateTime` and `NaiveDate` (in the session zone, PostgreSQL's implicit casts) |
//! | `interval` | [`Interval`] | [`Interval`] |
//! | any | `Option<T>` (NULL is `None`) | `Option<T>` (`None` is NULL) |
//!
//! Text (`&str`, `String`) also binds to a parameter of any type: it is
//! read by that type's input function, as PostgreSQL reads a parameter
//! sent in text format (`"2024-03-10 02:30"` for a `timestamptz` is read in
//! the session zone). `infinity` does not fit chrono's types: as in the
//! `postgres` crate, reading it is an error, and [`Timestamp`]/[`Date`]
//! read and bind the infinities.

use rusqlite::types::{Value as SqlValue, ValueRef};

use super::numeric::Numeric;
use super::{Interval, PgType};
use crate::time::Zone;

/// What a conversion knows besides the value: the session's time zone,
/// for `DateTime<FixedOffset>` and for timestamps bound to `timestamptz`.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub(crate) zone: Zone,
}

impl Context {
    /// The IANA name of the session zone, when it is one.
    #[cfg_attr(not(feature = "jiff"), allow(dead_code))]
    pub(crate) fn iana_name(&self) -> Option<&'static str> {
        match self.zone {
            Zone::Named(tz) => Some(tz.name()),
            _ => None,
        }
    }
}

impl Context {
    /// The context of a session in time zone `zone` (a `TimeZone`
    /// setting value).
    ///
    /// ```
    /// assert!(pgshim::types::Context::new("Europe/Dublin").is_ok());
    /// assert!(pgshim::types::Context::new("Mars/Olympus").is_err());
    /// ```
    pub fn new(zone: &str) -> crate::Result<Context> {
        let (zone, _) = Zone::from_setting(zone).map_err(|e| crate::Error::Execution {
            message: e.0,
            source: None,
        })?;
        Ok(Context { zone })
    }

    /// The session zone's UTC offset at an instant (seconds east).
    pub(crate) fn offset_at(&self, utc_secs: i64) -> i32 {
        self.zone.offset_at_utc(utc_secs)
    }
}

/// Why one value did not convert. [`crate::Row`] and the parameter binding
/// turn it into an [`crate::Error::Conversion`] that names the column or
/// parameter, its PostgreSQL type and the Rust type.
///
/// An application's own type, read from a text column:
///
/// ```
/// use pgshim::PgType;
/// use pgshim::types::{ConversionError, Context, FromSql};
/// use rusqlite::types::ValueRef;
///
/// #[derive(Debug)]
/// struct Email(String);
///
/// impl FromSql<'_> for Email {
///     fn accepts(ty: PgType) -> bool {
///         ty == PgType::Text
///     }
///     fn from_sql(ty: PgType, v: ValueRef<'_>, cx: &Context) -> Result<Email, ConversionError> {
///         let s = String::from_sql(ty, v, cx)?;
///         if !s.contains('@') {
///             return Err(ConversionError::new(format!("{s:?} is not an e-mail address")));
///         }
///         Ok(Email(s))
///     }
/// }
///
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let row = db.query_one("SELECT 'ada@example.com' AS good, 'nobody' AS bad", &[])?;
/// assert_eq!(row.get::<_, Email>("good").0, "ada@example.com");
/// let err = row.try_get::<_, Email>("bad").unwrap_err();
/// assert!(err.to_string().contains("is not an e-mail address"));
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError(pub String);

impl ConversionError {
    /// An error with this message.
    pub fn new(message: impl Into<String>) -> ConversionError {
        ConversionError(message.into())
    }
}

impl std::fmt::Display for ConversionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A Rust type that a result column of some PostgreSQL types reads into.
///
/// ```
/// use pgshim::Connection;
/// let mut db = Connection::open_in_memory()?;
/// let row = db.query_one("SELECT 42 AS answer, NULL::text AS note", &[])?;
/// let answer: i32 = row.get("answer");
/// let note: Option<String> = row.get(1);
/// assert_eq!((answer, note), (42, None));
/// assert!(row.try_get::<_, String>("answer").is_err());
/// # Ok::<(), pgshim::Error>(())
/// ```
pub trait FromSql<'a>: Sized {
    /// Whether a column of PostgreSQL type `ty` reads as this type.
    fn accepts(ty: PgType) -> bool;

    /// Reads a non-NULL stored value of a column of type `ty` (one that
    /// [`FromSql::accepts`]).
    fn from_sql(ty: PgType, value: ValueRef<'a>, cx: &Context) -> Result<Self, ConversionError>;

    /// Reads NULL: an error, except for `Option`.
    fn from_sql_null(ty: PgType) -> Result<Self, ConversionError> {
        let _ = ty;
        Err(ConversionError::new(
            "the value is NULL; read it as an Option",
        ))
    }
}

/// A Rust value that binds as a parameter of some PostgreSQL types.
///
/// ```
/// use pgshim::Connection;
/// let mut db = Connection::open_in_memory()?;
/// db.execute("CREATE TABLE t (id int, at timestamptz)", &[])?;
/// let at = chrono::DateTime::parse_from_rfc3339("2024-03-10T07:30:00Z")?.to_utc();
/// db.execute("INSERT INTO t VALUES ($1, $2)", &[&1i32, &at])?;
/// let back: chrono::DateTime<chrono::Utc> = db.query_one("SELECT at FROM t", &[])?.get(0);
/// assert_eq!(back, at);
/// // A bool is no integer.
/// assert!(db.execute("INSERT INTO t VALUES ($1, NULL)", &[&true]).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait ToSql {
    /// The stored form of this value as a parameter of PostgreSQL type
    /// `ty`: a [`Bound`] that is stored as it is, or text to read with the
    /// type's input function.
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError>;

    /// The Rust type's name, for errors.
    fn type_name(&self) -> &'static str {
        std::any::type_name::<Self>()
    }
}

/// What a [`ToSql`] value becomes.
///
/// An application's own type, bound as text that the parameter type's
/// input function reads:
///
/// ```
/// use pgshim::PgType;
/// use pgshim::types::{Bound, ConversionError, Context, ToSql};
///
/// struct Day(u32, u32, u32);
///
/// impl ToSql for Day {
///     fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
///         match ty {
///             PgType::Date => Ok(Bound::Input(rusqlite::types::Value::Text(format!(
///                 "{:04}-{:02}-{:02}",
///                 self.0, self.1, self.2
///             )))),
///             _ => Err(ConversionError::new("a Day binds to a date")),
///         }
///     }
/// }
///
/// let mut db = pgshim::Connection::open_in_memory()?;
/// let row = db.query_one("SELECT $1::date + 1 AS next", &[&Day(2024, 2, 28)])?;
/// assert_eq!(row.text("next").as_deref(), Some("2024-02-29"));
/// assert!(db.query_one("SELECT $1::int", &[&Day(2024, 2, 28)]).is_err());
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Bound {
    /// The value contract's stored form of the parameter's type.
    Stored(SqlValue),
    /// A value for PostgreSQL's reading of a text or number parameter: text
    /// goes through the type's input function, numbers are range-checked.
    Input(SqlValue),
}

/// `infinity`, `-infinity` or a value, for `timestamp` and `timestamptz`
/// columns and parameters (as `postgres_types::Timestamp`).
///
/// ```
/// use pgshim::{Connection, types::Timestamp};
/// let mut db = Connection::open_in_memory()?;
/// let row = db.query_one("SELECT 'infinity'::timestamptz, '2024-03-10 07:30+00'::timestamptz", &[])?;
/// let a: Timestamp<chrono::DateTime<chrono::Utc>> = row.get(0);
/// assert_eq!(a, Timestamp::PosInfinity);
/// let b: Timestamp<chrono::DateTime<chrono::Utc>> = row.get(1);
/// assert!(matches!(b, Timestamp::Value(t) if t.to_rfc3339() == "2024-03-10T07:30:00+00:00"));
/// // chrono's own type cannot hold infinity: an error, as in the postgres crate.
/// assert!(row.try_get::<_, chrono::DateTime<chrono::Utc>>(0).is_err());
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timestamp<T> {
    /// `infinity`.
    PosInfinity,
    /// `-infinity`.
    NegInfinity,
    /// A finite value.
    Value(T),
}

/// `infinity`, `-infinity` or a value, for `date` columns and parameters
/// (as `postgres_types::Date`).
///
/// ```
/// use pgshim::{Connection, types::Date};
/// let mut db = Connection::open_in_memory()?;
/// let d: Date<chrono::NaiveDate> = db.query_one("SELECT '-infinity'::date", &[])?.get(0);
/// assert_eq!(d, Date::NegInfinity);
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Date<T> {
    /// `infinity`.
    PosInfinity,
    /// `-infinity`.
    NegInfinity,
    /// A finite value.
    Value(T),
}

fn wrong_stored(v: ValueRef<'_>) -> ConversionError {
    ConversionError::new(format!(
        "the stored value {} is not in pgshim's form for this type (written around pgshim?)",
        match v {
            ValueRef::Null => "NULL".to_string(),
            ValueRef::Integer(i) => i.to_string(),
            ValueRef::Real(f) => f.to_string(),
            ValueRef::Text(t) => format!("'{}'", String::from_utf8_lossy(t)),
            ValueRef::Blob(b) => format!("of {} bytes", b.len()),
        }
    ))
}

/// The stored text of a date/time value (its canonical form).
pub(crate) fn stored_text<'a>(value: ValueRef<'a>) -> Result<&'a [u8], ConversionError> {
    match value {
        ValueRef::Text(t) => Ok(t),
        _ => Err(ConversionError::new(
            "the stored value is not text (written around pgshim?)",
        )),
    }
}

/// A stored value that is not in the canonical form of its type.
pub(crate) fn bad_form(t: &[u8]) -> ConversionError {
    ConversionError::new(format!(
        "the stored value '{}' is not in pgshim's form (written around pgshim?)",
        String::from_utf8_lossy(t)
    ))
}

pub(crate) fn refuse(ty: PgType, rust: &str) -> ConversionError {
    ConversionError::new(format!(
        "a parameter of type {} does not take a {rust}",
        ty.sql_name()
    ))
}

// --- Option ---------------------------------------------------------------

impl<'a, T: FromSql<'a>> FromSql<'a> for Option<T> {
    fn accepts(ty: PgType) -> bool {
        T::accepts(ty)
    }
    fn from_sql(ty: PgType, value: ValueRef<'a>, cx: &Context) -> Result<Self, ConversionError> {
        T::from_sql(ty, value, cx).map(Some)
    }
    fn from_sql_null(_: PgType) -> Result<Self, ConversionError> {
        Ok(None)
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        match self {
            Some(v) => v.to_sql(ty, cx),
            None => Ok(Bound::Stored(SqlValue::Null)),
        }
    }
    fn type_name(&self) -> &'static str {
        std::any::type_name::<T>()
    }
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        (**self).to_sql(ty, cx)
    }
    fn type_name(&self) -> &'static str {
        (**self).type_name()
    }
}

// --- bool and numbers -----------------------------------------------------

impl FromSql<'_> for bool {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Bool
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Integer(i) => Ok(i != 0),
            v => Err(wrong_stored(v)),
        }
    }
}

impl ToSql for bool {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Bool => Ok(Bound::Stored(SqlValue::Integer(i64::from(*self)))),
            _ => Err(refuse(ty, "bool")),
        }
    }
}

/// The integer types: each reads from the PostgreSQL integer types it
/// holds without loss (`i64` reads all three), and binds to every integer
/// type (range-checked as PostgreSQL checks a parameter), `numeric` and
/// the float types (PostgreSQL's implicit casts).
macro_rules! integer {
    ($t:ty, $($reads:ident),+) => {
        impl FromSql<'_> for $t {
            fn accepts(ty: PgType) -> bool {
                matches!(ty, $(PgType::$reads)|+)
            }
            fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
                match value {
                    ValueRef::Integer(i) => <$t>::try_from(i).map_err(|_| {
                        ConversionError::new(format!("{i} is out of range for {}", stringify!($t)))
                    }),
                    v => Err(wrong_stored(v)),
                }
            }
        }

        impl ToSql for $t {
            fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
                match ty {
                    PgType::Int2 | PgType::Int4 | PgType::Int8 | PgType::Float4 | PgType::Float8 | PgType::Numeric => {
                        Ok(Bound::Input(SqlValue::Integer(i64::from(*self))))
                    }
                    _ => Err(refuse(ty, stringify!($t))),
                }
            }
        }
    };
}
integer!(i16, Int2);
integer!(i32, Int2, Int4);
integer!(i64, Int2, Int4, Int8);

impl FromSql<'_> for f64 {
    fn accepts(ty: PgType) -> bool {
        matches!(ty, PgType::Float4 | PgType::Float8)
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Integer(i) => Ok(i as f64),
            // NaN and the infinities are stored as PostgreSQL spells them.
            ValueRef::Text(b"NaN") => Ok(f64::NAN),
            ValueRef::Text(b"Infinity") => Ok(f64::INFINITY),
            ValueRef::Text(b"-Infinity") => Ok(f64::NEG_INFINITY),
            v => Err(wrong_stored(v)),
        }
    }
}

impl FromSql<'_> for f32 {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Float4
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        f64::from_sql(ty, value, cx).map(|f| f as f32)
    }
}

macro_rules! float {
    ($t:ty) => {
        impl ToSql for $t {
            fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
                match ty {
                    PgType::Float4 | PgType::Float8 => {
                        Ok(Bound::Stored(SqlValue::Real(f64::from(*self))))
                    }
                    _ => Err(refuse(ty, stringify!($t))),
                }
            }
        }
    };
}
float!(f32);
float!(f64);

impl FromSql<'_> for Numeric {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Numeric
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Integer(i) => Ok(Numeric::from(i)),
            // extract() of an infinite timestamp gives ±Infinity as a REAL.
            ValueRef::Real(f) => Ok(Numeric::from_f64(f)),
            ValueRef::Text(t) => std::str::from_utf8(t)
                .ok()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| wrong_stored(value)),
            v => Err(wrong_stored(v)),
        }
    }
}

impl ToSql for Numeric {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Numeric => Ok(Bound::Stored(SqlValue::Text(self.to_string()))),
            // numeric → double precision is an implicit cast.
            PgType::Float8 => Ok(Bound::Stored(SqlValue::Real(self.to_f64()))),
            _ => Err(refuse(ty, "pgshim::types::numeric::Numeric")),
        }
    }
}

// --- text and bytes -------------------------------------------------------

fn is_text(ty: PgType) -> bool {
    matches!(
        ty,
        PgType::Text | PgType::Varchar | PgType::Bpchar | PgType::Unknown
    )
}

impl<'a> FromSql<'a> for &'a str {
    fn accepts(ty: PgType) -> bool {
        is_text(ty)
    }
    fn from_sql(_: PgType, value: ValueRef<'a>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Text(t) => std::str::from_utf8(t).map_err(|_| wrong_stored(value)),
            v => Err(wrong_stored(v)),
        }
    }
}

impl FromSql<'_> for String {
    fn accepts(ty: PgType) -> bool {
        is_text(ty)
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        <&str>::from_sql(ty, value, cx).map(str::to_owned)
    }
}

impl ToSql for str {
    fn to_sql(&self, _: PgType, _: &Context) -> Result<Bound, ConversionError> {
        Ok(Bound::Input(SqlValue::Text(self.to_owned())))
    }
    fn type_name(&self) -> &'static str {
        "&str"
    }
}

impl ToSql for String {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        self.as_str().to_sql(ty, cx)
    }
}

impl<'a> FromSql<'a> for &'a [u8] {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Bytea
    }
    fn from_sql(_: PgType, value: ValueRef<'a>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Blob(b) => Ok(b),
            v => Err(wrong_stored(v)),
        }
    }
}

impl FromSql<'_> for Vec<u8> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Bytea
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        <&[u8]>::from_sql(ty, value, cx).map(<[u8]>::to_vec)
    }
}

impl ToSql for [u8] {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Bytea => Ok(Bound::Stored(SqlValue::Blob(self.to_vec()))),
            _ => Err(refuse(ty, "byte string")),
        }
    }
    fn type_name(&self) -> &'static str {
        "&[u8]"
    }
}

impl ToSql for Vec<u8> {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        self.as_slice().to_sql(ty, cx)
    }
}

// --- interval -------------------------------------------------------------

impl FromSql<'_> for Interval {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Interval
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Text(t) => crate::time::canonical::parse_interval(t)
                .or_else(|| {
                    std::str::from_utf8(t)
                        .ok()
                        .and_then(|s| crate::time::input::interval(s).ok())
                })
                .map(Interval::from_inner)
                .ok_or_else(|| wrong_stored(value)),
            v => Err(wrong_stored(v)),
        }
    }
}

impl ToSql for Interval {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            // ISO 8601 with designators, which every IntervalStyle reads
            // the same way (the translated SQL reads interval parameters
            // with the input function).
            PgType::Interval => Ok(Bound::Input(SqlValue::Text(
                self.to_styled(crate::IntervalStyle::Iso8601),
            ))),
            _ => Err(refuse(ty, "pgshim::Interval")),
        }
    }
}

// --- raw SQLite values ------------------------------------------------------

impl ToSql for SqlValue {
    /// A SQLite value, read as PostgreSQL reads a text or number parameter
    /// (what the SQLite hosts bind through the loaded extension).
    fn to_sql(&self, _: PgType, _: &Context) -> Result<Bound, ConversionError> {
        Ok(Bound::Input(self.clone()))
    }
}
