//! PostgreSQL's text output (EncodeDateOnly / EncodeDateTime /
//! EncodeInterval in datetime.c): trimmed fractions, the UTC offset of the
//! session zone as `+00`, `-04:30` or `-04:56:02`, ` BC` for years before
//! AD 1. The plain functions write `DateStyle = ISO` and
//! `IntervalStyle = postgres` (pgshim's stored forms are built on them);
//! the `_styled` ones write every `DateStyle` and `IntervalStyle`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT>

use std::fmt::Write;

use super::zone::format_offset_hms;
use super::{
    Date, DateFormat, DateOrder, DateStyle, Interval, IntervalStyle, Time, Timestamp, Timestamptz,
    Timetz, USECS_PER_HOUR, USECS_PER_MINUTE, USECS_PER_SEC, Zone, civil,
};

fn push_ymd(out: &mut String, days: i64) -> bool {
    let (y, m, d) = civil::civil_from_days(days);
    // Year 0 is 1 BC.
    let bc = y <= 0;
    let year = if bc { 1 - y } else { y };
    let _ = write!(out, "{year:04}-{m:02}-{d:02}");
    bc
}

/// Where output text is written: a `String`, or [`IntervalText`] on the
/// stack for a per-row result.
trait Push {
    fn push(&mut self, c: char);
    fn push_str(&mut self, s: &str);
}

impl Push for String {
    #[inline]
    fn push(&mut self, c: char) {
        String::push(self, c);
    }

    #[inline]
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }
}

/// An interval's output text on the stack. The longest interval prints in
/// 66 bytes (`-178956970 years -8 mons -2147483648 days
/// -2562047788:00:54.775808`).
#[derive(Clone, Copy)]
pub struct IntervalText {
    bytes: [u8; 72],
    len: u8,
}

impl IntervalText {
    /// The text.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// The text, as a `str` (it is ASCII).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

impl Push for IntervalText {
    #[inline]
    fn push(&mut self, c: char) {
        // Only ASCII is written; the buffer holds the longest interval.
        if let Some(slot) = self.bytes.get_mut(self.len as usize) {
            *slot = c as u8;
            self.len += 1;
        }
    }

    #[inline]
    fn push_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.push(b as char);
        }
    }
}

/// `HH:MM:SS[.ffffff]` with trailing fraction zeros trimmed.
fn push_hms(out: &mut String, micros: i64) {
    let secs = micros / USECS_PER_SEC;
    push_hms_parts(
        out,
        secs as u64 / 3600,
        secs as u64 / 60 % 60,
        secs as u64 % 60,
    );
    push_fraction(out, micros % USECS_PER_SEC);
}

