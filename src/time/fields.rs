//! PostgreSQL's date/time field functions: `date_trunc`, `extract` /
//! `date_part`, `date_bin`, the `make_*` constructors, `age` and the
//! `justify_*` family.
//!
//! A unit or field name (`'hour'`, `'microseconds'`, `'dow'`) is read once
//! per statement with [`Unit::parse`]; the per-row functions take the parsed
//! [`Unit`] and never look at strings except to word an error.
//!
//! PostgreSQL reads unit names from two tables (datetime.c): the interval
//! unit table (`deltatktbl`: `hour`, `hrs`, `microsecon`…), which is all
//! `date_trunc` accepts, and then, for `extract`/`date_part` only, the
//! date token table (`datetktbl`: `dow`, `epoch`, `julian`, `mm`, `today`…).
//! Names are lowercased and compared on their first ten characters, so
//! `'MicroSecondsXYZ'` means microseconds. Whether a unit is "not
//! recognized" or "not supported" depends on the table it came from and on
//! the type; the messages quote the name the user wrote, lowercased.
//!
//! Years here are astronomical (year 0 is 1 BC), as in [`civil`]; PostgreSQL
//! shows the year before 1 as `-1` in `extract(year …)`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-datetime.html>

use std::fmt::Write;

use super::{
    Date, Interval, TResult, Time, TimeError, Timestamp, Timestamptz, USECS_PER_DAY,
    USECS_PER_HOUR, USECS_PER_MINUTE, USECS_PER_SEC, Zone, civil,
};

/// Days from the Julian day epoch (4714-11-24 BC) to 1970-01-01.
const UNIX_EPOCH_JDATE: i64 = 2_440_588;
/// Microseconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01.
const PG_EPOCH_OFFSET: i64 = 10_957 * USECS_PER_DAY;
/// The earliest valid timestamp (4714-11-24 00:00 BC, Julian day 0).
const MIN_TIMESTAMP: i64 = -UNIX_EPOCH_JDATE * USECS_PER_DAY;
/// The earliest valid date.
const MIN_DATE: i64 = -UNIX_EPOCH_JDATE;
/// One past the last valid date (5874897-12-31), as days since 1970.
const DATE_END: i64 = 2_147_483_494 - UNIX_EPOCH_JDATE;

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

/// A date/time field, as `date_trunc`, `extract` and `date_part` name it.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `microseconds`, `us`, `usec`, `usecs`, `useconds`, …
    Microseconds,
    /// `milliseconds`, `ms`, `msec`, `msecs`, `mseconds`, …
    Milliseconds,
    /// `second`, `s`, `sec`, `secs`, `seconds`.
    Second,
    /// `minute`, `m`, `min`, `mins`, `minutes` (and `mm` for `extract`).
    Minute,
    /// `hour`, `h`, `hr`, `hrs`, `hours`.
    Hour,
    /// `day`, `d`, `days`.
    Day,
    /// `week`, `w`, `weeks`: the ISO 8601 week.
    Week,
    /// `month`, `mon`, `mons`, `months`.
    Month,
    /// `quarter`, `qtr`.
    Quarter,
    /// `year`, `y`, `yr`, `yrs`, `years`.
    Year,
    /// `decade`, `dec`, `decs`, `decades`.
    Decade,
    /// `century`, `c`, `cent`, `centuries`.
    Century,
    /// `millennium`, `mil`, `mils`, `millennia`.
    Millennium,
    /// `epoch` (extract only).
    Epoch,
    /// `dow`: day of week, Sunday = 0 (extract only).
    Dow,
    /// `isodow`: day of week, Sunday = 7 (extract only).
    Isodow,
    /// `doy`: day of year (extract only).
    Doy,
    /// `isoyear`: the ISO 8601 week-numbering year (extract only).
    Isoyear,
    /// `julian`, `j`, `jd`: the Julian day (extract only).
    Julian,
    /// `timezone`: UTC offset in seconds east.
    Timezone,
    /// `timezone_hour` (any name starting `timezone_h`).
    TimezoneHour,
    /// `timezone_minute` (any name starting `timezone_m`).
    TimezoneMinute,
    /// A reserved date word (`today`, `now`, `infinity`, `allballs`…) that
    /// PostgreSQL knows but no function supports as a field.
    Reserved,
}

/// A unit or field argument parsed once per statement: the field it names
/// (if PostgreSQL knows the name), which of PostgreSQL's tables it came
/// from, and the lowercased text for error messages.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    field: Option<Field>,
    /// Found in the interval unit table, which is all `date_trunc` reads.
    interval_unit: bool,
    text: Box<str>,
}

/// PostgreSQL's interval unit table (`deltatktbl`), tokens of up to ten
/// characters, sorted.
const INTERVAL_UNITS: &[(&str, Field)] = {
    use Field::*;
    &[
        ("c", Century),
        ("cent", Century),
        ("centuries", Century),
        ("century", Century),
        ("d", Day),
        ("day", Day),
        ("days", Day),
        ("dec", Decade),
        ("decade", Decade),
        ("decades", Decade),
        ("decs", Decade),
        ("h", Hour),
        ("hour", Hour),
        ("hours", Hour),
        ("hr", Hour),
        ("hrs", Hour),
        ("m", Minute),
        ("microsecon", Microseconds),
        ("mil", Millennium),
        ("millennia", Millennium),
        ("millennium", Millennium),
        ("millisecon", Milliseconds),
        ("mils", Millennium),
        ("min", Minute),
        ("mins", Minute),
        ("minute", Minute),
        ("minutes", Minute),
        ("mon", Month),
        ("mons", Month),
        ("month", Month),
        ("months", Month),
        ("ms", Milliseconds),
        ("msec", Milliseconds),
        ("msecond", Milliseconds),
        ("mseconds", Milliseconds),
        ("msecs", Milliseconds),
        ("qtr", Quarter),
        ("quarter", Quarter),
        ("s", Second),
        ("sec", Second),
        ("second", Second),
        ("seconds", Second),
        ("secs", Second),
        ("timezone", Timezone),
        ("timezone_h", TimezoneHour),
        ("timezone_m", TimezoneMinute),
        ("us", Microseconds),
        ("usec", Microseconds),
        ("usecond", Microseconds),
        ("useconds", Microseconds),
        ("usecs", Microseconds),
        ("w", Week),
        ("week", Week),
        ("weeks", Week),
        ("y", Year),
        ("year", Year),
        ("years", Year),
        ("yr", Year),
        ("yrs", Year),
    ]
};

