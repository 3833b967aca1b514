//! Date/time arithmetic: PostgreSQL's operators on date, time, timestamp,
//! timestamptz and interval (timestamp.c, date.c).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-datetime.html#OPERATORS-DATETIME-TABLE>
//!
//! Months and days move the wall clock (in the zone, for timestamptz);
//! the time part of an interval adds elapsed microseconds. A day of a
//! month that does not exist is clamped to the month's last day
//! (`2024-01-31 + 1 mon` is `2024-02-29`).

use std::cmp::Ordering;

use super::{
    Date, Interval, SECS_PER_DAY, TResult, Time, TimeError, Timestamp, Timestamptz, Timetz,
    USECS_PER_DAY, USECS_PER_SEC, Zone, civil,
};

/// The earliest and latest civil microseconds pgshim computes with:
/// PostgreSQL's lower end, 4714-11-24 00:00 BC (Julian day 0).
const MIN_TS: i64 = -210_866_803_200_000_000;
/// PostgreSQL's upper end (294277 AD) does not fit Unix-epoch microseconds;
/// the largest finite value does.
const MAX_TS: i64 = i64::MAX - 1;

fn ts_checked(us: Option<i64>) -> TResult<i64> {
    match us {
        Some(v) if (MIN_TS..=MAX_TS).contains(&v) => Ok(v),
        _ => Err(TimeError::timestamp_range()),
    }
}

/// Adds months to a civil timestamp, clamping the day to the month's end.
fn add_months(t: i64, months: i32) -> TResult<i64> {
    if months == 0 {
        return Ok(t);
    }
    let (d, tod) = Timestamp(t).split();
    let (y, m, day) = civil::civil_from_days(d.0 as i64);
    let total = y as i64 * 12 + (m as i64 - 1) + months as i64;
    let ny = total.div_euclid(12);
    let nm = (total.rem_euclid(12) + 1) as u32;
    let ny = i32::try_from(ny).map_err(|_| TimeError::timestamp_range())?;
    let nd = day.min(civil::days_in_month(ny, nm));
    let days = civil::days_from_civil(ny, nm, nd);
    ts_checked(
        days.checked_mul(USECS_PER_DAY)
            .and_then(|v| v.checked_add(tod)),
    )
}

fn add_days(t: i64, days: i32) -> TResult<i64> {
    ts_checked(
        (days as i64)
            .checked_mul(USECS_PER_DAY)
            .and_then(|d| t.checked_add(d)),
    )
}

/// `timestamp + interval`: months (clamped), then days, on the calendar;
/// then elapsed microseconds. Infinities stay infinite.
pub fn timestamp_pl_interval(t: Timestamp, iv: Interval) -> TResult<Timestamp> {
    if !t.is_finite() {
        return Ok(t);
    }
    let mut v = add_months(t.0, iv.months)?;
    v = add_days(v, iv.days)?;
    Ok(Timestamp(ts_checked(v.checked_add(iv.micros))?))
}

/// `timestamp - interval`.
pub fn timestamp_mi_interval(t: Timestamp, iv: Interval) -> TResult<Timestamp> {
    timestamp_pl_interval(t, interval_um(iv)?)
}

/// `timestamptz + interval` in `zone`: months and days move the wall clock
/// in the zone (re-resolved with the gap/fold rule), then the time part adds
/// elapsed microseconds. So `+ '1 day'` across a spring-forward keeps 12:00
/// at 12:00, while `+ '24 hours'` lands at 13:00.
pub fn timestamptz_pl_interval(t: Timestamptz, iv: Interval, zone: &Zone) -> TResult<Timestamptz> {
    if !t.is_finite() {
        return Ok(t);
    }
    let mut v = t;
    if iv.months != 0 {
        let (local, _) = v.to_local(zone);
        v = Timestamp(add_months(local.0, iv.months)?).at_zone(zone);
    }
    if iv.days != 0 {
        let (local, _) = v.to_local(zone);
        v = Timestamp(add_days(local.0, iv.days)?).at_zone(zone);
    }
    Ok(Timestamptz(ts_checked(v.0.checked_add(iv.micros))?))
}

/// `timestamptz - interval` in `zone`.
pub fn timestamptz_mi_interval(t: Timestamptz, iv: Interval, zone: &Zone) -> TResult<Timestamptz> {
    timestamptz_pl_interval(t, interval_um(iv)?, zone)
}

