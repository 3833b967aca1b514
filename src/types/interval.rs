//! [`Interval`]: PostgreSQL's `interval` as a Rust value.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use crate::time::{self, IntervalStyle, arith, input, output};

/// PostgreSQL's `interval`: months, days and microseconds, kept apart as
/// PostgreSQL keeps them (a month is not a fixed number of days, nor a day
/// a fixed number of hours across a daylight-saving change).
///
/// Text input and output are PostgreSQL's (`FromStr` reads every spelling
/// `interval_in` reads; `Display` prints the `postgres` IntervalStyle);
/// arithmetic is PostgreSQL's, with its overflow error; and equality, order
/// and hashing are PostgreSQL's, which count a month as 30 days and a day
/// as 24 hours, so `'1 mon' = '30 days'` although the two print and add
/// differently.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/15/datatype-datetime.html#DATATYPE-INTERVAL-INPUT>,
/// <https://www.postgresql.org/docs/15/functions-datetime.html>
///
/// ```
/// use pgshim::Interval;
/// let iv: Interval = "1 year 2 mons -3 days 04:05:06.5".parse()?;
/// assert_eq!((iv.months, iv.days, iv.microseconds), (14, -3, 14_706_500_000));
/// assert_eq!(iv.to_string(), "1 year 2 mons -3 days +04:05:06.5");
/// assert_eq!(Interval::new(1, 0, 0), Interval::new(0, 30, 0));
/// assert_eq!((Interval::days(1) * 1.5).to_string(), "1 day 12:00:00");
/// assert!(chrono::TimeDelta::try_from(Interval::days(1)).is_err());
/// # Ok::<(), pgshim::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Interval {
    /// Months (a year is 12).
    pub months: i32,
    /// Days.
    pub days: i32,
    /// Microseconds.
    pub microseconds: i64,
}

impl Interval {
    /// An interval of these parts.
    pub const fn new(months: i32, days: i32, microseconds: i64) -> Interval {
        Interval {
            months,
            days,
            microseconds,
        }
    }

    /// `n` months.
    pub const fn months(n: i32) -> Interval {
        Interval::new(n, 0, 0)
    }

    /// `n` days (calendar days: 23 or 25 hours across a daylight-saving
    /// change when added to a `timestamptz`).
    pub const fn days(n: i32) -> Interval {
        Interval::new(0, n, 0)
    }

    /// `n` microseconds.
    pub const fn microseconds(n: i64) -> Interval {
        Interval::new(0, 0, n)
    }

    /// Reads PostgreSQL's interval input as written in the given
    /// IntervalStyle (which decides what `-1 2:00` means in `sql_standard`).
    ///
    /// ```
    /// use pgshim::{Interval, IntervalStyle};
    /// let iv = Interval::parse_styled("-1 2:00:00", IntervalStyle::SqlStandard)?;
    /// assert_eq!(iv, Interval::new(0, -1, -7_200_000_000));
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    pub fn parse_styled(s: &str, style: IntervalStyle) -> crate::Result<Interval> {
        input::interval_styled(s, style)
            .map(Interval::from_inner)
            .map_err(conversion)
    }

    /// PostgreSQL's output in the given IntervalStyle.
    ///
    /// ```
    /// use pgshim::{Interval, IntervalStyle};
    /// let iv = Interval::new(14, 3, 3_600_000_000);
    /// assert_eq!(iv.to_styled(IntervalStyle::Iso8601), "P1Y2M3DT1H");
    /// ```
    pub fn to_styled(self, style: IntervalStyle) -> String {
        output::interval_styled(self.inner(), style)
    }

    /// `self + other`, or `None` where PostgreSQL says "interval out of
    /// range".
    pub fn checked_add(self, other: Interval) -> Option<Interval> {
        arith::interval_pl(self.inner(), other.inner())
            .ok()
            .map(Interval::from_inner)
    }

    /// `self - other`, or `None` where PostgreSQL says "interval out of
    /// range".
    pub fn checked_sub(self, other: Interval) -> Option<Interval> {
        arith::interval_mi(self.inner(), other.inner())
            .ok()
            .map(Interval::from_inner)
    }

    /// `self * factor` as PostgreSQL computes it (fractions of months spill
    /// into days, fractions of days into microseconds), or `None` out of
    /// range.
    pub fn checked_mul(self, factor: f64) -> Option<Interval> {
        arith::interval_mul(self.inner(), factor)
            .ok()
            .map(Interval::from_inner)
    }

