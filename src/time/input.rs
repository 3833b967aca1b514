//! PostgreSQL's lenient date/time input with `DateStyle = 'ISO, MDY'` and
//! `IntervalStyle = postgres`, written in Rust after PostgreSQL's observed
//! behaviour (the field tokenizer, date/time decoding, interval decoding
//! and ISO 8601 intervals of datetime.c).
//!
//! Text is first split into typed fields (numbers, words, dates, times,
//! signed offsets) in a fixed stack buffer, then each field is decoded
//! against what has been seen so far, as PostgreSQL does. Nothing here
//! allocates unless an error is reported.
//!
//! # Differences
//!
//! Inputs PostgreSQL accepts but pgshim refuses:
//!
//! - POSIX zones with daylight-saving rules (`EST5EDT`-like strings that
//!   are not IANA names, `abc5def`) give a pgshim error naming the
//!   problem, for `timestamptz` and `timetz` only (`date`, `time` and
//!   `timestamp` ignore zones); abbreviations whose offset depends on the
//!   date (`MSK`) are resolved per instant from their zone
//!   ([`Zone::Abbrev`]);
//! - hexadecimal numbers in ISO 8601 intervals (`P0x10D`) are a syntax
//!   error;
//! - timestamps within 30 years of PostgreSQL's upper limit (294276 AD) do
//!   not fit i64 Unix microseconds and are reported out of range.
//!
//! Zone offsets of named zones come from chrono-tz, not from PostgreSQL's
//! own tzdata: far-future and historical dates can differ where the two
//! databases differ.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>

use super::{
    Date, Interval, TResult, Time, TimeError, Timestamp, Timestamptz, Timetz, USECS_PER_DAY,
    USECS_PER_HOUR, USECS_PER_MINUTE, USECS_PER_SEC, Zone, civil,
};

/// What input needs besides the text: the session zone (for values written
/// without an offset, and for `today`) and the transaction's `now`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>
#[derive(Debug, Clone, Copy)]
pub struct InputCx<'a> {
    /// The session time zone.
    pub zone: &'a Zone,
    /// The transaction start (`now`).
    pub now: Timestamptz,
    /// `DateStyle`'s field order, for dates written with numbers only
    /// (`01/02/03`).
    pub order: super::DateOrder,
}

/// `date` input: ISO, MDY and textual-month dates, the date part of a
/// timestamp, `epoch`, `infinity`, `today` and friends.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>
pub fn date(s: &str, cx: &InputCx) -> TResult<Date> {
    const TY: &str = "date";
    let fields = tokenize(s.as_bytes(), DATE_BUF).map_err(|e| e.into_error(TY, s))?;
    let d = decode_datetime(&fields, cx).map_err(|e| e.into_error(TY, s))?;
    match d.kind {
        Kind::Epoch => Ok(Date(0)),
        Kind::Late => Ok(Date::INFINITY),
        Kind::Early => Ok(Date::NEG_INFINITY),
        Kind::Value => {
            let tm = &d.tm;
            let out = || TimeError::new(format!("date out of range: \"{s}\""));
            if !civil::valid_julian(tm.year, tm.mon) {
                return Err(out());
            }
            let days = civil::days_from_civil(tm.year, tm.mon as u32, tm.mday as u32);
            // IS_VALID_DATE: from 4714-11-24 BC up to 5874898-01-01.
            if days < civil::days_from_civil(-4713, 11, 24)
                || days >= civil::days_from_civil(5_874_898, 1, 1)
            {
                return Err(out());
            }
            Ok(Date(days as i32))
        }
    }
}

/// `time` input: `HH:MM[:SS[.ffffff]]`, `24:00:00`, AM/PM, run-together
/// `hhmmss`, `allballs`, `now`; a date and a zone are read and ignored.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>
pub fn time(s: &str, cx: &InputCx) -> TResult<Time> {
    const TY: &str = "time";
    let fields = tokenize(s.as_bytes(), DATE_BUF).map_err(|e| e.into_error(TY, s))?;
    let (tm, fsec, _) = decode_time_only(&fields, cx).map_err(|e| e.into_error(TY, s))?;
    Ok(Time(
        ((tm.hour as i64 * 60 + tm.min as i64) * 60 + tm.sec as i64) * USECS_PER_SEC + fsec,
    ))
}

/// `time with time zone` input (timetz_in / DecodeTimeOnly): a time with
/// an offset, abbreviation or zone name; a zone whose offset changes needs
/// a date to fix it (`2003-07-07 15:36:39 America/New_York`). Without a
/// zone, the session zone's offset on the date given, or on today's date
/// (the transaction's), at that time of day.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-TIMEZONES>
pub fn timetz(s: &str, cx: &InputCx) -> TResult<Timetz> {
    const TY: &str = "time with time zone";
    let fields = tokenize(s.as_bytes(), DATE_BUF).map_err(|e| e.into_error(TY, s))?;
    let (tm, fsec, zone) = decode_time_only(&fields, cx).map_err(|e| e.into_error(TY, s))?;
    let time = ((tm.hour as i64 * 60 + tm.min as i64) * 60 + tm.sec as i64) * USECS_PER_SEC + fsec;
    // The date the zone is resolved on: the one given, else today.
    let on_date = |z: &Zone| -> TResult<i32> {
        let day = if tm.mon != 0 {
            Date::from_ymd(tm.year, tm.mon as u32, tm.mday as u32)
                .ok_or_else(|| TimeError::field_range(s))?
        } else {
            cx.now.to_local(cx.zone).0.split().0
        };
        let local = day.0 as i64 * super::SECS_PER_DAY + time / USECS_PER_SEC;
        Ok((local - z.utc_from_local(local)) as i32)
    };
    let offset = match zone {
        TzSpec::West(w) => -w,
        TzSpec::Named(z) => on_date(&z)?,
        TzSpec::Session => on_date(cx.zone)?,
        TzSpec::Unsupported(e) => return Err(e),
    };
    Ok(Timetz { time, offset })
}

/// `timestamp` input: a date and a time; a zone or offset, if given, is
/// read and ignored, as PostgreSQL does.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>
pub fn timestamp(s: &str, cx: &InputCx) -> TResult<Timestamp> {
    const TY: &str = "timestamp";
    let fields = tokenize(s.as_bytes(), TIMESTAMP_BUF).map_err(|e| e.into_error(TY, s))?;
    let d = decode_datetime(&fields, cx).map_err(|e| e.into_error(TY, s))?;
    match d.kind {
        Kind::Epoch => Ok(Timestamp(0)),
        Kind::Late => Ok(Timestamp::INFINITY),
        Kind::Early => Ok(Timestamp::NEG_INFINITY),
        Kind::Value => {
            let out = || TimeError::new(format!("timestamp out of range: \"{s}\""));
            let local = civil_micros(&d.tm, d.fsec).ok_or_else(out)?;
            check_timestamp_range(local).ok_or_else(out)?;
            Ok(Timestamp(local))
        }
    }
}

/// `timestamptz` input: a date and a time with an optional offset, zone
/// abbreviation or IANA zone; without one the session zone applies
/// (PostgreSQL's gap/fold rule, [`Timestamp::at_zone`]).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-INPUT>
pub fn timestamptz(s: &str, cx: &InputCx) -> TResult<Timestamptz> {
    const TY: &str = "timestamp with time zone";
    let fields = tokenize(s.as_bytes(), TIMESTAMP_BUF).map_err(|e| e.into_error(TY, s))?;
    let d = decode_datetime(&fields, cx).map_err(|e| e.into_error(TY, s))?;
    match d.kind {
        Kind::Epoch => Ok(Timestamptz(0)),
        Kind::Late => Ok(Timestamptz::INFINITY),
        Kind::Early => Ok(Timestamptz::NEG_INFINITY),
        Kind::Value => {
            let out = || TimeError::new(format!("timestamp out of range: \"{s}\""));
            let local = civil_micros(&d.tm, d.fsec).ok_or_else(out)?;
            let utc = match d.zone {
                TzSpec::West(w) => local.checked_add(w as i64 * USECS_PER_SEC),
                TzSpec::Named(z) => Some(resolve(local, &z)),
                TzSpec::Session => Some(resolve(local, cx.zone)),
                TzSpec::Unsupported(e) => return Err(e),
            }
            .ok_or_else(out)?;
            check_timestamp_range(utc).ok_or_else(out)?;
            Ok(Timestamptz(utc))
        }
    }
}

/// `interval` input: PostgreSQL's own output form (`1 year 2 mons
/// -3 days +04:05:06.5`, `@ 1 hour ago`), units with fractions cascading
/// down (`1.5 days` = `1 day 12:00:00`), `hh:mm:ss`, bare seconds, and
/// ISO 8601 (`P1Y2M3DT4H5M6S`, `P0001-02-03T04:05:06`).
///
/// Allocation-free except when reporting an error: stored intervals are
/// read back through here once per row.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVAL-INPUT>
pub fn interval(s: &str) -> TResult<Interval> {
    interval_styled(s, super::IntervalStyle::Postgres)
}

/// [`interval`] under an `IntervalStyle`: with `sql_standard`, a leading
/// minus sign applies to every field when no other field has a sign
/// (`-1 2:03:04` is minus one day and minus 2:03:04), as DecodeInterval
/// reads it.
pub fn interval_styled(s: &str, style: super::IntervalStyle) -> TResult<Interval> {
    interval_in(s, style, super::IntervalRange::FULL)
}

/// [`interval_styled`] for an interval type with a field restriction
/// (`interval '1 2' day to hour`): a number without a unit is the last
/// field (`'2'` is two hours there), and `mm:ss` is read as minutes and
/// seconds in `minute to second`. The fields after the last are not
/// removed here ([`super::arith::interval_restrict`] does that).
pub fn interval_in(
    s: &str,
    style: super::IntervalStyle,
    range: super::IntervalRange,
) -> TResult<Interval> {
    const TY: &str = "interval";
    let mut parts = Parts::default();
    let sql_standard = style == super::IntervalStyle::SqlStandard;
    let r = match tokenize(s.as_bytes(), INTERVAL_BUF) {
        Ok(fields) => decode_interval(&fields, &mut parts, sql_standard, range),
        Err(e) => Err(e),
    };
    let r = match r {
        Err(Dterr::Bad) => {
            parts = Parts::default();
            decode_iso8601_interval(s.as_bytes(), &mut parts)
        }
        r => r,
    };
    match r {
        Ok(()) => {}
        Err(Dterr::Field) => {
            return Err(TimeError::new(format!(
                "interval field value out of range: \"{s}\""
            )));
        }
        Err(e) => return Err(e.into_error(TY, s)),
    }
    let months = parts.years as i64 * 12 + parts.months as i64;
    let months = i32::try_from(months).map_err(|_| TimeError::interval_range())?;
    Ok(Interval::new(months, parts.days, parts.micros))
}

// ---------------------------------------------------------------------------
// Errors

/// A decoding failure, turned into PostgreSQL's message with the input.
#[derive(Debug)]
enum Dterr {
    /// `invalid input syntax for type …`.
    Bad,
    /// `date/time field value out of range`.
    Field,
    /// `time zone displacement out of range`.
    Tzdisp,
    /// A complete message.
    Msg(TimeError),
}

impl Dterr {
    #[cold]
    fn into_error(self, ty: &str, s: &str) -> TimeError {
        match self {
            Dterr::Bad => TimeError::syntax(ty, s),
            Dterr::Field => TimeError::field_range(s),
            Dterr::Tzdisp => {
                TimeError::new(format!("time zone displacement out of range: \"{s}\""))
            }
            Dterr::Msg(e) => e,
        }
    }
}

type DResult<T> = Result<T, Dterr>;

// ---------------------------------------------------------------------------
// Tokenizer

/// Work-buffer sizes PostgreSQL gives each input function: text that does
/// not fit (with one terminator per field) is a syntax error.
const DATE_BUF: usize = 129;
const TIMESTAMP_BUF: usize = 153;
const INTERVAL_BUF: usize = 256;
/// At most this many fields.
const MAX_FIELDS: usize = 25;

/// The type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ft {
    /// Digits, maybe with one `.` part (`2024`, `12.5`, `.5`).
    Number,
    /// A word (lowercased).
    Str,
    /// Digits with `-`/`/`/`.` separators, or a word with punctuation
    /// (`2024-03-10`, `10-mar-2024`, `america/new_york`).
    Date,
    /// Digits with `:` (`10:30:00.5`).
    Time,
    /// A sign and digits (`+05:30`, `-5`).
    Tz,
    /// A sign and a word (`-infinity`).
    Special,
}

struct Fields {
    buf: [u8; INTERVAL_BUF],
    spans: [(Ft, u16, u16); MAX_FIELDS],
    n: usize,
}

impl Fields {
    #[inline]
    fn get(&self, i: usize) -> (Ft, &[u8]) {
        let (t, a, b) = self.spans[i];
        (t, &self.buf[a as usize..b as usize])
    }

    #[inline]
    fn ft(&self, i: usize) -> Ft {
        self.spans[i].0
    }
}

