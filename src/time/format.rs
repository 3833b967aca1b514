//! PostgreSQL's date/time formatting functions: `to_char` for `timestamp`,
//! `timestamptz` and `interval`, `to_date`, `to_timestamp(text, text)` and
//! `to_timestamp(double precision)`.
//!
//! A format string is parsed once into a [`Template`] (a list of nodes:
//! fields such as `YYYY` with their `FM`/`TH`/`th` modifiers, and literal
//! characters); the per-row functions walk that list. Every behaviour here
//! was checked against a live PostgreSQL 15, including its odd corners:
//! only one prefix modifier is read before a field (`FMTMDay` prints
//! `TMThursday `), a prefix followed by no field vanishes (`FMxyz` prints
//! `x` + year digit + `z`), `SP` is accepted after a field and ignored,
//! interval fields are printed with their sign (`-01` for `HH` of
//! `-25:30`), and the ISO-week fields of an interval treat its
//! year/month/day parts as a (possibly nonsensical) calendar date exactly
//! as PostgreSQL's integer routines do.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-formatting.html>
//!
//! # Differences
//! - `TZ` of a fixed-offset session zone prints `UTC` for offset zero and
//!   the offset (`+05:30`, `-03`) otherwise, which is what PostgreSQL prints
//!   for `SET TIME ZONE 5.5` or `INTERVAL '-03:00'`; PostgreSQL prints
//!   other spellings of fixed zones differently (`UTC` for `'UTC+5'`,
//!   nothing for `'+05:30'`), which [`Zone`] does not remember.
//! - `to_timestamp(double)` refuses instants after year 294276 that
//!   PostgreSQL accepts (pgshim's timestamps count from 1970 in 64 bits).
//! - Error messages carry PostgreSQL's primary text only (no DETAIL/HINT).

use chrono::TimeZone;
use chrono_tz::OffsetName;

use super::{
    Date, Interval, TResult, TimeError, Timestamp, Timestamptz, USECS_PER_HOUR, USECS_PER_MINUTE,
    USECS_PER_SEC, Zone, civil,
};

/// Julian day number of 1970-01-01.
const UNIX_EPOCH_JDATE: i64 = 2_440_588;
/// Julian day number of 2000-01-01 (PostgreSQL's epoch).
const POSTGRES_EPOCH_JDATE: i64 = 2_451_545;

// ---------------------------------------------------------------------------
// Template
// ---------------------------------------------------------------------------

/// What a field prints or reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    /// `AM`/`PM` family: with dots, upper case.
    AmPm { dots: bool, upper: bool },
    /// `AD`/`BC` family: with dots, upper case.
    AdBc { dots: bool, upper: bool },
    Hh12,
    Hh24,
    Mi,
    Ss,
    Ms,
    Us,
    /// `FF1`..`FF6`.
    Ff(u8),
    Ssss,
    Tz { upper: bool },
    Tzh,
    Tzm,
    Of,
    YComma,
    Yyyy,
    Yyy,
    Yy,
    Y,
    Iyyy,
    Iyy,
    Iy,
    I,
    Month(Case),
    Mon(Case),
    Mm,
    Day(Case),
    Dy(Case),
    Ddd,
    Iddd,
    Dd,
    D,
    Id,
    W,
    Ww,
    Iw,
    Cc,
    J,
    Q,
    Rm { upper: bool },
    Fx,
}

/// The letter case of a name field (`MONTH`, `Month`, `month`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Title,
    Lower,
}

/// Which calendar a field belongs to when reading (Gregorian or ISO week):
/// the two may not be mixed in one template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    None,
    Gregorian,
    IsoWeek,
}

struct KeyWord {
    name: &'static str,
    key: Key,
    /// Whether the field reads digits (decides how a neighbouring field
    /// reads when the template has no separator between them).
    digit: bool,
    mode: Mode,
}

const fn kw(name: &'static str, key: Key, digit: bool, mode: Mode) -> KeyWord {
    KeyWord {
        name,
        key,
        digit,
        mode,
    }
}

use Mode::{Gregorian as G, IsoWeek as IW, None as N};

/// The field names, tried in this order at each position; the first one
/// that is a prefix of the rest of the template wins, so longer names come
/// before their prefixes.
static KEYWORDS: &[KeyWord] = &[
    kw("A.D.", Key::AdBc { dots: true, upper: true }, false, N),
    kw("A.M.", Key::AmPm { dots: true, upper: true }, false, N),
    kw("AD", Key::AdBc { dots: false, upper: true }, false, N),
    kw("AM", Key::AmPm { dots: false, upper: true }, false, N),
    kw("B.C.", Key::AdBc { dots: true, upper: true }, false, N),
    kw("BC", Key::AdBc { dots: false, upper: true }, false, N),
    kw("CC", Key::Cc, true, N),
    kw("DAY", Key::Day(Case::Upper), false, N),
    kw("DDD", Key::Ddd, true, G),
    kw("DD", Key::Dd, true, G),
    kw("DY", Key::Dy(Case::Upper), false, N),
    kw("Day", Key::Day(Case::Title), false, N),
    kw("Dy", Key::Dy(Case::Title), false, N),
    kw("D", Key::D, true, G),
    kw("FF1", Key::Ff(1), true, N),
    kw("FF2", Key::Ff(2), true, N),
    kw("FF3", Key::Ff(3), true, N),
    kw("FF4", Key::Ff(4), true, N),
    kw("FF5", Key::Ff(5), true, N),
    kw("FF6", Key::Ff(6), true, N),
    kw("FX", Key::Fx, false, N),
    kw("HH24", Key::Hh24, true, N),
    kw("HH12", Key::Hh12, true, N),
    kw("HH", Key::Hh12, true, N),
    kw("IDDD", Key::Iddd, true, IW),
    kw("ID", Key::Id, true, IW),
    kw("IW", Key::Iw, true, IW),
    kw("IYYY", Key::Iyyy, true, IW),
    kw("IYY", Key::Iyy, true, IW),
    kw("IY", Key::Iy, true, IW),
    kw("I", Key::I, true, IW),
    kw("J", Key::J, true, N),
    kw("MI", Key::Mi, true, N),
    kw("MM", Key::Mm, true, G),
    kw("MONTH", Key::Month(Case::Upper), false, G),
    kw("MON", Key::Mon(Case::Upper), false, G),
    kw("MS", Key::Ms, true, N),
    kw("Month", Key::Month(Case::Title), false, G),
    kw("Mon", Key::Mon(Case::Title), false, G),
    kw("OF", Key::Of, false, N),
    kw("P.M.", Key::AmPm { dots: true, upper: true }, false, N),
    kw("PM", Key::AmPm { dots: false, upper: true }, false, N),
    kw("Q", Key::Q, true, N),
    kw("RM", Key::Rm { upper: true }, false, G),
    kw("SSSSS", Key::Ssss, true, N),
    kw("SSSS", Key::Ssss, true, N),
    kw("SS", Key::Ss, true, N),
    kw("TZH", Key::Tzh, false, N),
    kw("TZM", Key::Tzm, true, N),
    kw("TZ", Key::Tz { upper: true }, false, N),
    kw("US", Key::Us, true, N),
    kw("WW", Key::Ww, true, G),
    kw("W", Key::W, true, G),
    kw("Y,YYY", Key::YComma, true, G),
    kw("YYYY", Key::Yyyy, true, G),
    kw("YYY", Key::Yyy, true, G),
    kw("YY", Key::Yy, true, G),
    kw("Y", Key::Y, true, G),
    kw("a.d.", Key::AdBc { dots: true, upper: false }, false, N),
    kw("a.m.", Key::AmPm { dots: true, upper: false }, false, N),
    kw("ad", Key::AdBc { dots: false, upper: false }, false, N),
    kw("am", Key::AmPm { dots: false, upper: false }, false, N),
    kw("b.c.", Key::AdBc { dots: true, upper: false }, false, N),
    kw("bc", Key::AdBc { dots: false, upper: false }, false, N),
    kw("cc", Key::Cc, true, N),
    kw("day", Key::Day(Case::Lower), false, N),
    kw("ddd", Key::Ddd, true, G),
    kw("dd", Key::Dd, true, G),
    kw("dy", Key::Dy(Case::Lower), false, N),
    kw("d", Key::D, true, G),
    kw("ff1", Key::Ff(1), true, N),
    kw("ff2", Key::Ff(2), true, N),
    kw("ff3", Key::Ff(3), true, N),
    kw("ff4", Key::Ff(4), true, N),
    kw("ff5", Key::Ff(5), true, N),
    kw("ff6", Key::Ff(6), true, N),
    kw("fx", Key::Fx, false, N),
    kw("hh24", Key::Hh24, true, N),
    kw("hh12", Key::Hh12, true, N),
    kw("hh", Key::Hh12, true, N),
    kw("iddd", Key::Iddd, true, IW),
    kw("id", Key::Id, true, IW),
    kw("iw", Key::Iw, true, IW),
    kw("iyyy", Key::Iyyy, true, IW),
    kw("iyy", Key::Iyy, true, IW),
    kw("iy", Key::Iy, true, IW),
    kw("i", Key::I, true, IW),
    kw("j", Key::J, true, N),
    kw("mi", Key::Mi, true, N),
    kw("mm", Key::Mm, true, G),
    kw("month", Key::Month(Case::Lower), false, G),
    kw("mon", Key::Mon(Case::Lower), false, G),
    kw("ms", Key::Ms, true, N),
    kw("of", Key::Of, false, N),
    kw("p.m.", Key::AmPm { dots: true, upper: false }, false, N),
    kw("pm", Key::AmPm { dots: false, upper: false }, false, N),
    kw("q", Key::Q, true, N),
    kw("rm", Key::Rm { upper: false }, false, G),
    kw("sssss", Key::Ssss, true, N),
    kw("ssss", Key::Ssss, true, N),
    kw("ss", Key::Ss, true, N),
    kw("tzh", Key::Tzh, false, N),
    kw("tzm", Key::Tzm, true, N),
    kw("tz", Key::Tz { upper: false }, false, N),
    kw("us", Key::Us, true, N),
    kw("ww", Key::Ww, true, G),
    kw("w", Key::W, true, G),
    kw("y,yyy", Key::YComma, true, G),
    kw("yyyy", Key::Yyyy, true, G),
    kw("yyy", Key::Yyy, true, G),
    kw("yy", Key::Yy, true, G),
    kw("y", Key::Y, true, G),
];