/// The unit and reserved words of PostgreSQL's date token table
/// (`datetktbl`) that `extract` falls back to, sorted. (`d`, `h`, `m`, `s`
/// and `y` are there too, but the interval table answers first.)
const DATE_TOKENS: &[(&str, Field)] = {
    use Field::*;
    &[
        ("-infinity", Reserved),
        ("allballs", Reserved),
        ("dow", Dow),
        ("doy", Doy),
        ("epoch", Epoch),
        ("infinity", Reserved),
        ("isodow", Isodow),
        ("isoyear", Isoyear),
        ("j", Julian),
        ("jd", Julian),
        ("julian", Julian),
        ("mm", Minute),
        ("now", Reserved),
        ("today", Reserved),
        ("tomorrow", Reserved),
        ("yesterday", Reserved),
    ]
};

fn lookup(table: &[(&str, Field)], key: &str) -> Option<Field> {
    table
        .binary_search_by(|(t, _)| (*t).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

impl Unit {
    /// Reads a unit name the way PostgreSQL does: ASCII-lowercased, cut to
    /// 63 bytes, matched on its first ten characters, interval units first.
    /// Never fails: an unknown name is reported by the function that gets
    /// it, with that function's type in the message.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
    pub fn parse(text: &str) -> Unit {
        let mut lower = text.to_ascii_lowercase();
        if lower.len() > 63 {
            let mut cut = 63;
            while !lower.is_char_boundary(cut) {
                cut -= 1;
            }
            lower.truncate(cut);
        }
        let key = match lower.char_indices().nth(10) {
            Some((i, _)) => &lower[..i],
            None => lower.as_str(),
        };
        let (field, interval_unit) = match lookup(INTERVAL_UNITS, key) {
            Some(f) => (Some(f), true),
            None => (lookup(DATE_TOKENS, key), false),
        };
        Unit {
            field,
            interval_unit,
            text: lower.into_boxed_str(),
        }
    }

    /// The field this unit names, if PostgreSQL knows the name.
    pub fn field(&self) -> Option<Field> {
        self.field
    }

    /// The lowercased name, as PostgreSQL's messages quote it.
    pub fn text(&self) -> &str {
        &self.text
    }

    #[cold]
    fn not_recognized(&self, ty: &str) -> TimeError {
        TimeError(format!("unit \"{}\" not recognized for type {ty}", self.text))
    }

    #[cold]
    fn not_supported(&self, ty: &str) -> TimeError {
        TimeError(format!("unit \"{}\" not supported for type {ty}", self.text))
    }

    /// The field for `date_trunc`, which reads only interval units.
    fn trunc_field(&self, ty: &str) -> TResult<Field> {
        match self.field {
            Some(f) if self.interval_unit => Ok(f),
            _ => Err(self.not_recognized(ty)),
        }
    }
}

const TS: &str = "timestamp without time zone";
const TSTZ: &str = "timestamp with time zone";
const DATE: &str = "date";
const TIME: &str = "time without time zone";
const INTERVAL: &str = "interval";

// ---------------------------------------------------------------------------
// Broken-down civil time
// ---------------------------------------------------------------------------

/// Civil fields of a finite timestamp (PostgreSQL's `pg_tm` + `fsec`).
#[derive(Debug, Clone, Copy)]
struct Tm {
    /// Days since 1970-01-01.
    days: i64,
    /// Astronomical year (0 = 1 BC).
    year: i32,
    mon: u32,
    mday: u32,
    hour: i64,
    min: i64,
    sec: i64,
    usec: i64,
}

impl Tm {
    fn of(t: Timestamp) -> Tm {
        Tm::of_i128(t.0 as i128)
    }

    fn of_i128(t: i128) -> Tm {
        let days = t.div_euclid(USECS_PER_DAY as i128) as i64;
        let tod = t.rem_euclid(USECS_PER_DAY as i128) as i64;
        let (year, mon, mday) = civil::civil_from_days(days);
        Tm {
            days,
            year,
            mon,
            mday,
            hour: tod / USECS_PER_HOUR,
            min: tod / USECS_PER_MINUTE % 60,
            sec: tod / USECS_PER_SEC % 60,
            usec: tod % USECS_PER_SEC,
        }
    }

    fn tod(&self) -> i64 {
        ((self.hour * 60 + self.min) * 60 + self.sec) * USECS_PER_SEC + self.usec
    }

    /// Microseconds within the minute.
    fn sec_usec(&self) -> i64 {
        self.sec * USECS_PER_SEC + self.usec
    }

    fn julian_day(&self) -> i64 {
        self.days + UNIX_EPOCH_JDATE
    }

    fn dow(&self) -> i64 {
        civil::weekday(self.days) as i64
    }

    fn doy(&self) -> i64 {
        self.days - civil::days_from_civil(self.year, 1, 1) + 1
    }
}

/// Day of week, Monday = 1 … Sunday = 7.
fn isodow(days: i64) -> i64 {
    match civil::weekday(days) {
        0 => 7,
        d => d as i64,
    }
}

/// ISO 8601 week-numbering year (astronomical) and week of a day.
fn iso_week(days: i64) -> (i32, i64) {
    let thursday = days + 4 - isodow(days);
    let (y, _, _) = civil::civil_from_days(thursday);
    let week = (thursday - civil::days_from_civil(y, 1, 1)) / 7 + 1;
    (y, week)
}

/// PostgreSQL's year numbering: no year 0, 1 BC is -1.
fn display_year(y: i32) -> i64 {
    if y > 0 { y as i64 } else { y as i64 - 1 }
}

fn decade(y: i32) -> i64 {
    let y = y as i64;
    if y >= 0 { y / 10 } else { -((8 - (y - 1)) / 10) }
}

fn century(y: i32) -> i64 {
    let y = y as i64;
    if y > 0 { (y + 99) / 100 } else { -((99 - (y - 1)) / 100) }
}

fn millennium(y: i32) -> i64 {
    let y = y as i64;
    if y > 0 { (y + 999) / 1000 } else { -((999 - (y - 1)) / 1000) }
}

fn iso_year_field(days: i64) -> i64 {
    let y = iso_week(days).0 as i64;
    if y <= 0 { y - 1 } else { y }
}

fn valid_timestamp(us: i64) -> bool {
    us >= MIN_TIMESTAMP && us != i64::MAX
}

fn timestamp_from_days(days: i64, tod: i64) -> TResult<Timestamp> {
    days.checked_mul(USECS_PER_DAY)
        .and_then(|d| d.checked_add(tod))
        .filter(|&us| valid_timestamp(us))
        .map(Timestamp)
        .ok_or_else(TimeError::timestamp_range)
}

// ---------------------------------------------------------------------------
// date_trunc
// ---------------------------------------------------------------------------

/// Truncates civil time; `field` is an interval unit other than the time
/// zone ones.
fn trunc_civil(field: Field, t: Timestamp) -> Option<TResult<Timestamp>> {
    use Field::*;
    let tm = Tm::of(t);
    let (mut year, mut mon) = (tm.year, tm.mon);
    let tod = tm.tod();
    let small = |keep: i64| Some(Ok(Timestamp(t.0 - tod % keep)));
    match field {
        Microseconds => return Some(Ok(t)),
        Milliseconds => return small(1_000),
        Second => return small(USECS_PER_SEC),
        Minute => return small(USECS_PER_MINUTE),
        Hour => return small(USECS_PER_HOUR),
        Day => return Some(timestamp_from_days(tm.days, 0)),
        Week => return Some(timestamp_from_days(tm.days - (isodow(tm.days) - 1), 0)),
        Month => {}
        Quarter => mon = 3 * ((mon - 1) / 3) + 1,
        Year | Decade | Century | Millennium => {
            year = match field {
                Decade if year > 0 => year / 10 * 10,
                Decade => -((8 - (year - 1)) / 10) * 10,
                Century if year > 0 => (year + 99) / 100 * 100 - 99,
                Century => -((99 - (year - 1)) / 100) * 100 + 1,
                Millennium if year > 0 => (year + 999) / 1000 * 1000 - 999,
                Millennium => -((999 - (year - 1)) / 1000) * 1000 + 1,
                _ => year,
            };
            mon = 1;
        }
        _ => return None,
    }
    Some(timestamp_from_days(civil::days_from_civil(year, mon, 1), 0))
}

/// `date_trunc(unit, timestamp)`: truncates civil time to the unit
/// (`week` truncates to the ISO Monday; `century` 21 starts 2001-01-01).
/// Infinities come back unchanged, whatever the unit.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC>
pub fn trunc_timestamp(unit: &Unit, t: Timestamp) -> TResult<Timestamp> {
    if !t.is_finite() {
        return Ok(t);
    }
    let field = unit.trunc_field(TS)?;
    trunc_civil(field, t).unwrap_or_else(|| Err(unit.not_supported(TS)))
}

/// `date_trunc(unit, timestamptz [, zone])`: truncates the civil time in
/// `zone`. For `day` and longer units the truncated civil time is read back
/// in the zone by the gap and fold rule ([`Timestamp::at_zone`]); for
/// `hour` and shorter ones the instant keeps its original UTC offset, so
/// `date_trunc('hour', '2024-11-03 01:30-04')` in New York is `01:00-04`
/// and the same wall time at `-05` stays at `-05`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC>
pub fn trunc_timestamptz(unit: &Unit, t: Timestamptz, zone: &Zone) -> TResult<Timestamptz> {
    if !t.is_finite() {
        return Ok(t);
    }
    let field = unit.trunc_field(TSTZ)?;
    let (local, off) = t.to_local(zone);
    let cut = trunc_civil(field, local).unwrap_or_else(|| Err(unit.not_supported(TSTZ)))?;
    let out = if matches!(
        field,
        Field::Microseconds
            | Field::Milliseconds
            | Field::Second
            | Field::Minute
            | Field::Hour
    ) {
        Timestamptz(cut.0 - off as i64 * USECS_PER_SEC)
    } else {
        cut.at_zone(zone)
    };
    if valid_timestamp(out.0) {
        Ok(out)
    } else {
        Err(TimeError::timestamp_range())
    }
}

/// An interval broken into PostgreSQL's fields (`interval2itm`): every
/// field takes the sign of its part, divisions truncate toward zero.
#[derive(Debug, Clone, Copy)]
struct Itm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    usec: i64,
}

impl Itm {
    fn of(iv: Interval) -> Itm {
        let t = iv.micros;
        Itm {
            year: iv.months as i64 / 12,
            mon: iv.months as i64 % 12,
            mday: iv.days as i64,
            hour: t / USECS_PER_HOUR,
            min: t % USECS_PER_HOUR / USECS_PER_MINUTE,
            sec: t % USECS_PER_MINUTE / USECS_PER_SEC,
            usec: t % USECS_PER_SEC,
        }
    }

    fn sec_usec(&self) -> i64 {
        self.sec * USECS_PER_SEC + self.usec
    }

    fn to_interval(self) -> TResult<Interval> {
        let months = i32::try_from(self.year * 12 + self.mon);
        let days = i32::try_from(self.mday);
        let micros = (self.hour as i128 * USECS_PER_HOUR as i128
            + self.min as i128 * USECS_PER_MINUTE as i128
            + self.sec as i128 * USECS_PER_SEC as i128
            + self.usec as i128)
            .try_into();
        match (months, days, micros) {
            (Ok(m), Ok(d), Ok(us)) => Ok(Interval::new(m, d, us)),
            _ => Err(TimeError::interval_range()),
        }
    }
}

/// `date_trunc(unit, interval)`: zeroes the fields below the unit, each
/// field truncated toward zero (`date_trunc('hour', '-25:30')` is
/// `-25:00:00`). `week` is not supported for intervals.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC>
pub fn trunc_interval(unit: &Unit, iv: Interval) -> TResult<Interval> {
    use Field::*;
    let field = unit.trunc_field(INTERVAL)?;
    let mut tm = Itm::of(iv);
    let rank = match field {
        Millennium => 0,
        Century => 1,
        Decade => 2,
        Year => 3,
        Quarter => 4,
        Month => 5,
        Day => 6,
        Hour => 7,
        Minute => 8,
        Second => 9,
        Milliseconds => 10,
        Microseconds => 11,
        _ => return Err(unit.not_supported(INTERVAL)),
    };
    match field {
        Millennium => tm.year = tm.year / 1000 * 1000,
        Century => tm.year = tm.year / 100 * 100,
        Decade => tm.year = tm.year / 10 * 10,
        Quarter => tm.mon = 3 * (tm.mon / 3),
        Milliseconds => tm.usec = tm.usec / 1000 * 1000,
        _ => {}
    }
    if rank <= 3 {
        tm.mon = 0;
    }
    if rank <= 5 {
        tm.mday = 0;
    }
    if rank <= 6 {
        tm.hour = 0;
    }
    if rank <= 7 {
        tm.min = 0;
    }
    if rank <= 8 {
        tm.sec = 0;
    }
    if rank <= 9 {
        tm.usec = 0;
    }
    tm.to_interval()
}

// ---------------------------------------------------------------------------
// extract / date_part
// ---------------------------------------------------------------------------

/// A `numeric` result of `extract`, in PostgreSQL's exact text when it has
/// a scale.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Numeric {
    /// A result with scale 0 (`extract(hour …)` → `20`).
    Int(i64),
    /// Any other result, as PostgreSQL prints it: `40.120000`,
    /// `1704067200.000000`, `2460311.50000000000000000000`, `Infinity`.
    Decimal(String),
}

