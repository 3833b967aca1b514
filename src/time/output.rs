//! PostgreSQL's text output with `DateStyle = ISO` and
//! `IntervalStyle = postgres` (EncodeDateTime / EncodeInterval in
//! datetime.c): trimmed fractions, the UTC offset of the session zone as
//! `+00`, `-04:30` or `-04:56:02`, ` BC` for years before 1.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT>

use std::fmt::Write;

use super::zone::format_offset_hms;
use super::{
    Date, Interval, Time, Timestamp, Timestamptz, USECS_PER_HOUR, USECS_PER_MINUTE, USECS_PER_SEC,
    Zone, civil,
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
