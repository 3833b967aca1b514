//! chrono's date/time types as PostgreSQL's (see [`super::sql`] for the
//! table of which reads and binds what).
//!
//! Reading parses the stored form exactly. Binding keeps whole
//! microseconds, PostgreSQL's precision, dropping what is finer (as the
//! `postgres` crate does, so `&Utc::now()` binds the same value); it writes PostgreSQL's
//! output text, which the translated SQL reads with the type's input
//! function (so a `DateTime<Utc>` goes as `… +00` and means one instant in
//! every session zone, and a `NaiveDateTime` bound to a `timestamptz`
//! parameter is read in the session zone, PostgreSQL's implicit cast).

use chrono::{
    DateTime, Datelike, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Timelike, Utc,
};
use rusqlite::types::{Value as SqlValue, ValueRef};

use super::PgType;
use super::sql::{
    Bound, Context, ConversionError, Date, FromSql, Timestamp, ToSql, bad_form, refuse, stored_text,
};
use crate::time::{self, USECS_PER_SEC, Zone, canonical, output};

/// Days from 0001-01-01 (chrono's day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

fn infinite(rust: &str) -> ConversionError {
    ConversionError::new(format!(
        "infinity does not fit {rust}; read it as pgshim::types::Timestamp or Date"
    ))
}

// --- reading --------------------------------------------------------------

/// chrono's date of canonical date fields; PostgreSQL's years beyond
/// chrono's range are refused.
fn chrono_date((y, m, d): (i32, u32, u32), t: &[u8]) -> Result<NaiveDate, ConversionError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        ConversionError::new(format!(
            "{} is outside chrono's range",
            String::from_utf8_lossy(t)
        ))
    })
}

/// chrono's civil time of a stored `timestamp`/`timestamptz`, built from
/// its fields (no day count in between).
fn chrono_datetime(value: ValueRef<'_>, rust: &str) -> Result<NaiveDateTime, ConversionError> {
    let t = stored_text(value)?;
    match canonical::parse_timestamp_fields(t) {
        Some((ymd, us)) => {
            let time = NaiveTime::from_num_seconds_from_midnight_opt(
                (us / USECS_PER_SEC) as u32,
                (us % USECS_PER_SEC) as u32 * 1000,
            )
            .ok_or_else(|| bad_form(t))?;
            Ok(chrono_date(ymd, t)?.and_time(time))
        }
        None if t == b"infinity" || t == b"-infinity" => Err(infinite(rust)),
        None => Err(bad_form(t)),
    }
}

impl FromSql<'_> for NaiveDate {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Date
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        let t = stored_text(value)?;
        match canonical::parse_ymd(t) {
            Some(ymd) => chrono_date(ymd, t),
            None if t == b"infinity" || t == b"-infinity" => Err(infinite("chrono::NaiveDate")),
            None => Err(bad_form(t)),
        }
    }
}

impl FromSql<'_> for NaiveTime {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Time
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        let t = stored_text(value)?;
        let us = canonical::parse_time_micros(t).ok_or_else(|| bad_form(t))?;
        let (secs, frac) = (us / USECS_PER_SEC, us % USECS_PER_SEC);
        NaiveTime::from_num_seconds_from_midnight_opt(secs as u32, frac as u32 * 1000)
            .filter(|_| secs < 86_400)
            .ok_or_else(|| ConversionError::new("24:00:00 does not fit chrono::NaiveTime"))
    }
}

impl FromSql<'_> for NaiveDateTime {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamp
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        chrono_datetime(value, "chrono::NaiveDateTime")
    }
}

impl FromSql<'_> for DateTime<Utc> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    /// The stored form is UTC's civil time.
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        chrono_datetime(value, "chrono::DateTime<Utc>").map(|d| d.and_utc())
    }
}

impl FromSql<'_> for DateTime<FixedOffset> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    /// The instant with the session zone's UTC offset at that instant, as
    /// PostgreSQL prints it (`2024-03-10 03:30:00-04`).
    fn from_sql(_: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        let t = chrono_datetime(value, "chrono::DateTime<FixedOffset>")?.and_utc();
        let offset = FixedOffset::east_opt(cx.offset_at(t.timestamp()))
            .ok_or_else(|| ConversionError::new("the session zone's offset is out of range"))?;
        Ok(t.with_timezone(&offset))
    }
}