/// The ordinal suffix a field asked for (`TH` or `th`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Th {
    None,
    Upper,
    Lower,
}

/// How a literal character of the template reads input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharKind {
    /// A letter, digit or quoted character: consumes one input character.
    Char,
    /// An ASCII punctuation character outside quotes: matches one
    /// separator or space, or nothing.
    Separator,
    /// White space outside quotes.
    Space,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Field {
        /// Index into [`KEYWORDS`].
        kw: u8,
        fm: bool,
        th: Th,
    },
    Char(char, CharKind),
}

/// A parsed `to_char` / `to_date` / `to_timestamp` format string. Parse it
/// once per statement with [`Template::parse`] and reuse it for every row.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html#FUNCTIONS-FORMATTING-DATETIME-TABLE>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    nodes: Vec<Node>,
    /// The format string was empty: `to_char` returns NULL.
    empty: bool,
    /// Some field is not allowed for an interval.
    bad_for_interval: bool,
    /// An estimate of the output length, for the result's capacity.
    width: usize,
}

impl Template {
    /// Parses a format string. Parsing never fails: text that is not a field
    /// is copied as it is, as PostgreSQL does.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/functions-formatting.html#FUNCTIONS-FORMATTING-DATETIMEMOD-TABLE>
    pub fn parse(fmt: &str) -> Template {
        let b = fmt.as_bytes();
        let mut nodes = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            // One prefix modifier at most.
            let mut fm = false;
            let rest = &b[i..];
            if rest.starts_with(b"FM") || rest.starts_with(b"fm") {
                fm = true;
                i += 2;
            } else if rest.starts_with(b"TM") || rest.starts_with(b"tm") {
                // Translation mode: the C locale's names are the English ones.
                i += 2;
            }
            if i >= b.len() {
                break;
            }
            if let Some(k) = find_keyword(&b[i..]) {
                i += KEYWORDS[k].name.len();
                let mut th = Th::None;
                let rest = &b[i..];
                if rest.starts_with(b"TH") {
                    th = Th::Upper;
                    i += 2;
                } else if rest.starts_with(b"th") {
                    th = Th::Lower;
                    i += 2;
                } else if rest.starts_with(b"SP") {
                    // Spell mode is accepted and has no effect.
                    i += 2;
                }
                nodes.push(Node::Field {
                    kw: k as u8,
                    fm,
                    th,
                });
                continue;
            }
            let ch = char_at(fmt, i);
            if ch == '"' {
                i += 1;
                while i < b.len() {
                    let mut c = char_at(fmt, i);
                    if c == '"' {
                        i += 1;
                        break;
                    }
                    if c == '\\' && i + 1 < b.len() {
                        i += 1;
                        c = char_at(fmt, i);
                    }
                    nodes.push(Node::Char(c, CharKind::Char));
                    i += c.len_utf8();
                }
                continue;
            }
            let mut c = ch;
            if c == '\\' && b.get(i + 1) == Some(&b'"') {
                i += 1;
                c = '"';
            }
            let kind = if is_separator(c) {
                CharKind::Separator
            } else if is_c_space(c) {
                CharKind::Space
            } else {
                CharKind::Char
            };
            nodes.push(Node::Char(c, kind));
            i += c.len_utf8();
        }
        let bad_for_interval = nodes.iter().any(|n| match n {
            Node::Field { kw, .. } => matches!(
                KEYWORDS[*kw as usize].key,
                Key::Tz { .. }
                    | Key::Tzh
                    | Key::Tzm
                    | Key::Of
                    | Key::AdBc { .. }
                    | Key::Month(_)
                    | Key::Mon(_)
                    | Key::Day(_)
                    | Key::Dy(_)
                    | Key::D
                    | Key::Id
            ),
            Node::Char(..) => false,
        });
        let width = nodes
            .iter()
            .map(|n| match n {
                Node::Field { .. } => 9,
                Node::Char(c, _) => c.len_utf8(),
            })
            .sum();
        Template {
            nodes,
            empty: fmt.is_empty(),
            bad_for_interval,
            width,
        }
    }
}

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

fn find_keyword(rest: &[u8]) -> Option<usize> {
    let first = *rest.first()?;
    KEYWORDS.iter().position(|k| {
        let n = k.name.as_bytes();
        n[0] == first && rest.starts_with(n)
    })
}

/// An ASCII printable character that is not a letter, digit or space.
fn is_separator(c: char) -> bool {
    c.is_ascii_graphic() && !c.is_ascii_alphanumeric()
}

/// C's `isspace` in the C locale.
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

fn is_space_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

// ---------------------------------------------------------------------------
// PostgreSQL's integer calendar routines (C `int` arithmetic, wrapping), so
// that interval fields fed to them give PostgreSQL's exact (odd) answers.
// ---------------------------------------------------------------------------

