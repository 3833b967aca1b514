//! The `DateStyle` and `IntervalStyle` settings: how date/time values are
//! printed, and the field order in which ambiguous dates are read.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-DATESTYLE>,
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT>,
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVALSTYLE-OUTPUT>

use super::{TResult, TimeError};

/// The output format part of `DateStyle`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateFormat {
    /// `1997-12-17 07:37:16-08` (the default).
    Iso,
    /// `12/17/1997 07:37:16.00 PST`.
    Sql,
    /// `Wed Dec 17 07:37:16 1997 PST`.
    Postgres,
    /// `17.12.1997 07:37:16.00 PST`.
    German,
}

/// The field order part of `DateStyle`: how `01/02/03` is read, and the
/// order of day and month in the SQL and Postgres output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Month, day, year (the default).
    Mdy,
    /// Day, month, year.
    Dmy,
    /// Year, month, day.
    Ymd,
}

/// PostgreSQL's `DateStyle` setting: an output format and a field order.
///
/// ```
/// use pgshim::{DateFormat, DateOrder, DateStyle};
/// let iso = DateStyle::default();
/// assert_eq!(iso.to_string(), "ISO, MDY");
/// // A setting changes only the parts it names.
/// let s = DateStyle::parse("sql", iso).unwrap();
/// assert_eq!(s.to_string(), "SQL, MDY");
/// // German also means day before month, unless an order is given.
/// let g = DateStyle::parse("German", iso).unwrap();
/// assert_eq!((g.format, g.order), (DateFormat::German, DateOrder::Dmy));
/// assert!(DateStyle::parse("ISO, SQL", iso).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateStyle {
    /// The output format.
    pub format: DateFormat,
    /// The field order.
    pub order: DateOrder,
}

impl Default for DateStyle {
    fn default() -> DateStyle {
        DateStyle::ISO
    }
}

impl DateStyle {
    /// `ISO, MDY`, PostgreSQL's built-in default.
    pub const ISO: DateStyle = DateStyle {
        format: DateFormat::Iso,
        order: DateOrder::Mdy,
    };

    /// Reads a `DateStyle` value the way `SET DateStyle` does
    /// (check_datestyle in PostgreSQL's variable.c): a comma-separated list
    /// of `ISO`, `SQL`, `Postgres`, `German`, `YMD`, `DMY` (`Euro…`),
    /// `MDY` (`US`, `NonEuro…`) and `DEFAULT`, case-insensitive; the parts
    /// not named keep their value in `current`. `DEFAULT` stands for
    /// `ISO, MDY`.
    pub fn parse(value: &str, current: DateStyle) -> TResult<DateStyle> {
        DateStyle::parse_in(value, current, DateStyle::ISO)
    }

    /// [`DateStyle::parse`] where `DEFAULT` stands for `reset`, the
    /// session's startup value.
    pub fn parse_in(value: &str, current: DateStyle, reset: DateStyle) -> TResult<DateStyle> {
        let invalid = |detail: String| {
            TimeError(format!(
                "invalid value for parameter \"DateStyle\": \"{value}\"\nDETAIL:  {detail}"
            ))
        };
        let mut format = current.format;
        let mut order = current.order;
        let mut have_format = false;
        let mut have_order = false;
        let mut conflict = false;
        let items = split_list(value).ok_or_else(|| invalid("List syntax is invalid.".into()))?;
        for tok in items {
            let t = tok.to_ascii_lowercase();
            let mut set_format = |f: DateFormat| {
                if have_format && format != f {
                    conflict = true;
                }
                format = f;
                have_format = true;
            };
            if t == "iso" {
                set_format(DateFormat::Iso);
            } else if t == "sql" {
                set_format(DateFormat::Sql);
            } else if t.starts_with("postgres") {
                set_format(DateFormat::Postgres);
            } else if t == "german" {
                set_format(DateFormat::German);
                if !have_order {
                    order = DateOrder::Dmy;
                }
            } else {
                let o = if t == "ymd" {
                    DateOrder::Ymd
                } else if t == "dmy" || t.starts_with("euro") {
                    DateOrder::Dmy
                } else if t == "mdy" || t == "us" || t.starts_with("noneuro") {
                    DateOrder::Mdy
                } else if t == "default" {
                    if !have_format {
                        format = reset.format;
                    }
                    if !have_order {
                        order = reset.order;
                    }
                    continue;
                } else {
                    return Err(invalid(format!("Unrecognized key word: \"{tok}\".")));
                };
                if have_order && order != o {
                    conflict = true;
                }
                order = o;
                have_order = true;
            }
        }
        if conflict {
            return Err(invalid("Conflicting \"datestyle\" specifications.".into()));
        }
        Ok(DateStyle { format, order })
    }