/// The interval of a microsecond difference, shown in days and time
/// (PostgreSQL applies `justify_hours` to timestamp differences).
fn diff_interval(us: i64) -> Interval {
    let mut days = us / USECS_PER_DAY;
    let mut micros = us % USECS_PER_DAY;
    if days > 0 && micros < 0 {
        micros += USECS_PER_DAY;
        days -= 1;
    } else if days < 0 && micros > 0 {
        micros -= USECS_PER_DAY;
        days += 1;
    }
    Interval::new(0, days as i32, micros)
}

/// `timestamp - timestamp`: elapsed time in days and hours.
pub fn timestamp_mi(a: Timestamp, b: Timestamp) -> TResult<Interval> {
    if !a.is_finite() || !b.is_finite() {
        return Err(TimeError::new("cannot subtract infinite timestamps"));
    }
    let us = a.0.checked_sub(b.0).ok_or_else(TimeError::interval_range)?;
    Ok(diff_interval(us))
}

/// `timestamptz - timestamptz`: exact elapsed time in days and hours.
pub fn timestamptz_mi(a: Timestamptz, b: Timestamptz) -> TResult<Interval> {
    timestamp_mi(Timestamp(a.0), Timestamp(b.0))
}

/// `interval + interval`, field by field.
pub fn interval_pl(a: Interval, b: Interval) -> TResult<Interval> {
    Ok(Interval::new(
        a.months
            .checked_add(b.months)
            .ok_or_else(TimeError::interval_range)?,
        a.days
            .checked_add(b.days)
            .ok_or_else(TimeError::interval_range)?,
        a.micros
            .checked_add(b.micros)
            .ok_or_else(TimeError::interval_range)?,
    ))
}

/// `interval - interval`.
pub fn interval_mi(a: Interval, b: Interval) -> TResult<Interval> {
    interval_pl(a, interval_um(b)?)
}

/// Unary `- interval`.
pub fn interval_um(a: Interval) -> TResult<Interval> {
    Ok(Interval::new(
        a.months
            .checked_neg()
            .ok_or_else(TimeError::interval_range)?,
        a.days.checked_neg().ok_or_else(TimeError::interval_range)?,
        a.micros
            .checked_neg()
            .ok_or_else(TimeError::interval_range)?,
    ))
}

/// Rounds to microsecond precision in seconds (PostgreSQL's `TSROUND`).
fn tsround(v: f64) -> f64 {
    (v * 1e6).round_ties_even() / 1e6
}

fn f64_to_i32(v: f64) -> TResult<i32> {
    if v.is_nan() || v < i32::MIN as f64 || v >= -(i32::MIN as f64) {
        return Err(TimeError::interval_range());
    }
    Ok(v as i32)
}

fn f64_to_i64(v: f64) -> TResult<i64> {
    if v.is_nan() || v < i64::MIN as f64 || v >= -(i64::MIN as f64) {
        return Err(TimeError::interval_range());
    }
    Ok(v as i64)
}

/// Spreads fractional months and days of a scaled interval down to days
/// (30 per month) and seconds, as PostgreSQL's interval_mul/interval_div do.
fn cascade(months_f: f64, days_f: f64, micros_f: f64) -> TResult<Interval> {
    let months = f64_to_i32(months_f)?;
    let mut days = f64_to_i32(days_f)?;
    let month_rem_days = tsround((months_f - months as f64) * 30.0);
    let mut sec_rem = tsround(
        (days_f - days as f64 + month_rem_days - month_rem_days.trunc()) * SECS_PER_DAY as f64,
    );
    if sec_rem.abs() >= SECS_PER_DAY as f64 {
        let whole = (sec_rem / SECS_PER_DAY as f64).trunc();
        days = days
            .checked_add(f64_to_i32(whole)?)
            .ok_or_else(TimeError::interval_range)?;
        sec_rem -= whole * SECS_PER_DAY as f64;
    }
    days = days
        .checked_add(f64_to_i32(month_rem_days.trunc())?)
        .ok_or_else(TimeError::interval_range)?;
    let micros = f64_to_i64((micros_f + sec_rem * USECS_PER_SEC as f64).round_ties_even())?;
    Ok(Interval::new(months, days, micros))
}

