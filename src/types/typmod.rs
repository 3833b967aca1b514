//! Type modifiers: the `atttypmod` integer PostgreSQL keeps beside a type
//! OID for `varchar(20)`, `numeric(10,2)`, `timestamptz(3)` and `interval
//! day to second(3)`, and sends in RowDescription. `-1` is "none".
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/catalog-pg-attribute.html>
//! (`atttypmod`) and
//! <https://www.postgresql.org/docs/current/protocol-message-formats.html>
//! (RowDescription). The encodings are each type's `typmodin` function:
//! `varchar`/`bpchar` store the length plus the 4-byte varlena header,
//! `numeric` `(precision << 16 | scale) + 4`, the time types the
//! fractional precision, and `interval` its field mask (bits `1 <<` 1
//! MONTH, 2 YEAR, 3 DAY, 10 HOUR, 11 MINUTE, 12 SECOND) in the upper half
//! and its precision (`0xFFFF` for full) in the lower.

use super::PgType;
use crate::time::IntervalRange;

/// No type modifier.
pub const NONE: i32 = -1;

/// The varlena header `varchar`'s and `numeric`'s modifiers include.
const VARHDRSZ: i64 = 4;

/// The modifier of `ty` written with `len` (a length or precision),
/// `scale` (numeric's) and interval `fields`: what the type's `typmodin`
/// computes. Types without modifiers, and no modifier given, are [`NONE`].
pub(crate) fn encode(
    ty: PgType,
    len: Option<u64>,
    scale: Option<u64>,
    fields: Option<IntervalRange>,
) -> i32 {
    let clamp = |v: i64| i32::try_from(v).unwrap_or(NONE);
    match ty.element().unwrap_or(ty) {
        PgType::Varchar | PgType::Bpchar => len.map_or(NONE, |n| clamp(n as i64 + VARHDRSZ)),
        PgType::Numeric => match len {
            Some(p) => clamp(((p as i64) << 16 | (scale.unwrap_or(0) as i64 & 0x7ff)) + VARHDRSZ),
            None => NONE,
        },
        PgType::Timestamp | PgType::Timestamptz | PgType::Time | PgType::Timetz => {
            len.map_or(NONE, |p| clamp(p as i64))
        }
        PgType::Interval => {
            if len.is_none() && fields.is_none() {
                return NONE;
            }
            let range = fields.map_or(0x7fff, interval_mask);
            let precision = len.map_or(0xffff, |p| p as i64 & 0xffff);
            clamp((range << 16) | precision)
        }
        _ => NONE,
    }
}

/// PostgreSQL's interval field mask (`INTERVAL_MASK` bits of datetime.h's
/// field numbers) for pgshim's [`IntervalRange`].
fn interval_mask(r: IntervalRange) -> i64 {
    [
        (IntervalRange::MONTH, 1),
        (IntervalRange::YEAR, 2),
        (IntervalRange::DAY, 3),
        (IntervalRange::HOUR, 10),
        (IntervalRange::MINUTE, 11),
        (IntervalRange::SECOND, 12),
    ]
    .iter()
    .filter(|(bit, _)| r.0 & bit != 0)
    .map(|(_, field)| 1i64 << field)
    .sum()
}

/// The numbers of a declaration's modifier: `[10, 2]` of `numeric(10,2)`,
/// `[3]` of `timestamp(3) with time zone`; `None` without one, or when
/// one is not a number.
pub(crate) fn modifiers(declared: &str) -> Option<Vec<u64>> {
    let open = declared.find('(')?;
    let close = declared[open..].find(')')? + open;
    declared[open + 1..close]
        .split(',')
        .map(|x| x.trim().parse().ok())
        .collect()
}

/// The precision of a declared date/time type (`timestamptz(3)`).
pub(crate) fn declared_precision(declared: &str) -> Option<u64> {
    match modifiers(declared)?.as_slice() {
        [p] => Some(*p),
        _ => None,
    }
}

/// `(precision, scale)` of a declared `numeric(p, s)` / `numeric(p)`.
pub(crate) fn declared_numeric(declared: &str) -> Option<(u64, u64)> {
    match modifiers(declared)?.as_slice() {
        [p] => Some((*p, 0)),
        [p, s] => Some((*p, *s)),
        _ => None,
    }
}

/// The modifier of a column declared `declared` (as pgshim writes
/// declarations to SQLite: `varchar(20)`, `numeric_text(10,2)`,
/// `timestamptz(3)`, `interval_day_to_second(3)`, `character(5)`, or as
/// PostgreSQL spells them), whose type is `ty`.
pub(crate) fn of_declared(ty: PgType, declared: &str) -> i32 {
    let lower = declared.trim().to_ascii_lowercase();
    let args = modifiers(&lower).unwrap_or_default();
    let base = lower.split('(').next().unwrap_or_default().trim();
    let elem = ty.element().unwrap_or(ty);
    // `character`/`char` alone is `character(1)`; only `bpchar` has no length.
    if elem == PgType::Bpchar && args.is_empty() {
        let bare = base.trim_end_matches("[]").trim();
        return if bare == "bpchar" {
            NONE
        } else {
            encode(ty, Some(1), None, None)
        };
    }
    let fields = if elem == PgType::Interval {
        IntervalRange::of_declared(&lower)
    } else {
        None
    };
    encode(ty, args.first().copied(), args.get(1).copied(), fields)
}

