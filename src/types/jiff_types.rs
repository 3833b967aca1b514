//! jiff's date/time types as PostgreSQL's (feature `jiff`):
//!
//! | PostgreSQL type | reads as | binds from |
//! | --- | --- | --- |
//! | `timestamptz` | `jiff::Timestamp`, `jiff::Zoned` (in the session zone) | `Timestamp`, `Zoned`, and `civil::DateTime`/`civil::Date` (in the session zone, PostgreSQL's implicit casts) |
//! | `timestamp` | `civil::DateTime` | `civil::DateTime`, `civil::Date` |
//! | `date` | `civil::Date` | `civil::Date` |
//! | `time` | `civil::Time` | `civil::Time` |
//! | `interval` | `jiff::Span` (months, days and microseconds, each kept) | `Span` (years as 12 months, weeks as 7 days, the rest as microseconds) |
//!
//! A `Zoned` is in the session zone under its IANA name, from the system's
//! time zone database, when that gives the offset PostgreSQL gives;
//! otherwise (a POSIX or abbreviation zone, a database that disagrees) it
//! carries the session's UTC offset at that instant as a fixed zone.
//! Values beyond jiff's range (years past 9999) and infinities are errors;
//! wrap them in [`super::Timestamp`]/[`super::Date`] for the infinities.
//! Finer than microseconds is dropped, as for chrono.

use jiff::civil;
use jiff::tz::{Offset, TimeZone};
use rusqlite::types::{Value as SqlValue, ValueRef};

use super::PgType;
use super::sql::{Bound, Context, ConversionError, FromSql, ToSql, bad_form, refuse, stored_text};
use crate::time::{self, USECS_PER_SEC, Zone, canonical, output};

fn micros(ty: PgType, value: ValueRef<'_>, rust: &str) -> Result<i64, ConversionError> {
    let t = stored_text(value)?;
    let us = match ty {
        PgType::Timestamptz => canonical::parse_timestamptz(t).map(|x| x.0),
        _ => canonical::parse_timestamp(t).map(|x| x.0),
    }
    .ok_or_else(|| bad_form(t))?;
    if us == i64::MAX || us == i64::MIN {
        return Err(ConversionError::new(format!(
            "infinity does not fit {rust}; read it as pgshim::types::Timestamp"
        )));
    }
    Ok(us)
}

fn too_far(e: jiff::Error) -> ConversionError {
    ConversionError::new(format!("outside jiff's range: {e}"))
}

fn instant(us: i64) -> Result<jiff::Timestamp, ConversionError> {
    jiff::Timestamp::from_microsecond(us).map_err(too_far)
}

impl FromSql<'_> for jiff::Timestamp {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        instant(micros(ty, value, "jiff::Timestamp")?)
    }
}

impl FromSql<'_> for jiff::Zoned {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamptz
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        let t = instant(micros(ty, value, "jiff::Zoned")?)?;
        let offset = cx.offset_at(t.as_second());
        let fixed = || -> Result<jiff::Zoned, ConversionError> {
            let o = Offset::from_seconds(offset).map_err(too_far)?;
            Ok(t.to_zoned(TimeZone::fixed(o)))
        };
        match cx.iana_name().and_then(|n| TimeZone::get(n).ok()) {
            Some(tz) => {
                let z = t.to_zoned(tz);
                if z.offset().seconds() == offset {
                    Ok(z)
                } else {
                    fixed()
                }
            }
            None => fixed(),
        }
    }
}

fn from_civil_micros(us: i64) -> Result<civil::DateTime, ConversionError> {
    Ok(instant(us)?.to_zoned(TimeZone::UTC).datetime())
}

impl FromSql<'_> for civil::DateTime {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Timestamp
    }
    fn from_sql(ty: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        from_civil_micros(micros(ty, value, "jiff::civil::DateTime")?)
    }
}

impl FromSql<'_> for civil::Date {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Date
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        let t = stored_text(value)?;
        let d = canonical::parse_date_or_infinity(t).ok_or_else(|| bad_form(t))?;
        if !d.is_finite() {
            return Err(ConversionError::new(
                "infinity does not fit jiff::civil::Date; read it as pgshim::types::Date",
            ));
        }
        let (y, m, day) = d.ymd();
        let y = i16::try_from(y).map_err(|_| ConversionError::new("outside jiff's range"))?;
        civil::Date::new(y, m as i8, day as i8).map_err(too_far)
    }
}