/// `interval * double precision`.
pub fn interval_mul(a: Interval, factor: f64) -> TResult<Interval> {
    cascade(
        a.months as f64 * factor,
        a.days as f64 * factor,
        a.micros as f64 * factor,
    )
}

/// `interval / double precision`.
pub fn interval_div(a: Interval, divisor: f64) -> TResult<Interval> {
    if divisor == 0.0 {
        return Err(TimeError::new("division by zero"));
    }
    cascade(
        a.months as f64 / divisor,
        a.days as f64 / divisor,
        a.micros as f64 / divisor,
    )
}

/// Interval comparison (PostgreSQL's `interval_cmp`).
pub fn interval_cmp(a: Interval, b: Interval) -> Ordering {
    a.pg_cmp(b)
}

/// `date + integer`.
pub fn date_pli(d: Date, n: i64) -> TResult<Date> {
    if !d.is_finite() {
        return Ok(d);
    }
    let v = (d.0 as i64)
        .checked_add(n)
        .filter(|v| *v > i32::MIN as i64 && *v < i32::MAX as i64)
        .ok_or_else(TimeError::date_range)?;
    // PostgreSQL's date range ends at 5874897-12-31.
    if !(-2_440_588..=2_145_031_948).contains(&v) {
        return Err(TimeError::date_range());
    }
    Ok(Date(v as i32))
}

/// `date - date`: days between.
pub fn date_mi(a: Date, b: Date) -> TResult<i32> {
    if !a.is_finite() || !b.is_finite() {
        return Err(TimeError::new("cannot subtract infinite dates"));
    }
    Ok(a.0 - b.0)
}

/// `date + time`: the timestamp at that time of day.
pub fn date_pl_time(d: Date, t: Time) -> TResult<Timestamp> {
    if !d.is_finite() {
        return Ok(d.to_timestamp());
    }
    Ok(Timestamp(ts_checked(
        (d.0 as i64)
            .checked_mul(USECS_PER_DAY)
            .and_then(|v| v.checked_add(t.0)),
    )?))
}

/// `time + interval`: wraps around midnight; months and days are ignored.
pub fn time_pl_interval(t: Time, iv: Interval) -> Time {
    Time((t.0 + iv.micros % USECS_PER_DAY).rem_euclid(USECS_PER_DAY))
}

/// `time - interval`.
pub fn time_mi_interval(t: Time, iv: Interval) -> Time {
    Time((t.0 - iv.micros % USECS_PER_DAY).rem_euclid(USECS_PER_DAY))
}

/// `time - time`: an interval of microseconds.
pub fn time_mi_time(a: Time, b: Time) -> Interval {
    Interval::new(0, 0, a.0 - b.0)
}

/// `timestamp` → `timestamptz`: the civil time read in `zone`;
/// `timestamp out of range` when that instant is before PostgreSQL's
/// first (4714-11-24 00:00 BC UTC).
pub fn timestamp_to_timestamptz(t: Timestamp, zone: &Zone) -> TResult<Timestamptz> {
    let r = t.at_zone(zone);
    if r.is_finite() && r.0 < MIN_TS {
        return Err(TimeError::timestamp_range());
    }
    Ok(r)
}

/// `timestamptz` → `timestamp`: the civil time in `zone`.
pub fn timestamptz_to_timestamp(t: Timestamptz, zone: &Zone) -> Timestamp {
    t.to_local(zone).0
}

/// `timestamp` → `date` (the date part; infinities stay infinite).
pub fn timestamp_to_date(t: Timestamp) -> Date {
    match t {
        Timestamp::INFINITY => Date::INFINITY,
        Timestamp::NEG_INFINITY => Date::NEG_INFINITY,
        t => t.split().0,
    }
}

/// `timestamp` → `time` (the time of day).
pub fn timestamp_to_time(t: Timestamp) -> Option<Time> {
    t.is_finite().then(|| Time(t.split().1))
}

/// `interval` → `time`: the time part modulo a day.
pub fn interval_to_time(iv: Interval) -> Time {
    Time(iv.micros.rem_euclid(USECS_PER_DAY))
}

/// `time` → `interval`.
pub fn time_to_interval(t: Time) -> Interval {
    Interval::new(0, 0, t.0)
}

