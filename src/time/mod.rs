//! PostgreSQL's date/time semantics, pure Rust on chrono-tz; no SQL here.
//!
//! The five types keep PostgreSQL's representation: `date` is a day count,
//! `time` and `timestamp` count microseconds of civil (wall-clock) time,
//! `timestamptz` counts microseconds of an instant, and `interval` keeps
//! months, days and microseconds apart. `timestamp` and `timestamptz` are
//! distinct types so that the compiler keeps civil time and instants apart.
//!
//! Values cross into SQLite as canonical text (see DESIGN.md, "How values
//! live in SQLite"); [`canonical`] reads and writes that form fast, and
//! [`input`] / [`output`] implement PostgreSQL's lenient input and its
//! output in every `DateStyle` and `IntervalStyle` ([`style`]).
//!
//! All of PostgreSQL's years are stored (4714 BC to 5874897 AD for dates;
//! timestamps to 292277 AD, the end of i64 Unix microseconds): years
//! outside 0001–9999 take a prefix that keeps text order (see
//! [`canonical`]).

mod abbrevs;
pub mod arith;
pub mod canonical;
pub mod civil;
pub mod fields;
pub mod format;
pub mod input;
pub mod output;
pub mod style;
pub mod zone;

pub use style::{DateFormat, DateOrder, DateStyle, IntervalStyle};
pub use zone::Zone;

/// Microseconds per second, minute, hour and day.
pub const USECS_PER_SEC: i64 = 1_000_000;
/// Microseconds in a minute.
pub const USECS_PER_MINUTE: i64 = 60 * USECS_PER_SEC;
/// Microseconds in an hour.
pub const USECS_PER_HOUR: i64 = 60 * USECS_PER_MINUTE;
/// Microseconds in a day.
pub const USECS_PER_DAY: i64 = 24 * USECS_PER_HOUR;
/// Seconds in a day.
pub const SECS_PER_DAY: i64 = 86_400;

/// A runtime error carrying PostgreSQL's own message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeError(pub String);

impl std::fmt::Display for TimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TimeError {}

impl TimeError {
    /// Any message.
    #[cold]
    pub fn new(msg: impl Into<String>) -> TimeError {
        TimeError(msg.into())
    }

    /// `invalid input syntax for type <ty>: "<input>"`.
    #[cold]
    pub fn syntax(ty: &str, input: &str) -> TimeError {
        TimeError(format!("invalid input syntax for type {ty}: \"{input}\""))
    }

    /// `date/time field value out of range: "<input>"`.
    #[cold]
    pub fn field_range(input: &str) -> TimeError {
        TimeError(format!("date/time field value out of range: \"{input}\""))
    }

    /// `timestamp out of range`.
    #[cold]
    pub fn timestamp_range() -> TimeError {
        TimeError("timestamp out of range".into())
    }

    /// `date out of range`.
    #[cold]
    pub fn date_range() -> TimeError {
        TimeError("date out of range".into())
    }

    /// `interval out of range`.
    #[cold]
    pub fn interval_range() -> TimeError {
        TimeError("interval out of range".into())
    }

    /// `time zone "<name>" not recognized`.
    #[cold]
    pub fn unknown_zone(name: &str) -> TimeError {
        TimeError(format!("time zone \"{name}\" not recognized"))
    }

    /// A date beyond what the stored forms hold (outside PostgreSQL's own
    /// range, which input already refuses).
    #[cold]
    pub fn out_of_storage_range() -> TimeError {
        TimeError("date out of range".into())
    }
}

/// Result of the time module.
pub type TResult<T> = Result<T, TimeError>;

/// `date`: days since 1970-01-01, or one of the infinities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

impl Date {
    /// `-infinity` (sorts before every date).
    pub const NEG_INFINITY: Date = Date(i32::MIN);
    /// `infinity` (sorts after every date).
    pub const INFINITY: Date = Date(i32::MAX);

    /// Whether the date is neither infinity.
    pub fn is_finite(self) -> bool {
        self != Date::NEG_INFINITY && self != Date::INFINITY
    }