fn date2j(year: i32, month: i32, day: i32) -> i32 {
    let (y, m) = if month > 2 {
        (year.wrapping_add(4800), month.wrapping_add(1))
    } else {
        (year.wrapping_add(4799), month.wrapping_add(13))
    };
    let century = y / 100;
    let mut j = y.wrapping_mul(365).wrapping_sub(32167);
    j = j
        .wrapping_add(y / 4)
        .wrapping_sub(century)
        .wrapping_add(century / 4);
    j.wrapping_add(7834i32.wrapping_mul(m) / 256)
        .wrapping_add(day)
}

fn j2date(jd: i32) -> (i32, i32, i32) {
    let mut julian = (jd as u32).wrapping_add(32044);
    let mut quad = julian / 146_097;
    let extra = julian
        .wrapping_sub(quad.wrapping_mul(146_097))
        .wrapping_mul(4)
        .wrapping_add(3);
    julian = julian
        .wrapping_add(60)
        .wrapping_add(quad.wrapping_mul(3))
        .wrapping_add(extra / 146_097);
    quad = julian / 1461;
    julian = julian.wrapping_sub(quad.wrapping_mul(1461));
    let mut y = (julian.wrapping_mul(4) / 1461) as i32;
    julian = if y != 0 {
        julian.wrapping_add(305) % 365
    } else {
        julian.wrapping_add(306) % 366
    }
    .wrapping_add(123);
    y = y.wrapping_add(quad.wrapping_mul(4) as i32);
    let year = y.wrapping_sub(4800);
    quad = julian.wrapping_mul(2141) / 65536;
    let day = julian.wrapping_sub(7834u32.wrapping_mul(quad) / 256) as i32;
    let month = ((quad.wrapping_add(10)) % 12 + 1) as i32;
    (year, month, day)
}

/// Day of week of a Julian day, 0 = Sunday.
fn j2day(jd: i32) -> i32 {
    jd.wrapping_add(1).rem_euclid(7)
}

/// (first Julian day of ISO week 1 of `year`).
fn iso_week1(year: i32) -> i32 {
    let day4 = date2j(year, 1, 4);
    day4.wrapping_sub(j2day(day4.wrapping_sub(1)))
}

fn isoweek2j(year: i32, week: i32) -> i32 {
    week.wrapping_sub(1)
        .wrapping_mul(7)
        .wrapping_add(iso_week1(year))
}

/// ISO week number and ISO year of a date.
fn iso_week_year(year: i32, mon: i32, mday: i32) -> (i32, i32) {
    let dayn = date2j(year, mon, mday);
    let mut y = year;
    let mut start = iso_week1(year);
    if dayn < start {
        y = year.wrapping_sub(1);
        start = iso_week1(y);
    }
    let mut week = dayn.wrapping_sub(start) / 7 + 1;
    if week >= 52 {
        let next = iso_week1(y.wrapping_add(1));
        if dayn >= next {
            // The last days of a year may be in week 1 of the next one.
            week = dayn.wrapping_sub(next) / 7 + 1;
            y = y.wrapping_add(1);
        }
    }
    (week, y)
}

fn iso_year(year: i32, mon: i32, mday: i32) -> i32 {
    iso_week_year(year, mon, mday).1
}

// The ISO week as PostgreSQL's date2isoweek computes it: note that it keeps
// the calendar year when deciding about week 1 of the next year.
fn iso_week(year: i32, mon: i32, mday: i32) -> i32 {
    let dayn = date2j(year, mon, mday);
    let mut start = iso_week1(year);
    if dayn < start {
        start = iso_week1(year.wrapping_sub(1));
    }
    let mut week = dayn.wrapping_sub(start) / 7 + 1;
    if week >= 52 {
        let next = iso_week1(year.wrapping_add(1));
        if dayn >= next {
            week = dayn.wrapping_sub(next) / 7 + 1;
        }
    }
    week
}

fn iso_year_day(year: i32, mon: i32, mday: i32) -> i32 {
    date2j(year, mon, mday)
        .wrapping_sub(isoweek2j(iso_year(year, mon, mday), 1))
        .wrapping_add(1)
}

// ---------------------------------------------------------------------------
// to_char
// ---------------------------------------------------------------------------

/// The broken-down value `to_char` prints (PostgreSQL's `struct pg_tm`).
struct Tm {
    /// Astronomical year (0 = 1 BC) for dates; the years of an interval.
    year: i32,
    mon: i32,
    mday: i32,
    hour: i64,
    min: i32,
    sec: i32,
    fsec: i32,
    yday: i32,
    wday: i32,
    gmtoff: i32,
    interval: bool,
}

impl Tm {
    fn from_timestamp(t: Timestamp, gmtoff: i32) -> Tm {
        let (date, tod) = t.split();
        let days = date.0 as i64;
        let (y, m, d) = civil::civil_from_days(days);
        let jan1 = civil::days_from_civil(y, 1, 1);
        let secs = tod / USECS_PER_SEC;
        Tm {
            year: y,
            mon: m as i32,
            mday: d as i32,
            hour: secs / 3600,
            min: (secs / 60 % 60) as i32,
            sec: (secs % 60) as i32,
            fsec: (tod % USECS_PER_SEC) as i32,
            yday: (days - jan1 + 1) as i32,
            wday: civil::weekday(days) as i32,
            gmtoff,
            interval: false,
        }
    }

    fn from_interval(iv: Interval) -> Tm {
        let year = iv.months / 12;
        let mon = iv.months % 12;
        let mut t = iv.micros;
        let hour = t / USECS_PER_HOUR;
        t -= hour * USECS_PER_HOUR;
        let min = t / USECS_PER_MINUTE;
        t -= min * USECS_PER_MINUTE;
        let sec = t / USECS_PER_SEC;
        t -= sec * USECS_PER_SEC;
        Tm {
            year,
            mon,
            mday: iv.days,
            hour,
            min: min as i32,
            sec: sec as i32,
            fsec: t as i32,
            // An approximation of the whole span in days, in C int.
            yday: year
                .wrapping_mul(12)
                .wrapping_add(mon)
                .wrapping_mul(30)
                .wrapping_add(iv.days),
            wday: 0,
            gmtoff: 0,
            interval: true,
        }
    }

    /// The year as printed: BC years count down from 1 for dates.
    fn shown_year(&self, y: i32) -> i32 {
        if self.interval || y > 0 {
            y
        } else {
            1i32.wrapping_sub(y)
        }
    }
}

/// `to_char(timestamp, text)`. `None` (SQL NULL) for an infinite timestamp
/// or an empty format, as in PostgreSQL.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html>
pub fn to_char_timestamp(t: Timestamp, tpl: &Template) -> TResult<Option<String>> {
    if !t.is_finite() || tpl.empty {
        return Ok(None);
    }
    let tm = Tm::from_timestamp(t, 0);
    Ok(Some(render(&tm, None, tpl)))
}