impl FromSql<'_> for civil::Time {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Time
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        let t = stored_text(value)?;
        let us = canonical::parse_time_micros(t).ok_or_else(|| bad_form(t))?;
        if us >= 86_400 * USECS_PER_SEC {
            return Err(ConversionError::new(
                "24:00:00 does not fit jiff::civil::Time",
            ));
        }
        civil::Time::MIN
            .checked_add(jiff::SignedDuration::from_micros(us))
            .map_err(too_far)
    }
}

impl FromSql<'_> for jiff::Span {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Interval
    }
    /// A jiff span has one sign for all its units, so an interval whose
    /// fields differ in sign (`1 mon -3 days`) is refused rather than
    /// changed.
    fn from_sql(ty: PgType, value: ValueRef<'_>, cx: &Context) -> Result<Self, ConversionError> {
        let iv = super::Interval::from_sql(ty, value, cx)?;
        jiff::Span::try_from(iv).map_err(|e| ConversionError::new(e.message()))
    }
}

impl TryFrom<super::Interval> for jiff::Span {
    type Error = crate::Error;

    /// The three fields as months, days and microseconds. Exact, or an
    /// error: a span has one sign for all its units, so an interval whose
    /// fields differ in sign (`1 mon -3 days`) is refused, and so are
    /// fields past jiff's range.
    ///
    /// ```
    /// let iv: pgshim::Interval = "1 year 2 days 03:00:00".parse()?;
    /// let span = jiff::Span::try_from(iv)?;
    /// assert_eq!((span.get_months(), span.get_days()), (12, 2));
    /// assert!(jiff::Span::try_from("1 mon -3 days".parse::<pgshim::Interval>()?).is_err());
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    fn try_from(iv: super::Interval) -> crate::Result<jiff::Span> {
        let fail = |why: String| crate::Error::Conversion { message: why };
        let signs = [
            i64::from(iv.months).signum(),
            i64::from(iv.days).signum(),
            iv.microseconds.signum(),
        ];
        let negative = signs.contains(&-1);
        if negative && signs.contains(&1) {
            return Err(fail(format!(
                "interval '{iv}' has fields of both signs, which a jiff::Span cannot hold"
            )));
        }
        let span = jiff::Span::new()
            .try_months(i64::from(iv.months).abs())
            .and_then(|s| s.try_days(i64::from(iv.days).abs()))
            .and_then(|s| s.try_microseconds(iv.microseconds.unsigned_abs() as i64))
            .map_err(|e| fail(format!("outside jiff's range: {e}")))?;
        Ok(if negative { span.negate() } else { span })
    }
}

impl TryFrom<jiff::Span> for super::Interval {
    type Error = crate::Error;

    /// Years are 12 months and weeks 7 days (as PostgreSQL reads `1 year`
    /// and `1 week`); hours and smaller are microseconds (finer is
    /// dropped); an error past interval's range.
    ///
    /// ```
    /// let iv = pgshim::Interval::try_from(jiff::Span::new().years(1).weeks(1).hours(25))?;
    /// assert_eq!(iv.to_string(), "1 year 7 days 25:00:00");
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    fn try_from(span: jiff::Span) -> crate::Result<super::Interval> {
        let over = || crate::Error::Conversion {
            message: format!("{span} is out of range for type interval"),
        };
        let months = i64::from(span.get_years()) * 12 + i64::from(span.get_months());
        let days = i64::from(span.get_weeks()) * 7 + i64::from(span.get_days());
        let us = i128::from(span.get_hours()) * 3_600_000_000
            + i128::from(span.get_minutes()) * 60_000_000
            + i128::from(span.get_seconds()) * 1_000_000
            + i128::from(span.get_milliseconds()) * 1_000
            + i128::from(span.get_microseconds())
            + i128::from(span.get_nanoseconds()) / 1_000;
        Ok(super::Interval::new(
            i32::try_from(months).map_err(|_| over())?,
            i32::try_from(days).map_err(|_| over())?,
            i64::try_from(us).map_err(|_| over())?,
        ))
    }
}

fn text(s: String) -> Result<Bound, ConversionError> {
    Ok(Bound::Input(SqlValue::Text(s)))
}

fn civil_micros(d: civil::DateTime) -> Result<i64, ConversionError> {
    d.to_zoned(TimeZone::UTC)
        .map(|z| z.timestamp().as_microsecond())
        .map_err(too_far)
}

fn date_of(d: civil::Date) -> time::Date {
    time::Date::from_ymd(i32::from(d.year()), d.month() as u32, d.day() as u32)
        .unwrap_or(time::Date(0))
}