impl std::fmt::Display for Numeric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Numeric::Int(i) => write!(f, "{i}"),
            Numeric::Decimal(s) => f.write_str(s),
        }
    }
}

/// `value / 10^scale` printed with exactly `scale` fraction digits.
fn scaled(value: i128, scale: u32) -> Numeric {
    let mut s = String::with_capacity(24);
    if value < 0 {
        s.push('-');
    }
    let a = value.unsigned_abs();
    let p = 10u128.pow(scale);
    let _ = write!(s, "{}.{:0w$}", a / p, a % p, w = scale as usize);
    Numeric::Decimal(s)
}

fn infinity(negative: bool) -> Numeric {
    Numeric::Decimal(if negative { "-Infinity" } else { "Infinity" }.into())
}

/// `julian day + tod / 86400000000` with PostgreSQL's numeric division
/// scale: at least 16 significant digits, counted in base-10000 groups.
fn julian_numeric(jd: i64, tod: i64) -> Numeric {
    // Weight (in base-10000 groups) and leading group of the dividend.
    let (mut weight, mut first) = (0i32, tod);
    while first >= 10_000 {
        first /= 10_000;
        weight += 1;
    }
    // The divisor 864|0000|0000 has weight 2 and leading group 864.
    let mut qweight = weight - 2;
    if first <= 864 {
        qweight -= 1;
    }
    let rscale = (16 - qweight * 4).max(0) as u32;
    // Long division to rscale digits, rounded half away from zero.
    let den = USECS_PER_DAY as u128;
    let mut rem = tod as u128;
    let mut digits = Vec::with_capacity(rscale as usize + 1);
    for _ in 0..=rscale {
        rem *= 10;
        digits.push((rem / den) as u8);
        rem %= den;
    }
    let round = digits.pop().unwrap_or(0) >= 5;
    let mut int = jd;
    if round {
        let mut i = digits.len();
        loop {
            if i == 0 {
                int += 1;
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let mut s = format!("{int}");
    if rscale > 0 {
        s.push('.');
        s.extend(digits.iter().map(|d| (b'0' + d) as char));
    }
    Numeric::Decimal(s)
}

/// What an infinite timestamp or date answers for a field: `None` for
/// the fields that cycle (hour, day, dow…), ±Infinity for those that grow
/// (year, epoch, julian…), `Err(())` for the rest.
fn infinite_part(field: Field) -> Result<Option<()>, ()> {
    use Field::*;
    match field {
        Microseconds | Milliseconds | Second | Minute | Hour | Day | Month | Quarter | Week
        | Dow | Isodow | Doy | Timezone | TimezoneHour | TimezoneMinute => Ok(None),
        Year | Decade | Century | Millennium | Julian | Isoyear | Epoch => Ok(Some(())),
        Reserved => Err(()),
    }
}

/// An extracted value before it becomes numeric or double.
enum Part {
    Int(i64),
    /// `micros / 10^scale`: milliseconds (3), seconds and epoch (6).
    Scaled(i128, u32),
    /// Julian day with a time-of-day fraction.
    Julian(i64, Tm),
    /// Interval epoch: its own float arithmetic.
    IntervalEpoch(Interval),
}

impl Part {
    fn numeric(self) -> Numeric {
        match self {
            Part::Int(i) => Numeric::Int(i),
            Part::Scaled(v, s) => scaled(v, s),
            Part::Julian(jd, tm) => julian_numeric(jd, tm.tod()),
            Part::IntervalEpoch(iv) => scaled(interval_epoch_micros(iv), 6),
        }
    }
}

fn interval_epoch_micros(iv: Interval) -> i128 {
    let secs = (4 * 36525 * (iv.months / 12) as i128 / 100
        + 4 * 30 * (iv.months % 12) as i128
        + 4 * iv.days as i128)
        * (86_400 / 4);
    secs * USECS_PER_SEC as i128 + iv.micros as i128
}

/// Fields of civil time shared by timestamp, timestamptz and date.
fn civil_part(field: Field, tm: &Tm) -> Option<Part> {
    use Field::*;
    Some(Part::Int(match field {
        Microseconds => tm.sec_usec(),
        Milliseconds => return Some(Part::Scaled(tm.sec_usec() as i128, 3)),
        Second => return Some(Part::Scaled(tm.sec_usec() as i128, 6)),
        Minute => tm.min,
        Hour => tm.hour,
        Day => tm.mday as i64,
        Month => tm.mon as i64,
        Quarter => (tm.mon as i64 - 1) / 3 + 1,
        Week => iso_week(tm.days).1,
        Year => display_year(tm.year),
        Decade => decade(tm.year),
        Century => century(tm.year),
        Millennium => millennium(tm.year),
        Julian => return Some(Part::Julian(tm.julian_day(), *tm)),
        Isoyear => iso_year_field(tm.days),
        Dow => tm.dow(),
        Isodow => isodow(tm.days),
        Doy => tm.doy(),
        _ => return None,
    }))
}

/// The part of a timestamp (`tz` = the UTC offset, for timestamptz).
fn timestamp_part(
    unit: &Unit,
    us: i64,
    local: Timestamp,
    tz: Option<i32>,
    ty: &str,
) -> TResult<Result<Part, bool>> {
    let Some(field) = unit.field else {
        return Err(unit.not_recognized(ty));
    };
    if !local.is_finite() {
        return match infinite_part(field) {
            Ok(None) => Ok(Err(false)),
            Ok(Some(())) => Ok(Err(true)),
            Err(()) => Err(unit.not_supported(ty)),
        };
    }
    let tm = Tm::of(local);
    if let Some(p) = civil_part(field, &tm) {
        return Ok(Ok(p));
    }
    let off = tz.map(|o| o as i64);
    Ok(Ok(match (field, off) {
        (Field::Epoch, _) => Part::Scaled(us as i128, 6),
        (Field::Timezone, Some(o)) => Part::Int(o),
        (Field::TimezoneHour, Some(o)) => Part::Int(o / 3600),
        (Field::TimezoneMinute, Some(o)) => Part::Int(o / 60 % 60),
        _ => return Err(unit.not_supported(ty)),
    }))
}

fn finish_numeric(r: Result<Part, bool>, negative: bool) -> Option<Numeric> {
    match r {
        Ok(p) => Some(p.numeric()),
        Err(false) => None,
        Err(true) => Some(infinity(negative)),
    }
}

fn finish_float(r: Result<Part, bool>, negative: bool) -> Option<f64> {
    match r {
        Ok(p) => Some(p.float()),
        Err(false) => None,
        Err(true) => Some(if negative { f64::NEG_INFINITY } else { f64::INFINITY }),
    }
}

impl Part {
    /// PostgreSQL's double arithmetic for `date_part`.
    fn float(self) -> f64 {
        match self {
            Part::Int(i) => i as f64,
            Part::Scaled(v, 3) if v.unsigned_abs() < 60_000_000 => {
                let (sec, usec) = ((v / 1_000_000) as f64, (v % 1_000_000) as f64);
                sec * 1000.0 + usec / 1000.0
            }
            Part::Scaled(v, 6) if v.unsigned_abs() < 60_000_000 => {
                let (sec, usec) = ((v / 1_000_000) as f64, (v % 1_000_000) as f64);
                sec + usec / 1_000_000.0
            }
            // Epochs: one division of the whole microsecond count.
            Part::Scaled(v, _) => v as f64 / 1_000_000.0,
            Part::Julian(jd, tm) => {
                let secs = ((tm.hour * 60 + tm.min) * 60 + tm.sec) as f64;
                jd as f64 + (secs + tm.usec as f64 / 1_000_000.0) / 86_400.0
            }
            Part::IntervalEpoch(iv) => {
                let mut r = iv.micros as f64 / 1_000_000.0;
                r += (365.25 * 86_400.0) * (iv.months / 12) as f64;
                r += (30.0 * 86_400.0) * (iv.months % 12) as f64;
                r += 86_400.0 * iv.days as f64;
                r
            }
        }
    }
}

/// `extract(field FROM timestamp)`: numeric, `None` for the cycling
/// fields of an infinity (PostgreSQL returns NULL), `±Infinity` for the
/// growing ones.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn extract_timestamp(unit: &Unit, t: Timestamp) -> TResult<Option<Numeric>> {
    let r = timestamp_part(unit, t.0, t, None, TS)?;
    Ok(finish_numeric(r, t == Timestamp::NEG_INFINITY))
}

/// `date_part(field, timestamp)`: as [`extract_timestamp`], as a double.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn date_part_timestamp(unit: &Unit, t: Timestamp) -> TResult<Option<f64>> {
    let r = timestamp_part(unit, t.0, t, None, TS)?;
    Ok(finish_float(r, t == Timestamp::NEG_INFINITY))
}

/// `extract(field FROM timestamptz)`: the fields of the civil time in
/// `zone`; `epoch` counts from the instant; `timezone` is the UTC offset
/// in seconds east (`timezone_hour`/`_minute` truncate toward zero:
/// `-03:30` gives `-3` and `-30`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn extract_timestamptz(unit: &Unit, t: Timestamptz, zone: &Zone) -> TResult<Option<Numeric>> {
    let (local, off) = t.to_local(zone);
    let r = timestamp_part(unit, t.0, local, Some(off), TSTZ)?;
    Ok(finish_numeric(r, t == Timestamptz::NEG_INFINITY))
}