/// `timetz + interval` / `timetz - interval` (timetz_pl_interval): the
/// time part wraps around midnight, the offset stays.
pub fn timetz_pl_interval(t: Timetz, iv: Interval, sign: i64) -> Timetz {
    Timetz {
        time: (t.time + sign * (iv.micros % USECS_PER_DAY)).rem_euclid(USECS_PER_DAY),
        offset: t.offset,
    }
}

/// `timetz AT TIME ZONE` a zone whose offset there is `offset` (seconds
/// east): the same instant of the day at the new offset (timetz_zone,
/// timetz_izone).
pub fn timetz_at_offset(t: Timetz, offset: i32) -> Timetz {
    let moved = t.time + (offset as i64 - t.offset as i64) * USECS_PER_SEC;
    Timetz {
        time: if moved >= USECS_PER_DAY {
            moved % USECS_PER_DAY
        } else {
            moved.rem_euclid(USECS_PER_DAY)
        },
        offset,
    }
}

/// `date + timetz` (datetimetz_timestamptz): the instant of that time at
/// its own offset on the date.
pub fn date_pl_timetz(d: Date, t: Timetz) -> TResult<Timestamptz> {
    match d {
        Date::INFINITY => return Ok(Timestamptz::INFINITY),
        Date::NEG_INFINITY => return Ok(Timestamptz::NEG_INFINITY),
        _ => {}
    }
    let local = (d.0 as i64)
        .checked_mul(USECS_PER_DAY)
        .and_then(|v| v.checked_add(t.time))
        .ok_or_else(|| TimeError::new("date out of range for timestamp"))?;
    Ok(Timestamptz(ts_checked(
        local.checked_sub(t.offset as i64 * USECS_PER_SEC),
    )?))
}

/// `timestamptz` → `timetz`: the time of day in `zone` and the offset in
/// force there at that instant (timestamptz_timetz).
pub fn timestamptz_to_timetz(t: Timestamptz, zone: &Zone) -> TResult<Timetz> {
    if !t.is_finite() {
        return Err(TimeError::timestamp_range());
    }
    let (local, offset) = t.to_local(zone);
    Ok(Timetz {
        time: local.split().1,
        offset,
    })
}

/// `time` → `timetz` (time_timetz): the offset the session zone has at
/// that time of day on `today` (the transaction's date there).
pub fn time_to_timetz(t: Time, today: Date, zone: &Zone) -> Timetz {
    let local = today.0 as i64 * SECS_PER_DAY + t.0 / USECS_PER_SEC;
    Timetz {
        time: t.0,
        offset: (local - zone.utc_from_local(local)) as i32,
    }
}

/// `timetz(p)`: rounds the time part to `p` fraction digits.
pub fn timetz_round(t: Timetz, precision: i64) -> TResult<Timetz> {
    Ok(Timetz {
        time: round_usecs(t.time, precision)?,
        offset: t.offset,
    })
}

/// Microseconds between the Unix epoch and PostgreSQL's (2000-01-01), whose
/// side decides which way a half rounds.
const PG_EPOCH_USECS: i64 = 946_684_800 * USECS_PER_SEC;

/// Rounds microseconds to `precision` fraction digits, half away from
/// zero (PostgreSQL's AdjustTimestampForTypmod and friends).
fn round_usecs(v: i64, precision: i64) -> TResult<i64> {
    if !(0..6).contains(&precision) {
        return Ok(v);
    }
    let scale = 10i64.pow(6 - precision as u32);
    let half = scale / 2;
    let r = if v >= 0 {
        (v + half) / scale * scale
    } else {
        -((-v + half) / scale * scale)
    };
    Ok(r)
}

/// `timestamp(p)` / `timestamptz(p)`: rounds to `p` fraction digits, half
/// away from PostgreSQL's epoch (2000-01-01).
pub fn timestamp_round(t: Timestamp, precision: i64) -> TResult<Timestamp> {
    if !t.is_finite() {
        return Ok(t);
    }
    let pg =
        t.0.checked_sub(PG_EPOCH_USECS)
            .ok_or_else(TimeError::timestamp_range)?;
    let r = round_usecs(pg, precision)?;
    Ok(Timestamp(ts_checked(r.checked_add(PG_EPOCH_USECS))?))
}

