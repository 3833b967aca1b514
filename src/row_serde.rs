//! `Row::deserialize` (feature `serde`): a row into a struct, by column
//! name.
//!
//! Each column goes to serde as the Rust value of its PostgreSQL type:
//! booleans, integers and floats as themselves, `numeric` as its exact
//! decimal text (which `rust_decimal::Decimal` and strings take), text as
//! a string, `bytea` as bytes. Dates and times go as the ISO 8601 / RFC
//! 3339 strings that chrono's and jiff's serde implementations read:
//! `timestamptz` with the session zone's offset at that instant
//! (`2024-03-10T03:30:00-04:00`), `timestamp` as `2024-03-10T03:30:00`,
//! `date` as `2024-03-10`, `time` as `03:30:00.5`, `interval` as ISO 8601
//! (`P1Y2M3DT4H`, which [`crate::Interval`]'s serde reads). Infinities and
//! years outside 1–9999 go as PostgreSQL's text output. NULL is `None`.

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};

use crate::error::{Error, Result};
use crate::row::Row;
use crate::types::{Interval, PgType};

impl Row {
    /// The row as a `T`, field by column name (serde's rules: a missing
    /// field is an error unless `Option` or `#[serde(default)]`; an extra
    /// column is ignored unless `#[serde(deny_unknown_fields)]`).
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Ticket {
    ///     id: i32,
    ///     title: String,
    ///     opened: chrono::DateTime<chrono::FixedOffset>,
    ///     due: Option<chrono::NaiveDate>,
    ///     took: pgshim::Interval,
    /// }
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// db.batch_execute("SET TIME ZONE 'America/New_York'")?;
    /// let row = db.query_one(
    ///     "SELECT 7 AS id, 'VPN drops' AS title, timestamptz '2024-03-10 07:30+00' AS opened, \
    ///      NULL::date AS due, interval '1 day 2 hours' AS took",
    ///     &[],
    /// )?;
    /// let t: Ticket = row.deserialize()?;
    /// assert_eq!((t.id, t.title.as_str(), t.due), (7, "VPN drops", None));
    /// assert_eq!(t.opened.to_rfc3339(), "2024-03-10T03:30:00-04:00");
    /// assert_eq!(t.took, "1 day 02:00:00".parse()?);
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn deserialize<'de, T: serde::Deserialize<'de>>(&'de self) -> Result<T> {
        T::deserialize(RowDeserializer { row: self, next: 0 }).map_err(|e| Error::Conversion {
            message: format!("row does not deserialize: {e}"),
        })
    }
}

/// serde's error type here.
#[derive(Debug)]
struct DeError(String);

impl std::fmt::Display for DeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: std::fmt::Display>(msg: T) -> DeError {
        DeError(msg.to_string())
    }
}

struct RowDeserializer<'a> {
    row: &'a Row,
    next: usize,
}

impl<'de> Deserializer<'de> for RowDeserializer<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> MapAccess<'de> for RowDeserializer<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> std::result::Result<Option<K::Value>, DeError> {
        let Some(col) = self.row.columns().get(self.next) else {
            return Ok(None);
        };
        seed.deserialize(col.name().into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> std::result::Result<V::Value, DeError> {
        let i = self.next;
        self.next += 1;
        seed.deserialize(ValueDeserializer { row: self.row, i })
    }
}

struct ValueDeserializer<'a> {
    row: &'a Row,
    i: usize,
}

impl ValueDeserializer<'_> {
    fn is_null(&self) -> bool {
        self.row.is_null_at(self.i)
    }

    fn fail(&self, e: Error) -> DeError {
        DeError(e.to_string())
    }

    /// A date/time value as ISO 8601 text, or PostgreSQL's text output
    /// where ISO 8601 (and chrono) cannot say it.
    fn iso(&self) -> String {
        use chrono::SecondsFormat;
        let (row, i) = (self.row, self.i);
        let iso = match row.columns()[i].type_() {
            PgType::Timestamptz => row
                .try_get::<_, chrono::DateTime<chrono::FixedOffset>>(i)
                .ok()
                .filter(|t| (1..=9999).contains(&chrono::Datelike::year(t)))
                .map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, false)),
            PgType::Timestamp => row
                .try_get::<_, chrono::NaiveDateTime>(i)
                .ok()
                .filter(|t| (1..=9999).contains(&chrono::Datelike::year(t)))
                .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.f").to_string()),
            PgType::Date => row
                .try_get::<_, chrono::NaiveDate>(i)
                .ok()
                .filter(|t| (1..=9999).contains(&chrono::Datelike::year(t)))
                .map(|t| t.format("%Y-%m-%d").to_string()),
            PgType::Time => row
                .try_get::<_, chrono::NaiveTime>(i)
                .ok()
                .map(|t| t.format("%H:%M:%S%.f").to_string()),
            PgType::Interval => row
                .try_get::<_, Interval>(i)
                .ok()
                .map(|iv| iv.to_styled(crate::IntervalStyle::Iso8601)),
            _ => None,
        };
        iso.or_else(|| row.text(i)).unwrap_or_default()
    }
}

impl<'de> Deserializer<'de> for ValueDeserializer<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        let (row, i) = (self.row, self.i);
        if self.is_null() {
            return visitor.visit_none();
        }
        match row.columns()[i].type_() {
            PgType::Bool => visitor.visit_bool(row.try_get(i).map_err(|e| self.fail(e))?),
            PgType::Int2 | PgType::Int4 | PgType::Int8 => {
                visitor.visit_i64(row.try_get(i).map_err(|e| self.fail(e))?)
            }
            PgType::Float4 | PgType::Float8 => {
                visitor.visit_f64(row.try_get(i).map_err(|e| self.fail(e))?)
            }
            PgType::Text | PgType::Varchar | PgType::Bpchar | PgType::Unknown => {
                visitor.visit_borrowed_str(row.try_get::<_, &'de str>(i).map_err(|e| self.fail(e))?)
            }
            PgType::Bytea => visitor
                .visit_borrowed_bytes(row.try_get::<_, &'de [u8]>(i).map_err(|e| self.fail(e))?),
            PgType::Date
            | PgType::Time
            | PgType::Timestamp
            | PgType::Timestamptz
            | PgType::Interval => visitor.visit_string(self.iso()),
            _ => visitor.visit_string(row.text(i).unwrap_or_default()),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        if self.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl serde::Serialize for Interval {
    /// PostgreSQL's text output (the `postgres` IntervalStyle).
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Interval {
    /// Any text PostgreSQL's interval input reads (ISO 8601 included).
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Interval, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}