/// `to_char(timestamptz, text)`: the fields of the instant's civil time in
/// `zone` (the session time zone); `TZ` prints the zone's abbreviation,
/// `TZH`/`TZM`/`OF` its UTC offset. `None` for infinity or an empty format.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html>
pub fn to_char_timestamptz(t: Timestamptz, zone: &Zone, tpl: &Template) -> TResult<Option<String>> {
    if !t.is_finite() || tpl.empty {
        return Ok(None);
    }
    let (local, off) = t.to_local(zone);
    let tm = Tm::from_timestamp(local, off);
    let needs_abbrev = tpl.nodes.iter().any(|n| {
        matches!(n, Node::Field { kw, .. } if matches!(KEYWORDS[*kw as usize].key, Key::Tz { .. }))
    });
    if !needs_abbrev {
        return Ok(Some(render(&tm, Some(""), tpl)));
    }
    match zone {
        Zone::Named(tz) => {
            let secs = t.0.div_euclid(USECS_PER_SEC);
            let off = chrono::DateTime::from_timestamp(secs, 0)
                .map(|dt| tz.offset_from_utc_datetime(&dt.naive_utc()));
            let abbrev = off.as_ref().and_then(|o| o.abbreviation()).unwrap_or("");
            Ok(Some(render(&tm, Some(abbrev), tpl)))
        }
        Zone::Fixed(0) => Ok(Some(render(&tm, Some("UTC"), tpl))),
        Zone::Fixed(o) => {
            let abbrev = super::zone::format_offset_hms(*o);
            Ok(Some(render(&tm, Some(&abbrev), tpl)))
        }
    }
}

/// `to_char(interval, text)`: years, months (`MM` is months modulo 12),
/// days (`DD`), hours (`HH24` can pass 24; `HH` is hours modulo 12, 12 for
/// zero), each printed with the interval's sign. Fields tied to calendar
/// dates (`Month`, `Day`, `D`, `ID`, `AD`/`BC`, time zones) are an error.
/// `None` for an empty format.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html>
pub fn to_char_interval(iv: Interval, tpl: &Template) -> TResult<Option<String>> {
    if tpl.empty {
        return Ok(None);
    }
    if tpl.bad_for_interval {
        return Err(TimeError::new(
            "invalid format specification for an interval value",
        ));
    }
    let tm = Tm::from_interval(iv);
    Ok(Some(render(&tm, None, tpl)))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
/// Roman month numerals, December first.
const RM_UPPER: [&str; 12] = [
    "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I",
];
const RM_LOWER: [&str; 12] = [
    "xii", "xi", "x", "ix", "viii", "vii", "vi", "v", "iv", "iii", "ii", "i",
];

/// C's `%0*d`: at least `width` characters, zero-padded after the sign.
fn push_num(out: &mut String, v: i64, width: usize) {
    let mut buf = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = buf.len() - i;
    let neg = v < 0;
    if neg {
        out.push('-');
    }
    for _ in digits + neg as usize..width {
        out.push('0');
    }
    for &d in &buf[i..] {
        out.push(d as char);
    }
}

/// Appends the ordinal suffix for the number just written from `start`.
fn push_th(out: &mut String, start: usize, th: Th) {
    if th == Th::None {
        return;
    }
    let b = &out.as_bytes()[start..];
    let last = b.last().copied().unwrap_or(b'0');
    let teen = b.len() > 1 && b[b.len() - 2] == b'1';
    let s = match (teen, last) {
        (false, b'1') => "st",
        (false, b'2') => "nd",
        (false, b'3') => "rd",
        _ => "th",
    };
    if th == Th::Upper {
        for c in s.chars() {
            out.push(c.to_ascii_uppercase());
        }
    } else {
        out.push_str(s);
    }
}

fn push_cased(out: &mut String, s: &str, case: Case) {
    match case {
        Case::Title => out.push_str(s),
        Case::Upper => s.chars().for_each(|c| out.push(c.to_ascii_uppercase())),
        Case::Lower => s.chars().for_each(|c| out.push(c.to_ascii_lowercase())),
    }
}

/// C's `%-*s`: left-justified in `width` columns.
fn pad_to(out: &mut String, start: usize, width: usize) {
    let len = out.len() - start;
    for _ in len..width {
        out.push(' ');
    }
}

fn width(fm: bool, v: i64, w: usize) -> usize {
    if fm {
        0
    } else if v >= 0 {
        w
    } else {
        w + 1
    }
}

/// Formats `tm` by the template. `tz` is the zone abbreviation for
/// `timestamptz` (`None` for `timestamp` and `interval`, where `TZ` prints
/// nothing).
fn render(tm: &Tm, tz: Option<&str>, tpl: &Template) -> String {
    let mut out = String::with_capacity(tpl.width);
    for node in &tpl.nodes {
        let (kw, fm, th) = match node {
            Node::Char(c, _) => {
                out.push(*c);
                continue;
            }
            Node::Field { kw, fm, th } => (*kw, *fm, *th),
        };
        let start = out.len();
        // A numeric field: value and zero-padded width (before FM).
        let num: Option<(i64, usize)> = match KEYWORDS[kw as usize].key {
            Key::Fx => None,
            Key::AmPm { dots, upper } => {
                let pm = tm.hour % 24 >= 12;
                out.push_str(match (pm, dots, upper) {
                    (false, true, true) => "A.M.",
                    (true, true, true) => "P.M.",
                    (false, false, true) => "AM",
                    (true, false, true) => "PM",
                    (false, true, false) => "a.m.",
                    (true, true, false) => "p.m.",
                    (false, false, false) => "am",
                    (true, false, false) => "pm",
                });
                None
            }
            Key::AdBc { dots, upper } => {
                let bc = tm.year <= 0;
                out.push_str(match (bc, dots, upper) {
                    (false, true, true) => "A.D.",
                    (true, true, true) => "B.C.",
                    (false, false, true) => "AD",
                    (true, false, true) => "BC",
                    (false, true, false) => "a.d.",
                    (true, true, false) => "b.c.",
                    (false, false, false) => "ad",
                    (true, false, false) => "bc",
                });
                None
            }
            Key::Hh12 => {
                let h = tm.hour % 12;
                let h = if h == 0 { 12 } else { h };
                Some((h, width(fm, tm.hour, 2)))
            }
            Key::Hh24 => Some((tm.hour, width(fm, tm.hour, 2))),
            Key::Mi => Some((tm.min as i64, width(fm, tm.min as i64, 2))),
            Key::Ss => Some((tm.sec as i64, width(fm, tm.sec as i64, 2))),
            Key::Ms => Some((tm.fsec as i64 / 1000, 3)),
            Key::Us => Some((tm.fsec as i64, 6)),
            Key::Ff(n) => {
                let div = 10i64.pow(6 - n as u32);
                Some((tm.fsec as i64 / div, n as usize))
            }
            Key::Ssss => Some((tm.hour * 3600 + tm.min as i64 * 60 + tm.sec as i64, 0)),
            Key::Tz { upper } => {
                if let Some(a) = tz {
                    if upper {
                        out.push_str(a);
                    } else {
                        a.chars().for_each(|c| out.push(c.to_ascii_lowercase()));
                    }
                }
                None
            }
            Key::Tzh => {
                out.push(if tm.gmtoff >= 0 { '+' } else { '-' });
                push_num(&mut out, (tm.gmtoff.unsigned_abs() / 3600) as i64, 2);
                None
            }
            Key::Tzm => {
                push_num(&mut out, (tm.gmtoff.unsigned_abs() % 3600 / 60) as i64, 2);
                None
            }
            Key::Of => {
                let a = tm.gmtoff.unsigned_abs();
                out.push(if tm.gmtoff >= 0 { '+' } else { '-' });
                push_num(&mut out, (a / 3600) as i64, if fm { 0 } else { 2 });
                if a % 3600 != 0 {
                    out.push(':');
                    push_num(&mut out, (a % 3600 / 60) as i64, 2);
                }
                None
            }
            Key::YComma => {
                let y = tm.shown_year(tm.year);
                let k = y / 1000;
                push_num(&mut out, k as i64, 0);
                out.push(',');
                push_num(&mut out, y.wrapping_sub(k.wrapping_mul(1000)) as i64, 3);
                push_th(&mut out, start, th);
                None
            }
            key @ (Key::Yyyy | Key::Yyy | Key::Yy | Key::Y) => {
                let y = tm.shown_year(tm.year) as i64;
                Some(year_digits(key, y, fm))
            }
            key @ (Key::Iyyy | Key::Iyy | Key::Iy | Key::I) => {
                let y = tm.shown_year(iso_year(tm.year, tm.mon, tm.mday)) as i64;
                let key = match key {
                    Key::Iyyy => Key::Yyyy,
                    Key::Iyy => Key::Yyy,
                    Key::Iy => Key::Yy,
                    _ => Key::Y,
                };
                Some(year_digits(key, y, fm))
            }
            Key::Month(case) => {
                if tm.mon != 0 {
                    push_cased(&mut out, month_name(tm.mon), case);
                    if !fm {
                        pad_to(&mut out, start, 9);
                    }
                }
                None
            }
            Key::Mon(case) => {
                if tm.mon != 0 {
                    push_cased(&mut out, &month_name(tm.mon)[..3], case);
                }
                None
            }
            Key::Mm => Some((tm.mon as i64, width(fm, tm.mon as i64, 2))),
            Key::Day(case) => {
                push_cased(&mut out, day_name(tm.wday), case);
                if !fm {
                    pad_to(&mut out, start, 9);
                }
                None
            }
            Key::Dy(case) => {
                push_cased(&mut out, &day_name(tm.wday)[..3], case);
                None
            }
            Key::Ddd => Some((tm.yday as i64, if fm { 0 } else { 3 })),
            Key::Iddd => Some((
                iso_year_day(tm.year, tm.mon, tm.mday) as i64,
                if fm { 0 } else { 3 },
            )),
            Key::Dd => Some((tm.mday as i64, if fm { 0 } else { 2 })),
            Key::D => Some((tm.wday as i64 + 1, 0)),
            Key::Id => Some((if tm.wday == 0 { 7 } else { tm.wday as i64 }, 0)),
            Key::W => Some(((tm.mday.wrapping_sub(1) / 7 + 1) as i64, 0)),
            Key::Ww => Some((
                (tm.yday.wrapping_sub(1) / 7 + 1) as i64,
                if fm { 0 } else { 2 },
            )),
            Key::Iw => Some((
                iso_week(tm.year, tm.mon, tm.mday) as i64,
                if fm { 0 } else { 2 },
            )),
            Key::Cc => {
                let c = if tm.interval {
                    tm.year / 100
                } else if tm.year > 0 {
                    (tm.year - 1) / 100 + 1
                } else {
                    tm.year / 100 - 1
                } as i64;
                Some((c, if (-99..=99).contains(&c) { width(fm, c, 2) } else { 0 }))
            }
            Key::J => Some((date2j(tm.year, tm.mon, tm.mday) as i64, 0)),
            Key::Q => {
                if tm.mon == 0 {
                    None
                } else {
                    Some(((tm.mon.wrapping_sub(1) / 3 + 1) as i64, 0))
                }
            }
            Key::Rm { upper } => {
                if tm.mon != 0 || tm.year != 0 {
                    let idx = if tm.mon == 0 {
                        if tm.year >= 0 { 0 } else { 11 }
                    } else if tm.mon < 0 {
                        (-(tm.mon + 1)) as usize
                    } else {
                        (12 - tm.mon) as usize
                    };
                    let names = if upper { &RM_UPPER } else { &RM_LOWER };
                    out.push_str(names[idx.min(11)]);
                    if !fm {
                        pad_to(&mut out, start, 4);
                    }
                }
                None
            }
        };
        if let Some((v, w)) = num {
            push_num(&mut out, v, w);
            push_th(&mut out, start, th);
        }
    }
    out
}

fn month_name(mon: i32) -> &'static str {
    MONTHS[(mon.clamp(1, 12) - 1) as usize]
}