/// C's `isspace` in the C locale.
#[inline]
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Splits `s` into typed, lowercased fields.
fn tokenize(s: &[u8], buflen: usize) -> DResult<Fields> {
    let mut f = Fields {
        buf: [0; INTERVAL_BUF],
        spans: [(Ft::Number, 0, 0); MAX_FIELDS],
        n: 0,
    };
    // One byte of the work buffer stays free for the last terminator.
    let limit = buflen - 1;
    let mut pos = 0usize;
    let mut i = 0usize;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    macro_rules! push {
        ($c:expr) => {{
            if pos >= limit {
                return Err(Dterr::Bad);
            }
            f.buf[pos] = $c;
            pos += 1;
        }};
    }
    while i < s.len() {
        let c = s[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-')) {
            if c.is_ascii_punctuation() {
                i += 1;
                continue;
            }
            return Err(Dterr::Bad);
        }
        if f.n >= MAX_FIELDS {
            return Err(Dterr::Bad);
        }
        let start = pos;
        let ft;
        if c.is_ascii_digit() {
            while at(i).is_ascii_digit() {
                push!(s[i]);
                i += 1;
            }
            let next = at(i);
            if next == b':' {
                ft = Ft::Time;
                while at(i).is_ascii_digit() || matches!(at(i), b':' | b'.') {
                    push!(s[i]);
                    i += 1;
                }
            } else if matches!(next, b'-' | b'/' | b'.') {
                let delim = next;
                push!(delim);
                i += 1;
                if at(i).is_ascii_digit() {
                    let mut t = if delim == b'.' { Ft::Number } else { Ft::Date };
                    while at(i).is_ascii_digit() {
                        push!(s[i]);
                        i += 1;
                    }
                    // Three fields only when the separators agree.
                    if at(i) == delim {
                        t = Ft::Date;
                        while at(i).is_ascii_digit() || at(i) == delim {
                            push!(s[i]);
                            i += 1;
                        }
                    }
                    ft = t;
                } else {
                    ft = Ft::Date;
                    while at(i).is_ascii_alphanumeric() || at(i) == delim {
                        push!(s[i].to_ascii_lowercase());
                        i += 1;
                    }
                }
            } else {
                ft = Ft::Number;
            }
        } else if c == b'.' {
            push!(c);
            i += 1;
            while at(i).is_ascii_digit() {
                push!(s[i]);
                i += 1;
            }
            ft = Ft::Number;
        } else if c.is_ascii_alphabetic() {
            while at(i).is_ascii_alphabetic() {
                push!(s[i].to_ascii_lowercase());
                i += 1;
            }
            // A word running into punctuation or digits is a date with a
            // text month or a zone name, unless the word is a keyword
            // (`t10:00`).
            let next = at(i);
            let is_date = if matches!(next, b'-' | b'/' | b'.') {
                true
            } else if next == b'+' || next.is_ascii_digit() {
                datetk(&f.buf[start..pos]).is_none()
            } else {
                false
            };
            if is_date {
                ft = Ft::Date;
                loop {
                    push!(s[i].to_ascii_lowercase());
                    i += 1;
                    let c = at(i);
                    if !(c.is_ascii_alphanumeric()
                        || matches!(c, b'+' | b'-' | b'/' | b'_' | b'.' | b':'))
                    {
                        break;
                    }
                }
            } else {
                ft = Ft::Str;
            }
        } else {
            // A sign: an offset (`-05:00`) or a special word (`-infinity`).
            push!(c);
            i += 1;
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            if at(i).is_ascii_digit() {
                ft = Ft::Tz;
                while at(i).is_ascii_digit() || matches!(at(i), b':' | b'.' | b'-') {
                    push!(s[i]);
                    i += 1;
                }
            } else if at(i).is_ascii_alphabetic() {
                ft = Ft::Special;
                while at(i).is_ascii_alphabetic() {
                    push!(s[i].to_ascii_lowercase());
                    i += 1;
                }
            } else {
                return Err(Dterr::Bad);
            }
        }
        f.spans[f.n] = (ft, start as u16, pos as u16);
        f.n += 1;
        // The terminator.
        pos += 1;
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Keywords

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Special {
    Now,
    Today,
    Tomorrow,
    Yesterday,
    Epoch,
    Late,
    Early,
    Allballs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Reserved(Special),
    Month(i32),
    Dow,
    AmPm(Meridian),
    Bc(bool),
    Ignore,
    /// A label for the next number (`y2024m03d10`, `j2451545`).
    Label(Label),
    /// `t`, the ISO date/time separator.
    IsoTime,
    /// `dst`: one hour more than the zone abbreviation before it.
    DstModifier,
}

/// What the previous word said the next number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Julian,
    /// The time after `t`.
    Time,
    /// A label input cannot apply (`dow`, `isoyear`).
    Unusable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridian {
    Am,
    Pm,
}

/// The date/time keywords (PostgreSQL's core token table).
fn datetk(key: &[u8]) -> Option<Tok> {
    use Special::*;
    use Tok::*;
    Some(match key {
        b"-infinity" => Reserved(Early),
        b"infinity" => Reserved(Late),
        b"epoch" => Reserved(Epoch),
        b"now" => Reserved(Now),
        b"today" => Reserved(Today),
        b"tomorrow" => Reserved(Tomorrow),
        b"yesterday" => Reserved(Yesterday),
        b"allballs" => Reserved(Allballs),
        b"ad" => Bc(false),
        b"bc" => Bc(true),
        b"am" => AmPm(Meridian::Am),
        b"pm" => AmPm(Meridian::Pm),
        b"at" | b"on" => Ignore,
        b"jan" | b"january" => Month(1),
        b"feb" | b"february" => Month(2),
        b"mar" | b"march" => Month(3),
        b"apr" | b"april" => Month(4),
        b"may" => Month(5),
        b"jun" | b"june" => Month(6),
        b"jul" | b"july" => Month(7),
        b"aug" | b"august" => Month(8),
        b"sep" | b"sept" | b"september" => Month(9),
        b"oct" | b"october" => Month(10),
        b"nov" | b"november" => Month(11),
        b"dec" | b"december" => Month(12),
        b"sun" | b"sunday" | b"mon" | b"monday" | b"tue" | b"tues" | b"tuesday" | b"wed"
        | b"weds" | b"wednesday" | b"thu" | b"thur" | b"thurs" | b"thursday" | b"fri"
        | b"friday" | b"sat" | b"saturday" => Dow,
        b"y" => Label(self::Label::Year),
        b"m" => Label(self::Label::Month),
        b"d" => Label(self::Label::Day),
        b"h" => Label(self::Label::Hour),
        b"mm" => Label(self::Label::Minute),
        b"s" => Label(self::Label::Second),
        b"j" | b"jd" | b"julian" => Label(self::Label::Julian),
        b"dow" | b"doy" | b"isodow" | b"isoyear" => Label(self::Label::Unusable),
        b"t" => IsoTime,
        b"dst" => DstModifier,
        _ => return None,
    })
}

/// Interval units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Micro,
    Milli,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Millennium,
    /// A unit PostgreSQL knows but interval input cannot apply
    /// (`quarter`, `timezone`): an error once a number uses it.
    Unusable,
    /// `ago`.
    Ago,
}

/// The interval unit words; keys are compared on their first ten bytes, as
/// PostgreSQL does (`microseconds` matches `microsecon`).
fn deltatk(key: &[u8]) -> Option<Unit> {
    use Unit::*;
    let key = if key.len() > 10 { &key[..10] } else { key };
    Some(match key {
        b"ago" => Ago,
        b"c" | b"cent" | b"centuries" | b"century" => Century,
        b"d" | b"day" | b"days" => Day,
        b"dec" | b"decade" | b"decades" | b"decs" => Decade,
        b"h" | b"hour" | b"hours" | b"hr" | b"hrs" => Hour,
        b"m" | b"min" | b"mins" | b"minute" | b"minutes" => Minute,
        b"microsecon" | b"us" | b"usec" | b"useconds" | b"usecs" => Micro,
        b"mil" | b"millennia" | b"millennium" | b"mils" => Millennium,
        b"millisecon" | b"ms" | b"msec" | b"mseconds" | b"msecs" => Milli,
        b"mon" | b"mons" | b"month" | b"months" => Month,
        b"qtr" | b"quarter" | b"timezone" | b"timezone_h" | b"timezone_m" => Unusable,
        b"s" | b"sec" | b"second" | b"seconds" | b"secs" => Second,
        b"w" | b"week" | b"weeks" => Week,
        b"y" | b"year" | b"years" | b"yr" | b"yrs" => Year,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Numbers the way C reads them

/// `strtol` on a field: optional sign, digits. Returns the value
/// (saturated to i64), the bytes used (0 when there are no digits) and
/// whether it overflowed.
fn strtol(b: &[u8]) -> (i64, usize, bool) {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let digits_start = i;
    let mut v: i64 = 0;
    let mut over = false;
    while let Some(&c) = b.get(i) {
        if !c.is_ascii_digit() {
            break;
        }
        let d = (c - b'0') as i64;
        match v.checked_mul(10).and_then(|x| {
            if neg {
                x.checked_sub(d)
            } else {
                x.checked_add(d)
            }
        }) {
            Some(x) => v = x,
            None => {
                over = true;
                v = if neg { i64::MIN } else { i64::MAX };
            }
        }
        i += 1;
    }
    if i == digits_start {
        return (0, 0, false);
    }
    (v, i, over)
}

/// `strtoint`: `strtol` that also overflows outside `i32`.
fn strtoint(b: &[u8]) -> DResult<(i32, usize)> {
    let (v, n, over) = strtol(b);
    if over {
        return Err(Dterr::Field);
    }
    let v = i32::try_from(v).map_err(|_| Dterr::Field)?;
    Ok((v, n))
}

/// `atoi` as glibc computes it (`(int) strtol`, wrapping).
fn atoi(b: &[u8]) -> i32 {
    strtol(b).0 as i32
}

/// The value of a fraction `.ddd` (the `.` included), when the whole slice
/// is one.
fn fraction(b: &[u8]) -> Option<f64> {
    let digits = b.strip_prefix(b".")?;
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    parse_f64(b)
}

fn parse_f64(b: &[u8]) -> Option<f64> {
    std::str::from_utf8(b).ok()?.parse::<f64>().ok()
}

/// Microseconds of a fraction `.ddd` covering the rest of the field (a
/// lone `.` is zero).
fn fractional_second(b: &[u8]) -> DResult<i64> {
    if b == b"." {
        return Ok(0);
    }
    let f = fraction(b).ok_or(Dterr::Bad)?;
    Ok((f * 1_000_000.0).round_ties_even() as i64)
}

// ---------------------------------------------------------------------------
// Date/time decoding

const M_RESERV: u32 = 1 << 0;
const M_MONTH: u32 = 1 << 1;
const M_YEAR: u32 = 1 << 2;
const M_DAY: u32 = 1 << 3;
const M_TZ: u32 = 1 << 5;
const M_DTZ: u32 = 1 << 6;
const M_DYNTZ: u32 = 1 << 7;
const M_DTZMOD: u32 = 1 << 28;
const M_AMPM: u32 = 1 << 9;
const M_HOUR: u32 = 1 << 10;
const M_MINUTE: u32 = 1 << 11;
const M_SECOND: u32 = 1 << 12;
const M_MILLI: u32 = 1 << 13;
const M_MICRO: u32 = 1 << 14;
const M_DOY: u32 = 1 << 15;
const M_DOW: u32 = 1 << 16;
const M_ADBC: u32 = 1 << 18;
const M_DATE: u32 = M_YEAR | M_MONTH | M_DAY;
const M_TIME: u32 = M_HOUR | M_MINUTE | M_SECOND | M_MILLI | M_MICRO;

/// Broken-down fields, as read (not yet validated).
#[derive(Debug, Clone, Copy, Default)]
struct Tm {
    year: i32,
    mon: i32,
    mday: i32,
    hour: i32,
    min: i32,
    sec: i32,
    yday: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Value,
    Epoch,
    Late,
    Early,
}

/// Which zone the civil fields are in.
#[derive(Debug, Clone)]
enum TzSpec {
    /// No zone given.
    Session,
    /// A fixed offset, seconds *west* of Greenwich.
    West(i32),
    /// A named zone, resolved with the date.
    Named(Zone),
    /// A zone pgshim cannot apply (a POSIX zone with daylight-saving
    /// rules): an error only where the zone
    /// matters, since `date` and `timestamp` input ignore zones.
    Unsupported(TimeError),
}

struct Decoded {
    kind: Kind,
    tm: Tm,
    fsec: i64,
    zone: TzSpec,
}

/// State carried across the fields of one date/time.
struct Dt {
    tm: Tm,
    fsec: i64,
    fmask: u32,
    is2digits: bool,
    /// The date came from a Julian day: its year is taken as is.
    julian: bool,
    /// `DateStyle`'s field order.
    order: super::DateOrder,
}

fn days_in_month(y: i32, m: i32) -> i32 {
    civil::days_in_month(y, m as u32) as i32
}

/// PostgreSQL's timestamp range in Unix microseconds: 4714-11-24 BC 00:00
/// up to 294277-01-01 00:00 (the top is beyond i64 here).
const MIN_TIMESTAMP: i64 = -210_866_803_200_000_000;

fn check_timestamp_range(us: i64) -> Option<()> {
    // The upper end of PostgreSQL's range lies past i64::MAX in Unix
    // microseconds; i64::MAX itself is `infinity`.
    (MIN_TIMESTAMP..i64::MAX).contains(&us).then_some(())
}

/// Civil microseconds since 1970 of validated fields (time fields may be
/// out of their usual range, as run-together input allows).
fn civil_micros(tm: &Tm, fsec: i64) -> Option<i64> {
    if !civil::valid_julian(tm.year, tm.mon) {
        return None;
    }
    let days = civil::days_from_civil(tm.year, tm.mon as u32, tm.mday as u32);
    let secs = (tm.hour as i64 * 60 + tm.min as i64) * 60 + tm.sec as i64;
    let t = secs.checked_mul(USECS_PER_SEC)?.checked_add(fsec)?;
    days.checked_mul(USECS_PER_DAY)?.checked_add(t)
}

/// The instant of civil `local` in `zone` by PostgreSQL's gap/fold rule.
fn resolve(local: i64, zone: &Zone) -> i64 {
    Timestamp(local).at_zone(zone).0
}

/// A time zone name as PostgreSQL's zone loader reads it: an IANA name,
/// else a POSIX `TZ` specification. `None` when it is neither.
fn tzset(name: &[u8]) -> Option<DResult<Zone>> {
    let text = std::str::from_utf8(name).ok()?;
    if let Some(z) = Zone::iana(text) {
        return Some(Ok(z));
    }
    match posix_zone(name)? {
        PosixZone::Fixed(east) => Some(Ok(Zone::Fixed(east))),
        // Daylight-saving rules written out: the zone they describe.
        PosixZone::Dst if matches!(super::zone::posix_spec(text), Some(Ok(_))) => {
            super::zone::posix_spec(text).map(|r| r.map_err(Dterr::Msg))
        }
        PosixZone::Dst => Some(Err(Dterr::Msg(TimeError::new(format!(
            "pgshim: POSIX time zone \"{text}\" with daylight-saving rules is not supported; \
             use an IANA zone name"
        ))))),
    }
}

/// Whether a zone name (as `tzset` reads it) has a single offset; `None`
/// when it is not a zone. pgshim knows an IANA zone has one offset only
/// for `UTC` and the `Etc/` zones; PostgreSQL also lets zones such as
/// `Asia/Kolkata` through when the compiled zone has a single offset type
/// (it does not: India changed offsets in the 1940s).
fn zone_is_fixed(name: &[u8]) -> Option<bool> {
    let text = std::str::from_utf8(name).ok()?;
    if let Some(z) = Zone::iana(text) {
        return Some(match z {
            Zone::Fixed(_) => true,
            Zone::Named(tz) => tz.name().starts_with("Etc/") || tz.name() == "UTC",
            Zone::Abbrev(..) | Zone::Posix(_) => false,
        });
    }
    match posix_zone(name)? {
        PosixZone::Fixed(_) => Some(true),
        PosixZone::Dst => Some(false),
    }
}

enum PosixZone {
    /// Seconds east of Greenwich.
    Fixed(i32),
    /// Anything after the standard offset makes a daylight-saving zone.
    Dst,
}

/// A POSIX `TZ` string as PostgreSQL's zone parser reads it: a name (any
/// characters up to a digit, `,`, `+` or `-`, or `<quoted>`), then an
/// offset *west* of Greenwich `[+-]h[:mm[:ss]]` with hours up to 167, then
/// optionally a daylight-saving name, offset and rules. PostgreSQL reads
/// `mars/base10` as ten hours west, and `z13` too.
fn posix_zone(b: &[u8]) -> Option<PosixZone> {
    let (std_end, west) = posix_name_offset(b, 0)?;
    let west = west?;
    if std_end == b.len() {
        return Some(PosixZone::Fixed(-west));
    }
    // The daylight-saving part: a name, maybe an offset, maybe rules
    // (the rules themselves are not checked).
    let (i, _) = posix_name_offset(b, std_end)?;
    match b.get(i) {
        None | Some(b',' | b';') => Some(PosixZone::Dst),
        Some(_) => None,
    }
}

/// A zone name from `i` and, unless the text ends or rules start, an
/// offset in seconds west. Returns where it stopped.
fn posix_name_offset(b: &[u8], mut i: usize) -> Option<(usize, Option<i32>)> {
    if b.get(i) == Some(&b'<') {
        let close = i + b[i..].iter().position(|&c| c == b'>')?;
        if close == i + 1 {
            return None;
        }
        i = close + 1;
    } else {
        let start = i;
        while i < b.len() && !(b[i].is_ascii_digit() || matches!(b[i], b',' | b'-' | b'+')) {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if matches!(b.get(i), None | Some(b',' | b';')) {
        return Some((i, None));
    }
    let mut sign = 1;
    match b.get(i) {
        Some(b'-') => {
            sign = -1;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    let num = |i: &mut usize, max: i32| -> Option<i32> {
        let start = *i;
        let mut v: i32 = 0;
        while let Some(&c) = b.get(*i) {
            if !c.is_ascii_digit() {
                break;
            }
            v = v * 10 + (c - b'0') as i32;
            if v > max {
                return None;
            }
            *i += 1;
        }
        (*i > start).then_some(v)
    };
    let mut secs = num(&mut i, 167)? * 3600;
    if b.get(i) == Some(&b':') {
        i += 1;
        secs += num(&mut i, 59)? * 60;
        if b.get(i) == Some(&b':') {
            i += 1;
            secs += num(&mut i, 60)?;
        }
    }
    Some((i, Some(sign * secs)))
}

/// A time zone abbreviation (`est`, `z`): its offset in seconds east, and
/// the field mask it sets. Daylight-saving abbreviations and date-dependent
/// ones set one more bit than the others, which PostgreSQL then refuses to
/// see before a date field (`PDT 2024-03-10` is a syntax error while
/// `PST 2024-03-10` is not).
fn abbrev(word: &[u8]) -> Option<(DResult<TzSpec>, u32)> {
    let word = std::str::from_utf8(word).ok()?;
    Some(match Zone::abbreviation(word)? {
        Ok(Zone::Fixed(off)) => {
            let m = if DST_ABBREVS.contains(&word) {
                M_TZ | M_DTZ
            } else {
                M_TZ
            };
            (Ok(TzSpec::West(-off)), m)
        }
        // Resolved with the date, as a zone is.
        Ok(z @ Zone::Abbrev(..)) => (Ok(TzSpec::Named(z)), M_TZ | M_DYNTZ),
        Ok(Zone::Named(_) | Zone::Posix(_)) => (Err(Dterr::Bad), M_TZ),
        Err(e) => (Err(Dterr::Msg(e)), M_TZ | M_DYNTZ),
    })
}

/// The daylight-saving abbreviations of PostgreSQL's default set (marked
/// `D` in timezonesets/Default).
static DST_ABBREVS: &[&str] = &[
    "acdt", "acsst", "adt", "aedt", "aesst", "akdt", "almst", "awsst", "azost", "bdst", "brst",
    "bst", "cadt", "cdt", "cest", "cetdst", "chadt", "clst", "edt", "eest", "eetdst", "egst",
    "fjst", "fnst", "idt", "kdt", "kgst", "mdt", "mest", "mesz", "metdst", "msd", "must", "ndt",
    "nzdt", "pdt", "pkst", "pmdt", "pyst", "sadt", "ulast", "uyst", "uzst", "wadt", "wdt",
    "wetdst", "wgst", "yekst",
];

/// `±hh`, `±hhmm`, `±hh:mm`, `±hh:mm:ss` → seconds *west*.
fn decode_offset(b: &[u8]) -> DResult<i32> {
    let neg = match b.first() {
        Some(b'-') => true,
        Some(b'+') => false,
        _ => return Err(Dterr::Bad),
    };
    let body = &b[1..];
    let num = |b: &[u8]| -> DResult<(i32, usize)> { strtoint(b).map_err(|_| Dterr::Tzdisp) };
    let (mut hr, mut used) = num(body)?;
    let (mut min, mut sec) = (0, 0);
    if body.get(used) == Some(&b':') {
        let (m, n) = num(&body[used + 1..])?;
        min = m;
        used += 1 + n;
        if body.get(used) == Some(&b':') {
            let (s2, n) = num(&body[used + 1..])?;
            sec = s2;
            used += 1 + n;
        }
    } else if used == body.len() && b.len() > 3 {
        min = hr % 100;
        hr /= 100;
    }
    if !(0..=15).contains(&hr) || !(0..60).contains(&min) || !(0..60).contains(&sec) {
        return Err(Dterr::Tzdisp);
    }
    let tz = (hr * 60 + min) * 60 + sec;
    if used != body.len() {
        return Err(Dterr::Bad);
    }
    Ok(if neg { tz } else { -tz })
}

/// `hh:mm[:ss[.f]]` or `mm:ss.f` → (hours, minutes, seconds, micros),
/// range-checked field by field (hours unbounded, seconds up to 60).
fn decode_time_fields(b: &[u8]) -> DResult<(i64, i32, i32, i64)> {
    decode_time_fields_in(b, false)
}

/// [`decode_time_fields`]; with `mm_ss`, `a:b` is minutes and seconds
/// (an interval `minute to second`).
fn decode_time_fields_in(b: &[u8], mm_ss: bool) -> DResult<(i64, i32, i32, i64)> {
    let (hour, n, over) = strtol(b);
    if over {
        return Err(Dterr::Field);
    }
    let mut rest = &b[n..];
    if rest.first() != Some(&b':') {
        return Err(Dterr::Bad);
    }
    rest = &rest[1..];
    let (min, n) = strtoint(rest)?;
    rest = &rest[n..];
    let (mut hour, mut min, mut sec, mut usec) = (hour, min, 0i32, 0i64);
    match rest.first() {
        None if mm_ss => {
            sec = min;
            min = i32::try_from(hour).map_err(|_| Dterr::Field)?;
            hour = 0;
        }
        None => {}
        Some(b'.') => {
            // `mm:ss.fff`.
            usec = fractional_second(rest)?;
            let h = i32::try_from(hour).map_err(|_| Dterr::Field)?;
            sec = min;
            min = h;
            hour = 0;
        }
        Some(b':') => {
            rest = &rest[1..];
            let (s, n) = strtoint(rest)?;
            sec = s;
            rest = &rest[n..];
            match rest.first() {
                None => {}
                Some(b'.') => usec = fractional_second(rest)?,
                Some(_) => return Err(Dterr::Bad),
            }
        }
        Some(_) => return Err(Dterr::Bad),
    }
    if hour < 0
        || !(0..60).contains(&min)
        || !(0..=60).contains(&sec)
        || !(0..=USECS_PER_SEC).contains(&usec)
    {
        return Err(Dterr::Field);
    }
    Ok((hour, min, sec, usec))
}

/// A time field for a date/time: sets hour, minute, second, fraction.
fn decode_time(b: &[u8], dt: &mut Dt) -> DResult<u32> {
    let (h, m, s, us) = decode_time_fields(b)?;
    dt.tm.hour = i32::try_from(h).map_err(|_| Dterr::Field)?;
    dt.tm.min = m;
    dt.tm.sec = s;
    dt.fsec = us;
    Ok(M_TIME)
}

/// Whether hour/minute/second/fraction exceed a day or their ranges.
fn time_overflows(tm: &Tm, fsec: i64) -> bool {
    if !(0..=24).contains(&tm.hour)
        || !(0..60).contains(&tm.min)
        || !(0..=60).contains(&tm.sec)
        || !(0..=USECS_PER_SEC).contains(&fsec)
    {
        return true;
    }
    ((tm.hour as i64 * 60 + tm.min as i64) * 60 + tm.sec as i64) * USECS_PER_SEC + fsec
        > USECS_PER_DAY
}

/// A run-together number: `yyyymmdd` / `yymmdd` (no date yet), `hhmmss`,
/// `hhmm`, with an optional fraction of seconds. Returns the mask set.
/// The seconds fraction of a run-together time (`hhmmss.fff`), as
/// `DecodeNumberField` reads it: `strtod` on the rest of the field from the
/// point, so an exponent counts (`.001e6` is 1000 seconds), trailing junk
/// is ignored and no digits read as zero; an overflow or underflow is a
/// bad format, and microseconds outside a 32-bit `fsec_t` become its
/// minimum, as the C conversion does on the platforms PostgreSQL runs on.
fn strtod_fsec(b: &[u8]) -> DResult<i64> {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mant = digits(1);
    if mant == 0 {
        return Ok(0);
    }
    let mut end = 1 + mant;
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = matches!(b.get(end + 1), Some(b'+' | b'-')) as usize;
        let exp = digits(end + 1 + sign);
        if exp > 0 {
            end += 1 + sign + exp;
        }
    }
    let frac = parse_f64(&b[..end]).ok_or(Dterr::Bad)?;
    // strtod's ERANGE: the value overflowed or underflowed to zero.
    if frac.is_infinite() || (frac == 0.0 && b[1..1 + mant].iter().any(|&c| c != b'0')) {
        return Err(Dterr::Bad);
    }
    let us = (frac * 1_000_000.0).round_ties_even();
    Ok(if (-2_147_483_648.0..2_147_483_648.0).contains(&us) {
        us as i64
    } else {
        i64::from(i32::MIN)
    })
}

fn decode_number_field(b: &[u8], fmask: u32, dt: &mut Dt) -> DResult<u32> {
    let mut s = b;
    if let Some(dot) = s.iter().position(|&c| c == b'.') {
        dt.fsec = strtod_fsec(&s[dot..])?;
        s = &s[..dot];
    } else if fmask & M_DATE != M_DATE && s.len() >= 6 {
        let n = s.len();
        dt.tm.mday = atoi(&s[n - 2..]);
        dt.tm.mon = atoi(&s[n - 4..n - 2]);
        dt.tm.year = atoi(&s[..n - 4]);
        if n - 4 == 2 {
            dt.is2digits = true;
        }
        return Ok(M_DATE);
    }
    if fmask & M_TIME != M_TIME {
        if s.len() == 6 {
            dt.tm.sec = atoi(&s[4..6]);
            dt.tm.min = atoi(&s[2..4]);
            dt.tm.hour = atoi(&s[..2]);
            return Ok(M_TIME);
        } else if s.len() == 4 {
            dt.tm.sec = 0;
            dt.tm.min = atoi(&s[2..4]);
            dt.tm.hour = atoi(&s[..2]);
            return Ok(M_TIME);
        }
    }
    Err(Dterr::Bad)
}

/// One number of a date (or a seconds fraction / run-together time),
/// placed by what has been seen so far and `DateStyle`'s field order
/// (DecodeNumber in datetime.c). Returns the mask set.
fn decode_number(b: &[u8], text_month: bool, fmask: u32, dt: &mut Dt) -> DResult<u32> {
    let (val, n) = strtoint(b)?;
    if n == 0 {
        return Err(Dterr::Bad);
    }
    let flen = b.len();
    match b.get(n) {
        None => {}
        Some(b'.') => {
            if n > 2 {
                return decode_number_field(b, fmask | M_DATE, dt);
            }
            dt.fsec = fractional_second(&b[n..])?;
        }
        Some(_) => return Err(Dterr::Bad),
    }
    // Day of year after a lone year.
    if flen == 3 && fmask & M_DATE == M_YEAR && (1..=366).contains(&val) {
        dt.tm.yday = val;
        return Ok(M_DOY | M_MONTH | M_DAY);
    }
    let ymd = dt.order == super::DateOrder::Ymd;
    let tmask = match fmask & M_DATE {
        // A four-digit year first, or the setting's order.
        0 => {
            if flen >= 3 || ymd {
                dt.tm.year = val;
                M_YEAR
            } else if dt.order == super::DateOrder::Dmy {
                dt.tm.mday = val;
                M_DAY
            } else {
                dt.tm.mon = val;
                M_MONTH
            }
        }
        M_YEAR => {
            dt.tm.mon = val;
            M_MONTH
        }
        M_MONTH => {
            if text_month && (flen >= 3 || ymd) {
                dt.tm.year = val;
                M_YEAR
            } else {
                dt.tm.mday = val;
                M_DAY
            }
        }
        x if x == M_YEAR | M_MONTH => {
            if text_month && flen >= 3 && dt.is2digits {
                // `dd-mon-yyyy`: the first number was the day.
                dt.tm.mday = dt.tm.year;
                dt.tm.year = val;
                dt.is2digits = false;
            } else {
                dt.tm.mday = val;
            }
            M_DAY
        }
        M_DAY => {
            dt.tm.mon = val;
            M_MONTH
        }
        x if x == M_MONTH | M_DAY => {
            dt.tm.year = val;
            M_YEAR
        }
        M_DATE => return decode_number_field(b, fmask, dt),
        _ => return Err(Dterr::Bad),
    };
    if tmask == M_YEAR {
        dt.is2digits = flen <= 2;
    }
    Ok(tmask)
}

/// A date field with separators (`2024-03-10`, `10/mar/2024`). Returns the
/// mask set.
fn decode_date(b: &[u8], fmask_in: u32, dt: &mut Dt) -> DResult<u32> {
    let mut subs: [(usize, usize); MAX_FIELDS] = [(0, 0); MAX_FIELDS];
    let mut nf = 0;
    let mut i = 0;
    while i < b.len() && nf < MAX_FIELDS {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == b.len() {
            return Err(Dterr::Bad);
        }
        let start = i;
        if b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
        }
        subs[nf] = (start, i);
        nf += 1;
        // Whatever follows a run is a separator and is dropped.
        if i < b.len() {
            i += 1;
        }
    }
    let mut fmask = fmask_in;
    let mut tmask = 0;
    let mut text_month = false;
    let mut done = [false; MAX_FIELDS];
    for k in 0..nf {
        let f = &b[subs[k].0..subs[k].1];
        if f[0].is_ascii_alphabetic() {
            let dmask = match datetk(f) {
                Some(Tok::Ignore) => continue,
                Some(Tok::Month(m)) => {
                    dt.tm.mon = m;
                    text_month = true;
                    M_MONTH
                }
                _ => return Err(Dterr::Bad),
            };
            if fmask & dmask != 0 {
                return Err(Dterr::Bad);
            }
            fmask |= dmask;
            tmask |= dmask;
            done[k] = true;
        }
    }
    for k in 0..nf {
        if done[k] {
            continue;
        }
        let f = &b[subs[k].0..subs[k].1];
        if f.is_empty() || f[0].is_ascii_alphabetic() {
            // An ignored word (`on`): PostgreSQL reads it as a number.
            return Err(Dterr::Bad);
        }
        let saved = dt.fsec;
        let dmask = decode_number(f, text_month, fmask, dt)?;
        dt.fsec = saved;
        if fmask & dmask != 0 {
            return Err(Dterr::Bad);
        }
        fmask |= dmask;
        tmask |= dmask;
    }
    if fmask & !(M_DOY | M_TZ) != M_DATE {
        return Err(Dterr::Bad);
    }
    Ok(tmask)
}

/// Year sign and two-digit years, day of year, month and day ranges.
fn validate_date(fmask: u32, julian: bool, is2digits: bool, bc: bool, tm: &mut Tm) -> DResult<()> {
    if fmask & M_YEAR != 0 {
        if julian {
            // A Julian day's year is already astronomical.
        } else if bc {
            if tm.year <= 0 {
                return Err(Dterr::Field);
            }
            tm.year = 1 - tm.year;
        } else if is2digits {
            if tm.year < 0 {
                return Err(Dterr::Field);
            }
            if tm.year < 70 {
                tm.year += 2000;
            } else if tm.year < 100 {
                tm.year += 1900;
            }
        } else if tm.year <= 0 {
            return Err(Dterr::Field);
        }
    }
    if fmask & M_DOY != 0 {
        let days = civil::days_from_civil(tm.year, 1, 1) + tm.yday as i64 - 1;
        let (y, m, d) = civil::civil_from_days(days);
        tm.year = y;
        tm.mon = m as i32;
        tm.mday = d as i32;
    }
    if fmask & M_MONTH != 0 && !(1..=12).contains(&tm.mon) {
        return Err(Dterr::Field);
    }
    if fmask & M_DAY != 0 && !(1..=31).contains(&tm.mday) {
        return Err(Dterr::Field);
    }
    if fmask & M_DATE == M_DATE && tm.mday > days_in_month(tm.year, tm.mon) {
        return Err(Dterr::Field);
    }
    Ok(())
}

/// The civil date and time of `now` in the session zone.
fn now_local(cx: &InputCx) -> (Tm, i64, i32) {
    let (local, off) = cx.now.to_local(cx.zone);
    let (d, tod) = local.split();
    let (y, m, dd) = d.ymd();
    let secs = tod / USECS_PER_SEC;
    let tm = Tm {
        year: y,
        mon: m as i32,
        mday: dd as i32,
        hour: (secs / 3600) as i32,
        min: (secs / 60 % 60) as i32,
        sec: (secs % 60) as i32,
        yday: 0,
    };
    (tm, tod % USECS_PER_SEC, off)
}

/// Applies AM/PM to the hour.
fn apply_meridian(mer: Option<Meridian>, tm: &mut Tm) -> DResult<()> {
    if mer.is_some() && tm.hour > 12 {
        return Err(Dterr::Field);
    }
    match mer {
        Some(Meridian::Am) if tm.hour == 12 => tm.hour = 0,
        Some(Meridian::Pm) if tm.hour != 12 => tm.hour += 12,
        _ => {}
    }
    Ok(())
}

/// A number after a label (`y2024`, `j2451545.5`, the `hhmmss` after `t`).
/// Returns the mask set.
fn decode_labelled(label: Label, b: &[u8], fmask: u32, dt: &mut Dt) -> DResult<u32> {
    let (value, n) = strtoint(b)?;
    let rest = &b[n..];
    match rest.first() {
        None => {}
        Some(b'.') if matches!(label, Label::Julian | Label::Time | Label::Second) => {}
        Some(_) => return Err(Dterr::Bad),
    }
    Ok(match label {
        Label::Year => {
            dt.tm.year = value;
            M_YEAR
        }
        Label::Month if fmask & M_MONTH != 0 && fmask & M_HOUR != 0 => {
            // After a month and an hour, `m` means minutes.
            dt.tm.min = value;
            M_MINUTE
        }
        Label::Month => {
            dt.tm.mon = value;
            M_MONTH
        }
        Label::Day => {
            dt.tm.mday = value;
            M_DAY
        }
        Label::Hour => {
            dt.tm.hour = value;
            M_HOUR
        }
        Label::Minute => {
            dt.tm.min = value;
            M_MINUTE
        }
        Label::Second => {
            dt.tm.sec = value;
            if rest.is_empty() {
                M_SECOND
            } else {
                dt.fsec = fractional_second(rest)?;
                M_SECOND | M_MILLI | M_MICRO
            }
        }
        Label::Julian => {
            if value < 0 {
                return Err(Dterr::Field);
            }
            // Julian day 2440588 is 1970-01-01.
            let (y, m, d) = civil::civil_from_days(value as i64 - 2_440_588);
            dt.tm.year = y;
            dt.tm.mon = m as i32;
            dt.tm.mday = d as i32;
            dt.julian = true;
            if rest.is_empty() {
                M_DATE
            } else {
                // A fraction of a day.
                let frac = fraction(rest).ok_or(Dterr::Bad)?;
                let mut us = (frac * USECS_PER_DAY as f64) as i64;
                dt.tm.hour = (us / USECS_PER_HOUR) as i32;
                us -= dt.tm.hour as i64 * USECS_PER_HOUR;
                dt.tm.min = (us / USECS_PER_MINUTE) as i32;
                us -= dt.tm.min as i64 * USECS_PER_MINUTE;
                dt.tm.sec = (us / USECS_PER_SEC) as i32;
                dt.fsec = us - dt.tm.sec as i64 * USECS_PER_SEC;
                M_DATE | M_TIME
            }
        }
        Label::Time => {
            let m = decode_number_field(b, fmask | M_DATE, dt)?;
            if m != M_TIME {
                return Err(Dterr::Bad);
            }
            m
        }
        Label::Unusable => return Err(Dterr::Bad),
    })
}

/// Decodes the fields of a `date`, `timestamp` or `timestamptz`.
fn decode_datetime(f: &Fields, cx: &InputCx) -> DResult<Decoded> {
    let mut dt = Dt {
        tm: Tm::default(),
        fsec: 0,
        fmask: 0,
        is2digits: false,
        julian: false,
        order: cx.order,
    };
    let mut kind = Kind::Value;
    let mut ptype: Option<Label> = None;
    let mut text_month = false;
    let mut mer = None;
    let mut bc = false;
    let mut zone = TzSpec::Session;
    for i in 0..f.n {
        let (ft, b) = f.get(i);
        let fmask = dt.fmask;
        let tmask: u32 = match ft {
            Ft::Date if ptype == Some(Label::Julian) => {
                // A Julian day with an offset: `j2451545-05`.
                ptype = None;
                let (val, n) = strtoint(b)?;
                if val < 0 {
                    return Err(Dterr::Field);
                }
                let (y, m, d) = civil::civil_from_days(val as i64 - 2_440_588);
                dt.tm.year = y;
                dt.tm.mon = m as i32;
                dt.tm.mday = d as i32;
                dt.julian = true;
                zone = TzSpec::West(decode_offset(&b[n..])?);
                M_DATE | M_TIME | M_TZ
            }
            Ft::Date => {
                if ptype.is_some() || fmask & (M_MONTH | M_DAY) == M_MONTH | M_DAY {
                    if b[0].is_ascii_digit() || ptype.is_some() {
                        // A run-together time with an offset: `103000-05`.
                        if ptype.take().is_some_and(|p| p != Label::Time) {
                            return Err(Dterr::Bad);
                        }
                        if fmask & M_TIME == M_TIME {
                            return Err(Dterr::Bad);
                        }
                        let dash = b.iter().position(|&c| c == b'-').ok_or(Dterr::Bad)?;
                        zone = TzSpec::West(decode_offset(&b[dash..])?);
                        decode_number_field(&b[..dash], fmask, &mut dt)? | M_TZ
                    } else {
                        match tzset(b) {
                            Some(Ok(z)) => zone = TzSpec::Named(z),
                            Some(Err(Dterr::Msg(e))) => zone = TzSpec::Unsupported(e),
                            Some(Err(e)) => return Err(e),
                            None => {
                                return Err(Dterr::Msg(TimeError::unknown_zone(
                                    &String::from_utf8_lossy(b),
                                )));
                            }
                        }
                        M_TZ
                    }
                } else {
                    decode_date(b, fmask, &mut dt)?
                }
            }
            Ft::Time => {
                if ptype.take().is_some_and(|p| p != Label::Time) {
                    return Err(Dterr::Bad);
                }
                let m = decode_time(b, &mut dt)?;
                if time_overflows(&dt.tm, dt.fsec) {
                    return Err(Dterr::Field);
                }
                m
            }
            Ft::Tz => {
                zone = TzSpec::West(decode_offset(b)?);
                M_TZ
            }
            Ft::Number => {
                if let Some(label) = ptype.take() {
                    kind = Kind::Value;
                    decode_labelled(label, b, fmask, &mut dt)?
                } else {
                    let flen = b.len();
                    let dot = b.iter().position(|&c| c == b'.');
                    match dot {
                        Some(_) if fmask & M_DATE == 0 => decode_date(b, fmask, &mut dt)?,
                        Some(d) if d > 2 => decode_number_field(b, fmask, &mut dt)?,
                        _ if flen >= 6 && (fmask & M_DATE == 0 || fmask & M_TIME == 0) => {
                            decode_number_field(b, fmask, &mut dt)?
                        }
                        _ => decode_number(b, text_month, fmask, &mut dt)?,
                    }
                }
            }
            Ft::Str | Ft::Special => {
                if let Some((off, mask)) = abbrev(b) {
                    zone = match off {
                        Ok(spec) => spec,
                        Err(Dterr::Msg(e)) => TzSpec::Unsupported(e),
                        Err(e) => return Err(e),
                    };
                    mask
                } else {
                    match datetk(b) {
                        Some(Tok::Ignore) => continue,
                        Some(Tok::Reserved(sp)) => match sp {
                            Special::Now => {
                                let (tm, fsec, off) = now_local(cx);
                                dt.tm = tm;
                                dt.fsec = fsec;
                                zone = TzSpec::West(-off);
                                kind = Kind::Value;
                                M_DATE | M_TIME | M_TZ
                            }
                            Special::Today | Special::Tomorrow | Special::Yesterday => {
                                let (tm, _, _) = now_local(cx);
                                let delta = match sp {
                                    Special::Tomorrow => 1,
                                    Special::Yesterday => -1,
                                    _ => 0,
                                };
                                let days =
                                    civil::days_from_civil(tm.year, tm.mon as u32, tm.mday as u32)
                                        + delta;
                                let (y, m, d) = civil::civil_from_days(days);
                                dt.tm.year = y;
                                dt.tm.mon = m as i32;
                                dt.tm.mday = d as i32;
                                kind = Kind::Value;
                                M_DATE
                            }
                            Special::Allballs => {
                                dt.tm.hour = 0;
                                dt.tm.min = 0;
                                dt.tm.sec = 0;
                                zone = TzSpec::West(0);
                                kind = Kind::Value;
                                M_TIME | M_TZ
                            }
                            Special::Epoch => {
                                kind = Kind::Epoch;
                                M_RESERV
                            }
                            Special::Late => {
                                kind = Kind::Late;
                                M_RESERV
                            }
                            Special::Early => {
                                kind = Kind::Early;
                                M_RESERV
                            }
                        },
                        Some(Tok::Month(m)) => {
                            let mut t = M_MONTH;
                            if fmask & M_MONTH != 0
                                && !text_month
                                && fmask & M_DAY == 0
                                && (1..=31).contains(&dt.tm.mon)
                            {
                                // `10 mar`... after a number read as a month:
                                // that number was the day.
                                dt.tm.mday = dt.tm.mon;
                                t = M_DAY;
                            }
                            text_month = true;
                            dt.tm.mon = m;
                            t
                        }
                        Some(Tok::Dow) => M_DOW,
                        Some(Tok::AmPm(m)) => {
                            mer = Some(m);
                            M_AMPM
                        }
                        Some(Tok::Bc(is_bc)) => {
                            bc = is_bc;
                            M_ADBC
                        }
                        Some(Tok::IsoTime) => {
                            if fmask & M_DATE != M_DATE {
                                return Err(Dterr::Bad);
                            }
                            if i + 1 >= f.n
                                || !matches!(f.ft(i + 1), Ft::Number | Ft::Time | Ft::Date)
                            {
                                return Err(Dterr::Bad);
                            }
                            ptype = Some(Label::Time);
                            0
                        }
                        Some(Tok::Label(label)) => {
                            ptype = Some(label);
                            0
                        }
                        Some(Tok::DstModifier) => {
                            // `CET DST`: a later zone replaces the offset.
                            if let TzSpec::West(w) = zone {
                                zone = TzSpec::West(w - 3600);
                            }
                            M_DTZMOD | M_DTZ
                        }
                        None => match tzset(b) {
                            Some(z) => {
                                zone = match z {
                                    Ok(z) => TzSpec::Named(z),
                                    Err(Dterr::Msg(e)) => TzSpec::Unsupported(e),
                                    Err(e) => return Err(e),
                                };
                                M_TZ
                            }
                            None => return Err(Dterr::Bad),
                        },
                    }
                }
            }
        };
        if tmask & dt.fmask != 0 {
            return Err(Dterr::Bad);
        }
        dt.fmask |= tmask;
    }
    let fmask = dt.fmask;
    validate_date(fmask, dt.julian, dt.is2digits, bc, &mut dt.tm)?;
    apply_meridian(mer, &mut dt.tm)?;
    if kind == Kind::Value {
        if fmask & M_DATE != M_DATE {
            return Err(Dterr::Bad);
        }
        // `DST` goes only with an abbreviation or offset.
        if fmask & M_DTZMOD != 0 && !matches!(zone, TzSpec::West(_)) {
            return Err(Dterr::Bad);
        }
    }
    Ok(Decoded {
        kind,
        tm: dt.tm,
        fsec: dt.fsec,
        zone,
    })
}

/// Decodes the fields of a `time`: dates and zones are read, then ignored.
fn decode_time_only(f: &Fields, cx: &InputCx) -> DResult<(Tm, i64, TzSpec)> {
    let mut dt = Dt {
        tm: Tm::default(),
        fsec: 0,
        fmask: 0,
        is2digits: false,
        julian: false,
        order: cx.order,
    };
    let mut ptype: Option<Label> = None;
    let mut mer = None;
    let mut bc = false;
    let mut named_fixed: Option<bool> = None;
    let mut zone = TzSpec::Session;
    let nf = f.n;
    for i in 0..nf {
        let (ft, b) = f.get(i);
        let fmask = dt.fmask;
        let tmask: u32 = match ft {
            Ft::Date => {
                if i == 0 && nf >= 2 && (f.ft(nf - 1) == Ft::Date || f.ft(1) == Ft::Time) {
                    decode_date(b, fmask, &mut dt)?
                } else if b[0].is_ascii_digit() {
                    if fmask & M_TIME == M_TIME {
                        return Err(Dterr::Bad);
                    }
                    let dash = b.iter().position(|&c| c == b'-').ok_or(Dterr::Bad)?;
                    zone = TzSpec::West(decode_offset(&b[dash..])?);
                    decode_number_field(&b[..dash], fmask | M_DATE, &mut dt)? | M_TZ
                } else {
                    match zone_is_fixed(b) {
                        Some(fixed) => named_fixed = Some(fixed),
                        None => {
                            return Err(Dterr::Msg(TimeError::unknown_zone(
                                &String::from_utf8_lossy(b),
                            )));
                        }
                    }
                    zone = named_spec(b)?;
                    M_TZ
                }
            }
            Ft::Time => decode_time(b, &mut dt)?,
            Ft::Tz => {
                zone = TzSpec::West(decode_offset(b)?);
                M_TZ
            }
            Ft::Number => {
                if let Some(label) = ptype.take() {
                    decode_labelled(label, b, fmask, &mut dt)?
                } else {
                    let flen = b.len();
                    match b.iter().position(|&c| c == b'.') {
                        Some(_) if i == 0 && nf >= 2 && f.ft(nf - 1) == Ft::Date => {
                            decode_date(b, fmask, &mut dt)?
                        }
                        Some(d) if d > 2 => decode_number_field(b, fmask | M_DATE, &mut dt)?,
                        Some(_) => return Err(Dterr::Bad),
                        None if flen > 4 => decode_number_field(b, fmask | M_DATE, &mut dt)?,
                        None => decode_number(b, false, fmask | M_DATE, &mut dt)?,
                    }
                }
            }
            Ft::Str | Ft::Special => {
                if let Some((off, mask)) = abbrev(b) {
                    zone = match off {
                        Ok(spec) => spec,
                        Err(Dterr::Msg(e)) => TzSpec::Unsupported(e),
                        Err(e) => return Err(e),
                    };
                    mask
                } else {
                    match datetk(b) {
                        Some(Tok::Ignore) => continue,
                        Some(Tok::Reserved(Special::Now)) => {
                            let (tm, fsec, _) = now_local(cx);
                            dt.tm.hour = tm.hour;
                            dt.tm.min = tm.min;
                            dt.tm.sec = tm.sec;
                            dt.fsec = fsec;
                            M_TIME
                        }
                        Some(Tok::Reserved(Special::Allballs)) => {
                            dt.tm.hour = 0;
                            dt.tm.min = 0;
                            dt.tm.sec = 0;
                            dt.fsec = 0;
                            M_TIME | M_TZ
                        }
                        Some(Tok::AmPm(m)) => {
                            mer = Some(m);
                            M_AMPM
                        }
                        Some(Tok::Bc(is_bc)) => {
                            bc = is_bc;
                            M_ADBC
                        }
                        Some(Tok::IsoTime) => {
                            if i + 1 >= nf
                                || !matches!(f.ft(i + 1), Ft::Number | Ft::Time | Ft::Date)
                            {
                                return Err(Dterr::Bad);
                            }
                            ptype = Some(Label::Time);
                            0
                        }
                        Some(Tok::Label(label)) => {
                            ptype = Some(label);
                            0
                        }
                        Some(Tok::DstModifier) => {
                            if let TzSpec::West(w) = zone {
                                zone = TzSpec::West(w - 3600);
                            }
                            M_DTZMOD | M_DTZ
                        }
                        Some(_) => return Err(Dterr::Bad),
                        None => match zone_is_fixed(b) {
                            Some(fixed) => {
                                named_fixed = Some(fixed);
                                zone = named_spec(b)?;
                                M_TZ
                            }
                            None => return Err(Dterr::Bad),
                        },
                    }
                }
            }
        };
        if tmask & dt.fmask != 0 {
            return Err(Dterr::Bad);
        }
        dt.fmask |= tmask;
    }
    let fmask = dt.fmask;
    validate_date(fmask, dt.julian, dt.is2digits, bc, &mut dt.tm)?;
    apply_meridian(mer, &mut dt.tm)?;
    if time_overflows(&dt.tm, dt.fsec) {
        return Err(Dterr::Field);
    }
    if fmask & M_TIME != M_TIME {
        return Err(Dterr::Bad);
    }
    // `DST` goes only with an abbreviation or offset.
    if fmask & M_DTZMOD != 0 && (named_fixed.is_some() || fmask & (M_TZ | M_DYNTZ) != M_TZ) {
        return Err(Dterr::Bad);
    }
    // A zone whose offset changes needs a date (to be read, then ignored).
    if named_fixed == Some(false) && fmask & M_DATE != M_DATE {
        return Err(Dterr::Bad);
    }
    // Without a zone, the session zone is resolved on the date: a partial
    // one is an error (DecodeTimeOnly, also for `time`).
    if (fmask & M_TZ == 0 || fmask & M_DYNTZ != 0)
        && fmask & M_DATE != 0
        && fmask & M_DATE != M_DATE
    {
        return Err(Dterr::Bad);
    }
    Ok((dt.tm, dt.fsec, zone))
}

/// A zone name in date/time input as a [`TzSpec`].
fn named_spec(b: &[u8]) -> DResult<TzSpec> {
    Ok(match tzset(b) {
        Some(Ok(z)) => TzSpec::Named(z),
        Some(Err(Dterr::Msg(e))) => TzSpec::Unsupported(e),
        Some(Err(e)) => return Err(e),
        None => return Err(Dterr::Bad),
    })
}

// ---------------------------------------------------------------------------
// Intervals

/// Interval parts as read, before years and months are combined.
#[derive(Debug, Clone, Copy, Default)]
struct Parts {
    micros: i64,
    days: i32,
    months: i32,
    years: i32,
}

const M_WEEK: u32 = 1 << 24;
const M_DECADE: u32 = 1 << 25;
const M_CENTURY: u32 = 1 << 26;
const M_MILLENNIUM: u32 = 1 << 27;
const M_ALL_SECS: u32 = M_SECOND | M_MILLI | M_MICRO;

impl Parts {
    fn add_micros(&mut self, us: i64) -> Option<()> {
        self.micros = self.micros.checked_add(us)?;
        Some(())
    }

    /// Adds `frac × scale` microseconds, rounding the last microsecond.
    fn add_frac_micros(&mut self, frac: f64, scale: i64) -> Option<()> {
        if frac == 0.0 {
            return Some(());
        }
        let f = frac * scale as f64;
        let us = f as i64;
        let us = (us as f64 + (f - us as f64).round_ties_even()) as i64;
        self.add_micros(us)
    }

    /// `val` whole units of `scale` microseconds plus a fraction.
    fn add_unit_micros(&mut self, val: i64, frac: f64, scale: i64) -> Option<()> {
        self.add_micros(val.checked_mul(scale)?)?;
        self.add_frac_micros(frac, scale)
    }

    /// Adds `frac × scale` days: whole days, the rest in microseconds.
    fn add_frac_days(&mut self, frac: f64, scale: i32) -> Option<()> {
        if frac == 0.0 {
            return Some(());
        }
        let f = frac * scale as f64;
        let extra = f as i32;
        self.days = self.days.checked_add(extra)?;
        self.add_frac_micros(f - extra as f64, USECS_PER_DAY)
    }

    fn add_days(&mut self, val: i64, scale: i32) -> Option<()> {
        let v = i32::try_from(val).ok()?;
        self.days = self.days.checked_add(v.checked_mul(scale)?)?;
        Some(())
    }

    fn add_months(&mut self, val: i64) -> Option<()> {
        let v = i32::try_from(val).ok()?;
        self.months = self.months.checked_add(v)?;
        Some(())
    }

    fn add_years(&mut self, val: i64, scale: i32) -> Option<()> {
        let v = i32::try_from(val).ok()?;
        self.years = self.years.checked_add(v.checked_mul(scale)?)?;
        Some(())
    }

    /// A fraction of `scale` years, rounded to whole months.
    fn add_frac_years(&mut self, frac: f64, scale: i32) -> Option<()> {
        let extra = (frac * scale as f64 * 12.0).round_ties_even() as i32;
        self.months = self.months.checked_add(extra)?;
        Some(())
    }
}

/// Applies `val` (+ `frac`) of `unit`; returns the field mask.
fn apply_unit(p: &mut Parts, unit: Unit, val: i64, frac: f64) -> DResult<u32> {
    let r = match unit {
        Unit::Micro => p.add_unit_micros(val, frac, 1).map(|_| M_MICRO),
        Unit::Milli => p.add_unit_micros(val, frac, 1000).map(|_| M_MILLI),
        Unit::Second => p
            .add_unit_micros(val, frac, USECS_PER_SEC)
            .map(|_| if frac == 0.0 { M_SECOND } else { M_ALL_SECS }),
        Unit::Minute => p
            .add_unit_micros(val, frac, USECS_PER_MINUTE)
            .map(|_| M_MINUTE),
        Unit::Hour => p.add_unit_micros(val, frac, USECS_PER_HOUR).map(|_| M_HOUR),
        Unit::Day => p
            .add_days(val, 1)
            .and_then(|_| p.add_frac_micros(frac, USECS_PER_DAY))
            .map(|_| M_DAY),
        Unit::Week => p
            .add_days(val, 7)
            .and_then(|_| p.add_frac_days(frac, 7))
            .map(|_| M_WEEK),
        Unit::Month => p
            .add_months(val)
            .and_then(|_| p.add_frac_days(frac, 30))
            .map(|_| M_MONTH),
        Unit::Year => p
            .add_years(val, 1)
            .and_then(|_| p.add_frac_years(frac, 1))
            .map(|_| M_YEAR),
        Unit::Decade => p
            .add_years(val, 10)
            .and_then(|_| p.add_frac_years(frac, 10))
            .map(|_| M_DECADE),
        Unit::Century => p
            .add_years(val, 100)
            .and_then(|_| p.add_frac_years(frac, 100))
            .map(|_| M_CENTURY),
        Unit::Millennium => p
            .add_years(val, 1000)
            .and_then(|_| p.add_frac_years(frac, 1000))
            .map(|_| M_MILLENNIUM),
        Unit::Unusable | Unit::Ago => return Err(Dterr::Bad),
    };
    r.ok_or(Dterr::Field)
}

/// A time field of an interval: replaces the microseconds read so far.
/// With `mm_ss` (`minute to second`), `a:b` is minutes and seconds.
fn interval_time(b: &[u8], p: &mut Parts, mm_ss: bool) -> DResult<()> {
    let (h, m, s, us) = decode_time_fields_in(b, mm_ss)?;
    let total = h
        .checked_mul(USECS_PER_HOUR)
        .and_then(|x| x.checked_add(us))
        .and_then(|x| x.checked_add(m as i64 * USECS_PER_MINUTE))
        .and_then(|x| x.checked_add(s as i64 * USECS_PER_SEC))
        .ok_or(Dterr::Field)?;
    p.micros = total;
    Ok(())
}

/// Decodes interval fields, right to left so that units come before their
/// numbers.
fn decode_interval(
    f: &Fields,
    p: &mut Parts,
    sql_standard: bool,
    range: super::IntervalRange,
) -> DResult<()> {
    use super::IntervalRange as R;
    // A number without a unit: the type's last field.
    let default_unit = match range.0 {
        R::YEAR => Unit::Year,
        m if m == R::MONTH || m == R::YEAR | R::MONTH => Unit::Month,
        R::DAY => Unit::Day,
        m if m == R::HOUR || m == R::DAY | R::HOUR => Unit::Hour,
        m if m == R::MINUTE || m == R::HOUR | R::MINUTE || m == R::DAY | R::HOUR | R::MINUTE => {
            Unit::Minute
        }
        _ => Unit::Second,
    };
    let mm_ss = range.0 == R::MINUTE | R::SECOND;
    let mut fmask = 0u32;
    let signed = |i: usize| matches!(f.get(i).1.first(), Some(b'-' | b'+'));
    let force_negative =
        sql_standard && f.n > 0 && f.get(0).1.first() == Some(&b'-') && !(1..f.n).any(signed);
    let mut is_before = false;
    // The unit of the next number to the left; `None` = not yet known.
    let mut unit: Option<Unit> = None;
    for i in (0..f.n).rev() {
        let (ft, b) = f.get(i);
        let tmask = match ft {
            Ft::Time => {
                interval_time(b, p, mm_ss)?;
                if force_negative && p.micros > 0 {
                    p.micros = -p.micros;
                }
                unit = Some(Unit::Day);
                M_TIME
            }
            Ft::Tz if b[1..].contains(&b':') && interval_time(&b[1..], p, mm_ss).is_ok() => {
                if b[0] == b'-' {
                    p.micros = p.micros.checked_neg().ok_or(Dterr::Field)?;
                }
                if force_negative && p.micros > 0 {
                    p.micros = -p.micros;
                }
                unit = Some(Unit::Day);
                M_TIME
            }
            Ft::Tz | Ft::Date | Ft::Number => {
                let u = *unit.get_or_insert(default_unit);
                let (mut val, n, over) = strtol(b);
                if over {
                    return Err(Dterr::Field);
                }
                let rest = &b[n..];
                let (u, frac) = match rest.first() {
                    Some(b'-') => {
                        // SQL `years-months`.
                        let (v2, n2) = strtoint(&rest[1..])?;
                        if !(0..12).contains(&v2) {
                            return Err(Dterr::Field);
                        }
                        if n2 + 1 != rest.len() {
                            return Err(Dterr::Bad);
                        }
                        let v2 = if b[0] == b'-' { -v2 } else { v2 };
                        val = val
                            .checked_mul(12)
                            .and_then(|v| v.checked_add(v2 as i64))
                            .ok_or(Dterr::Field)?;
                        unit = Some(Unit::Month);
                        (Unit::Month, 0.0)
                    }
                    Some(b'.') => {
                        let frac = if rest.len() == 1 {
                            0.0
                        } else {
                            fraction(rest).ok_or(Dterr::Bad)?
                        };
                        (u, if b[0] == b'-' { -frac } else { frac })
                    }
                    None => (u, 0.0),
                    Some(_) => return Err(Dterr::Bad),
                };
                let (val, frac) = if force_negative {
                    (
                        if val > 0 { -val } else { val },
                        if frac > 0.0 { -frac } else { frac },
                    )
                } else {
                    (val, frac)
                };
                let m = apply_unit(p, u, val, frac)?;
                if u == Unit::Hour {
                    unit = Some(Unit::Day);
                }
                m
            }
            Ft::Str | Ft::Special => match deltatk(b) {
                Some(Unit::Ago) => {
                    is_before = true;
                    unit = Some(Unit::Ago);
                    0
                }
                Some(u) => {
                    unit = Some(u);
                    0
                }
                None => return Err(Dterr::Bad),
            },
        };
        if tmask & fmask != 0 {
            return Err(Dterr::Bad);
        }
        fmask |= tmask;
    }
    if fmask == 0 {
        return Err(Dterr::Bad);
    }
    if is_before {
        p.micros = p.micros.checked_neg().ok_or(Dterr::Field)?;
        p.days = p.days.checked_neg().ok_or(Dterr::Field)?;
        p.months = p.months.checked_neg().ok_or(Dterr::Field)?;
        p.years = p.years.checked_neg().ok_or(Dterr::Field)?;
    }
    Ok(())
}

/// An ISO 8601 number (`strtod` syntax without hexadecimal): integer part
/// truncated toward zero and the fraction. Returns the bytes used.
fn iso_number(b: &[u8]) -> DResult<(i64, f64, usize)> {
    match b.first() {
        Some(c) if c.is_ascii_digit() || *c == b'-' || *c == b'.' => {}
        _ => return Err(Dterr::Bad),
    }
    let mut i = 0;
    if b[0] == b'-' {
        i = 1;
    }
    let rest = &b[i..];
    // `inf`, `infinity`, `nan` (any case) are numbers to strtod, and too big.
    let lower = |k: usize| rest.get(k).map(|c| c.to_ascii_lowercase());
    if (lower(0), lower(1), lower(2)) == (Some(b'i'), Some(b'n'), Some(b'f'))
        || (lower(0), lower(1), lower(2)) == (Some(b'n'), Some(b'a'), Some(b'n'))
    {
        return Err(Dterr::Field);
    }
    let int_start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if b.get(i) == Some(&b'.') {
        let mut j = i + 1;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        ndigits += j - i - 1;
        if ndigits > 0 {
            i = j;
        }
    }
    if ndigits == 0 {
        return Err(Dterr::Bad);
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_start = j;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let val = parse_f64(&b[..i]).ok_or(Dterr::Bad)?;
    if val.is_nan() || !(-1.0e15..=1.0e15).contains(&val) {
        return Err(Dterr::Field);
    }
    let ipart = val.trunc() as i64;
    Ok((ipart, val - ipart as f64, i))
}

/// Digits at the start of a field (after an optional `-`).
fn iso_int_width(b: &[u8]) -> usize {
    let b = b.strip_prefix(b"-").unwrap_or(b);
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// ISO 8601 intervals: `P1Y2M3W4DT5H6M7.5S`, and the alternative forms
/// `P0001-02-03T04:05:06` and `P00010203T040506`.
fn decode_iso8601_interval(s: &[u8], p: &mut Parts) -> DResult<()> {
    if s.len() < 2 || s[0] != b'P' {
        return Err(Dterr::Bad);
    }
    let ovf = |r: Option<()>| r.ok_or(Dterr::Field);
    let mut i = 1;
    let mut datepart = true;
    let mut havefield = false;
    while i < s.len() {
        if s[i] == b'T' {
            datepart = false;
            havefield = false;
            i += 1;
            continue;
        }
        let fieldstart = i;
        let (val, frac, n) = iso_number(&s[i..])?;
        i += n;
        let unit = s.get(i).copied().unwrap_or(0);
        i += 1;
        if datepart {
            match unit {
                b'Y' => ovf(p.add_years(val, 1).and_then(|_| p.add_frac_years(frac, 1)))?,
                b'M' => ovf(p.add_months(val).and_then(|_| p.add_frac_days(frac, 30)))?,
                b'W' => ovf(p.add_days(val, 7).and_then(|_| p.add_frac_days(frac, 7)))?,
                b'D' => ovf(p
                    .add_days(val, 1)
                    .and_then(|_| p.add_frac_micros(frac, USECS_PER_DAY)))?,
                b'T' | 0 | b'-' => {
                    if unit != b'-' && iso_int_width(&s[fieldstart..]) == 8 && !havefield {
                        // `yyyymmdd`.
                        ovf(p
                            .add_years(val / 10000, 1)
                            .and_then(|_| p.add_months((val / 100) % 100))
                            .and_then(|_| p.add_days(val % 100, 1))
                            .and_then(|_| p.add_frac_micros(frac, USECS_PER_DAY)))?;
                        if unit == 0 {
                            return Ok(());
                        }
                        datepart = false;
                        havefield = false;
                        continue;
                    }
                    // `yyyy-mm-dd`.
                    if havefield {
                        return Err(Dterr::Bad);
                    }
                    ovf(p.add_years(val, 1).and_then(|_| p.add_frac_years(frac, 1)))?;
                    if unit == 0 {
                        return Ok(());
                    }
                    if unit == b'T' {
                        datepart = false;
                        havefield = false;
                        continue;
                    }
                    let (val, frac, n) = iso_number(&s[i..])?;
                    i += n;
                    ovf(p.add_months(val).and_then(|_| p.add_frac_days(frac, 30)))?;
                    match s.get(i) {
                        None => return Ok(()),
                        Some(b'T') => {
                            datepart = false;
                            havefield = false;
                            i += 1;
                            continue;
                        }
                        Some(b'-') => i += 1,
                        Some(_) => return Err(Dterr::Bad),
                    }
                    let (val, frac, n) = iso_number(&s[i..])?;
                    i += n;
                    ovf(p
                        .add_days(val, 1)
                        .and_then(|_| p.add_frac_micros(frac, USECS_PER_DAY)))?;
                    match s.get(i) {
                        None => return Ok(()),
                        Some(b'T') => {
                            datepart = false;
                            havefield = false;
                            i += 1;
                            continue;
                        }
                        Some(_) => return Err(Dterr::Bad),
                    }
                }
                _ => return Err(Dterr::Bad),
            }
        } else {
            match unit {
                b'H' => ovf(p.add_unit_micros(val, frac, USECS_PER_HOUR))?,
                b'M' => ovf(p.add_unit_micros(val, frac, USECS_PER_MINUTE))?,
                b'S' => ovf(p.add_unit_micros(val, frac, USECS_PER_SEC))?,
                0 | b':' => {
                    if unit == 0 && iso_int_width(&s[fieldstart..]) == 6 && !havefield {
                        // `hhmmss`.
                        ovf(p
                            .add_unit_micros(val / 10000, 0.0, USECS_PER_HOUR)
                            .and_then(|_| {
                                p.add_unit_micros((val / 100) % 100, 0.0, USECS_PER_MINUTE)
                            })
                            .and_then(|_| p.add_unit_micros(val % 100, 0.0, USECS_PER_SEC))
                            .and_then(|_| p.add_frac_micros(frac, 1)))?;
                        return Ok(());
                    }
                    // `hh:mm:ss`.
                    if havefield {
                        return Err(Dterr::Bad);
                    }
                    ovf(p.add_unit_micros(val, frac, USECS_PER_HOUR))?;
                    if unit == 0 {
                        return Ok(());
                    }
                    let (val, frac, n) = iso_number(&s[i..])?;
                    i += n;
                    ovf(p.add_unit_micros(val, frac, USECS_PER_MINUTE))?;
                    match s.get(i) {
                        None => return Ok(()),
                        Some(b':') => i += 1,
                        Some(_) => return Err(Dterr::Bad),
                    }
                    let (val, frac, n) = iso_number(&s[i..])?;
                    i += n;
                    ovf(p.add_unit_micros(val, frac, USECS_PER_SEC))?;
                    return if i == s.len() {
                        Ok(())
                    } else {
                        Err(Dterr::Bad)
                    };
                }
                _ => return Err(Dterr::Bad),
            }
        }
        havefield = true;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::output;

    fn zone(name: &str) -> Zone {
        Zone::from_setting(name).unwrap().0
    }

    /// Parses `input` as `ty` in `zone` and renders PostgreSQL's text
    /// output (or `ERROR: message`).
    fn run(ty: &str, zone_name: &str, input: &str, now: Timestamptz) -> String {
        let z = zone(zone_name);
        let cx = InputCx {
            zone: &z,
            now,
            order: crate::time::DateOrder::Mdy,
        };
        let r = match ty {
            "date" => date(input, &cx).map(output::date),
            "time" => time(input, &cx).map(output::time),
            "timestamp" => timestamp(input, &cx).map(output::timestamp),
            "timestamptz" => timestamptz(input, &cx).map(|t| output::timestamptz(t, &z)),
            "interval" => interval(input).map(output::interval),
            _ => unreachable!(),
        };
        match r {
            Ok(s) => s,
            Err(e) => format!("ERROR: {e}"),
        }
    }

    #[test]
    fn matches_postgres() {
        let now = Timestamptz(0);
        let mut bad = Vec::new();
        for &(ty, z, input, want) in PG_CASES {
            let got = run(ty, z, input, now);
            if got != want {
                bad.push(format!(
                    "{ty} [{z}] {input:?}\n   want {want}\n    got {got}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
    /// `now` and its family against a fixed transaction start, 2024-03-10
    /// 07:30:15.5 UTC (03:30:15.5 in New York, just after spring-forward).
    /// PostgreSQL (checked in one transaction in America/New_York):
    /// `'now'::timestamptz = now()`, `'now'::timestamp = localtimestamp`,
    /// `'now'::time = localtime`, `'today'::date = current_date`,
    /// `'today'::timestamptz = date_trunc('day', now())`,
    /// `'tomorrow'::timestamp = date_trunc('day', localtimestamp) + '1 day'`,
    /// `'today 10:00'::timestamp = current_date + time '10:00'`, all true.
    #[test]
    fn now_and_relative_days() {
        let now = Timestamptz(
            civil::days_from_civil(2024, 3, 10) * USECS_PER_DAY
                + 7 * USECS_PER_HOUR
                + 30 * USECS_PER_MINUTE
                + 15_500_000,
        );
        let ny = "America/New_York";
        let cases = [
            ("timestamptz", "now", "2024-03-10 03:30:15.5-04"),
            ("timestamptz", "NOW", "2024-03-10 03:30:15.5-04"),
            ("timestamp", "now", "2024-03-10 03:30:15.5"),
            ("time", "now", "03:30:15.5"),
            ("date", "now", "2024-03-10"),
            ("date", "today", "2024-03-10"),
            ("date", "tomorrow", "2024-03-11"),
            ("date", "yesterday", "2024-03-09"),
            ("timestamptz", "today", "2024-03-10 00:00:00-05"),
            ("timestamptz", "tomorrow", "2024-03-11 00:00:00-04"),
            ("timestamptz", "yesterday", "2024-03-09 00:00:00-05"),
            ("timestamp", "today 10:00", "2024-03-10 10:00:00"),
            (
                "timestamptz",
                "tomorrow 10:00 UTC",
                "2024-03-11 06:00:00-04",
            ),
            (
                "timestamp",
                "now 10:00",
                r#"ERROR: invalid input syntax for type timestamp: "now 10:00""#,
            ),
            (
                "timestamp",
                "today tomorrow",
                r#"ERROR: invalid input syntax for type timestamp: "today tomorrow""#,
            ),
            (
                "timestamp",
                "now America/New_York",
                r#"ERROR: invalid input syntax for type timestamp: "now America/New_York""#,
            ),
            (
                "time",
                "today",
                r#"ERROR: invalid input syntax for type time: "today""#,
            ),
        ];
        for (ty, input, want) in cases {
            assert_eq!(run(ty, ny, input, now), want, "{ty} {input:?}");
        }
    }

    /// Inputs PostgreSQL accepts that pgshim refuses on purpose (module
    /// docs, "Differences"). PostgreSQL's answers are in the comments.
    #[test]
    fn documented_differences() {
        let now = Timestamptz(0);
        let cases = [
            // PG: 294276-12-31 23:59:59 (beyond i64 Unix microseconds here).
            (
                "timestamp",
                "294276-12-31 23:59:59",
                "ERROR: timestamp out of range: \"294276-12-31 23:59:59\"",
            ),
            // PG: 269 years (strtod reads hexadecimal).
            (
                "interval",
                "P0x10D",
                "ERROR: invalid input syntax for type interval: \"P0x10D\"",
            ),
        ];
        for (ty, input, want) in cases {
            assert_eq!(run(ty, "UTC", input, now), want, "{ty} {input:?}");
        }
    }

    /// PostgreSQL's work buffers: 128 bytes of fields (with terminators)
    /// for `date` and `time`, 152 for timestamps, 255 for intervals.
    /// Answers observed on PostgreSQL 15.
    #[test]
    fn work_buffer_limits() {
        let z = |n: usize| "0".repeat(n);
        let now = Timestamptz(0);
        let ok = |ty: &str, s: &str, want: &str| assert_eq!(run(ty, "UTC", s, now), want, "{s}");
        let bad = |ty: &str, pgty: &str, s: &str| {
            assert_eq!(
                run(ty, "UTC", s, now),
                format!("ERROR: invalid input syntax for type {pgty}: \"{s}\""),
            )
        };
        ok(
            "date",
            &format!("2024-03-10 10:00:00.{}", z(100)),
            "2024-03-10",
        );
        bad("date", "date", &format!("2024-03-10 10:00:00.{}", z(120)));
        ok(
            "timestamp",
            &format!("2024-03-10 10:00:00.{}", z(120)),
            "2024-03-10 10:00:00",
        );
        bad(
            "timestamp",
            "timestamp",
            &format!("2024-03-10 10:00:00.{}", z(140)),
        );
        bad("time", "time", &format!("10:00:00.{}", z(120)));
        ok(
            "interval",
            &format!("1 day 10:00:00.{}", z(240)),
            "1 day 10:00:00",
        );
        bad(
            "interval",
            "interval",
            &format!("1 day 10:00:00.{}", z(260)),
        );
    }

    proptest::proptest! {
        /// Stored intervals (PostgreSQL's output form) read back exactly.
        /// The one exception is a time part of exactly i64::MIN
        /// microseconds, which PostgreSQL cannot read back either.
        #[test]
        fn interval_output_round_trips(
            months in proptest::prelude::any::<i32>(),
            days in proptest::prelude::any::<i32>(),
            micros in (i64::MIN + 1)..=i64::MAX,
            small in -100_000_000_000i64..100_000_000_000,
        ) {
            for iv in [Interval::new(months, days, micros), Interval::new(months % 30, days % 40, small)] {
                let text = output::interval(iv);
                proptest::prop_assert_eq!(interval(&text), Ok(iv), "{}", text);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// No input panics: arbitrary strings, and strings built from the
        /// pieces the parsers look for.
        #[test]
        fn never_panics(s in "\\PC{0,40}", t in "([0-9]{1,20}|[-+:./ T]|[a-zA-Z]{1,12}|P|@|ago|bc|pm|\\.[0-9]{0,9}){0,14}") {
            let now = Timestamptz(1_700_000_000_000_000);
            for input in [s.as_str(), t.as_str()] {
                for z in ["UTC", "America/New_York"] {
                    for ty in ["date", "time", "timestamp", "timestamptz", "interval"] {
                        let _ = run(ty, z, input, now);
                    }
                }
            }
        }
    }

    #[test]
    fn extreme_values_do_not_panic() {
        let now = Timestamptz(i64::MAX - 1);
        for input in [
            "99999999999999999999-01-01",
            "2147483647-12-31",
            "-2147483648",
            "2024-01-01 2147483647:00",
            "20240101 999999",
            "P9999999999999999Y",
            "P1e15Y",
            "PT1e15H",
            "-9223372036854775808 us ago",
            "-2147483648 mons ago",
            "178956970 years 11 mons",
            "1e308",
            "now",
            "today",
            "infinity",
        ] {
            for ty in ["date", "time", "timestamp", "timestamptz", "interval"] {
                let _ = run(ty, "Pacific/Apia", input, now);
            }
        }
    }

    // Generated from live PostgreSQL 15.18 answers (DateStyle ISO, MDY;
    // IntervalStyle postgres): (type, session zone, input, PostgreSQL's
    // text output or error message).
    #[rustfmt::skip]
const PG_CASES: &[(&str, &str, &str, &str)] = &[
    ("timestamptz", "UTC", "2024-03-10 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10T10:00:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.5", "2024-03-10 10:00:00.5+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.123456", "2024-03-10 10:00:00.123456+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.1234565", "2024-03-10 10:00:00.123456+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.1234575", "2024-03-10 10:00:00.123458+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.9999995", "2024-03-10 10:00:01+00"),
    ("timestamptz", "UTC", "  2024-03-10 10:00  ", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00Z", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 z", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00+05", "2024-03-10 05:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00-05:30", "2024-03-10 15:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00+0530", "2024-03-10 04:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 +05:30:15", "2024-03-10 04:29:45+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00+16", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+16""#),
    ("timestamptz", "UTC", "2024-03-10 10:00+15:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+15:60""#),
    ("timestamptz", "UTC", "2024-03-10 10:00+5.5", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00+5.5""#),
    ("timestamptz", "UTC", "2024-11-03 01:30 America/New_York", "2024-11-03 06:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 02:30 America/New_York", "2024-03-10 07:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 EST", "2024-03-10 15:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 PST", "2024-03-10 18:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 UTC", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 GMT", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 Mars/Base", r#"ERROR: time zone "mars/base" not recognized"#),
    ("timestamptz", "UTC", "2024-03-10 10:00 Japan", "2024-03-10 01:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 utc+5", "2024-03-10 15:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 foo", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 foo""#),
    ("timestamptz", "UTC", "epoch", "1970-01-01 00:00:00+00"),
    ("timestamptz", "UTC", "infinity", "infinity"),
    ("timestamptz", "UTC", "-infinity", "-infinity"),
    ("timestamptz", "UTC", "+infinity", r#"ERROR: invalid input syntax for type timestamp with time zone: "+infinity""#),
    ("timestamptz", "UTC", "allballs", r#"ERROR: invalid input syntax for type timestamp with time zone: "allballs""#),
    ("timestamptz", "UTC", "2024-03-10 allballs", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "Infinity", "infinity"),
    ("timestamptz", "UTC", "EPOCH", "1970-01-01 00:00:00+00"),
    ("timestamptz", "UTC", "03/10/2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "03/10/2024 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "March 10, 2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "March 10, 2024 10:00 PM", "2024-03-10 22:00:00+00"),
    ("timestamptz", "UTC", "10 Mar 2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024-Mar-10", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "10-Mar-2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "Mar-10-2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "20240310", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "20240310 103000", "2024-03-10 10:30:00+00"),
    ("timestamptz", "UTC", "20240310T103000", "2024-03-10 10:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10T103000", "2024-03-10 10:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10T10", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10T10""#),
    ("timestamptz", "UTC", "20240310T10:30", "2024-03-10 10:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00 BC", "2024-03-10 10:00:00+00 BC"),
    ("timestamptz", "UTC", "2024-03-10 BC", "2024-03-10 00:00:00+00 BC"),
    ("timestamptz", "UTC", "0001-01-01 BC", "0001-01-01 00:00:00+00 BC"),
    ("timestamptz", "UTC", "0000-01-01", r#"ERROR: date/time field value out of range: "0000-01-01""#),
    ("timestamptz", "UTC", "2024-03-10 AD", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024-02-30", r#"ERROR: date/time field value out of range: "2024-02-30""#),
    ("timestamptz", "UTC", "2024-02-29", "2024-02-29 00:00:00+00"),
    ("timestamptz", "UTC", "2023-02-29", r#"ERROR: date/time field value out of range: "2023-02-29""#),
    ("timestamptz", "UTC", "13/01/2024", r#"ERROR: date/time field value out of range: "13/01/2024""#),
    ("timestamptz", "UTC", "2024-13-01", r#"ERROR: date/time field value out of range: "2024-13-01""#),
    ("timestamptz", "UTC", "2024-00-10", r#"ERROR: date/time field value out of range: "2024-00-10""#),
    ("timestamptz", "UTC", "2024-03-32", r#"ERROR: date/time field value out of range: "2024-03-32""#),
    ("timestamptz", "UTC", "2024-03-10 24:00", "2024-03-11 00:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 24:00:01", r#"ERROR: date/time field value out of range: "2024-03-10 24:00:01""#),
    ("timestamptz", "UTC", "2024-03-10 25:00", r#"ERROR: date/time field value out of range: "2024-03-10 25:00""#),
    ("timestamptz", "UTC", "2024-03-10 10:60", r#"ERROR: date/time field value out of range: "2024-03-10 10:60""#),
    ("timestamptz", "UTC", "2024-03-10 10:59:60", "2024-03-10 11:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 12:30 am", "2024-03-10 00:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 12:30 pm", "2024-03-10 12:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 1:30 pm", "2024-03-10 13:30:00+00"),
    ("timestamptz", "UTC", "2024-03-10 13:30 pm", r#"ERROR: date/time field value out of range: "2024-03-10 13:30 pm""#),
    ("timestamptz", "UTC", "24-03-10", r#"ERROR: date/time field value out of range: "24-03-10""#),
    ("timestamptz", "UTC", "03/10/24", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "3/10/70", "1970-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "3/10/69", "2069-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024.03.10", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024/03/10", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "10:00 2024-03-10", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00 2024-03-10""#),
    ("timestamptz", "UTC", "2024-03-10 10:00 10:00", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 10:00""#),
    ("timestamptz", "UTC", "", r#"ERROR: invalid input syntax for type timestamp with time zone: """#),
    ("timestamptz", "UTC", " ", r#"ERROR: invalid input syntax for type timestamp with time zone: " ""#),
    ("timestamptz", "UTC", "garbage", r#"ERROR: invalid input syntax for type timestamp with time zone: "garbage""#),
    ("timestamptz", "UTC", "2024-03-10 é", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 é""#),
    ("timestamptz", "UTC", "Sun Mar 10 2024 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "Sunday, March 10, 2024", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 at 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024 070", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "2024-070", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "300000-01-01", r#"ERROR: timestamp out of range: "300000-01-01""#),
    ("timestamptz", "UTC", "4714-11-24 00:00:00 BC", "4714-11-24 00:00:00+00 BC"),
    ("timestamptz", "UTC", "4714-11-23 00:00:00 BC", r#"ERROR: timestamp out of range: "4714-11-23 00:00:00 BC""#),
    ("timestamptz", "UTC", "12345-01-01", "12345-01-01 00:00:00+00"),
    ("timestamptz", "UTC", "10000-01-01", "10000-01-01 00:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00.5.5", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00:00.5.5""#),
    ("timestamptz", "UTC", "12:", r#"ERROR: invalid input syntax for type timestamp with time zone: "12:""#),
    ("timestamptz", "UTC", "2024-03-10 12::30", "2024-03-10 12:00:30+00"),
    ("timestamptz", "UTC", "2024-03-10T", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10T""#),
    ("timestamptz", "UTC", "2024-03-10 T10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "y2024m03d10", "2024-03-10 00:00:00+00"),
    ("timestamptz", "UTC", "J2451545", "2000-01-01 00:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 CET DST", "2024-03-10 08:00:00+00"),
    ("timestamptz", "UTC", "99999999999-01-01", r#"ERROR: date/time field value out of range: "99999999999-01-01""#),
    ("timestamptz", "UTC", "2024-03-10 99999999999:00", r#"ERROR: date/time field value out of range: "2024-03-10 99999999999:00""#),
    ("timestamptz", "UTC", "2024-01-01 256199", "2024-01-02 02:02:39+00"),
    ("timestamptz", "UTC", "Mar 10", r#"ERROR: invalid input syntax for type timestamp with time zone: "Mar 10""#),
    ("timestamptz", "UTC", "10:00", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00""#),
    ("timestamptz", "UTC", "2024-03-10 10:00 -", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 -""#),
    ("timestamptz", "UTC", "2024-03-10 - 05", "2024-03-10 05:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 - 05", "2024-03-10 15:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 -infinity", "-infinity"),
    ("timestamptz", "UTC", "2024-03-10 10:00 America/New_York+1", "2024-03-10 11:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 EST5EDT", "2024-03-10 14:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 Etc/GMT+5", "2024-03-10 15:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 america/new_york", "2024-03-10 14:00:00+00"),
    ("timestamptz", "UTC", "Mar 10 2024 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "UTC", "10 March 2024 10:00 +01", "2024-03-10 09:00:00+00"),
    ("timestamptz", "UTC", "2024-3-1", "2024-03-01 00:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00:00+00:00:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00:00+00:00:60""#),
    ("timestamptz", "UTC", "2024-03-10 10:00 +5", "2024-03-10 05:00:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 +123", "2024-03-10 08:37:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 +1234", "2024-03-09 21:26:00+00"),
    ("timestamptz", "UTC", "2024-03-10 10:00 +12345", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00 +12345""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10T10:00:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.5", "2024-03-10 10:00:00.5-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.123456", "2024-03-10 10:00:00.123456-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.1234565", "2024-03-10 10:00:00.123456-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.1234575", "2024-03-10 10:00:00.123458-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.9999995", "2024-03-10 10:00:01-04"),
    ("timestamptz", "America/New_York", "  2024-03-10 10:00  ", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00Z", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 z", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00+05", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00-05:30", "2024-03-10 11:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00+0530", "2024-03-09 23:30:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 +05:30:15", "2024-03-09 23:29:45-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00+16", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+16""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00+15:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+15:60""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00+5.5", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00+5.5""#),
    ("timestamptz", "America/New_York", "2024-11-03 01:30 America/New_York", "2024-11-03 01:30:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 02:30 America/New_York", "2024-03-10 03:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 EST", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 PST", "2024-03-10 14:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 UTC", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 GMT", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 Mars/Base", r#"ERROR: time zone "mars/base" not recognized"#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 Japan", "2024-03-09 20:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 utc+5", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 foo", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 foo""#),
    ("timestamptz", "America/New_York", "epoch", "1969-12-31 19:00:00-05"),
    ("timestamptz", "America/New_York", "infinity", "infinity"),
    ("timestamptz", "America/New_York", "-infinity", "-infinity"),
    ("timestamptz", "America/New_York", "+infinity", r#"ERROR: invalid input syntax for type timestamp with time zone: "+infinity""#),
    ("timestamptz", "America/New_York", "allballs", r#"ERROR: invalid input syntax for type timestamp with time zone: "allballs""#),
    ("timestamptz", "America/New_York", "2024-03-10 allballs", "2024-03-09 19:00:00-05"),
    ("timestamptz", "America/New_York", "Infinity", "infinity"),
    ("timestamptz", "America/New_York", "EPOCH", "1969-12-31 19:00:00-05"),
    ("timestamptz", "America/New_York", "03/10/2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "03/10/2024 10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "March 10, 2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "March 10, 2024 10:00 PM", "2024-03-10 22:00:00-04"),
    ("timestamptz", "America/New_York", "10 Mar 2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-Mar-10", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "10-Mar-2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "Mar-10-2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "20240310", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "20240310 103000", "2024-03-10 10:30:00-04"),
    ("timestamptz", "America/New_York", "20240310T103000", "2024-03-10 10:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10T103000", "2024-03-10 10:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10T10", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10T10""#),
    ("timestamptz", "America/New_York", "20240310T10:30", "2024-03-10 10:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 BC", "2024-03-10 10:00:00-04:56:02 BC"),
    ("timestamptz", "America/New_York", "2024-03-10 BC", "2024-03-10 00:00:00-04:56:02 BC"),
    ("timestamptz", "America/New_York", "0001-01-01 BC", "0001-01-01 00:00:00-04:56:02 BC"),
    ("timestamptz", "America/New_York", "0000-01-01", r#"ERROR: date/time field value out of range: "0000-01-01""#),
    ("timestamptz", "America/New_York", "2024-03-10 AD", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-02-30", r#"ERROR: date/time field value out of range: "2024-02-30""#),
    ("timestamptz", "America/New_York", "2024-02-29", "2024-02-29 00:00:00-05"),
    ("timestamptz", "America/New_York", "2023-02-29", r#"ERROR: date/time field value out of range: "2023-02-29""#),
    ("timestamptz", "America/New_York", "13/01/2024", r#"ERROR: date/time field value out of range: "13/01/2024""#),
    ("timestamptz", "America/New_York", "2024-13-01", r#"ERROR: date/time field value out of range: "2024-13-01""#),
    ("timestamptz", "America/New_York", "2024-00-10", r#"ERROR: date/time field value out of range: "2024-00-10""#),
    ("timestamptz", "America/New_York", "2024-03-32", r#"ERROR: date/time field value out of range: "2024-03-32""#),
    ("timestamptz", "America/New_York", "2024-03-10 24:00", "2024-03-11 00:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 24:00:01", r#"ERROR: date/time field value out of range: "2024-03-10 24:00:01""#),
    ("timestamptz", "America/New_York", "2024-03-10 25:00", r#"ERROR: date/time field value out of range: "2024-03-10 25:00""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:60", r#"ERROR: date/time field value out of range: "2024-03-10 10:60""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:59:60", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 12:30 am", "2024-03-10 00:30:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 12:30 pm", "2024-03-10 12:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 1:30 pm", "2024-03-10 13:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 13:30 pm", r#"ERROR: date/time field value out of range: "2024-03-10 13:30 pm""#),
    ("timestamptz", "America/New_York", "24-03-10", r#"ERROR: date/time field value out of range: "24-03-10""#),
    ("timestamptz", "America/New_York", "03/10/24", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "3/10/70", "1970-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "3/10/69", "2069-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024.03.10", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024/03/10", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "10:00 2024-03-10", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00 2024-03-10""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 10:00", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 10:00""#),
    ("timestamptz", "America/New_York", "", r#"ERROR: invalid input syntax for type timestamp with time zone: """#),
    ("timestamptz", "America/New_York", " ", r#"ERROR: invalid input syntax for type timestamp with time zone: " ""#),
    ("timestamptz", "America/New_York", "garbage", r#"ERROR: invalid input syntax for type timestamp with time zone: "garbage""#),
    ("timestamptz", "America/New_York", "2024-03-10 é", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 é""#),
    ("timestamptz", "America/New_York", "Sun Mar 10 2024 10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "Sunday, March 10, 2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 at 10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024 070", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-070", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "300000-01-01", r#"ERROR: timestamp out of range: "300000-01-01""#),
    ("timestamptz", "America/New_York", "4714-11-24 00:00:00 BC", "4714-11-24 00:00:00-04:56:02 BC"),
    ("timestamptz", "America/New_York", "4714-11-23 00:00:00 BC", r#"ERROR: timestamp out of range: "4714-11-23 00:00:00 BC""#),
    ("timestamptz", "America/New_York", "12345-01-01", "12345-01-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "10000-01-01", "10000-01-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.5.5", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00:00.5.5""#),
    ("timestamptz", "America/New_York", "12:", r#"ERROR: invalid input syntax for type timestamp with time zone: "12:""#),
    ("timestamptz", "America/New_York", "2024-03-10 12::30", "2024-03-10 12:00:30-04"),
    ("timestamptz", "America/New_York", "2024-03-10T", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10T""#),
    ("timestamptz", "America/New_York", "2024-03-10 T10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "y2024m03d10", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "J2451545", "2000-01-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 CET DST", "2024-03-10 04:00:00-04"),
    ("timestamptz", "America/New_York", "99999999999-01-01", r#"ERROR: date/time field value out of range: "99999999999-01-01""#),
    ("timestamptz", "America/New_York", "2024-03-10 99999999999:00", r#"ERROR: date/time field value out of range: "2024-03-10 99999999999:00""#),
    ("timestamptz", "America/New_York", "2024-01-01 256199", "2024-01-02 02:02:39-05"),
    ("timestamptz", "America/New_York", "Mar 10", r#"ERROR: invalid input syntax for type timestamp with time zone: "Mar 10""#),
    ("timestamptz", "America/New_York", "10:00", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 -", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 -""#),
    ("timestamptz", "America/New_York", "2024-03-10 - 05", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 - 05", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 -infinity", "-infinity"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 America/New_York+1", "2024-03-10 07:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 EST5EDT", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 Etc/GMT+5", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 america/new_york", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "Mar 10 2024 10:00", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "10 March 2024 10:00 +01", "2024-03-10 05:00:00-04"),
    ("timestamptz", "America/New_York", "2024-3-1", "2024-03-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00+00:00:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00:00+00:00:60""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 +5", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 +123", "2024-03-10 04:37:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 +1234", "2024-03-09 16:26:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 +12345", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00 +12345""#),
    ("timestamp", "UTC", "2024-03-10 10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10T10:00:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.5", "2024-03-10 10:00:00.5"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.123456", "2024-03-10 10:00:00.123456"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.1234565", "2024-03-10 10:00:00.123456"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.1234575", "2024-03-10 10:00:00.123458"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.9999995", "2024-03-10 10:00:01"),
    ("timestamp", "UTC", "  2024-03-10 10:00  ", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00Z", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 z", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00+05", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00-05:30", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00+0530", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 +05:30:15", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00+16", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+16""#),
    ("timestamp", "UTC", "2024-03-10 10:00+15:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00+15:60""#),
    ("timestamp", "UTC", "2024-03-10 10:00+5.5", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00+5.5""#),
    ("timestamp", "UTC", "2024-11-03 01:30 America/New_York", "2024-11-03 01:30:00"),
    ("timestamp", "UTC", "2024-03-10 02:30 America/New_York", "2024-03-10 02:30:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 EST", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 PST", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 UTC", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 GMT", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 Mars/Base", r#"ERROR: time zone "mars/base" not recognized"#),
    ("timestamp", "UTC", "2024-03-10 10:00 Japan", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 utc+5", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 foo", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 foo""#),
    ("timestamp", "UTC", "epoch", "1970-01-01 00:00:00"),
    ("timestamp", "UTC", "infinity", "infinity"),
    ("timestamp", "UTC", "-infinity", "-infinity"),
    ("timestamp", "UTC", "+infinity", r#"ERROR: invalid input syntax for type timestamp: "+infinity""#),
    ("timestamp", "UTC", "allballs", r#"ERROR: invalid input syntax for type timestamp: "allballs""#),
    ("timestamp", "UTC", "2024-03-10 allballs", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "Infinity", "infinity"),
    ("timestamp", "UTC", "EPOCH", "1970-01-01 00:00:00"),
    ("timestamp", "UTC", "03/10/2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "03/10/2024 10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "March 10, 2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "March 10, 2024 10:00 PM", "2024-03-10 22:00:00"),
    ("timestamp", "UTC", "10 Mar 2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024-Mar-10", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "10-Mar-2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "Mar-10-2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "20240310", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "20240310 103000", "2024-03-10 10:30:00"),
    ("timestamp", "UTC", "20240310T103000", "2024-03-10 10:30:00"),
    ("timestamp", "UTC", "2024-03-10T103000", "2024-03-10 10:30:00"),
    ("timestamp", "UTC", "2024-03-10T10", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10T10""#),
    ("timestamp", "UTC", "20240310T10:30", "2024-03-10 10:30:00"),
    ("timestamp", "UTC", "2024-03-10 10:00:00 BC", "2024-03-10 10:00:00 BC"),
    ("timestamp", "UTC", "2024-03-10 BC", "2024-03-10 00:00:00 BC"),
    ("timestamp", "UTC", "0001-01-01 BC", "0001-01-01 00:00:00 BC"),
    ("timestamp", "UTC", "0000-01-01", r#"ERROR: date/time field value out of range: "0000-01-01""#),
    ("timestamp", "UTC", "2024-03-10 AD", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024-02-30", r#"ERROR: date/time field value out of range: "2024-02-30""#),
    ("timestamp", "UTC", "2024-02-29", "2024-02-29 00:00:00"),
    ("timestamp", "UTC", "2023-02-29", r#"ERROR: date/time field value out of range: "2023-02-29""#),
    ("timestamp", "UTC", "13/01/2024", r#"ERROR: date/time field value out of range: "13/01/2024""#),
    ("timestamp", "UTC", "2024-13-01", r#"ERROR: date/time field value out of range: "2024-13-01""#),
    ("timestamp", "UTC", "2024-00-10", r#"ERROR: date/time field value out of range: "2024-00-10""#),
    ("timestamp", "UTC", "2024-03-32", r#"ERROR: date/time field value out of range: "2024-03-32""#),
    ("timestamp", "UTC", "2024-03-10 24:00", "2024-03-11 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 24:00:01", r#"ERROR: date/time field value out of range: "2024-03-10 24:00:01""#),
    ("timestamp", "UTC", "2024-03-10 25:00", r#"ERROR: date/time field value out of range: "2024-03-10 25:00""#),
    ("timestamp", "UTC", "2024-03-10 10:60", r#"ERROR: date/time field value out of range: "2024-03-10 10:60""#),
    ("timestamp", "UTC", "2024-03-10 10:59:60", "2024-03-10 11:00:00"),
    ("timestamp", "UTC", "2024-03-10 12:30 am", "2024-03-10 00:30:00"),
    ("timestamp", "UTC", "2024-03-10 12:30 pm", "2024-03-10 12:30:00"),
    ("timestamp", "UTC", "2024-03-10 1:30 pm", "2024-03-10 13:30:00"),
    ("timestamp", "UTC", "2024-03-10 13:30 pm", r#"ERROR: date/time field value out of range: "2024-03-10 13:30 pm""#),
    ("timestamp", "UTC", "24-03-10", r#"ERROR: date/time field value out of range: "24-03-10""#),
    ("timestamp", "UTC", "03/10/24", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "3/10/70", "1970-03-10 00:00:00"),
    ("timestamp", "UTC", "3/10/69", "2069-03-10 00:00:00"),
    ("timestamp", "UTC", "2024.03.10", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024/03/10", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "10:00 2024-03-10", r#"ERROR: invalid input syntax for type timestamp: "10:00 2024-03-10""#),
    ("timestamp", "UTC", "2024-03-10 10:00 10:00", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 10:00""#),
    ("timestamp", "UTC", "", r#"ERROR: invalid input syntax for type timestamp: """#),
    ("timestamp", "UTC", " ", r#"ERROR: invalid input syntax for type timestamp: " ""#),
    ("timestamp", "UTC", "garbage", r#"ERROR: invalid input syntax for type timestamp: "garbage""#),
    ("timestamp", "UTC", "2024-03-10 é", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 é""#),
    ("timestamp", "UTC", "Sun Mar 10 2024 10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "Sunday, March 10, 2024", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 at 10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024 070", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024-070", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "300000-01-01", r#"ERROR: timestamp out of range: "300000-01-01""#),
    ("timestamp", "UTC", "4714-11-24 00:00:00 BC", "4714-11-24 00:00:00 BC"),
    ("timestamp", "UTC", "4714-11-23 00:00:00 BC", r#"ERROR: timestamp out of range: "4714-11-23 00:00:00 BC""#),
    ("timestamp", "UTC", "12345-01-01", "12345-01-01 00:00:00"),
    ("timestamp", "UTC", "10000-01-01", "10000-01-01 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00:00.5.5", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00:00.5.5""#),
    ("timestamp", "UTC", "12:", r#"ERROR: invalid input syntax for type timestamp: "12:""#),
    ("timestamp", "UTC", "2024-03-10 12::30", "2024-03-10 12:00:30"),
    ("timestamp", "UTC", "2024-03-10T", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10T""#),
    ("timestamp", "UTC", "2024-03-10 T10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "y2024m03d10", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "J2451545", "2000-01-01 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 CET DST", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 MSK", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "99999999999-01-01", r#"ERROR: date/time field value out of range: "99999999999-01-01""#),
    ("timestamp", "UTC", "2024-03-10 99999999999:00", r#"ERROR: date/time field value out of range: "2024-03-10 99999999999:00""#),
    ("timestamp", "UTC", "2024-01-01 256199", "2024-01-02 02:02:39"),
    ("timestamp", "UTC", "Mar 10", r#"ERROR: invalid input syntax for type timestamp: "Mar 10""#),
    ("timestamp", "UTC", "10:00", r#"ERROR: invalid input syntax for type timestamp: "10:00""#),
    ("timestamp", "UTC", "2024-03-10 10:00 -", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 -""#),
    ("timestamp", "UTC", "2024-03-10 - 05", "2024-03-10 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 - 05", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 -infinity", "-infinity"),
    ("timestamp", "UTC", "2024-03-10 10:00 America/New_York+1", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 EST5EDT", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 Etc/GMT+5", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 america/new_york", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "Mar 10 2024 10:00", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "10 March 2024 10:00 +01", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-3-1", "2024-03-01 00:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00:00+00:00:60", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00:00+00:00:60""#),
    ("timestamp", "UTC", "2024-03-10 10:00 +5", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 +123", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 +1234", "2024-03-10 10:00:00"),
    ("timestamp", "UTC", "2024-03-10 10:00 +12345", r#"ERROR: time zone displacement out of range: "2024-03-10 10:00 +12345""#),
    ("date", "UTC", "2024-03-10", "2024-03-10"),
    ("date", "UTC", "2024-03-10 10:00", "2024-03-10"),
    ("date", "UTC", "2024-03-10 10:00+05", "2024-03-10"),
    ("date", "UTC", "2024-03-10 25:00", r#"ERROR: date/time field value out of range: "2024-03-10 25:00""#),
    ("date", "UTC", "03/10/2024", "2024-03-10"),
    ("date", "UTC", "March 10, 2024", "2024-03-10"),
    ("date", "UTC", "10 Mar 2024", "2024-03-10"),
    ("date", "UTC", "2024-Mar-10", "2024-03-10"),
    ("date", "UTC", "20240310", "2024-03-10"),
    ("date", "UTC", "epoch", "1970-01-01"),
    ("date", "UTC", "infinity", "infinity"),
    ("date", "UTC", "-infinity", "-infinity"),
    ("date", "UTC", "2024-02-30", r#"ERROR: date/time field value out of range: "2024-02-30""#),
    ("date", "UTC", "0044-03-15 BC", "0044-03-15 BC"),
    ("date", "UTC", "10:00", r#"ERROR: invalid input syntax for type date: "10:00""#),
    ("date", "UTC", "garbage", r#"ERROR: invalid input syntax for type date: "garbage""#),
    ("date", "UTC", "2024-03-10 Mars/Base", r#"ERROR: time zone "mars/base" not recognized"#),
    ("date", "UTC", "6000000-01-01", r#"ERROR: date out of range: "6000000-01-01""#),
    ("date", "UTC", "5874897-12-31", "5874897-12-31"),
    ("date", "UTC", "4714-11-24 BC", "4714-11-24 BC"),
    ("date", "UTC", "4714-11-23 BC", r#"ERROR: date out of range: "4714-11-23 BC""#),
    ("date", "UTC", "2024-03-10 America/New_York", "2024-03-10"),
    ("date", "UTC", "allballs", r#"ERROR: invalid input syntax for type date: "allballs""#),
    ("date", "UTC", "2024-03-10T10:00Z", "2024-03-10"),
    ("date", "UTC", "2024", r#"ERROR: invalid input syntax for type date: "2024""#),
    ("time", "UTC", "10:00", "10:00:00"),
    ("time", "UTC", "10:00:00.5", "10:00:00.5"),
    ("time", "UTC", "10:00:00.1234565", "10:00:00.123456"),
    ("time", "UTC", "1:30 PM", "13:30:00"),
    ("time", "UTC", "12:30 am", "00:30:00"),
    ("time", "UTC", "12:30 pm", "12:30:00"),
    ("time", "UTC", "13:30 pm", r#"ERROR: date/time field value out of range: "13:30 pm""#),
    ("time", "UTC", "24:00:00", "24:00:00"),
    ("time", "UTC", "24:00:01", r#"ERROR: date/time field value out of range: "24:00:01""#),
    ("time", "UTC", "23:59:60", "24:00:00"),
    ("time", "UTC", "23:59:60.5", r#"ERROR: date/time field value out of range: "23:59:60.5""#),
    ("time", "UTC", "12:59:60", "13:00:00"),
    ("time", "UTC", "12:59:59.9999999", "13:00:00"),
    ("time", "UTC", "allballs", "00:00:00"),
    ("time", "UTC", "2024-03-10 10:00:00", "10:00:00"),
    ("time", "UTC", "2024-03-10 10:00:00+05", "10:00:00"),
    ("time", "UTC", "10:00 PST", "10:00:00"),
    ("time", "UTC", "10:00+05", "10:00:00"),
    ("time", "UTC", "10:00 America/New_York", r#"ERROR: invalid input syntax for type time: "10:00 America/New_York""#),
    ("time", "UTC", "2024-03-10 10:00 America/New_York", "10:00:00"),
    ("time", "UTC", "10:00 Asia/Kolkata", r#"ERROR: invalid input syntax for type time: "10:00 Asia/Kolkata""#),
    ("time", "UTC", "10:00 UTC", "10:00:00"),
    ("time", "UTC", "10:00 Etc/GMT+5", "10:00:00"),
    ("time", "UTC", "T10:00", "10:00:00"),
    ("time", "UTC", "103000", "10:30:00"),
    ("time", "UTC", "1030", "10:30:00"),
    ("time", "UTC", "10", r#"ERROR: invalid input syntax for type time: "10""#),
    ("time", "UTC", "10:00 Mars/Base", r#"ERROR: time zone "mars/base" not recognized"#),
    ("time", "UTC", "12:", "12:00:00"),
    ("time", "UTC", "12::30", "12:00:30"),
    ("time", "UTC", "10:60", r#"ERROR: date/time field value out of range: "10:60""#),
    ("time", "UTC", "-10:00", r#"ERROR: invalid input syntax for type time: "-10:00""#),
    ("time", "UTC", "garbage", r#"ERROR: invalid input syntax for type time: "garbage""#),
    ("time", "UTC", "", r#"ERROR: invalid input syntax for type time: """#),
    ("time", "UTC", "epoch", r#"ERROR: invalid input syntax for type time: "epoch""#),
    ("time", "UTC", "10:00 AD", "10:00:00"),
    ("time", "UTC", "10:00:00.", "10:00:00"),
    ("time", "UTC", "T103000", "10:30:00"),
    ("time", "UTC", "103000.5", "10:30:00.5"),
    ("time", "UTC", "10:30.5", "00:10:30.5"),
    ("time", "UTC", "10:00 2024-03-10", r#"ERROR: invalid input syntax for type time: "10:00 2024-03-10""#),
    ("time", "UTC", "2024-03-10T10:00", r#"ERROR: invalid input syntax for type time: "2024-03-10T10:00""#),
    ("time", "UTC", "03/10/2024 10:00", "10:00:00"),
    ("time", "UTC", "10:00 z", "10:00:00"),
    ("interval", "UTC", "1 year 2 mons 3 days 04:05:06.5", "1 year 2 mons 3 days 04:05:06.5"),
    ("interval", "UTC", "-1 days +02:00:00", "-1 days +02:00:00"),
    ("interval", "UTC", "-2 mons -14 days -12:30:00", "-2 mons -14 days -12:30:00"),
    ("interval", "UTC", "@ 1 hour ago", "-01:00:00"),
    ("interval", "UTC", "1 year 2 mons", "1 year 2 mons"),
    ("interval", "UTC", "1h 30m", "01:30:00"),
    ("interval", "UTC", "1h30m", "01:30:00"),
    ("interval", "UTC", "2 weeks", "14 days"),
    ("interval", "UTC", "1.5 days", "1 day 12:00:00"),
    ("interval", "UTC", "1.5 months", "1 mon 15 days"),
    ("interval", "UTC", "1.5 years", "1 year 6 mons"),
    ("interval", "UTC", "0.1 years", "1 mon"),
    ("interval", "UTC", "1.5 weeks", "10 days 12:00:00"),
    ("interval", "UTC", "90 seconds", "00:01:30"),
    ("interval", "UTC", "10 min", "00:10:00"),
    ("interval", "UTC", "1 millennium", "1000 years"),
    ("interval", "UTC", "2 decades", "20 years"),
    ("interval", "UTC", "1 century", "100 years"),
    ("interval", "UTC", "3 ms", "00:00:00.003"),
    ("interval", "UTC", "5 us", "00:00:00.000005"),
    ("interval", "UTC", "10:00", "10:00:00"),
    ("interval", "UTC", "-10:00", "-10:00:00"),
    ("interval", "UTC", "+10:00", "10:00:00"),
    ("interval", "UTC", "10:30.5", "00:10:30.5"),
    ("interval", "UTC", "1 10:00", "1 day 10:00:00"),
    ("interval", "UTC", "1 2", r#"ERROR: invalid input syntax for type interval: "1 2""#),
    ("interval", "UTC", "1.5", "00:00:01.5"),
    ("interval", "UTC", "-1.5", "-00:00:01.5"),
    ("interval", "UTC", "100", "00:01:40"),
    ("interval", "UTC", "P1Y2M3DT4H5M6S", "1 year 2 mons 3 days 04:05:06"),
    ("interval", "UTC", "P1W", "7 days"),
    ("interval", "UTC", "PT0.5S", "00:00:00.5"),
    ("interval", "UTC", "P0001-02-03T04:05:06", "1 year 2 mons 3 days 04:05:06"),
    ("interval", "UTC", "P00010203T040506", "1 year 2 mons 3 days 04:05:06"),
    ("interval", "UTC", "P1.5Y", "1 year 6 mons"),
    ("interval", "UTC", "P1.5M", "1 mon 15 days"),
    ("interval", "UTC", "PT1.5H", "01:30:00"),
    ("interval", "UTC", "P1D", "1 day"),
    ("interval", "UTC", "P-1D", "-1 days"),
    ("interval", "UTC", "PT", "00:00:00"),
    ("interval", "UTC", "P", r#"ERROR: invalid input syntax for type interval: "P""#),
    ("interval", "UTC", "p1d", r#"ERROR: invalid input syntax for type interval: "p1d""#),
    ("interval", "UTC", " P1D", r#"ERROR: invalid input syntax for type interval: " P1D""#),
    ("interval", "UTC", "P1Y2M3DT4H5M6S ", r#"ERROR: invalid input syntax for type interval: "P1Y2M3DT4H5M6S ""#),
    ("interval", "UTC", "P1T2H", "1 year 02:00:00"),
    ("interval", "UTC", "PT1e2S", "00:01:40"),
    ("interval", "UTC", "P1e20D", r#"ERROR: interval field value out of range: "P1e20D""#),
    ("interval", "UTC", "PTinfS", r#"ERROR: invalid input syntax for type interval: "PTinfS""#),
    ("interval", "UTC", "P1DT", "1 day"),
    ("interval", "UTC", "P1-2", "1 year 2 mons"),
    ("interval", "UTC", "P1-2-3T1:2:3", "1 year 2 mons 3 days 01:02:03"),
    ("interval", "UTC", "infinity", r#"ERROR: invalid input syntax for type interval: "infinity""#),
    ("interval", "UTC", "", r#"ERROR: invalid input syntax for type interval: """#),
    ("interval", "UTC", "ago", r#"ERROR: invalid input syntax for type interval: "ago""#),
    ("interval", "UTC", "1 ago", r#"ERROR: invalid input syntax for type interval: "1 ago""#),
    ("interval", "UTC", "1 day ago ago", "-1 days"),
    ("interval", "UTC", "day 1", "00:00:01"),
    ("interval", "UTC", "1 hour hour", "01:00:00"),
    ("interval", "UTC", "1 quarter", r#"ERROR: invalid input syntax for type interval: "1 quarter""#),
    ("interval", "UTC", "10:00 1.5 days", "1 day 10:00:00"),
    ("interval", "UTC", "10:00 5 ms", r#"ERROR: invalid input syntax for type interval: "10:00 5 ms""#),
    ("interval", "UTC", "1 day 2 days", r#"ERROR: invalid input syntax for type interval: "1 day 2 days""#),
    ("interval", "UTC", "2147483647 days", "2147483647 days"),
    ("interval", "UTC", "2147483648 days", r#"ERROR: interval field value out of range: "2147483648 days""#),
    ("interval", "UTC", "2147483647 days 1 day", r#"ERROR: interval field value out of range: "2147483647 days 1 day""#),
    ("interval", "UTC", "-2147483648 days", "-2147483648 days"),
    ("interval", "UTC", "-2147483648 days ago", r#"ERROR: interval field value out of range: "-2147483648 days ago""#),
    ("interval", "UTC", "178956970 years", "178956970 years"),
    ("interval", "UTC", "178956971 years", "ERROR: interval out of range"),
    ("interval", "UTC", "9999999999999999999 s", r#"ERROR: interval field value out of range: "9999999999999999999 s""#),
    ("interval", "UTC", "9223372036854775807 us", "2562047788:00:54.775807"),
    ("interval", "UTC", "9223372036854775807 us 1 us", r#"ERROR: interval field value out of range: "9223372036854775807 us 1 us""#),
    ("interval", "UTC", "2562047788:00:54.775807", "2562047788:00:54.775807"),
    ("interval", "UTC", "2562047788:00:54.775808", r#"ERROR: interval field value out of range: "2562047788:00:54.775808""#),
    ("interval", "UTC", "1-2", "1 year 2 mons"),
    ("interval", "UTC", "-1-2", "-1 years -2 mons"),
    ("interval", "UTC", "1-12", r#"ERROR: interval field value out of range: "1-12""#),
    ("interval", "UTC", "1 microseconds", "00:00:00.000001"),
    ("interval", "UTC", "1 microsecondsxyz", "00:00:00.000001"),
    ("interval", "UTC", "1 millisecondz", "00:00:00.001"),
    ("interval", "UTC", "1 mils", "1000 years"),
    ("interval", "UTC", "1 yr 2 hrs 3 mins 4 secs", "1 year 02:03:04"),
    ("interval", "UTC", "1 y 2 d 3 h 4 m 5 s", "1 year 2 days 03:04:05"),
    ("interval", "UTC", "1 weeks", "7 days"),
    ("interval", "UTC", "1 sec 2 msec 3 usec", "00:00:01.002003"),
    ("interval", "UTC", "1.5 sec", "00:00:01.5"),
    ("interval", "UTC", "0.0000005 s", "00:00:00"),
    ("interval", "UTC", "0.0000015 s", "00:00:00.000001"),
    ("interval", "UTC", ".5 days", "12:00:00"),
    ("interval", "UTC", "1. days", "1 day"),
    ("interval", "UTC", "1 day -01:00", "1 day -01:00:00"),
    ("interval", "UTC", "-1 day -01:00:00", "-1 days -01:00:00"),
    ("interval", "UTC", "1:2:3", "01:02:03"),
    ("interval", "UTC", "10:75", r#"ERROR: interval field value out of range: "10:75""#),
    ("interval", "UTC", "-10:75", r#"ERROR: invalid input syntax for type interval: "-10:75""#),
    ("interval", "UTC", "1:00:00.5.5", r#"ERROR: invalid input syntax for type interval: "1:00:00.5.5""#),
    ("interval", "UTC", "1 year garbage", r#"ERROR: invalid input syntax for type interval: "1 year garbage""#),
    ("interval", "UTC", "1 day 10:00 ago", "-1 days -10:00:00"),
    ("interval", "UTC", "5 12:00:00", "5 days 12:00:00"),
    ("interval", "UTC", "-5 -12:00:00", "-5 days -12:00:00"),
    ("interval", "UTC", "1 hour 10:00", r#"ERROR: invalid input syntax for type interval: "1 hour 10:00""#),
    ("interval", "UTC", "1 mon 1.5 days", "1 mon 1 day 12:00:00"),
    ("interval", "UTC", "1.7 mons", "1 mon 21 days"),
    ("interval", "UTC", "0.5 mon", "15 days"),
    ("interval", "UTC", "1 decade 2 years", "12 years"),
    ("interval", "UTC", "1.25 centuries", "125 years"),
    ("interval", "UTC", "1e3 s", r#"ERROR: invalid input syntax for type interval: "1e3 s""#),
    ("interval", "UTC", "00:00:00", "00:00:00"),
    ("interval", "UTC", "0", "00:00:00"),
    ("interval", "UTC", "  1 day  ", "1 day"),
    ("timestamptz", "Europe/Dublin", "2024-03-31 01:30", "2024-03-31 02:30:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-10-27 01:30", "2024-10-27 01:30:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-04-07 01:45", "2024-04-07 01:45:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-10-06 02:15", "2024-10-06 02:15:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-10-06 02:45", "2024-10-06 02:45:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-04-07 01:15", "2024-04-07 01:15:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00", "2024-03-10 10:00:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00+05:30", "2024-03-10 04:30:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 Europe/Dublin", "2024-03-10 10:00:00+00"),
    ("timestamptz", "Europe/Dublin", "1900-01-01 00:00", "1900-01-01 00:00:00-00:25:21"),
    ("timestamptz", "Europe/Dublin", "epoch", "1970-01-01 01:00:00+01"),
    ("timestamptz", "Europe/Dublin", "2024-06-01 12:00 IST", "2024-06-01 11:00:00+01"),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00+05:30", "2024-03-10 10:00:00"),
    ("date", "Europe/Dublin", "2024-03-10 23:00+05:30", "2024-03-10"),
    ("timestamptz", "Australia/Lord_Howe", "2024-03-31 01:30", "2024-03-31 01:30:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-10-27 01:30", "2024-10-27 01:30:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-04-07 01:45", "2024-04-07 01:45:00+10:30"),
    ("timestamptz", "Australia/Lord_Howe", "2024-10-06 02:15", "2024-10-06 02:45:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-10-06 02:45", "2024-10-06 02:45:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-04-07 01:15", "2024-04-07 01:15:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-03-10 10:00", "2024-03-10 10:00:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-03-10 10:00+05:30", "2024-03-10 15:30:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "2024-03-10 10:00 Europe/Dublin", "2024-03-10 21:00:00+11"),
    ("timestamptz", "Australia/Lord_Howe", "1900-01-01 00:00", "1900-01-01 00:00:00+10"),
    ("timestamptz", "Australia/Lord_Howe", "epoch", "1970-01-01 10:00:00+10"),
    ("timestamptz", "Australia/Lord_Howe", "2024-06-01 12:00 IST", "2024-06-01 20:30:00+10:30"),
    ("timestamp", "Australia/Lord_Howe", "2024-03-10 10:00+05:30", "2024-03-10 10:00:00"),
    ("date", "Australia/Lord_Howe", "2024-03-10 23:00+05:30", "2024-03-10"),
    ("timestamptz", "Asia/Kolkata", "2024-03-31 01:30", "2024-03-31 01:30:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-10-27 01:30", "2024-10-27 01:30:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-04-07 01:45", "2024-04-07 01:45:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-10-06 02:15", "2024-10-06 02:15:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-10-06 02:45", "2024-10-06 02:45:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-04-07 01:15", "2024-04-07 01:15:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-03-10 10:00", "2024-03-10 10:00:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-03-10 10:00+05:30", "2024-03-10 10:00:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-03-10 10:00 Europe/Dublin", "2024-03-10 15:30:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "1900-01-01 00:00", "1900-01-01 00:00:00+05:21:10"),
    ("timestamptz", "Asia/Kolkata", "epoch", "1970-01-01 05:30:00+05:30"),
    ("timestamptz", "Asia/Kolkata", "2024-06-01 12:00 IST", "2024-06-01 15:30:00+05:30"),
    ("timestamp", "Asia/Kolkata", "2024-03-10 10:00+05:30", "2024-03-10 10:00:00"),
    ("date", "Asia/Kolkata", "2024-03-10 23:00+05:30", "2024-03-10"),
    ("timestamptz", "America/New_York", "2024-03-10 01:59:59", "2024-03-10 01:59:59-05"),
    ("timestamptz", "America/New_York", "2024-03-10 03:00", "2024-03-10 03:00:00-04"),
    ("timestamptz", "America/New_York", "2024-11-03 00:59", "2024-11-03 00:59:00-04"),
    ("timestamptz", "America/New_York", "2024-11-03 02:00", "2024-11-03 02:00:00-05"),
    ("timestamptz", "America/New_York", "1883-11-18 12:00", "1883-11-18 12:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 02:30:00.5", "2024-03-10 03:30:00.5-04"),
    ("timestamptz", "America/New_York", "1960-01-01", "1960-01-01 00:00:00-05"),
    ("interval", "UTC", "1 day 2 hours 3 minutes 4 seconds", "1 day 02:03:04"),
    ("interval", "UTC", "+1 day", "1 day"),
    ("interval", "UTC", "-1 day +1 hour", "-1 days +01:00:00"),
    ("interval", "UTC", "1 mon -1 day", "1 mon -1 days"),
    ("interval", "UTC", "3 days ago", "-3 days"),
    ("interval", "UTC", "@ 3 days 4 hours ago", "-3 days -04:00:00"),
    ("interval", "UTC", "1 year 2 mons 3 days 04:05:06.789 ago", "-1 years -2 mons -3 days -04:05:06.789"),
    ("interval", "UTC", "-00:00:01", "-00:00:01"),
    ("interval", "UTC", "-0.5 s", "-00:00:00.5"),
    ("interval", "UTC", "0.5 decades", "5 years"),
    ("interval", "UTC", "1.001 years", "1 year"),
    ("interval", "UTC", "PT1M", "00:01:00"),
    ("interval", "UTC", "PT1H30M", "01:30:00"),
    ("interval", "UTC", "P1Y-2M", "10 mons"),
    ("interval", "UTC", "P1DT-1H", "1 day -01:00:00"),
    ("interval", "UTC", "P2W1D", "15 days"),
    ("interval", "UTC", "PT1.5M", "00:01:30"),
    ("interval", "UTC", "P1.5W", "10 days 12:00:00"),
    ("interval", "UTC", "P0.5D", "12:00:00"),
    ("interval", "UTC", "PT10.123456789S", "00:00:10.123457"),
    ("interval", "UTC", "P1Y2M3DT4H5M6.5S", "1 year 2 mons 3 days 04:05:06.5"),
    ("interval", "UTC", "P0000-00-00T00:00:00", "00:00:00"),
    ("interval", "UTC", "P2024", "2024 years"),
    ("interval", "UTC", "P20240310", "2024 years 3 mons 10 days"),
    ("interval", "UTC", "PT103000", "10:30:00"),
    ("interval", "UTC", "PT10:30", "10:30:00"),
    ("interval", "UTC", "PT10:30:15.5", "10:30:15.5"),
    ("interval", "UTC", "P1:2", r#"ERROR: invalid input syntax for type interval: "P1:2""#),
    ("interval", "UTC", "1 day 1 day", r#"ERROR: invalid input syntax for type interval: "1 day 1 day""#),
    ("interval", "UTC", "1.5 hours", "01:30:00"),
    ("interval", "UTC", "-1.5 hours", "-01:30:00"),
    ("interval", "UTC", "1.5 minutes", "00:01:30"),
    ("interval", "UTC", "1 h 30 m", "01:30:00"),
    ("interval", "UTC", "1hour", "01:00:00"),
    ("interval", "UTC", "1 day2 hours", r#"ERROR: invalid input syntax for type interval: "1 day2 hours""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 +05", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 America/New_York", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 Asia/Kolkata", "2024-03-09 23:30:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10T10:00:00.000Z", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10T10:00:00+05:30", "2024-03-09 23:30:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10T10:00:00-0800", "2024-03-10 14:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 GMT+5", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00 UTC+5", "2024-03-10 11:00:00-04"),
    ("timestamptz", "America/New_York", "2024-3-10 1:2:3", "2024-03-10 01:02:03-05"),
    ("timestamptz", "America/New_York", "2024-03-10 1:2", "2024-03-10 01:02:00-05"),
    ("timestamptz", "America/New_York", "Sun, 10 Mar 2024 10:00:00 GMT", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "10/Mar/2024:10:00:00 +0000", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 pm", "2024-03-10 22:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10 pm", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10 pm""#),
    ("timestamptz", "America/New_York", "March 10 2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "mar 10 2024", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "10-mar-24", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "24-mar-10", "2010-03-24 00:00:00-04"),
    ("timestamptz", "America/New_York", "10 march", r#"ERROR: invalid input syntax for type timestamp with time zone: "10 march""#),
    ("timestamptz", "America/New_York", "2024-03-10 10:00 europe/dublin", "2024-03-10 06:00:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10 10:00:00.000000001", "2024-03-10 10:00:00-04"),
    ("timestamp", "America/New_York", "y2024m03d10", "2024-03-10 00:00:00"),
    ("timestamp", "America/New_York", "y2024 m03 d10 h10 mm30 s15.5", "2024-03-10 10:30:15.5"),
    ("timestamp", "America/New_York", "y2024m3d10h10m30s15", "2024-03-10 10:30:15"),
    ("timestamp", "America/New_York", "J2451545", "2000-01-01 00:00:00"),
    ("timestamp", "America/New_York", "J2451545.5", "2000-01-01 12:00:00"),
    ("timestamp", "America/New_York", "jd 2451545.25", "2000-01-01 06:00:00"),
    ("timestamp", "America/New_York", "julian 2451545", "2000-01-01 00:00:00"),
    ("timestamp", "America/New_York", "2024-03-10 h10", "2024-03-10 10:00:00"),
    ("timestamp", "America/New_York", "h10mm30s15", r#"ERROR: invalid input syntax for type timestamp: "h10mm30s15""#),
    ("timestamp", "America/New_York", "h10 mm30", r#"ERROR: invalid input syntax for type timestamp: "h10 mm30""#),
    ("timestamp", "America/New_York", "m0:", r#"ERROR: invalid input syntax for type timestamp: "m0:""#),
    ("timestamp", "America/New_York", "T103000", r#"ERROR: invalid input syntax for type timestamp: "T103000""#),
    ("timestamp", "America/New_York", "2024-03-10 t103000", "2024-03-10 10:30:00"),
    ("timestamp", "America/New_York", "2024-03-10T10:00:00 s5", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10T10:00:00 s5""#),
    ("timestamp", "America/New_York", "y2024 m", r#"ERROR: invalid input syntax for type timestamp: "y2024 m""#),
    ("timestamp", "America/New_York", "y 2024", r#"ERROR: invalid input syntax for type timestamp: "y 2024""#),
    ("timestamp", "America/New_York", "J-1", r#"ERROR: invalid input syntax for type timestamp: "J-1""#),
    ("timestamp", "America/New_York", "s60.5 h23 mm59", r#"ERROR: invalid input syntax for type timestamp: "s60.5 h23 mm59""#),
    ("timestamp", "America/New_York", "doy 70", r#"ERROR: invalid input syntax for type timestamp: "doy 70""#),
    ("timestamp", "America/New_York", "2024 dow 3", r#"ERROR: invalid input syntax for type timestamp: "2024 dow 3""#),
    ("timestamp", "America/New_York", "d10 m3 y24", "0024-03-10 00:00:00"),
    ("timestamptz", "America/New_York", "y2024m03d10", "2024-03-10 00:00:00-05"),
    ("timestamptz", "America/New_York", "y2024 m03 d10 h10 mm30 s15.5", "2024-03-10 10:30:15.5-04"),
    ("timestamptz", "America/New_York", "y2024m3d10h10m30s15", "2024-03-10 10:30:15-04"),
    ("timestamptz", "America/New_York", "J2451545", "2000-01-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "J2451545.5", "2000-01-01 12:00:00-05"),
    ("timestamptz", "America/New_York", "jd 2451545.25", "2000-01-01 06:00:00-05"),
    ("timestamptz", "America/New_York", "julian 2451545", "2000-01-01 00:00:00-05"),
    ("timestamptz", "America/New_York", "2024-03-10 h10", "2024-03-10 10:00:00-04"),
    ("timestamptz", "America/New_York", "h10mm30s15", r#"ERROR: invalid input syntax for type timestamp with time zone: "h10mm30s15""#),
    ("timestamptz", "America/New_York", "h10 mm30", r#"ERROR: invalid input syntax for type timestamp with time zone: "h10 mm30""#),
    ("timestamptz", "America/New_York", "m0:", r#"ERROR: invalid input syntax for type timestamp with time zone: "m0:""#),
    ("timestamptz", "America/New_York", "T103000", r#"ERROR: invalid input syntax for type timestamp with time zone: "T103000""#),
    ("timestamptz", "America/New_York", "2024-03-10 t103000", "2024-03-10 10:30:00-04"),
    ("timestamptz", "America/New_York", "2024-03-10T10:00:00 s5", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10T10:00:00 s5""#),
    ("timestamptz", "America/New_York", "y2024 m", r#"ERROR: invalid input syntax for type timestamp with time zone: "y2024 m""#),
    ("timestamptz", "America/New_York", "y 2024", r#"ERROR: invalid input syntax for type timestamp with time zone: "y 2024""#),
    ("timestamptz", "America/New_York", "J-1", r#"ERROR: invalid input syntax for type timestamp with time zone: "J-1""#),
    ("timestamptz", "America/New_York", "s60.5 h23 mm59", r#"ERROR: invalid input syntax for type timestamp with time zone: "s60.5 h23 mm59""#),
    ("timestamptz", "America/New_York", "doy 70", r#"ERROR: invalid input syntax for type timestamp with time zone: "doy 70""#),
    ("timestamptz", "America/New_York", "2024 dow 3", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024 dow 3""#),
    ("timestamptz", "America/New_York", "d10 m3 y24", "0024-03-10 00:00:00-04:56:02"),
    ("date", "America/New_York", "y2024m03d10", "2024-03-10"),
    ("date", "America/New_York", "y2024 m03 d10 h10 mm30 s15.5", "2024-03-10"),
    ("date", "America/New_York", "y2024m3d10h10m30s15", "2024-03-10"),
    ("date", "America/New_York", "J2451545", "2000-01-01"),
    ("date", "America/New_York", "J2451545.5", "2000-01-01"),
    ("date", "America/New_York", "jd 2451545.25", "2000-01-01"),
    ("date", "America/New_York", "julian 2451545", "2000-01-01"),
    ("date", "America/New_York", "2024-03-10 h10", "2024-03-10"),
    ("date", "America/New_York", "h10mm30s15", r#"ERROR: invalid input syntax for type date: "h10mm30s15""#),
    ("date", "America/New_York", "h10 mm30", r#"ERROR: invalid input syntax for type date: "h10 mm30""#),
    ("date", "America/New_York", "m0:", r#"ERROR: invalid input syntax for type date: "m0:""#),
    ("date", "America/New_York", "T103000", r#"ERROR: invalid input syntax for type date: "T103000""#),
    ("date", "America/New_York", "2024-03-10 t103000", "2024-03-10"),
    ("date", "America/New_York", "2024-03-10T10:00:00 s5", r#"ERROR: invalid input syntax for type date: "2024-03-10T10:00:00 s5""#),
    ("date", "America/New_York", "y2024 m", r#"ERROR: invalid input syntax for type date: "y2024 m""#),
    ("date", "America/New_York", "y 2024", r#"ERROR: invalid input syntax for type date: "y 2024""#),
    ("date", "America/New_York", "J-1", r#"ERROR: invalid input syntax for type date: "J-1""#),
    ("date", "America/New_York", "s60.5 h23 mm59", r#"ERROR: invalid input syntax for type date: "s60.5 h23 mm59""#),
    ("date", "America/New_York", "doy 70", r#"ERROR: invalid input syntax for type date: "doy 70""#),
    ("date", "America/New_York", "2024 dow 3", r#"ERROR: invalid input syntax for type date: "2024 dow 3""#),
    ("date", "America/New_York", "d10 m3 y24", "0024-03-10"),
    ("time", "America/New_York", "y2024m03d10", r#"ERROR: invalid input syntax for type time: "y2024m03d10""#),
    ("time", "America/New_York", "y2024 m03 d10 h10 mm30 s15.5", "10:30:15.5"),
    ("time", "America/New_York", "y2024m3d10h10m30s15", r#"ERROR: invalid input syntax for type time: "y2024m3d10h10m30s15""#),
    ("time", "America/New_York", "J2451545", r#"ERROR: invalid input syntax for type time: "J2451545""#),
    ("time", "America/New_York", "J2451545.5", "12:00:00"),
    ("time", "America/New_York", "jd 2451545.25", "06:00:00"),
    ("time", "America/New_York", "julian 2451545", r#"ERROR: invalid input syntax for type time: "julian 2451545""#),
    ("time", "America/New_York", "2024-03-10 h10", r#"ERROR: invalid input syntax for type time: "2024-03-10 h10""#),
    ("time", "America/New_York", "h10mm30s15", r#"ERROR: invalid input syntax for type time: "h10mm30s15""#),
    ("time", "America/New_York", "h10 mm30", r#"ERROR: invalid input syntax for type time: "h10 mm30""#),
    ("time", "America/New_York", "m0:", "00:00:00"),
    ("time", "America/New_York", "T103000", "10:30:00"),
    ("time", "America/New_York", "2024-03-10 t103000", r#"ERROR: invalid input syntax for type time: "2024-03-10 t103000""#),
    ("time", "America/New_York", "2024-03-10T10:00:00 s5", r#"ERROR: invalid input syntax for type time: "2024-03-10T10:00:00 s5""#),
    ("time", "America/New_York", "y2024 m", r#"ERROR: invalid input syntax for type time: "y2024 m""#),
    ("time", "America/New_York", "y 2024", r#"ERROR: invalid input syntax for type time: "y 2024""#),
    ("time", "America/New_York", "J-1", r#"ERROR: invalid input syntax for type time: "J-1""#),
    ("time", "America/New_York", "s60.5 h23 mm59", r#"ERROR: date/time field value out of range: "s60.5 h23 mm59""#),
    ("time", "America/New_York", "doy 70", r#"ERROR: invalid input syntax for type time: "doy 70""#),
    ("time", "America/New_York", "2024 dow 3", r#"ERROR: invalid input syntax for type time: "2024 dow 3""#),
    ("time", "America/New_York", "d10 m3 y24", r#"ERROR: invalid input syntax for type time: "d10 m3 y24""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 CET DST", "2024-03-10 10:00:00"),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 DST CET", "2024-03-10 10:00:00"),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00+01 DST", "2024-03-10 10:00:00"),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 DST", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 DST""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 America/New_York DST", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 America/New_York DST""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 PDT DST", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 PDT DST""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 DST DST", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 DST DST""#),
    ("timestamp", "Europe/Dublin", "10:00 CET DST", r#"ERROR: invalid input syntax for type timestamp: "10:00 CET DST""#),
    ("timestamp", "Europe/Dublin", "10:00 DST", r#"ERROR: invalid input syntax for type timestamp: "10:00 DST""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 MSK DST", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 MSK DST""#),
    ("timestamp", "Europe/Dublin", "2024-03-10 10:00 CET dst 2", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 10:00 CET dst 2""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 CET DST", "2024-03-10 08:00:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 DST CET", "2024-03-10 09:00:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00+01 DST", "2024-03-10 08:00:00+00"),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 DST""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 America/New_York DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 America/New_York DST""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 PDT DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 PDT DST""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 DST DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 DST DST""#),
    ("timestamptz", "Europe/Dublin", "10:00 CET DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00 CET DST""#),
    ("timestamptz", "Europe/Dublin", "10:00 DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "10:00 DST""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 MSK DST", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 MSK DST""#),
    ("timestamptz", "Europe/Dublin", "2024-03-10 10:00 CET dst 2", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 10:00 CET dst 2""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 CET DST", "2024-03-10"),
    ("date", "Europe/Dublin", "2024-03-10 10:00 DST CET", "2024-03-10"),
    ("date", "Europe/Dublin", "2024-03-10 10:00+01 DST", "2024-03-10"),
    ("date", "Europe/Dublin", "2024-03-10 10:00 DST", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 DST""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 America/New_York DST", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 America/New_York DST""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 PDT DST", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 PDT DST""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 DST DST", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 DST DST""#),
    ("date", "Europe/Dublin", "10:00 CET DST", r#"ERROR: invalid input syntax for type date: "10:00 CET DST""#),
    ("date", "Europe/Dublin", "10:00 DST", r#"ERROR: invalid input syntax for type date: "10:00 DST""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 MSK DST", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 MSK DST""#),
    ("date", "Europe/Dublin", "2024-03-10 10:00 CET dst 2", r#"ERROR: invalid input syntax for type date: "2024-03-10 10:00 CET dst 2""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 CET DST", "10:00:00"),
    ("time", "Europe/Dublin", "2024-03-10 10:00 DST CET", "10:00:00"),
    ("time", "Europe/Dublin", "2024-03-10 10:00+01 DST", "10:00:00"),
    ("time", "Europe/Dublin", "2024-03-10 10:00 DST", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 DST""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 America/New_York DST", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 America/New_York DST""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 PDT DST", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 PDT DST""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 DST DST", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 DST DST""#),
    ("time", "Europe/Dublin", "10:00 CET DST", "10:00:00"),
    ("time", "Europe/Dublin", "10:00 DST", r#"ERROR: invalid input syntax for type time: "10:00 DST""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 MSK DST", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 MSK DST""#),
    ("time", "Europe/Dublin", "2024-03-10 10:00 CET dst 2", r#"ERROR: invalid input syntax for type time: "2024-03-10 10:00 CET dst 2""#),
    ("timestamp", "UTC", "j05-10", "4714-11-29 00:00:00 BC"),
    ("timestamp", "UTC", "J2451545-05", "2000-01-01 00:00:00"),
    ("timestamp", "UTC", "J2451545+05:30", "2000-01-01 00:00:00"),
    ("timestamp", "UTC", "j2451545/10", r#"ERROR: invalid input syntax for type timestamp: "j2451545/10""#),
    ("timestamp", "UTC", "J-5-10", r#"ERROR: invalid input syntax for type timestamp: "J-5-10""#),
    ("timestamp", "UTC", "2024-03-10 j2451545-05", r#"ERROR: invalid input syntax for type timestamp: "2024-03-10 j2451545-05""#),
    ("timestamptz", "UTC", "j05-10", "4714-11-29 10:00:00+00 BC"),
    ("timestamptz", "UTC", "J2451545-05", "2000-01-01 05:00:00+00"),
    ("timestamptz", "UTC", "J2451545+05:30", "1999-12-31 18:30:00+00"),
    ("timestamptz", "UTC", "j2451545/10", r#"ERROR: invalid input syntax for type timestamp with time zone: "j2451545/10""#),
    ("timestamptz", "UTC", "J-5-10", r#"ERROR: invalid input syntax for type timestamp with time zone: "J-5-10""#),
    ("timestamptz", "UTC", "2024-03-10 j2451545-05", r#"ERROR: invalid input syntax for type timestamp with time zone: "2024-03-10 j2451545-05""#),
    ("date", "UTC", "j05-10", "4714-11-29 BC"),
    ("date", "UTC", "J2451545-05", "2000-01-01"),
    ("date", "UTC", "J2451545+05:30", "2000-01-01"),
    ("date", "UTC", "j2451545/10", r#"ERROR: invalid input syntax for type date: "j2451545/10""#),
    ("date", "UTC", "J-5-10", r#"ERROR: invalid input syntax for type date: "J-5-10""#),
    ("date", "UTC", "2024-03-10 j2451545-05", r#"ERROR: invalid input syntax for type date: "2024-03-10 j2451545-05""#),
    ("interval", "UTC", "-2562047788:00:54.775808", r#"ERROR: invalid input syntax for type interval: "-2562047788:00:54.775808""#),
    ("interval", "UTC", "-2562047788:00:54.775807", "-2562047788:00:54.775807"),
    ("interval", "UTC", "-178956970 years -8 mons -2147483648 days -2562047788:00:54.775807", "-178956970 years -8 mons -2147483648 days -2562047788:00:54.775807"),
    ("interval", "UTC", "48:00:00.000001", "48:00:00.000001"),
    ("interval", "UTC", "1 day -00:00:00.5", "1 day -00:00:00.5"),
    ("timestamptz", "America/New_York", "2045-11-05 00:30", "2045-11-05 00:30:00-04"),
    ("interval", "UTC", "-3 msec 12.345678 d -3ms 0.5hr 10:00", r#"ERROR: invalid input syntax for type interval: "-3 msec 12.345678 d -3ms 0.5hr 10:00""#),
    ("timestamptz", "America/Sao_Paulo", "2024-03-10 03:59", "2024-03-10 03:59:00-03"),
    ("timestamptz", "Asia/Kolkata", "2024-10-06 00:00", "2024-10-06 00:00:00+05:30"),
    ("timestamptz", "Pacific/Chatham", "1995-01-01 03:00-03:30", "1995-01-01 20:15:00+13:45"),
    ("interval", "UTC", "1e3 mons", r#"ERROR: invalid input syntax for type interval: "1e3 mons""#),
    ("interval", "UTC", "1 months -1.25seconds 2months 1 years", r#"ERROR: invalid input syntax for type interval: "1 months -1.25seconds 2months 1 years""#),
    ("interval", "UTC", "-3 w 007w 1 century -1.25 sec", r#"ERROR: invalid input syntax for type interval: "-3 w 007w 1 century -1.25 sec""#),
    ("interval", "UTC", "@ .75weeks 1:2:3.456789", "5 days 07:02:03.456789"),
    ("interval", "UTC", "007 weeks -01:30:00.5", "49 days -01:30:00.5"),
    ("timestamptz", "Asia/Kolkata", "2024-10-27 04:45:30", "2024-10-27 04:45:30+05:30"),
    ("timestamptz", "America/St_Johns", "2024-04-07 01:59+01", "2024-04-06 22:29:00-02:30"),
    ("interval", "UTC", "@ -1.25 seconds 007millennium", "7000 years -00:00:01.25"),
    ("timestamptz", "America/Sao_Paulo", "2023-11-05 01:00.5", "2023-11-05 00:01:00.5-03"),
    ("interval", "UTC", "@ -3 d -1.25us", "-3 days -00:00:00.000001"),
    ("interval", "UTC", "12.345678 decade -3 s", "123 years 5 mons -00:00:03"),
    ("interval", "UTC", "12.345678 min 0.5 century 007w 1e3decade 1:2:3.456789", r#"ERROR: invalid input syntax for type interval: "12.345678 min 0.5 century 007w 1e3decade 1:2:3.456789""#),
    ("timestamptz", "America/New_York", "2024-03-31 02:00.5", "2024-03-31 00:02:00.5-04"),
    ("interval", "UTC", "-3 months 2w +02:03", "-3 mons +14 days 02:03:00"),
    ("interval", "UTC", "100 hr .75day -1.25 min @ 1us", "117:58:45.000001"),
    ("timestamptz", "America/Sao_Paulo", "2024-04-07 03:59 America/New_York", "2024-04-07 04:59:00-03"),
    ("timestamptz", "America/Sao_Paulo", "2024-10-27 03:15+01", "2024-10-26 23:15:00-03"),
    ("interval", "UTC", "-1.25 day 2 min", "-1 days -05:58:00"),
    ("timestamptz", "America/Sao_Paulo", "2023-11-05 01:00-03:30", "2023-11-05 01:30:00-03"),
    ("timestamptz", "Pacific/Apia", "2024-10-06 03:15 America/Sao_Paulo", "2024-10-06 19:15:00+13"),
    ("timestamptz", "Australia/Lord_Howe", "2024-10-06 02:00+01", "2024-10-06 12:00:00+11"),
    ("timestamptz", "America/St_Johns", "2023-11-05 02:59.5", "2023-11-05 00:02:59.5-02:30"),
    ("timestamptz", "Europe/Dublin", "2011-12-30 04:59", "2011-12-30 04:59:00+00"),
    ("interval", "UTC", "@ -3sec 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: "@ -3sec 00:00:00.0000005""#),
    ("interval", "UTC", "@ 007 msec +4 minutes", "00:04:00.007"),
    ("timestamptz", "America/New_York", "2024-04-07 04:59-03:30", "2024-04-07 04:29:00-04"),
    ("interval", "UTC", "+4hr 007m", "04:07:00"),
    ("interval", "UTC", "0.5 ms 1e3seconds 2 weeks -3 mons", r#"ERROR: invalid input syntax for type interval: "0.5 ms 1e3seconds 2 weeks -3 mons""#),
    ("timestamptz", "Pacific/Chatham", "2012-03-11 04:00.5", "2012-03-11 00:04:00.5+13:45"),
    ("interval", "UTC", "1e3 s 100weeks 2 ms 1:2:3.456789", r#"ERROR: invalid input syntax for type interval: "1e3 s 100weeks 2 ms 1:2:3.456789""#),
    ("timestamptz", "Australia/Lord_Howe", "2024-04-07 01:59 America/New_York", "2024-04-07 16:29:00+10:30"),
    ("interval", "UTC", "1e3day", r#"ERROR: invalid input syntax for type interval: "1e3day""#),
    ("timestamptz", "America/St_Johns", "2024-10-27 03:30", "2024-10-27 03:30:00-02:30"),
    ("interval", "UTC", "100weeks 2 s", "700 days 00:00:02"),
    ("interval", "UTC", "007 day 1 min 100sec -1.25 seconds", r#"ERROR: invalid input syntax for type interval: "007 day 1 min 100sec -1.25 seconds""#),
    ("interval", "UTC", "2 m 1year 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: "2 m 1year 00:00:00.0000005""#),
    ("timestamptz", "Pacific/Chatham", "2045-11-05 00:00:30", "2045-11-05 00:00:30+13:45"),
    ("timestamptz", "America/New_York", "2023-11-05 03:30-03:30", "2023-11-05 02:00:00-05"),
    ("timestamptz", "Europe/Dublin", "1995-01-01 00:00", "1995-01-01 00:00:00+00"),
    ("interval", "UTC", "1h -3mon", "-3 mons +01:00:00"),
    ("timestamptz", "Pacific/Chatham", "2024-10-06 04:59-03:30", "2024-10-06 22:14:00+13:45"),
    ("interval", "UTC", "1 ms -3ago", r#"ERROR: invalid input syntax for type interval: "1 ms -3ago""#),
    ("timestamptz", "America/Sao_Paulo", "2037-03-08 01:15+01", "2037-03-07 21:15:00-03"),
    ("timestamptz", "Europe/Dublin", "2012-03-11 04:15 Australia/Lord_Howe", "2012-03-10 17:15:00+00"),
    ("interval", "UTC", "+4hr 007 day", "7 days 04:00:00"),
    ("interval", "UTC", "-3 s 1e3hours 12.345678 hours 007years +02:03", r#"ERROR: invalid input syntax for type interval: "-3 s 1e3hours 12.345678 hours 007years +02:03""#),
    ("interval", "UTC", "+4 w -3w 12.345678year -01:30:00.5", r#"ERROR: invalid input syntax for type interval: "+4 w -3w 12.345678year -01:30:00.5""#),
    ("timestamptz", "America/New_York", "2024-10-06 03:45-03:30", "2024-10-06 03:15:00-04"),
    ("timestamptz", "America/New_York", "2024-03-31 02:30-03:30", "2024-03-31 02:00:00-04"),
    ("interval", "UTC", "12.345678ms", "00:00:00.012346"),
    ("timestamptz", "Europe/Dublin", "2024-10-27 00:59.5", "2024-10-27 00:00:59.5+01"),
    ("timestamptz", "Asia/Kolkata", "2045-11-05 03:59:30", "2045-11-05 03:59:30+05:30"),
    ("timestamptz", "America/New_York", "2024-04-07 03:15:30", "2024-04-07 03:15:30-04"),
    ("interval", "UTC", "+4 sec", "00:00:04"),
    ("interval", "UTC", ".75century", "75 years"),
    ("interval", "UTC", "1e3 s 12.345678minutes 12.345678days 2weeks", r#"ERROR: invalid input syntax for type interval: "1e3 s 12.345678minutes 12.345678days 2weeks""#),
    ("interval", "UTC", "-1.25 mons -3 decade", "-30 years -1 mons -7 days -12:00:00"),
    ("timestamptz", "Australia/Lord_Howe", "2024-03-10 01:59 America/St_Johns", "2024-03-10 16:29:00+11"),
    ("timestamptz", "Europe/Dublin", "2012-03-11 04:30+01", "2012-03-11 03:30:00+00"),
    ("timestamptz", "America/New_York", "2024-09-29 01:30", "2024-09-29 01:30:00-04"),
    ("interval", "UTC", "@ -3weeks 1d", "-20 days"),
    ("interval", "UTC", "1e3 hours 12.345678day -01:30:00.5", r#"ERROR: invalid input syntax for type interval: "1e3 hours 12.345678day -01:30:00.5""#),
    ("interval", "UTC", "-1.25 months 12.345678usec 1e3years -01:30:00.5", r#"ERROR: invalid input syntax for type interval: "-1.25 months 12.345678usec 1e3years -01:30:00.5""#),
    ("interval", "UTC", "0.5msec", "00:00:00.0005"),
    ("interval", "UTC", "100 ago", r#"ERROR: invalid input syntax for type interval: "100 ago""#),
    ("timestamptz", "Australia/Lord_Howe", "2023-11-05 04:59+01", "2023-11-05 14:59:00+11"),
    ("interval", "UTC", "+4day @ .75 millennium", "750 years 4 days"),
    ("timestamptz", "America/Sao_Paulo", "2024-10-27 04:30.5", "2024-10-27 00:04:30.5-03"),
    ("interval", "UTC", "+4months 007 day 1:2:3.456789 @", "4 mons 7 days 01:02:03.456789"),
    ("interval", "UTC", "-3 years 100 decade 1mon", "997 years 1 mon"),
    ("interval", "UTC", "@ .75days +4min +4 min", r#"ERROR: invalid input syntax for type interval: "@ .75days +4min +4 min""#),
    ("timestamptz", "Pacific/Apia", "2024-03-10 04:59:30", "2024-03-10 04:59:30+13"),
    ("interval", "UTC", "1e3decade -3 ago", r#"ERROR: invalid input syntax for type interval: "1e3decade -3 ago""#),
    ("interval", "UTC", "007h 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: "007h 00:00:00.0000005""#),
    ("interval", "UTC", "+4minutes", "00:04:00"),
    ("interval", "UTC", "+4 w -1.25 ms +4 usec +4 sec", "28 days 00:00:03.998754"),
    ("interval", "UTC", "007us +02:03", r#"ERROR: invalid input syntax for type interval: "007us +02:03""#),
    ("timestamptz", "America/New_York", "2011-12-30 01:30:30", "2011-12-30 01:30:30-05"),
    ("interval", "UTC", "-3usec 100 mons -01:30:00.5", r#"ERROR: invalid input syntax for type interval: "-3usec 100 mons -01:30:00.5""#),
    ("interval", "UTC", "-3 decade", "-30 years"),
    ("interval", "UTC", "2 s -1.25 mons -3 msec -3hours -01:30:00.5", r#"ERROR: invalid input syntax for type interval: "2 s -1.25 mons -3 msec -3hours -01:30:00.5""#),
    ("timestamptz", "Pacific/Apia", "2024-04-07 00:00.5", "2024-04-07 00:00:00.5+13"),
    ("timestamptz", "Asia/Kolkata", "2037-03-08 03:45", "2037-03-08 03:45:00+05:30"),
    ("interval", "UTC", ".75min 12.345678mons 007us +4 hours 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: ".75min 12.345678mons 007us +4 hours 00:00:00.0000005""#),
    ("interval", "UTC", "2usec @", "00:00:00.000002"),
    ("interval", "UTC", "@ +4days 12.345678 seconds 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: "@ +4days 12.345678 seconds 00:00:00.0000005""#),
    ("interval", "UTC", "-01:30:00.5 -3year 1 ago 100d -1.25 min", r#"ERROR: invalid input syntax for type interval: "-01:30:00.5 -3year 1 ago 100d -1.25 min""#),
    ("timestamptz", "America/Sao_Paulo", "2024-04-07 01:15 Pacific/Chatham", "2024-04-06 08:30:00-03"),
    ("interval", "UTC", "100 millennium", "100000 years"),
    ("timestamptz", "America/New_York", "2024-09-29 04:45:30", "2024-09-29 04:45:30-04"),
    ("timestamptz", "Pacific/Apia", "1995-01-01 01:45+01", "1994-12-31 13:45:00-11"),
    ("interval", "UTC", "@ -1.25 min +02:03", r#"ERROR: invalid input syntax for type interval: "@ -1.25 min +02:03""#),
    ("interval", "UTC", "12.345678millennium 1 usec 100 d 1e3 h", r#"ERROR: invalid input syntax for type interval: "12.345678millennium 1 usec 100 d 1e3 h""#),
    ("interval", "UTC", "+4 millennium", "4000 years"),
    ("interval", "UTC", "12.345678w -1.25 ago", r#"ERROR: invalid input syntax for type interval: "12.345678w -1.25 ago""#),
    ("interval", "UTC", "@ -3years 0.5 months -1.25hours 2mon", r#"ERROR: invalid input syntax for type interval: "@ -3years 0.5 months -1.25hours 2mon""#),
    ("interval", "UTC", "2 ms 2m +4d 00:00:00.0000005", r#"ERROR: invalid input syntax for type interval: "2 ms 2m +4d 00:00:00.0000005""#),
    ("timestamptz", "America/St_Johns", "2024-09-29 00:30 Australia/Lord_Howe", "2024-09-28 11:30:00-02:30"),
    ("timestamptz", "Europe/Dublin", "2012-03-11 00:00-03:30", "2012-03-11 03:30:00+00"),
    ("interval", "UTC", "+4msec .75s 007m 100 hours", r#"ERROR: invalid input syntax for type interval: "+4msec .75s 007m 100 hours""#),
    ("timestamptz", "Pacific/Apia", "2037-03-08 04:59+01", "2037-03-08 16:59:00+13"),
    ("timestamptz", "America/St_Johns", "2024-09-29 03:15.5", "2024-09-29 00:03:15.5-02:30"),
    ("timestamptz", "America/New_York", "2024-03-31 04:30+01", "2024-03-30 23:30:00-04"),
    ("interval", "UTC", "@ 1seconds 10:00", r#"ERROR: invalid input syntax for type interval: "@ 1seconds 10:00""#),
    ("interval", "UTC", "007 weeks", "49 days"),
    ("timestamptz", "Australia/Lord_Howe", "2011-12-30 01:45+01", "2011-12-30 11:45:00+11"),
    ("interval", "UTC", "12.345678ago -3year 1:2:3.456789", r#"ERROR: invalid input syntax for type interval: "12.345678ago -3year 1:2:3.456789""#),
    ("interval", "UTC", "12.345678 hours -1.25 h", r#"ERROR: invalid input syntax for type interval: "12.345678 hours -1.25 h""#),
    ("timestamptz", "Pacific/Chatham", "2012-03-11 04:59:30", "2012-03-11 04:59:30+13:45"),
    ("interval", "UTC", "-1.25seconds 12.345678hours 1h 100 h", r#"ERROR: invalid input syntax for type interval: "-1.25seconds 12.345678hours 1h 100 h""#),
    ("timestamptz", "Australia/Lord_Howe", "2024-10-06 02:30 Pacific/Apia", "2024-10-06 00:00:00+10:30"),
    ("interval", "UTC", "+4mon -01:30:00.5", "4 mons -01:30:00.5"),
    ("timestamptz", "Pacific/Chatham", "2012-03-11 00:59:30", "2012-03-11 00:59:30+13:45"),
    ("interval", "UTC", "+4 weeks 1sec 0.5s 12.345678 m", r#"ERROR: invalid input syntax for type interval: "+4 weeks 1sec 0.5s 12.345678 m""#),
    ("interval", "UTC", "1sec -1.25seconds", r#"ERROR: invalid input syntax for type interval: "1sec -1.25seconds""#),
];
}