/// `date_part(field, timestamptz)`: as [`extract_timestamptz`], as a
/// double.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn date_part_timestamptz(unit: &Unit, t: Timestamptz, zone: &Zone) -> TResult<Option<f64>> {
    let (local, off) = t.to_local(zone);
    let r = timestamp_part(unit, t.0, local, Some(off), TSTZ)?;
    Ok(finish_float(r, t == Timestamptz::NEG_INFINITY))
}

/// `extract(field FROM date)`: the date fields, `epoch` of midnight UTC
/// and the Julian day, all integers; time-of-day and time zone fields are
/// not supported.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn extract_date(unit: &Unit, d: Date) -> TResult<Option<Numeric>> {
    use Field::*;
    let Some(field) = unit.field else {
        return Err(unit.not_recognized(DATE));
    };
    if !d.is_finite() {
        return match field {
            Day | Month | Quarter | Week | Dow | Isodow | Doy => Ok(None),
            Year | Decade | Century | Millennium | Julian | Isoyear | Epoch => {
                Ok(Some(infinity(d == Date::NEG_INFINITY)))
            }
            _ => Err(unit.not_supported(DATE)),
        };
    }
    let tm = Tm::of(Timestamp(d.0 as i64 * USECS_PER_DAY));
    match field {
        Epoch => Ok(Some(Numeric::Int(d.0 as i64 * 86_400))),
        Julian => Ok(Some(Numeric::Int(tm.julian_day()))),
        Microseconds | Milliseconds | Second | Minute | Hour | Timezone | TimezoneHour
        | TimezoneMinute | Reserved => Err(unit.not_supported(DATE)),
        _ => Ok(civil_part(field, &tm).map(Part::numeric)),
    }
}