fn day_name(wday: i32) -> &'static str {
    DAYS[wday.clamp(0, 6) as usize]
}

/// `YYYY`/`YYY`/`YY`/`Y` of a shown year: the last 4 (at least), 3, 2 or 1
/// digits, keeping the sign of an interval's years.
fn year_digits(key: Key, y: i64, fm: bool) -> (i64, usize) {
    let (v, w) = match key {
        Key::Yyyy => (y, 4),
        Key::Yyy => (y % 1000, 3),
        Key::Yy => (y % 100, 2),
        _ => (y % 10, 1),
    };
    (v, width(fm, v, w))
}

// ---------------------------------------------------------------------------
// to_date / to_timestamp(text, text)
// ---------------------------------------------------------------------------

/// The fields read from the input (PostgreSQL's `TmFromChar`); zero means
/// "not given".
#[derive(Default)]
struct FromChar {
    mode: Option<Mode>,
    hh: i32,
    pm: i32,
    mi: i32,
    ss: i32,
    ssss: i32,
    d: i32,
    dd: i32,
    ddd: i32,
    mm: i32,
    ms: i32,
    year: i32,
    bc: i32,
    ww: i32,
    w: i32,
    cc: i32,
    j: i32,
    us: i32,
    yysz: i32,
    twelve_hour: bool,
    tzsign: i32,
    tzh: i32,
    tzm: i32,
    ff: i32,
}

fn invalid_value(value: &str, field: &str) -> TimeError {
    TimeError::new(format!("invalid value \"{value}\" for \"{field}\""))
}

fn set_int(dest: &mut i32, value: i32, name: &str) -> TResult<()> {
    if *dest != 0 && *dest != value {
        return Err(TimeError::new(format!(
            "conflicting values for \"{name}\" field in formatting string"
        )));
    }
    *dest = value;
    Ok(())
}

/// C's `strtol` on `b` from `pos`: (value, end), where `end == pos` when no
/// digits were read; `None` value on overflow of a 64-bit long.
fn strtol(b: &[u8], pos: usize) -> (Option<i64>, usize) {
    let mut i = pos;
    while i < b.len() && is_space_byte(b[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let digits_start = i;
    let mut v: Option<i64> = Some(0);
    while i < b.len() && b[i].is_ascii_digit() {
        let d = (b[i] - b'0') as i64;
        v = v.and_then(|v| v.checked_mul(10)).and_then(|v| {
            if neg {
                v.checked_sub(d)
            } else {
                v.checked_add(d)
            }
        });
        i += 1;
    }
    if i == digits_start {
        return (Some(0), pos);
    }
    (v, i)
}

/// Reads the remaining input lossily as text, for messages.
fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The byte length of the character at `i` (one for invalid bytes).
fn char_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        None => 0,
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c >= 0xF0 => 4.min(b.len() - i),
        Some(&c) if c >= 0xE0 => 3.min(b.len() - i),
        Some(&c) if c >= 0xC0 => 2.min(b.len() - i),
        Some(_) => 1,
    }
}

struct Reader<'a> {
    b: &'a [u8],
    nodes: &'a [Node],
}