    /// The date of a proleptic Gregorian year/month/day, if valid.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > civil::days_in_month(y, m) {
            return None;
        }
        Some(Date(civil::days_from_civil(y, m, d) as i32))
    }

    /// Year, month, day of a finite date.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil::civil_from_days(self.0 as i64)
    }

    /// Midnight of this date as a timestamp (infinities map to infinities).
    pub fn to_timestamp(self) -> Timestamp {
        match self {
            Date::NEG_INFINITY => Timestamp::NEG_INFINITY,
            Date::INFINITY => Timestamp::INFINITY,
            // Dates past 292277 AD saturate (callers that can meet them use
            // `try_to_timestamp`).
            Date(d) => Timestamp((d as i64).saturating_mul(USECS_PER_DAY)),
        }
    }

    /// [`Date::to_timestamp`] with PostgreSQL's error for a date past the
    /// timestamp range (`date out of range for timestamp`).
    pub fn try_to_timestamp(self) -> TResult<Timestamp> {
        match self {
            Date(d) if self.is_finite() => (d as i64)
                .checked_mul(USECS_PER_DAY)
                .filter(|us| *us < i64::MAX - USECS_PER_DAY)
                .map(Timestamp)
                .ok_or_else(|| TimeError::new("date out of range for timestamp")),
            _ => Ok(self.to_timestamp()),
        }
    }
}

/// `time without time zone`: microseconds since midnight, 0 ..= 24:00:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i64);

/// `time with time zone`: a time of day (microseconds, 0 ..= 24:00:00) and
/// a UTC offset (seconds east of Greenwich, within ±15:59:59). PostgreSQL
/// keeps the offset west (`TimeTzADT.zone`); the order is the same:
/// by the UTC time (`time − offset`) first, then by the offset, larger
/// (more easterly) first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timetz {
    /// The time of day in microseconds.
    pub time: i64,
    /// The UTC offset in seconds east.
    pub offset: i32,
}

impl Timetz {
    /// A key whose integer order is PostgreSQL's timetz order
    /// (timetz_cmp_internal), equal only for equal values.
    pub fn key(self) -> i64 {
        let utc = self.time - self.offset as i64 * USECS_PER_SEC;
        utc * 131_072 + (65_536 - self.offset as i64)
    }
}