/// `date_part(field, date)`: PostgreSQL casts the date to timestamp, so
/// this is [`date_part_timestamp`] of midnight (time fields are 0, errors
/// name `timestamp without time zone`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn date_part_date(unit: &Unit, d: Date) -> TResult<Option<f64>> {
    date_part_timestamp(unit, d.to_timestamp())
}

fn time_part(unit: &Unit, t: Time) -> TResult<Part> {
    use Field::*;
    let us = t.0;
    let sec_usec = us % USECS_PER_MINUTE;
    Ok(match unit.field {
        Some(Microseconds) => Part::Int(sec_usec),
        Some(Milliseconds) => Part::Scaled(sec_usec as i128, 3),
        Some(Second) => Part::Scaled(sec_usec as i128, 6),
        Some(Minute) => Part::Int(us / USECS_PER_MINUTE % 60),
        Some(Hour) => Part::Int(us / USECS_PER_HOUR),
        Some(Epoch) => Part::Scaled(us as i128, 6),
        Some(Reserved) | None => return Err(unit.not_recognized(TIME)),
        Some(_) => return Err(unit.not_supported(TIME)),
    })
}

/// `extract(field FROM time)`: microseconds through hour, and `epoch`
/// (seconds since midnight).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn extract_time(unit: &Unit, t: Time) -> TResult<Numeric> {
    time_part(unit, t).map(Part::numeric)
}

/// `date_part(field, time)`: as [`extract_time`], as a double.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn date_part_time(unit: &Unit, t: Time) -> TResult<f64> {
    time_part(unit, t).map(Part::float)
}