/// The declaration of `ty` with modifier `typmod`, in the form
/// [`of_declared`] reads back (`varchar(20)`, `numeric(6,1)`,
/// `interval_day_to_second(3)`): how a view's column types are kept.
pub(crate) fn declaration(ty: PgType, typmod: i32) -> String {
    let name = ty.name();
    if typmod < 0 {
        return name.to_string();
    }
    let m = i64::from(typmod);
    match ty {
        PgType::Varchar | PgType::Bpchar => format!("{name}({})", m - VARHDRSZ),
        PgType::Numeric => {
            let v = m - VARHDRSZ;
            format!("{name}({},{})", v >> 16, v & 0x7ff)
        }
        PgType::Timestamp | PgType::Timestamptz | PgType::Time | PgType::Timetz => {
            format!("{name}({m})")
        }
        PgType::Interval => {
            let (words, precision) = interval_fields(m);
            let base = match words {
                Some(w) => format!("{name}_{}", w.replace(' ', "_")),
                None => name.to_string(),
            };
            if precision == 0xffff {
                base
            } else {
                format!("{base}({precision})")
            }
        }
        _ => name.to_string(),
    }
}

/// PostgreSQL's `format_type(type, typmod)` of a type pgshim has: the SQL
/// name with the modifier where it goes (`character varying(20)`,
/// `timestamp(3) with time zone`, `interval day to second(3)`,
/// `character varying(20)[]`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
/// (`format_type`; src/backend/utils/adt/format_type.c).
pub(crate) fn format_type(ty: PgType, typmod: i32) -> String {
    if let Some(elem) = ty.element() {
        return format!("{}[]", format_type(elem, typmod));
    }
    let m = i64::from(typmod);
    match ty {
        PgType::Bpchar if typmod < 0 => "bpchar".into(),
        PgType::Char => "\"char\"".into(),
        _ if typmod < 0 => ty.sql_name().into(),
        PgType::Varchar | PgType::Bpchar => format!("{}({})", ty.sql_name(), m - VARHDRSZ),
        PgType::Numeric => {
            let v = m - VARHDRSZ;
            format!("numeric({},{})", (v >> 16) & 0xffff, v & 0xffff)
        }
        PgType::Timestamp | PgType::Time | PgType::Timestamptz | PgType::Timetz => {
            let (base, rest) = ty.sql_name().split_once(' ').unwrap_or((ty.sql_name(), ""));
            format!("{base}({m}) {rest}")
        }
        PgType::Interval => {
            let (words, precision) = interval_fields(m);
            let mut out = match words {
                Some(w) => format!("interval {w}"),
                None => "interval".to_string(),
            };
            if precision != 0xffff {
                out.push_str(&format!("({precision})"));
            }
            out
        }
        _ => ty.sql_name().into(),
    }
}

/// The field words (`day to second`) and the precision (`0xFFFF` for
/// full) of an interval modifier.
fn interval_fields(typmod: i64) -> (Option<&'static str>, i64) {
    let (range, precision) = ((typmod >> 16) & 0x7fff, typmod & 0xffff);
    let words = INTERVAL_RANGES
        .iter()
        .copied()
        .find(|w| IntervalRange::from_words(w).is_some_and(|r| interval_mask(r) == range));
    (words, precision)
}

/// The field restrictions PostgreSQL's grammar has for `interval`.
const INTERVAL_RANGES: &[&str] = &[
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "year to month",
    "day to hour",
    "day to minute",
    "day to second",
    "hour to minute",
    "hour to second",
    "minute to second",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_modifiers_encode_as_typmodin_does() {
        for (ty, declared, want) in [
            (PgType::Varchar, "varchar(20)", 24),
            (PgType::Varchar, "character varying", NONE),
            (PgType::Bpchar, "character(5)", 9),
            (PgType::Bpchar, "character", 5),
            (PgType::Bpchar, "bpchar", NONE),
            (PgType::Numeric, "numeric_text(10,2)", 655_366),
            (PgType::Numeric, "numeric_text(7)", 458_756),
            (PgType::Numeric, "numeric_text", NONE),
            (PgType::Timestamptz, "timestamptz(3)", 3),
            (PgType::Timestamp, "timestamp", NONE),
            (PgType::Time, "time(0)", 0),
            (PgType::Interval, "interval", NONE),
            (PgType::Interval, "interval(2)", 0x7fff_0002),
            // DAY | HOUR | MINUTE | SECOND, full precision.
            (PgType::Interval, "interval_day_to_second", 0x1c08_ffff),
            (PgType::Interval, "interval_hour_to_minute", 0x0c00_ffff),
            (PgType::Interval, "interval_year_to_month", 0x0006_ffff),
            (
                PgType::Interval,
                "interval_minute_to_second(3)",
                0x1800_0003,
            ),
            (PgType::Int4, "integer", NONE),
            (PgType::VarcharArray, "varchar(20)[]", 24),
        ] {
            assert_eq!(of_declared(ty, declared), want, "{declared}");
            if !ty.is_array() {
                let again = declaration(ty, want);
                assert_eq!(of_declared(ty, &again), want, "{declared} as {again}");
            }
        }
    }
}