    /// `self / divisor` as PostgreSQL computes it, or `None` out of range
    /// or for division by zero.
    pub fn checked_div(self, divisor: f64) -> Option<Interval> {
        arith::interval_div(self.inner(), divisor)
            .ok()
            .map(Interval::from_inner)
    }

    /// PostgreSQL's `justify_interval`-free comparison key: a month counts
    /// as 30 days and a day as 24 hours.
    fn key(self) -> i128 {
        self.inner().cmp_key()
    }

    pub(crate) fn inner(self) -> time::Interval {
        time::Interval::new(self.months, self.days, self.microseconds)
    }

    pub(crate) fn from_inner(iv: time::Interval) -> Interval {
        Interval::new(iv.months, iv.days, iv.micros)
    }
}

fn conversion(e: time::TimeError) -> crate::Error {
    crate::Error::Execution {
        message: e.0,
        source: None,
    }
}

impl PartialEq for Interval {
    fn eq(&self, other: &Interval) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Interval {}

impl PartialOrd for Interval {
    fn partial_cmp(&self, other: &Interval) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Interval {
    fn cmp(&self, other: &Interval) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl Hash for Interval {
    /// Consistent with `==`: equal intervals (`'1 mon'`, `'30 days'`) hash
    /// alike, as PostgreSQL's `interval_hash` does.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for Interval {
    /// The `postgres` IntervalStyle, PostgreSQL's default.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(output::interval_text(self.inner()).as_str())
    }
}

impl FromStr for Interval {
    type Err = crate::Error;

    /// PostgreSQL's interval input (the `postgres` IntervalStyle reading).
    fn from_str(s: &str) -> crate::Result<Interval> {
        input::interval(s)
            .map(Interval::from_inner)
            .map_err(conversion)
    }
}

macro_rules! panicking_op {
    ($tr:ident, $method:ident, $rhs:ty, $checked:ident) => {
        impl std::ops::$tr<$rhs> for Interval {
            type Output = Interval;
            /// Panics where PostgreSQL says "interval out of range", as
            /// integer arithmetic panics on overflow; the `checked_` form
            /// returns `None` instead.
            fn $method(self, rhs: $rhs) -> Interval {
                self.$checked(rhs).expect("interval out of range")
            }
        }
    };
}
panicking_op!(Add, add, Interval, checked_add);
panicking_op!(Sub, sub, Interval, checked_sub);
panicking_op!(Mul, mul, f64, checked_mul);
panicking_op!(Div, div, f64, checked_div);

impl std::ops::Neg for Interval {
    type Output = Interval;
    /// Panics where PostgreSQL says "interval out of range" (the negation
    /// of the smallest value of a field).
    fn neg(self) -> Interval {
        arith::interval_um(self.inner())
            .map(Interval::from_inner)
            .expect("interval out of range")
    }
}

impl TryFrom<chrono::TimeDelta> for Interval {
    type Error = crate::Error;

    /// A duration is microseconds (what `interval '90000 seconds'` holds:
    /// `25:00:00`, not `1 day 01:00:00`); refused below a whole microsecond
    /// or beyond PostgreSQL's range, rather than rounded.
    fn try_from(d: chrono::TimeDelta) -> crate::Result<Interval> {
        let us = d
            .num_microseconds()
            .filter(|us| chrono::TimeDelta::microseconds(*us) == d)
            .ok_or_else(|| crate::Error::Conversion {
                message: format!(
                    "{d:?} is not a whole number of microseconds within interval's range"
                ),
            })?;
        Ok(Interval::microseconds(us))
    }
}

impl TryFrom<Interval> for chrono::TimeDelta {
    type Error = crate::Error;

    /// Exact only for an interval of microseconds alone: a month or a day
    /// has no fixed length, so those are refused.
    fn try_from(iv: Interval) -> crate::Result<chrono::TimeDelta> {
        if iv.months != 0 || iv.days != 0 {
            return Err(crate::Error::Conversion {
                message: format!(
                    "interval '{iv}' has months or days, which have no fixed length; \
                     only an interval of hours, minutes and seconds is a chrono::TimeDelta"
                ),
            });
        }
        Ok(chrono::TimeDelta::microseconds(iv.microseconds))
    }
}