fn interval_part(unit: &Unit, iv: Interval) -> TResult<Part> {
    use Field::*;
    let tm = Itm::of(iv);
    Ok(Part::Int(match unit.field {
        Some(Microseconds) => tm.sec_usec(),
        Some(Milliseconds) => return Ok(Part::Scaled(tm.sec_usec() as i128, 3)),
        Some(Second) => return Ok(Part::Scaled(tm.sec_usec() as i128, 6)),
        Some(Minute) => tm.min,
        Some(Hour) => tm.hour,
        Some(Day) => tm.mday,
        Some(Month) => tm.mon,
        Some(Quarter) => tm.mon / 3 + 1,
        Some(Year) => tm.year,
        Some(Decade) => tm.year / 10,
        Some(Century) => tm.year / 100,
        Some(Millennium) => tm.year / 1000,
        Some(Epoch) => return Ok(Part::IntervalEpoch(iv)),
        Some(Reserved) | None => return Err(unit.not_recognized(INTERVAL)),
        Some(_) => return Err(unit.not_supported(INTERVAL)),
    }))
}

/// `extract(field FROM interval)`: each field with the sign of its part
/// (`-25:30` has hour `-25`, minute `-30`); `epoch` counts a year as
/// 365.25 days and a month as 30.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn extract_interval(unit: &Unit, iv: Interval) -> TResult<Numeric> {
    interval_part(unit, iv).map(Part::numeric)
}

/// `date_part(field, interval)`: as [`extract_interval`], as a double
/// (PostgreSQL's own float arithmetic: `epoch` of `1 year 2 mons 3 days
/// 20:38:40.12` is `37075120.120000005`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>
pub fn date_part_interval(unit: &Unit, iv: Interval) -> TResult<f64> {
    interval_part(unit, iv).map(Part::float)
}

// ---------------------------------------------------------------------------
// date_bin
// ---------------------------------------------------------------------------

fn bin(stride: Interval, source: i64, origin: i64) -> TResult<i64> {
    if stride.months != 0 {
        return Err(TimeError::new(
            "timestamps cannot be binned into intervals containing months or years",
        ));
    }
    let stride = (stride.days as i64)
        .checked_mul(USECS_PER_DAY)
        .and_then(|d| d.checked_add(stride.micros))
        .ok_or_else(TimeError::interval_range)?;
    if stride <= 0 {
        return Err(TimeError::new("stride must be greater than zero"));
    }
    let diff = source
        .checked_sub(origin)
        .ok_or_else(TimeError::interval_range)?;
    let mut delta = diff - diff % stride;
    // PostgreSQL steps back one stride whenever the origin is later than
    // the source, even if the source sits exactly on a bin boundary.
    if origin > source && stride > 1 {
        delta -= stride;
    }
    origin
        .checked_add(delta)
        .filter(|&r| valid_timestamp(r))
        .ok_or_else(TimeError::timestamp_range)
}

/// `date_bin(stride, source, origin)` for timestamp: the start of the
/// stride-wide bin, counted from `origin`, that holds `source`. An
/// infinite source comes back unchanged.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-BIN>
pub fn bin_timestamp(stride: Interval, source: Timestamp, origin: Timestamp) -> TResult<Timestamp> {
    if !source.is_finite() {
        return Ok(source);
    }
    if !origin.is_finite() {
        return Err(TimeError::new("origin out of range"));
    }
    bin(stride, source.0, origin.0).map(Timestamp)
}

/// `date_bin(stride, source, origin)` for timestamptz: bins elapsed time
/// between instants (no time zone is involved).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-BIN>
pub fn bin_timestamptz(
    stride: Interval,
    source: Timestamptz,
    origin: Timestamptz,
) -> TResult<Timestamptz> {
    if !source.is_finite() {
        return Ok(source);
    }
    if !origin.is_finite() {
        return Err(TimeError::new("origin out of range"));
    }
    bin(stride, source.0, origin.0).map(Timestamptz)
}

// ---------------------------------------------------------------------------
// make_*
// ---------------------------------------------------------------------------

/// C's `%g` (PostgreSQL's snprintf: `NaN`, `Infinity`), zero-padded to
/// `width`.
fn fmt_g(v: f64, width: usize) -> String {
    let body = if v.is_nan() {
        "NaN".to_string()
    } else if v.is_infinite() {
        if v < 0.0 { "-Infinity" } else { "Infinity" }.to_string()
    } else if v == 0.0 {
        if v.is_sign_negative() { "-0" } else { "0" }.to_string()
    } else {
        let e = format!("{v:.5e}");
        let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        if !(-4..6).contains(&exp) {
            let mant = trim_zeros(mant);
            let sign = if exp < 0 { '-' } else { '+' };
            format!("{mant}e{sign}{:02}", exp.unsigned_abs())
        } else {
            let prec = (5 - exp) as usize;
            trim_zeros(&format!("{v:.prec$}")).to_string()
        }
    };
    if body.len() >= width || v.is_nan() || v.is_infinite() {
        return body;
    }
    let (sign, digits) = match body.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", body.as_str()),
    };
    format!("{sign}{digits:0>w$}", w = width - sign.len())
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// PostgreSQL's `rint(x)` then cast to int64 (ties to even; out of range
/// gives i64::MIN, as the x86-64 conversion PostgreSQL relies on does).
fn rint_i64(x: f64) -> i64 {
    let r = x.round_ties_even();
    if r.is_nan() || r >= 9_223_372_036_854_775_808.0 || r < -9_223_372_036_854_775_808.0 {
        i64::MIN
    } else {
        r as i64
    }
}

/// Validates year/month/day the way PostgreSQL's ValidateDate does for
/// `make_date` and `make_timestamp` (negative years are BC); returns the
/// astronomical year, or `Err(astronomical year so far)` for the message.
fn validate_date(year: i32, month: i32, day: i32) -> Result<i32, i64> {
    let astro = match year {
        0 => return Err(0),
        // PostgreSQL's year -N (N BC) is astronomical year 1 - N.
        y if y < 0 => y + 1,
        y => y,
    };
    if !(1..=12).contains(&month)
        || day < 1
        || day as u32 > civil::days_in_month(astro, month as u32)
    {
        return Err(astro as i64);
    }
    Ok(astro)
}

/// Whether PostgreSQL's Julian-day routines accept the date.
fn valid_julian(y: i32, m: i32) -> bool {
    (y > -4713 || (y == -4713 && m >= 11)) && (y < 5_874_898 || (y == 5_874_898 && m < 6))
}

