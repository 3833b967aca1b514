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
use super::sql::{Bound, Context, ConversionError, Date, FromSql, Timestamp, ToSql, refuse};
use crate::time::{self, USECS_PER_SEC, Zone, canonical, output};

/// Days from 0001-01-01 (chrono's day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

fn too_far(what: &str) -> ConversionError {
    ConversionError::new(format!("{what} is outside chrono's range"))
}

fn infinite(rust: &str) -> ConversionError {
    ConversionError::new(format!(
        "infinity does not fit {rust}; read it as pgshim::types::Timestamp or Date"
    ))
}

fn stored_text<'a>(value: ValueRef<'a>) -> Result<&'a [u8], ConversionError> {
    match value {
        ValueRef::Text(t) => Ok(t),
        _ => Err(ConversionError::new(
            "the stored value is not text (written around pgshim?)",
        )),
    }
}

fn bad_form(t: &[u8]) -> ConversionError {
    ConversionError::new(format!(
        "the stored value '{}' is not in pgshim's form (written around pgshim?)",
        String::from_utf8_lossy(t)
    ))
}

// --- reading --------------------------------------------------------------

fn read_date(value: ValueRef<'_>) -> Result<time::Date, ConversionError> {
    let t = stored_text(value)?;
    canonical::parse_date_or_infinity(t).ok_or_else(|| bad_form(t))
}

fn read_micros(ty: PgType, value: ValueRef<'_>) -> Result<i64, ConversionError> {
    let t = stored_text(value)?;
    let ts = match ty {
        PgType::Timestamptz => canonical::parse_timestamptz(t).map(|x| x.0),
        _ => canonical::parse_timestamp(t).map(|x| x.0),
    };
    ts.ok_or_else(|| bad_form(t))
}

fn naive_date(d: time::Date) -> Result<NaiveDate, ConversionError> {
    if !d.is_finite() {
        return Err(infinite("chrono::NaiveDate"));
    }
    d.0.checked_add(UNIX_EPOCH_DAYS_FROM_CE)
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .ok_or_else(|| too_far(&output::date(d)))
}

fn utc(us: i64, rust: &str) -> Result<DateTime<Utc>, ConversionError> {
    if us == i64::MAX || us == i64::MIN {
        return Err(infinite(rust));
    }
    DateTime::from_timestamp_micros(us)
        .ok_or_else(|| too_far(&output::timestamp(time::Timestamp(us))))
}

impl FromSql<'_> for NaiveDate {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Date
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        naive_date(read_date(value)?)
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
    fn from_sql(ty: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        utc(read_micros(ty, value)?, "chrono::NaiveDateTime").map(|d| d.naive_utc())
    }
}

impl FromSql<'_> for DateTime<Utc> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        utc(read_micros(ty, value)?, "chrono::DateTime<Utc>")
    }
}

impl FromSql<'_> for DateTime<FixedOffset> {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    /// The instant with the session zone's UTC offset at that instant, as
    /// PostgreSQL prints it (`2024-03-10 03:30:00-04`).
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        let t = utc(read_micros(ty, value)?, "chrono::DateTime<FixedOffset>")?;
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