/// `time(p)`: rounds to `p` fraction digits (half up; `23:59:59.9` to
/// `time(0)` is `24:00:00`).
pub fn time_round(t: Time, precision: i64) -> TResult<Time> {
    Ok(Time(round_usecs(t.0, precision)?))
}

/// An interval type's field restriction (AdjustIntervalForTypmod): the
/// fields after the last one kept are zeroed (`interval hour` truncates to
/// whole hours; `interval year` to whole years), the ones before it stay.
pub fn interval_restrict(iv: Interval, range: super::IntervalRange) -> Interval {
    use super::IntervalRange as R;
    let (mut months, mut days, mut micros) = (iv.months, iv.days, iv.micros);
    match range.0 {
        R::YEAR => {
            months = months / 12 * 12;
            days = 0;
            micros = 0;
        }
        m if m == R::MONTH || m == R::YEAR | R::MONTH => {
            days = 0;
            micros = 0;
        }
        R::DAY => micros = 0,
        m if m == R::HOUR || m == R::DAY | R::HOUR => {
            micros = micros / super::USECS_PER_HOUR * super::USECS_PER_HOUR;
        }
        m if m == R::MINUTE || m == R::HOUR | R::MINUTE || m == R::DAY | R::HOUR | R::MINUTE => {
            micros = micros / super::USECS_PER_MINUTE * super::USECS_PER_MINUTE;
        }
        _ => {}
    }
    Interval::new(months, days, micros)
}

/// `interval(p)`: rounds the time part to `p` fraction digits, half away
/// from zero.
pub fn interval_round(iv: Interval, precision: i64) -> TResult<Interval> {
    Ok(Interval::new(
        iv.months,
        iv.days,
        round_usecs(iv.micros, precision)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{USECS_PER_HOUR, canonical, output};

    fn ts(s: &str) -> Timestamp {
        canonical::parse_timestamp(s.as_bytes()).unwrap()
    }

    #[test]
    fn months_clamp_to_month_end() {
        let t = timestamp_pl_interval(ts("2024-01-31 10:00:00"), Interval::new(1, 0, 0)).unwrap();
        assert_eq!(output::timestamp(t), "2024-02-29 10:00:00");
        let t = timestamp_mi_interval(ts("2024-03-31 00:00:00"), Interval::new(1, 0, 0)).unwrap();
        assert_eq!(output::timestamp(t), "2024-02-29 00:00:00");
    }

    #[test]
    fn day_vs_24_hours_across_spring_forward() {
        let ny = Zone::lookup("America/New_York").unwrap();
        // 2024-03-09 12:00 EST = 17:00 UTC.
        let noon = Timestamptz(ts("2024-03-09 17:00:00").0);
        let a = timestamptz_pl_interval(noon, Interval::new(0, 1, 0), &ny).unwrap();
        assert_eq!(output::timestamptz(a, &ny), "2024-03-10 12:00:00-04");
        let b =
            timestamptz_pl_interval(noon, Interval::new(0, 0, 24 * USECS_PER_HOUR), &ny).unwrap();
        assert_eq!(output::timestamptz(b, &ny), "2024-03-10 13:00:00-04");
        assert_eq!(
            output::interval(timestamptz_mi(a, noon).unwrap()),
            "23:00:00"
        );
    }

    #[test]
    fn scaling_cascades_fractions_down() {
        let iv = interval_mul(Interval::new(1, 0, 0), 1.5).unwrap();
        assert_eq!(output::interval(iv), "1 mon 15 days");
        let iv = interval_div(Interval::new(0, 1, 0), 3.0).unwrap();
        assert_eq!(output::interval(iv), "08:00:00");
        assert!(interval_div(Interval::new(0, 1, 0), 0.0).is_err());
    }

    #[test]
    fn differences_are_justified_to_days() {
        let iv = timestamp_mi(ts("2024-03-12 01:00:00"), ts("2024-03-10 02:00:00")).unwrap();
        assert_eq!(output::interval(iv), "1 day 23:00:00");
        let iv = timestamp_mi(ts("2024-03-10 02:00:00"), ts("2024-03-12 01:00:00")).unwrap();
        assert_eq!(output::interval(iv), "-1 days -23:00:00");
    }
}