/// `make_date(year, month, day)`: negative years are BC (`-44` is 44 BC);
/// year 0 is an error.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn make_date(year: i32, month: i32, day: i32) -> TResult<Date> {
    // PostgreSQL's messages print the year after the BC conversion.
    let msg = |kind: &str, y: i64| TimeError(format!("{kind}: {y}-{month:02}-{day:02}"));
    let astro = validate_date(year, month, day).map_err(|y| msg("date field value out of range", y))?;
    if !valid_julian(astro, month) {
        return Err(msg("date out of range", astro as i64));
    }
    let days = civil::days_from_civil(astro, month as u32, day as u32);
    if !(MIN_DATE..DATE_END).contains(&days) {
        return Err(msg("date out of range", astro as i64));
    }
    Ok(Date(days as i32))
}

/// Whether hour/min/sec are out of PostgreSQL's range (`24:00:00` and
/// `sec = 60` are allowed as long as the total is at most 24:00:00).
fn time_overflows(hour: i32, min: i32, sec: f64) -> Option<i64> {
    if !(0..=24).contains(&hour) || !(0..60).contains(&min) || sec.is_nan() {
        return None;
    }
    let us = (sec * USECS_PER_SEC as f64).round_ties_even();
    if !(0.0..=60.0 * USECS_PER_SEC as f64).contains(&us) {
        return None;
    }
    let total = (hour as i64 * 60 + min as i64) * USECS_PER_MINUTE + us as i64;
    (total <= USECS_PER_DAY).then_some(total)
}

/// `make_time(hour, min, sec)`: seconds rounded to microseconds (ties to
/// even); up to `24:00:00`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn make_time(hour: i32, min: i32, sec: f64) -> TResult<Time> {
    time_overflows(hour, min, sec).map(Time).ok_or_else(|| {
        TimeError(format!(
            "time field value out of range: {hour}:{min:02}:{}",
            fmt_g(sec, 2)
        ))
    })
}

/// `make_timestamp(year, month, day, hour, min, sec)`; negative years are
/// BC.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn make_timestamp(
    year: i32,
    month: i32,
    day: i32,
    hour: i32,
    min: i32,
    sec: f64,
) -> TResult<Timestamp> {
    // Unlike make_date, these messages print the year as given.
    let date_msg =
        |kind: &str| TimeError(format!("{kind}: {year}-{month:02}-{day:02}"));
    let astro = validate_date(year, month, day)
        .map_err(|_| date_msg("date field value out of range"))?;
    if !valid_julian(astro, month) {
        return Err(date_msg("date out of range"));
    }
    let days = civil::days_from_civil(astro, month as u32, day as u32);
    let tod = time_overflows(hour, min, sec).ok_or_else(|| {
        TimeError(format!(
            "time field value out of range: {hour}:{min:02}:{}",
            fmt_g(sec, 2)
        ))
    })?;
    let us = days as i128 * USECS_PER_DAY as i128 + tod as i128;
    // PostgreSQL's upper end (294277-01-01) lies beyond this type's i64
    // range from 1970; those few years are refused as out of range too.
    let end = (109_203_528 - UNIX_EPOCH_JDATE) as i128 * USECS_PER_DAY as i128;
    if us < MIN_TIMESTAMP as i128 || us >= end || us >= i64::MAX as i128 {
        return Err(TimeError(format!(
            "timestamp out of range: {year}-{month:02}-{day:02} {hour}:{min:02}:{}",
            fmt_g(sec, 2)
        )));
    }
    Ok(Timestamp(us as i64))
}

/// `make_timestamptz(year, month, day, hour, min, sec [, zone])`: the civil
/// time read in `zone` (the session zone, or the seventh argument resolved
/// by the caller with [`Zone::lookup`]) by the gap and fold rule.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn make_timestamptz(
    year: i32,
    month: i32,
    day: i32,
    hour: i32,
    min: i32,
    sec: f64,
    zone: &Zone,
) -> TResult<Timestamptz> {
    let local = make_timestamp(year, month, day, hour, min, sec)?;
    let t = local.at_zone(zone);
    if valid_timestamp(t.0) {
        Ok(t)
    } else {
        Err(TimeError::timestamp_range())
    }
}

/// `make_interval(years, months, weeks, days, hours, mins, secs)`.
///
/// # Differences
/// None on purpose: PostgreSQL 15 does not check `years * 12 + months`,
/// `weeks * 7 + days` or the hour and minute products for overflow, and
/// wraps around (`make_interval(years => 178956971)` is
/// `-178956970 years -4 mons`); this does the same. Infinite or NaN
/// seconds are `interval out of range`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn make_interval(
    years: i32,
    months: i32,
    weeks: i32,
    days: i32,
    hours: i32,
    mins: i32,
    secs: f64,
) -> TResult<Interval> {
    if !secs.is_finite() {
        return Err(TimeError::interval_range());
    }
    let month = years.wrapping_mul(12).wrapping_add(months);
    let day = weeks.wrapping_mul(7).wrapping_add(days);
    let time = (hours as i64)
        .wrapping_mul(USECS_PER_HOUR)
        .wrapping_add((mins as i64).wrapping_mul(USECS_PER_MINUTE))
        .wrapping_add(rint_i64(secs * USECS_PER_SEC as f64));
    Ok(Interval::new(month, day, time))
}

// ---------------------------------------------------------------------------
// age, justify_*
// ---------------------------------------------------------------------------

/// PostgreSQL's field-wise difference of two civil times (`timestamp_age`):
/// subtract field by field, make the result non-negative, borrow from the
/// next larger field (a month borrows the length of the month of the
/// earlier argument... of `t1` when `t1 < t2`, else of `t2`), restore the
/// sign.
fn age_fields(tm1: &Tm, tm2: &Tm, negative: bool) -> TResult<Interval> {
    let s = if negative { -1 } else { 1 };
    let mut usec = s * (tm1.usec - tm2.usec);
    let mut sec = s * (tm1.sec - tm2.sec);
    let mut min = s * (tm1.min - tm2.min);
    let mut hour = s * (tm1.hour - tm2.hour);
    let mut mday = s * (tm1.mday as i64 - tm2.mday as i64);
    let mut mon = s * (tm1.mon as i64 - tm2.mon as i64);
    let mut year = s * (tm1.year as i64 - tm2.year as i64);
    while usec < 0 {
        usec += USECS_PER_SEC;
        sec -= 1;
    }
    while sec < 0 {
        sec += 60;
        min -= 1;
    }
    while min < 0 {
        min += 60;
        hour -= 1;
    }
    while hour < 0 {
        hour += 24;
        mday -= 1;
    }
    let borrow = if negative { tm1 } else { tm2 };
    while mday < 0 {
        mday += civil::days_in_month(borrow.year, borrow.mon) as i64;
        mon -= 1;
    }
    while mon < 0 {
        mon += 12;
        year -= 1;
    }
    Itm {
        year: s * year,
        mon: s * mon,
        mday: s * mday,
        hour: s * hour,
        min: s * min,
        sec: s * sec,
        usec: s * usec,
    }
    .to_interval()
}