    /// The canonical spelling, as `SHOW DateStyle` prints it (`ISO, MDY`).
    pub fn as_str(self) -> &'static str {
        use DateFormat::*;
        use DateOrder::*;
        match (self.format, self.order) {
            (Iso, Mdy) => "ISO, MDY",
            (Iso, Dmy) => "ISO, DMY",
            (Iso, Ymd) => "ISO, YMD",
            (Sql, Mdy) => "SQL, MDY",
            (Sql, Dmy) => "SQL, DMY",
            (Sql, Ymd) => "SQL, YMD",
            (Postgres, Mdy) => "Postgres, MDY",
            (Postgres, Dmy) => "Postgres, DMY",
            (Postgres, Ymd) => "Postgres, YMD",
            (German, Mdy) => "German, MDY",
            (German, Dmy) => "German, DMY",
            (German, Ymd) => "German, YMD",
        }
    }

    /// Reads the canonical spelling back ([`DateStyle::as_str`]); `None`
    /// for anything else. Fast: runtime functions take the style as this
    /// text.
    pub fn from_canonical(s: &str) -> Option<DateStyle> {
        let (f, o) = s.split_once(", ")?;
        let format = match f {
            "ISO" => DateFormat::Iso,
            "SQL" => DateFormat::Sql,
            "Postgres" => DateFormat::Postgres,
            "German" => DateFormat::German,
            _ => return None,
        };
        let order = match o {
            "MDY" => DateOrder::Mdy,
            "DMY" => DateOrder::Dmy,
            "YMD" => DateOrder::Ymd,
            _ => return None,
        };
        Some(DateStyle { format, order })
    }
}

impl std::fmt::Display for DateStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// PostgreSQL's `IntervalStyle` setting: how intervals are printed (and,
/// for `sql_standard`, how a leading minus sign is read).
///
/// ```
/// use pgshim::IntervalStyle;
/// assert_eq!(IntervalStyle::parse("ISO_8601").unwrap(), IntervalStyle::Iso8601);
/// assert_eq!(IntervalStyle::default().as_str(), "postgres");
/// assert!(IntervalStyle::parse("iso").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum IntervalStyle {
    /// `1 year 2 mons 3 days 04:05:06` (the default).
    #[default]
    Postgres,
    /// `@ 1 year 2 mons 3 days 4 hours 5 mins 6 secs`.
    PostgresVerbose,
    /// `+1-2 +3 +4:05:06`.
    SqlStandard,
    /// `P1Y2M3DT4H5M6S`.
    Iso8601,
}

impl IntervalStyle {
    /// Reads an `IntervalStyle` value (case-insensitive), with
    /// PostgreSQL's error for any other.
    pub fn parse(value: &str) -> TResult<IntervalStyle> {
        match value.to_ascii_lowercase().as_str() {
            "postgres" => Ok(IntervalStyle::Postgres),
            "postgres_verbose" => Ok(IntervalStyle::PostgresVerbose),
            "sql_standard" => Ok(IntervalStyle::SqlStandard),
            "iso_8601" => Ok(IntervalStyle::Iso8601),
            _ => Err(TimeError(format!(
                "invalid value for parameter \"IntervalStyle\": \"{value}\"\nHINT:  Available values: \
                 postgres, postgres_verbose, sql_standard, iso_8601."
            ))),
        }
    }

    /// The canonical spelling, as `SHOW IntervalStyle` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            IntervalStyle::Postgres => "postgres",
            IntervalStyle::PostgresVerbose => "postgres_verbose",
            IntervalStyle::SqlStandard => "sql_standard",
            IntervalStyle::Iso8601 => "iso_8601",
        }
    }
}

impl std::fmt::Display for IntervalStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Splits a GUC list value at commas as SplitIdentifierString does:
/// whitespace around items is dropped, `"…"` quotes an item (`""` is a
/// quote), unquoted items are kept as written (the caller compares
/// case-insensitively). `None` on a syntax error (an empty item, an
/// unterminated quote).
fn split_list(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    let ws = |c: u8| c.is_ascii_whitespace();
    while i < b.len() && ws(b[i]) {
        i += 1;
    }
    if i == b.len() {
        return Some(out);
    }
    loop {
        let mut item = String::new();
        if b.get(i) == Some(&b'"') {
            i += 1;
            loop {
                match b.get(i) {
                    None => return None,
                    Some(b'"') if b.get(i + 1) == Some(&b'"') => {
                        item.push('"');
                        i += 2;
                    }
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => {
                        let start = i;
                        while i < b.len() && b[i] != b'"' {
                            i += 1;
                        }
                        item.push_str(&s[start..i]);
                    }
                }
            }
        } else {
            let start = i;
            while i < b.len() && b[i] != b',' && !ws(b[i]) {
                i += 1;
            }
            if i == start {
                return None;
            }
            item.push_str(&s[start..i]);
        }
        while i < b.len() && ws(b[i]) {
            i += 1;
        }
        out.push(item);
        match b.get(i) {
            None => return Some(out),
            Some(b',') => {
                i += 1;
                while i < b.len() && ws(b[i]) {
                    i += 1;
                }
            }
            Some(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datestyle_values() {
        let iso = DateStyle::ISO;
        let p = |s| DateStyle::parse(s, iso).map(|d| d.to_string());
        assert_eq!(p("Postgres, MDY").unwrap(), "Postgres, MDY");
        assert_eq!(p(" postgres , dmy ").unwrap(), "Postgres, DMY");
        assert_eq!(p("European").unwrap(), "ISO, DMY");
        assert_eq!(p("German, YMD").unwrap(), "German, YMD");
        assert_eq!(p("YMD, German").unwrap(), "German, YMD");
        assert_eq!(p("\"SQL\"").unwrap(), "SQL, MDY");
        assert!(p("ISO,,MDY").is_err());
        assert!(p("MDY, DMY").is_err());
        assert!(
            p("Mars")
                .unwrap_err()
                .0
                .contains("Unrecognized key word: \"Mars\".")
        );
        for s in ["ISO, MDY", "SQL, DMY", "Postgres, YMD", "German, DMY"] {
            assert_eq!(DateStyle::from_canonical(s).unwrap().as_str(), s);
        }
    }
}