impl FromSql<'_> for DateTime<Local> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    /// Refused: the process's local zone is not the session's, so the
    /// value would show an offset PostgreSQL never gave it.
    fn from_sql(_: PgType, _: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        Err(ConversionError::new(
            "chrono::DateTime<Local> is the process's zone, not the session's TimeZone; \
             read DateTime<Utc>, or DateTime<FixedOffset> for the session zone's offset",
        ))
    }
}

impl<'a, T: FromSql<'a>> FromSql<'a> for Timestamp<T> {
    fn accepts(ty: PgType) -> bool {
        matches!(ty, PgType::Timestamp | PgType::Timestamptz) && T::accepts(ty)
    }
    fn from_sql(ty: PgType, value: ValueRef<'a>, cx: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Text(b"infinity") => Ok(Timestamp::PosInfinity),
            ValueRef::Text(b"-infinity") => Ok(Timestamp::NegInfinity),
            v => T::from_sql(ty, v, cx).map(Timestamp::Value),
        }
    }
}

impl<'a, T: FromSql<'a>> FromSql<'a> for Date<T> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Date && T::accepts(ty)
    }
    fn from_sql(ty: PgType, value: ValueRef<'a>, cx: &Context) -> Result<Self, ConversionError> {
        match value {
            ValueRef::Text(b"infinity") => Ok(Date::PosInfinity),
            ValueRef::Text(b"-infinity") => Ok(Date::NegInfinity),
            v => T::from_sql(ty, v, cx).map(Date::Value),
        }
    }
}

// --- binding --------------------------------------------------------------

fn text(s: String) -> Result<Bound, ConversionError> {
    Ok(Bound::Input(SqlValue::Text(s)))
}

fn date_of(d: &NaiveDate) -> time::Date {
    time::Date(d.num_days_from_ce() - UNIX_EPOCH_DAYS_FROM_CE)
}

fn micros_of(d: &NaiveDateTime) -> Result<i64, ConversionError> {
    let t = d.and_utc();
    t.timestamp()
        .checked_mul(USECS_PER_SEC)
        .and_then(|s| s.checked_add(i64::from(t.timestamp_subsec_micros())))
        .filter(|us| time::Timestamp(*us).is_finite())
        .ok_or_else(|| ConversionError::new(format!("{d} is out of range for type timestamp")))
}

impl ToSql for NaiveDate {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            // date → timestamp and date → timestamptz (midnight in the
            // session zone) are implicit casts in PostgreSQL.
            PgType::Date | PgType::Timestamp | PgType::Timestamptz => {
                text(output::date(date_of(self)))
            }
            _ => Err(refuse(ty, "chrono::NaiveDate")),
        }
    }
}

impl ToSql for NaiveTime {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Time => {
                let us = i64::from(self.num_seconds_from_midnight()) * USECS_PER_SEC
                    + i64::from(self.nanosecond() / 1000);
                text(output::time(time::Time(us)))
            }
            _ => Err(refuse(ty, "chrono::NaiveTime")),
        }
    }
}

impl ToSql for NaiveDateTime {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            // timestamp → timestamptz (in the session zone) is implicit.
            PgType::Timestamp | PgType::Timestamptz => {
                text(output::timestamp(time::Timestamp(micros_of(self)?)))
            }
            _ => Err(refuse(ty, "chrono::NaiveDateTime")),
        }
    }
}

impl<Tz: TimeZone> ToSql for DateTime<Tz> {
    /// An instant: bound to `timestamptz` only (PostgreSQL's cast to
    /// `timestamp` is not implicit).
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Timestamptz => {
                let us = micros_of(&self.naive_utc())?;
                text(output::timestamptz(time::Timestamptz(us), &Zone::Fixed(0)))
            }
            _ => Err(refuse(ty, std::any::type_name::<Self>())),
        }
    }
}

impl<T: ToSql> ToSql for Timestamp<T> {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        match (self, ty) {
            (Timestamp::Value(v), _) => v.to_sql(ty, cx),
            (Timestamp::PosInfinity, PgType::Timestamp | PgType::Timestamptz) => {
                text("infinity".into())
            }
            (Timestamp::NegInfinity, PgType::Timestamp | PgType::Timestamptz) => {
                text("-infinity".into())
            }
            _ => Err(refuse(ty, "pgshim::types::Timestamp")),
        }
    }
}

impl<T: ToSql> ToSql for Date<T> {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        match (self, ty) {
            (Date::Value(v), _) => v.to_sql(ty, cx),
            (Date::PosInfinity, PgType::Date) => text("infinity".into()),
            (Date::NegInfinity, PgType::Date) => text("-infinity".into()),
            _ => Err(refuse(ty, "pgshim::types::Date")),
        }
    }
}