/// Civil fields PostgreSQL 15 computes for a timestamp value in `age`:
/// `+infinity` is read as its raw microsecond count (a date in 294277),
/// `-infinity` fails.
fn age_tm(t: i64) -> TResult<Tm> {
    match t {
        i64::MIN => Err(TimeError::timestamp_range()),
        i64::MAX => Ok(Tm::of_i128(i64::MAX as i128 + PG_EPOCH_OFFSET as i128)),
        _ => Ok(Tm::of(Timestamp(t))),
    }
}

/// `age(timestamp, timestamp)`: the symbolic difference in years, months,
/// days and time (`age('2024-03-31', '2024-02-29')` is `1 mon 2 days`).
///
/// # Differences
/// None on purpose: like PostgreSQL 15, `infinity` is treated as a date in
/// the year 294277 and `-infinity` is `timestamp out of range`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn age_timestamp(t1: Timestamp, t2: Timestamp) -> TResult<Interval> {
    let (tm1, tm2) = (age_tm(t1.0)?, age_tm(t2.0)?);
    age_fields(&tm1, &tm2, t1 < t2)
}

/// `age(timestamp)`: `age(current_date, t)`; `today` is the caller's
/// current date in the session zone.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn age_timestamp_today(today: Date, t: Timestamp) -> TResult<Interval> {
    age_timestamp(today.to_timestamp(), t)
}

fn age_tm_tz(t: Timestamptz, zone: &Zone) -> TResult<Tm> {
    if t.is_finite() {
        return Ok(Tm::of(t.to_local(zone).0));
    }
    if t == Timestamptz::NEG_INFINITY {
        return Err(TimeError::timestamp_range());
    }
    // PostgreSQL reads the raw value as an instant in 294277; the zone's
    // offset then comes from its rules for early January, which are the
    // same as in year 9999.
    let raw = i64::MAX as i128 + PG_EPOCH_OFFSET as i128;
    let jan9_9999 = civil::days_from_civil(9999, 1, 9) * super::SECS_PER_DAY + 4 * 3600;
    let off = zone.offset_at_utc(jan9_9999) as i128;
    Ok(Tm::of_i128(raw + off * USECS_PER_SEC as i128))
}

/// `age(timestamptz, timestamptz)`: the two instants as civil times in
/// `zone`, then the field-wise difference of [`age_timestamp`].
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn age_timestamptz(t1: Timestamptz, t2: Timestamptz, zone: &Zone) -> TResult<Interval> {
    let (tm1, tm2) = (age_tm_tz(t1, zone)?, age_tm_tz(t2, zone)?);
    age_fields(&tm1, &tm2, t1 < t2)
}

/// `age(timestamptz)`: `age(current_date::timestamptz, t)`, where the
/// current date's midnight is read in `zone`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn age_timestamptz_today(today: Date, t: Timestamptz, zone: &Zone) -> TResult<Interval> {
    age_timestamptz(today.to_timestamp().at_zone(zone), t, zone)
}

/// `justify_days(interval)`: every 30 days become a month; days then take
/// the sign of the months (`1 mon -35 days` → `-5 days`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn justify_days(iv: Interval) -> TResult<Interval> {
    let mut r = iv;
    let whole = r.days / 30;
    r.days -= whole * 30;
    r.months = r
        .months
        .checked_add(whole)
        .ok_or_else(TimeError::interval_range)?;
    if r.months > 0 && r.days < 0 {
        r.days += 30;
        r.months -= 1;
    } else if r.months < 0 && r.days > 0 {
        r.days -= 30;
        r.months += 1;
    }
    Ok(r)
}

/// `justify_hours(interval)`: every 24 hours become a day; the time then
/// takes the sign of the days (`1 day -25 hours` → `-01:00:00`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn justify_hours(iv: Interval) -> TResult<Interval> {
    let mut r = iv;
    let whole = r.micros / USECS_PER_DAY;
    r.micros -= whole * USECS_PER_DAY;
    r.days = i32::try_from(whole)
        .ok()
        .and_then(|w| r.days.checked_add(w))
        .ok_or_else(TimeError::interval_range)?;
    if r.days > 0 && r.micros < 0 {
        r.micros += USECS_PER_DAY;
        r.days -= 1;
    } else if r.days < 0 && r.micros > 0 {
        r.micros -= USECS_PER_DAY;
        r.days += 1;
    }
    Ok(r)
}

/// `justify_interval(interval)`: [`justify_hours`] and [`justify_days`]
/// together, with one sign for the whole result (`1 mon -1 day` →
/// `29 days`, `-1 mon 30 days` → `00:00:00`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn justify_interval(iv: Interval) -> TResult<Interval> {
    let overflow = TimeError::interval_range;
    let mut r = iv;
    // Move whole months out of the days first when days and time share a
    // sign, so that adding the time's days cannot overflow.
    if (r.days > 0 && r.micros > 0) || (r.days < 0 && r.micros < 0) {
        let whole = r.days / 30;
        r.days -= whole * 30;
        r.months = r.months.checked_add(whole).ok_or_else(overflow)?;
    }
    let whole_days = r.micros / USECS_PER_DAY;
    r.micros -= whole_days * USECS_PER_DAY;
    r.days = i32::try_from(r.days as i64 + whole_days).map_err(|_| overflow())?;
    let whole = r.days / 30;
    r.days -= whole * 30;
    r.months = r.months.checked_add(whole).ok_or_else(overflow)?;
    if r.months > 0 && (r.days < 0 || (r.days == 0 && r.micros < 0)) {
        r.days += 30;
        r.months -= 1;
    } else if r.months < 0 && (r.days > 0 || (r.days == 0 && r.micros > 0)) {
        r.days -= 30;
        r.months += 1;
    }
    if r.days > 0 && r.micros < 0 {
        r.micros += USECS_PER_DAY;
        r.days -= 1;
    } else if r.days < 0 && r.micros > 0 {
        r.micros -= USECS_PER_DAY;
        r.days += 1;
    }
    Ok(r)
}