impl ToSql for jiff::Timestamp {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Timestamptz => text(output::timestamptz(
                time::Timestamptz(self.as_microsecond()),
                &Zone::Fixed(0),
            )),
            _ => Err(refuse(ty, "jiff::Timestamp")),
        }
    }
}

impl ToSql for jiff::Zoned {
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Timestamptz => self.timestamp().to_sql(ty, cx),
            _ => Err(refuse(ty, "jiff::Zoned")),
        }
    }
}

impl ToSql for civil::DateTime {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            // timestamp → timestamptz (in the session zone) is implicit.
            PgType::Timestamp | PgType::Timestamptz => {
                text(output::timestamp(time::Timestamp(civil_micros(*self)?)))
            }
            _ => Err(refuse(ty, "jiff::civil::DateTime")),
        }
    }
}

impl ToSql for civil::Date {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Date | PgType::Timestamp | PgType::Timestamptz => {
                text(output::date(date_of(*self)))
            }
            _ => Err(refuse(ty, "jiff::civil::Date")),
        }
    }
}

impl ToSql for civil::Time {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Time => {
                let us = ((i64::from(self.hour()) * 60 + i64::from(self.minute())) * 60
                    + i64::from(self.second()))
                    * USECS_PER_SEC
                    + i64::from(self.subsec_nanosecond() / 1000);
                text(output::time(time::Time(us)))
            }
            _ => Err(refuse(ty, "jiff::civil::Time")),
        }
    }
}

impl ToSql for jiff::Span {
    /// As [`super::Interval`]'s `TryFrom<jiff::Span>` converts it.
    fn to_sql(&self, ty: PgType, cx: &Context) -> Result<Bound, ConversionError> {
        if ty != PgType::Interval {
            return Err(refuse(ty, "jiff::Span"));
        }
        let iv = super::Interval::try_from(*self).map_err(|e| ConversionError::new(e.message()))?;
        iv.to_sql(ty, cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(zone: &str) -> Context {
        Context::new(zone).unwrap()
    }

    #[test]
    fn zoned_reads_in_the_session_zone() {
        let v = ValueRef::Text(b"2024-03-10 07:30:00.000000");
        let z = jiff::Zoned::from_sql(PgType::Timestamptz, v, &cx("America/New_York")).unwrap();
        assert_eq!(z.offset().seconds(), -4 * 3600);
        assert_eq!(z.timestamp().as_second(), 1_710_055_800);
        // A POSIX zone has no IANA name: a fixed offset.
        let z = jiff::Zoned::from_sql(PgType::Timestamptz, v, &cx("EST5EDT,M3.2.0,M11.1.0"));
        assert_eq!(z.unwrap().offset().seconds(), -4 * 3600);
    }

    #[test]
    fn span_keeps_the_three_fields() {
        let v = ValueRef::Text(b"1 year 2 mons 3 days 04:05:06.5");
        let s = jiff::Span::from_sql(PgType::Interval, v, &cx("UTC")).unwrap();
        assert_eq!((s.get_months(), s.get_days()), (14, 3));
        assert_eq!(s.get_microseconds(), 14_706_500_000);
        let v = ValueRef::Text(b"-1 mons -3 days");
        let s = jiff::Span::from_sql(PgType::Interval, v, &cx("UTC")).unwrap();
        assert_eq!((s.get_months(), s.get_days()), (-1, -3));
        let mixed = ValueRef::Text(b"1 mon -3 days");
        assert!(jiff::Span::from_sql(PgType::Interval, mixed, &cx("UTC")).is_err());
        let b = jiff::Span::new().years(1).weeks(1).hours(25);
        let Bound::Input(SqlValue::Text(t)) = b.to_sql(PgType::Interval, &cx("UTC")).unwrap()
        else {
            panic!()
        };
        assert_eq!(t, "P1Y7DT25H");
    }

    #[test]
    fn civil_values_round_trip_their_stored_form() {
        let cx = cx("UTC");
        let d = civil::DateTime::from_sql(
            PgType::Timestamp,
            ValueRef::Text(b"2024-02-29 23:59:59.999999"),
            &cx,
        )
        .unwrap();
        assert_eq!(d.to_string(), "2024-02-29T23:59:59.999999");
        let t = civil::Time::from_sql(PgType::Time, ValueRef::Text(b"13:05:00.5"), &cx).unwrap();
        assert_eq!(t.to_string(), "13:05:00.5");
        assert!(civil::Time::from_sql(PgType::Time, ValueRef::Text(b"24:00:00"), &cx).is_err());
    }
}