impl Reader<'_> {
    /// Whether the field at node `idx` may read as many digits as there are,
    /// because what follows it cannot be a digit.
    fn next_is_separator(&self, idx: usize) -> bool {
        if let Node::Field { th, .. } = self.nodes[idx] {
            if th != Th::None {
                return true;
            }
        }
        match self.nodes.get(idx + 1) {
            None => true,
            Some(Node::Field { kw, .. }) => !KEYWORDS[*kw as usize].digit,
            Some(Node::Char(c, _)) => !c.is_ascii_digit(),
        }
    }

    /// Reads an integer of `len` characters (or as many digits as there are
    /// in fill mode or before a separator) into `dest`; returns the number
    /// of bytes used, spaces included.
    fn int_len(
        &self,
        dest: Option<&mut i32>,
        s: &mut usize,
        len: usize,
        idx: usize,
        fm: bool,
        name: &str,
    ) -> TResult<usize> {
        let init = *s;
        while *s < self.b.len() && is_space_byte(self.b[*s]) {
            *s += 1;
        }
        let remaining = self.b.len() - *s;
        let copy = &self.b[*s..*s + remaining.min(len)];
        let result;
        if fm || self.next_is_separator(idx) {
            let (v, end) = strtol(self.b, init);
            *s = end;
            result = v;
        } else {
            if remaining < len {
                return Err(TimeError::new(format!(
                    "source string too short for \"{name}\" formatting field"
                )));
            }
            let (v, end) = strtol(copy, 0);
            if end > 0 && end < len {
                return Err(invalid_value(&text(copy), name));
            }
            *s += end;
            result = v;
        }
        if *s == init {
            return Err(invalid_value(&text(copy), name));
        }
        let v = match result {
            Some(v) if (i32::MIN as i64..=i32::MAX as i64).contains(&v) => v as i32,
            _ => {
                return Err(TimeError::new(format!(
                    "value for \"{name}\" in source string is out of range"
                )));
            }
        };
        if let Some(dest) = dest {
            set_int(dest, v, name)?;
        }
        Ok(*s - init)
    }

    /// Matches one of `words` (ASCII case-insensitively) at `s`.
    fn seq(&self, s: &mut usize, words: &[&str], name: &str) -> TResult<usize> {
        let rest = &self.b[*s..];
        for (i, w) in words.iter().enumerate() {
            let w = w.as_bytes();
            if rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w) {
                *s += w.len();
                return Ok(i);
            }
        }
        let end = rest
            .iter()
            .position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
            .unwrap_or(rest.len());
        Err(invalid_value(&text(&rest[..end]), name))
    }
}

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DAYS_SHORT: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

fn skip_th(b: &[u8], s: &mut usize, th: Th) {
    if th != Th::None {
        *s += char_len(b, *s);
        *s += char_len(b, *s);
    }
}

fn adjust_partial_year(year: i32) -> i32 {
    if year < 70 {
        year + 2000
    } else if year < 100 {
        year + 1900
    } else if year < 520 {
        year + 2000
    } else if year < 1000 {
        year + 1000
    } else {
        year
    }
}