impl Ord for Timetz {
    fn cmp(&self, other: &Timetz) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Timetz {
    fn partial_cmp(&self, other: &Timetz) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The fields an interval type keeps (`interval day to second`), as
/// PostgreSQL's INTERVAL_MASK bits: input reads unlabeled numbers as the
/// last field, and values lose the fields after it
/// ([`arith::interval_restrict`]).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVAL-INPUT>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IntervalRange(pub u8);

impl IntervalRange {
    /// `YEAR`.
    pub const YEAR: u8 = 1;
    /// `MONTH`.
    pub const MONTH: u8 = 2;
    /// `DAY`.
    pub const DAY: u8 = 4;
    /// `HOUR`.
    pub const HOUR: u8 = 8;
    /// `MINUTE`.
    pub const MINUTE: u8 = 16;
    /// `SECOND`.
    pub const SECOND: u8 = 32;
    /// No restriction.
    pub const FULL: IntervalRange = IntervalRange(63);

    /// The range from the `first` field to the `last` (`DAY TO SECOND`),
    /// or one field; `None` for a pair PostgreSQL's grammar does not have
    /// (`SECOND TO DAY`, `YEAR TO DAY`).
    pub fn between(first: u8, last: Option<u8>) -> Option<IntervalRange> {
        let Some(last) = last else {
            return Some(IntervalRange(first));
        };
        let ok = matches!(
            (first, last),
            (Self::YEAR, Self::MONTH)
                | (Self::DAY, Self::HOUR | Self::MINUTE | Self::SECOND)
                | (Self::HOUR, Self::MINUTE | Self::SECOND)
                | (Self::MINUTE, Self::SECOND)
        );
        // The mask holds every field from first to last.
        ok.then(|| IntervalRange((last << 1) - first))
    }

    /// A field's bit from its name (`day`), case-insensitive.
    pub fn field(name: &str) -> Option<u8> {
        Some(match name.to_ascii_lowercase().as_str() {
            "year" => Self::YEAR,
            "month" => Self::MONTH,
            "day" => Self::DAY,
            "hour" => Self::HOUR,
            "minute" => Self::MINUTE,
            "second" => Self::SECOND,
            _ => return None,
        })
    }

    /// Reads `day to second` / `hour` (the words after `interval` in a
    /// type name; a `(p)` already removed).
    pub fn from_words(words: &str) -> Option<IntervalRange> {
        let w: Vec<&str> = words.split_whitespace().collect();
        match w.as_slice() {
            [one] => IntervalRange::between(Self::field(one)?, None),
            [a, to, b] if to.eq_ignore_ascii_case("to") => {
                IntervalRange::between(Self::field(a)?, Some(Self::field(b)?))
            }
            _ => None,
        }
    }

    /// The field restriction of a declared type name: `interval day to
    /// second(3)` as PostgreSQL writes it, or `interval_day_to_second(3)`
    /// as pgshim declares it in SQLite; `None` for any other name.
    pub fn of_declared(name: &str) -> Option<IntervalRange> {
        let lower = name.to_ascii_lowercase();
        let base = lower.split('(').next().unwrap_or_default().trim();
        let words = base
            .strip_prefix("interval ")
            .or_else(|| base.strip_prefix("interval_"))?;
        IntervalRange::from_words(&words.replace('_', " "))
    }

    /// Whether the range ends at `SECOND` (only then may a precision follow).
    pub fn has_seconds(self) -> bool {
        self.0 & Self::SECOND != 0
    }
}

/// `timestamp without time zone`: civil microseconds since 1970-01-01 00:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

/// `timestamp with time zone`: an instant, microseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamptz(pub i64);

macro_rules! infinities {
    ($t:ident) => {
        impl $t {
            /// `-infinity`.
            pub const NEG_INFINITY: $t = $t(i64::MIN);
            /// `infinity`.
            pub const INFINITY: $t = $t(i64::MAX);

            /// Whether the value is neither infinity.
            pub fn is_finite(self) -> bool {
                self.0 != i64::MIN && self.0 != i64::MAX
            }
        }
    };
}
infinities!(Timestamp);
infinities!(Timestamptz);

impl Timestamp {
    /// The date part and the microseconds since midnight of a finite value.
    pub fn split(self) -> (Date, i64) {
        let d = self.0.div_euclid(USECS_PER_DAY);
        (Date(d as i32), self.0.rem_euclid(USECS_PER_DAY))
    }

    /// The instant this civil time denotes in `zone` (PostgreSQL's rule for
    /// gaps and folds, see [`Zone::utc_from_local`]).
    pub fn at_zone(self, zone: &Zone) -> Timestamptz {
        if !self.is_finite() {
            return Timestamptz(self.0);
        }
        let secs = self.0.div_euclid(USECS_PER_SEC);
        let frac = self.0.rem_euclid(USECS_PER_SEC);
        Timestamptz(
            zone.utc_from_local(secs)
                .saturating_mul(USECS_PER_SEC)
                .saturating_add(frac),
        )
    }
}

impl Timestamptz {
    /// The civil time of this instant in `zone`, with the UTC offset in
    /// seconds east of Greenwich.
    pub fn to_local(self, zone: &Zone) -> (Timestamp, i32) {
        if !self.is_finite() {
            return (Timestamp(self.0), 0);
        }
        let secs = self.0.div_euclid(USECS_PER_SEC);
        let off = zone.offset_at_utc(secs);
        // Saturating: only values far outside the storable years get near
        // the ends of i64, and those are refused when stored.
        (
            Timestamp(self.0.saturating_add(off as i64 * USECS_PER_SEC)),
            off,
        )
    }
}

/// `interval`: months, days and microseconds, kept apart as PostgreSQL does
/// (a month is not a fixed number of days, nor a day a fixed number of
/// hours across daylight-saving changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Interval {
    /// Months (years are 12 months).
    pub months: i32,
    /// Days.
    pub days: i32,
    /// Microseconds.
    pub micros: i64,
}

impl Interval {
    /// An interval of the given parts.
    pub const fn new(months: i32, days: i32, micros: i64) -> Interval {
        Interval {
            months,
            days,
            micros,
        }
    }

    /// PostgreSQL's comparison key (`interval_cmp_value`): a month counts as
    /// 30 days and a day as 24 hours, so `'1 mon' = '30 days'` and
    /// `'1 day' = '24 hours'`.
    pub fn cmp_key(self) -> i128 {
        let days = self.months as i128 * 30 + self.days as i128;
        days * USECS_PER_DAY as i128 + self.micros as i128
    }

    /// The three fields as 16 little-endian bytes, for aggregate states
    /// SQLite carries as BLOBs ([`Interval::from_le_bytes`] reads them).
    pub fn to_le_bytes(self) -> [u8; 16] {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&self.months.to_le_bytes());
        b[4..8].copy_from_slice(&self.days.to_le_bytes());
        b[8..].copy_from_slice(&self.micros.to_le_bytes());
        b
    }

    /// The interval [`Interval::to_le_bytes`] wrote.
    pub fn from_le_bytes(b: [u8; 16]) -> Interval {
        let [m0, m1, m2, m3, d0, d1, d2, d3, u @ ..] = b;
        Interval {
            months: i32::from_le_bytes([m0, m1, m2, m3]),
            days: i32::from_le_bytes([d0, d1, d2, d3]),
            micros: i64::from_le_bytes(u),
        }
    }
}

impl Interval {
    /// PostgreSQL's interval order ([`Interval::cmp_key`]); intervals that
    /// compare equal may still print differently, so this is not `Ord`.
    pub fn pg_cmp(self, other: Interval) -> std::cmp::Ordering {
        self.cmp_key().cmp(&other.cmp_key())
    }
}