/// `v` in decimal, at least `width` digits (zero-padded); no `fmt`
/// machinery, since outputs are written once per row.
fn push_digits(out: &mut impl Push, mut v: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    while v > 0 || buf.len() - i < width.max(1) {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

fn push_hms_parts(out: &mut impl Push, h: u64, m: u64, s: u64) {
    push_digits(out, h, 2);
    out.push(':');
    push_digits(out, m, 2);
    out.push(':');
    push_digits(out, s, 2);
}

fn push_fraction(out: &mut impl Push, frac: i64) {
    if frac != 0 {
        let mut f = frac.unsigned_abs();
        let mut width = 6;
        while f % 10 == 0 {
            f /= 10;
            width -= 1;
        }
        out.push('.');
        push_digits(out, f, width);
    }
}

/// `date` output: `2024-03-10`, `0044-03-15 BC`, `infinity`.
pub fn date(d: Date) -> String {
    match d {
        Date::INFINITY => "infinity".into(),
        Date::NEG_INFINITY => "-infinity".into(),
        Date(days) => {
            let mut out = String::with_capacity(13);
            if push_ymd(&mut out, days as i64) {
                out.push_str(" BC");
            }
            out
        }
    }
}

/// `time` output: `13:05:00`, `13:05:00.5`, `24:00:00`.
pub fn time(t: Time) -> String {
    let mut out = String::with_capacity(15);
    push_hms(&mut out, t.0);
    out
}

/// `timetz` output (EncodeTimeOnly with the zone, in every `DateStyle`):
/// `13:05:00-04`, `13:05:00.5+05:30`, `00:00:00+00`.
pub fn timetz(t: Timetz) -> String {
    let mut out = String::with_capacity(24);
    push_hms(&mut out, t.time);
    out.push_str(&format_offset_hms(t.offset));
    out
}

/// `timestamp` output: `2024-03-10 02:30:00`.
pub fn timestamp(t: Timestamp) -> String {
    match t {
        Timestamp::INFINITY => "infinity".into(),
        Timestamp::NEG_INFINITY => "-infinity".into(),
        Timestamp(us) => {
            let mut out = String::with_capacity(26);
            let (d, tod) = Timestamp(us).split();
            let bc = push_ymd(&mut out, d.0 as i64);
            out.push(' ');
            push_hms(&mut out, tod);
            if bc {
                out.push_str(" BC");
            }
            out
        }
    }
}

/// `timestamptz` output in `zone`: `2024-03-10 03:30:00-04`.
pub fn timestamptz(t: Timestamptz, zone: &Zone) -> String {
    if !t.is_finite() {
        return timestamp(Timestamp(t.0));
    }
    let (local, off) = t.to_local(zone);
    let (d, tod) = local.split();
    let mut out = String::with_capacity(32);
    let bc = push_ymd(&mut out, d.0 as i64);
    out.push(' ');
    push_hms(&mut out, tod);
    out.push_str(&format_offset_hms(off));
    if bc {
        out.push_str(" BC");
    }
    out
}

/// `interval` output in the `postgres` style (also pgshim's canonical
/// stored form): `1 year 2 mons`, `-1 days +02:00:00`,
/// `-2 mons -14 days -12:30:00`, `00:00:00`.
pub fn interval(iv: Interval) -> String {
    interval_text(iv).as_str().to_owned()
}

/// [`interval`] on the stack.
pub fn interval_text(iv: Interval) -> IntervalText {
    let mut out = IntervalText {
        bytes: [0; 72],
        len: 0,
    };
    let years = iv.months / 12;
    let mons = iv.months % 12;
    let mut is_zero = true;
    let mut is_before = false;
    for (value, unit) in [
        (years as i64, "year"),
        (mons as i64, "mon"),
        (iv.days as i64, "day"),
    ] {
        if value == 0 {
            continue;
        }
        if !is_zero {
            out.push(' ');
        }
        if is_before && value > 0 {
            out.push('+');
        }
        if value < 0 {
            out.push('-');
        }
        push_digits(&mut out, value.unsigned_abs(), 1);
        out.push(' ');
        out.push_str(unit);
        if value != 1 {
            out.push('s');
        }
        // Each nonzero field decides the sign display of the next only.
        is_before = value < 0;
        is_zero = false;
    }
    let us = iv.micros;
    if is_zero || us != 0 {
        let hours = us / USECS_PER_HOUR;
        let mins = us % USECS_PER_HOUR / USECS_PER_MINUTE;
        let secs = us % USECS_PER_MINUTE / USECS_PER_SEC;
        let frac = us % USECS_PER_SEC;
        let minus = us < 0;
        if !is_zero {
            out.push(' ');
        }
        if minus {
            out.push('-');
        } else if is_before {
            out.push('+');
        }
        push_hms_parts(
            &mut out,
            hours.unsigned_abs(),
            mins.unsigned_abs(),
            secs.unsigned_abs(),
        );
        push_fraction(&mut out, frac);
    }
    out
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The date part of `days` in a `DateStyle` format (EncodeDateOnly);
/// returns whether the year is BC. The Postgres format's date-and-time
/// form is written by [`push_postgres_datetime`] instead.
fn push_date_styled(out: &mut String, days: i64, style: DateStyle) -> bool {
    let (y, m, d) = civil::civil_from_days(days);
    let bc = y <= 0;
    let year = if bc { 1 - y } else { y } as u64;
    let (m, d) = (m as u64, d as u64);
    let dmy = style.order == DateOrder::Dmy;
    let (first, second, sep) = match style.format {
        DateFormat::Iso => {
            push_ymd(out, days);
            return bc;
        }
        DateFormat::Sql if dmy => (d, m, '/'),
        DateFormat::Sql => (m, d, '/'),
        DateFormat::German => (d, m, '.'),
        DateFormat::Postgres if dmy => (d, m, '-'),
        DateFormat::Postgres => (m, d, '-'),
    };
    push_digits(out, first, 2);
    out.push(sep);
    push_digits(out, second, 2);
    out.push(sep);
    push_digits(out, year, 4);
    bc
}

/// `Wed Dec 17 07:37:16 1997` (`Wed 17 Dec …` with DMY): the Postgres
/// format of a date and time of day. Returns whether the year is BC.
fn push_postgres_datetime(out: &mut String, days: i64, tod: i64, order: DateOrder) -> bool {
    let (y, m, d) = civil::civil_from_days(days);
    let bc = y <= 0;
    let year = if bc { 1 - y } else { y } as u64;
    out.push_str(DAYS[civil::weekday(days) as usize]);
    out.push(' ');
    let month = MONTHS[(m - 1) as usize];
    if order == DateOrder::Dmy {
        push_digits(out, d as u64, 2);
        out.push(' ');
        out.push_str(month);
    } else {
        out.push_str(month);
        out.push(' ');
        push_digits(out, d as u64, 2);
    }
    out.push(' ');
    push_hms(out, tod);
    out.push(' ');
    push_digits(out, year, 4);
    bc
}

/// `date` output in a `DateStyle`: `2024-03-10`, `03/10/2024`,
/// `10.03.2024`, `03-10-2024` (Postgres), each with ` BC` for years
/// before 1.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT>
pub fn date_styled(d: Date, style: DateStyle) -> String {
    match d {
        Date::INFINITY => "infinity".into(),
        Date::NEG_INFINITY => "-infinity".into(),
        Date(days) => {
            let mut out = String::with_capacity(13);
            if push_date_styled(&mut out, days as i64, style) {
                out.push_str(" BC");
            }
            out
        }
    }
}

/// `timestamp` output in a `DateStyle` (EncodeDateTime without a zone):
/// `2024-03-10 02:30:00`, `03/10/2024 02:30:00`, `10.03.2024 02:30:00`,
/// `Sun Mar 10 02:30:00 2024`.
pub fn timestamp_styled(t: Timestamp, style: DateStyle) -> String {
    if style.format == DateFormat::Iso || !t.is_finite() {
        return timestamp(t);
    }
    let mut out = String::with_capacity(32);
    if push_datetime_styled(&mut out, t, style) {
        out.push_str(" BC");
    }
    out
}

/// A civil date and time in a non-ISO `DateStyle`; returns whether the
/// year is BC.
fn push_datetime_styled(out: &mut String, t: Timestamp, style: DateStyle) -> bool {
    let (d, tod) = t.split();
    if style.format == DateFormat::Postgres {
        return push_postgres_datetime(out, d.0 as i64, tod, style.order);
    }
    let bc = push_date_styled(out, d.0 as i64, style);
    out.push(' ');
    push_hms(out, tod);
    bc
}

/// `timestamptz` output in `zone` and a `DateStyle`: the ISO format ends
/// in the UTC offset (`2024-03-10 03:30:00-04`), the others in the zone's
/// abbreviation at that instant (`Sun Mar 10 03:30:00 2024 EDT`), as
/// [`super::zone::abbreviation_at`] gives it (`fixed_name`: the name part
/// of a POSIX `TimeZone` setting).
pub fn timestamptz_styled(
    t: Timestamptz,
    zone: &Zone,
    fixed_name: Option<&str>,
    style: DateStyle,
) -> String {
    if style.format == DateFormat::Iso || !t.is_finite() {
        return timestamptz(t, zone);
    }
    let (local, _) = t.to_local(zone);
    let mut out = String::with_capacity(36);
    let bc = push_datetime_styled(&mut out, local, style);
    out.push(' ');
    out.push_str(&super::zone::abbreviation_at(zone, t, fixed_name));
    if bc {
        out.push_str(" BC");
    }
    out
}

/// Seconds as AppendSeconds writes them: two digits (or as many as
/// needed without `pad`), then the fraction with trailing zeros trimmed;
/// signs dropped.
fn push_secs(out: &mut String, secs: i64, frac: i64, pad: bool) {
    push_digits(out, secs.unsigned_abs(), if pad { 2 } else { 1 });
    push_fraction(out, frac.abs());
}

/// `interval` output in an `IntervalStyle` (EncodeInterval in datetime.c):
/// `postgres` is [`interval`]; `postgres_verbose` `@ 1 year 2 mons
/// -3 days 4 hours ago`; `sql_standard` `1-2`, `3 4:05:06` or, for mixed
/// fields or signs, `+1-2 -3 +4:05:06`; `iso_8601` `P1Y2M-3DT4H5M6S`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVALSTYLE-OUTPUT>
pub fn interval_styled(iv: Interval, style: IntervalStyle) -> String {
    let year = (iv.months / 12) as i64;
    let mon = (iv.months % 12) as i64;
    let mday = iv.days as i64;
    let us = iv.micros;
    let hour = us / USECS_PER_HOUR;
    let min = us % USECS_PER_HOUR / USECS_PER_MINUTE;
    let sec = us % USECS_PER_MINUTE / USECS_PER_SEC;
    let fsec = us % USECS_PER_SEC;
    let mut out = String::with_capacity(48);
    match style {
        IntervalStyle::Postgres => return interval(iv),
        IntervalStyle::SqlStandard => {
            let f = [year, mon, mday, hour, min, sec, fsec];
            let has_negative = f.iter().any(|v| *v < 0);
            let has_positive = f.iter().any(|v| *v > 0);
            let has_year_month = year != 0 || mon != 0;
            let has_day_time = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
            let mixed = (has_negative && has_positive) || (has_year_month && has_day_time);
            let standard = !mixed;
            if has_negative && standard {
                out.push('-');
            }
            let hms = |out: &mut String, hour: i64| {
                let _ = write!(out, "{}:", hour.unsigned_abs());
                push_digits(out, min.unsigned_abs(), 2);
                out.push(':');
                push_secs(out, sec, fsec, true);
            };
            if !has_negative && !has_positive {
                out.push('0');
            } else if !standard {
                let sign = |neg: bool| if neg { '-' } else { '+' };
                let _ = write!(
                    out,
                    "{}{}-{} {}{} {}",
                    sign(year < 0 || mon < 0),
                    year.unsigned_abs(),
                    mon.unsigned_abs(),
                    sign(mday < 0),
                    mday.unsigned_abs(),
                    sign(hour < 0 || min < 0 || sec < 0 || fsec < 0),
                );
                hms(&mut out, hour);
            } else if has_year_month {
                let _ = write!(out, "{}-{}", year.unsigned_abs(), mon.unsigned_abs());
            } else if mday != 0 {
                let _ = write!(out, "{} ", mday.unsigned_abs());
                hms(&mut out, hour);
            } else {
                hms(&mut out, hour);
            }
        }
        IntervalStyle::Iso8601 => {
            if year == 0 && mon == 0 && mday == 0 && us == 0 {
                return "PT0S".into();
            }
            out.push('P');
            let part = |out: &mut String, v: i64, unit: char| {
                if v != 0 {
                    let _ = write!(out, "{v}{unit}");
                }
            };
            part(&mut out, year, 'Y');
            part(&mut out, mon, 'M');
            part(&mut out, mday, 'D');
            if us != 0 {
                out.push('T');
            }
            part(&mut out, hour, 'H');
            part(&mut out, min, 'M');
            if sec != 0 || fsec != 0 {
                if sec < 0 || fsec < 0 {
                    out.push('-');
                }
                push_secs(&mut out, sec, fsec, false);
                out.push('S');
            }
        }
        IntervalStyle::PostgresVerbose => {
            out.push('@');
            let mut is_zero = true;
            let mut is_before = false;
            for (v, unit) in [
                (year, "year"),
                (mon, "mon"),
                (mday, "day"),
                (hour, "hour"),
                (min, "min"),
            ] {
                if v == 0 {
                    continue;
                }
                // The first nonzero field decides "ago"; later ones print
                // their sign relative to it.
                let v = if is_zero {
                    is_before = v < 0;
                    v.abs()
                } else if is_before {
                    -v
                } else {
                    v
                };
                let _ = write!(out, " {v} {unit}{}", if v == 1 { "" } else { "s" });
                is_zero = false;
            }
            if sec != 0 || fsec != 0 {
                out.push(' ');
                if sec < 0 || (sec == 0 && fsec < 0) {
                    if is_zero {
                        is_before = true;
                    } else if !is_before {
                        out.push('-');
                    }
                } else if is_before {
                    out.push('-');
                }
                push_secs(&mut out, sec, fsec, false);
                out.push_str(if sec.abs() != 1 || fsec != 0 {
                    " secs"
                } else {
                    " sec"
                });
                is_zero = false;
            }
            if is_zero {
                out.push_str(" 0");
            }
            if is_before {
                out.push_str(" ago");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_intervals_fit_on_the_stack() {
        for iv in [
            Interval::new(i32::MIN, i32::MIN, i64::MIN),
            Interval::new(i32::MAX, i32::MAX, i64::MAX),
            Interval::new(-1, i32::MIN, i64::MIN + 1),
        ] {
            let t = interval_text(iv);
            assert!(t.as_bytes().len() < 72, "{}", t.as_str());
            assert!(t.as_str().ends_with(":54.775808") || t.as_str().ends_with(":54.775807"));
        }
    }

    #[test]
    fn interval_output() {
        let day = super::super::USECS_PER_DAY;
        assert_eq!(interval(Interval::new(14, 0, 0)), "1 year 2 mons");
        assert_eq!(
            interval(Interval::new(0, -1, 2 * USECS_PER_HOUR)),
            "-1 days +02:00:00"
        );
        assert_eq!(
            interval(Interval::new(
                -2,
                -14,
                -(12 * USECS_PER_HOUR + 30 * USECS_PER_MINUTE)
            )),
            "-2 mons -14 days -12:30:00"
        );
        assert_eq!(
            interval(Interval::new(0, 1, -USECS_PER_HOUR)),
            "1 day -01:00:00"
        );
        assert_eq!(interval(Interval::default()), "00:00:00");
        assert_eq!(
            interval(Interval::new(0, 0, 2 * day + 1)),
            "48:00:00.000001"
        );
    }
}