/// Reads `input` by the template into the raw fields.
fn from_char(tpl: &Template, input: &str) -> TResult<FromChar> {
    let b = input.as_bytes();
    let r = Reader {
        b,
        nodes: &tpl.nodes,
    };
    let mut out = FromChar::default();
    let mut fx = false;
    let mut extra_skip: i32 = 0;
    let mut s = 0usize;
    for (idx, node) in tpl.nodes.iter().enumerate() {
        if s >= b.len() {
            break;
        }
        let is_fx = matches!(node, Node::Field { kw, .. } if KEYWORDS[*kw as usize].key == Key::Fx);
        if !fx && !is_fx && (matches!(node, Node::Field { .. }) || idx == 0) {
            while s < b.len() && is_space_byte(b[s]) {
                s += 1;
                extra_skip += 1;
            }
        }
        let (kw, fm, th) = match node {
            Node::Char(_, CharKind::Space | CharKind::Separator) => {
                if !fx {
                    extra_skip -= 1;
                    if s < b.len() && (is_space_byte(b[s]) || is_separator(b[s] as char)) {
                        s += 1;
                        extra_skip += 1;
                    }
                } else {
                    s += char_len(b, s);
                }
                continue;
            }
            Node::Char(_, CharKind::Char) => {
                if !fx && extra_skip > 0 {
                    extra_skip -= 1;
                } else {
                    s += char_len(b, s);
                }
                continue;
            }
            Node::Field { kw, fm, th } => (*kw as usize, *fm, *th),
        };
        let k = &KEYWORDS[kw];
        if k.mode != Mode::None {
            match out.mode {
                None => out.mode = Some(k.mode),
                Some(m) if m != k.mode => {
                    return Err(TimeError::new("invalid combination of date conventions"));
                }
                _ => {}
            }
        }
        let name = k.name;
        let fixed = k.name.len();
        match k.key {
            Key::Fx => fx = true,
            Key::AmPm { dots, .. } => {
                let v = if dots {
                    r.seq(&mut s, &["a.m.", "p.m.", "A.M.", "P.M."], name)?
                } else {
                    r.seq(&mut s, &["am", "pm", "AM", "PM"], name)?
                };
                set_int(&mut out.pm, (v % 2) as i32, name)?;
                out.twelve_hour = true;
            }
            Key::Hh12 => {
                r.int_len(Some(&mut out.hh), &mut s, 2, idx, fm, name)?;
                out.twelve_hour = true;
                skip_th(b, &mut s, th);
            }
            Key::Hh24 => {
                r.int_len(Some(&mut out.hh), &mut s, 2, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Mi => {
                r.int_len(Some(&mut out.mi), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Ss => {
                r.int_len(Some(&mut out.ss), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Ms => {
                let start = s;
                r.int_len(Some(&mut out.ms), &mut s, 3, idx, fm, name)?;
                let len = s - start;
                out.ms = out.ms.wrapping_mul(match len {
                    1 => 100,
                    2 => 10,
                    _ => 1,
                });
                skip_th(b, &mut s, th);
            }
            Key::Ff(_) | Key::Us => {
                let len = if let Key::Ff(n) = k.key {
                    out.ff = n as i32;
                    n as usize
                } else {
                    6
                };
                let start = s;
                r.int_len(Some(&mut out.us), &mut s, len, idx, fm, name)?;
                let used = s - start;
                out.us = out.us.wrapping_mul(match used {
                    1 => 100_000,
                    2 => 10_000,
                    3 => 1000,
                    4 => 100,
                    5 => 10,
                    _ => 1,
                });
                skip_th(b, &mut s, th);
            }
            Key::Ssss => {
                r.int_len(Some(&mut out.ssss), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Tz { .. } | Key::Of => {
                return Err(TimeError::new(format!(
                    "formatting field \"{name}\" is only supported in to_char"
                )));
            }
            Key::Tzh => {
                if s < b.len() && matches!(b[s], b'+' | b'-' | b' ') {
                    out.tzsign = if b[s] == b'-' { -1 } else { 1 };
                    s += 1;
                } else if extra_skip > 0 && s > 0 && b[s - 1] == b'-' {
                    out.tzsign = -1;
                } else {
                    out.tzsign = 1;
                }
                r.int_len(Some(&mut out.tzh), &mut s, 2, idx, fm, name)?;
            }
            Key::Tzm => {
                if out.tzsign == 0 {
                    out.tzsign = 1;
                }
                r.int_len(Some(&mut out.tzm), &mut s, 2, idx, fm, name)?;
            }
            Key::AdBc { dots, .. } => {
                let v = if dots {
                    r.seq(&mut s, &["a.d.", "b.c.", "A.D.", "B.C."], name)?
                } else {
                    r.seq(&mut s, &["ad", "bc", "AD", "BC"], name)?
                };
                set_int(&mut out.bc, (v % 2) as i32, name)?;
            }
            Key::Month(_) => {
                let v = r.seq(&mut s, &MONTHS, name)?;
                set_int(&mut out.mm, v as i32 + 1, name)?;
            }
            Key::Mon(_) => {
                let v = r.seq(&mut s, &MONTHS_SHORT, name)?;
                set_int(&mut out.mm, v as i32 + 1, name)?;
            }
            Key::Mm => {
                r.int_len(Some(&mut out.mm), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Day(_) => {
                let v = r.seq(&mut s, &DAYS, name)?;
                set_int(&mut out.d, v as i32, name)?;
                out.d += 1;
            }
            Key::Dy(_) => {
                let v = r.seq(&mut s, &DAYS_SHORT, name)?;
                set_int(&mut out.d, v as i32, name)?;
                out.d += 1;
            }
            Key::Ddd => {
                r.int_len(Some(&mut out.ddd), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Iddd => {
                r.int_len(Some(&mut out.ddd), &mut s, 3, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Dd => {
                r.int_len(Some(&mut out.dd), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::D => {
                r.int_len(Some(&mut out.d), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Id => {
                r.int_len(Some(&mut out.d), &mut s, 1, idx, fm, name)?;
                // ISO Monday = 1 becomes Sunday-based numbering.
                out.d = out.d.wrapping_add(1);
                if out.d > 7 {
                    out.d = 1;
                }
                skip_th(b, &mut s, th);
            }
            Key::Ww | Key::Iw => {
                r.int_len(Some(&mut out.ww), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Q => {
                r.int_len(None, &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::Cc => {
                r.int_len(Some(&mut out.cc), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::YComma => {
                let (years, used) = scan_y_comma(&b[s..])
                    .ok_or_else(|| TimeError::new("invalid input string for \"Y,YYY\""))?;
                set_int(&mut out.year, years, name)?;
                out.yysz = 4;
                s += used;
                skip_th(b, &mut s, th);
            }
            Key::Yyyy | Key::Iyyy => {
                r.int_len(Some(&mut out.year), &mut s, fixed, idx, fm, name)?;
                out.yysz = 4;
                skip_th(b, &mut s, th);
            }
            key @ (Key::Yyy | Key::Iyy | Key::Yy | Key::Iy | Key::Y | Key::I) => {
                if r.int_len(Some(&mut out.year), &mut s, fixed, idx, fm, name)? < 4 {
                    out.year = adjust_partial_year(out.year);
                }
                out.yysz = match key {
                    Key::Yyy | Key::Iyy => 3,
                    Key::Yy | Key::Iy => 2,
                    _ => 1,
                };
                skip_th(b, &mut s, th);
            }
            Key::Rm { .. } => {
                let v = r.seq(&mut s, &RM_LOWER, name)?;
                set_int(&mut out.mm, 12 - v as i32, name)?;
            }
            Key::W => {
                r.int_len(Some(&mut out.w), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
            Key::J => {
                r.int_len(Some(&mut out.j), &mut s, fixed, idx, fm, name)?;
                skip_th(b, &mut s, th);
            }
        }
        if !fx {
            extra_skip = 0;
            while s < b.len() && is_space_byte(b[s]) {
                s += 1;
                extra_skip += 1;
            }
        }
    }
    Ok(out)
}

/// C's `sscanf(s, "%d,%03d%n")` for `Y,YYY`: (years, bytes used).
fn scan_y_comma(b: &[u8]) -> Option<(i32, usize)> {
    let (k, end) = strtol(b, 0);
    if end == 0 || b.get(end) != Some(&b',') {
        return None;
    }
    let k = k? as i32;
    let mut i = end + 1;
    while i < b.len() && is_space_byte(b[i]) {
        i += 1;
    }
    // %03d: at most three characters, a sign included.
    let lim = (i + 3).min(b.len());
    let (v, e) = strtol(&b[i..lim], 0);
    if e == 0 {
        return None;
    }
    let v = v? as i32;
    Some((v.wrapping_add(k.wrapping_mul(1000)), i + e))
}

/// The broken-down result of reading (PostgreSQL's `pg_tm` after
/// `do_to_timestamp`), with the zone offset read from `TZH`/`TZM`.
struct Parsed {
    year: i32,
    mon: i32,
    mday: i32,
    hour: i32,
    min: i32,
    sec: i32,
    fsec: i64,
    /// Seconds east, when `TZH`/`TZM` were given.
    offset: Option<i32>,
    /// The `FFn` precision, 0 if none.
    fprec: i32,
}

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

const DAY_TAB: [[i32; 12]; 2] = [
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
];

fn do_to_timestamp(input: &str, tpl: &Template) -> TResult<Parsed> {
    let mut f = if tpl.empty {
        FromChar::default()
    } else {
        from_char(tpl, input)?
    };
    let mut year = 0i32;
    let mut mon = 1i32;
    let mut mday = 1i32;
    let (mut hour, mut min, mut sec) = (0i32, 0i32, 0i32);
    let (mut has_year, mut has_month, mut has_day) = (false, false, false);

    if f.ssss != 0 {
        let x = f.ssss;
        hour = x / 3600;
        min = x % 3600 / 60;
        sec = x % 60;
    }
    if f.ss != 0 {
        sec = f.ss;
    }
    if f.mi != 0 {
        min = f.mi;
    }
    if f.hh != 0 {
        hour = f.hh;
    }
    if f.twelve_hour {
        if !(1..=12).contains(&hour) {
            return Err(TimeError::new(format!(
                "hour \"{hour}\" is invalid for the 12-hour clock"
            )));
        }
        if f.pm != 0 && hour < 12 {
            hour += 12;
        } else if f.pm == 0 && hour == 12 {
            hour = 0;
        }
    }

    if f.year != 0 {
        if f.cc != 0 && f.yysz <= 2 {
            if f.bc != 0 {
                f.cc = f.cc.wrapping_neg();
            }
            year = f.year % 100;
            if year != 0 {
                if f.cc >= 0 {
                    year = year.wrapping_add(f.cc.wrapping_sub(1).wrapping_mul(100));
                } else {
                    year = f
                        .cc
                        .wrapping_add(1)
                        .wrapping_mul(100)
                        .wrapping_sub(year)
                        .wrapping_add(1);
                }
            } else {
                year = f
                    .cc
                    .wrapping_mul(100)
                    .wrapping_add(if f.cc >= 0 { 0 } else { 1 });
            }
        } else {
            year = f.year;
            if f.bc != 0 {
                year = year.wrapping_neg();
            }
            if year < 0 {
                year += 1;
            }
        }
        has_year = true;
    } else if f.cc != 0 {
        if f.bc != 0 {
            f.cc = f.cc.wrapping_neg();
        }
        year = if f.cc >= 0 {
            f.cc.wrapping_sub(1).wrapping_mul(100).wrapping_add(1)
        } else {
            f.cc.wrapping_mul(100).wrapping_add(1)
        };
        has_year = true;
    }

    if f.j != 0 {
        (year, mon, mday) = j2date(f.j);
        (has_year, has_month, has_day) = (true, true, true);
    }

    if f.ww != 0 {
        if f.mode == Some(Mode::IsoWeek) {
            let jd = if f.d != 0 {
                let mut jd = isoweek2j(year, f.ww);
                jd = if f.d > 1 {
                    jd.wrapping_add(f.d - 2)
                } else {
                    jd.wrapping_add(6)
                };
                jd
            } else {
                isoweek2j(year, f.ww)
            };
            (year, mon, mday) = j2date(jd);
            (has_year, has_month, has_day) = (true, true, true);
        } else {
            f.ddd = f.ww.wrapping_sub(1).wrapping_mul(7).wrapping_add(1);
        }
    }
    if f.w != 0 {
        f.dd = f.w.wrapping_sub(1).wrapping_mul(7).wrapping_add(1);
    }
    if f.dd != 0 {
        mday = f.dd;
        has_day = true;
    }
    if f.mm != 0 {
        mon = f.mm;
        has_month = true;
    }

    if f.ddd != 0 && (mon <= 1 || mday <= 1) {
        if year == 0 && f.bc == 0 {
            return Err(TimeError::new(
                "cannot calculate day of year without year information",
            ));
        }
        if f.mode == Some(Mode::IsoWeek) {
            let j0 = isoweek2j(year, 1).wrapping_sub(1);
            (year, mon, mday) = j2date(j0.wrapping_add(f.ddd));
            (has_year, has_month, has_day) = (true, true, true);
        } else {
            let leap = is_leap(year) as usize;
            let mut sum = [0i32; 13];
            for m in 0..12 {
                sum[m + 1] = sum[m] + DAY_TAB[leap][m];
            }
            let mut i = 1;
            while i <= 12 && f.ddd > sum[i] {
                i += 1;
            }
            if mon <= 1 {
                mon = i as i32;
            }
            if mday <= 1 {
                mday = f.ddd.wrapping_sub(sum[i - 1]);
            }
            (has_month, has_day) = (true, true);
        }
    }

    let mut fsec: i64 = 0;
    if f.ms != 0 {
        fsec += f.ms as i64 * 1000;
    }
    if f.us != 0 {
        fsec += f.us as i64;
    }

    let overflow = || TimeError::field_range(input);
    if has_year || has_month || has_day {
        if has_month && !(1..=12).contains(&mon) {
            return Err(overflow());
        }
        if has_day && !(1..=31).contains(&mday) {
            return Err(overflow());
        }
        if has_year && has_month && has_day && mday > DAY_TAB[is_leap(year) as usize][(mon - 1) as usize] {
            return Err(overflow());
        }
    }
    if !(0..24).contains(&hour)
        || !(0..60).contains(&min)
        || !(0..60).contains(&sec)
        || !(0..USECS_PER_SEC).contains(&fsec)
    {
        return Err(overflow());
    }
    let mut offset = None;
    if f.tzsign != 0 {
        if !(0..=15).contains(&f.tzh) || !(0..60).contains(&f.tzm) {
            return Err(TimeError::new(format!(
                "time zone displacement out of range: \"{input}\""
            )));
        }
        offset = Some(f.tzsign * (f.tzh * 3600 + f.tzm * 60));
    }
    Ok(Parsed {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        fsec,
        offset,
        fprec: f.ff,
    })
}

fn valid_julian(y: i32, m: i32) -> bool {
    (y > -4713 || (y == -4713 && m >= 11)) && (y < 5_874_898 || (y == 5_874_898 && m < 6))
}

/// `to_date(text, text)`: reads a date by the template (PostgreSQL's
/// `to_date`, never the lenient date input). Fields the template does not
/// give default to 1 (the year to 1 BC, as in PostgreSQL).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html>
pub fn to_date(input: &str, tpl: &Template) -> TResult<Date> {
    let p = do_to_timestamp(input, tpl)?;
    let range = || TimeError::new(format!("date out of range: \"{input}\""));
    if !valid_julian(p.year, p.mon) {
        return Err(range());
    }
    let jd = date2j(p.year, p.mon, p.mday) as i64;
    let pg_days = jd - POSTGRES_EPOCH_JDATE;
    // DATETIME_MIN_JULIAN (0) .. DATE_END_JULIAN (2147483494), exclusive.
    if !(-POSTGRES_EPOCH_JDATE..2_147_483_494 - POSTGRES_EPOCH_JDATE).contains(&pg_days) {
        return Err(range());
    }
    Ok(Date((jd - UNIX_EPOCH_JDATE) as i32))
}

/// PostgreSQL's smallest timestamp (4714-11-24 BC), Unix microseconds.
const MIN_TIMESTAMP_UNIX: i64 = -210_866_803_200_000_000;

/// `to_timestamp(text, text)`: reads an instant by the template. The civil
/// time it reads is taken in `zone` (the session time zone, with
/// PostgreSQL's gap and fold rule) unless the input gives `TZH`/`TZM`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-formatting.html>
///
/// # Differences
/// Reading `TZ` and `OF` is PostgreSQL 17's; PostgreSQL 15 (the reference)
/// refuses them, and so does pgshim.
pub fn to_timestamp(input: &str, tpl: &Template, zone: &Zone) -> TResult<Timestamptz> {
    let p = do_to_timestamp(input, tpl)?;
    if !valid_julian(p.year, p.mon) {
        return Err(TimeError::timestamp_range());
    }
    let days = date2j(p.year, p.mon, p.mday) as i64 - UNIX_EPOCH_JDATE;
    let tod = (p.hour as i64 * 3600 + p.min as i64 * 60 + p.sec as i64) * USECS_PER_SEC + p.fsec;
    let local = days
        .checked_mul(super::USECS_PER_DAY)
        .and_then(|v| v.checked_add(tod))
        .ok_or_else(TimeError::timestamp_range)?;
    let local = Timestamp(local);
    if !local.is_finite() {
        return Err(TimeError::timestamp_range());
    }
    let mut t = match p.offset {
        Some(east) => local
            .0
            .checked_sub(east as i64 * USECS_PER_SEC)
            .ok_or_else(TimeError::timestamp_range)?,
        None => local.at_zone(zone).0,
    };
    if t < MIN_TIMESTAMP_UNIX || t == i64::MAX {
        return Err(TimeError::timestamp_range());
    }
    if (1..6).contains(&p.fprec) {
        // Round to the requested fractional precision (AdjustTimestampForTypmod).
        let scale = 10i64.pow(6 - p.fprec as u32);
        let half = scale / 2;
        t = if t >= 0 {
            (t + half) / scale * scale
        } else {
            -((-t + half) / scale * scale)
        };
    }
    Ok(Timestamptz(t))
}

/// `to_timestamp(double precision)`: Unix epoch seconds to an instant,
/// rounded to the microsecond (half to even, after shifting to
/// PostgreSQL's 2000-01-01 epoch, as PostgreSQL does); ±Infinity give
/// ±infinity.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TABLE>
pub fn to_timestamp_epoch(secs: f64) -> TResult<Timestamptz> {
    if secs.is_nan() {
        return Err(TimeError::new("timestamp cannot be NaN"));
    }
    if secs.is_infinite() {
        return Ok(if secs < 0.0 {
            Timestamptz::NEG_INFINITY
        } else {
            Timestamptz::INFINITY
        });
    }
    let range = || TimeError::new(format!("timestamp out of range: \"{}\"", c_g(secs)));
    // DATETIME_MIN_JULIAN .. TIMESTAMP_END_JULIAN, in Unix seconds.
    let lo = 86_400.0 * (0 - UNIX_EPOCH_JDATE) as f64;
    let hi = 86_400.0 * (109_203_528 - UNIX_EPOCH_JDATE) as f64;
    if secs < lo || secs >= hi {
        return Err(range());
    }
    let shift = ((POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * 86_400) as f64;
    let pg = ((secs - shift) * USECS_PER_SEC as f64).round_ties_even();
    let pg = pg as i64;
    // MIN_TIMESTAMP .. END_TIMESTAMP in PostgreSQL's epoch.
    if !(-211_813_488_000_000_000..9_223_371_331_200_000_000).contains(&pg) {
        return Err(range());
    }
    let unix = pg
        .checked_add((POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * 86_400 * USECS_PER_SEC)
        .filter(|&v| v != i64::MAX)
        .ok_or_else(TimeError::timestamp_range)?;
    Ok(Timestamptz(unix))
}

/// C's `printf("%g")`: six significant digits, trailing zeros removed,
/// exponent form below 1e-4 and from 1e6.
fn c_g(v: f64) -> String {
    if v == 0.0 {
        return if v.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{v:.5e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.unsigned_abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{v:.decimals$}")).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}
